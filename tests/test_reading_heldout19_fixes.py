"""Reader cases written after the nineteenth set of 15 documents by someone else failed on them;
each failed before the fix. New texts, not the set's."""

from consultagg.extract.letters import parse_letter


def test_an_overall_point_that_only_agrees_and_a_bare_title_over_circled_points_are_no_opinions():
    letter = parse_letter("市发展改革委：\n    经研究，现将意见函复如下：\n"
                          "    一、总体意见。我县原则同意《方案》的主要内容，认为其对推进县域供水一体化具有重要意义。\n"
                          "    二、具体修改意见。\n    ①建议将农村供水工程维修养护经费纳入县级财政预算。\n"
                          "    ②第十条规定的水质检测频次偏低，建议提高至每月一次。\n"
                          "    三、其他。我县无其他意见。\n    特此函复。\n            北岭县人民政府\n            2025年3月2日\n")
    assert [o.text for o in letter.opinions] == ["建议将农村供水工程维修养护经费纳入县级财政预算。",
                                                 "第十条规定的水质检测频次偏低，建议提高至每月一次。"]


def test_an_overall_point_that_finds_fault_stays_an_opinion():
    letter = parse_letter("市发展改革委：\n    一、总体意见。我县原则同意《方案》，但对山区分散供水关注不够，建议补充。\n"
                          "    二、建议将维修养护经费纳入县级财政预算。\n            北岭县人民政府\n")
    assert len(letter.opinions) == 2


def test_the_writers_commitment_after_the_draft_is_issued_is_no_opinion():
    letter = parse_letter("北岭市水务局\n市司法局：\n    来函收悉。经研究，我局原则同意该办法，无修改意见。\n"
                          "    办法印发后，我局将按照职责分工，认真做好城市节水相关工作。\n    特此函复。\n"
                          "            北岭市水务局\n            2025年4月1日\n")
    assert list(letter.opinions) == []


def test_a_commitment_that_also_asks_is_still_an_opinion():
    letter = parse_letter("北岭市水务局\n市司法局：\n    办法印发后，我局将做好节水工作，建议同步出台节水奖励办法。\n"
                          "            北岭市水务局\n")
    assert len(letter.opinions) == 1


def test_a_meetings_attending_experts_line_is_no_speaker():
    m = parse_letter("《北岭市供水条例（草案）》专家论证会记录\n会议时间：2025年5月6日\n主持：市司法局 王明\n"
                     "出席专家：刘一、陈二\n列席代表：市水务局\n\n北岭大学　刘一教授：\n    建议删除第三条关于供水定义的规定。\n"
                     "北岭市水利设计院　陈二高工：\n    建议第十二条增加二次供水设施移交的程序。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["北岭大学", "北岭市水利设计院"]


# Set 20 (棠州, 珞川, 砚溪, 桐湾): each failed before its fix. New texts, not the set's.

def test_a_letter_with_no_changes_tells_of_its_own_work_without_an_opinion():
    letter = parse_letter("北岭交通投资集团有限公司\n关于对《北岭市停车场管理办法（征求意见稿）》无修改意见的复函\n市交通运输局：\n"
                          "    贵局来函收悉。感谢贵局将办法发送我集团征求意见。\n"
                          "    我集团组织运营部、法务部对办法进行了认真学习。近年来，集团建设公共停车场32处，积累了一定经验。"
                          "办法的规定与我集团实践中遇到的问题高度契合。\n"
                          "    经研究，我集团对办法无修改意见。下一步，我集团将认真落实办法各项要求。\n    特此函复。\n"
                          "北岭交通投资集团有限公司\n2025年2月3日\n")
    assert list(letter.opinions) == []


def test_a_letter_with_no_other_opinion_keeps_its_one_correction():
    letter = parse_letter("市交通运输局：\n    经研究，我局无其他意见。\n    第十条中“市环保局”的名称已调整为“市生态环境局”。\n"
                          "北岭市生态环境局\n2025年2月3日\n")
    assert len(letter.opinions) == 1


def test_a_forms_handling_and_review_line_is_no_opinion():
    letter = parse_letter("报送单位：北岭理工大学\n序号\t条款\t修改意见\t理由\n"
                          "1\t第三条\t建议增加高校参与停车场智能化研究的内容。\t发挥高校优势。\n"
                          "经办：交通学院张某某　审核：学校办公室\n")
    assert [o.text for o in letter.opinions] == ["建议增加高校参与停车场智能化研究的内容。"]


def test_a_city_whose_name_ends_in_zhou_names_the_meetings_short_organs():
    m = parse_letter("《杭州市停车场管理办法（草案）》立法协商座谈会纪要\n\n"
                     "    5月2日，市司法局召开座谈会。现将主要发言纪要如下：\n"
                     "    市民政局副局长张某某表示，建议在第十条中明确老年人停车优惠。\n"
                     "    市公安局交通警察支队副支队长赵某某认为，建议增加违停处罚的规定。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["杭州市民政局", "杭州市公安局交通警察支队"]


def test_a_deputy_signing_in_person_is_the_unit_and_the_signature_no_opinion():
    letter = parse_letter("关于对《北岭市停车场管理办法（征求意见稿）》的修改建议\n市司法局：\n"
                          "    一、建议在第十条中规定老旧小区停车场的建设标准。\n    二、建议明确错时共享停车的收费办法。\n\n"
                          "北岭市第十六届人民代表大会代表　王秀英\n（城东街道幸福社区党委书记）\n2025年5月21日\n联系电话：139××××××××\n")
    assert [o.text for o in letter.opinions] == ["建议在第十条中规定老旧小区停车场的建设标准。", "建议明确错时共享停车的收费办法。"]
    # (with the name since round 24: two deputies writing in person are two senders, never one unit)
    assert letter.unit == "北岭市人大代表王秀英"


def test_a_member_introducing_himself_writes_in_that_capacity_and_the_attachment_note_is_no_opinion():
    letter = parse_letter("发件人：李明 <liming@163.com>\n主题：对停车场管理办法的意见\n\n市司法局：\n"
                          "    你们好！我是市政协委员、北岭大学教授李明。提几点个人意见：\n"
                          "    一、建议明确错时共享停车的收费办法。\n    二、建议设立停车设施建设专项资金。\n"
                          "    详细修改意见见附件，供参考。以上是我以个人名义提出的意见。\n\n李明\n2025年5月19日\n")
    assert [o.text for o in letter.opinions] == ["建议明确错时共享停车的收费办法。", "建议设立停车设施建设专项资金。"]
    assert letter.unit.endswith("市政协委员")


def test_a_hearings_numbered_seat_lines_name_the_speakers_and_nothing_more_is_no_opinion():
    m = parse_letter("《北岭市停车场管理办法》立法听证会笔录\n\n主持人：现在开始听证。\n\n"
                     "陈述人1：张某某（北岭市停车行业协会秘书长）\n    建议第十二条增加停车场智能化改造的补助标准。\n\n"
                     "陈述人2：李某某（北岭市交通运输局副局长）\n    建议明确路内停车泊位的设置规则。\n\n"
                     "主持人：各位陈述人还有没有补充？\n陈述人1：张某某：没有了。\n", kind="minutes")
    assert [(o.department, o.text) for o in m.opinions] == [
        ("北岭市停车行业协会", "建议第十二条增加停车场智能化改造的补助标准。"),
        ("北岭市交通运输局", "建议明确路内停车泊位的设置规则。")]


def test_a_message_platforms_export_gives_its_messages_words_only():
    letter = parse_letter("北岭市人民政府门户网站 · 政民互动 · 意见征集\n征集主题：《北岭市停车场管理办法》公开征求意见\n"
                          "导出时间：2025-05-25 10:03:11\n导出条数：1\n----------------------------------------\n"
                          "留言编号：ZJ20250521-0012\n留言标题：小区停车难\n留言人：王先生\n"
                          "留言内容：小区没有停车位。建议把增设停车位写进办法里。另外希望停车收费能公开。\n"
                          "留言时间：2025-05-21 21:47:36\n回复状态：已转办\n----------------------------------------\n")
    assert [o.text for o in letter.opinions] == ["小区没有停车位。建议把增设停车位写进办法里。", "另外希望停车收费能公开。"]


# Set 21 (潆州, 杉浦, 芷峪): each failed before its fix. New texts, not the set's.

def test_points_that_agree_with_the_draft_are_no_opinions():
    letter = parse_letter("省交通运输厅：\n我公司对以下内容表示赞同：\n- 赞同将北岭—南山城际铁路纳入重大项目；\n"
                          "- 赞同第八章关于投融资模式的保障措施。\n同时，建议如下：\n1. 建议在第八章明确省级财政资本金注入比例。\n"
                          "北岭交通投资集团有限公司\n2025年5月1日\n")
    assert [o.text for o in letter.opinions] == ["建议在第八章明确省级财政资本金注入比例。"]


def test_the_overall_section_and_the_closing_offer_are_no_opinions():
    letter = parse_letter("省交通运输厅：\n    现将有关意见函复如下：\n    一、总体意见\n"
                          "    《规划》符合我省实际，我市表示赞同。\n"
                          "    “十三五”期间，我市交通建设取得长足进步，但仍存在对外通道不足等短板，迫切需要在“十四五”期间加快补齐。\n"
                          "    二、具体修改意见\n    （一）建议将北岭港区定位调整为全省综合运输枢纽港区。\n    三、其他\n"
                          "    我市将积极配合做好《规划》的修改完善工作。如有需要，市发展改革委可派员参与后续修改工作。\n"
                          "    特此函复。\n                北岭市人民政府\n                2025年5月3日\n")
    assert [o.text for o in letter.opinions] == ["建议将北岭港区定位调整为全省综合运输枢纽港区。"]


def test_a_professors_signature_with_titles_over_the_name_gives_the_university():
    letter = parse_letter("省交通运输厅综合规划处：\n    承蒙邀请，本人认真阅读了《规划》。总体来看，规划内容全面。结合本人体会，谈几点个人看法，仅供参考。\n"
                          "    第一，建议重新校核货运量预测模型。\n    第二，建议单列多式联运一节。\n\n"
                          "                北岭交通大学交通运输学院\n                教授、博士生导师  王  明\n"
                          "                ２０２５年５月２２日\n")
    assert [o.text for o in letter.opinions] == ["建议重新校核货运量预测模型。", "建议单列多式联运一节。"]
    assert letter.unit == "北岭交通大学"


def test_a_numbered_overall_title_alone_and_a_request_count_intro_are_no_opinions():
    letter = parse_letter("省交通运输厅：\n    我局认真学习了规划，现提出两点请求：\n    一、总体评价\n"
                          "    规划目标定位清晰，会员企业普遍表示赞同。\n    二、建议\n    （一）建议增设运输服务专章。\n"
                          "北岭市道路运输协会\n2025年5月23日\n")
    assert [o.text for o in letter.opinions] == ["建议增设运输服务专章。"]


def test_an_expert_panels_points_are_the_panels_and_agreeing_with_a_report_is_no_opinion():
    m = parse_letter("《北岭省综合交通规划》专家评审会会议纪要\n\n    经认真讨论，形成评审意见如下：\n\n    一、专家组意见\n\n"
                     "    专家组认为，规划基础工作扎实，同意通过评审。同时提出以下修改意见：\n\n"
                     "    1.进一步梳理与国家规划纲要的衔接关系。\n    2.重大项目表应区分续建和新开工项目。\n\n"
                     "    二、专家个人意见\n\n    刘某（北岭大学教授）：建议补充韧性提升内容。\n\n"
                     "    省自然资源厅：同意省交通运输厅汇报的修改思路。\n", kind="minutes")
    assert [(o.department, o.text) for o in m.opinions] == [
        ("专家组", "进一步梳理与国家规划纲要的衔接关系。"), ("专家组", "重大项目表应区分续建和新开工项目。"),
        ("北岭大学", "建议补充韧性提升内容。")]
