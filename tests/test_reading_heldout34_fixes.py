"""Failures letters set 34 showed (a blind set measured once at c9a5fb3), each a general rule.

Release blocker among them: a hearing's list of speakers written 1号　何某　市民代表（某区） was not
read, so every speaker named only by name had no unit (the public and the deputies alike).
"""

from __future__ import annotations


def test_hearing_list_with_seat_numbers(read_written):
    text = ("《桐川市供水节水管理办法（征求意见稿）》立法听证会笔录\n\n听证主持人：卢某（市司法局副局长）\n听证陈述人：\n"
            "　　1号　何永亮　　市民代表（溱水区）\n　　2号　林　芳　　市人大代表\n"
            "　　3号　徐振东　　桐川市汇润洗涤有限公司总经理\n\n"
            "主持人：请1号陈述人发言。\n"
            "何永亮：我家是五口人，第一阶梯水量很容易超出。我建议按户籍人口核定阶梯水量。\n"
            "主持人：请2号陈述人发言。\n"
            "林芳：建议把停水通知方式写进《办法》，要求通过手机短信同时告知。\n"
            "主持人：请3号陈述人发言。\n"
            "徐振东：建议将洗涤行业从特种用水价格中调出，按非居民用水价格执行。\n")
    rows = read_written("听证会笔录.txt", text)
    assert [c.department for c in rows] == ["社会公众", "桐川市人大代表林芳", "桐川市汇润洗涤有限公司"]


def test_bare_praise_set_aside(read_written):
    rows = read_written("export.csv", "序号,姓名,意见内容\n1,孙**,好！支持！\n2,李**,建议把节水教育纳入中小学课程。\n")
    assert [c.text for c in rows] == ["建议把节水教育纳入中小学课程。"]
