"""Reader cases written after the twenty-ninth set of 15 documents by someone else failed on them.
New texts, not the set's; each failed before its fix."""

from consultagg.extract.letters import parse_letter

# A forwarding note that asks the drafters to weigh what it passes on, and says how to settle one of
# its points, is no reply of its own (a release blocker: the forwarded bureau's opinions were set
# aside as a quote and the note became an opinion of the forwarder).
FORWARD_WITH_INSTRUCTION = (
    "发件人：周某 <zhou@hb.lanxi.gov.cn>\n时间：2025年7月2日 10:05\n收件人：编制组 <bzz@lxhj.cn>\n"
    "主题：转发：市商务局对规划的意见\n\n编制组：\n"
    "    市商务局的意见转给你们，请研究吸收。其中第一条涉及的市场名单，请与市场监管局核实后再定。谢谢！\n\n"
    "周某\n澜溪市生态环境局规划科\n\n---------- 转发的邮件 ----------\n"
    "发件人：吴某 <wu@swj.lanxi.gov.cn>\n日期：2025年7月1日 16:20\n主题：商务局意见\n\n周科长：\n"
    "    我局对规划征求意见稿提出如下意见：\n    一、专栏2建议补充农贸市场污水纳管改造项目。\n"
    "    二、第四章第二节建议增加餐饮油烟在线监控的内容。\n    以上意见请参考。\n\n澜溪市商务局市场建设科\n吴某 0731-6612345\n")


def test_a_forwarding_note_with_an_instruction_on_a_point_passes_the_bureaus_opinions_on():
    letter = parse_letter(FORWARD_WITH_INSTRUCTION)
    assert [o.text for o in letter.opinions] == ["专栏2建议补充农贸市场污水纳管改造项目。",
                                                 "第四章第二节建议增加餐饮油烟在线监控的内容。"]
    assert {o.department for o in letter.opinions} == {"澜溪市商务局"}


def test_a_title_row_above_a_sheets_table_names_its_unit_before_the_sheets_name(tmp_path):
    import openpyxl

    from consultagg import read_comments

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "开发区管委会"
    ws.append(["澜溪经济技术开发区管理委员会反馈意见"])
    ws.append(["序号", "章节", "意见内容"])
    ws.append([1, "专栏2", "建议将园区污水处理厂提标改造纳入专栏2。"])
    ws2 = wb.create_sheet("市林业局")
    ws2.append(["澜溪市林业局反馈意见"])
    ws2.append(["序号", "章节", "意见内容"])
    ws2.append([1, "表1", "建议将森林覆盖率目标调整为62.5%。"])
    wb.save(tmp_path / "汇总表.xlsx")
    rows = read_comments(tmp_path / "汇总表.xlsx")
    assert [c.department for c in rows] == ["澜溪经济技术开发区管理委员会", "澜溪市林业局"]


def test_a_short_note_signed_by_a_section_with_a_date_without_year_and_a_closing_request_to_study():
    letter = parse_letter("市生态环境局规划科：\n    经我科研究，提出两点意见：\n    1.建议第五章补充农膜回收的内容。\n"
                          "    2.建议第六章增加秸秆综合利用率目标。\n    请研究。\n\n                    市农业农村局科技教育科\n"
                          "                           6月11日\n")
    assert [o.text for o in letter.opinions] == ["建议第五章补充农膜回收的内容。", "建议第六章增加秸秆综合利用率目标。"]


def test_a_note_on_how_pages_are_cited_a_markdown_quote_and_a_part_kept_as_accurate_ask_nothing():
    letter = parse_letter("# 市水务局对规划的意见\n\n> 注：以下页码均指征求意见稿（2025年6月版）页码。\n\n"
                          "一、第五章第一节（P30）建议补充再生水利用率目标。\n"
                          "二、第五章第三节关于“河湖长制”的表述准确，符合我市实际，建议保留。\n"
                          "三、专栏3建议增加澜溪河生态补水工程。\n")
    assert [o.text for o in letter.opinions] == ["第五章第一节（P30）建议补充再生水利用率目标。", "专栏3建议增加澜溪河生态补水工程。"]


def test_items_numbered_right_after_jianyi_split():
    letter = parse_letter("市生态环境局：\n    四、第六章第三节中，建议（1）将园区固废处置中心列入专栏4；（2）明确危险废物收集试点的支持政策。\n")
    assert [o.text for o in letter.opinions] == ["将园区固废处置中心列入专栏4", "明确危险废物收集试点的支持政策。"]


REVIEW = ("《规划》专家评审会会议纪要\n\n　　2025年7月1日，市生态环境局组织召开专家评审会。会议由市生态环境局副局长韦某主持。\n\n"
          "　　一、参会人员\n　　澜溪市水务局规划科科长　蒙建国\n　　澜溪市工信局节能科副科长　潘立\n\n"
          "　　二、专家发言\n\n"
          "　　卢明远（澜溪大学教授，专家组组长）：规划框架合理，目标指标总体可行。提两点建议：1.对臭氧目标开展情景分析；2.第一章增加与周边城市的对比分析。\n\n"
          "　　覃若兰研究员指出，表1中“优良天数比例”目标值设定为90%，而现状已达89.8%，目标偏保守。她建议将目标值提高至92%。\n\n"
          "　　蒙建国科长：建议第五章补充再生水利用目标。\n\n"
          "　　三、编制单位答复\n\n　　编制单位负责人答复：一是臭氧情景分析将在编制说明中补充；二是对比分析将补充到第一章。\n\n"
          "　　附：专家组名单\n　　卢明远　澜溪大学环境学院　教授\n　　覃若兰　澜溪省环境监测中心　研究员\n")


def test_an_expert_review_with_its_list_appended_posts_apart_and_the_drafters_answers_set_aside():
    m = parse_letter(REVIEW, kind="minutes")
    got = [(o.department, o.text) for o in m.opinions]
    assert got == [("澜溪大学", "对臭氧目标开展情景分析"), ("澜溪大学", "第一章增加与周边城市的对比分析。"),
                   ("澜溪省环境监测中心", "表1中“优良天数比例”目标值设定为90%，而现状已达89.8%，目标偏保守。她建议将目标值提高至92%。"),
                   ("澜溪市水务局", "建议第五章补充再生水利用目标。")]


# Found by the real messages (fj3) when praise was first set aside: a request that asks to take a
# matter seriously (请政府引起高度重视，实施全面整治) was read as a letter's opening (我局高度重视…) and
# dropped, alone or as a numbered point (a release blocker).
def test_a_request_to_take_it_seriously_is_no_opening():
    alone = parse_letter("快递电动车横冲直撞，交通隐患很大，请政府引起高度重视，实施全面整治，确保市民出行安全！")
    assert len(alone.opinions) == 1
    point = parse_letter("市交通局：\n    一、快递电动车横冲直撞，请政府引起高度重视，实施全面整治。\n    二、建议增设非机动车道。\n")
    assert [o.text for o in point.opinions] == ["快递电动车横冲直撞，请政府引起高度重视，实施全面整治。", "建议增设非机动车道。"]
    # the opening it was taken for still opens
    opening = parse_letter("市交通局：\n    我局高度重视，认真研究了规划。现提出如下意见：\n    一、建议增设非机动车道。\n")
    assert [o.text for o in opening.opinions] == ["建议增设非机动车道。"]


def test_praise_with_a_request_after_it_is_no_praise_only_message(tmp_path):
    from consultagg import read_comments

    f = tmp_path / "留言.csv"
    text = "政府做了大量卓有成效的工作，我们非常感谢、点赞！但是快递电动车横冲直撞，请政府引起高度重视，实施全面整治！"
    f.write_text("序号,留言人,留言内容\n1,王**," + text + "\n", encoding="utf-8")
    assert [c.text for c in read_comments(f)] == [text]
