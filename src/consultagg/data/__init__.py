"""The shipped tables and the demo consultation, read by one loader.

Examples
--------
>>> from consultagg.data import load_regions, read_lines
>>> next(r for r in load_regions() if r[0] == "宁夏回族自治区")[1]
'宁夏'
>>> "建议" in read_lines("stopwords.txt")
True
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

__all__ = ["load_regions", "read_csv", "read_lines"]


def read_lines(name: str) -> list[str]:
    """The non-empty, non-comment (``#``) lines of a shipped text table, stripped."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def read_csv(name: str) -> list[dict]:
    """The rows of a shipped CSV table (comment lines skipped) as dicts of stripped strings."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


@lru_cache(maxsize=None)
def load_regions() -> tuple[tuple[str, str, str, str | None, tuple[str, ...]], ...]:
    """Shipped region names: ``(name, short, kind, parent, aliases)`` per row of ``regions.csv``."""
    return tuple((r["name"], r["short"], r["kind"], r["parent"] or None,
                  tuple(a for a in r["aliases"].split("|") if a)) for r in read_csv("regions.csv"))
