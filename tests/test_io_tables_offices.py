"""Tables as drafting offices keep them: merged unit cells, one sheet per unit beside a summary
sheet, a text column without a recognisable header, numbered roster lists."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

import consultagg as ca
from consultagg.errors import ConsultaggInputError
from consultagg.io.rosters import read_roster

OPINIONS = ["建议将城市生活污水集中收集率目标值调整为65%。", "建议补充黄河流域生态保护修复的内容。",
            "建议细化地下水超采区综合治理措施。", "建议增加草原综合植被盖度指标。",
            "建议公开重点排污单位名录并定期更新。"]


def _save(wb, path):
    wb.save(path)
    return path


def test_a_merged_unit_cell_fills_down(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["提出单位", "意见内容"])
    units = ["自治区水利厅", None, None, "自治区林草局", "自治区生态环境厅"]
    for unit, text in zip(units, OPINIONS):
        ws.append([unit, text])
    ws.merge_cells("A2:A4")
    got = ca.read_comments(_save(wb, tmp_path / "合并单元格.xlsx"))
    assert [c.department for c in got] == ["自治区水利厅"] * 3 + ["自治区林草局", "自治区生态环境厅"]
    assert [c.source.row for c in got] == [2, 3, 4, 5, 6]
    assert any("合并单元格" in n and "第2—4行" in n and "提出单位" in n for n in got.notes), got.notes


def test_a_merged_unit_cell_under_title_rows_and_beside_merged_text(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["某规划征求意见汇总表"])
    ws.merge_cells("A1:C1")
    ws.append(["序号", "提出单位", "意见内容"])
    ws.append([1, "自治区水利厅", OPINIONS[0]])
    ws.append([2, None, OPINIONS[1]])
    ws.append([3, "自治区林草局", OPINIONS[2]])
    ws.append([4, "自治区财政厅", None])
    ws.merge_cells("B3:B4")
    ws.merge_cells("C5:C6")  # one opinion written over two rows is not copied into the second
    got = ca.read_comments(_save(wb, tmp_path / "标题.xlsx"))
    assert [(c.department, c.text) for c in got] == [("自治区水利厅", OPINIONS[0]), ("自治区水利厅", OPINIONS[1]),
                                                      ("自治区林草局", OPINIONS[2])]
    assert got.empty_rows == [f"{tmp_path / '标题.xlsx'} 第6行"]
    assert any("第5—6行" in n and "意见内容" in n for n in got.notes), got.notes


def test_one_sheet_per_unit_takes_the_sheet_name_as_the_unit(tmp_path):
    wb = Workbook()
    wb.remove(wb.active)
    for unit, texts in (("自治区水利厅", OPINIONS[:2]), ("自治区生态环境厅", OPINIONS[2:3])):
        ws = wb.create_sheet(unit)
        ws.append(["序号", "章节", "意见内容"])
        for k, t in enumerate(texts, 1):
            ws.append([k, "第三章", t])
    got = ca.read_comments(_save(wb, tmp_path / "分单位.xlsx"))
    assert [(c.department, c.text, c.source.sheet) for c in got] == [
        ("自治区水利厅", OPINIONS[0], "自治区水利厅"), ("自治区水利厅", OPINIONS[1], "自治区水利厅"),
        ("自治区生态环境厅", OPINIONS[2], "自治区生态环境厅")]
    assert any("工作表名" in n and "自治区生态环境厅" in n for n in got.notes), got.notes


def test_a_sheet_named_sheet1_is_not_a_unit(tmp_path):
    wb = Workbook()
    wb.active.title = "Sheet1"
    wb.active.append(["序号", "意见内容"])
    wb.active.append([1, OPINIONS[0]])
    got = ca.read_comments(_save(wb, tmp_path / "s.xlsx"))
    assert got[0].department is None


@pytest.mark.parametrize("summary", ["汇总", "总表", "合计", "意见汇总表"])
def test_a_summary_sheet_beside_unit_sheets_is_not_counted_twice(tmp_path, summary):
    wb = Workbook()
    ws = wb.active
    ws.title = summary
    ws.append(["序号", "提出单位", "意见内容"])
    rows = [("自治区水利厅", OPINIONS[0]), ("自治区水利厅", OPINIONS[1]), ("自治区生态环境厅", OPINIONS[2])]
    for k, (u, t) in enumerate(rows, 1):
        ws.append([k, u, t])
    ws.append([4, "自治区林草局", OPINIONS[3]])  # only in the summary: kept
    for unit, texts in (("自治区水利厅", OPINIONS[:2]), ("自治区生态环境厅", OPINIONS[2:3])):
        s = wb.create_sheet(unit)
        s.append(["序号", "意见内容"])
        for k, t in enumerate(texts, 1):
            s.append([k, t])
    got = ca.read_comments(_save(wb, tmp_path / "汇总.xlsx"))
    assert sorted((c.department, c.text) for c in got) == sorted(rows + [("自治区林草局", OPINIONS[3])])
    assert len(got) == 4
    note = next(n for n in got.notes if "未重复计入" in n)
    assert summary in note and "3" in note


def test_an_unnamed_text_column_is_chosen_by_its_sentences(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "提出单位", "章节", None, "联系人"])
    for k, t in enumerate(OPINIONS[:3], 1):
        ws.append([k, "自治区水利厅", "第三章", t, "张三"])
    got = ca.read_comments(_save(wb, tmp_path / "无表头.xlsx"))
    assert [c.text for c in got] == OPINIONS[:3] and got[0].department == "自治区水利厅"
    assert any("D列" in n and "意见内容" in n and "按内容" in n for n in got.notes), got.notes


def test_a_text_column_under_an_unknown_header_is_chosen_by_its_sentences(tmp_path):
    path = tmp_path / "说明.csv"
    path.write_text("序号,单位名称,情况说明\n" + "".join(f"{k},自治区水利厅,{t}\n" for k, t in enumerate(OPINIONS, 1)),
                    encoding="utf-8")
    got = ca.read_comments(path)
    assert [c.text for c in got] == OPINIONS
    assert any("情况说明" in n and "按内容" in n for n in got.notes), got.notes


def test_without_sentences_no_column_is_guessed(tmp_path):
    path = tmp_path / "名单.csv"
    path.write_text("序号,单位名称,联系人\n1,自治区水利厅,张三\n2,自治区林草局,李四\n", encoding="utf-8")
    with pytest.raises(ConsultaggInputError, match="未找到意见内容列"):
        ca.read_comments(path)


def test_decision_columns_are_never_taken_for_the_text(tmp_path):
    path = tmp_path / "处理.csv"
    path.write_text("序号,单位名称,处理意见\n" + "".join(f"{k},自治区水利厅,采纳，已在第三章修改完善相关表述。\n"
                                                   for k in range(1, 4)), encoding="utf-8")
    with pytest.raises(ConsultaggInputError, match="未找到意见内容列"):
        ca.read_comments(path)


@pytest.mark.parametrize("line", ["1. 自治区发展改革委", "（2）自治区发展改革委", "3、自治区发展改革委",
                                  "(4) 自治区发展改革委", "5．自治区发展改革委", "①自治区发展改革委",
                                  "一、自治区发展改革委", "12 自治区发展改革委"])
def test_numbered_roster_lines_lose_the_number(tmp_path, line):
    assert read_roster([line]) == ["自治区发展改革委"]
    p = tmp_path / "名单.txt"
    p.write_text(f"征求意见单位名单\n{line}\n（2）自治区水利厅\n", encoding="utf-8")
    assert read_roster(p) == ["自治区发展改革委", "自治区水利厅"]


def test_roster_names_that_start_with_a_number_keep_it():
    assert read_roster(["12345热线", "1号线项目部"]) == ["12345热线", "1号线项目部"]
