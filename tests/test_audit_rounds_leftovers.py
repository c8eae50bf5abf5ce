"""What the outside test of the rounds workflow noted and an earlier change left (/tmp/audit4/REPORT.md C4, D1-D3,
E): each a sentence that was false, a decision not read, or an error that did not name its file."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

import consultagg as ca
from consultagg.cli import main
from consultagg.records import Comment, Department, Opinion
from consultagg.report import tally_decisions, drafting_summary
from consultagg.result import ConsultationResult
from consultagg.tracker import read_tracker, write_tracker
from consultagg.tracker.layout import normalize_disposition

MAIN = "意见汇总处理表"


def _tracker(tmp_path, texts, name="t.xlsx"):
    ops = tuple(Opinion(Comment(f"C-{i}", text), Department(unit), group_id=i, is_representative=True, topic_id=0)
                for i, (text, unit) in enumerate(texts, 1))
    return write_tracker(ConsultationResult(ops, title="生态环境保护规划"), tmp_path / name)


def _edit(path, values):
    """``values``: {comment_id: {header: value}} typed into the main sheet (header row 3)."""
    wb = load_workbook(path)
    ws = wb[MAIN]
    col = {c.value: c.column for c in ws[3] if c.value}
    at = {ws.cell(r, col["意见编号"]).value: r for r in range(4, ws.max_row + 1)}
    for cid, cells in values.items():
        for header, value in cells.items():
            ws.cell(at[cid], col[header]).value = value
    wb.save(path)


def test_a_disposition_with_its_reason_on_the_next_line_of_the_cell_is_read():
    # Alt+Enter in Excel/WPS: the reason typed under the value, in the same cell (read as with "，" before).
    assert normalize_disposition("不采纳\n理由：与上位规划不一致") == ("不采纳", "与上位规划不一致", None)
    assert normalize_disposition("部分采纳\r\n已在第三章补充。")[:2] == ("部分采纳", "已在第三章补充。")


def test_a_reason_that_points_to_the_remarks_column_is_taken_from_it(tmp_path):
    # The 起草说明 wrote "理由见备注" as the reason, without the 备注 it points to.
    path = _tracker(tmp_path, [("建议增加再生水利用率指标。", "自治区水利厅")])
    _edit(path, {"C-1": {"处理意见": "未采纳（理由见备注）", "备注": "再生水利用率已列入水资源专项规划。"}})
    tally = tally_decisions(path)
    assert [r[2] for r in tally.reasons] == ["再生水利用率已列入水资源专项规划。"]
    assert "理由见备注" not in drafting_summary(path)


def test_a_reason_pointing_to_an_empty_remarks_cell_leaves_the_row_open(tmp_path):
    path = _tracker(tmp_path, [("建议增加再生水利用率指标。", "自治区水利厅")])
    _edit(path, {"C-1": {"处理意见": "不采纳", "处理说明（理由）": "详见备注"}})
    tally = tally_decisions(path)
    assert tally.n == 0 and any("备注" in b for b in tally.blockers)


def test_a_cycle_of_merged_rows_is_called_a_cycle(tmp_path):
    path = _tracker(tmp_path, [("建议增加再生水利用率指标。", "自治区水利厅"),
                               ("建议明确地下水超采区治理任务。", "自治区水利厅"),
                               ("建议增加农村污水治理资金。", "自治区财政厅")])
    _edit(path, {"C-1": {"处理意见": "合并处理", "处理说明（理由）": "同意见编号 C-2"},
                 "C-2": {"处理意见": "合并处理", "处理说明（理由）": "同意见编号 C-3"},
                 "C-3": {"处理意见": "合并处理", "处理说明（理由）": "同意见编号 C-1"}})
    blockers = tally_decisions(path).blockers
    assert len(blockers) == 3 and all("循环" in b for b in blockers), blockers


def test_a_plain_spreadsheet_of_opinions_is_not_taken_for_the_previous_tracker(tmp_path, capsys):
    # It was read as a tracker: its row went to 已撤回 and the summary said "未再提出1条".
    wb = Workbook()
    wb.active.append(["序号", "单位", "意见"])
    wb.active.append([1, "自治区水利厅", "建议增加再生水利用率指标。"])
    wb.save(tmp_path / "notatracker.xlsx")
    letter = tmp_path / "水利厅意见.txt"
    letter.write_text("自治区水利厅关于规划的意见\n一、建议增加再生水利用率指标。\n", encoding="utf-8")
    with pytest.raises(ValueError, match="notatracker.xlsx.*处理意见"):
        read_tracker(tmp_path / "notatracker.xlsx")
    rc = main(["merge", "-q", str(tmp_path / "notatracker.xlsx"), str(letter), "-o", str(tmp_path / "out.xlsx")])
    assert rc != 0 and not (tmp_path / "out.xlsx").exists()
    assert "notatracker.xlsx" in capsys.readouterr().err


def test_a_tracker_whose_decision_column_staff_deleted_is_still_read(tmp_path):
    # (written by the tool: its own sheet says so; the missing column is reported, not refused)
    path = _tracker(tmp_path, [("建议增加再生水利用率指标。", "自治区水利厅")])
    wb = load_workbook(path)
    ws = wb[MAIN]
    ws.delete_cols([c.column for c in ws[3] if c.value == "处理意见"][0])
    wb.save(path)
    data = read_tracker(path)
    assert len(data.rows) == 1 and any("处理意见" in str(p) for p in data.problems)


def test_a_damaged_previous_tracker_is_named_in_the_error(tmp_path, capsys):
    (tmp_path / "上一轮.xlsx").write_bytes(b"PK\x03\x04garbage")
    letter = tmp_path / "水利厅意见.txt"
    letter.write_text("自治区水利厅关于规划的意见\n一、建议增加再生水利用率指标。\n", encoding="utf-8")
    rc = main(["merge", "-q", str(tmp_path / "上一轮.xlsx"), str(letter), "-o", str(tmp_path / "out.xlsx")])
    assert rc != 0 and "上一轮.xlsx" in capsys.readouterr().err


@pytest.mark.parametrize("junk", ["Thumbs.db", "desktop.ini", "__MACOSX/._水利厅意见.txt"])
def test_files_the_system_leaves_in_a_folder_do_not_make_silent_units_unseen(tmp_path, junk):
    folder = tmp_path / "来函"
    folder.mkdir()
    (folder / "水利厅意见.txt").write_text("自治区水利厅关于规划的意见\n一、建议增加再生水利用率指标。\n", encoding="utf-8")
    (folder / junk).parent.mkdir(parents=True, exist_ok=True)
    (folder / junk).write_bytes(b"\x00\x01x")
    comments = ca.read_comments(folder)
    assert not comments.unread_files
    result = ca.analyse(comments, roster=["自治区水利厅", "自治区财政厅"])
    assert "逾期未反馈" in result.summary() and "未见来函" not in result.summary()
