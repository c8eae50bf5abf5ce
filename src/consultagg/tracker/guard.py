"""Never overwrite a tracker that holds decisions: finding them, and refusing.

A decision column is recognised by its header in any profile (处理意见, 处理说明（理由）, 修改情况,
the ISO observations) or in common hand-made trackers (处理情况, 采纳情况 …).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from openpyxl import load_workbook

from ..ids import comment_id
from .profiles import PROFILES
from .safety import replace_illegal_characters

__all__ = ["TrackerOverwriteError", "content_id", "find_decisions", "refuse_if_decided"]

# Headers (any profile, and common hand-made trackers) whose cells hold staff decisions.
_DECISION_KEYS = ("disposition", "reason", "revision_note")
_EXTRA_DECISION_HEADERS = ("处理说明", "处理情况", "采纳情况", "处理结果")


class TrackerOverwriteError(FileExistsError):
    """Raised instead of overwriting a tracker that already holds decisions."""


def find_decisions(path) -> tuple[str, int] | None:
    """The first ``(sheet, row)`` of a tracker whose decision cells are filled, or None.

    A decision column is found by its header (处理意见, 处理说明（理由）, 修改情况, the ISO
    observations …) in the first ten rows of every sheet whose name does not start with ``_``.
    """
    headers = {_norm(c.header) for p in PROFILES.values() for c in p.columns if c.key in _DECISION_KEYS}
    headers.update(_norm(h) for h in _EXTRA_DECISION_HEADERS)
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        for ws in wb.worksheets:
            if ws.title.startswith("_"):
                continue
            cols: list[int] | None = None
            for r, row in enumerate(ws.iter_rows(values_only=True), 1):
                if cols is None:
                    if r > 10:
                        break
                    found = [j for j, v in enumerate(row) if isinstance(v, str) and _norm(v) in headers]
                    cols = found or None
                    continue
                if any(j < len(row) and row[j] is not None and str(row[j]).strip() for j in cols):
                    return ws.title, r
    finally:
        wb.close()
    return None


def refuse_if_decided(target: Path) -> None:
    """Raise :class:`TrackerOverwriteError` when ``target`` holds decisions or cannot be checked."""
    try:
        found = find_decisions(target)
    except Exception as exc:  # not a workbook we can read (encrypted, corrupt, another format)
        raise TrackerOverwriteError(
            f"无法读取已存在的文件 {target}，不能确认其中是否已有处理意见，未覆盖。请换一个文件名，"
            f"或确认后指定 overwrite=True。 / {target} exists and cannot be read to check it for "
            f"decisions ({exc.__class__.__name__}); choose another name or pass overwrite=True.") from exc
    if found:
        sheet, row = found
        raise TrackerOverwriteError(
            f"文件 {target} 中已有处理意见（“{sheet}”第{row}行起），为免丢失，未覆盖。请用 "
            f"consultagg.merge_tracker(consultagg.read_tracker(该文件), 新结果) 合并后写出，或确认后指定 "
            f"overwrite=True。 / {target} already holds decisions (sheet {sheet!r}, row {row}); "
            f"use merge_tracker(read_tracker(path), result) to carry them over, or pass overwrite=True.")


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def content_id(text: str, department: str) -> str:
    """Key of an opinion by what a tracker row shows: its text (as written to the cell) and unit.

    >>> content_id("建议补充。", "水利厅") == content_id(" 建议补充。", "水利厅")
    True
    """
    return comment_id(replace_illegal_characters(text or "")[0], department or "")
