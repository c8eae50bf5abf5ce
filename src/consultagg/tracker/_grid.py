"""Cell values of a read-only openpyxl worksheet, several times faster than ``iter_rows``.

``rows(ws)`` gives what ``ws.iter_rows(values_only=True)`` gives after ``ws.reset_dimensions()``
(every row as a tuple up to its last cell, ``()`` for a missing or empty row, cached values of
formulas, dates as :mod:`datetime` objects by the cell's number format), but parses the sheet's
XML itself: openpyxl builds a rich-text object for every inline string and a dictionary for every
cell, which is most of the time spent reading a tracker of 100,000 opinions. Shared strings, date
formats and the workbook's date system still come from openpyxl. Anything unexpected (a workbook
not opened read-only, a future openpyxl without these attributes) falls back to ``iter_rows``.

Rows are read within the limits of :mod:`consultagg.io.limits` (row number, cells per sheet,
characters per cell): a row number past the limit is refused before any empty row is added, and
the ValueError names the workbook file, the sheet, the row and the column.

Examples
--------
>>> import tempfile
>>> from openpyxl import Workbook, load_workbook
>>> wb = Workbook(); ws = wb.active
>>> ws.append(["意见编号", "处理意见"]); ws.append(["C-1", "采纳"]); ws["D4"] = 3.5
>>> with tempfile.TemporaryDirectory() as d:
...     wb.save(d + "/t.xlsx")
...     rb = load_workbook(d + "/t.xlsx", read_only=True, data_only=True)
...     grid = rows(rb.active)
...     rb.close()
>>> grid
[('意见编号', '处理意见'), ('C-1', '采纳'), (), (None, None, None, 3.5)]
"""

from __future__ import annotations

import gc
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from xml.etree.ElementTree import ParseError, fromstring

from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

from consultagg.io import limits as _limits

__all__ = ["gc_paused", "rows"]

_ROW = f"{{{SHEET_MAIN_NS}}}row"
_C = f"{{{SHEET_MAIN_NS}}}c"
_V = f"{{{SHEET_MAIN_NS}}}v"
_IS = f"{{{SHEET_MAIN_NS}}}is"
_T = f"{{{SHEET_MAIN_NS}}}t"
_RUN = f"{{{SHEET_MAIN_NS}}}r"


def rows(ws) -> list[tuple]:
    """All rows of ``ws`` as tuples of values (see the module docstring)."""
    try:
        wb = ws.parent
        archive, path = wb._archive, ws._worksheet_path
        context = (ws._shared_strings, wb._date_formats, wb._timedelta_formats, wb.epoch,
                   _file_name(archive), ws.title)
    except AttributeError:
        return _slow(ws)
    try:
        with archive.open(path) as source:
            return _parse(_chunked_rows(source), *context)
    except _Unsupported:  # an unusual layout: the same values, row by row
        with archive.open(path) as source:
            return _parse(_streamed_rows(source), *context)


def _file_name(archive) -> str:
    """How the limit messages name the workbook: the path it was opened from."""
    name = getattr(archive, "filename", None)
    return str(name) if name else "工作簿"


@contextmanager
def gc_paused():
    """Pause the cyclic garbage collector while building many acyclic objects (rows, records).

    Reading a large tracker allocates millions of strings and tuples that stay alive; each full
    collection then walks all of them, which tripled the time of reading 100,000 opinions.
    Reference counting still frees everything; the collector is restored afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _slow(ws) -> list[tuple]:
    try:
        ws.reset_dimensions()  # some producers write a wrong <dimension>; read every row
    except AttributeError:
        pass
    try:
        name = _file_name(ws.parent._archive)
    except AttributeError:
        name = "工作簿"
    rows = _limits.limited_rows(ws.iter_rows(values_only=True), name, getattr(ws, "title", None))
    return [tuple(row) for row in rows]


def _inline(element) -> str:
    """The text of an ``<is>`` element: its ``<t>`` and the ``<t>`` of its runs (no phonetic runs)."""
    parts = []
    for child in element:
        if child.tag == _T:
            parts.append(child.text or "")
        elif child.tag == _RUN:
            t = child.find(_T)
            if t is not None:
                parts.append(t.text or "")
    return "".join(parts)


def _number(text: str):
    return float(text) if ("." in text or "E" in text or "e" in text) else int(text)


class _Unsupported(Exception):
    """The sheet's XML cannot be cut into rows by bytes; parse it as a stream instead."""


_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*:)?worksheet\b[^>]*>")
_DECL = re.compile(rb"<\?xml[^>]*\?>")
_BLOCK = 1 << 22


def _chunked_rows(source, block: int = _BLOCK) -> Iterator:
    """Row elements, parsed a few thousand rows at a time by the C parser.

    The bytes between ``<sheetData>`` and ``</sheetData>`` are cut after a ``</row>`` (which cannot
    occur inside XML text) and each piece is parsed inside a copy of the root element's start tag,
    so namespace prefixes resolve as in the whole document. Python then sees one element per row
    instead of one event per cell, value and text.
    """
    buf = source.read(block)
    while True:  # up to the start of the rows (namespaces are declared on the root)
        root = _ROOT.search(buf)
        if root is not None:
            prefix = root.group(1) or b""
            m = re.compile(rb"<" + re.escape(prefix) + rb"sheetData\b[^>]*?(/?)>").search(buf, root.end())
            if m is not None:
                break
        more = source.read(block)
        if not more:
            raise _Unsupported
        buf += more
    decl = _DECL.match(buf.lstrip(b"\xef\xbb\xbf"))
    if decl and re.search(rb"encoding=[\"'](?!utf-8)", decl.group(0), re.IGNORECASE):
        raise _Unsupported
    if m.group(1):  # <sheetData/>: no rows
        return
    head, tail = root.group(0), b"</" + prefix + b"worksheet>"
    end_row, end_data = b"</" + prefix + b"row>", b"</" + prefix + b"sheetData>"
    buf = buf[m.end():]
    while True:
        stop = buf.find(end_data)
        more = b"" if stop >= 0 else source.read(block)
        if stop >= 0 or not more:
            piece, done = (buf[:stop] if stop >= 0 else buf), True
        else:
            cut = buf.rfind(end_row)
            if cut < 0:
                buf += more
                continue
            cut += len(end_row)
            piece, buf, done = buf[:cut], buf[cut:] + more, False
        try:
            tree = fromstring(head + piece + tail)
        except ParseError as exc:
            raise _Unsupported from exc
        for element in tree:
            if element.tag == _ROW:
                yield element
        if done:
            return


def _streamed_rows(source) -> Iterator:
    for _, element in iterparse(source):
        if element.tag == _ROW:
            yield element


def _parse(elements, strings, date_formats, timedelta_formats, epoch, name: str = "工作簿",
           sheet: str | None = None) -> list[tuple]:
    grid: list[tuple] = []
    columns: dict[str, int] = {}
    row_number = 0
    max_rows, max_cells, max_chars = _limits.MAX_ROWS, _limits.MAX_CELLS, _limits.MAX_CELL_CHARS
    n_cells = 0
    for element in elements:
        r = element.get("r")
        if r is None:
            row_number += 1
        else:
            try:
                row_number = int(r)
            except ValueError:
                value = float(r)
                if not value.is_integer():
                    raise ValueError(f"{r} is not a valid row number") from None
                row_number = int(value)
        if row_number > max_rows:  # before padding the grid up to it
            raise _limits.rows_error(name, sheet, row_number)
        cells: list[tuple[int, Any]] = []
        column = 0
        for c in element:
            if c.tag != _C:
                continue
            ref = c.get("r")
            if ref:
                letters = ref.rstrip("0123456789")
                column = columns.get(letters) or columns.setdefault(letters, column_index_from_string(letters))
            else:
                column += 1
            kind = c.get("t", "n")
            if kind == "inlineStr":
                child = c.find(_IS)
                value = None if child is None else _inline(child)
                if value is not None and len(value) > max_chars:
                    raise _limits.cell_error(name, sheet, row_number, column, len(value))
            else:
                value = c.findtext(_V) or None
                if value is not None:
                    if len(value) > max_chars:
                        raise _limits.cell_error(name, sheet, row_number, column, len(value))
                    if kind == "n":
                        value = _number(value)
                        style = c.get("s")
                        style = int(style) if style else 0
                        if style in date_formats:
                            try:
                                value = from_excel(value, epoch, timedelta=style in timedelta_formats)
                            except (OverflowError, ValueError):
                                warnings.warn(f"Cell {ref} is marked as a date but the serial value {value} is "
                                              "outside the limits for dates. The cell will be treated as an "
                                              "error.", stacklevel=2)
                                value = "#VALUE!"
                    elif kind == "s":
                        value = strings[int(value)]
                        if isinstance(value, str) and len(value) > max_chars:
                            raise _limits.cell_error(name, sheet, row_number, column, len(value))
                    elif kind == "b":
                        value = bool(int(value))
                    elif kind == "d":
                        value = from_ISO8601(value)
            cells.append((column, value))
        element.clear()
        if row_number <= len(grid):  # a row repeated or out of order: openpyxl skips it too
            continue
        while len(grid) < row_number - 1:
            grid.append(())
        if not cells:
            grid.append(())
            continue
        width = cells[-1][0]
        n_cells += max(width, 0)
        if n_cells > max_cells:
            raise _limits.cells_error(name, sheet, row_number)
        values: list[Any] = [None] * width
        for col, value in cells:
            if 1 <= col <= width:  # as openpyxl: the last cell sets the width
                values[col - 1] = value
        grid.append(tuple(values))
    return grid
