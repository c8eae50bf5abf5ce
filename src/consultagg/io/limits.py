"""Limits on what an input file may expand to (private).

An ``.xlsx`` or ``.docx`` is a zip archive: a file of a few megabytes can unpack to gigabytes of
XML (a "zip bomb"; what one cost before these limits is in ``docs/measurements.md``), and a sheet's
XML can ask for rows and cells that are not there (``<row r="1500000000">`` would be padded with
empty rows until memory runs out). Every limit below is far beyond anything a real consultation
reaches; a file that passes one is refused with an input error whose one-line Chinese message
(English after it) names the file, the archive member or the sheet, row and column, and the limit
that was passed, so the command line prints it and exits with status 1.

Two kinds of checks:

- :func:`check_archive`, before anything is parsed, reads only the zip directory (the end record,
  then :meth:`zipfile.ZipFile.infolist`): the number of members, each member's uncompressed size
  and compression ratio, and the total. The sizes in the directory can be trusted for reading:
  :mod:`zipfile` never returns more than a member's declared ``file_size`` and checks its CRC, so a
  member that lies about its size fails to read instead of expanding further.
- While a sheet is read (:func:`guard_worksheet` for openpyxl's read-only sheets, the same checks
  inside :mod:`consultagg.tracker._grid`): the row number, the number of cells the rows take (each
  row is as wide as its last cell), and the length of every cell.

Tests override a limit for one test with ``monkeypatch.setattr(consultagg.io.limits, "MAX_ROWS", 10)``;
every check reads the constants when it runs.

Examples
--------
>>> import tempfile, zipfile
>>> from consultagg.io import limits as _limits
>>> with tempfile.TemporaryDirectory() as d:
...     with zipfile.ZipFile(d + "/a.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
...         z.writestr("xl/sharedStrings.xml", "<sst>" + "a" * 100_000 + "</sst>")
...     _limits.check_archive(d + "/a.xlsx", "a.xlsx")  # small members may compress well
...     saved, _limits.RATIO_MIN_SIZE = _limits.RATIO_MIN_SIZE, 50_000
...     try:
...         _limits.check_archive(d + "/a.xlsx", "a.xlsx")
...     except ValueError as exc:
...         print(str(exc).split("，超过")[0])
...     finally:
...         _limits.RATIO_MIN_SIZE = saved
a.xlsx：压缩包成员 xl/sharedStrings.xml 解压后为 100,011 字节，压缩比 ...:1
"""

from __future__ import annotations

import os
import zipfile
from typing import Any

from openpyxl.utils.cell import get_column_letter

from consultagg.errors import ConsultaggInputError

__all__ = ["MAX_CELLS", "MAX_CELL_CHARS", "MAX_MEMBERS", "MAX_MEMBER_SIZE", "MAX_RATIO", "MAX_ROWS",
           "MAX_TOTAL_SIZE", "RATIO_MIN_SIZE", "cell_error", "cells_error", "check_archive",
           "guard_worksheet", "limited_rows", "rows_error"]

#: Members of one archive. A workbook has about 10 plus 2-3 per sheet, a Word file 10-20 plus its
#: images; 10,000 members would be thousands of sheets or pictures.
MAX_MEMBERS = 10_000
#: Uncompressed bytes of one member, far above the sheets and shared strings of real exports and
#: trackers (sizes measured on them are in ``docs/measurements.md``).
MAX_MEMBER_SIZE = 1 << 30  # 1 GB
#: Uncompressed bytes of the whole archive (python-docx loads every part of a Word file).
MAX_TOTAL_SIZE = 2 << 30  # 2 GB
#: Uncompressed : compressed. Real shared strings and sheets stay well below it, one character
#: repeated goes far above it (ratios measured on files are in ``docs/measurements.md``).
MAX_RATIO = 200
#: The ratio is checked only for members (and archives) larger than this uncompressed: small
#: members may compress as well as they like, they cannot hurt.
RATIO_MIN_SIZE = 50 << 20  # 50 MB
#: Rows per sheet, by row number (so a row numbered 1,500,000,000 is refused before any padding).
#: Excel stops at 1,048,576; a consultation has hundreds to a few hundred thousand rows.
MAX_ROWS = 2_000_000
#: Cells per sheet as the rows are returned, each row as wide as its last cell: 2,000,000 rows of
#: 10 columns, or 100,000 opinions x 17 columns twelve times over. Bounds the memory of the grid
#: (8 bytes per cell) against rows that each name one cell in column XFD.
MAX_CELLS = 20_000_000
#: Characters in one cell: Excel's own limit, so Excel could not have written a longer cell (the
#: tracker writer moves longer texts to an overflow sheet). Such a file is refused, not truncated.
MAX_CELL_CHARS = 32_767


def _error(message: str) -> ValueError:
    """The library's input error (a ValueError)."""
    return ConsultaggInputError(message)


def _size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20)):
        if n >= scale:
            return f"{n / scale:,.1f}".removesuffix(".0") + " " + unit
    return f"{n:,} 字节"


def _bytes(n: int) -> str:
    return f"{n:,} bytes"


_REFUSED = "文件可能已损坏或是恶意构造的，已拒绝读取。"


# ---------------------------------------------------------------------------------------------
# the zip directory, before parsing
# ---------------------------------------------------------------------------------------------
def _declared_members(fp) -> int | None:
    """The member count in the end-of-central-directory record (zip64 too), before the directory
    itself is read into memory; ``None`` when it cannot be read that way."""
    try:
        end = zipfile._EndRecData(fp)  # noqa: SLF001 (stable since Python 2; fallback below)
        return None if end is None else int(end[zipfile._ECD_ENTRIES_TOTAL])
    except (AttributeError, IndexError, OSError, TypeError, ValueError):
        return None


def _too_many(name: str, n: int) -> ValueError:
    return _error(f"{name}：压缩包内有 {n:,} 个成员，超过上限 {MAX_MEMBERS:,} 个；{_REFUSED}"
                  f" {name} holds {n:,} zip members, more than the limit of {MAX_MEMBERS:,}; refused.")


def check_archive(path, name: str | None = None) -> None:
    """Refuse a zip archive (``.xlsx``, ``.docx``) that would expand beyond the limits.

    Reads only the zip directory, so its cost does not depend on what the members hold. A file
    that is not a readable zip archive passes unchanged: the opener reports it as before.

    Parameters
    ----------
    path : str or path-like
        The file.
    name : str, optional
        How the messages name the file (as the user gave it); ``path`` by default.

    Raises
    ------
    consultagg.errors.ConsultaggInputError
        Too many members, a member or the whole archive too large uncompressed, or compressed
        beyond :data:`MAX_RATIO` while larger than :data:`RATIO_MIN_SIZE`.
    """
    try:
        path = os.fspath(path)
    except TypeError:  # a file object: openpyxl and python-docx read it as they always did
        return
    name = path if name is None else name
    try:
        with open(path, "rb") as fp:
            declared = _declared_members(fp)
            if declared is not None and declared > MAX_MEMBERS:
                infos = None
            else:
                fp.seek(0)
                with zipfile.ZipFile(fp) as zf:
                    infos = zf.infolist()
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        return  # missing, unreadable or not a zip archive: the opener says so
    if infos is None:
        raise _too_many(name, declared)
    if len(infos) > MAX_MEMBERS:
        raise _too_many(name, len(infos))
    total = packed_total = 0
    for info in infos:
        size, packed = info.file_size, info.compress_size
        total += size
        packed_total += packed
        if size > MAX_MEMBER_SIZE:
            raise _error(f"{name}：压缩包成员 {info.filename} 解压后为 {_size(size)}，超过每个成员"
                         f" {_size(MAX_MEMBER_SIZE)} 的上限；{_REFUSED}"
                         f" {name}: member {info.filename} expands to {_bytes(size)}, more than the limit of"
                         f" {_bytes(MAX_MEMBER_SIZE)}; refused.")
        if size > RATIO_MIN_SIZE and size > MAX_RATIO * max(packed, 1):
            ratio = size / max(packed, 1)
            raise _error(f"{name}：压缩包成员 {info.filename} 解压后为 {_size(size)}，压缩比 {ratio:,.0f}:1，"
                         f"超过上限 {MAX_RATIO}:1（解压后超过 {_size(RATIO_MIN_SIZE)} 的成员才检查），"
                         f"疑似“压缩炸弹”；{_REFUSED}"
                         f" {name}: member {info.filename} expands to {_bytes(size)}, a compression ratio of"
                         f" {ratio:,.0f}:1, more than {MAX_RATIO}:1 (checked above {_bytes(RATIO_MIN_SIZE)});"
                         f" refused as a likely zip bomb.")
    if total > MAX_TOTAL_SIZE:
        raise _error(f"{name}：压缩包解压后共 {_size(total)}，超过上限 {_size(MAX_TOTAL_SIZE)}；{_REFUSED}"
                     f" {name} expands to {_bytes(total)} in all, more than the limit of"
                     f" {_bytes(MAX_TOTAL_SIZE)}; refused.")
    if total > RATIO_MIN_SIZE and total > MAX_RATIO * max(packed_total, 1):
        ratio = total / max(packed_total, 1)
        raise _error(f"{name}：压缩包解压后共 {_size(total)}，整体压缩比 {ratio:,.0f}:1，超过上限 {MAX_RATIO}:1，"
                     f"疑似“压缩炸弹”；{_REFUSED}"
                     f" {name} expands to {_bytes(total)} in all, a compression ratio of {ratio:,.0f}:1, more"
                     f" than {MAX_RATIO}:1; refused as a likely zip bomb.")


# ---------------------------------------------------------------------------------------------
# while a sheet is read
# ---------------------------------------------------------------------------------------------
def _place(name: str, sheet: str | None) -> str:
    return f"{name}（工作表 {sheet}）" if sheet else name


def _where(name: str, sheet: str | None) -> str:
    return f"sheet {sheet!r} of {name}" if sheet else name


def rows_error(name: str, sheet: str | None, row: int) -> ValueError:
    """Row ``row`` is past :data:`MAX_ROWS`."""
    return _error(f"{_place(name, sheet)}第{row}行：超过每个工作表 {MAX_ROWS:,} 行的行数上限；{_REFUSED}"
                  f" Row {row} of {_where(name, sheet)} is past the limit of {MAX_ROWS:,} rows; refused.")


def cells_error(name: str, sheet: str | None, row: int) -> ValueError:
    """The rows up to ``row`` take more than :data:`MAX_CELLS` cells."""
    return _error(f"{_place(name, sheet)}第{row}行：工作表到此行已超过 {MAX_CELLS:,} 个单元格的上限"
                  f"（每行按其最后一个单元格计宽）；{_REFUSED}"
                  f" The rows of {_where(name, sheet)} up to row {row} take more than {MAX_CELLS:,} cells"
                  f" (each row as wide as its last cell); refused.")


def cell_error(name: str, sheet: str | None, row: int, column: int | str, length: int) -> ValueError:
    """A cell of ``length`` characters, past :data:`MAX_CELL_CHARS`; ``column`` a number or letters."""
    letters = get_column_letter(column) if isinstance(column, int) and 1 <= column <= 18278 else str(column)
    return _error(f"{_place(name, sheet)}第{row}行{letters}列：单元格有 {length:,} 个字符，超过 Excel 单元格"
                  f" {MAX_CELL_CHARS:,} 个字符的上限（Excel 无法写出这样的单元格）；{_REFUSED}"
                  f" Cell {letters}{row} of {_where(name, sheet)} holds {length:,} characters, more than"
                  f" Excel's limit of {MAX_CELL_CHARS:,}; refused.")


def limited_rows(rows, name: str, sheet: str | None, *, first: int = 1, values_only: bool = True):
    """``rows`` (one per row number from ``first``, as openpyxl's read-only sheets give them),
    refused at the first row, cell count or cell past the limits."""
    max_rows, max_cells, max_chars = MAX_ROWS, MAX_CELLS, MAX_CELL_CHARS
    cells = 0
    for r, row in enumerate(rows, first):
        if r > max_rows:
            raise rows_error(name, sheet, r)
        cells += len(row)
        if cells > max_cells:
            raise cells_error(name, sheet, r)
        for j, value in enumerate(row if values_only else (getattr(c, "value", None) for c in row), 1):
            if value.__class__ is str and len(value) > max_chars:
                raise cell_error(name, sheet, r, j, len(value))
        yield row


def guard_worksheet(ws: Any, name: str) -> None:
    """Make every row iteration of an openpyxl read-only worksheet go through :func:`limited_rows`.

    ``iter_rows``, ``values``, ``rows`` and cell access all read through ``_cells_by_row``; a sheet
    without it (not read-only, or another openpyxl) is left as it is.
    """
    inner = getattr(ws, "_cells_by_row", None)
    if inner is None or getattr(inner, "_consultagg_limited", False):
        return
    title = getattr(ws, "title", None)

    def _cells_by_row(min_col, min_row, max_col, max_row, values_only=False):
        return limited_rows(inner(min_col, min_row, max_col, max_row, values_only), name, title,
                            first=min_row or 1, values_only=values_only)

    _cells_by_row._consultagg_limited = True
    ws._cells_by_row = _cells_by_row
