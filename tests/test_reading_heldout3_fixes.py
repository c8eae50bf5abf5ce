"""Reader cases written after the third set of 15 documents by someone else (other provinces,
other plans) failed on them; each failed before the fix. The texts are new."""

from consultagg.extract.letters import parse_letter

MINUTES = (
    "征求意见座谈会纪要\n"
    "2022年5月6日，四川省交通运输厅组织召开座谈会。四川省财政厅、四川省自然资源厅、成都市交通运输局有关负责同志及部分"
    "成都市政协委员参加会议。副厅长王某某主持会议。现将发言纪要如下：\n"
    "省自然资源厅国土空间规划处刘处长：建议在综合交通枢纽部分补充用地保障内容。\n"
    "一、省财政厅经济建设处：\n"
    "1. 建议重大项目资金测算与财政承受能力相衔接。\n"
    "2. 请补充分年度投资计划。\n"
    "二、成都市交通运输局\n"
    "(1)建议增加市域铁路公交化运营内容。\n"
    "成都市交通运输局李某某局长表示，建议增设城市慢行系统专章。\n"
    "陈某某（成都市政协委员）表示，部分公交线路重复，建议优化线网。\n"
    "王某某副厅长最后强调，编制组要认真梳理吸纳与会单位意见，进一步修改完善规划文本。\n"
)


def test_minutes_speakers_by_line_number_and_reported_speech():
    m = parse_letter(MINUTES, kind="minutes")
    assert [(o.department, o.text[:8]) for o in m.opinions] == [
        ("四川省自然资源厅", "建议在综合交通枢"),  # the short name takes the attendee list's full name
        ("四川省财政厅", "建议重大项目资金"),
        ("四川省财政厅", "请补充分年度投资"),
        ("成都市交通运输局", "建议增加市域铁路"),
        ("成都市交通运输局", "建议增设城市慢行"),
        ("成都市政协委员", "部分公交线路重复"),
    ]


def test_an_expert_named_on_a_numbered_line_and_the_review_conclusion():
    m = parse_letter(
        "专家评审会会议纪要\n一、专家意见\n（一）四川大学建筑与环境学院陈某某教授\n"
        "1.建议补充多情景客运量预测。\n2.建议强化成渝双城经济圈交通协同内容。\n"
        "（二）四川省城乡规划设计研究院总规划师刘某某\n建议补充枢纽周边用地管控要求。\n"
        "二、评审结论\n专家组一致同意通过评审，请编制单位根据专家意见修改完善后按程序报批。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["四川大学", "四川大学", "四川省城乡规划设计研究院"]


def test_jianyi_diyi_dier_in_one_point_are_two():
    letter = parse_letter("四川省发展和改革委员会：\n（三）关于农村寄递物流。建议第一，推动邮政、快递资源整合共享；"
                          "第二，支持村级寄递物流综合服务站共建共用。\n四川省农业农村厅\n2022年5月9日")
    assert len(letter.opinions) == 2


def test_page_rules_and_a_closing_wish_are_not_opinions():
    letter = parse_letter("银川市发展和改革委员会：\n1.建议增加公交专用道建设内容。\n"
                          "-------------------- 第 1 页共 2 页 --------------------\n"
                          "2.建议补充货车通行管理内容。\n祝好！\n银川市交通运输局\n2022年6月1日")
    assert [o.text for o in letter.opinions] == ["建议增加公交专用道建设内容。", "建议补充货车通行管理内容。"]
