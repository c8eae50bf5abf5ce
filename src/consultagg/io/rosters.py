"""The list of units consulted (征求意见单位名单), read as offices keep it.

A roster arrives as a Python list, a one-column text file, or a table saved by Excel or WPS:
``.xlsx`` (or ``.xls``/``.et``/``.ods`` with python-calamine) with a title row above the header
(``征求意见单位名单``), ``.csv`` in GB18030 or UTF-8, a 序号 column before the names, or names
numbered by hand (``1. 自治区发展改革委``, ``（2）自治区水利厅``: the number is dropped).
:func:`read_roster` finds the column of unit names by its header (单位, 单位名称, 征求意见单位,
部门 …) in the first rows, or, without a recognisable header, takes the column whose cells look
most like names.

Examples
--------
>>> import os, tempfile
>>> p = os.path.join(tempfile.mkdtemp(), "名单.csv")
>>> _ = open(p, "w", encoding="gb18030").write("征求意见单位名单\\n序号,单位名称\\n1,自治区发展改革委\\n2,科技厅\\n")
>>> read_roster(p)
['自治区发展改革委', '科技厅']
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from consultagg.errors import ConsultaggInputError
from consultagg.io.cells import cell_text
from consultagg.io.officetables import strip_list_number
from consultagg.io.spreadsheets import WORKBOOK_SUFFIXES, read_sheets
from consultagg.io.textfiles import decode_text, sniff_delimiter

__all__ = ["read_roster"]

_HEADERS = ("单位", "单位名称", "征求意见单位", "征求单位", "被征求意见单位", "反馈单位", "成员单位",
            "部门", "部门名称", "名称", "department", "unit", "units", "name")
_SPLIT = re.compile(r"[、，,；;\n]+")
_NUMBER = re.compile(r"^[\d一二三四五六七八九十]+[、.．）)]?$")


def read_roster(source, *, encoding: str | None = None) -> list[str]:
    """Units consulted: a list of names, or a ``.xlsx`` / ``.csv`` / ``.tsv`` / ``.txt`` file.

    Parameters
    ----------
    source : sequence of str, str or path-like, or None
        A file path, or the names themselves.
    encoding : str, optional
        Text files only; by default UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030.

    Returns
    -------
    list of str
        Names in file order (blank cells, 序号 numbers and the title row left out).

    Raises
    ------
    ConsultaggInputError
        The file is missing, cannot be decoded, or holds no names; the message names the file.

    Examples
    --------
    >>> read_roster(["自治区发展改革委", " 科技厅 ", "", "（3）自治区水利厅"])
    ['自治区发展改革委', '科技厅', '自治区水利厅']
    """
    if source is None:
        return []
    if isinstance(source, (str, Path)) and (isinstance(source, Path) or _looks_like_file(source)):
        names = _read_file(Path(source), encoding)
    elif isinstance(source, str):
        names = [s.strip() for s in _SPLIT.split(source) if s.strip()]
    else:
        names = [str(s).strip() for s in source if str(s).strip()]
    return [strip_list_number(s).strip() for s in names]


def _looks_like_file(s: str) -> bool:
    return Path(s).suffix.lower() in (".csv", ".tsv", ".txt") + WORKBOOK_SUFFIXES or Path(s).exists()


def _read_file(p: Path, encoding: str | None) -> list[str]:
    name = p.name
    if not p.is_file():
        raise ConsultaggInputError(f"找不到单位名单文件：{p}。 Roster file not found: {p}")
    suffix = p.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        rows = read_sheets(p, name, 0)[0].rows
    else:
        text, _ = decode_text(p.read_bytes(), name, encoding)
        if suffix == ".txt" or ("," not in text and "\t" not in text):
            names = [strip_list_number(s).strip() for s in _SPLIT.split(text) if s.strip()]
            names = [s for s in names if not _NUMBER.match(s)]
            names = names[_title_rows(names):]
            # a table of one column saved as .csv has no comma: its header (单位) is no unit
            return names[1:] if names and _header_line(names[0]) else names
        delim = "\t" if suffix == ".tsv" else sniff_delimiter(text)
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    rows = [[cell_text(c).strip() for c in r] for r in rows]
    names = _names_from_rows(rows)
    if not names:
        raise ConsultaggInputError(f"{name}：单位名单中没有找到单位名称（请用“单位名称”作表头）。"
                                   f" No unit names found in the roster {name} (use a 单位名称 header).")
    return names


def _names_from_rows(rows: list[list[str]]) -> list[str]:
    """The header-named column below its header, else the most name-like column."""
    for r, row in enumerate(rows[:10]):
        for c, cell in enumerate(row):
            if cell.replace(" ", "").lower() in _HEADERS:
                return _column(rows[r + 1:], c)
    width = max((len(r) for r in rows), default=0)
    best, best_score = 0, -1.0
    for c in range(width):
        cells = [r[c] for r in rows if c < len(r) and r[c]]
        # Names: mostly CJK, short, not numbers.
        score = sum(1 for v in cells if 2 <= len(v) <= 40 and not _NUMBER.match(v)
                    and re.search(r"[\u4e00-\u9fff]", v))
        if score > best_score:
            best, best_score = c, score
    names = _column(rows, best)
    return names[_title_rows(names):]


def _column(rows: list[list[str]], c: int) -> list[str]:
    return [r[c] for r in rows if c < len(r) and r[c] and not _NUMBER.match(r[c])]


def _header_line(line: str) -> bool:
    """Whether a line of a one-column list is its header (单位, 序号 单位名称), not a unit."""
    words = line.lower().split()
    return bool(words) and all(w in _HEADERS or w in ("序号", "编号") for w in words) and any(w in _HEADERS for w in words)


def _title_rows(names: list[str]) -> int:
    """1 when the first entry is a title (……名单, ……一览表) rather than a unit."""
    return 1 if names and re.search(r"(名单|一览表?|清单|列表)$", names[0]) else 0
