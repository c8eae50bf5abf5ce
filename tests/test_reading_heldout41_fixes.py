"""Failures letters set 41 showed (a blind set measured once at e294c67: 8 of 15), each a general rule.

Release blockers among them: a hearing record whose speakers stand in square brackets on lines of their
own (【市人大代表 苏某】) lost six of eight opinions, and gave two to nobody; 要是… (if) read as a request
cut a resident's background from her request; an e-mail's 请贵局协助转交起草单位 and 附件为正式意见，请查收
became opinions; a citizen's 支持！早该管管了。 became an opinion.
"""

from __future__ import annotations

_HEARING = ("某州市电动自行车安全管理立法听证会会议记录\n\n时间：2025年4月12日下午\n主持人：市司法局副局长 曹某某\n\n"
            "    陈述人发言：\n\n【市人大代表 苏某】\n"
            "    我有两点建议：第一，条例应当对“飞线充电”作出明确禁止性规定；第二，建议由价格主管部门制定充电指导价。\n\n"
            "【市政协委员 冯某某】\n"
            "    冯某某委员认为，第十九条的配建比例应当区分新城区和老城区。他同时建议将电动自行车安全知识纳入中小学安全教育内容。\n\n"
            "【居民代表 周某某（某区金桥街道居民）】\n"
            "    我们小区是九十年代建的，楼下没有地方充电。要是条例一出来就禁止上楼，老百姓确实有困难。希望政府先把充电桩建起来，给个过渡期。\n\n"
            "【商户代表 陈某（某州市骑安电动车商行负责人）】\n"
            "    陈某提出，建议加大对非法改装经营者的查处力度。\n\n"
            "【从业人员代表 罗某某（外卖配送员）】\n"
            "    我们一天要跑两三百公里，建议在商圈多设换电柜。\n\n"
            "【居民代表 何某某（某区居民）】\n    赞成条例出台，支持严格管理，没有其他意见。\n\n"
            "    主持人小结：听证记录将作为修改完善条例的重要参考。\n")


def test_speakers_in_square_brackets(read_written):
    rows = read_written("听证.txt", _HEARING)
    assert [c.department for c in rows] == ["某州市人大代表", "某州市人大代表", "某州市政协委员", "某州市政协委员",
                                            "社会公众", "某州市骑安电动车商行", "社会公众"]
    assert rows[4].text.startswith("我们小区是") and rows[4].text.endswith("给个过渡期。")


def test_the_bracket_line_joined_to_the_speech(read_written):
    text = ("听证会记录\n\n    陈述人发言：\n\n【居民代表 周某某（某区金桥街道居民）】我们小区楼下没有地方充电，希望政府先把充电桩建起来。\n\n"
            "【从业人员代表 罗某某（外卖配送员）】我们一天要跑两三百公里，建议在商圈多设换电柜。\n")
    rows = read_written("听证.txt", text)
    assert [(c.department, c.text[:4]) for c in rows] == [("社会公众", "我们小区"), ("社会公众", "我们一天")]


def test_passing_on_and_the_attachment_are_no_opinions(read_written):
    mail = ("发件人：某市商务局综合科\n收件人：某市公安局交管支队法制科\n主题：转发：行业协会意见\n\n法制科：\n\n"
            "    下面是市电动自行车行业协会报来的意见，请贵局协助转交起草单位，谢谢！我局无其他意见。\n\n"
            "---------- 转发的邮件 ----------\n发件人：某市电动自行车行业协会秘书处\n主题：意见\n\n"
            "    1. 建议明确电池以旧换新的补贴标准。\n    2. 建议设置一年过渡期。\n\n某市电动自行车行业协会秘书处\n")
    rows = read_written("mail.txt", mail)
    assert [c.text[:6] for c in rows] == ["建议明确电池", "建议设置一年"]
    reply = ("发件人：某市民政局养老服务科\n主题：回复：征求意见\n\n法制科：\n\n    建议条例明确养老机构内电动自行车集中充电的管理责任。"
             "附件为正式意见（已盖章），请查收。\n\n某市民政局养老服务科 2025年4月10日\n")
    rows = read_written("reply.txt", reply)
    assert len(rows) == 1 and "附件" not in rows[0].text


def test_a_rule_quoted_after_its_label_stays_with_the_request(read_written):
    text = ("市公安局交通管理支队：\n\n    现将我局修改意见反馈如下：\n\n"
            "    1. 第二十八条：集中充电场所运营单位应当配备消防器材。建议进一步明确配备与充电规模相适应的灭火器材。\n\n"
            "    2. 建议增加火灾事故调查的规定。\n\n某市应急管理局政策法规科\n2025年4月9日\n")
    rows = read_written("意见.txt", text)
    assert len(rows) == 2 and rows[0].text.startswith("第二十八条")


def test_a_citizen_saying_it_is_time(read_written):
    rows = read_written("留言.csv", "序号,留言内容\n1,支持！早该管管了。\n2,建议在地铁站出口设置电动自行车停放点。\n")
    assert [c.text[:4] for c in rows] == ["建议在地"]
