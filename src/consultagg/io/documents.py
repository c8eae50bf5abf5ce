"""Office files opened within the input limits: ``.xlsx`` workbooks and ``.docx`` documents.

Both are zip archives read by a third-party library (openpyxl, python-docx) that the function
opening them imports when it runs. Each archive's zip directory is checked first
(:func:`consultagg.io.limits.check_archive`), and a workbook's sheets are read within the row,
cell-count and cell-length limits; a file that cannot be opened is reported with an input error
naming it. :func:`docx_blocks` gives a document's paragraphs and tables in document order, so a
comment form inside a letter can be read as a table.
"""

from __future__ import annotations

import os
from pathlib import Path

from consultagg.errors import ConsultaggInputError
from consultagg.io.limits import check_archive, guard_worksheet

__all__ = ["UNSUPPORTED_FORMATS", "docx_blocks", "docx_text", "open_workbook"]

_DOCX_HINT = "reading .docx needs python-docx: pip install 'consultagg[docx]'"

#: Formats no reader reads, with what the office should do: ``suffix -> (Chinese, English)``.
UNSUPPORTED_FORMATS = {
    ".doc": ("Word 97-2003 文档（.doc）无法直接读取，请用 Word 或 WPS 打开后另存为 .docx 再分析",
             "old Word documents (.doc) are not read; open it in Word or WPS and save it as .docx"),
    ".wps": ("WPS 文字文档（.wps）无法直接读取，请用 WPS 打开后另存为 .docx 再分析",
             "WPS Writer documents (.wps) are not read; open it in WPS and save it as .docx"),
    ".pdf": ("PDF 文件无法直接读取，请另存为 .docx 或 .txt 再分析（扫描件需先做文字识别）",
             "PDF files are not read; save it as .docx or .txt (put a scan through OCR first)"),
}


def open_workbook(p: Path, name: str):
    """``p`` opened read-only with cached values; a clear error naming the file otherwise.

    The zip directory is checked against :mod:`consultagg.io.limits` first, and every sheet's rows
    are read within its row, cell-count and cell-length limits.
    """
    from openpyxl import load_workbook

    check_archive(p, name)
    try:
        wb = load_workbook(p, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, InvalidFileException, KeyError ...
        raise ConsultaggInputError(f"{name}：无法作为 Excel 工作簿打开（{exc}）。"
                                   f" Cannot open {name} as an xlsx workbook: {exc}") from exc
    for ws in wb.worksheets:
        guard_worksheet(ws, name)
    return wb


def docx_blocks(p: Path) -> list:
    """A .docx in document order: paragraph texts (str) and tables (lists of rows of cell texts)."""
    try:
        import docx
    except ImportError as exc:
        raise ImportError(_DOCX_HINT) from exc
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_archive(p, os.fspath(p))
    try:
        doc = docx.Document(os.fspath(p))
    except Exception as exc:
        raise ConsultaggInputError(f"{p}：无法作为 Word 文档打开（{exc}）。 Cannot open {p} as .docx: {exc}") from exc
    blocks: list = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            rows = []
            for row in Table(child, doc).rows:
                cells, seen = [], []
                for cell in row.cells:
                    if any(cell._tc is tc for tc in seen):  # a merged cell repeats in every column it spans
                        continue
                    seen.append(cell._tc)
                    cells.append(cell.text.strip())
                rows.append(cells)
            blocks.append(rows)
    return blocks


def docx_text(p: Path) -> str:
    """Paragraphs and table rows of a .docx in document order; table cells joined by tabs."""
    lines: list[str] = []
    for block in docx_blocks(p):
        lines.extend([block] if isinstance(block, str) else ("\t".join(row) for row in block))
    return "\n".join(lines)
