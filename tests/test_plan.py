"""Parsing draft plans (consultagg.sections.plan.parse_plan) and Chinese numerals (consultagg.text.numerals)."""

from __future__ import annotations

import doctest
import pickle
from dataclasses import asdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consultagg.text import numerals
from consultagg.sections import plan as plan_module
from consultagg.sections import references as references_module
from consultagg.text.numerals import chinese_to_int, int_to_chinese, is_numeral
from consultagg.sections.plan import page_map, page_of_line, parse_plan
from consultagg.records import Plan

# --------------------------------------------------------------------------------- numerals

NUMERALS = [
    ("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十一", 21), ("九十九", 99),
    ("一百", 100), ("一百零三", 103), ("一百一十", 110), ("一百十", 110), ("两百", 200),
    ("三千零五十", 3050), ("一万", 10_000), ("一万零五", 10_005), ("两万三千", 23_000),
    ("十万", 100_000), ("一亿零一", 100_000_001), ("两", 2), ("〇", 0), ("零", 0),
    ("二〇三五", 2035), ("一九", 19), ("36", 36), ("３６", 36), ("０", 0), ("贰拾壹", 21),
    ("叁佰", 300), ("3万", 30_000), (" 十五 ", 15), ("六十", 60),
]


@pytest.mark.parametrize("text, value", NUMERALS)
def test_chinese_to_int_table(text, value):
    assert chinese_to_int(text) == value


@pytest.mark.parametrize("bad", ["", "   ", "十四五规划", "abc", "第三", "1.5", None])
def test_chinese_to_int_rejects(bad):
    with pytest.raises(ValueError):
        chinese_to_int(bad)


@pytest.mark.parametrize("value, text", [(0, "零"), (7, "七"), (10, "十"), (15, "十五"), (20, "二十"),
                                         (21, "二十一"), (103, "一百零三"), (110, "一百一十"),
                                         (1005, "一千零五"), (2035, "二千零三十五"),
                                         (10_010, "一万零一十"), (100_000_001, "一亿零一")])
def test_int_to_chinese_table(value, text):
    assert int_to_chinese(value) == text


@pytest.mark.parametrize("bad", [-1, 1.5, True, "3"])
def test_int_to_chinese_rejects(bad):
    with pytest.raises(ValueError):
        int_to_chinese(bad)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_numeral_round_trip(n):
    assert chinese_to_int(int_to_chinese(n)) == n


def test_is_numeral():
    assert is_numeral("二十一") and is_numeral("１２") and not is_numeral("十四五规划")
    assert not is_numeral("")


@pytest.mark.parametrize("module", [numerals, plan_module, references_module])
def test_doctests(module):
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0


# --------------------------------------------------------------------------- synthetic draft

DRAFT = """示例自治区生态环境保护“十四五”规划
（征求意见稿）
本规划依据有关法律法规编制。

第一章 发展基础
第一节 取得的成效
（一）水环境质量持续改善。黄河干流水质稳定保持Ⅱ类，地级城市黑臭水体基本消除。
（二）大气环境明显好转。细颗粒物平均浓度持续下降。
第二节 面临的形势
当前生态环境保护结构性压力依然较大。
第二章 总体要求
一、指导思想
坚持生态优先、绿色发展。
二、主要目标
1.到2025年，地表水优良比例达到80%以上。
2.细颗粒物浓度下降10%。
— 1 —
第三章 水生态环境保护
第一节 饮用水安全
（一）保护饮用水水源地。开展水源地规范化建设。
1.划定保护区。完成乡镇级水源地保护区划定。
2.整治违法项目。清理保护区内违法建设项目。
（二）提升供水保障能力。
第二节 黑臭水体治理
（一）城市黑臭水体。基本消除地级城市建成区黑臭水体。
专栏1 水环境重点工程
1.城市污水处理厂提标改造工程。
2.入河排污口排查整治工程。
（二）农村黑臭水体。开展农村黑臭水体排查整治。
（四）工业园区污水。推进园区污水集中处理。
- 2 -
第四章 大气环境保护
（一）臭氧污染防治。加强挥发性有机物治理。
表4-1 大气环境主要指标
（二）扬尘污染防治。
附件1 重点项目清单
一、水环境项目
二、大气环境项目
附件2 名词解释
第3页
"""


@pytest.fixture(scope="module")
def draft() -> Plan:
    return parse_plan(DRAFT, source="draft.txt")


def _by_id(plan):
    return {s.id: s for s in plan.sections}


def test_title_preamble_source(draft):
    assert draft.title == "示例自治区生态环境保护“十四五”规划（征求意见稿）"
    assert draft.preamble == "本规划依据有关法律法规编制。"
    assert draft.source == "draft.txt"


def test_tree_shape(draft):
    got = [(s.id, s.label, s.kind, s.depth) for s in draft.sections]
    assert got == [
        ("s1", "第一章", "章", 1), ("s1.1", "第一节", "节", 2), ("s1.1.1", "（一）", "（一）", 3),
        ("s1.1.2", "（二）", "（一）", 3), ("s1.2", "第二节", "节", 2),
        ("s2", "第二章", "章", 1), ("s2.1", "一、", "一、", 2), ("s2.2", "二、", "一、", 2),
        ("s2.2.1", "1.", "1.", 3), ("s2.2.2", "2.", "1.", 3),
        ("s3", "第三章", "章", 1), ("s3.1", "第一节", "节", 2), ("s3.1.1", "（一）", "（一）", 3),
        ("s3.1.1.1", "1.", "1.", 4), ("s3.1.1.2", "2.", "1.", 4), ("s3.1.2", "（二）", "（一）", 3),
        ("s3.2", "第二节", "节", 2), ("s3.2.1", "（一）", "（一）", 3),
        ("s3.2.1.1", "专栏1", "专栏", 4), ("s3.2.1.1.1", "1.", "1.", 5),
        ("s3.2.1.1.2", "2.", "1.", 5), ("s3.2.2", "（二）", "（一）", 3),
        ("s3.2.3", "（四）", "（一）", 3),
        ("s4", "第四章", "章", 1), ("s4.1", "（一）", "（一）", 2), ("s4.1.1", "表4-1", "表", 3),
        ("s4.2", "（二）", "（一）", 2),
        ("s5", "附件1", "附件", 1), ("s5.1", "一、", "一、", 2), ("s5.2", "二、", "一、", 2),
        ("s6", "附件2", "附件", 1),
    ]


def test_parent_ids_depths_and_paths_agree(draft):
    ids = _by_id(draft)
    for s in draft.sections:
        if s.parent_id is None:
            assert s.depth == 1 and len(s.path) == 1
        else:
            parent = ids[s.parent_id]
            assert s.depth == parent.depth + 1
            assert s.path[:-1] == parent.path
            assert s.id.rsplit(".", 1)[0] == parent.id


def test_titles_texts_ordinals(draft):
    ids = _by_id(draft)
    s = ids["s3.1.1"]
    assert (s.title, s.text, s.ordinal, s.line) == ("保护饮用水水源地", "开展水源地规范化建设。", 1, 20)
    assert ids["s3"].path == ("第三章 水生态环境保护",)
    assert ids["s3.2.1.1"].path[-1] == "专栏1 水环境重点工程"
    assert ids["s3.1.1.1"].path == ("第三章 水生态环境保护", "第一节 饮用水安全", "（一）保护饮用水水源地",
                                    "1.划定保护区")
    assert ids["s1.2"].text == "当前生态环境保护结构性压力依然较大。"
    assert ids["s2.1"].text == "坚持生态优先、绿色发展。"
    assert ids["s2.2.1"].title == "到2025年，地表水优良比例达到80%以上" and ids["s2.2.1"].text == ""
    assert ids["s3.2.3"].ordinal == 4 and ids["s4.1.1"].title == "大气环境主要指标"
    assert ids["s1"].title == "发展基础" and ids["s1"].text == ""


def test_page_markers_are_not_text(draft):
    every_text = draft.preamble + "".join(s.title + s.text for s in draft.sections)
    assert "— 1 —" not in every_text and "- 2 -" not in every_text and "第3页" not in every_text
    assert page_map(draft) == [(1, 1, 17), (2, 18, 31), (3, 32, 40)]
    assert draft.pages == ((1, 1, 17), (2, 18, 31), (3, 32, 40))
    assert not any("页" in note for note in draft.report)  # the page map is a field, not a note
    assert page_of_line(draft, 5) == 1
    assert page_of_line(draft, _by_id(draft)["s3"].line) == 2
    assert page_of_line(draft, _by_id(draft)["s6"].line) == 3
    assert page_of_line(draft, 999) is None


def test_report_notes(draft):
    report = "\n".join(draft.report)
    assert "第30行 （四）：序号不连续" in report
    assert "直接出现在第四章下，跳过了“节”层级" in report
    assert report.count("跳过了") == 1  # once per parent, not once per sibling
    assert not any("第26行" in n for n in draft.report)  # the box list restarting at 1 is fine


def test_serialisable_and_picklable(draft):
    assert pickle.loads(pickle.dumps(draft)) == draft
    d = asdict(draft)
    assert d["sections"][0]["id"] == "s1"


# ------------------------------------------------------------------------- families and order

def test_first_appearance_decides_levels():
    plan = parse_plan("一、总则\n1.目标。文字。\n2.原则。\n二、任务\n3.治水。\n（1）控源。\n（2）截污。\n4.治气。")
    assert [(s.id, s.label) for s in plan.sections] == [
        ("s1", "一、"), ("s1.1", "1."), ("s1.2", "2."), ("s2", "二、"), ("s2.1", "3."),
        ("s2.1.1", "（1）"), ("s2.1.2", "（2）"), ("s2.2", "4.")]
    assert plan.report == ()  # numbering running on across parts is normal


def test_unusual_order_is_followed_and_reported():
    plan = parse_plan("1.总体要求\n（一）指导思想\n（二）基本原则\n2.重点任务\n（一）治水")
    assert [(s.id, s.kind) for s in plan.sections] == [
        ("s1", "1."), ("s1.1", "（一）"), ("s1.2", "（一）"), ("s2", "1."), ("s2.1", "（一）")]
    assert any("与常规顺序不同" in n for n in plan.report)


def test_learned_order_pops_back_up():
    # 一、 was seen above 1. in chapter one; in chapter two an 一、 after 1. closes the 1. item.
    plan = parse_plan("第一章 甲\n一、子\n1.孙\n第二章 乙\n1.直接\n一、回到上层\n2.再下")
    got = {s.label + s.title: (s.id, s.parent_id) for s in plan.sections}
    assert got["1.直接"] == ("s2.1", "s2")
    assert got["一、回到上层"] == ("s2.2", "s2")
    assert got["2.再下"] == ("s2.2.1", "s2.2")


@pytest.mark.parametrize("line, kind, label, title, text, ordinal", [
    ("第一篇 总论", "篇", "第一篇", "总论", "", 1),
    ("第二部分 重点任务", "部分", "第二部分", "重点任务", "", 2),
    ("第十二章　生态保护", "章", "第十二章", "生态保护", "", 12),
    ("第3章 水环境", "章", "第3章", "水环境", "", 3),
    ("第二节：饮用水", "节", "第二节", "饮用水", "", 2),
    ("第十条 县级以上人民政府应当加强领导。", "条", "第十条", "", "县级以上人民政府应当加强领导。", 10),
    ("十、推动绿色发展", "一、", "十、", "推动绿色发展", "", 10),
    ("十一．开放合作", "一、", "十一．", "开放合作", "", 11),
    ("（三）加强监管。严格执法。", "（一）", "（三）", "加强监管", "严格执法。", 3),
    ("(十二) 完善机制", "（一）", "(十二)", "完善机制", "", 12),
    ("36.持续改善环境质量。增强全社会生态环保意识。", "1.", "36.", "持续改善环境质量",
     "增强全社会生态环保意识。", 36),
    ("1．总体要求", "1.", "1．", "总体要求", "", 1),
    ("２、主要目标", "1.", "２、", "主要目标", "", 2),
    ("（1）控源截污", "（1）", "（1）", "控源截污", "", 1),
    ("3）补齐短板", "1）", "3）", "补齐短板", "", 3),
    ("③ 加强监测", "①", "③", "加强监测", "", 3),
    ("专栏5 重大工程", "专栏", "专栏5", "重大工程", "", 5),
    ("表3-1 主要指标", "表", "表3-1", "主要指标", "", 1),
    ("图2 空间布局", "图", "图2", "空间布局", "", 2),
    ("附件1 项目清单", "附件", "附件1", "项目清单", "", 1),
    ("附表2 指标解释", "附表", "附表2", "指标解释", "", 2),
    ("附录A 术语", "附录", "附录A", "术语", "", 1),
    ("4.3.2 排放限值", "1.1.1", "4.3.2", "排放限值", "", 2),
    ("4.1 一般要求", "1.1", "4.1", "一般要求", "", 1),
])
def test_heading_families(line, kind, label, title, text, ordinal):
    plan = parse_plan("前言。\n" + line)
    (s,) = plan.sections
    assert (s.kind, s.label, s.title, s.text, s.ordinal) == (kind, label, title, text, ordinal)


@pytest.mark.parametrize("line", [
    "表1显示，全区水质总体良好。",
    "一是加强组织领导。",
    "2020年以来，全区生态环境质量持续改善。",
    "1.5亿元用于水污染防治。",
    "附件中列出的项目应优先实施。",
    "十四五时期是关键期。",
    "——坚持系统观念。加强前瞻性思考。",
    "图表仅供参考。",
])
def test_body_lines_are_not_headings(line):
    plan = parse_plan("第一章 总则\n" + line)
    assert len(plan.sections) == 1 and plan.sections[0].text == line


def test_long_first_sentence_keeps_whole_text():
    body = "推进" + "、".join(["城镇污水管网建设", "农村生活污水治理", "工业园区污水集中处理"] * 3) + "等工作，提升治理水平。"
    plan = parse_plan("1." + body)
    (s,) = plan.sections
    assert len(s.title) <= 61 and s.text == body


def test_standards_numbering_nests():
    plan = parse_plan("4 要求\n4.1 一般要求\n4.1.1 排放口应规范设置。\n4.1.2 应安装在线监测。\n4.2 限值\n附录A 术语\nA.1 定义")
    got = [(s.label, s.depth) for s in plan.sections]
    assert got == [("4", 1), ("4.1", 2), ("4.1.1", 3), ("4.1.2", 3), ("4.2", 2), ("附录A", 1), ("A.1", 2)]


def test_standards_clauses_nest_by_number():
    # A clause goes under the clause its number extends, whatever the order of the levels seen.
    plan = parse_plan("1 总则\n1.0.1 为规范设计，制定本标准。\n3 照明标准\n3.1.1 机动车道照明。\n3.2 人行道\n"
                      "3.2.1 人行道照度。\n3 个工作日内办结。\n附录A 计算\nA.2 参数")
    got = {s.label: s.parent_id and plan.sections[[x.id for x in plan.sections].index(s.parent_id)].label
           for s in plan.sections}
    assert got == {"1": None, "1.0.1": "1", "3": None, "3.1.1": "3", "3.2": "3", "3.2.1": "3.2",
                   "附录A": None, "A.2": "附录A"}
    assert plan.report and all("序号不连续" in note for note in plan.report)  # 2, 3.1 are skipped
    # Clauses inside another family's headings stay inside them.
    mixed = parse_plan("一、总则\n1.1 目标\n1.2 原则\n二、任务\n2.1 治水\n2.1.1 黑臭水体\n2.2 治气")
    assert [(s.id, s.label) for s in mixed.sections] == [
        ("s1", "一、"), ("s1.1", "1.1"), ("s1.2", "1.2"), ("s2", "二、"), ("s2.1", "2.1"),
        ("s2.1.1", "2.1.1"), ("s2.2", "2.2")]


@pytest.mark.parametrize("marker", ["— 12 —", "- 12 -", "—12—", "第12页", "第 12 页 共 30 页", "12/30",
                                    "Page 12", "· 12 ·"])
def test_page_marker_forms(marker):
    plan = parse_plan(f"一、总则\n正文一。\n{marker}\n二、任务\n正文二。")
    assert [s.text for s in plan.sections] == ["正文一。", "正文二。"]
    assert page_of_line(plan, 2) == 12 and page_of_line(plan, 4) == 13


def test_page_numbers_in_headers():
    plan = parse_plan("- 1 -\n一、总则\n正文。\n- 2 -\n二、任务")
    assert page_of_line(plan, 2) == 1 and page_of_line(plan, 5) == 2


def test_markdown_and_windows_newlines():
    plan = parse_plan("# 示例规划\r\n## 第一章 总则\r\n### 一、目标\r\n正文。\r\n")
    assert plan.title == "示例规划"
    assert [(s.label, s.title, s.depth) for s in plan.sections] == [("第一章", "总则", 1),
                                                                     ("一、", "目标", 2)]
    assert plan.sections[1].text == "正文。"


def test_title_argument_and_no_headings():
    plan = parse_plan("这是一段没有任何标题的文字。\n第二段。", title="某方案")
    assert plan.title == "某方案" and plan.sections == ()
    assert plan.preamble.startswith("这是一段") and any("未识别" in n for n in plan.report)
    assert parse_plan("").sections == () and parse_plan("").title == ""


# ------------------------------------------------------------------------------- real data

@pytest.fixture(scope="module")
def cpc(shared_data) -> Plan:
    path = shared_data / "plans" / "cpc_14th_fyp_proposal_2020.txt"
    return parse_plan(path.read_text(encoding="utf-8"), source=path.name)


def test_cpc_parts_and_items(cpc):
    parts = [s for s in cpc.sections if s.depth == 1]
    items = [s for s in cpc.sections if s.depth == 2]
    assert len(parts) == 15 and len(items) == 60 and len(cpc.sections) == 75
    assert all(s.kind == "一、" for s in parts) and all(s.kind == "1." for s in items)
    assert [s.ordinal for s in parts] == list(range(1, 16))
    assert [s.ordinal for s in items] == list(range(1, 61))
    assert cpc.report == ()
    assert cpc.title.startswith("中共中央关于制定") and cpc.title.endswith("的建议")
    assert cpc.preamble.startswith("（2020年10月29日")


def test_cpc_item_titles_are_first_sentences(cpc):
    items = {s.ordinal: s for s in cpc.sections if s.depth == 2}
    assert items[1].title == "决胜全面建成小康社会取得决定性成就"
    assert items[1].text.startswith("“十三五”时期是全面建成小康社会决胜阶段。")
    assert items[36].id == "s10.2" and items[36].title == "持续改善环境质量"
    assert items[5].text.startswith("——坚持党的全面领导。")  # continuation paragraphs join
    assert all(s.text and "。" not in s.title for s in items.values())
    assert items[60].text.endswith("新胜利！")
