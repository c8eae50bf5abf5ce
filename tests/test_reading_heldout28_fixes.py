"""Reader cases written after the twenty-eighth set of 15 documents by someone else failed on them.
New texts, not the set's; each failed before its fix."""

from consultagg.extract.letters import parse_letter

# Two organs of one city government share its mail domain: a bureau forwarding a county's mail is
# not forwarding its own unit's work (a release blocker: the county's opinions went to the bureau).
FORWARD_SAME_DOMAIN = (
    "发件人：石梁市财政局预算处 <ysc@shiliang.gov.cn>\n发送时间：2024年6月3日 10:12\n"
    "收件人：市发展改革委规划科 <ghk@shiliang.gov.cn>\n主题：转发: 青禾县对规划的意见\n\n规划科：\n"
    "    青禾县人民政府将对规划的意见误发到我处邮箱，现转给你们，请查收。我局意见另行报送。\n\n石梁市财政局预算处 杜某\n\n"
    "-------- 转发的邮件 --------\n发件人：青禾县人民政府办公室 <qhx@shiliang.gov.cn>\n日期：2024年6月2日 16:40\n"
    "收件人：石梁市财政局 <ysc@shiliang.gov.cn>\n主题：青禾县对规划的意见\n\n市发展改革委：\n"
    "    我县对规划征求意见稿提出如下意见：\n    一、建议将县城污水处理厂提标改造项目列入重点项目库。\n"
    "    二、建议对山区县的生态补偿资金给予倾斜。\n\n青禾县人民政府办公室\n2024年6月2日\n")


def test_a_mail_forwarded_between_organs_on_one_government_domain_is_the_writers():
    letter = parse_letter(FORWARD_SAME_DOMAIN)
    assert [o.text for o in letter.opinions] == ["建议将县城污水处理厂提标改造项目列入重点项目库。",
                                                 "建议对山区县的生态补偿资金给予倾斜。"]
    assert {o.department for o in letter.opinions} == {"青禾县人民政府"}


# Inside one company the forwarder's signature still names the unit (a department wrote it).
FORWARD_INSIDE = (
    "发件人：赵某 <zhao@lanfeng-energy.com>\n收件人：规划科 <ghk@shiliang.gov.cn>\n主题：转发: 规划意见\n\n规划科：\n"
    "    现将我公司对规划的意见转发给您，请查收。\n\n赵某\n战略部\n石梁蓝峰能源有限公司\n\n"
    "-------- 转发的邮件 --------\n发件人：技术部 <tech@lanfeng-energy.com>\n主题：规划意见\n\n"
    "    一、建议增加储能设施布局的内容。\n    二、建议明确分布式光伏并网的时限。\n")


def test_a_mail_forwarded_inside_one_company_stays_the_companys():
    letter = parse_letter(FORWARD_INSIDE)
    assert len(letter.opinions) == 2
    assert {o.department for o in letter.opinions} == {"石梁蓝峰能源有限公司"}


# An expert panel's record with its speakers under ▲ marks, a roster numbered with spaced names,
# the drafters' replies and the chair's summary under 【…】 headings.
PANEL_MARKED = (
    "《石梁市物业管理条例（草案）》专家论证会记录\n\n会议时间：2024年6月5日\n主 持 人：市人大常委会法工委主任　韩某\n参会专家：\n"
    "  1. 莫立群　石梁大学法学院教授\n  2. 柯　宁　石梁市社会科学院研究员\n  3. 尤振东　石梁明理律师事务所律师\n记 录 人：孔某\n\n"
    "【专家发言】\n\n▲莫立群教授\n    总体上，草案结构完整。\n"
    "    其一，第五条对物业服务人的定义过窄，建议改为概括加列举的方式。\n"
    "    其二，第四十条的罚款幅度明显偏高，建议适当下调。\n\n"
    "▲柯宁研究员\n    她提出一点建议：第二十二条关于维修资金的规定较为原则，建议明确应急使用的程序。\n\n"
    "▲尤振东律师：第三十一条建议增加业主委员会任期届满前的审计程序。\n\n"
    "【起草组回应】\n    市住建局物业科科长闫某：关于维修资金，我局正在制定办法。\n\n"
    "【主持人小结】\n    韩某指出，专家意见专业性强；建议起草组对维修资金、审计程序等内容认真吸收。\n")


def test_speakers_under_marks_and_the_drafters_and_chairs_sections():
    m = parse_letter(PANEL_MARKED, kind="minutes")
    got = [(o.department, o.text) for o in m.opinions]
    assert got == [("石梁大学", "第五条对物业服务人的定义过窄，建议改为概括加列举的方式。"),
                   ("石梁大学", "第四十条的罚款幅度明显偏高，建议适当下调。"),
                   ("石梁市社会科学院", "第二十二条关于维修资金的规定较为原则，建议明确应急使用的程序。"),
                   ("石梁明理律师事务所", "第三十一条建议增加业主委员会任期届满前的审计程序。")]


# A 座谈会 whose speakers are named short in the body and in full in the list of who came; the chair
# interjects; a speaker named before the title (溪口街道办事处杜某副主任介绍了…。他提出…) was given to the
# speaker before (a release blocker).
FORUM = (
    "《石梁市物业管理条例（草案）》座谈会纪要\n\n时间：2024年6月6日\n主持：市人大常委会法工委副主任　任某华\n出席人员：\n"
    "　　包立新　石梁市青禾区安居物业服务有限公司总经理\n　　杜海峰　石梁市青禾区溪口街道办事处副主任\n"
    "　　严秀英　石梁市青禾区柳岸社区居民委员会党委书记、主任\n　　席老伯　老年人代表（退休工人）\n记录：姚某\n\n"
    "　　一、包立新（安居物业总经理）：\n　　建议第十二条增加物业服务人退出时的交接期限。\n"
    "　　任某华（法工委副主任）插话：交接期限起草组会研究。\n\n"
    "　　二、溪口街道办事处杜海峰副主任介绍了街道物业纠纷调解的情况。他提出，建议第三十条明确街道对物业纠纷的调解职责。\n\n"
    "　　三、严秀英书记：希望在第八条中明确社区居委会指导业主大会的工作经费。\n\n"
    "　　四、席老伯（老年人代表）说：建议小区电梯维修优先使用维修资金。\n")


def test_a_forums_speakers_take_their_listed_full_names_and_a_name_before_its_title_is_the_speakers():
    m = parse_letter(FORUM, kind="minutes")
    got = [(o.department, o.text) for o in m.opinions]
    assert got == [("石梁市青禾区安居物业服务有限公司", "建议第十二条增加物业服务人退出时的交接期限。"),
                   ("石梁市青禾区溪口街道办事处", "建议第三十条明确街道对物业纠纷的调解职责。"),
                   ("石梁市青禾区柳岸社区居民委员会", "希望在第八条中明确社区居委会指导业主大会的工作经费。"),
                   ("社会公众", "建议小区电梯维修优先使用维修资金。")]


def test_a_question_and_its_answer_under_seats_and_an_analysis_told_are_no_opinions_of_the_chair():
    m = parse_letter("专家论证会记录\n\n主持人：市人大常委会法工委主任　韩某\n参会专家：\n  1. 罗某某　石梁明理律师事务所律师\n"
                     "  2. 周　某　石梁市社会科学院研究员\n\n"
                     "▲罗某某律师\n  问（韩某）：条例是否需要规范物业服务合同？\n"
                     "  答（罗某某）：纠纷多源于合同约定不明。建议第十五条规定使用合同示范文本。\n\n"
                     "▲周某研究员\n    她从人口结构的角度分析了小区老龄化的情况。她认为，老旧小区的老年业主将持续增多。\n"
                     "    她建议第二十条增加适老化改造的内容。\n", kind="minutes")
    got = [(o.department, o.text) for o in m.opinions]
    assert got == [("石梁明理律师事务所", "纠纷多源于合同约定不明。建议第十五条规定使用合同示范文本。"),
                   ("石梁市社会科学院", "她建议第二十条增加适老化改造的内容。")]


def test_what_everyone_at_the_meeting_thought_of_the_draft_before_the_points_is_no_opinion():
    # a scan's lines, wrapped where the page ended them
    letter = parse_letter("市住建局:\n    收到征求意见稿后,我会组织部分理事单位和业\n主代表进行了讨论,大家认为条例对规范物业服务\n"
                          "具有重要意义,对条例出台充满期待。现提出\n如下建议:\n    一、建议第七条增加业主知情权的内容。\n"
                          "    二、建议第九条明确物业费调整的程序。\n\n石梁市物业管理协会\n")
    assert [o.text for o in letter.opinions] == ["建议第七条增加业主知情权的内容。", "建议第九条明确物业费调整的程序。"]


def test_a_company_posting_in_a_portals_csv_export_writes_for_itself(tmp_path):
    from consultagg import read_comments

    f = tmp_path / "留言导出.csv"
    f.write_text("序号,留言人,留言人类型,留言主题,留言内容,答复内容\n"
                 "1,王**,网民,路灯,建议滨河路增设路灯。,已转办\n"
                 "2,石梁蓝峰能源有限公司,企业,充电桩,建议在公共停车场配建快充桩。,已收悉\n", encoding="utf-8-sig")
    rows = read_comments(f)
    assert [(c.department, c.speaker) for c in rows] == [("社会公众", "王**"), ("石梁蓝峰能源有限公司", None)]


PRAISE = "看了物业条例的征求意见稿，写得很实在，处处为业主着想，给起草的同志点个赞！"


def test_a_praise_only_message_in_a_portals_csv_is_no_tracker_row_but_is_listed(tmp_path):
    from consultagg import read_comments

    f = tmp_path / "留言.csv"
    f.write_text("序号,留言人,留言内容\n1,王**,建议滨河路增设路灯。\n2,老李,"+PRAISE+"\n3,赵**,小区门口的路灯坏了三个月了。\n",
                 encoding="utf-8")
    rows = read_comments(f)
    assert [c.text for c in rows] == ["建议滨河路增设路灯。", "小区门口的路灯坏了三个月了。"]
    assert any(text == PRAISE for _, text, _ in rows.skipped)


def test_a_praise_only_record_in_a_text_export_is_no_opinion():
    letter = parse_letter("序号：1\n留言人：老李\n留言内容：" + PRAISE + "\n=====\n序号：2\n留言人：王**\n留言内容：建议滨河路增设路灯。\n")
    assert [o.text for o in letter.opinions] == ["建议滨河路增设路灯。"]


def test_an_experts_college_or_institute_inside_a_college_or_an_academy_is_their_body():
    from consultagg.extract import split_office

    assert split_office("石梁职业技术学院健康与护理学院")[0] == "石梁职业技术学院"
    assert split_office("青禾省社会科学院社会学研究所")[0] == "青禾省社会科学院"
