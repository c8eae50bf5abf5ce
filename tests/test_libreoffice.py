"""The tracker as LibreOffice sees it: printable, and still text and decisions after a round trip.

Skipped when ``soffice`` is not on PATH.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from consultagg.tracker import write_tracker
from consultagg.tracker.safety import unescape_ooxml

sys.path.insert(0, str(Path(__file__).parent))  # the helpers also work under --import-mode=importlib
from test_tracker_writer import INJECTIONS, SAMPLE, make_result  # noqa: E402

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def convert(tmp_path_factory):
    """``convert(src, fmt, outdir)``: LibreOffice headless conversion with a private profile."""
    profile = tmp_path_factory.mktemp("lo_profile")

    def run(src: Path, fmt: str, outdir: Path) -> Path:
        outdir.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run(
            [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
             "--convert-to", fmt, "--outdir", str(outdir), str(src)],
            capture_output=True, text=True, timeout=240)
        out = outdir / f"{src.stem}.{fmt.split(':')[0]}"
        assert proc.returncode == 0 and out.is_file(), (proc.stdout, proc.stderr)
        return out

    return run


ROWS = SAMPLE + [dict(text=t, dept="社会公众", category="公众", change=t) for t in INJECTIONS] + [
    dict(text="原文_x000D_保留\x00", dept="生态环境厅", disposition="待定")]


@pytest.mark.parametrize("profile", ["plan", "gbt", "iso"])
def test_converts_to_pdf(tmp_path, convert, profile):
    src = write_tracker(make_result(ROWS), tmp_path / f"{profile}.xlsx", profile=profile)
    pdf = convert(src, "pdf", tmp_path / "pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000


def test_round_trip_keeps_text_and_decisions(tmp_path, convert):
    result = make_result(ROWS)
    src = write_tracker(result, tmp_path / "tracker.xlsx")
    out = convert(src, "xlsx", tmp_path / "lo")
    wb = load_workbook(out)
    ws = wb["意见汇总处理表"]
    records = result.to_records()
    headers = [c.value for c in ws[3]]
    col = {h: i + 1 for i, h in enumerate(headers)}
    for i, rec in enumerate(records):
        row = 4 + i
        assert ws.cell(row, col["处理意见"]).value == (rec["disposition"] or None)
        assert ws.cell(row, col["处理说明（理由）"]).value == (rec["reason"] or None)
        for header, key in (("意见内容", "comment_text"), ("修改建议", "proposed_change")):
            cell = ws.cell(row, col[header])
            expected = rec[key].replace("\x00", "\ufffd") or None
            assert cell.data_type == "s" if expected else cell.value is None
            assert cell.value == expected, (header, rec[key])
    # no cell of the main sheet became a formula
    with zipfile.ZipFile(out) as z:
        names = load_workbook(out, read_only=True).sheetnames
        xml = z.read(f"xl/worksheets/sheet{names.index('意见汇总处理表') + 1}.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    # the dropdown still comes from the hidden list
    assert "DispositionList" in wb.defined_names
    assert wb["_lists"].sheet_state == "hidden"
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and "DispositionList" in dv.formula1


def test_escaped_sequence_reads_back_exactly_after_libreoffice(tmp_path, convert):
    src = write_tracker(make_result([dict(text="原文_x000D_保留")]), tmp_path / "x.xlsx")
    out = convert(src, "xlsx", tmp_path / "lo")
    value = load_workbook(out)["意见汇总处理表"]["I4"].value
    assert unescape_ooxml(value) == "原文_x000D_保留"


def _char_sizes(pdf: Path, page_numbers=(0,)) -> list[float]:
    """Rendered size (pt) of every character on the given pages, as pdfminer measures it."""
    pdfminer = pytest.importorskip("pdfminer.high_level", reason="pip install pdfminer.six")
    from pdfminer.layout import LTChar, LTTextContainer

    sizes = []
    for page in pdfminer.extract_pages(str(pdf), page_numbers=list(page_numbers)):
        stack = list(page)
        while stack:
            el = stack.pop()
            if isinstance(el, LTChar):
                if el.get_text().strip():
                    sizes.append(el.size)
            elif isinstance(el, LTTextContainer) or hasattr(el, "__iter__"):
                stack.extend(el)
    return sizes


def test_the_main_sheet_prints_legibly(tmp_path, convert):
    # Printed, the 17-column tracker must be read on paper: body text at least 9 pt (fitting 17
    # columns to one A4 width printed it at 3.9 pt).
    from consultagg.cli import run_demo

    run_demo(tmp_path / "demo", progress=None)
    wb = load_workbook(tmp_path / "demo" / "tracker.xlsx")
    for name in wb.sheetnames[1:]:  # the main sheet alone, as an office prints it
        del wb[name]
    only = tmp_path / "main.xlsx"
    wb.save(only)
    pdf = convert(only, "pdf", tmp_path / "pdf")
    sizes = sorted(_char_sizes(pdf, page_numbers=(0, 1)))
    assert len(sizes) > 500
    body = sizes[len(sizes) // 20:]  # the footer and the smallest 5 % aside
    print(f"character sizes on the first pages: min {sizes[0]:.1f}, 5th percentile {body[0]:.1f}, "
          f"median {sizes[len(sizes) // 2]:.1f} pt")
    assert body[0] >= 9.0
