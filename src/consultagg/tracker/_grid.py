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

A read-only worksheet knows nothing of merged cells, and a formula saved without its value (as
openpyxl and other scripts write it) reads as an empty cell. ``rows(ws, facts)`` notes both in a
:class:`SheetFacts` while parsing: the merged ranges (after ``</sheetData>``, at no extra pass) and
the cells holding a formula but no cached value; :func:`settle_cells` copies a merged value to
every row its range covers and reads a formula that is only a quoted text, noting each change.

The side sheets of a tracker (``_meta``, ``_overflow``, 分主题统计) are read here too, into plain
structures for :mod:`consultagg.tracker.reader`, with :func:`cell_text` (a value as people see it).

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
>>> fill_merged_down([("处理意见",), ("采纳",), (), (None, "C-3")], ["A2:A4"], {1}, 2)
([('处理意见',), ('采纳',), ('采纳',), ('采纳', 'C-3')], [('A2:A4', 2, 1)])
"""

from __future__ import annotations

import gc
import json
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from xml.etree.ElementTree import ParseError, fromstring

from openpyxl.utils.cell import column_index_from_string, get_column_letter, range_boundaries
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

from consultagg.io import limits as _limits
from consultagg.records import RosterEntry, Topic
from consultagg.text.normalize import split_keywords
from consultagg.tracker.layout import META_HEADER_ROW
from consultagg.tracker.safety import OVERFLOW_NOTE, unescape_ooxml

__all__ = ["SheetFacts", "cell_int", "cell_text", "fill_merged_down", "formula_text", "gc_paused", "read_info", "tracker_title",
           "read_meta", "read_overflow", "read_roster", "read_topics", "rows", "settle_cells", "whole_text"]

_ROW = f"{{{SHEET_MAIN_NS}}}row"
_C = f"{{{SHEET_MAIN_NS}}}c"
_V = f"{{{SHEET_MAIN_NS}}}v"
_IS = f"{{{SHEET_MAIN_NS}}}is"
_T = f"{{{SHEET_MAIN_NS}}}t"
_RUN = f"{{{SHEET_MAIN_NS}}}r"
_F = f"{{{SHEET_MAIN_NS}}}f"
_MERGE = f"{{{SHEET_MAIN_NS}}}mergeCell"
_MERGE_REF = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref=[\"']([^\"']+)[\"']")
_QUOTED = re.compile(r'\s*"((?:[^"]|"")*)"\s*')


@dataclass
class SheetFacts:
    """What a read-only sheet holds besides its values.

    Attributes
    ----------
    merged : list of str
        Merged ranges as written in the sheet (``"M16:M18"``).
    uncached : list of (int, int, str)
        Cells holding a formula saved without its value: 1-based row, 1-based column and the
        formula without its ``=`` (``""`` for a cell sharing another cell's formula).
    """

    merged: list[str] = field(default_factory=list)
    uncached: list[tuple[int, int, str]] = field(default_factory=list)


def rows(ws, facts: SheetFacts | None = None) -> list[tuple]:
    """All rows of ``ws`` as tuples of values (see the module docstring).

    Parameters
    ----------
    ws : openpyxl worksheet
        Best opened read-only (the fast path).
    facts : SheetFacts, optional
        Filled with the merged ranges and the formulas without a value, when given.
    """
    try:
        wb = ws.parent
        archive, path = wb._archive, ws._worksheet_path
        context = (ws._shared_strings, wb._date_formats, wb._timedelta_formats, wb.epoch,
                   _file_name(archive), ws.title)
    except AttributeError:
        return _slow(ws, facts)
    try:
        with archive.open(path) as source:
            return _parse(_chunked_rows(source, facts=facts), *context, facts=facts)
    except _Unsupported:  # an unusual layout: the same values, row by row
        if facts is not None:
            facts.merged.clear()
            facts.uncached.clear()
        with archive.open(path) as source:
            return _parse(_streamed_rows(source, facts), *context, facts=facts)


def fill_merged_down(grid: list[tuple], merged, columns, first_row: int) -> tuple[list[tuple], list]:
    """The grid with the top cell of each merged range copied down the rows the range covers.

    Only the range's first column is filled, and only where it is one of ``columns`` (1-based)
    and the range starts at or below ``first_row`` (1-based); rows past the grid (empty ones)
    stay as they are, and so does a cell that holds a value of its own.

    Returns
    -------
    (list of tuple, list of (str, int, int))
        The grid (a new list; the rows changed are new tuples) and, per range filled, its
        reference, its first row and its column.
    """
    out, done = list(grid), []
    for ref in merged:
        try:
            min_col, min_row, _max_col, max_row = range_boundaries(ref)
        except (TypeError, ValueError):
            continue
        if min_col not in columns or min_row < first_row or max_row <= min_row or min_row > len(out):
            continue
        top = out[min_row - 1]
        value = top[min_col - 1] if min_col <= len(top) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        for r in range(min_row + 1, min(max_row, len(out)) + 1):
            row = out[r - 1]
            if min_col <= len(row) and row[min_col - 1] not in (None, ""):
                continue
            cells = list(row) + [None] * (min_col - len(row))
            cells[min_col - 1] = value
            out[r - 1] = tuple(cells)
        done.append((ref, min_row, min_col))
    return out, done


def settle_cells(grid: list[tuple], facts: SheetFacts, named: dict[int, str],
                 first_row: int) -> tuple[list[tuple], list[tuple[int, str, str]]]:
    """The grid as people see it in the columns ``named``, with a note for each change.

    In the columns ``named`` (1-based column: its header), from ``first_row`` on: a value typed
    once across merged cells is copied down the rows the merge covers, and a formula saved without
    its value is read as the text it quotes (``="合并处理"``), or else as blank.

    Returns
    -------
    (list of tuple, list of (int, str, str))
        The grid, and per change its row, the column's header and a note in Chinese.
    """
    grid, filled = fill_merged_down(grid, facts.merged, named, first_row)
    notes = [(r, named[c], f"合并单元格 {ref} 按同一{named[c]}读取。") for ref, r, c in filled]
    for r, c, formula in facts.uncached:
        if c not in named or r < first_row or r > len(grid):
            continue
        ref, text = f"{get_column_letter(c)}{r}", formula_text(formula)
        shown = f"“={formula}”" if formula else "（与其他单元格共用的公式）"
        if text:
            cells = list(grid[r - 1]) + [None] * (c - len(grid[r - 1]))
            cells[c - 1] = text
            grid[r - 1] = tuple(cells)
            how = f"已按公式中的文字“{text}”读取，请核对"
        else:
            how = f"按空白读取；请在 Excel 或 WPS 中打开并保存一次，或直接填写{named[c]}"
        notes.append((r, named[c], f"单元格 {ref} 是公式{shown}，文件中没有保存计算结果，{how}。"))
    return grid, notes


def formula_text(formula: str) -> str | None:
    """The text a formula that is only a quoted text gives (``"合并处理"``), else None.

    >>> formula_text('"合并处理"'), formula_text('IF(A1,"采纳","")')
    ('合并处理', None)
    """
    m = _QUOTED.fullmatch(formula or "")
    return m.group(1).replace('""', '"') if m else None


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


def _slow(ws, facts: SheetFacts | None = None) -> list[tuple]:
    if facts is not None:  # a worksheet opened for editing knows its merged cells
        facts.merged.extend(str(r) for r in getattr(getattr(ws, "merged_cells", None), "ranges", ()))
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


def _chunked_rows(source, block: int = _BLOCK, facts: SheetFacts | None = None) -> Iterator:
    """Row elements, parsed a few thousand rows at a time by the C parser.

    The bytes between ``<sheetData>`` and ``</sheetData>`` are cut after a ``</row>`` (which cannot
    occur inside XML text) and each piece is parsed inside a copy of the root element's start tag,
    so namespace prefixes resolve as in the whole document. Python then sees one element per row
    instead of one event per cell, value and text. With ``facts``, the merged ranges that follow
    the rows are noted.
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
            if facts is not None and stop >= 0:  # <mergeCells> follows </sheetData>
                rest = buf[stop:] + source.read()
                facts.merged.extend(m.decode("ascii", "replace") for m in _MERGE_REF.findall(rest))
            return


def _streamed_rows(source, facts: SheetFacts | None = None) -> Iterator:
    for _, element in iterparse(source):
        if element.tag == _ROW:
            yield element
        elif element.tag == _MERGE and facts is not None and element.get("ref"):
            facts.merged.append(element.get("ref"))


def _parse(elements, strings, date_formats, timedelta_formats, epoch, name: str = "工作簿",
           sheet: str | None = None, facts: SheetFacts | None = None) -> list[tuple]:
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
                if value is None and facts is not None and len(c) and (f := c.find(_F)) is not None:
                    # A formula saved without its value (openpyxl writes <v></v>); a text formula whose
                    # value is "" is the one empty value a program computes and saves.
                    if kind != "str" or c.find(_V) is None or formula_text(f.text or ""):
                        facts.uncached.append((row_number, column, f.text or ""))
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


# -- the side sheets of a tracker (_meta, _overflow, 分主题统计) and cell texts, for the reader --
def cell_text(value: Any) -> str:
    """A cell value as the text a person sees."""
    if value is None:
        return ""
    if isinstance(value, str):
        return unescape_ooxml(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return value.isoformat()[:10] if not isinstance(value, datetime) or not value.time() else str(value)
    return str(value)


def cell_int(value: Any) -> int | None:
    """A cell value as a whole number (``"3"``, ``3.0``), else None."""
    try:
        return int(float(str(value).strip()))
    except (TypeError, ValueError):
        return None


def read_topics(ws) -> list[Topic]:
    """Topics listed in the sheet 分主题统计; rows without a numeric id are skipped."""
    if ws is None:
        return []
    grid = rows(ws)
    if not grid:
        return []
    col = {cell_text(h): j for j, h in enumerate(grid[0]) if cell_text(h)}
    if "主题编号" not in col or "主题" not in col:
        return []

    def cell(row, name):
        j = col.get(name)
        return row[j] if j is not None and j < len(row) else None

    topics = []
    for row in grid[1:]:
        tid = cell_int(cell(row, "主题编号"))
        if tid is None:
            continue
        phrases = tuple(split_keywords(cell_text(cell(row, "关键词"))))
        topics.append(Topic(id=tid, name=cell_text(cell(row, "主题")), key_phrases=phrases,
                            size=cell_int(cell(row, "意见条数")) or 0,
                            n_distinct=cell_int(cell(row, "不同意见条数")) or 0))
    return topics


def read_info(grid: list[tuple]) -> dict[str, Any]:
    """The key/value pairs of the first row of ``_meta`` (format version, profile, round …)."""
    first = grid[0] if grid else ()
    return {str(k): v for k, v in zip(first[::2], first[1::2]) if k is not None}


def read_meta(grid: list[tuple]) -> dict[str, dict[str, Any]]:
    """Metadata rows of ``_meta`` by 意见编号 (the ``row`` column goes stale once rows are sorted)."""
    if len(grid) < META_HEADER_ROW:
        return {}
    keys = [str(k) if k is not None else "" for k in grid[META_HEADER_ROW - 1]]
    out: dict[str, dict[str, Any]] = {}
    for values in grid[META_HEADER_ROW:]:
        rec = {k: (unescape_ooxml(v) if isinstance(v, str) else v) for k, v in zip(keys, values) if k}
        cid = cell_text(rec.get("comment_id")).strip()
        if not cid:
            continue
        if isinstance(rec.get("meta"), str):
            try:
                rec["meta"] = json.loads(rec["meta"])
            except ValueError:
                rec["meta"] = {"meta": rec["meta"]}
        rec.setdefault("meta", None)
        if rec["meta"] is None:
            rec["meta"] = {}
        out.setdefault(cid, rec)
        seq = cell_int(rec.get("seq"))
        if seq is not None:
            out.setdefault(f"#seq{seq}", rec)
        if rec.get("content_id"):
            out.setdefault(f"#key{rec.pop('content_id')}", rec)
    return out


def read_overflow(ws) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """``(sheet, column header) -> [(record, cell, whole text)]``."""
    if ws is None:
        return {}
    parts: dict[tuple[str, str, str, str], list[tuple[int, str]]] = {}
    for row in rows(ws)[1:]:
        if not row or len(row) < 6 or row[0] is None:
            continue
        sheet, cell, record, column, k, text = (row + (None,) * 6)[:6]
        parts.setdefault((str(sheet), str(cell or ""), cell_text(record), cell_text(column)), []).append(
            (cell_int(k) or 0, cell_text(text)))
    out: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for (sheet, cell, record, column), ps in parts.items():
        out.setdefault((sheet, column), []).append((record, cell, "".join(t for _, t in sorted(ps))))
    return out


def whole_text(shown: str, sheet: str, header: str, record: str,
               overflow: dict[tuple[str, str], list[tuple[str, str, str]]]) -> str:
    """The full text of a cell that ends with the overflow note (matched by record, then by its start)."""
    candidates = overflow.get((sheet, header), [])
    head = shown[: -len(OVERFLOW_NOTE)]
    for rec, _cell, text in candidates:
        if record and rec == record and text.startswith(head):
            return text
    for _rec, _cell, text in candidates:
        if text.startswith(head):
            return text
    return shown


def read_roster(text) -> list[RosterEntry]:
    """The roster kept in ``_meta`` as JSON (``[[unit, state, n_opinions], …]``); [] when absent or unreadable."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        entries = json.loads(unescape_ooxml(text))
        return [RosterEntry(str(name), str(state), cell_int(n) or 0) for name, state, n in entries]
    except (ValueError, TypeError):
        return []


def tracker_title(rows) -> str:
    """The plan's title in the sheet's title row (《某规划》意见汇总处理表 → 某规划), or ""."""
    for row in rows:
        for v in row:
            if isinstance(v, str) and "意见汇总处理表" in v:
                t = v.replace("意见汇总处理表", "").strip()
                m = re.fullmatch(r"《(.*)》", t)
                return m.group(1) if m else t
    return ""
