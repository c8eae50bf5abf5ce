"""Never lose a tracker that holds decisions: finding them, refusing, and keeping a backup.

What counts as a decision is the reader's own definition (:func:`~consultagg.tracker.reader.has_decision`:
处理意见, 处理说明（理由）, 修改情况, 备注, 承办处室, under any profile's header or the usual synonyms
of hand-made trackers such as 办理意见 / 办理情况), so the guard, ``read_tracker().decided()`` and the
merge agree on what must not be lost.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from consultagg.io.limits import guard_worksheet
from consultagg.errors import ConsultaggInputError
from consultagg.tracker.condensed import all_opinions_path
from consultagg.tracker.reader import DECISION_KEYS, has_decision, header_key, read_tracker, strip_marks
from consultagg.tracker.safety import content_id

__all__ = ["TrackerOverwriteError", "backup_if_decided", "backup_path", "content_id", "find_decisions",
           "refuse_if_decided"]


class TrackerOverwriteError(FileExistsError):
    """Raised instead of overwriting a tracker that already holds decisions."""


def find_decisions(path) -> tuple[str, int] | None:
    """The first ``(sheet, row)`` of a workbook holding a decision, or None.

    The tracker is read as :func:`~consultagg.tracker.read_tracker` reads it, and every other
    visible sheet is scanned too (a hand-made workbook may keep decisions on another sheet, and a
    row with a decision but no opinion text is one the reader cannot place): a row whose
    decision cells are filled by :func:`~consultagg.tracker.reader.has_decision` counts.
    """
    return _find(path)[0]


def _find(path):
    """``(first (sheet, row) holding a decision or None, the tracker as read or None)``.

    ``read_tracker`` checks the zip directory first, so the scan never opens a file too large to
    check: such a file raises here, and the callers refuse or back it up.
    """
    try:
        data = read_tracker(path)
    except ConsultaggInputError:
        raise
    except ValueError:  # no sheet with tracker headers: the scan below still looks
        data = None
    if data is not None:
        rows = data.decided()
        if rows:
            return (str(rows[0].get("tracker_sheet") or ""), int(rows[0].get("tracker_row") or 0)), data
    return _scan(path), data


def _scan(path, skip: frozenset | set = frozenset()) -> tuple[str, int] | None:
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        for ws in wb.worksheets:
            if ws.title.startswith("_") or ws.sheet_state != "visible" or ws.title in skip:
                continue
            guard_worksheet(ws, str(path))
            cols: dict[int, str] | None = None
            for r, row in enumerate(ws.iter_rows(values_only=True), 1):
                if cols is None:
                    if r > 30:
                        break
                    keys = {j: header_key(v) for j, v in enumerate(row) if isinstance(v, str)}
                    cols = {j: key for j, key in keys.items() if key in DECISION_KEYS} or None
                    continue
                rec = {key: row[j] for j, key in cols.items() if j < len(row) and row[j] is not None}
                if rec and has_decision({k: str(v) for k, v in rec.items()}):
                    return ws.title, r
    finally:
        wb.close()
    return None


def backup_path(target: Path, when: datetime | None = None) -> Path:
    """``处理表.备份-20261203-174501.xlsx`` beside ``target`` (a counter when that name is taken)."""
    target = Path(target)
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = target.with_name(f"{target.stem}.备份-{stamp}{target.suffix}")
    n = 2
    while candidate.exists():
        candidate = target.with_name(f"{target.stem}.备份-{stamp}-{n}{target.suffix}")
        n += 1
    return candidate


def backup_if_decided(target, result=None) -> Path | None:
    """Copy ``target`` to a timestamped backup beside it when it holds decisions; the copy's path.

    The copy is the file itself, byte for byte, so ``read_tracker`` reads it back whole. A file
    that cannot be checked is copied too: losing nothing comes before saving a copy. With
    ``result`` (what will replace it), no copy is made when every decision of the file is in
    ``result`` as it stands (a re-run that reproduces the same tracker loses nothing).
    """
    target = Path(target)
    if not target.exists():
        return None
    try:
        found, data = _find(target)  # read once: the check below compares the same reading
        if found is not None and result is not None and data is not None \
                and _carried_whole(target, data, result):
            found = None
    except Exception:  # unreadable: keep it rather than guess
        found = ("", 0)
    if found is None:
        return None
    copy = backup_path(target)
    full = all_opinions_path(target)
    if full.exists():  # a condensed tracker: its full list goes with it, or its rows cannot be expanded
        shutil.copy2(full, all_opinions_path(copy))
    shutil.copy2(target, copy)
    return copy


def _carried_whole(target: Path, data, result) -> bool:
    """Whether every decision in ``target`` (read as ``data``) is in ``result``, cell for cell.

    Decisions on a sheet the reader does not read count as not carried.
    """
    decided = data.decided()
    sheets = {str(r.get("tracker_sheet") or "") for r in decided}
    if _scan(target, skip=sheets | {_main_sheet(data)}) is not None:
        return False  # decisions on a sheet the reader does not read
    new = {op.comment.id: op for op in result.opinions}
    for row in decided:
        op = new.get(str(row.get("comment_id") or ""))
        if op is None:
            return False
        for key in ("disposition", "reason", "revision_note", "owner"):
            if str(row.get(key) or "").strip() != str(getattr(op, key) or "").strip():
                return False
        if strip_marks(str(row.get("remarks") or "")) != strip_marks(op.remarks or ""):
            return False
    return True


def _main_sheet(data) -> str:
    return str((data.info or {}).get("main_sheet") or "") or next(
        (str(r.get("tracker_sheet")) for r in data.rows), "")


def refuse_if_decided(target: Path, *, flag: str = "overwrite=True") -> None:
    """Raise :class:`TrackerOverwriteError` when ``target`` holds decisions or cannot be checked.

    ``flag`` is how the caller's user asks for the overwrite (``--overwrite`` on the command line).
    """
    how = "consultagg merge" if flag.startswith("--") else "merge_tracker(read_tracker(该文件), 新结果)"
    try:
        found = find_decisions(target)
    except Exception as exc:  # not a workbook we can read (encrypted, corrupt, another format)
        raise TrackerOverwriteError(
            f"无法读取已存在的文件 {target}，不能确认其中是否已有处理意见，未覆盖。请换一个输出文件名；"
            f"确需覆盖时指定 {flag}，原文件会先另存为带时间的备份。"
            f" / {target} exists and cannot be read to check it for decisions ({exc.__class__.__name__}); "
            f"choose another name, or overwrite (a timestamped backup is kept).") from exc
    if found:
        sheet, row = found
        raise TrackerOverwriteError(
            f"文件 {target} 中已有处理意见（处理意见、理由、修改情况、承办处室或备注，“{sheet}”第{row}行起），"
            f"为免丢失，未覆盖。请用 {how} 把上一轮处理表与新意见合并，或换一个输出文件名；确需覆盖时指定 "
            f"{flag}，原文件会先另存为带时间的备份。 / {target} already "
            f"holds decisions (sheet {sheet!r}, row {row}); merge it, choose another name, or overwrite "
            f"(a timestamped backup is kept).")
