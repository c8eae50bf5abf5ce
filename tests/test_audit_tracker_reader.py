"""Reading an edited tracker back: the outside test's problems A2, A6, A7 and A8 (/tmp/audit/REPORT.md).

- A2: a decision header with a remark or a colon (处理意见（必填）, 处理意见：, 拟处理意见 …) is read, and
  a tracker whose own 处理意见 column cannot be found says so instead of reading 0 decisions.
- A6: decisions typed in a copy of the main sheet are read (and the sheet read is named).
- A7: a decision typed once across merged cells reaches every row the merge covers.
- A8: a formula without a cached value in a decision cell is reported, naming the cell.

Each test builds its own tracker in ``tmp_path``.
"""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from consultagg.records import Comment, Department, Opinion
from consultagg.result import ConsultationResult
from consultagg.tracker import read_tracker, write_tracker
from consultagg.tracker import _grid
from consultagg.tracker.guard import find_decisions
from consultagg.tracker.reader import header_key

MAIN = "意见汇总处理表"
TEXTS = [("C-1", "建议补充碳达峰行动内容。", "自治区发展改革委"),
         ("C-2", "建议增加再生水利用率指标。", "自治区水利厅"),
         ("C-3", "建议明确地下水超采区治理任务。", "自治区水利厅"),
         ("C-4", "建议增加农村污水治理资金。", "自治区财政厅")]


def _tracker(tmp_path, name="t.xlsx"):
    ops = tuple(Opinion(Comment(cid, text), Department(unit), group_id=i, is_representative=True, topic_id=0)
                for i, (cid, text, unit) in enumerate(TEXTS))
    return write_tracker(ConsultationResult(ops, title="生态环境保护规划"), tmp_path / name)


def _columns(ws, header_row=3):
    return {c.value: c.column for c in ws[header_row] if c.value}


def _rows_by_id(ws, header_row=3):
    col = _columns(ws, header_row)
    return {ws.cell(r, col["意见编号"]).value: r for r in range(header_row + 1, ws.max_row + 1)
            if ws.cell(r, col["意见编号"]).value}


def _fill(ws, decisions):
    """``decisions``: {comment_id: {header: value}} typed into ``ws``."""
    col, at = _columns(ws), _rows_by_id(ws)
    for cid, values in decisions.items():
        for header, value in values.items():
            ws.cell(at[cid], col[header]).value = value


def _by_id(data):
    return {r["comment_id"]: r for r in data.rows}


# -- A2: headers with a remark, a colon, a 拟 -----------------------------------------------------
@pytest.mark.parametrize("header", ["处理意见（必填）", "处理意见(必填)", "处理意见：", "拟处理意见", "处理意见（必填）："])
def test_disposition_header_with_remark_or_colon_is_read(tmp_path, header):
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    ws = wb[MAIN]
    _fill(ws, {"C-1": {"处理意见": "采纳"}, "C-2": {"处理意见": "不采纳", "处理说明（理由）": "已有部署。"}})
    ws.cell(3, _columns(ws)["处理意见"]).value = header
    wb.save(path)
    data = read_tracker(path)
    rows = _by_id(data)
    assert rows["C-1"]["disposition"] == "采纳"
    assert rows["C-2"]["disposition"] == "不采纳"
    assert header not in rows["C-1"]["extra_columns"]
    assert len(data.decided()) == 2
    assert not [p for p in data.problems if "找不到" in p.message]


@pytest.mark.parametrize("old, new, key, value", [
    ("处理说明（理由）", "处理说明（必填）", "reason", "已有部署。"),
    ("处理说明（理由）", "处理说明（理由）：", "reason", "已有部署。"),
    ("修改情况", "修改情况：", "revision_note", "第三章补充"),
    ("修改情况", "修改情况（必填）", "revision_note", "第三章补充"),
    ("承办处室", "承办处室（必填）", "owner", "水生态环境处"),
    ("承办处室", "承办处室：", "owner", "水生态环境处"),
    ("备注", "备注：", "remarks", "已电话沟通"),
    ("备注", "备注（选填）", "remarks", "已电话沟通"),
])
def test_other_decision_headers_with_remark_or_colon_are_read(tmp_path, old, new, key, value):
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    ws = wb[MAIN]
    _fill(ws, {"C-2": {"处理意见": "不采纳", old: value}})
    ws.cell(3, _columns(ws)[old]).value = new
    wb.save(path)
    data = read_tracker(path)
    assert _by_id(data)["C-2"][key] == value
    assert new not in _by_id(data)["C-2"]["extra_columns"]


def test_header_key_ignores_remark_colon_and_ni():
    assert header_key("处理意见（必填）") == "disposition"
    assert header_key("处理意见：") == "disposition"
    assert header_key("拟处理意见") == "disposition"
    assert header_key("处理说明（理由）：") == "reason"
    assert header_key("承办处室（必填）") == "owner"
    assert header_key("分管领导意见") is None  # a column of the office's own stays its own


def test_guard_sees_decisions_under_a_retitled_header(tmp_path):
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    ws = wb[MAIN]
    _fill(ws, {"C-3": {"处理意见": "采纳"}})
    ws.cell(3, _columns(ws)["处理意见"]).value = "处理意见（必填）"
    wb.save(path)
    assert find_decisions(path) is not None


def test_an_added_column_with_a_remark_does_not_take_the_real_one(tmp_path):
    """处理意见（分管领导） inserted before 处理意见: the exact header keeps the decisions."""
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    ws = wb[MAIN]
    _fill(ws, {"C-1": {"处理意见": "采纳"}})
    c = _columns(ws)["处理意见"]
    ws.insert_cols(c)
    ws.cell(3, c).value = "处理意见（分管领导）"
    ws.cell(_rows_by_id(ws)["C-1"], c).value = "同意处室意见"
    wb.save(path)
    rows = _by_id(read_tracker(path))
    assert rows["C-1"]["disposition"] == "采纳"
    assert rows["C-1"]["extra_columns"] == {"处理意见（分管领导）": "同意处室意见"}


def test_missing_disposition_column_is_reported_naming_the_sheet(tmp_path):
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    ws = wb[MAIN]
    _fill(ws, {"C-1": {"处理意见": "采纳"}})
    ws.cell(3, _columns(ws)["处理意见"]).value = "领导批示"
    wb.save(path)
    data = read_tracker(path)
    missing = [p for p in data.problems if p.column == "处理意见" and p.row == 0]
    assert len(missing) == 1, [str(p) for p in data.problems]
    assert missing[0].sheet == MAIN
    assert "领导批示" in missing[0].message  # the header that may be it is named
    assert str(missing[0]).startswith(f"“{MAIN}”")
    # the column is still kept with its values, not lost
    assert _by_id(data)["C-1"]["extra_columns"] == {"领导批示": "采纳"}


def test_missing_reason_column_is_reported(tmp_path):
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    ws = wb[MAIN]
    ws.cell(3, _columns(ws)["处理说明（理由）"]).value = "领导说明"
    wb.save(path)
    data = read_tracker(path)
    assert [p for p in data.problems if p.row == 0 and p.column == "处理说明（理由）"]


# -- A6: decisions typed in a copy of the main sheet ----------------------------------------------
def test_decisions_typed_in_a_copy_are_read_and_the_sheet_named(tmp_path):
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    copy = wb.copy_worksheet(wb[MAIN])
    copy.title = "意见汇总处理表（处长审定）"
    _fill(copy, {"C-1": {"处理意见": "采纳", "承办处室": "应对气候变化处"},
                 "C-2": {"处理意见": "不采纳", "处理说明（理由）": "已有部署。"},
                 "C-4": {"备注": "已电话沟通"}})
    wb.save(path)
    data = read_tracker(path)
    rows = _by_id(data)
    assert rows["C-1"]["disposition"] == "采纳" and rows["C-1"]["owner"] == "应对气候变化处"
    assert rows["C-2"]["disposition"] == "不采纳" and rows["C-2"]["reason"] == "已有部署。"
    assert rows["C-4"]["remarks"] == "已电话沟通"
    assert len(rows) == 4
    notes = [str(p) for p in data.problems if "意见汇总处理表（处长审定）" in str(p)]
    assert notes, [str(p) for p in data.problems]


def test_copy_with_more_decisions_is_read_when_the_main_sheet_holds_fewer(tmp_path):
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    _fill(wb[MAIN], {"C-1": {"处理意见": "采纳"}})
    copy = wb.copy_worksheet(wb[MAIN])
    copy.title = "副本"
    _fill(copy, {"C-3": {"处理意见": "采纳"}, "C-4": {"处理意见": "另行研究", "处理说明（理由）": "专项研究。"}})
    wb.save(path)
    data = read_tracker(path)
    rows = _by_id(data)
    assert [rows[c]["disposition"] for c in ("C-1", "C-2", "C-3", "C-4")] == ["采纳", "", "采纳", "另行研究"]
    assert any("副本" in str(p) for p in data.problems)


def test_copy_with_other_decisions_is_reported_and_the_main_sheet_kept(tmp_path):
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    _fill(wb[MAIN], {"C-1": {"处理意见": "采纳"}})
    copy = wb.copy_worksheet(wb[MAIN])
    copy.title = "副本"
    _fill(copy, {"C-1": {"处理意见": "不采纳", "处理说明（理由）": "另有安排。"}, "C-2": {"处理意见": "采纳"}})
    wb.save(path)
    data = read_tracker(path)
    rows = _by_id(data)
    assert rows["C-1"]["disposition"] == "采纳"  # the main sheet's decision stands
    conflict = [p for p in data.problems if "副本" in p.message and "不采纳" in p.message]
    assert conflict and conflict[0].sheet == MAIN
    # the copy's decision for an opinion the main sheet left empty is not lost
    assert rows["C-2"]["disposition"] == "采纳"


def test_a_decided_row_of_the_copy_missing_from_the_main_sheet_is_reported(tmp_path):
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    _fill(wb[MAIN], {"C-1": {"处理意见": "采纳"}})
    copy = wb.copy_worksheet(wb[MAIN])
    copy.title = "副本"
    _fill(copy, {"C-2": {"处理意见": "采纳"}})
    col = _columns(copy)
    copy.cell(8, col["意见编号"]).value = "C-9"
    copy.cell(8, col["意见内容"]).value = "建议增加生态补偿资金。"
    copy.cell(8, col["处理意见"]).value = "不采纳"
    _fill(wb[MAIN], {"C-3": {"处理意见": "采纳"}})  # typed in the main sheet only: the main sheet stays
    wb.save(path)
    data = read_tracker(path)
    rows = _by_id(data)
    assert rows["C-2"]["disposition"] == "采纳" and rows["C-3"]["disposition"] == "采纳"
    assert "C-9" not in rows
    assert [p for p in data.problems if p.sheet == "副本" and p.row == 8 and "C-9" in p.message]


def test_copy_without_decisions_changes_nothing(tmp_path):
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    _fill(wb[MAIN], {"C-1": {"处理意见": "采纳"}})
    wb.copy_worksheet(wb[MAIN]).title = "副本"
    wb.save(path)
    data = read_tracker(path)
    assert _by_id(data)["C-1"]["disposition"] == "采纳"
    assert {r["tracker_sheet"] for r in data.rows} == {MAIN}
    assert not [p for p in data.problems if "副本" in str(p)]


# -- A7: merged cells ------------------------------------------------------------------------------
def test_a_decision_typed_once_across_merged_cells_reaches_every_row(tmp_path):
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    ws = wb[MAIN]
    col = _columns(ws)
    ws.cell(5, col["处理意见"]).value = "采纳"
    ws.cell(5, col["承办处室"]).value = "水生态环境处"
    for header in ("处理意见", "承办处室"):
        ws.merge_cells(start_row=5, start_column=col[header], end_row=7, end_column=col[header])
    wb.save(path)
    data = read_tracker(path)
    ids = {r["tracker_row"]: r for r in data.rows}
    assert [ids[r]["disposition"] for r in (4, 5, 6, 7)] == ["", "采纳", "采纳", "采纳"]
    assert [ids[r]["owner"] for r in (5, 6, 7)] == ["水生态环境处"] * 3
    notes = [str(p) for p in data.problems]
    assert any("合并单元格 M5:M7 按同一处理意见读取" in n for n in notes), notes
    assert any("合并单元格 P5:P7 按同一承办处室读取" in n for n in notes), notes


def test_grid_reports_merged_ranges_and_formulas_without_a_value(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["意见编号", "处理意见"])
    ws.append(["C-1", '="合并处理"'])
    ws.append(["C-2", None])
    ws.merge_cells("A2:A3")
    wb.save(tmp_path / "g.xlsx")
    rb = load_workbook(tmp_path / "g.xlsx", read_only=True, data_only=True)
    facts = _grid.SheetFacts()
    try:
        grid = _grid.rows(rb.active, facts)
    finally:
        rb.close()
    assert grid[1] == ("C-1", None)  # the values themselves are unchanged
    assert facts.merged == ["A2:A3"]
    assert facts.uncached == [(2, 2, '"合并处理"')]


# -- A8: a formula without a cached value ------------------------------------------------------------
def test_formula_without_cached_value_in_a_decision_cell_is_reported(tmp_path):
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    ws = wb[MAIN]
    col = _columns(ws)
    ws.cell(4, col["处理意见"]).value = '=IF(1>0,"采纳","不采纳")'
    ws.cell(5, col["承办处室"]).value = "=A1"
    wb.save(path)
    data = read_tracker(path)
    notes = {(p.row, p.column): p.message for p in data.problems}
    assert "M4" in notes.get((4, "处理意见"), ""), [str(p) for p in data.problems]
    assert "公式" in notes[(4, "处理意见")]
    assert "P5" in notes.get((5, "承办处室"), "")


def test_formula_that_is_a_plain_text_is_read_as_that_text_and_noted(tmp_path):
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    ws = wb[MAIN]
    col = _columns(ws)
    ws.cell(6, col["处理意见"]).value = '="合并处理"'
    ws.cell(6, col["处理说明（理由）"]).value = "同第1条"
    wb.save(path)
    data = read_tracker(path)
    row = next(r for r in data.rows if r["tracker_row"] == 6)
    assert row["disposition"] == "合并处理"
    assert [p for p in data.problems if p.row == 6 and "M6" in p.message]
