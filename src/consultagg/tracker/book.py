"""A workbook streamed to disk: openpyxl writes the settings, rows are streamed into its XML.

:class:`StreamingBook` holds sheets whose cells are cleaned when added (:mod:`.safety`: text never
becomes a formula, illegal characters are replaced visibly, nothing is cut: over-long cells continue
in ``overflow``) and rendered straight into the sheet XML that openpyxl produced for everything
else (styles, validation, print setup) when saved, all or nothing. openpyxl's per-cell writer is
several times slower for 100,000 rows. The tracker's content is :mod:`.writer`'s.
"""

from __future__ import annotations

import io
import json
import math
import queue
import re
import threading
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter

from consultagg.tracker.safety import atomic_write, display_width, prepare_text, row_xml

__all__ = ["Sheet", "StreamingBook", "fit_width"]

_MEMO_CHARS = 64  # values up to this long are memoised while a book is built
_QUEUED_CHUNKS = 4  # rendered chunks waiting to be written (each a batch of rows)
_LARGE_BOOK_CELLS, _LARGE_BOOK_LEVEL = 1_000_000, 3  # above this many cells, sheets are deflated at this level

FONT = "宋体"
_THIN = Side(style="thin", color="808080")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
# Width sampling: every row up to here, then every _SAMPLE_STEP-th row (widths are estimates).
_SAMPLE_ALL, _SAMPLE_STEP = 1000, 50
_DIMENSION = re.compile(r'<dimension ref="[^"]*"\s*/>')
_EMPTY_DATA = re.compile(r"<sheetData\s*/>|<sheetData>\s*</sheetData>")


def fit_width(units: int, cap: float) -> float:
    # 10% and two units of slack: fonts differ between machines (宋体 is often substituted).
    return min(max(math.ceil(units * 1.1) + 2, 6), cap)


def _fit_columns(widths: Sequence[float], measured: Sequence[int]) -> list[tuple[int, float]]:
    """Columns for :func:`_row_height`: index and the width text may fill in each.

    Those whose measured content overflows them most come first: once they have set a row's
    height, the shorter texts of the other cells seldom need measuring. The order does not
    change the height.
    """
    usable = [max(width - 1.0, 1.0) for width in widths]
    order = sorted(range(len(usable)), key=lambda j: -(measured[j] if j < len(measured) else 0) / usable[j])
    return [(j, usable[j]) for j in order]


def _row_height(values: Sequence[Any], columns: Sequence[tuple[int, float]]) -> float | None:
    """Points needed to show every wrapped text of a row, or None for one line.

    Neither Excel nor LibreOffice fits rows to wrapped text when opening a file, so a row of
    long opinions would show one line of each. 10% slack on widths (substituted fonts run wider),
    14.4 pt per line of 11 pt type. ``columns`` come from :func:`_fit_columns`.
    """
    lines = 1
    n_values = len(values)
    for j, usable in columns:
        value = values[j] if j < n_values else None
        if not isinstance(value, str) or not value:
            continue
        if "\n" in value:
            n = sum(max(1, math.ceil(display_width(line) * 1.1 / usable)) for line in value.split("\n"))
        elif len(value) * 2.2 <= usable or math.ceil(2 * len(value) * 1.1 / usable) <= lines:
            continue  # one line, or no more lines than another cell needs even if every character is wide
        else:
            n = max(1, math.ceil(display_width(value) * 1.1 / usable))
        if n > lines:
            lines = n
    return None if lines == 1 else min(409.0, round(lines * 14.4 + 3, 1))


# Types _cell_value returns as they are, apart from text and None (tested first: most values are of these).
_NUMBERS = frozenset((int, float, bool))


def _cell_value(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str) if value else None
    return str(value)


class Sheet:
    """One worksheet: openpyxl object for its settings, prepared rows for its cells."""

    def __init__(self, ws, styles: Sequence[str]):
        self.ws = ws
        self.styles = tuple(styles)
        self.rows: list[tuple[float | None, list, tuple[str, ...] | None]] = []
        self.widths = [0] * len(self.styles)
        self.header: Sequence[str] = ()  # names the column of an over-long cell in _overflow
        self.column_widths: list[float] = []  # set once known; rows of wrapped text get heights from them

    @property
    def n_rows(self) -> int:
        return len(self.rows)


class StreamingBook:
    """Sheets of cleaned rows over an openpyxl skeleton, streamed into the xlsx when saved."""

    def __init__(self):
        self.replaced = 0
        self.overflow: list[tuple[str, str, str, str, int, str]] = []
        self.sheets: list[Sheet] = []
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self._style_ids: dict[tuple[str, bool], int] = {}
        self._letters = [get_column_letter(i) for i in range(1, 257)]
        self._meta_info: list[Any] = []
        # Short values repeat (units, topics, dispositions, kinds): cleaned and judged once each.
        self._prepared: dict[str, Any] = {}
        self._add_named_styles()

    # -- low level ---------------------------------------------------------------------------
    def _add_named_styles(self) -> None:
        body = dict(font=Font(name=FONT, size=11), border=BORDER)
        top = dict(wrap_text=True, vertical="top")
        for ns in (
            NamedStyle("ca_title", font=Font(name=FONT, size=16, bold=True),
                       alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)),
            NamedStyle("ca_subtitle", font=Font(name=FONT, size=10, color="595959"),
                       alignment=Alignment(horizontal="center", vertical="center")),
            NamedStyle("ca_header", font=Font(name=FONT, size=11, bold=True), border=BORDER,
                       fill=PatternFill("solid", start_color="D9E1F2", end_color="D9E1F2"),
                       alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)),
            NamedStyle("ca_body", alignment=Alignment(**top), **body),
            NamedStyle("ca_center", alignment=Alignment(horizontal="center", **top), **body),
            NamedStyle("ca_edit", alignment=Alignment(**top), protection=Protection(locked=False),
                       fill=PatternFill("solid", start_color="FFF8E1", end_color="FFF8E1"), **body),
            NamedStyle("ca_plain", font=Font(name=FONT, size=11), alignment=Alignment(vertical="top")),
        ):
            self.wb.add_named_style(ns)

    def style_id(self, name: str, guard: bool = False) -> int:
        """Index of the cell format: a named style, plus the text format and quote prefix for guarded text."""
        key = (name, guard)
        if key not in self._style_ids:
            cell = Cell(self.sheets[0].ws)  # detached: only registers the format in the workbook
            cell.style = name
            if guard:
                # Both survive editing: Excel keeps quote-prefixed cells as text, and "@" makes
                # Excel and LibreOffice take whatever is typed into the cell as text.
                cell.number_format = "@"
                cell.quotePrefix = True
            self._style_ids[key] = cell.style_id
        return self._style_ids[key]

    def add_sheet(self, title: str, styles: Sequence[str], *, hidden: bool = False) -> Sheet:
        ws = self.wb.create_sheet(title)
        if hidden:
            ws.sheet_state = "hidden"
        sheet = Sheet(ws, styles)
        self.sheets.append(sheet)
        return sheet

    def put(self, sheet: Sheet, values: Sequence[Any], styles: Sequence[str] | None = None, *,
            height: float | None = None, record: str = "", measure: bool = True, blanks: bool = False) -> int:
        """Clean and append one row; returns its row number.

        With ``blanks``, empty values still get a formatted cell (grid lines, editable columns).
        """
        r = sheet.n_rows + 1
        measure = measure and (r <= _SAMPLE_ALL or r % _SAMPLE_STEP == 0)
        widths, prepared = sheet.widths, self._prepared
        measured = len(widths) if measure else 0  # columns measured in this row
        empty = "" if blanks else None
        row = list(values)
        for j, value in enumerate(row):
            cls = type(value)
            if cls is not str:
                if value is None:
                    row[j] = empty
                    continue
                if cls not in _NUMBERS:
                    value = row[j] = _cell_value(value)
                    if not isinstance(value, str):
                        if value is None:
                            row[j] = empty
                        elif j < measured:
                            widths[j] = max(widths[j], len(str(value)))
                        continue
                elif j < measured:
                    widths[j] = max(widths[j], len(str(value)))
                    continue
                else:
                    continue
            if not value:
                row[j] = empty
                continue
            safe = prepared.get(value)
            if safe is None:
                safe = prepare_text(value)
                if len(value) <= _MEMO_CHARS:
                    prepared[value] = safe
            if safe.replaced:
                self.replaced += safe.replaced
            if safe.parts:
                head = str(sheet.header[j]) if j < len(sheet.header) else ""
                ref = f"{self._letters[j]}{r}"
                self.overflow.extend((sheet.ws.title, ref, record, head, k, part)
                                     for k, part in enumerate(safe.parts, 1))
            value = row[j] = safe.text
            if j < measured:
                widths[j] = max(widths[j], display_width(value[:100]))
        sheet.rows.append((height, row, tuple(styles) if styles is not None else None))
        return r

    # -- saving --------------------------------------------------------------------------------
    def _render(self, sheet: Sheet) -> Iterator[bytes]:
        letters, batch = self._letters, []
        default, columns = sheet.styles, _fit_columns(sheet.column_widths, sheet.widths)
        # Style ids of each column (plain, text-guarded) for each style list and row length.
        layouts: dict[tuple[tuple[str, ...] | None, int], tuple[list[int], list[int]]] = {}
        for r, (height, values, styles) in enumerate(sheet.rows, 1):
            if height:
                attrs = f' ht="{height}" customHeight="1"'
            else:
                # An estimated height, not a custom one: Excel still refits the row when it is edited.
                fitted = _row_height(values, columns) if columns else None
                attrs = f' ht="{fitted}"' if fitted else ""
            key = (styles or None, len(values))
            ids = layouts.get(key)
            if ids is None:
                ids = layouts[key] = self._column_style_ids(styles or default, len(values))
            batch.append(row_xml(r, values, letters, ids[0], ids[1], attrs))
            if len(batch) >= 500:
                yield "".join(batch).encode("utf-8")
                batch = []
        if batch:
            yield "".join(batch).encode("utf-8")

    def _column_style_ids(self, styles: Sequence[str], n: int) -> tuple[list[int], list[int]]:
        """Style ids of ``n`` columns for plain and for guarded text; the last style repeats."""
        names = [styles[j] if j < len(styles) else styles[-1] for j in range(n)] if styles else []
        return [self.style_id(name) for name in names], [self.style_id(name, True) for name in names]

    def save(self, target: Path) -> None:
        for sheet in self.sheets:  # register every format before openpyxl writes styles.xml
            # In order of first use, not a set's order: that changes with the hash seed, and so would the file.
            for name in dict.fromkeys([*sheet.styles, *(s for _, _, st in sheet.rows if st for s in st)]):
                self.style_id(name)
                self.style_id(name, True)
        skeleton = io.BytesIO()
        self.wb.save(skeleton)
        by_path = {s.ws.path.lstrip("/"): s for s in self.sheets}
        # Deflating the sheets takes longer than rendering them when they are large: then faster
        # deflating (a somewhat larger file); zlib's default otherwise. The parts are the same either way.
        cells = sum(len(values) for s in self.sheets for _, values, _ in s.rows)
        level = _LARGE_BOOK_LEVEL if cells > _LARGE_BOOK_CELLS else None

        def write(tmp: Path) -> None:
            with zipfile.ZipFile(skeleton) as src, \
                    zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=level) as dst:
                for info in src.infolist():
                    data = src.read(info.filename)
                    sheet = by_path.get(info.filename)
                    if sheet is None:
                        dst.writestr(info, data)
                        continue
                    head, tail = self._split(data.decode("utf-8"), sheet)
                    with dst.open(info.filename, "w", force_zip64=True) as out:
                        out.write(head.encode("utf-8"))
                        _write_alongside(out, self._render(sheet))
                        out.write(tail.encode("utf-8"))

        atomic_write(target, write)

    def _split(self, xml: str, sheet: Sheet) -> tuple[str, str]:
        m = _EMPTY_DATA.search(xml)
        if m is None:  # openpyxl wrote cells of its own: the layout assumptions no longer hold
            raise RuntimeError(f"unexpected cells in the sheet skeleton of {sheet.ws.title!r}")
        n_cols = max((len(v) for _, v, _ in sheet.rows), default=1)
        ref = f"A1:{self._letters[max(n_cols, 1) - 1]}{max(sheet.n_rows, 1)}"
        head = _DIMENSION.sub(f'<dimension ref="{ref}"/>', xml[:m.start()], count=1)
        return head + "<sheetData>", "</sheetData>" + xml[m.end():]


def _write_alongside(out, chunks: Iterator[bytes]) -> None:
    """Write ``chunks`` to ``out`` in a second thread while the next ones are made.

    Writing a zip entry is mostly deflating, which releases the GIL: it runs beside the rendering
    of the rows. The chunks are written whole and in order, so the file is the same as when written
    one after the other. An error on either side stops both and is raised here.
    """
    pending: queue.Queue = queue.Queue(maxsize=_QUEUED_CHUNKS)
    failed: list[BaseException] = []

    def work() -> None:
        while (chunk := pending.get()) is not None:
            if failed:
                continue  # take what is left, so that the producer never waits on a full queue
            try:
                out.write(chunk)
            except BaseException as exc:  # handed to the producer, which raises it
                failed.append(exc)

    writer = threading.Thread(target=work, name="consultagg-xlsx-writer", daemon=True)
    writer.start()
    try:
        for chunk in chunks:
            if failed:
                break
            pending.put(chunk)
    finally:
        pending.put(None)
        writer.join()
    if failed:
        raise failed[0]
