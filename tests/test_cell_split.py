"""A spreadsheet cell with several numbered requests gives one opinion per request (each tracker
row one request); a cell with one request, a list inside one request, and rows a program passes
in stay whole. Failed before: the cell was one opinion."""

from openpyxl import Workbook

import consultagg as ca


def _sheet(tmp_path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "提出单位", "意见内容"])
    for r in rows:
        ws.append(r)
    path = tmp_path / "汇总.xlsx"
    wb.save(path)
    return path


def test_numbered_requests_in_one_cell_split(tmp_path):
    path = _sheet(tmp_path, [[1, "自治区水利厅", "1.建议在第五章增加河湖长制内容。2.建议删除第六章关于水价改革的表述。"],
                             [2, "自治区交通运输厅", "（1）建议增加绿色交通内容；（2）建议补充船舶污染防治内容。"]])
    rows = ca.read_comments(path)
    assert [(c.id, c.department, c.text) for c in rows] == [
        ("1-1", "自治区水利厅", "建议在第五章增加河湖长制内容。"),
        ("1-2", "自治区水利厅", "建议删除第六章关于水价改革的表述。"),
        ("2-1", "自治区交通运输厅", "建议增加绿色交通内容"),
        ("2-2", "自治区交通运输厅", "建议补充船舶污染防治内容。"),
    ]
    assert all(c.source.row for c in rows)
    assert any("一格中有2条意见" in n for n in rows.notes)


def test_one_request_or_a_list_inside_one_request_stays_whole(tmp_path):
    path = _sheet(tmp_path, [[1, "自治区林业局", "建议增加以下内容：1.湿地保护率；2.红树林面积。"],
                             [2, "自治区林业局", "建议将第三章第二节中的“原则上”删除。"]])
    assert len(ca.read_comments(path)) == 2


def test_rows_a_program_passes_stay_one_to_one():
    rows = ca.read_comments([{"意见内容": "1.建议增加A内容。2.建议删除B表述。", "提出单位": "水利厅"}])
    assert len(rows) == 1
