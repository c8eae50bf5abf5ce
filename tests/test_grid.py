"""The tracker reader's own sheet parser gives exactly what openpyxl's ``iter_rows`` gives."""

import gc
import io
import zipfile
from datetime import date, datetime, time

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from consultagg.tracker import _grid

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _both(path):
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        out = {}
        for ws in wb.worksheets:
            ours = _grid.rows(ws)
            out[ws.title] = (ours, _grid._slow(ws))
        return out
    finally:
        wb.close()


def _assert_same(path):
    found = _both(path)
    assert found
    for title, (ours, theirs) in found.items():
        assert ours == theirs, title
        assert [type(v) for r in ours for v in r] == [type(v) for r in theirs for v in r], title
    return found


def test_values_of_a_workbook_saved_by_openpyxl(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "意见"
    ws.append(["意见编号", "意见内容", "数量", "比例", "是否采纳", "日期", "时刻"])
    ws.append(["C-1", "  建议增加黄河流域内容。\n第二行 ", 3, 0.25, True, datetime(2024, 3, 1, 9, 30), time(8, 15)])
    ws.append(["C-2", "_x000D_ 字面转义", -7, 1e-7, False, date(2023, 12, 31), None])
    ws["A6"] = "中间空了两行"
    ws["C6"] = "=SUM(C2:C3)"  # a formula with no cached value: None, as openpyxl gives
    ws["J6"] = 12345678901234
    ws["B8"].number_format = "0.00"  # a styled cell with no value
    ws["B9"] = CellRichText(["普通", TextBlock(InlineFont(b=True), "加粗"), "结尾"])
    other = wb.create_sheet("空表")
    other.sheet_state = "hidden"
    third = wb.create_sheet("数字")
    for i in range(1, 60):
        third.append([i, i / 7, f"第{i}条", None, "" if i % 2 else "x"])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    found = _assert_same(path)
    rows = found["意见"][0]
    assert rows[1][1] == "  建议增加黄河流域内容。\n第二行 " and rows[1][5] == datetime(2024, 3, 1, 9, 30)
    assert rows[3] == () and rows[4] == ()
    assert rows[8][1] == "普通加粗结尾"


def test_a_tracker_written_by_the_package(tmp_path):
    from consultagg.records import Comment, Department, Opinion
    from consultagg.result import ConsultationResult
    from consultagg.tracker import write_tracker

    ops = tuple(Opinion(Comment(f"C-{i}", f"建议{i}：<补充> & “生态补偿”内容。" + "很长" * (i * 300)),
                        Department("财政厅"), i, True, 0) for i in range(40))
    path = write_tracker(ConsultationResult(ops, title="规划"), tmp_path / "t.xlsx")
    found = _assert_same(path)
    assert any("<补充> & “生态补偿”" in str(v) for r in found["意见汇总处理表"][0] for v in r)


def _with_sheet_xml(tmp_path, xml: str, *, date1904=False):
    """An openpyxl workbook whose first sheet's XML is replaced by ``xml``."""
    wb = Workbook()
    wb.active["A1"] = "占位"
    wb.active["B1"].number_format = "yyyy-mm-dd"  # style 1 is a date format
    wb.epoch = datetime(1904, 1, 1) if date1904 else wb.epoch
    buf = io.BytesIO()
    wb.save(buf)
    path = tmp_path / "hand.xlsx"
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = xml.encode("utf-8")
            dst.writestr(info, data)
    return path


HAND = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="{NS}"><x:sheetData>
<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:r><x:t>富</x:t></x:r><x:r><x:rPr/><x:t>文本</x:t></x:r>
<x:rPh sb="0" eb="1"><x:t>フ</x:t></x:rPh></x:is></x:c><x:c r="D2" s="1"><x:v>45292</x:v></x:c></x:row>
<x:row><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>缓存</x:v></x:c></x:row>
<x:row r="5" spans="1:3"/>
<x:row r="7"><x:c r="C7" t="d"><x:v>2024-05-06T07:08:09</x:v></x:c><x:c r="A7"><x:v>1.5E3</x:v></x:c>
<x:c r="B7" t="inlineStr"><x:is><x:t>&lt;a&gt; &amp; &#x4E2D;</x:t></x:is></x:c></x:row>
<x:row r="6"><x:c r="A6"><x:v>9</x:v></x:c></x:row>
<x:row r="8"><x:c r="A8" t="inlineStr"><x:is><x:t/></x:is></x:c><x:c r="B8" t="inlineStr"/></x:row>
</x:sheetData></x:worksheet>"""


@pytest.mark.parametrize("date1904", [False, True])
def test_hand_written_xml_other_producers_write(tmp_path, date1904):
    """Prefixed namespace, rows and cells without references, phonetic runs, out-of-order rows."""
    found = _assert_same(_with_sheet_xml(tmp_path, HAND, date1904=date1904))
    rows = found["Sheet"][0]
    assert rows[1][1] == "富文本" and rows[2][:3] == (True, "#N/A", "缓存")
    assert isinstance(rows[1][3], datetime)
    # Cells out of column order: the last one sets the width (openpyxl's rule), so C7 is not seen.
    assert rows[6] == (1500.0, "<a> & 中")
    # Row 6 written after row 7 breaks the format's ascending order; openpyxl skips it, as here.
    assert rows[5] == () and rows[7] == ("", None)


def test_empty_sheet_data_and_a_fallback_for_what_cannot_be_cut(tmp_path):
    empty = f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData/></worksheet>'
    assert _both(_with_sheet_xml(tmp_path, empty))["Sheet"] == ([], [])
    # A CDATA section may hide "</row>": the byte cutter gives up and the stream parser reads it.
    cdata = (f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" t="inlineStr">'
             '<is><t><![CDATA[a</row>b]]></t></is></c></row></sheetData></worksheet>')
    found = _assert_same(_with_sheet_xml(tmp_path, cdata))
    assert found["Sheet"][0] == [("a</row>b",)]


def test_small_blocks_cut_between_rows(tmp_path):
    wb = Workbook()
    ws = wb.active
    for i in range(200):
        ws.append([f"第{i}行", i, None, "尾" * (i % 13)])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml")
    for block in (16, 97, 1024):
        cut = [e.get("r") for e in _grid._chunked_rows(io.BytesIO(xml), block=block)]
        whole = [e.get("r") for e in _grid._streamed_rows(io.BytesIO(xml))]
        assert cut == whole and len(cut) == 200


def test_the_collector_is_restored():
    assert gc.isenabled()
    with pytest.raises(RuntimeError), _grid.gc_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()
