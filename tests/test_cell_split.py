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
    assert [(c.department, c.text) for c in rows] == [
        ("自治区水利厅", "建议在第五章增加河湖长制内容。"),
        ("自治区水利厅", "建议删除第六章关于水价改革的表述。"),
        ("自治区交通运输厅", "建议增加绿色交通内容"),
        ("自治区交通运输厅", "建议补充船舶污染防治内容。"),
    ]
    # (a 序号 from 1 names no opinion: the row's id comes from unit and text, each part after it -1, -2)
    assert [c.id[-2:] for c in rows] == ["-1", "-2", "-1", "-2"] and rows[0].id[:-2] == rows[1].id[:-2] != rows[2].id[:-2]
    assert all(c.source.row for c in rows)
    assert any("一格中有2条意见" in n for n in rows.notes)


def test_one_request_or_a_list_inside_one_request_stays_whole(tmp_path):
    path = _sheet(tmp_path, [[1, "自治区林业局", "建议增加以下内容：1.湿地保护率；2.红树林面积。"],
                             [2, "自治区林业局", "建议将第三章第二节中的“原则上”删除。"]])
    assert len(ca.read_comments(path)) == 2


def test_rows_a_program_passes_stay_one_to_one():
    rows = ca.read_comments([{"意见内容": "1.建议增加A内容。2.建议删除B表述。", "提出单位": "水利厅"}])
    assert len(rows) == 1


def _form_sheet(tmp_path, rows, name="反馈表.xlsx"):
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    path = tmp_path / name
    wb.save(path)
    return path


def test_a_form_whose_only_opinion_column_is_xiugai_jianyi(tmp_path):
    path = _form_sheet(tmp_path, [["填报单位（盖章）：自治区统计局"],
                                  ["序号", "章节条款", "原文内容", "修改建议", "修改理由"],
                                  [1, "第二章", "单位GDP能耗降低13.5%", "建议与国家下达目标保持一致", "国家尚未下达"]])
    rows = ca.read_comments(path)
    assert [(c.department, c.text, c.location) for c in rows] == [
        ("自治区统计局", "建议与国家下达目标保持一致", "第二章")]
    assert any("表头上方的填报单位" in n for n in rows.notes)  # said as it is, not "按工作表名"


def test_no_comment_in_the_opinion_column_is_a_roster_state_not_a_header(tmp_path):
    path = _form_sheet(tmp_path, [["填报单位（盖章）：自治区统计局"],
                                  ["序号", "章节条款", "原文内容", "修改建议", "修改理由"],
                                  [1, None, None, "无修改意见", None]])
    rows = ca.read_comments(path)
    assert len(rows) == 0 and rows.no_opinion_units == ["自治区统计局"]
    path = _form_sheet(tmp_path, [["提出单位", "修改意见"], ["自治区气象局", "原则同意，无意见。"],
                                  ["自治区水利厅", "建议补充节水指标。"]], "b.xlsx")
    rows = ca.read_comments(path)
    assert [c.department for c in rows] == ["自治区水利厅"] and rows.no_opinion_units == ["自治区气象局"]
