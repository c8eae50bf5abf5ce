"""Reader cases written after the thirtieth set of 15 documents by someone else failed on them.
New texts, not the set's; each failed before its fix."""

from consultagg.extract.letters import parse_letter

# A hearing transcript whose speakers are written 1号陈述人（姓名）： and listed 1号陈述人：姓名，身份 above:
# no speaker was recognised, so all nine opinions were lost (a release blocker).
HEARING = (
    "《条例》立法听证会笔录\n\n听证主持人：韩某（市司法局副局长）\n听证人：梁某齐（市水务局政策法规处处长）\n记录人：田某\n\n"
    "陈述人：\n1号陈述人：郑国强，桂岭街道居民\n2号陈述人：罗思佳，霖州市宏达食品有限公司环保主管\n"
    "3号陈述人：林满仓，个体洗车店经营者\n\n"
    "听证主持人：现在开始听证。请陈述人按顺序发言。\n\n"
    "1号陈述人（郑国强）：我住在老小区，一下大雨就积水。我希望条例规定老旧小区雨污分流改造要有时间表。\n\n"
    "2号陈述人（罗思佳）：第二十一条要求安装在线监测设备，建议对中小企业安装设备给予补贴。\n\n"
    "听证人（梁某齐）：请问2号陈述人，你们企业的预处理设施能否稳定达标？\n\n"
    "2号陈述人（罗思佳）：基本能达到，只是高峰期偶尔会超标一点。\n\n"
    "3号陈述人（林满仓）：我就一个请求，建议洗车店办排水许可的手续在网上就能办。\n")


def test_speakers_named_in_brackets_after_their_seat_and_answers_to_a_hearing_officer():
    m = parse_letter(HEARING, kind="minutes")
    got = [(o.department, o.text) for o in m.opinions]
    assert got == [("社会公众", "我住在老小区，一下大雨就积水。我希望条例规定老旧小区雨污分流改造要有时间表。"),
                   ("霖州市宏达食品有限公司", "第二十一条要求安装在线监测设备，建议对中小企业安装设备给予补贴。"),
                   ("社会公众", "我就一个请求，建议洗车店办排水许可的手续在网上就能办。")]


def test_an_officials_answer_reported_in_minutes_is_no_opinion():
    m = parse_letter("企业座谈会纪要\n\n一、企业发言\n\n宏达食品有限公司罗某：建议对中小企业安装在线监测设备给予补贴。\n\n"
                     "二、回应\n\n针对企业提出的问题，市水务局排水管理处李处长作了回应：关于监测设备补贴，建议写入财政支持条款。\n",
                     kind="minutes")
    assert [o.text for o in m.opinions] == ["建议对中小企业安装在线监测设备给予补贴。"]


def test_a_short_message_of_praise_and_support_is_no_tracker_row(tmp_path):
    from consultagg import read_comments

    f = tmp_path / "留言.csv"
    f.write_text("序号,留言人,留言内容\n1,王**,条例很好，支持！\n2,赵**,建议滨河路增设路灯。\n", encoding="utf-8")
    assert [c.text for c in read_comments(f)] == ["建议滨河路增设路灯。"]


def test_a_change_asked_for_after_its_object_is_a_request_of_its_own():
    letter = parse_letter("市水务局：\n    第五十条关于应急队伍的规定，建议增加应急演练的内容。另外，暴雨预警期间地下通道的人员疏散责任主体请予明确。\n")
    assert [o.text for o in letter.opinions] == ["第五十条关于应急队伍的规定，建议增加应急演练的内容。",
                                                 "另外，暴雨预警期间地下通道的人员疏散责任主体请予明确。"]


def test_the_colloquial_name_of_a_natural_resources_and_planning_bureau_is_known():
    from consultagg import DepartmentNormalizer

    n = DepartmentNormalizer(home_region="霖州市")
    assert n.normalize("市自规局").name == n.normalize("霖州市自然资源和规划局").name
    assert n.normalize("市自规局").known
