"""Input files that are not read as comments, and the reason an office reads for each.

Two kinds of file in a letters folder give no opinions:

- a file that cannot be opened as its format (empty, cut short, damaged, or another format under
  the name): :class:`UnreadableFileError`, raised by the openers with a Chinese ``reason``. A
  folder's reader lists such a file in ``unread_files`` and reads the rest; a file given on its own
  raises it (the message names the file);
- a tracker this tool wrote (:func:`own_tracker`: a hidden sheet ``_meta`` whose first row starts
  with ``format_version``, or, the hidden sheets gone or the main sheet saved as .csv, :func:`own_rows`:
  a 意见编号 column of this tool's ids beside a column of decisions), or the list of every opinion written beside a condensed one
  (:func:`own_opinion_list`): the previous round's opinions, never this round's comments.

The names ``_meta``, ``format_version`` and ``.全部意见.csv`` are those of
:mod:`consultagg.tracker` (``META_SHEET``, ``ALL_OPINIONS_SUFFIX``), which the readers may not import.

Examples
--------
>>> from consultagg.io.spreadsheets import Sheet
>>> own_tracker([Sheet("意见汇总处理表", [("序号",)]), Sheet("_meta", [("format_version", 1, "profile", "plan")])])[:13]
'本工具生成的意见汇总处理表'
>>> own_tracker([Sheet("意见", [("提出单位", "意见内容")]), Sheet("_meta", [("说明",)])]) is None
True
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from consultagg.errors import ConsultaggInputError
from consultagg.text.ids import ID_PATTERN

__all__ = ["COPIED_TRACKER_REASON", "OWN_OUTPUT_REASONS", "TRACKER_REASON", "UnreadableFileError", "cannot_open", "own_opinion_list", "own_rows",
           "own_tracker"]

#: Why a tracker of this tool found among the comments is not read (the 未能读取 sheet says it).
TRACKER_REASON = ("本工具生成的意见汇总处理表（含隐藏工作表“_meta”），不是来函或意见表，未作为意见读取；"
                  "上一轮的处理表请作为 consultagg merge 的第一个参数给出，不要放在来函中")
_LIST_REASON = ("本工具随意见汇总处理表写出的全部意见清单，不是来函或意见表，未作为意见读取；"
                "上一轮的处理表请作为 consultagg merge 的第一个参数给出，不要放在来函中")
COPIED_TRACKER_REASON = ("本工具生成的意见汇总处理表（按表头和意见编号识别，隐藏工作表已不在），不是来函或意见表，未作为意见读取；"
                         "上一轮的处理表请作为 consultagg merge 的第一个参数给出，不要放在来函中")
#: The reasons given for this tool's own outputs found among the inputs (no unit's letter, none missed).
OWN_OUTPUT_REASONS = (TRACKER_REASON, _LIST_REASON, COPIED_TRACKER_REASON)
_META_SHEET, _MARK, _LIST_SUFFIX, _LIST_HEADER = "_meta", "format_version", ".全部意见.csv", "处理表意见编号"


class UnreadableFileError(ConsultaggInputError):
    """A file that cannot be opened as its format.

    Parameters
    ----------
    message : str
        The whole message, naming the file (Chinese, then English).
    reason : str
        The reason alone, in Chinese, for the list of files not read (未能读取).
    """

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


def cannot_open(p, name: str, kind: str, suffix: str, english: str) -> UnreadableFileError:
    """The error for a file ``p`` (shown as ``name``) that cannot be opened as a ``kind`` (``suffix``).

    The reason says what the file is (empty, not that format, damaged) and what to do, in Chinese:
    the library's own message stays on the exception's cause.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "空白.docx"; _ = p.write_bytes(b"")
    >>> cannot_open(p, "空白.docx", " Word 文档", ".docx", "a .docx document").reason
    '无法作为 Word 文档打开：文件为空（0 字节），请向报送单位重新索取'
    """
    try:
        size = os.path.getsize(p)
        zipped = zipfile.is_zipfile(p)
    except OSError:
        size, zipped = None, False
    if size == 0:
        what = "文件为空（0 字节），请向报送单位重新索取"
    elif not zipped and suffix in (".docx", ".xlsx", ".xlsm"):
        what = (f"文件已损坏，或不是 {suffix} 格式（可能是其他格式的文件改了扩展名）；"
                f"请用 {'Word' if suffix == '.docx' else 'Excel'} 或 WPS 打开后另存为 {suffix} 再分析，打不开的请向报送单位重新索取")
    else:
        what = (f"文件不完整或已损坏；请用 {'Word' if suffix == '.docx' else 'Excel'} 或 WPS 打开后另存为"
                f" {suffix if suffix in ('.docx', '.xlsx') else '.xlsx'} 再分析，打不开的请向报送单位重新索取")
    reason = f"无法作为{kind}打开：{what}"
    return UnreadableFileError(f"{name}：{reason}。 Cannot open {name} as {english}: the file is "
                               f"{'empty' if size == 0 else 'damaged or of another format'}.", reason)


def own_tracker(sheets) -> str | None:
    """:data:`TRACKER_REASON` when ``sheets`` (each with ``title`` and ``rows``) are a tracker this
    tool wrote, else None."""
    for sh in sheets:
        if sh.title == _META_SHEET and sh.rows and _MARK in [str(v).strip() for v in sh.rows[0][:2] if v is not None]:
            return TRACKER_REASON
    # (its hidden sheets deleted, or its main sheet copied into another workbook: known by its ids)
    return COPIED_TRACKER_REASON if any(own_rows(sh.rows) for sh in sheets) else None


# The headers of this tool's plan layout no office form has together (consultagg.tracker.layout.PLAN).
_PLAN_HEADERS = frozenset(("意见编号", "提出单位", "单位类别", "意见类型", "重复/合并", "处理意见"))


def own_rows(rows) -> bool:
    """Whether a table's ``rows`` are the main sheet of a tracker this tool wrote, its hidden sheets gone or
    saved as .csv: a header 意见编号 beside 处理意见, with every id below it one of this tool's or the
    plan layout's headers all there (ids given by a caller)."""
    for r, row in enumerate(rows[:8]):
        cells = [str(v).strip() if v is not None else "" for v in row]
        if "意见编号" in cells and "处理意见" in cells:
            at = cells.index("意见编号")
            ids = [str(x[at]).strip() for x in rows[r + 1:] if at < len(x) and x[at] is not None and str(x[at]).strip()]
            return bool(ids) and (all(ID_PATTERN.fullmatch(i) for i in ids) or _PLAN_HEADERS <= set(cells))
    return False


def own_opinion_list(p: Path) -> str | None:
    """The reason the CSV ``p`` is not read when it is the list of every opinion written beside a
    condensed tracker (``处理表.全部意见.csv``, its second header 处理表意见编号), else None."""
    if not p.name.endswith(_LIST_SUFFIX):
        return None
    try:
        with open(p, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return None
    first = head.decode("utf-8-sig", errors="replace").splitlines()[:1]
    return _LIST_REASON if first and _LIST_HEADER in first[0].split(",")[:3] else None
