"""The revision tracker (意见汇总处理表): the Excel workbook drafting staff edit and feed back.

Write it (:func:`write_tracker`), read it back as people left it (:func:`read_tracker`), carry
its decisions into the next round (:func:`merge_tracker`), answer a duplicate group at once
(:func:`apply_group_decision`), draft the 起草说明 paragraph (:func:`drafting_summary`) and train
routing from its 承办处室 column (:func:`routed_examples`).

Examples
--------
>>> from consultagg.tracker import get_profile
>>> get_profile("plan").headers[12:14]
('处理意见', '处理说明（理由）')
"""

from .guard import TrackerOverwriteError, find_decisions
from .merge import apply_group_decision, match_opinions, merge_tracker, routed_examples
from .profiles import (DISPOSITION_VALUES, DISPOSITIONS, PROFILES, TrackerColumn, TrackerProfile,
                       get_profile, normalize_disposition)
from .reader import TrackerData, TrackerProblem, read_tracker
from .safety import OVERFLOW_NOTE
from .summary import DecisionTally, NotFinalError, drafting_summary, tally_decisions
from .writer import FORMAT_VERSION, MAIN_SHEET, REMOVED_SHEET, write_tracker

__all__ = [
    "DISPOSITIONS",
    "DISPOSITION_VALUES",
    "DecisionTally",
    "FORMAT_VERSION",
    "MAIN_SHEET",
    "NotFinalError",
    "OVERFLOW_NOTE",
    "PROFILES",
    "REMOVED_SHEET",
    "TrackerColumn",
    "TrackerData",
    "TrackerOverwriteError",
    "TrackerProblem",
    "TrackerProfile",
    "apply_group_decision",
    "drafting_summary",
    "find_decisions",
    "get_profile",
    "match_opinions",
    "merge_tracker",
    "normalize_disposition",
    "read_tracker",
    "routed_examples",
    "tally_decisions",
    "write_tracker",
]
