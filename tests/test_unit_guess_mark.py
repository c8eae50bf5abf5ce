"""A unit the reader could only guess (from a file name) is marked 待核实 in the tracker.

The mark is on the 提出单位 cell only: counts and summaries use the unit itself, and a later round
still matches the marked row to its opinion.
"""

import openpyxl

from consultagg.records import Comment, Department, Opinion
from consultagg.result import UNIT_GUESS_MARK, ConsultationResult
from consultagg.rounds import match_opinions


def _result():
    guessed = Comment("slt-1", "建议补充黄河水资源刚性约束的内容。", department="slt",
                      meta={"unit_source": "文件名", "unit_confidence": "guess"})
    sure = Comment("swt-1", "建议增加地下水超采治理指标。", department="自治区水利厅",
                   meta={"unit_source": "标题", "unit_confidence": "high"})
    ops = (Opinion(guessed, Department("slt"), 0, True, 0), Opinion(sure, Department("自治区水利厅"), 1, True, 1))
    return ConsultationResult(ops)


def test_a_guessed_unit_is_marked_in_the_tracker(tmp_path):
    result = _result()
    rows = result.to_records()
    assert rows[0]["department"] == "slt" + UNIT_GUESS_MARK
    assert rows[1]["department"] == "自治区水利厅"
    assert result.departments == ["slt", "自治区水利厅"]  # the unit itself, unmarked
    wb = openpyxl.load_workbook(result.to_excel(tmp_path / "t.xlsx"))
    cells = [c.value for row in wb.worksheets[0].iter_rows() for c in row if isinstance(c.value, str)]
    assert "slt" + UNIT_GUESS_MARK in cells


def test_the_marked_row_still_matches_in_the_next_round():
    result = _result()
    old = [{"comment_id": "", "department": "slt" + UNIT_GUESS_MARK, "comment_text": "建议补充黄河水资源刚性约束的内容。"}]
    pairs = match_opinions(old, result.opinions)
    assert pairs.get(0, (None,))[0] == 0
