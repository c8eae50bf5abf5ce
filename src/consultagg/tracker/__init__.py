"""The revision tracker (意见汇总处理表): the Excel workbook drafting staff edit and feed back.

Examples
--------
>>> from consultagg.tracker import get_profile
>>> get_profile("plan").headers[12:14]
('处理意见', '处理说明（理由）')
"""

from .profiles import (DISPOSITION_VALUES, DISPOSITIONS, PROFILES, TrackerColumn, TrackerProfile,
                       get_profile)
from .safety import OVERFLOW_NOTE
from .writer import FORMAT_VERSION, MAIN_SHEET, TrackerOverwriteError, find_decisions, write_tracker

__all__ = [
    "DISPOSITIONS",
    "DISPOSITION_VALUES",
    "FORMAT_VERSION",
    "MAIN_SHEET",
    "OVERFLOW_NOTE",
    "PROFILES",
    "TrackerColumn",
    "TrackerOverwriteError",
    "TrackerProfile",
    "find_decisions",
    "get_profile",
    "write_tracker",
]
