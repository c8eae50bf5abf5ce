"""Finding and resolving citations of the draft inside opinions (consultagg.plan references)."""

from __future__ import annotations

import pytest

from consultagg.plan import (Reference, match_quote, parse_plan, parse_references, reference_candidates,
                             resolve_reference)

PLAN = """示例市水生态环境保护规划
第一章 总体要求
第一节 指导思想
坚持生态优先、绿色发展，以改善水生态环境质量为核心。
第二节 主要目标
到2025年，地表水优良水体比例达到80%以上。
— 1 —
第二章 水环境治理
第一节 饮用水水源保护
（一）划定保护区。完成乡镇级集中式饮用水水源保护区划定。
（二）规范化建设。开展水源地规范化建设，设置隔离防护设施。
第二节 黑臭水体治理
（一）城市黑臭水体。基本消除地级城市建成区黑臭水体。
（二）农村黑臭水体。开展农村黑臭水体排查，建立整治清单。
专栏1 水环境重点工程
1.城市污水处理厂提标改造工程。
2.入河排污口排查整治工程。
— 2 —
第三章 水生态保护修复
第一节 河湖生态缓冲带
（一）建设生态缓冲带。在重点河段建设生态缓冲带。
第二节 湿地保护
（一）湿地保护修复。实施沙湖、星海湖湿地保护修复工程。
表3-1 重点湿地名录
图3 生态空间格局
— 3 —
第四章 保障措施
加强组织领导，落实目标责任。
附件1 项目清单
一、水环境项目
附表1 指标解释
— 4 —
"""
REG = """示例市水环境保护条例
第一章 总则
第一条 为了保护和改善水环境，制定本条例。
第二条 本条例适用于本市行政区域内的水环境保护。
第二章 监督管理
第十条 县级以上人民政府应当加强水环境保护工作。
市生态环境主管部门对水环境保护实施统一监督管理。
有关部门按照职责做好相关工作：
第十一条 鼓励公众参与水环境保护。
"""
ITEMS = """示例建议
一、总体要求
1.指导思想。坚持新发展理念。
2.主要目标。生态环境持续改善。
二、重点任务
3.治理水污染。推进城镇污水管网全覆盖。
4.治理大气污染。加强细颗粒物和臭氧协同控制。
三、保障措施
5.加强组织领导。落实各级责任。
"""
STD = """示例排放标准
4.1 一般要求
4.3 排放控制
4.3.1 排放口应规范设置。
4.3.2 排放限值。污水排放应符合表1规定。
附录A 术语
A.1 定义
A.2 缩略语
"""

PLANS = {name: parse_plan(text) for name, text in
         {"PLAN": PLAN, "REG": REG, "ITEMS": ITEMS, "STD": STD}.items()}


def S(*levels, **fields):
    """Expected heading citation: S(("章", 2), ("节", 2), raw=...)."""
    return dict(kind="section", levels=tuple(levels), **fields)


def P(first, last=None, lines=None, **fields):
    return dict(kind="page", pages=(first, last or first), lines=lines, **fields)


def O(kind, label, **fields):
    return dict(kind=kind, label=label, **fields)


def Q(quote, proposed=False, **fields):
    return dict(kind="quote", quote=quote, proposed=proposed, **fields)


# (plan, text, read as a location column?, expected references, expected resolution per reference)
CASES = [
    # headings
    ("PLAN", "第二章第二节", False, [S(("章", 2), ("节", 2), raw="第二章第二节")], ["s2.2"]),
    ("PLAN", "建议第二章 第二节增加内容", False, [S(("章", 2), ("节", 2), raw="第二章 第二节")], ["s2.2"]),
    ("PLAN", "第二章的第二节", False, [S(("章", 2), ("节", 2))], ["s2.2"]),
    ("PLAN", "第二章第二节（一）表述不准确", False, [S(("章", 2), ("节", 2), ("（一）", 1))], ["s2.2.1"]),
    ("PLAN", "第二章第二节第（二）条", False, [S(("章", 2), ("节", 2), ("（一）", 2))], ["s2.2.2"]),
    ("PLAN", "第二章（二）", False, [S(("章", 2), ("（一）", 2))], [None]),  # two 第二节 have a （二）
    ("PLAN", "第三章", False, [S(("章", 3))], ["s3"]),
    ("PLAN", "第三章建议增加湿地内容", False, [S(("章", 3))], ["s3"]),
    ("PLAN", "第3章", False, [S(("章", 3))], ["s3"]),
    ("PLAN", "第三章第二节湿地保护部分", False, [S(("章", 3), ("节", 2))], ["s3.2"]),
    ("PLAN", "第三章第九节", False, [S(("章", 3), ("节", 9))], ["s3"]),  # as deep as the draft goes
    ("PLAN", "第五章", False, [S(("章", 5))], [None]),
    ("PLAN", "第二节", False, [S(("节", 2))], [None]),  # every chapter has one
    ("PLAN", "第三章（一）", False, [S(("章", 3), ("（一）", 1))], [None]),
    ("PLAN", "第一部分", False, [S(("部分", 1))], ["s1"]),
    ("PLAN", "第二篇", False, [S(("篇", 2))], ["s2"]),
    ("PLAN", "第一章、第三章", False, [S(("章", 1)), S(("章", 3))], ["s1", "s3"]),
    ("PLAN", "第二节第三章", False, [S(("节", 2)), S(("章", 3))], [None, "s3"]),
    # pages and lines
    ("PLAN", "P1", False, [P(1, raw="P1")], ["s1"]),
    ("PLAN", "p.2", False, [P(2, raw="p.2")], ["s2"]),
    ("PLAN", "第3页", False, [P(3)], ["s3"]),
    ("PLAN", "第三页", False, [P(3)], ["s3"]),
    ("PLAN", "第四页", False, [P(4)], ["s4"]),
    ("PLAN", "P2 L3-5", False, [P(2, lines=(3, 5), raw="P2 L3-5")], ["s2.1"]),
    ("PLAN", "第2页第20-22行", False, [P(2, lines=(20, 22), raw="第2页第20-22行")], ["s2.2.2.1.2"]),
    ("PLAN", "第2-3页", False, [P(2, 3, raw="第2-3页")], ["s2.2.2.1.2"]),
    ("PLAN", "第2至3页", False, [P(2, 3)], ["s2.2.2.1.2"]),
    ("PLAN", "pp.2-3", False, [P(2, 3, raw="pp.2-3")], ["s2.2.2.1.2"]),
    ("PLAN", "第9页", False, [P(9)], [None]),
    ("PLAN", "第3-5行", False, [dict(kind="line", lines=(3, 5), raw="第3-5行")], [None]),
    ("PLAN", "L3", False, [dict(kind="line", lines=(3, 3))], [None]),
    ("PLAN", "第十二页", False, [P(12)], [None]),
    # boxes, tables, figures, annexes
    ("PLAN", "表3-1", False, [O("table", "3-1", raw="表3-1")], ["s3.2.1.1"]),
    ("PLAN", "表 3-1 中湿地名录不全", False, [O("table", "3-1")], ["s3.2.1.1"]),
    ("PLAN", "表3－1", False, [O("table", "3-1")], ["s3.2.1.1"]),
    ("PLAN", "专栏1", False, [O("box", "1")], ["s2.2.2.1"]),
    ("PLAN", "专栏一", False, [O("box", "1")], ["s2.2.2.1"]),
    ("PLAN", "专栏5", False, [O("box", "5")], [None]),
    ("PLAN", "图3", False, [O("figure", "3")], ["s3.2.1.2"]),
    ("PLAN", "附件1", False, [O("annex", "1")], ["s5"]),
    ("PLAN", "附件一", False, [O("annex", "1")], ["s5"]),
    ("PLAN", "附件2", False, [O("annex", "2")], [None]),
    ("PLAN", "附表1", False, [O("annex_table", "1")], ["s6"]),
    ("PLAN", "第二章第二节、表3-1和专栏1", False,
     [S(("章", 2), ("节", 2)), O("table", "3-1"), O("box", "1")], ["s2.2", "s3.2.1.1", "s2.2.2.1"]),
    # quoted wording
    ("PLAN", "原文“基本消除地级城市建成区黑臭水体”过于笼统", False,
     [Q("基本消除地级城市建成区黑臭水体")], ["s2.2.1"]),
    ("PLAN", "“开展农村黑臭水体排查”", False, [Q("开展农村黑臭水体排查")], ["s2.2.2"]),
    ("PLAN", "建议将“地表水优良水体比例达到80%以上”修改为“达到85%以上”", False,
     [Q("地表水优良水体比例达到80%以上"), Q("达到85%以上", proposed=True)], ["s1.2", "s1.2"]),
    ("PLAN", "建议增加“建立健全生态补偿长效机制”", False,
     [Q("建立健全生态补偿长效机制", proposed=True)], [None]),
    ("PLAN", "“实施沙湖星海湖湿地保护修复”", False, [Q("实施沙湖星海湖湿地保护修复")], ["s3.2.1"]),
    ("PLAN", "「开展水源地规范化建设」", False, [Q("开展水源地规范化建设")], ["s2.1.2"]),
    ("PLAN", "“第二章第二节”提法", False, [Q("第二章第二节")], [None]),  # quoted citation stays a quote
    # articles and clauses of a regulation
    ("REG", "第十条第二款", False, [S(("条", 10), paragraph=2)], ["s2.1"]),
    ("REG", "第十条", False, [S(("条", 10))], ["s2.1"]),
    ("REG", "第10条", False, [S(("条", 10))], ["s2.1"]),
    ("REG", "第一章第二条", False, [S(("章", 1), ("条", 2))], ["s1.2"]),
    ("REG", "第二十条", False, [S(("条", 20))], [None]),
    ("REG", "第十条第二款第（三）项", False, [S(("条", 10), paragraph=2, subitem=3)], ["s2.1"]),
    ("REG", "第十条第三项", False, [S(("条", 10), subitem=3)], ["s2.1"]),
    ("REG", "建议见《水污染防治法》第十条", False, [S(("条", 10), document="水污染防治法")], ["s2.1"]),
    # drafts numbered 一、 and 1. … cited as 部分 / 条 / 点
    ("ITEMS", "第三部分", False, [S(("部分", 3))], ["s3"]),
    ("ITEMS", "第3条", False, [S(("条", 3))], ["s2.1"]),
    ("ITEMS", "第二部分第3条", False, [S(("部分", 2), ("条", 3))], ["s2.1"]),
    ("ITEMS", "第二部分第4点", False, [S(("部分", 2), ("*", 4))], ["s2.2"]),
    ("ITEMS", "三、", True, [S(("一、", 3))], ["s3"]),
    ("ITEMS", "3", True, [S(("1.", 3))], ["s2.1"]),
    ("ITEMS", "第二部分 4.", True, [S(("部分", 2), ("1.", 4))], ["s2.2"]),
    ("ITEMS", "（二）", True, [S(("（一）", 2))], ["s2"]),
    ("ITEMS", "二、（1）", True, [S(("一、", 2), ("（1）", 1))], ["s2.1"]),
    # standards numbering and appendices
    ("STD", "4.3.2", False, [O("clause", "4.3.2")], ["s2.2"]),
    ("STD", "第4.3.2条", False, [O("clause", "4.3.2")], ["s2.2"]),
    ("STD", "4.3条", False, [O("clause", "4.3")], ["s2"]),
    ("STD", "4.3", True, [O("clause", "4.3")], ["s2"]),
    ("STD", "附录A.2", False, [O("appendix", "A.2")], ["s3.2"]),
    ("STD", "附录A", False, [O("appendix", "A")], ["s3"]),
    ("STD", "附录B", False, [O("appendix", "B")], [None]),
    ("STD", "附录A.9", False, [O("appendix", "A.9")], ["s3"]),
]

# Text that cites nothing in the draft.
NOT_REFERENCES = [
    "第3点意见：建议加强监管", "第三条建议", "第3点", "PM2.5浓度下降", "2020.10.29印发", "增加1.5倍",
    "L12市区建设局", "P3区", "P2P网贷", "“十四五”", "一是加强领导", "（二）建议增加投入", "3",
    "代表3人", "发表1篇文章", "地图2幅", "共12页", "APP12", "36", "三、", "1.2.3.5栋电梯", "l000平米",
]


@pytest.mark.parametrize("plan_key, text, location, expected, ids", CASES,
                         ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_parse_and_resolve(plan_key, text, location, expected, ids):
    refs = parse_references(text, location=location)
    assert len(refs) == len(expected), refs
    for ref, want in zip(refs, expected):
        for key, value in want.items():
            assert getattr(ref, key) == value, (key, ref)
        assert text[ref.span[0]:ref.span[1]] == ref.raw
    plan = PLANS[plan_key]
    got = [resolve_reference(r, plan) for r in refs]
    assert [s.id if s is not None else None for s in got] == ids


def test_table_is_large_enough():
    assert len(CASES) >= 60


@pytest.mark.parametrize("text", NOT_REFERENCES)
def test_not_references(text):
    assert parse_references(text) == []


def test_location_mode_reads_bare_numbers():
    assert parse_references("36", location=True)[0].levels == (("1.", 36),)
    assert parse_references("三、", location=True)[0].levels == (("一、", 3),)


def test_reference_is_frozen_and_has_shortcuts():
    ref = parse_references("第一篇第三章第二节第十条")[0]
    assert (ref.part, ref.chapter, ref.section, ref.article) == (1, 3, 2, 10)
    with pytest.raises(AttributeError):
        ref.raw = "x"
    assert isinstance(ref, Reference)


def test_document_of_a_citation():
    refs = parse_references("根据《某某办法》第三章申请条件的规定，第七条中说明。另外第二章第二节应修改")
    assert [(r.raw, r.document) for r in refs] == [
        ("第三章", "某某办法"), ("第七条", "某某办法"), ("第二章第二节", None)]


def test_candidates_list_ambiguous_citations():
    plan = PLANS["PLAN"]
    ref = parse_references("第二节")[0]
    assert [s.id for s in reference_candidates(ref, plan)] == ["s1.2", "s2.2", "s3.2"]
    page = parse_references("第2页")[0]
    assert {s.id for s in reference_candidates(page, plan)} >= {"s2", "s2.1", "s2.2.2.1.2"}
    assert reference_candidates(parse_references("第3-5行")[0], plan) == []


def test_match_quote_scores():
    plan = PLANS["PLAN"]
    best = match_quote("基本消除地级城市建成区黑臭水体", plan)
    assert best[0][0].id == "s2.2.1" and best[0][1] == pytest.approx(1.0)
    assert all(score >= 0.5 for _, score in best)
    assert match_quote("完全无关的一句话内容", plan) == []
    assert match_quote("", plan) == []
