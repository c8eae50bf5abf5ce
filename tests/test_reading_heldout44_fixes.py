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
