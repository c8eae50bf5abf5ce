"""Finding and resolving citations of the draft inside opinions (consultagg.sections.references)."""

from __future__ import annotations

import pytest

from consultagg.sections.plan import parse_plan
from consultagg.sections.references import (Reference, match_quote, parse_references, reference_candidates,
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
    ("ITEMS", "第二部分3.治理水污染的表述需调整", False, [S(("部分", 2), ("1.", 3))], ["s2.1"]),
    ("ITEMS", "第二部分 3.", False, [S(("部分", 2))], ["s2"]),  # a spaced 3. may be the writer's own
    ("PLAN", "第二章第一节第二项", False, [S(("章", 2), ("节", 1), subitem=2)], ["s2.1.2"]),
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


# ------------------------------------------------------------------------- unseen drafts
# Two drafts unlike the ones above (篇/章/节/一、/（一） mixed, and a standard numbered 4.3.2 with
# appendices), each with opinions citing it the ways commenters do; the intended section is
# given by its heading labels from the top.

DRAFT_A = """某省综合交通运输发展规划（征求意见稿）
第一篇 发展基础
第一章 发展成就
一、综合交通网络基本形成。全省公路总里程达到18万公里，高速公路通车里程突破7000公里。
二、运输服务水平提升。城乡客运一体化覆盖率达到90%，建制村通客车率达到100%。
第二章 面临形势
一、发展机遇。新一轮科技革命和产业变革带来新动能。
二、风险挑战。区域发展不平衡，城乡交通服务差距依然较大。
— 11 —
第二篇 主要任务
第三章 构建现代综合交通网络
第一节 铁路网络
（一）高速铁路。建成沿江高速铁路，实现市市通高铁。
（二）普速铁路。推进既有线电气化改造和复线建设。
第二节 公路网络
（一）高速公路。加快国家高速公路待贯通路段建设，推进繁忙路段扩容改造。
（二）普通国省道。实施普通国道低等级路段提级改造。
（三）农村公路。推进“四好农村路”高质量发展，实施窄路基路面拓宽改造。
专栏1 铁路重点工程
1.沿江高速铁路。
2.城际铁路和市域铁路。
第三节 水运网络
（一）内河航道。提升长江干线航道通航能力，推进支流航道整治。
（二）港口。优化港口布局，推进港口资源整合。
— 12 —
第四章 提升运输服务质量
第一节 客运服务
一、城乡客运一体化。推进城市公交向周边乡镇延伸，鼓励镇村公交发展。
二、出租汽车。规范网约车经营，推动巡游出租汽车转型升级。
第二节 货运物流
一、多式联运。发展铁水联运和公铁联运，推进集装箱多式联运。
二、城市配送。建设城市绿色货运配送示范工程，完善末端配送网点。
专栏2 运输服务提升工程
1.城乡公交一体化示范县创建。
2.多式联运示范工程。
— 13 —
第五章 推动绿色智慧交通
第一节 绿色交通
（一）新能源车辆推广。城市公交车新能源比例达到80%以上。
（二）港口岸电。主要港口岸电设施覆盖率达到60%。
第二节 智慧交通
（一）智慧公路。建设车路协同示范路段，推进高速公路不停车收费。
（二）出行信息服务。推进交通出行信息一站式服务。
— 14 —
第三篇 保障措施
第六章 强化实施保障
（一）加强组织领导。建立规划实施协调机制，明确部门责任分工。
（二）强化资金保障。拓宽交通建设投融资渠道，用好地方政府专项债券。
（三）加强评估考核。开展规划实施中期评估。
— 15 —
附件1 重大项目表
附件2 名词解释
— 16 —
"""

DRAFT_B = """城市道路照明设计标准（征求意见稿）
1 总则
1.0.1 为规范城市道路照明设计，提高照明质量，制定本标准。
1.0.2 本标准适用于新建、扩建和改建的城市道路照明设计。
2 术语
2.0.1 路面平均亮度 按照规定的测点布置计算的路面亮度平均值。
3 照明标准
3.1 机动车道照明标准
3.1.1 机动车道照明应以路面平均亮度为评价指标。
3.1.2 快速路的路面平均亮度维持值不应低于1.5cd/m2。
3.2 人行道照明标准
3.2.1 人行道路面平均照度维持值不应低于5lx。
4 照明方式和设计要求
4.1 照明方式
4.1.1 常规照明灯具的布置可分为单侧布置、双侧交错布置和双侧对称布置。
4.2 设计要求
4.2.1 道路交会区应提高照明水平。
4.3 节能标准和措施
4.3.1 照明功率密度值不应大于表4.3.1的规定。
4.3.2 应采用高效光源和灯具，宜采用发光二极管光源。
4.3.3 宜采用智能控制系统，按时段调节路面照度。
附录A 照度计算
A.1 计算方法 采用逐点计算法计算路面照度。
A.2 计算参数 维护系数取0.7。
附录B 本标准用词说明
"""

OPINIONS_A = [
    ("第三章第二节的高速公路建设进度偏慢，建议明确时间表。", ("第三章", "第二节")),
    ("建议第三章第一节补充高铁站点布局。", ("第三章", "第一节")),
    ("第三章 第三节（二）港口资源整合的提法需细化。", ("第三章", "第三节", "（二）")),
    ("第六章（二）建议增加专项债券使用监管内容。", ("第六章", "（二）")),
    ("第六章（三）中期评估应增加第三方评估。", ("第六章", "（三）")),
    ("第六章第（一）条应明确牵头部门。", ("第六章", "（一）")),
    ("第四章第二节二、城市配送部分建议增加冷链物流。", ("第四章", "第二节", "二、")),
    ("第四章第一节第二项网约车内容建议删除。", ("第四章", "第一节", "二、")),
    ("第五章第二节（一）不停车收费已全面实施，建议修改表述。", ("第五章", "第二节", "（一）")),
    ("第二篇第五章第一节", ("第五章", "第一节")),
    ("第一篇第二章面临形势分析不够充分。", ("第二章",)),
    ("第三篇保障措施过于原则。", ("第三篇",)),
    ("第一章二、运输服务水平提升中的数字需核实。", ("第一章", "二、")),
    ("第二章第一点发展机遇部分建议补充区域协调内容。", ("第二章", "一、")),
    ("第13页关于客运服务的内容建议充实。", ("第四章",)),
    ("P13", ("第四章",)),
    ("第14页绿色交通指标偏低。", ("第五章",)),
    ("第11页的发展成就数据需更新到2020年底。", ("第一篇",)),
    ("p.15 保障措施建议增加人才保障。", ("第三篇",)),
    ("专栏1中的铁路工程建议增加城际铁路项目。", ("专栏1",)),
    ("专栏2运输服务提升工程应补充示范县数量。", ("专栏2",)),
    ("专栏二建议补充多式联运示范工程名单。", ("专栏2",)),
    ("附件1重大项目表缺少机场项目。", ("附件1",)),
    ("附件2名词解释中“四好农村路”应给出定义。", ("附件2",)),
    ("原文“推进城市公交向周边乡镇延伸”，建议改为延伸到建制村。", ("第四章", "第一节", "一、")),
    ("“城市公交车新能源比例达到80%以上”目标过高，建议调整为70%。", ("第五章", "第一节", "（一）")),
    ("建议将“实施普通国道低等级路段提级改造”修改为“实施普通国省道低等级路段提级改造”。",
     ("第三章", "第二节", "（二）")),
    ("“优化港口布局，推进港口资源整合”表述与省里文件不一致。", ("第三章", "第三节", "（二）")),
    ("关于“主要港口岸电设施覆盖率达到60%”，建议提高到80%。", ("第五章", "第一节", "（二）")),
]
OPINIONS_B = [
    ("4.3.2 建议明确发光二极管光源的光效要求。", ("4", "4.3", "4.3.2")),
    ("第4.3.3条智能控制系统应增加远程监控。", ("4", "4.3", "4.3.3")),
    ("3.1.2条中1.5cd/m2的维持值偏高。", ("3", "3.1", "3.1.2")),
    ("建议3.2.1中照度值提高到10lx。", ("3", "3.2", "3.2.1")),
    ("4.2.1 道路交会区的要求过于笼统。", ("4", "4.2", "4.2.1")),
    ("第1.0.2条适用范围应包括养护改造工程。", ("1", "1.0.2")),
    ("附录A.2维护系数取值偏大。", ("附录A", "A.2")),
    ("附录A.1计算方法建议增加软件计算。", ("附录A", "A.1")),
    ("附录A照度计算的示例不足。", ("附录A",)),
    ("附录B用词说明与其他标准不一致。", ("附录B",)),
    ("第4.1.1条灯具布置方式应增加中心对称布置。", ("4", "4.1", "4.1.1")),
    ("“宜采用智能控制系统，按时段调节路面照度”建议改为“应采用”。", ("4", "4.3", "4.3.3")),
    ("2.0.1 路面平均亮度的定义不准确。", ("2", "2.0.1")),
    ("4.3条节能措施建议单独成章。", ("4", "4.3")),
]


def _by_labels(plan, labels):
    """The section reached by following heading labels down the tree (skipping levels)."""
    current = None
    for label in labels:
        below = [s for s in plan.sections if current is None or s.id.startswith(current.id + ".")]
        current = next(s for s in below if s.label == label)
    return current


@pytest.fixture(scope="module")
def unseen():
    from consultagg.sections.matcher import SectionMatcher

    out = []
    for draft, opinions in ((DRAFT_A, OPINIONS_A), (DRAFT_B, OPINIONS_B)):
        plan = parse_plan(draft)
        out.append((plan, opinions, SectionMatcher(plan, top_k=3).fit()))
    return out


def test_unseen_drafts_parse(unseen):
    (a, _, _), (b, _, _) = unseen
    assert [s.label for s in a.sections if s.kind == "章"] == [f"第{n}章" for n in "一二三四五六"]
    assert [s.kind for s in a.sections if s.depth == 1] == ["篇", "篇", "篇", "附件", "附件"]
    assert a.pages[0][:2] == (11, 1) and [p for p, _, _ in a.pages] == list(range(11, 17))
    assert _by_labels(a, ("第六章", "（二）")).parent_id == _by_labels(a, ("第六章",)).id
    assert [s.label for s in b.sections if s.depth == 1] == ["1", "2", "3", "4", "附录A", "附录B"]
    assert _by_labels(b, ("4.3.2",)).path[:2] == ("4 照明方式和设计要求", "4.3 节能标准和措施")
    assert b.report == ()


def test_unseen_drafts_references_resolve(unseen):
    n = right_ref = right_match = 0
    wrong = []
    for plan, opinions, matcher in unseen:
        rows = matcher.predict_matches([text for text, _ in opinions])
        for (text, labels), row in zip(opinions, rows):
            want = _by_labels(plan, labels).id
            refs = parse_references(text)
            got = resolve_reference(refs[0], plan) if refs else None
            n += 1
            right_ref += got is not None and got.id == want
            top = row[0] if row else None
            ok = top is not None and top.section_id == want and top.method in ("reference", "quote")
            right_match += ok
            if not ok:
                wrong.append((text, want, top))
    assert n >= 40
    assert right_ref / n >= 0.95 and right_match / n >= 0.95, wrong


def test_page_line_of_and_original_wording():
    from consultagg.sections.references import original_wording, page_line_of

    assert page_line_of("见P12 L3-5及第14页") == "P12 L3-5；P14"
    assert page_line_of("第12页第3行", location="第12页第3行") == "P12 L3"
    assert page_line_of("pp.2-3") == "P2-3"
    assert page_line_of("建议加强监管") == "" and page_line_of(None) == ""
    assert page_line_of("L12市区建设局") == ""  # a masked place name, not a line
    assert original_wording("建议将“实施普通国道低等级路段提级改造”修改为“实施国省道提级改造”") == \
        "实施普通国道低等级路段提级改造"
    assert original_wording("原文“基本消除城市黑臭水体”和“推进城镇污水管网全覆盖”均需修改") == \
        "基本消除城市黑臭水体；推进城镇污水管网全覆盖"
    assert original_wording("建议增加“建立生态补偿长效机制”") == ""
    assert original_wording("同意") == "" and original_wording(None) == ""


def test_demo_draft_parses_completely():
    import re

    from consultagg.cli import demo_paths

    text = demo_paths()["plan"].read_text(encoding="utf-8")
    plan = parse_plan(text)
    labels = {s.label for s in plan.sections}
    lines = [ln.strip() for ln in text.splitlines()]
    chapters = {m.group(1) for ln in lines for m in [re.match(r"(第[一二三四五六七八九十]+章)", ln)] if m}
    boxes = {m.group(1) for ln in lines for m in [re.match(r"(专栏\s*\d+)", ln)] if m}
    assert len(chapters) >= 10 and chapters <= labels
    assert boxes and boxes <= labels
    # Every heading-looking line became a section.
    cn = "一二三四五六七八九十"
    heads = [ln for ln in lines if re.match(rf"(第[{cn}]+[章节]|专栏\d|[{cn}]+、|（[{cn}]+）)", ln)]
    assert len(heads) == sum(1 for s in plan.sections if s.kind in ("章", "节", "专栏", "一、", "（一）"))
    # Nothing unexplained: each note says where and what (a skipped level or number, unusual nesting).
    assert all(re.match(r"第\d+行 .+：(直接出现在.+跳过了|序号不连续|.+与常规顺序不同)", note)
               for note in plan.report), plan.report
    assert plan.pages and plan.title
    # Citations of the demo draft resolve.
    for cite in sorted(chapters) + sorted(boxes):
        assert resolve_reference(parse_references(cite)[0], plan) is not None, cite
