"""Splitting letters and minutes into single opinions.

The fragments below are written for these tests (no real letter is copied): every numbering style,
nesting, inline lists, closing paragraphs, no-comment replies, units from headers, signatures and
file names, and minutes with quoted, reported and listed speech.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import pytest

from consultagg.extract.letters import Letter, detect_kind, extract_opinions, parse_letter
from consultagg.text.ids import comment_id
from consultagg.text.normalize import clean_display


@dataclass
class Case:
    id: str
    text: str
    n: int
    units: object = None  # one unit for every opinion, or a list per opinion
    speakers: list | None = None
    kwargs: dict = field(default_factory=dict)
    no_opinion: bool = False
    kind: str = "letter"
    texts: list | None = None  # expected opinion texts, when the exact split matters


U = "自治区水利厅"
CASES = [
    # ---- numbering styles -----------------------------------------------------------------
    Case("cn-dun+header", "自治区水利厅关于《规划（征求意见稿）》的反馈意见\n\n自治区生态环境厅：\n经研究，提出以下意见：\n"
         "一、建议补充水资源刚性约束内容。\n二、建议量化节水指标。\n三、建议增加河湖长制考核。\n\n自治区水利厅\n2021年3月5日\n",
         3, U, texts=["建议补充水资源刚性约束内容。", "建议量化节水指标。", "建议增加河湖长制考核。"]),
    Case("cn-paren", "（一）建议增加湿地保护。\n（二）建议补充草原修复指标。", 2, "林草局", kwargs={"unit": "林草局"}),
    Case("arabic-dot", "1. 建议加强臭氧防治。\n2. 建议推进超低排放。\n3. 建议淘汰老旧车辆。", 3, None),
    Case("arabic-dun", "1、建议细化任务。\n2、建议明确责任。", 2, None),
    Case("arabic-fullwidth-dot", "1．建议细化任务。\n2．建议明确责任。", 2, None),
    Case("arabic-mixed-marks-one-level", "1.建议细化任务。\n2、建议明确责任。\n3．建议强化考核。", 3, None),
    Case("arabic-paren", "（1）加强固废管理；\n（2）推进垃圾分类；\n(3) 建设无废城市。", 3, None,
         texts=["加强固废管理", "推进垃圾分类", "建设无废城市。"]),
    Case("half-paren", "1) 建议增加碳汇内容。\n2) 建议补充林长制。", 2, None),
    Case("circled-lines", "①建议增加湿地内容。\n②建议补充草原指标。\n③建议完善保护地体系。", 3, None),
    Case("circled-inline", "建议：①增加湿地内容；②补充草原指标。", 2, None, texts=["增加湿地内容", "补充草原指标。"]),
    # ---- nesting and headings ----------------------------------------------------------------
    Case("nested-two-levels", "一、关于规划目标\n（一）建议提高污水收集率目标。\n（二）建议增加老旧小区改造。\n"
         "二、关于重点任务\n（一）建议加快海绵城市建设。", 3, None),
    Case("nested-four-levels", "一、具体意见\n（一）关于大气\n1.建议加强臭氧防治：\n（1）开展VOCs治理；\n（2）推进油气回收。\n"
         "2.建议推进超低排放改造。\n（二）关于水\n1.建议保护饮用水源地。", 4, None,
         texts=["开展VOCs治理", "推进油气回收。", "建议推进超低排放改造。", "建议保护饮用水源地。"]),
    Case("heading-only-introduces", "二、具体修改意见\n1. 建议增加生态补偿。\n2. 建议完善考核。", 2, None),
    Case("unnumbered-headings", "关于规划目标\n建议增加国控断面达标率指标。\n关于重点任务\n建议补充土壤风险管控。\n建议加强地下水防治。",
         3, None),
    Case("reversed-style-order", "（一）关于大气\n1. 建议加强臭氧防治。\n（二）关于水\n1. 建议保护水源地。\n一、其他\n建议加强宣传。",
         3, None),
    Case("chapter-headings", "第三章 主要任务\n1.建议增加农村环境整治。\n2.建议细化分工。\n第四章 保障措施\n1.建议增加资金保障。",
         3, None),
    Case("location-line-then-text", "1. 第三章第一节\n建议补充碳排放指标。\n2. 第四章\n建议增加碳汇内容。", 2, None),
    Case("substantive-parent-with-children", "1. 建议强化建筑垃圾资源化利用：\n（1）完善收运体系；\n（2）建设处置设施。", 2,
         None, texts=["完善收运体系", "建设处置设施。"]),
    Case("continuation-paragraph", "1. 建议增加生态补偿内容。\n具体可参照黄河流域横向补偿做法。\n2. 建议完善考核。", 2, None),
    # ---- lists inside a paragraph ------------------------------------------------------------
    Case("jianyi-colon-lines", "建议：\n增加生物多样性保护专章；\n补充外来物种防控内容；\n明确保护地整合时间表。", 3, None),
    Case("jianyi-colon-numbered", "建议：\n1. 增加生物多样性专章；\n2. 补充外来物种防控。", 2, None),
    Case("yishi-ershi", "建议细化考核指标：一是明确考核主体；二是量化考核标准；三是建立奖惩机制。", 3, None,
         texts=["明确考核主体", "量化考核标准", "建立奖惩机制。"]),
    Case("yishi-inside-numbered-point", "1、建议增加生态补偿内容。\n2、建议细化考核，一是明确主体，二是量化标准。", 3, None),
    Case("diyi-dier", "第一，加强监测能力建设；第二，完善监测网络；第三，推进数据共享。", 3, None),
    Case("diyi-lines", "第一，加强监测能力建设。\n第二，完善监测网络。", 2, None),
    Case("shouxian-qici", "首先，规划目标应与国家衔接；其次，重点任务要可量化；最后，保障措施需具体。", 3, None),
    Case("paren-inline-after-colon", "1.建议增加：（1）农村黑臭水体治理；（2）畜禽养殖污染防治。", 2, None),
    # ---- closing paragraphs, formal lines ----------------------------------------------------
    Case("ciwai-closing", "一、建议补充碳达峰内容。\n二、建议量化指标。\n此外，建议补充资金保障措施。", 3, None),
    Case("lingwai-closing", "1.建议补充碳达峰内容。\n另外，建议在附件中列出重大项目。", 2, None),
    Case("preamble-and-closing", "你厅《关于征求〈规划〉意见的函》收悉，我办高度重视，组织相关处室进行了认真研究。现将意见反馈如下：\n"
         "1.第5页第2段，“生态优先”前增加“坚持”二字。\n2.第8页表2中“森林覆盖率”目标值建议核实。\n以上意见供参考。\n特此函复。",
         2, None),
    Case("plain-paragraphs", "我局认为规划总体较好。建议进一步明确各地市任务分工。\n\n建议加强与国土空间规划的衔接。\n\n"
         "同时，建议在附件中补充重大项目清单。", 3, None),
    Case("preamble-in-same-paragraph", "经研究，我委原则同意《规划》。建议在第四章补充工业园区污染治理内容。", 1, None,
         texts=["建议在第四章补充工业园区污染治理内容。"]),
    Case("hard-wrapped-letter", "自治区生态环境厅：\n    你厅《关于征求意见的函》收悉。经研究，现将\n有关意见反馈如下：\n"
         "    1.建议在第二章中增加对黄河流域生态保护和高质量发展先行区建设的\n论述，进一步突出地方特色。\n"
         "    2.建议将单位GDP二氧化碳排放降低目标与国家下达目标保\n持一致。\n    联系人：王强，电话：0951-5012345\n"
         "                       自治区统计局\n                       2021年3月12日", 2, "自治区统计局"),
    # ---- units -------------------------------------------------------------------------------
    Case("unit-from-header-dui", "自治区交通运输厅对《规划》的修改意见\n1.建议增加绿色交通内容。", 1, "自治区交通运输厅"),
    Case("unit-from-signature-with-seal", "建议加强规划与国土空间规划的衔接。\n银川市生态环境局\n（盖章）\n2021年3月9日", 1,
         "银川市生态环境局"),
    Case("unit-from-file-name", "建议增加城市绿地。", 1, "自治区住房城乡建设厅",
         kwargs={"file": "letters/05_自治区住房城乡建设厅.txt"}),
    Case("unit-argument-wins", "自治区水利厅关于《规划》的反馈意见\n建议增加节水内容。", 1, "水利厅", kwargs={"unit": "水利厅"}),
    Case("no-unit-anywhere", "建议增加城市更新内容。", 1, None),
    Case("unit-line-above-title", "自治区交通运输厅\n关于《规划（征求意见稿）》的反馈意见\n自治区生态环境厅：\n"
         "一、建议增加绿色交通内容。\n二、建议补充新能源车推广指标。", 2, "自治区交通运输厅"),
    Case("signature-and-date-on-one-line", "建议增加绿色交通内容。\n自治区交通运输厅 2021年3月5日", 1, "自治区交通运输厅"),
    Case("comment-form-fields", "意见反馈表\n单位：自治区气象局\n意见：建议在第九章增加气象监测预警内容。", 1, "自治区气象局",
         texts=["建议在第九章增加气象监测预警内容。"]),
    Case("contact-in-brackets-last", "自治区生态环境厅：\n一、建议增加绿色商场创建内容。\n二、建议补充快递包装减量要求。\n"
         "以上意见，请酌。\n自治区商务厅\n2021年3月15日\n（联系人：李某，电话：5555555）", 2, "自治区商务厅",
         texts=["建议增加绿色商场创建内容。", "建议补充快递包装减量要求。"]),
    Case("counted-points-preamble", "自治区生态环境厅：\n我委认真研究了《规划》，总体赞同规划提出的目标任务。有两点建议：\n"
         "一是强调碳达峰目标的引领作用；\n二是补充能源结构调整内容。\n自治区发展改革委\n2021年3月18日", 2, "自治区发展改革委",
         texts=["强调碳达峰目标的引领作用", "补充能源结构调整内容。"]),
    # ---- no comments -------------------------------------------------------------------------
    Case("none-wuyijian", "自治区生态环境厅：\n经研究，我厅对该规划无意见。\n自治区科技厅\n2021年3月6日", 0, None,
         no_opinion=True),
    Case("none-wuxiugai", "经认真研究，我单位对《规划》无修改意见。", 0, None, no_opinion=True),
    Case("none-meiyou", "没有意见。", 0, None, no_opinion=True),
    Case("none-wubutong", "我厅无不同意见。特此函复。", 0, None, no_opinion=True),
    Case("none-yuanze-tongyi", "原则同意，无具体修改意见。", 0, None, no_opinion=True),
    Case("none-but-a-proposal", "对规划文本无意见，建议在附件中补充监测点位表。", 1, None),
    # ---- minutes -----------------------------------------------------------------------------
    Case("minutes-quotes-and-lists",
         "3月5日，市政协召开城市绿化协商座谈会。会上，市政协委员李明说：“建议在老城区见缝插绿，增加口袋公园。”"
         "市人大代表王红表示，要加强古树名木保护，建立养护责任制。\n"
         "“绿化带养护经费长期不足，建议纳入财政预算。”市园林局副局长赵刚说。\n"
         "与会人员还提出，部分道路行道树选种不当；公园夜间照明不足；绿地被占用等问题。\n",
         6, ["市政协委员李明", "市人大代表王红", "市园林局", "与会人员", "与会人员", "与会人员"],
         speakers=["李明", "王红", "赵刚", None, None, None], kind="minutes"),
    Case("minutes-summary", "座谈会上，委员们从规划引领、资金保障、公众参与等方面提出了意见建议。", 3, "与会人员",
         speakers=[None, None, None], kind="minutes", kwargs={"kind": "minutes"},
         texts=["规划引领", "资金保障", "公众参与"]),
    Case("minutes-speaker-remembered", "座谈会纪要\n自治区人大代表张伟指出，大气污染防治任务较重，建议分年度细化目标。\n"
         "张伟还说，要加快淘汰老旧柴油货车。\n与会专家认为，规划总体可行。", 2, "自治区人大代表张伟",
         speakers=["张伟", "张伟"], kind="minutes"),
    Case("minutes-response-skipped", "在协商会上，居民代表刘芳说，小区停车难问题突出，希望社区协调增设停车位。"
         "社区主任陈强表示，将积极协调解决。", 1, "社会公众", speakers=["刘芳"], kind="minutes", kwargs={"kind": "minutes"}),
    Case("minutes-collective-yishi", "会议指出，要坚决打好污染防治攻坚战。与会代表一致认为，应当加大支流治理力度，"
         "一是开展入河排污口排查；二是推进支流水质达标。", 2, "与会人员", speakers=[None, None], kind="minutes",
         kwargs={"kind": "minutes"}),
    Case("minutes-quote-then-said-comma", "座谈会上，区政协委员孙丽说，“建议在社区增设养老服务站，方便老人就近就餐。”"
         "她还建议加强社区医疗服务。", 2, "区政协委员孙丽", speakers=["孙丽", "孙丽"], kind="minutes", kwargs={"kind": "minutes"}),
    Case("minutes-who-said-what-record", "规划征求意见座谈会纪要\n李明（市政协委员）：建议在老城区增加口袋公园。\n"
         "自治区人大代表王芳：要加强支流治理，一是排查入河排污口；二是推进支流达标。\n自治区发展改革委：建议补充碳达峰内容。\n"
         "与会人员：原则同意规划文本。", 4, ["市政协委员李明", "自治区人大代表王芳", "自治区人大代表王芳", "自治区发展改革委"],
         speakers=["李明", "王芳", "王芳", None], kind="minutes"),
    Case("minutes-narrative-only", "会议通报了上半年工作情况。与会人员共同座谈，气氛热烈。会议由副主席主持。", 0, None,
         kind="minutes", kwargs={"kind": "minutes"}),
    Case("minutes-unattributed-proposal", "协商会上，与会人员围绕停车治理深入交流。建议政府出台停车场信息接入政策，"
         "进一步完善智能停车系统。", 1, "与会人员", speakers=[None], kind="minutes", kwargs={"kind": "minutes"}),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_extraction_table(case):
    letter = parse_letter(case.text, **case.kwargs)
    assert isinstance(letter, Letter)
    ops = letter.opinions
    assert letter.kind == case.kind
    assert letter.no_opinion is case.no_opinion
    assert len(ops) == case.n, [c.text for c in ops]
    units = case.units if isinstance(case.units, list) else [case.units] * case.n
    assert [c.department for c in ops] == units
    if case.speakers is not None:
        assert [c.speaker for c in ops] == case.speakers
    if case.texts is not None:
        assert [c.text for c in ops] == case.texts
    for c in ops:
        # spans point at the opinion in the input; the text carries no list marker
        s, e = c.source.span
        assert re.sub(r"\s", "", clean_display(case.text[s:e])) == re.sub(r"\s", "", c.text)
        assert not re.match(r"(?:[一二三四五六七八九十]+、|[（(]\S{1,2}[）)]|\d+[.．、]|[①-⑳]|[一二三四五]是)", c.text)
        assert c.source.paragraph >= 1


def test_table_is_large_and_covers_every_style():
    assert len(CASES) >= 40
    joined = "".join(c.text for c in CASES)
    for marker in ["一、", "（一）", "1.", "1、", "1．", "（1）", "①", "一是", "第一，", "此外", "无意见", "说：“", "”"]:
        assert marker in joined


def test_letter_fields_numbering_heading_location_change():
    text = ("自治区发展改革委关于《规划（征求意见稿）》的反馈意见\n自治区生态环境厅：\n一、总体意见\n规划结构完整，建议突出先行区建设。\n"
            "二、具体修改意见\n（一）第二章第一节（第8页），建议将优良天数比例目标值调整为85%。\n"
            "（二）第25页第3行“积极推进”建议修改为“加快推进”。\n（三）建议在重点任务中增加：\n1. 农业面源污染治理；\n"
            "2. 农村生活污水治理。\n")
    letter = parse_letter(text, file="fgw.txt")
    assert letter.header.startswith("自治区发展改革委关于")
    assert letter.unit == "自治区发展改革委"
    ops = letter.opinions
    assert [c.meta.get("numbering") for c in ops] == [None, "（一）", "（二）", "1.", "2."]
    assert [c.meta.get("heading") for c in ops] == ["一、总体意见", "二、具体修改意见", "二、具体修改意见",
                                                    "（三）建议在重点任务中增加", "（三）建议在重点任务中增加"]
    assert ops[3].meta["heading_path"] == ["二、具体修改意见", "（三）建议在重点任务中增加"]
    assert ops[1].location == "第二章第一节（第8页）"
    assert ops[2].location == "第25页第3行" and ops[2].proposed_change == "加快推进"
    assert ops[0].location is None and ops[0].proposed_change is None
    assert all(c.source.file == "fgw.txt" for c in ops)
    assert [c.source.paragraph for c in ops] == [4, 6, 7, 9, 10]


def test_location_inherited_from_heading_and_lead():
    ops = extract_opinions("（三）关于第四章第二节\n1.建议增加园区治理内容。\n"
                           "2.第五章：一是推进污水处理；二是开展风险排查。")
    assert [c.location for c in ops] == ["第四章第二节", "第五章", "第五章"]
    assert ops[1].meta["lead"] == "第五章" and ops[1].meta["parent_numbering"] == "2."


def test_ids_count_repeats_inside_a_letter():
    ops = extract_opinions("1.建议加强监测。\n2.建议加强监测。\n3.建议完善考核。", unit="环境厅")
    assert [c.id for c in ops] == [comment_id("建议加强监测。", "环境厅", 0), comment_id("建议加强监测。", "环境厅", 1),
                                   comment_id("建议完善考核。", "环境厅", 0)]
    assert extract_opinions("1.建议加强监测。", unit="环境厅")[0].id == ops[0].id


def test_extract_opinions_is_parse_letter_opinions():
    text = "一、建议补充碳达峰内容。\n二、建议量化指标。"
    assert extract_opinions(text, unit="X") == list(parse_letter(text, unit="X").opinions)
    assert extract_opinions("") == []
    assert parse_letter("   \n") == Letter(unit=None, no_opinion=False, opinions=())


def test_kind_is_detected_and_can_be_forced():
    minutes = "座谈会上，市人大代表张伟说：“建议增加公园绿地。”与会委员表示赞同。"
    assert detect_kind(minutes) == "minutes"
    assert detect_kind("一、建议补充碳达峰内容。\n二、建议量化指标。") == "letter"
    forced = parse_letter(minutes, kind="letter")
    assert forced.kind == "letter" and len(forced.opinions) == 1 and forced.opinions[0].speaker is None
    with pytest.raises(ValueError):
        parse_letter(minutes, kind="memo")


def test_minutes_speaker_title_and_text_without_quotes():
    m = parse_letter("座谈会上，自治区人大代表王芳说：“建议增加城市绿地，完善公园布局。”", kind="minutes")
    (c,) = m.opinions
    assert (c.speaker, c.meta["speaker_title"], c.department) == ("王芳", "自治区人大代表", "自治区人大代表王芳")
    assert c.text == "建议增加城市绿地，完善公园布局。"
    named = parse_letter("座谈会上，自治区人大代表王芳说：“建议增加城市绿地，完善公园布局。”", kind="minutes",
                         unit="自治区人大常委会")
    assert named.opinions[0].department == "自治区人大常委会"


def test_display_form_is_used_for_opinion_text():
    ops = extract_opinions("1. 建 议 增 加 黄 河\n流 域 生 态 保 护 内 容 。\u3000\n2. 建议ＰＭ２．５浓度目标从严。")
    assert [c.text for c in ops] == ["建议增加黄河流域生态保护内容。", "建议ＰＭ２．５浓度目标从严。"]


# ----------------------------------------------------------------------------- shipped demo consultation
def test_demo_letters_match_their_manifest(demo_dir):
    manifest = json.loads((demo_dir / "manifest.json").read_text(encoding="utf-8"))
    total = 0
    for name, expected in manifest["letters"].items():
        letter = parse_letter((demo_dir / "letters" / name).read_text(encoding="utf-8"), file=name)
        assert (len(letter.opinions), letter.no_opinion) == (expected["n_opinions"], expected["no_opinion"]), name
        # a name as the letter writes it, without the seal mark (青原自治区工业和信息化厅（盖章）)
        assert letter.unit in [re.sub(r"[（(]盖章[)）]", "", n) for n in expected["names_as_written"]], name
        assert all(c.department == letter.unit for c in letter.opinions)
        total += len(letter.opinions)
    assert total == manifest["n_opinions_letters"]


def test_demo_minutes_match_their_manifest(demo_dir):
    expected = json.loads((demo_dir / "manifest.json").read_text(encoding="utf-8"))["minutes"]
    letter = parse_letter((demo_dir / expected["file"]).read_text(encoding="utf-8"))
    assert letter.kind == "minutes"
    ops = letter.opinions
    assert len(ops) >= expected["n_opinions_min"]
    speakers = list(dict.fromkeys(c.speaker for c in ops if c.speaker))
    assert speakers == expected["speakers"]
    for c in ops:
        if c.speaker:
            assert c.meta["speaker_title"] == expected["speaker_titles"][c.speaker]
    assert sum(1 for c in ops if c.speaker is None and c.department == "与会人员") == expected["list_items"]


# ----------------------------------------------------------------------------- the OCR'd page
def _litong_article(raw: str) -> tuple[int, int]:
    """Offsets of the 利通区 article: from its first words to the next article."""
    start = raw.index("和谐美好的生活")
    return start, raw.index("日前，自治区生态环境厅", start)


def _check_litong(ops):
    speakers = [c.speaker for c in ops if c.speaker]
    assert speakers == ["郭同义", "马永梅"]
    by_name = {c.speaker: c for c in ops if c.speaker}
    assert by_name["郭同义"].meta["speaker_title"] == "利通区政协常委"
    assert by_name["马永梅"].meta["speaker_title"] == "利通区政协委员"
    assert by_name["郭同义"].department == "利通区政协"
    assert by_name["马永梅"].department == "利通区政协委员马永梅"  # a member speaks for themself, named
    assert by_name["郭同义"].text.startswith("近年来，物业公司")
    assert by_name["马永梅"].text.startswith("现在，利通区汽车保有量")
    summary = [c for c in ops if c.meta.get("summary")]
    assert [c.text[:4] for c in summary] == ["完善考评", "放宽基层", "落实措施", "发挥居民"]
    assert all("，" in c.text and not c.text.endswith(("；", "等")) for c in summary)
    quotes = [c for c in ops if c.meta.get("unattributed")]
    assert [c.text[:4] for c in quotes] == ["要坚持党", "要培育市", "要着力解"]
    raised = [c for c in ops if c.meta.get("subject") == "委员们" and not c.meta.get("summary")]
    assert len(raised) == 1 and "管理质量不高" in raised[0].text
    assert len(ops) == 10  # 1 problem list + 2 speakers + 4 summarised aspects + 3 quoted proposals
    # narrative praise ("委员们一致认为……有了进一步提高") and descriptions are not opinions
    assert not any("有了进一步提高" in c.text or "现共有住宅小区" in c.text for c in ops)


def test_seed_article_litong(seed_page):
    raw = seed_page.read_text(encoding="utf-8")
    start, end = _litong_article(raw)
    letter = parse_letter(raw[start:end], file="seed.txt")
    assert letter.kind == "minutes"
    _check_litong(letter.opinions)
    for c in letter.opinions:
        s, e = c.source.span
        assert re.sub(r"\s", "", clean_display(raw[start:end][s:e])) == re.sub(r"\s", "", c.text)


def test_seed_whole_page(seed_page):
    raw = seed_page.read_text(encoding="utf-8")
    letter = parse_letter(raw)
    assert letter.kind == "minutes"
    start, end = _litong_article(raw)
    inside = [c for c in letter.opinions if start <= c.source.span[0] < end]
    _check_litong(inside)
    # the 金域蓝湾 meeting's list of problems: one opinion per item
    listed = [c for c in letter.opinions if c.meta.get("subject") == "与会各单位负责人、居民代表"]
    assert len(listed) == 5 and listed[-1].text == "辖区内共享单车乱停放"
    # the organiser's promise to consider the comments is not an opinion
    assert not any(c.text.startswith("将认真梳理") for c in letter.opinions)
    for c in letter.opinions:
        s, e = c.source.span
        assert re.sub(r"\s", "", clean_display(raw[s:e])) == re.sub(r"\s", "", c.text)


def test_minutes_module_split_keeps_the_public_api():
    """The minutes parser lives in its own module; either import order works and the API is unchanged."""
    import subprocess
    import sys

    code = ("import consultagg.extract.minutes as m\n"
            "from consultagg.extract.letters import Letter, extract_opinions, parse_letter\n"
            "ops = extract_opinions('座谈会上，市人大代表张伟说：“建议增加公园绿地。”与会委员表示赞同。')\n"
            "assert [c.speaker for c in ops] == ['张伟'], ops\n"
            "assert isinstance(parse_letter('一、建议补充。'), Letter) and callable(m.parse_minutes)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
