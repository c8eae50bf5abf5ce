"""Render the demo tracker's main sheet to docs/images/tracker.png (the picture of the tracker guide).

Steps: ``consultagg demo`` writes the demo tracker; a copy gets a few decisions filled in (to show
what staff type, and the shading of a row whose 处理意见 needs a reason it lacks) and keeps the
title, the header and a window of opinion rows. As on paper, the 17 columns are shown in two bands,
each printed on one page: the opinion (序号 … 修改建议) and, with the id columns repeated, what the
office adds (主题 … 备注). LibreOffice turns each into a PDF, ``pdftoppm`` the page into a PNG, and
Pillow crops the margins and stacks the two bands.

Needs LibreOffice (``soffice``) and poppler (``pdftoppm``), e.g.
``apt-get install -y --no-install-recommends libreoffice-calc poppler-utils``, and a CJK font
(Noto CJK). Run from the repository root::

    python tools/render_tracker_picture.py            # writes docs/images/tracker.png
    python tools/render_tracker_picture.py --dpi 100 -o /tmp/tracker.png
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook
from PIL import Image, ImageChops

ROOT = Path(__file__).resolve().parents[1]
MAIN_SHEET = "意见汇总处理表"
HEADER_ROW = 3
# The window of opinion rows shown: from the first row quoting the draft's wording (原文).
N_ROWS = 6
# Decisions typed for the picture, by 意见编号 (ids of the demo consultation). The fourth leaves out
# the reason 不采纳 requires: the sheet shades such a row.
DECISIONS = {
    "C6B9D81AB17": {"处理意见": "采纳", "修改情况": "已将该表述修改为“确保如期实现碳达峰目标”"},
    "GZ202104130073": {"处理意见": "部分采纳",
                       "处理说明（理由）": "PM2.5目标与国家下达的约束性指标衔接，保留30微克/立方米，增加“力争达到28微克/立方米”的表述。",
                       "修改情况": "专栏1增加预期性表述"},
    "GZ202104140074": {"处理意见": "合并处理", "处理说明（理由）": "同意见编号 GZ202104130073（重复意见，随该条处理）"},
    "C228C10467E": {"处理意见": "不采纳"},
}


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        sys.exit(f"{tool} not found: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils")
    return path


def prepare(tracker: Path, out: Path, *, band: int) -> None:
    """A copy of ``tracker`` showing one band of columns of the header and ``N_ROWS`` opinions on one page.

    Band 1: the title and the columns up to 修改建议; band 2: the id columns and those from 主题 on.
    """
    wb = load_workbook(tracker)
    ws = wb[MAIN_SHEET]
    col = {str(c.value): c.column for c in ws[HEADER_ROW] if c.value}
    split, n_id = col["主题"], 3  # 序号, 意见编号, 提出单位 repeated on the second band
    for j in range(1, ws.max_column + 1):
        letter = ws.cell(HEADER_ROW, j).column_letter
        if (band == 1 and j >= split) or (band == 2 and n_id < j < split):
            ws.column_dimensions[letter].hidden = True
    if band == 2:
        for r in range(1, HEADER_ROW):
            ws.row_dimensions[r].hidden = True
    first_data, last_data = HEADER_ROW + 1, ws.max_row
    start = next((r for r in range(first_data, last_data + 1) if ws.cell(r, col["原文"]).value), first_data)
    end = min(start + N_ROWS - 1, last_data)
    for r in range(first_data, last_data + 1):
        if not start <= r <= end:
            ws.row_dimensions[r].hidden = True
        decision = DECISIONS.get(str(ws.cell(r, col["意见编号"]).value))
        for header, value in (decision or {}).items():
            ws.cell(r, col[header]).value = value
    missing = set(DECISIONS) - {str(ws.cell(r, col["意见编号"]).value) for r in range(start, end + 1)}
    if missing:
        print(f"note: opinions {sorted(missing)} are not in the rows shown; the demo changed?", file=sys.stderr)
    last_col = ws.cell(HEADER_ROW, ws.max_column).column_letter
    ws.print_area = f"A1:{last_col}{end}"
    ws.print_title_cols = None
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.page_setup.orientation = "landscape"
    ws.page_setup.scale = None
    ws.page_setup.fitToWidth = ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.active = wb.worksheets.index(ws)
    wb.save(out)


def crop(png: Path, pad: int = 12) -> Image.Image:
    """The page in ``png`` without its white margins (and the page footer below the table)."""
    im = Image.open(png).convert("RGB")
    ink = ImageChops.difference(im, Image.new("RGB", im.size, "white")).convert("L").point(lambda v: 255 if v > 40 else 0)
    # The footer (第 1 页，共 N 页) is the lowest ink: cut at the last blank band above it.
    rows = [any(ink.getpixel((x, y)) for x in range(0, im.width, 2)) for y in range(im.height)]
    bottom = max(y for y, filled in enumerate(rows) if filled)
    y = bottom
    while y > 0 and rows[y]:
        y -= 1
    gap_top = y
    while gap_top > 0 and not rows[gap_top]:
        gap_top -= 1
    if bottom - gap_top > 0 and (y - gap_top) > 10:
        ink = ink.crop((0, 0, im.width, gap_top + 1))
    left, top, right, lower = ink.getbbox()
    box = (max(left - pad, 0), max(top - pad, 0), min(right + pad, im.width), min(lower + pad, im.height))
    return im.crop(box)


def stack(bands: list[Image.Image], out: Path, gap: int = 24) -> None:
    """The bands one below the other on white, left-aligned."""
    width, height = max(b.width for b in bands), sum(b.height for b in bands) + gap * (len(bands) - 1)
    sheet = Image.new("RGB", (width, height), "white")
    y = 0
    for b in bands:
        sheet.paste(b, (0, y))
        y += b.height + gap
    sheet.save(out, optimize=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "images" / "tracker.png")
    ap.add_argument("--dpi", type=int, default=110)
    args = ap.parse_args(argv)
    soffice, pdftoppm = _need("soffice"), _need("pdftoppm")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subprocess.run([sys.executable, "-m", "consultagg", "demo", "-o", str(tmp / "demo")], check=True,
                       stdout=subprocess.DEVNULL)
        books = [tmp / f"band{band}.xlsx" for band in (1, 2)]
        for band, book in enumerate(books, start=1):
            prepare(tmp / "demo" / "tracker.xlsx", book, band=band)
        # A profile of its own: LibreOffice refuses to start beside a running instance's profile.
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp / 'lo'}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), *map(str, books)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        pages = []
        for book in books:
            subprocess.run([pdftoppm, "-png", "-r", str(args.dpi), "-f", "1", "-l", "1", "-singlefile",
                            str(book.with_suffix(".pdf")), str(book.with_suffix(""))], check=True)
            pages.append(crop(book.with_suffix(".png")))
        args.output.parent.mkdir(parents=True, exist_ok=True)
        stack(pages, args.output)
    print(args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
