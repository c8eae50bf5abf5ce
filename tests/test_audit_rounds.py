"""Decisions and sentences an outside test of the rounds workflow found lost or false (round 82). Each test failed
before its fix."""

from __future__ import annotations

from consultagg import merge_tracker, read_tracker
from consultagg.records import Comment, Department, Opinion, RosterEntry
from consultagg.result import ConsultationResult
from consultagg.rounds import match_opinions
from consultagg.tracker.reader import TrackerData


def _op(cid, text, unit, speaker=None, **decision):
    return Opinion(Comment(cid, text, unit, speaker=speaker), Department(unit), 0, True, 0, **decision)


def test_a_form_without_a_reason_column_keeps_the_reason_in_its_disposition_cell(tmp_path):
    # Lost before: --profile gbt wrote 部分采纳 alone; the reason and a 合并处理 target were gone next round.
    ops = (_op("A1", "建议将能耗目标与国家下达任务衔接。", "自治区发展改革委", disposition="部分采纳",
               reason="能耗目标按国家下达任务表述。", revision_note="已改第三章"),
           _op("A2", "建议补充地下水超采治理。", "自治区水利厅", disposition="采纳"))
    path = tmp_path / "gbt.xlsx"
    ConsultationResult(ops).to_excel(path, profile="gbt")
    rows = {r["comment_text"]: r for r in read_tracker(path).rows}
    first = rows["建议将能耗目标与国家下达任务衔接。"]
    assert (first["disposition"], first["reason"]) == ("部分采纳", "能耗目标按国家下达任务表述。")
    assert "已改第三章" in first["remarks"]
    assert (rows["建议补充地下水超采治理。"]["disposition"], rows["建议补充地下水超采治理。"]["reason"]) == ("采纳", "")


def test_another_units_same_sentence_does_not_take_its_decision():
    # Misattributed before: 石嘴山 writing what 银川 wrote last round was given 银川's decision, unmarked.
    old = [{"comment_id": "C1", "department": "银川市人民政府", "comment_text": "建议强化黄河水资源刚性约束。",
            "disposition": "不采纳", "reason": "银川段已纳入专项规划。"}]
    other = [_op("N1", "建议强化黄河水资源刚性约束。", "石嘴山市人民政府")]
    assert match_opinions(old, other) == {}
    new = merge_tracker(TrackerData(rows=tuple(old)), ConsultationResult(tuple(other)))
    assert new.opinions[0].disposition == "" and new.opinions[0].remarks.startswith("【本轮新增】")
    assert [r["comment_id"] for r in new.removed] == ["C1"]
    # (the same city's bureau signing the letter this time: one unit named twice, carried and marked)
    resigned = merge_tracker(TrackerData(rows=tuple(old)),
                             ConsultationResult((_op("N1", "建议强化黄河水资源刚性约束。", "银川市生态环境局"),)))
    assert resigned.opinions[0].disposition == "不采纳"
    assert "【提出单位有变化：原为银川市人民政府】" in resigned.opinions[0].remarks


def test_two_members_of_the_public_are_two_writers():
    # Misattributed before: a new citizen asking for 5 km was given another citizen's 采纳 of 1 km.
    old = [{"comment_id": "G8", "department": "社会公众", "speaker": "吴某", "disposition": "采纳",
            "comment_text": "建议禁止在黄河岸线1公里范围内新建化工项目。"}]
    new = merge_tracker(TrackerData(rows=tuple(old)), ConsultationResult(
        (_op("G11", "建议禁止在黄河岸线5公里范围内新建化工项目。", "社会公众", speaker="陈某"),)))
    assert new.opinions[0].disposition == "" and [r["comment_id"] for r in new.removed] == ["G8"]
    # (the same writer editing their message keeps the decision, marked)
    again = merge_tracker(TrackerData(rows=tuple(old)), ConsultationResult(
        (_op("G12", "建议禁止在黄河岸线1公里范围内新建化工类项目。", "社会公众", speaker="吴某"),)))
    assert again.opinions[0].disposition == "采纳" and "【意见内容有变化】" in again.opinions[0].remarks


def test_the_summary_counts_only_closed_list_values_as_handled():
    # False before: 已处理：…，11条，2024-03-20 00:00:001条，待定1条 (a number, a date and 待定 counted as handled).
    ops = tuple(_op(f"D{i}", f"建议{i}。", "自治区水利厅", disposition=d)
                for i, d in enumerate(["采纳", "采纳", "不采纳", "待定", "1", "2024-03-20 00:00:00"]))
    text = ConsultationResult(ops).summary()
    assert "已处理：采纳2条，不采纳1条。" in text
    assert "待定1条" in text and "另有2条处理意见不在可选范围内" in text
    assert "00:00:001条" not in text and "11条" not in text


def test_the_drafting_summary_counts_a_unit_staff_gave_rows_to_as_having_replied():
    # False before: after staff corrected 提出单位 to the roster's name, it still said the unit had not replied.
    rows = ({"comment_id": "C1", "department": "银川市人民政府", "comment_text": "建议补充黄河治理。",
             "disposition": "采纳", "reason": ""},)
    roster = (RosterEntry("银川市人民政府", "未反馈"), RosterEntry("自治区水利厅", "未反馈"))
    from consultagg.report import drafting_summary
    text = drafting_summary(TrackerData(rows=rows, roster=roster), title="某规划")
    assert "2个单位意见，1个单位反馈" in text and "1个单位逾期未反馈" in text


def test_both_rounds_decided_shows_the_old_decision_in_chinese_and_no_zero_count_sentence():
    old = [{"comment_id": "C1", "department": "自治区水利厅", "comment_text": "建议补充地下水超采治理。",
            "disposition": "部分采纳", "reason": "按国家要求表述。"}]
    new = merge_tracker(TrackerData(rows=tuple(old)), ConsultationResult(
        (_op("C1", "建议补充地下水超采治理。", "自治区水利厅", disposition="采纳"),)))
    assert "上轮处理意见：部分采纳" in new.opinions[0].remarks and "disposition" not in new.opinions[0].remarks
    from consultagg.report import drafting_summary
    rows = ({"comment_id": "C1", "department": "自治区水利厅", "comment_text": "建议补充地下水超采治理。",
             "disposition": "采纳", "reason": ""},)
    text = drafting_summary(TrackerData(rows=rows, roster=(RosterEntry("自治区水利厅", "有意见", 1),)), title="某规划")
    assert "0个单位逾期未反馈" not in text and "没有单位逾期未反馈" in text


def test_a_min_similarity_out_of_range_is_a_usage_error(tmp_path, capsys):
    import pytest

    from consultagg.cli import main
    with pytest.raises(SystemExit) as stop:
        main(["merge", str(tmp_path / "r1.xlsx"), str(tmp_path), "-o", str(tmp_path / "r2.xlsx"), "--min-similarity", "2"])
    assert stop.value.code == 2 and "--min-similarity 须在 0 与 1 之间" in capsys.readouterr().err


def test_a_row_deleted_by_hand_is_said(tmp_path):
    # False before: the 起草说明 counted 1 opinion of 2, silently.
    from openpyxl import load_workbook
    ops = (_op("A1", "建议补充地下水超采治理。", "自治区水利厅"), _op("A2", "建议明确资金来源。", "自治区财政厅"))
    path = tmp_path / "t.xlsx"
    ConsultationResult(ops).to_excel(path)
    wb = load_workbook(path)
    wb["意见汇总处理表"].delete_rows(5)
    wb.save(path)
    data = read_tracker(path)
    assert len(data.rows) == 1
    assert any("1条意见现在找不到" in str(p) and "A2" in str(p) for p in data.problems)


def test_a_same_as_reference_after_the_rows_were_renumbered_is_flagged():
    # Moved before: after staff sorted and refilled 序号, 同第7条 was silently re-pointed to another opinion.
    rows = ({"comment_id": "A", "seq": 1, "meta_seq": 2, "department": "自治区水利厅", "comment_text": "建议补充黄河治理。",
             "disposition": "采纳"},
            {"comment_id": "B", "seq": 2, "meta_seq": 1, "department": "银川市人民政府", "comment_text": "建议强化黄河治理。",
             "disposition": "合并处理", "reason": "同第2条"})
    ops = (_op("A", "建议补充黄河治理。", "自治区水利厅"), _op("B", "建议强化黄河治理。", "银川市人民政府"))
    new = merge_tracker(TrackerData(rows=rows), ConsultationResult(ops))
    assert "请核对“同第N条”所指的意见" in new.opinions[1].remarks
    assert any("序号曾被重新编排" in n for n in new.notes)


def test_the_drafting_summary_names_an_opinion_by_its_words_not_by_a_count_that_may_not_be_the_letters():
    # False before: a point read as two opinions made the letter's point 二 the unit's 第3点意见.
    rows = ({"comment_id": "C1", "department": "自治区林业和草原局", "comment_text": "一是建议补充草原修复内容。", "disposition": "采纳"},
            {"comment_id": "C2", "department": "自治区林业和草原局", "comment_text": "二是建议增加湿地保护内容。", "disposition": "采纳"},
            {"comment_id": "C3", "department": "自治区林业和草原局", "comment_text": "二、建议将沙地综合治理工程列入重大工程专栏。",
             "disposition": "不采纳", "reason": "已在专项规划中安排。"})
    from consultagg.report import drafting_summary
    text = drafting_summary(TrackerData(rows=rows), title="某规划")
    assert "自治区林业和草原局关于“将沙地综合治理工程列入重大工程专栏”的意见：已在专项规划中安排" in text
    assert "第3点" not in text


def test_one_duplicate_group_answered_two_ways_is_said(tmp_path, capsys):
    # Said nothing before (D3 of the outside test): GZ001 部分采纳 and GZ003 不采纳 in one campaign.
    from consultagg.cli import main
    from consultagg.records import DuplicateGroup
    ops = (_op("GZ001", "建议禁止在黄河岸线1公里范围内新建化工项目。", "社会公众", disposition="部分采纳", reason="按专项规划执行。"),
           _op("GZ003", "建议禁止在黄河岸线1公里范围内新建化工项目！", "社会公众", disposition="不采纳", reason="另有规定。"))
    path = tmp_path / "t.xlsx"
    ConsultationResult(ops, groups=(DuplicateGroup(0, "exact", (0, 1), 0),)).to_excel(path)
    assert main(["summary", str(path)]) == 0
    err = capsys.readouterr().err
    assert "重复意见组G0的意见答复不一致" in err and "GZ001：部分采纳" in err and "GZ003：不采纳" in err


def test_a_group_decision_that_leaves_decided_members_as_they_were_says_so():
    # Silent before: the representative's own decision was kept and nothing said.
    import pytest

    from consultagg.records import DuplicateGroup
    from consultagg.rounds import apply_group_decision
    ops = (_op("P0", "建议加快老旧柴油公交更新。", "社会公众", disposition="不采纳", reason="另有规定。"),
           _op("P1", "建议加快老旧柴油公交更新！", "社会公众"))
    r = ConsultationResult(ops, groups=(DuplicateGroup(0, "exact", (0, 1), 0),))
    with pytest.warns(UserWarning, match="P0（不采纳）"):
        r = apply_group_decision(r, 0, "采纳")
    assert [o.disposition for o in r.opinions] == ["不采纳", "合并处理"]
