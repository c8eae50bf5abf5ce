"""The routing stage: each opinion → the unit (承办处室) responsible for answering it."""

from consultagg.routing.router import UNSURE, UnitRouter, load_rules

__all__ = ["UNSURE", "UnitRouter", "load_rules"]
