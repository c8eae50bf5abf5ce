"""Workbooks as rows of cells: ``.xlsx`` through openpyxl, ``.xls``/``.xlsb``/``.ods``/``.et`` through
python-calamine, each sheet with its merged cell ranges.

Offices keep tables in whatever Excel or WPS saves: ``.xlsx``, the old binary ``.xls`` (also what
many platform exports and WPS 表格's ``.et`` are), ``.xlsb``, and LibreOffice's ``.ods``.
:func:`read_sheets` reads any of them into :class:`Sheet` objects, so the reader maps every format
the same way (:mod:`consultagg.io.tables`). The format is told by the file's first bytes, not its
name: an ``.xls`` that is really an ``.xlsx`` is read as one, and an ``.xls`` that is a web page
(an HTML table some platforms export) is refused with a message saying so. python-calamine is an
optional dependency (``pip install 'consultagg[xls]'``), imported when such a file is read.

Merged ranges are kept because offices merge a 提出单位 cell over all the opinions of one unit;
the rows under it are empty in the file. openpyxl's read-only mode (used to read large exports in
little memory) does not read them, so they are taken from the sheet's XML (``<mergeCell
ref="A2:A4"/>``, after the cell data), streamed in chunks: the cost stays that of reading the
member once, within the limits :func:`consultagg.io.limits.check_archive` already checked.

Examples
--------
>>> import tempfile, pathlib
>>> from openpyxl import Workbook
>>> wb = Workbook(); ws = wb.active; ws.title = "意见"
>>> ws.append(["提出单位", "意见内容"]); ws.append(["水利厅", "建议一"]); ws.append([None, "建议二"])
>>> ws.merge_cells("A2:A3")
>>> p = pathlib.Path(tempfile.mkdtemp()) / "意见.xlsx"; wb.save(p)
>>> [(s.title, s.rows[2], s.merged) for s in read_sheets(p, "意见.xlsx")]
[('意见', (None, '建议二'), ((1, 0, 2, 0),))]
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from consultagg.errors import ConsultaggInputError
from consultagg.io import limits
from consultagg.io.documents import open_workbook
from consultagg.io.limits import check_archive
from consultagg.io.unreadable import UnreadableFileError

__all__ = ["CALAMINE_SUFFIXES", "WORKBOOK_SUFFIXES", "XLS_HINT", "Sheet", "read_sheets"]

#: Read through python-calamine.
CALAMINE_SUFFIXES = (".xls", ".xlsb", ".ods", ".et")
#: Every workbook format :func:`read_sheets` reads.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm") + CALAMINE_SUFFIXES
XLS_HINT = "reading .xls, .xlsb, .ods and .et tables needs python-calamine: pip install 'consultagg[xls]'"

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MERGE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]{0,512}?\bref="([A-Za-z]{1,3})(\d{1,7}):'
                    rb'([A-Za-z]{1,3})(\d{1,7})"')
_CHUNK = 1 << 20
_OVERLAP = 1024  # longer than any <mergeCell …/> tag the pattern accepts
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


@dataclass(frozen=True)
class Sheet:
    """One worksheet as read.

    Attributes
    ----------
    title : str
        The sheet's name.
    rows : list of tuple
        Cell values from row 1 and column A (empty cells are None), so that row ``k`` of the
        list is row ``k + 1`` in Excel.
    merged : tuple of (int, int, int, int)
        Merged ranges as 0-based, inclusive ``(first_row, first_col, last_row, last_col)``.
    """

    title: str
    rows: list
    merged: tuple = ()


def read_sheets(p: Path, name: str, wanted: str | int | Sequence[str | int] | None = None) -> list[Sheet]:
    """The sheets of a workbook file (all worksheets, or those ``wanted`` by name or 0-based index).

    Raises
    ------
    ConsultaggInputError
        The file cannot be opened as a workbook (the message names it and says to save it as
        .xlsx), a sheet asked for is missing, or a sheet passes the input limits.
    ImportError
        An .xls/.xlsb/.ods/.et file without python-calamine, with the ``pip install`` line.
    """
    with open(p, "rb") as fh:
        head = fh.read(4096)
    suffix = p.suffix.lower()
    if head.startswith(b"PK"):
        check_archive(p, name)  # before the zip directory is read to tell the format
    if head.startswith(b"PK") and _is_ooxml_workbook(p):
        return _xlsx_sheets(p, name, wanted)
    if suffix in (".xlsx", ".xlsm") and not head.startswith(_OLE):
        return _xlsx_sheets(p, name, wanted)  # openpyxl says what is wrong with it
    text_kind = _text_kind(head)
    if text_kind:
        zh, en = text_kind
        why = f"这是{zh}，只是扩展名为“{suffix}”（常见于系统导出）；请用 Excel 或 WPS 打开后另存为 .xlsx 再分析"
        raise UnreadableFileError(f"{name}：{why}。 The file {name} is {en} with a {suffix} name, as some platforms"
                                  f" export; open it in Excel or WPS and save it as .xlsx.", why)
    return _calamine_sheets(p, name, wanted, suffix, zipped=head.startswith(b"PK"), empty=not head)


# ---------------------------------------------------------------------------------------------
# .xlsx through openpyxl
# ---------------------------------------------------------------------------------------------
def _is_ooxml_workbook(p: Path) -> bool:
    try:
        with zipfile.ZipFile(p) as z:
            return "xl/workbook.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _xlsx_sheets(p: Path, name: str, wanted) -> list[Sheet]:
    wb = open_workbook(p, name)
    try:
        titles = [ws.title for ws in wb.worksheets]
        out = []
        for k in _pick(titles, wanted, name):
            ws = wb.worksheets[k]
            ws.reset_dimensions()  # exports often record a wrong used range
            rows = [tuple(r) for r in ws.iter_rows(min_row=1, values_only=True)]
            out.append(Sheet(ws.title, rows, _xlsx_merged(p, getattr(ws, "_worksheet_path", None))))
        return out
    finally:
        wb.close()


def _xlsx_merged(p: Path, member: str | None) -> tuple:
    """Merged ranges of one sheet, from its XML streamed in chunks (see the module's notes)."""
    if not member:
        return ()
    found = []
    try:
        with zipfile.ZipFile(p) as z, z.open(member) as f:
            buf = b""
            while True:
                chunk = f.read(_CHUNK)
                buf += chunk
                cut = len(buf) if not chunk else max(0, len(buf) - _OVERLAP)
                for m in _MERGE.finditer(buf):
                    if m.start() >= cut:
                        break
                    found.append(_range(*m.groups()))
                if not chunk:
                    break
                buf = buf[cut:]
    except (KeyError, zipfile.BadZipFile, OSError):
        return ()
    return tuple(sorted(set(found)))


def _range(c0: bytes, r0: bytes, c1: bytes, r1: bytes) -> tuple[int, int, int, int]:
    def col(letters: bytes) -> int:
        n = 0
        for ch in letters.upper():
            n = n * 26 + ch - 64
        return n - 1
    return int(r0) - 1, col(c0), int(r1) - 1, col(c1)


# ---------------------------------------------------------------------------------------------
# .xls / .xlsb / .ods / .et through python-calamine
# ---------------------------------------------------------------------------------------------
def _text_kind(head: bytes) -> tuple[str, str] | None:
    """What a workbook-named file that is really text holds (Chinese, English), or None."""
    if head.startswith((_OLE, b"PK")) or not head:
        return None
    low = head.lower()
    if b"<html" in low or b"<table" in low or b"<!doctype html" in low:
        return "网页（HTML）格式的表格", "a web page (an HTML table)"
    if b"urn:schemas-microsoft-com:office:spreadsheet" in low:
        return "Excel 2003 XML 格式的表格", "an Excel 2003 XML spreadsheet"
    if b"\x00" not in head and (b"," in head or b"\t" in head) and b"\n" in head:
        return "纯文本（如 CSV 或制表符分隔）的表格", "plain text (such as CSV or tab-separated values)"
    return None


def _calamine_sheets(p: Path, name: str, wanted, suffix: str, *, zipped: bool, empty: bool = False) -> list[Sheet]:
    try:
        import python_calamine
    except ImportError as exc:
        raise ImportError(XLS_HINT) from exc
    try:
        with open(p, "rb") as fh:
            wb = python_calamine.CalamineWorkbook.from_filelike(fh)
        kinds = {m.name: str(getattr(m, "typ", "WorkSheet")) for m in wb.sheets_metadata}
        titles = [t for t in wb.sheet_names if "WorkSheet" in kinds.get(t, "WorkSheet")]
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # CalamineError, OSError, and a Rust panic (a BaseException)
        raise _cannot_open(name, suffix, exc, empty=empty) from exc
    out = []
    for k in _pick(titles, wanted, name):
        title = titles[k]
        try:
            sheet = wb.get_sheet_by_name(title)
            # The sheet is parsed by now; its size is checked before Python objects are made of it.
            first = sheet.start or (0, 0)
            height, width = first[0] + sheet.height, first[1] + sheet.width
            if height > limits.MAX_ROWS:
                raise limits.rows_error(name, title, height)
            if height * width > limits.MAX_CELLS:
                raise limits.cells_error(name, title, height)
            raw = sheet.to_python(skip_empty_area=False)
            merged = getattr(sheet, "merged_cell_ranges", None)
        except ConsultaggInputError:
            raise
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:
            raise _cannot_open(name, suffix, exc, sheet=title) from exc
        rows = [tuple(None if v == "" else v for v in r) for r in limits.limited_rows(raw, name, title)]
        while rows and all(v is None for v in rows[-1]):
            rows.pop()
        if merged is None and zipped:
            merged = _ods_merged(p, title)
        ranges = tuple(sorted({(r0, c0, r1, c1) for (r0, c0), (r1, c1) in merged or ()}))
        out.append(Sheet(title, rows, ranges))
    if hasattr(wb, "close"):
        wb.close()
    return out


def _cannot_open(name: str, suffix: str, exc: BaseException, sheet: str | None = None,
                 empty: bool = False) -> UnreadableFileError:
    kind = {".xls": "Excel 97-2003 工作簿", ".et": "WPS 表格", ".xlsb": "Excel 二进制工作簿",
            ".ods": "OpenDocument 电子表格"}.get(suffix, "工作簿")
    where = f"工作表“{sheet}”" if sheet else ""
    # (the reader's own words stay in the English sentence: the office reads the Chinese one)
    why = (f"{where}无法作为{kind}（{suffix}）读取：" + ("文件为空（0 字节），请向报送单位重新索取" if empty else
           "文件可能已损坏或是其他格式；请用 Excel 或 WPS 打开后另存为 .xlsx 再分析"))
    return UnreadableFileError(
        f"{name}：{why}。 Cannot read {name}{f' (sheet {sheet})' if sheet else ''} as a {suffix} workbook ({exc});"
        f" open it in Excel or WPS and save it as .xlsx.", why)


def _ods_merged(p: Path, title: str) -> tuple:
    """Vertically or horizontally merged ranges of one .ods sheet, from ``content.xml`` (calamine
    does not give them for this format); ``((first_row, first_col), (last_row, last_col))``."""
    tag = f"{{{_TABLE_NS}}}"
    out, row, col, inside = [], 0, 0, False
    try:
        with zipfile.ZipFile(p) as z, z.open("content.xml") as f:
            for event, el in ElementTree.iterparse(f, events=("start", "end")):
                local = el.tag
                if local == tag + "table":
                    if event == "start":
                        inside, row = el.get(tag + "name") == title, 0
                    elif inside:
                        break
                    continue
                if not inside:
                    if event == "end" and local == tag + "table-row":
                        el.clear()
                    continue
                if local == tag + "table-row":
                    if event == "start":
                        col = 0
                    else:
                        row += int(el.get(tag + "number-rows-repeated", "1"))
                        el.clear()
                elif local in (tag + "table-cell", tag + "covered-table-cell") and event == "end":
                    rows_spanned = int(el.get(tag + "number-rows-spanned", "1"))
                    cols_spanned = int(el.get(tag + "number-columns-spanned", "1"))
                    if rows_spanned > 1 or cols_spanned > 1:
                        out.append(((row, col), (row + rows_spanned - 1, col + cols_spanned - 1)))
                    col += int(el.get(tag + "number-columns-repeated", "1"))
    except (KeyError, zipfile.BadZipFile, OSError, ElementTree.ParseError, ValueError):
        return ()
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# which sheets
# ---------------------------------------------------------------------------------------------
def _pick(titles: list[str], wanted, name: str) -> list[int]:
    """Indexes of the sheets asked for (all by default), by name or 0-based index."""
    if wanted is None:
        return list(range(len(titles)))
    out = []
    for w in wanted if isinstance(wanted, (list, tuple)) else [wanted]:
        if isinstance(w, int) and 0 <= w < len(titles):
            out.append(w)
        elif isinstance(w, str) and w in titles:
            out.append(titles.index(w))
        else:
            raise ConsultaggInputError(f"{name}：没有工作表“{w}”；现有工作表：{'、'.join(titles)}。"
                                       f" No sheet {w!r} in {name}; sheets: {', '.join(titles)}.")
    return out

