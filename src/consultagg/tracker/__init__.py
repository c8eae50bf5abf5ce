"""The revision tracker (意见汇总处理表): the Excel workbook drafting staff edit and feed back.

Write it (:func:`write_tracker`), read it back as people left it (:func:`read_tracker`), and
keep what staff decided (:func:`find_decisions`). The tracker package only does Excel: its schema
is :mod:`consultagg.tracker.layout`. Carrying decisions into the next round lives in
:mod:`consultagg.rounds`, the 起草说明 in :mod:`consultagg.report`.

Examples
--------
>>> from consultagg.tracker import get_profile
>>> get_profile("plan").headers[12:14]
('处理意见', '处理说明（理由）')
"""

from consultagg.tracker.guard import TrackerOverwriteError, find_decisions
from consultagg.tracker.layout import (DISPOSITION_VALUES, DISPOSITIONS, PROFILES, TrackerColumn, TrackerProfile,
                       get_profile, normalize_disposition)
from consultagg.tracker.reader import TrackerData, TrackerProblem, read_tracker
from consultagg.tracker.safety import OVERFLOW_NOTE
from consultagg.tracker.writer import FORMAT_VERSION, MAIN_SHEET, REMOVED_SHEET, TrackerTooLargeError, write_tracker

__all__ = [
    "DISPOSITIONS",
    "DISPOSITION_VALUES",
    "FORMAT_VERSION",
    "MAIN_SHEET",
    "OVERFLOW_NOTE",
    "PROFILES",
    "REMOVED_SHEET",
    "TrackerColumn",
    "TrackerData",
    "TrackerOverwriteError",
    "TrackerProblem",
    "TrackerProfile",
    "TrackerTooLargeError",
    "find_decisions",
    "get_profile",
    "normalize_disposition",
    "read_tracker",
    "write_tracker",
]
