"""Fixes from letters set 61 (written blind, measured once at a449691), each with a text written anew.

Release blockers:
- A district's workbook with a 汇总 sheet of counts (单位 | 反馈意见条数 | 联系人) beside one sheet per street
  office read the counts as opinions (3, 3, 0 and the total 6), each with a street's name: the header
  反馈意见条数 was taken for the opinion column. A header that counts (条数/件数/个数/数量) names no text.
"""

from __future__ import annotations


def test_a_summary_sheet_of_counts_gives_no_opinions(tmp_path):
    from openpyxl import Workbook

    import consultagg as ca

    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    for row in (["序号", "单位", "反馈意见条数", "联系人", "备注"], [1, "东岗街道办事处", 2, "林某", None],
                [2, "西岗街道办事处", 0, "周某", "无意见"], ["合计", None, 2, None, None]):
        ws.append(row)
    east = wb.create_sheet("东岗街道")
    for row in (["序号", "涉及条款", "意见建议"], [1, "第十二条", "建议明确加装电梯的补贴标准。"],
                [2, "第二十条", "建议将社区养老用房纳入改造内容。"]):
        east.append(row)
    wb.save(tmp_path / "各街道意见.xlsx")
    rows = ca.read_comments(tmp_path / "各街道意见.xlsx")
    assert [r.text for r in rows] == ["建议明确加装电梯的补贴标准。", "建议将社区养老用房纳入改造内容。"]
    assert {r.department for r in rows} == {"东岗街道办事处"}


def test_a_header_that_counts_names_no_column_of_opinions():
    from consultagg.io.columns import match_header

    assert match_header("反馈意见条数") is None
    assert match_header("意见件数") is None
    assert match_header("反馈意见") == ("text", 3) or match_header("反馈意见")[0] == "text"


def test_a_colleagues_note_on_a_reply_drafted_for_the_government_is_no_opinion():
    """False opinion: 我局代拟了区政府…的反馈意见，请审核。如无意见请以区政府名义转报… above the reply."""
    from consultagg.extract.letters import parse_letter

    text = ("李科长：\n    按区政府要求，我局代拟了区政府对市交通局《停车设施建设办法》的反馈意见，请审核。"
            "如无意见请以区政府名义转报市交通局。谢谢！\n\n某区人民政府关于《停车设施建设办法》的反馈意见\n\n市交通运输局：\n"
            "    经研究，现将我区意见反馈如下：\n    一、建议将公共停车场配建比例由10%提高到15%。\n"
            "    二、建议明确老旧小区停车改造的资金来源。\n\n某区人民政府\n2024年5月6日\n")
    letter = parse_letter(text, file="转发.txt")
    assert [o.text for o in letter.opinions] == ["建议将公共停车场配建比例由10%提高到15%。", "建议明确老旧小区停车改造的资金来源。"]


def test_an_experts_byline_with_the_post_after_the_institute_names_the_institute(read_written):
    """Misattributed and a false opinion: 某某（某规划设计研究院 副总规划师、高级工程师） under the title."""
    rows = read_written("意见.md", "# 关于《某市历史街区保护办法》的个人意见\n\n韦思远（某市城市规划设计研究院 副总规划师、高级工程师）\n\n"
                                   "1. 建议增加历史建筑活化利用的激励条款。\n2. 建议将街区保护规划的公示期延长至30日。\n")
    assert [r.text for r in rows] == ["建议增加历史建筑活化利用的激励条款。", "建议将街区保护规划的公示期延长至30日。"]
    assert {r.department for r in rows} == {"某市城市规划设计研究院"}


def test_a_residents_second_request_opened_by_another_topic_without_a_comma_is_its_own(read_sheet):
    """Two requests in one row: …。还有助听器费用太高，…能不能把…纳入医保。 / 另外楼道灯…应该由…出。"""
    rows = read_sheet("留言.xlsx", [["留言标题", "留言内容", "留言人"],
                                    ["听力康复", "希望每个县医院都能开设听力门诊。\n还有助听器费用太高，一副要七八千，能不能把老年人助听器纳入医保报销。", "李某"],
                                    ["楼道", "建议改造时把楼道扶手一起换掉。另外楼道灯如果要统一换，费用应该由改造项目出，不能让住户自己掏钱。", "王某"]])
    assert [r.text for r in rows] == ["希望每个县医院都能开设听力门诊。",
                                      "还有助听器费用太高，一副要七八千，能不能把老年人助听器纳入医保报销。",
                                      "建议改造时把楼道扶手一起换掉。",
                                      "另外楼道灯如果要统一换，费用应该由改造项目出，不能让住户自己掏钱。"]


def test_a_street_sheet_that_says_it_has_no_changes_is_a_no_opinion_unit(tmp_path):
    """False opinion (found after reading merged rows): 经街道研究，无修改意见。 typed across a street's sheet
    became an opinion with no unit; it is the street's roster state."""
    from openpyxl import Workbook

    import consultagg as ca

    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    for row in (["序号", "单位", "反馈意见条数"], [1, "东岗街道办事处", 1], [2, "西岗街道办事处", 0]):
        ws.append(row)
    for title, rows in (("东岗街道", [["序号", "意见建议", "提出单位"], [1, "建议明确加装电梯的补贴标准。", "东岗街道办事处"]]),
                        ("西岗街道", [["序号", "意见建议", "提出单位"], ["经街道研究，无修改意见。"]])):
        sheet = wb.create_sheet(title)
        for row in rows:
            sheet.append(row)
    wb["西岗街道"].merge_cells("A2:C2")
    wb.save(tmp_path / "各街道意见.xlsx")
    rows = ca.read_comments(tmp_path / "各街道意见.xlsx")
    assert [r.text for r in rows] == ["建议明确加装电梯的补贴标准。"]
    assert "西岗街道办事处" in rows.no_opinion_units
