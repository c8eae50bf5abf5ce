"""Release blockers found by letters set 103 (tests/data/letters_heldout103, written blind during the session,
measured once with the reader of 38b177d: 9/15 letters). The texts are written anew; each assertion failed before."""

import pytest


def test_the_writer_s_own_figures_attached_after_its_points_are_no_opinions(read_written):
    # False before: under 附：企业基本情况 after the points, 1.产能：… and 3.环保改造：…计划2024年实施 were opinions.
    letter = "\n".join(["关于《某规划（征求意见稿）》的几点意见", "某市生态环境局：",
                        "    关于无组织排放治理的时限。规划要求2023年底前完成，我公司两条生产线需停产改造，希望放宽至2024年底。",
                        "    附：企业基本情况", "    1.产能：水泥熟料年产240万吨，2010年投产；",
                        "    2.2022年营业收入9.6亿元；", "    3.环保改造：1号线已完成，2号线计划2024年实施。",
                        "    以上意见供参考。", "", "某某水泥有限公司", "2023年5月8日"])
    rows = read_written("水泥公司意见.txt", letter)
    assert len(rows) == 1 and rows[0].text.endswith("希望放宽至2024年底。")


def test_a_bureau_passing_on_other_departments_points_gives_them_their_units(read_written):
    # Misattributed before: 市发展改革委：建议… passed on by the bureau was the bureau's own opinion.
    letter = "\n".join(["某某市生态环境局关于《某规划（征求意见稿）》修改意见的报告", "自治区生态环境厅：",
                        "    经研究，现将修改意见报告如下：", "    P12第3行：建议补充臭氧污染防控的具体措施。",
                        "    另，我局征求了市直有关部门意见，市发展改革委、市交通运输局提出的意见一并报送如下：",
                        "    市发展改革委：建议将城际铁路项目列入规划重大工程。",
                        "    市交通运输局：建议将老旧柴油货车淘汰时限调整为2025年。",
                        "    市水务局无意见。", "    专此报告。", "", "某某市生态环境局", "2021年6月24日"])
    rows = read_written("转报意见.txt", letter)
    assert [(c.department, c.text) for c in rows] == [
        ("某某市生态环境局", "P12第3行：建议补充臭氧污染防控的具体措施。"),
        ("某某市发展改革委", "建议将城际铁路项目列入规划重大工程。"),
        ("某某市交通运输局", "建议将老旧柴油货车淘汰时限调整为2025年。")]


def test_a_deputy_named_with_a_long_post_before_a_name_without_a_surname_speaks(read_written):
    # Lost before: the speaker 自治区人大代表、…嘎查党支部书记其其格： was not read (the post too long before a name no
    # surname list knows), so the request was set aside as narration.
    minutes = "\n".join(["《某规划》论证会纪要", "    一、代表委员意见",
                         "    自治区人大代表、乌兰某某旗某某某某嘎查党支部书记其其格：建议规划对牧区饮用水安全作出专门安排。",
                         "    自治区政协委员、某大学法学院副教授林某：建议建立规划实施年度评估制度。"])
    rows = read_written("论证会纪要.txt", minutes)
    assert [(c.department, c.text) for c in rows] == [("自治区人大代表其其格", "建议规划对牧区饮用水安全作出专门安排。"),
                                                      ("自治区政协委员", "建议建立规划实施年度评估制度。")]


def test_a_body_s_reply_pasting_its_work_group_s_discussion(read_written):
    # Misattributed before: each village cadre's message went to 社会公众, not to the body replying; and a voice
    # message saying 一个是…，再一个是… gave one opinion for two requests.
    reply = "\n".join(["某某苏木人民政府关于规划征求意见稿的意见反馈", "某旗生态环境分局：",
                       "    我苏木通过工作群组织各嘎查进行了讨论，现将群内讨论记录原文照录报上。", "",
                       "苏木综保中心 某某 15:02", "@所有人 旗里要征求规划的意见，大家今天下班前在群里说一下，我汇总。", "",
                       "甲嘎查 其木格 15:20", "收到", "",
                       "乙嘎查 朝鲁 16:33", "[语音转文字] 我说两个事啊，一个是牧区的垃圾没人收，希望规划里给苏木配垃圾转运车，"
                       "再一个是冬天牧民烧牛粪取暖，希望不要一刀切禁止。", "",
                       "甲嘎查 其木格 17:12", "建议把废弃采砂坑纳入规划里的矿山修复项目。", "",
                       "苏木综保中心 某某 17:55", "好的，大家的意见我都记下了。", "",
                       "某某苏木人民政府", "2021年6月18日"])
    rows = read_written("工作群讨论记录.txt", reply)
    assert {c.department for c in rows} == {"某某苏木人民政府"}
    assert [c.text[:6] for c in rows] == ["牧区的垃圾没", "冬天牧民烧牛", "建议把废弃采"]


@pytest.mark.usefixtures("needs_comments")
def test_a_commented_draft_whose_cover_says_whose_revision_it_is(read_commented):
    # Unattributed before: （某厅修改稿，意见见批注） named no unit.
    rows = read_commented("修改稿.docx", ["某市林业发展规划（征求意见稿）", "（自治区林业和草原局修改稿，意见见批注）",
                                        ("到2025年，森林覆盖率达到23.5%。", "建议核实森林覆盖率目标。", "规划处 某某")])
    assert [(c.department, c.text) for c in rows] == [("自治区林业和草原局", "建议核实森林覆盖率目标。")]
