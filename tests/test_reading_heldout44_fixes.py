"""Failures letters set 44 showed (a blind set measured once at 976e546: 7 of 15), each a general rule.

Release blocker: a hearing record whose seats name their speakers on a line of their own
(陈述人一：包某某，某区居民) lost three speakers' statements, read the 听证人's questions and the answers to
them as opinions, and gave 但是建议… to a speaker 但是.
"""

from __future__ import annotations

_HEARING = ("《某市养犬管理条例（草案征求意见稿）》立法听证会笔录（摘录）\n\n时间：2024年5月23日14:30\n"
            "听证主持人：市司法局副局长 殷某某\n听证人：市人大常委会法制工作委员会 骆某某；市司法局立法一处 郑某某\n"
            "起草单位：市公安局\n\n主持人：现在开始听证。\n\n陈述人一：包某某，荟某区居民\n"
            "    我家里有一只柯基，养了五年。我认为草案第十条把体型作为禁养标准不太合理，建议以犬种的攻击性作为依据。"
            "另外，我建议养犬登记费用全部免除。\n\n听证人（骆某某）：请问陈述人，您说的“攻击性”如何认定？\n"
            "包某某：可以参照其他城市的烈性犬名录，由专业机构评估。\n\n陈述人二：费某某，苇某区个体经营户（经营宠物美容店）\n"
            "    草案第二十一条要求宠物店设置隔离区域，我们是支持的，但是建议给现有经营场所一年的改造过渡期。\n\n"
            "陈述人三：某市瑭悦物业服务有限公司 项目经理 甘某某\n"
            "    一是建议第二十四条明确物业服务企业有权劝阻违法养犬行为；二是建议删除第二十四条中对物业服务企业罚款的规定。\n\n"
            "主持人：现在宣布听证会结束。\n")


def test_hearing_seats_name_their_speakers(read_written):
    rows = read_written("听证.txt", _HEARING)
    assert [c.department for c in rows] == ["社会公众", "社会公众", "社会公众", "某市瑭悦物业服务有限公司", "某市瑭悦物业服务有限公司"]
    assert rows[2].text.startswith("草案第二十一条") and rows[2].speaker == "费某某"
    assert not any(c.text.startswith(("请问", "可以参照")) for c in rows)


def test_minutes_of_a_city_whose_organs_start_with_shi(read_written):
    # 市城市管理局 in the opening read as an organ of a city 市城市: every 市-unit became 市城市X
    text = ("《某州市养犬管理条例（草案征求意见稿）》立法座谈会纪要\n\n"
            "    2024年5月16日，市司法局召开立法座谈会，市城市管理局、市农业农村局、市人大代表等参加会议。\n\n"
            "    市城市管理局汪某某：建议第二十二条增加养犬人应当随身携带清理犬只粪便用品的规定。\n\n"
            "    主持人最后表示，市司法局将认真梳理吸收与会人员的意见建议，进一步修改完善草案。\n\n"
            "市司法局立法一处（记录：戚某某）\n")
    rows = read_written("纪要.txt", text)
    assert [c.department for c in rows] == ["某州市城市管理局"]


def test_a_title_below_a_scan_note_and_a_comparison_table_title(read_written):
    text = ("[扫描件 OCR 识别结果，第1页/共2页]\n\n某 州 市 卫 生 健 康 委 员 会\n\n某卫函〔2024〕52号\n\n"
            "关于对《某州市养犬管理条例（草案征求意见稿）》\n提出修改意见的函\n\n市司法局：\n"
            "    你局来函收悉。经认真研究，现提出如下修改意见：\n    一、建议将第十二条中“定期”修改为“每年”。\n"
            "    二、建议第二十五条增加犬只伤人后的报告义务。\n\n某州市卫生健康委员会\n2024年5月20日\n")
    rows = read_written("函.txt", text)
    assert [c.text[:6] for c in rows] == ["建议将第十二", "建议第二十五"]


def test_asking_for_the_revised_draft_is_no_opinion(read_written):
    text = ("市司法局：\n    受委领导委托，现将我委意见反馈如下：\n    一、建议在草案中增加一条关于养犬管理信息共享的规定。\n"
            "    另，请在草案报送市政府常务会议审议前，将修改稿再发我委一份。\n\n某州市人大常委会法制工作委员会\n2024年5月22日\n")
    rows = read_written("意见.txt", text)
    assert [c.text[:6] for c in rows] == ["建议在草案中"]
