"""Fixes from letters set 60 (written blind, measured once at a449691), each with a text written anew.

Release blockers:
- A Word form row whose 原文 and 修改意见 cells were merged (no original wording, the suggestion typed
  across both) shifted the row's cells left: the suggestion was read as the quoted wording and the reason
  as the opinion, so the request was lost and a reason stood in the tracker as a request.
"""

from __future__ import annotations

import pytest


def _form(tmp_path, merge_cols):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("填报单位：某县卫生健康局")
    t = d.add_table(rows=3, cols=4)
    for k, v in enumerate(["章节条款", "原文", "修改意见", "修改理由"]):
        t.cell(0, k).text = v
    for k, v in enumerate(["第三章", "提升基层服务能力。", "建议增加乡镇卫生院远程会诊内容。", "山区群众看病远。"]):
        t.cell(1, k).text = v
    a, b = merge_cols
    t.cell(2, 0).text = "第六章"
    t.cell(2, 3).text = "部分卫生院设备老化。"
    t.cell(2, a).merge(t.cell(2, b)).text = "建议补充基层医疗设备更新计划。"
    d.save(tmp_path / "反馈表.docx")
    return tmp_path / "反馈表.docx"


def test_a_suggestion_typed_across_the_quote_and_opinion_cells_is_the_opinion(tmp_path):
    from consultagg import read_comments

    rows = read_comments(_form(tmp_path, (1, 2)))
    assert [r.text for r in rows] == ["建议增加乡镇卫生院远程会诊内容。", "建议补充基层医疗设备更新计划。"]
    assert rows[1].location == "第六章"
    assert rows[1].meta.get("reason") == "部分卫生院设备老化。"
    assert all(r.department == "某县卫生健康局" for r in rows)


def test_a_suggestion_typed_across_the_opinion_and_reason_cells_is_the_opinion(tmp_path):
    from consultagg import read_comments

    path = _form(tmp_path, (2, 3))
    rows = read_comments(path)
    assert [r.text for r in rows][1] == "建议补充基层医疗设备更新计划。"
    assert rows[1].meta.get("original_text") is None


def test_a_workbook_row_typed_across_the_quote_and_opinion_cells_is_the_opinion(tmp_path):
    from openpyxl import Workbook

    import consultagg as ca

    wb = Workbook()
    for row in (["章节条款", "原文", "修改意见", "修改理由"],
                ["第三章", "提升基层服务能力。", "建议增加乡镇卫生院远程会诊内容。", "山区群众看病远。"],
                ["第六章", "建议补充基层医疗设备更新计划。", None, "部分卫生院设备老化。"]):
        wb.active.append(row)
    wb.active.merge_cells("B3:C3")
    wb.save(tmp_path / "汇总.xlsx")
    rows = ca.read_comments(tmp_path / "汇总.xlsx")
    assert [r.text for r in rows] == ["建议增加乡镇卫生院远程会诊内容。", "建议补充基层医疗设备更新计划。"]
    assert rows[1].meta.get("reason") == "部分卫生院设备老化。"
    assert not rows.empty_rows


def test_a_signature_written_for_the_office_is_no_opinion():
    """An inner office signing for its department's office (某处（代厅办公室）) under the points."""
    from consultagg.extract.letters import parse_letter

    letter = parse_letter("省卫生健康委：\n    经研究，现将我厅意见反馈如下：\n    1.建议补充护理人员职称评审的表述。\n"
                          "    2.建议删除“编制总量”的表述。\n    以上意见，请参考。\n省教育厅发展规划处（代厅办公室）\n"
                          "联系人：某某  0531-1234567\n2022年3月8日\n", file="回复.txt")
    assert [o.text for o in letter.opinions] == ["建议补充护理人员职称评审的表述。", "建议删除“编制总量”的表述。"]
    assert letter.unit == "省教育厅"


def test_praise_that_the_draft_took_in_earlier_suggestions_is_no_opinion():
    """False opinion: 总体意见 …并充分吸收了我县前期提出的部分建议，我局表示赞同。 (建议 as what was taken in)."""
    from consultagg.extract.letters import parse_letter

    letter = parse_letter("市发展改革委：\n    现将意见反馈如下：\n    一、总体意见\n"
                          "    方案框架完整、目标明确，并充分吸收了我县前期座谈中提出的部分建议，我局表示赞同。\n"
                          "    二、具体意见\n    1.建议将县级养老服务中心建设纳入重点项目。\n"
                          "    2.建议明确农村互助幸福院的运营补贴标准。\n\n某县民政局\n2023年4月2日\n", file="意见.txt")
    assert [o.text for o in letter.opinions] == ["建议将县级养老服务中心建设纳入重点项目。", "建议明确农村互助幸福院的运营补贴标准。"]


def test_a_speaker_named_by_post_name_and_title_speaks_for_the_university():
    """Misattributed: 某医科大学药学院院长钟明远教授： gave the unit 某医科大学药学院院长钟明远."""
    from consultagg.extract.letters import parse_letter

    text = ("某规划专家论证会纪要\n\n一、专家发言\n\n某医科大学药学院院长钟明远教授：\n"
            "建议将药学服务能力纳入基层医疗机构考核指标。\n\n某医科大学护理学院副院长单雅琴教授：\n"
            "建议增加护理人员配置的具体目标。\n\n二、起草组答复\n起草组表示将认真研究吸收。\n")
    letter = parse_letter(text, file="纪要.txt", kind="minutes")
    assert [(o.text, o.department) for o in letter.opinions] == [
        ("建议将药学服务能力纳入基层医疗机构考核指标。", "某医科大学"), ("建议增加护理人员配置的具体目标。", "某医科大学")]


def test_a_form_unit_with_its_inner_office_in_brackets_is_the_organ(tmp_path):
    """Misattributed: 填报单位：某县…共同体（医共体办公室） gave the unit with its bracket, a unit of its own."""
    docx = pytest.importorskip("docx")
    from consultagg import read_comments

    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    for k, v in enumerate(["页码", "修改建议", "理由"]):
        t.cell(0, k).text = v
    for k, v in enumerate(["P12", "建议增加胸痛中心建设内容。", "急救体系需要。"]):
        t.cell(1, k).text = v
    d.add_paragraph("填报单位：某县紧密型医疗卫生共同体（医共体办公室）　　填报人：某某")
    d.save(tmp_path / "表.docx")
    rows = read_comments(tmp_path / "表.docx")
    assert [(r.text, r.department) for r in rows] == [("建议增加胸痛中心建设内容。", "某县紧密型医疗卫生共同体")]


def test_a_speakers_paragraph_numbered_one_two_three_inline_gives_three():
    """Two requests in one row: （1）…。（2）关于…，建议…。（3）建议… under a speaker gave (1) and (2) as one."""
    from consultagg.extract.letters import parse_letter

    text = ("某规划专家座谈会纪要\n\n一、专家发言\n\n某师范大学教育学部蔡某某教授：\n"
            "（1）学前教育毛入园率目标为90%，建议提高到92%。（2）关于特殊教育，建议增加送教上门的内容，保障重度残疾儿童入学。"
            "（3）建议支持县域普通高中扩容。\n")
    letter = parse_letter(text, file="纪要.txt", kind="minutes")
    assert [o.text for o in letter.opinions] == ["学前教育毛入园率目标为90%，建议提高到92%。",
                                                 "关于特殊教育，建议增加送教上门的内容，保障重度残疾儿童入学。",
                                                 "建议支持县域普通高中扩容。"]


def test_praise_that_hopes_the_plan_is_carried_out_soon_is_no_opinion(read_sheet):
    """False opinion: 认真看了征求意见稿，写得很全面，希望早日落实，为规划点赞！ as a row of the export."""
    rows = read_sheet("留言.xlsx", [["留言标题", "留言内容", "留言人"], ["点赞", "仔细读了方案，考虑得很周到，希望早日落实！", "网友"],
                                    ["建议", "建议社区卫生服务中心开设周末门诊。", "匿名"]])
    assert [r.text for r in rows] == ["建议社区卫生服务中心开设周末门诊。"]
    assert any("只表示支持或表扬" in n for n in rows.notes)


def test_a_request_merged_across_a_workbook_row_is_read_and_a_note_is_not(read_sheet):
    """Not read: 其他意见：建议… typed across a form's whole row in Excel was listed as an unread row."""
    rows = read_sheet("表.xlsx", [["章节", "原文", "修改意见", "理由"], ["第二章", "无", "建议增加托育服务内容。", "需求大。"],
                                  ["其他意见：建议加大对山区县基层医疗的支持力度。"], ["注：本表由县卫健局汇总，各乡镇意见已合并。"]])
    assert [r.text for r in rows] == ["建议增加托育服务内容。", "其他意见：建议加大对山区县基层医疗的支持力度。"]
