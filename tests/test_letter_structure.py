"""How a letter, an e-mail or minutes fall apart into opinions, their context and what is set aside.

Every text here is written for these tests. The rules: opinions are the leaves that ask for
something; container headings give their children a heading; general remarks before the points are
context; one sentence with two requests gives two opinions; e-mail headers, quoted messages,
signatures and disclaimers are not opinions; and nothing is lost silently: every paragraph is in an
opinion, in an opinion's context, or in ``Letter.skipped`` with a reason.
"""

from __future__ import annotations

import re

import pytest

from consultagg.extract import parse_letter
from consultagg.text.normalize import clean_display


def _texts(letter):
    return [c.text for c in letter.opinions]


def _accounted(letter, text):
    """What of ``text`` is in no opinion, heading, lead or skipped piece (whitespace, marks and numbers aside)."""
    pieces = [c.text for c in letter.opinions]
    pieces += [c.meta[k] for c in letter.opinions for k in ("heading", "lead") if c.meta.get(k)]
    pieces += [p for c in letter.opinions for p in c.meta.get("heading_path", [])]
    pieces += [t for t, _ in letter.skipped]
    rest, before = re.sub(r"\s+", "", clean_display(text)), None
    while rest != before:  # a piece set aside inside an opinion (a page number) frees the opinion
        before = rest
        for p in sorted((re.sub(r"\s+", "", p) for p in pieces), key=len, reverse=True):
            if p:
                rest = rest.replace(p, "\n")
        rest = re.sub(r"(?<=\w)\n(?=\w)", "", rest) if rest != before else rest
    rest = re.sub(r"[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是]|第[一二三四五六七八九十]+[，、]", "", rest)
    return [r for r in re.sub(r"[^\w\n]|[_\d①-⑳]", "", rest).split("\n") if r]


# ----------------------------------------------------------------------------- letters
def test_container_heading_with_a_request_of_its_own():
    text = ("自治区体育局关于《规划》的意见\n自治区生态环境厅：\n"
            "一、关于体育设施。规划对全民健身设施布局考虑不足，建议单列一节。\n"
            "（一）建议增加体育公园建设指标。\n（二）建议补充健身步道建设要求。\n"
            "二、关于赛事活动\n（一）建议增加绿色办赛内容。\n")
    letter = parse_letter(text)
    assert _texts(letter) == ["规划对全民健身设施布局考虑不足，建议单列一节。", "建议增加体育公园建设指标。",
                              "建议补充健身步道建设要求。", "建议增加绿色办赛内容。"]
    assert [c.meta.get("heading") for c in letter.opinions[1:]] == ["一、关于体育设施", "一、关于体育设施",
                                                                    "二、关于赛事活动"]


def test_a_general_remark_before_the_requests_is_context():
    text = ("自治区生态环境厅：\n    来函收悉。经研究，意见如下：\n"
            "    总的来看，规划结构完整，任务举措较为全面，我局原则同意。现提出以下具体意见：\n"
            "    1.建议增加景区生态厕所建设内容。\n    2.建议补充旅游交通绿色出行要求。\n\n自治区文化和旅游厅\n2022年3月3日")
    letter = parse_letter(text)
    assert _texts(letter) == ["建议增加景区生态厕所建设内容。", "建议补充旅游交通绿色出行要求。"]
    assert any(why == "总体评价" and t.startswith("总的来看") for t, why in letter.skipped)
    assert not letter.no_opinion


def test_a_general_remark_that_asks_is_an_opinion():
    text = ("总体上看，规划内容全面，但对城乡结合部环境整治关注不够，建议补充相关任务。\n"
            "一、建议增加农贸市场污水治理内容。")
    assert len(parse_letter(text).opinions) == 2


def test_praise_in_a_letter_pointing_to_an_attachment_then_the_attachment():
    text = ("自治区政协农业和农村委员会\n关于《规划》的意见\n\n自治区生态环境厅：\n"
            "    委员们认为，规划立意高远，体现了新发展理念。具体意见见附件。\n\n    附件：具体意见\n\n"
            "自治区政协农业和农村委员会\n2022年4月1日\n\n附件\n\n具体意见\n\n"
            "    第一，建议增加畜禽粪污资源化利用内容。\n    第二，建议补充农田林网建设要求。\n")
    letter = parse_letter(text)
    assert _texts(letter) == ["建议增加畜禽粪污资源化利用内容。", "建议补充农田林网建设要求。"]
    assert letter.unit == "自治区政协农业和农村委员会"


@pytest.mark.parametrize("point, parts", [
    ("（二）建议删除第三章中“全面完成”的表述；建议增加“分年度推进”的内容。", 2),
    ("（二）城区积水点多，建议第五章补充排涝设施建设内容。另外，建议将地下管廊纳入重点工程。", 2),
    ("（二）规划对农村道路扬尘关注不够，建议增加治理内容；同时建议明确乡镇责任。", 2),
    ("（二）建议修改为“基本消除”，理由：与国家要求一致。", 1),
    ("（二）建议将目标调整为85%。建议的依据是近三年监测数据。", 1),
])
def test_two_requests_in_one_point_give_two_opinions(point, parts):
    letter = parse_letter("（一）建议增加渣土车密闭运输要求。\n" + point)
    assert len(letter.opinions) == 1 + parts, _texts(letter)


def test_a_single_opinion_after_no_other_comments():
    text = ("自治区生态环境厅：\n    经研究，我委无其他意见，仅提一条修改意见：第八章建议增加少数民族特色村寨保护内容。\n"
            "自治区民族事务委员会\n2022年3月9日")
    letter = parse_letter(text)
    assert _texts(letter) == ["第八章建议增加少数民族特色村寨保护内容。"] and not letter.no_opinion


def test_no_other_comments_only_a_request_in_one_sentence():
    letter = parse_letter("自治区生态环境厅：\n    你厅来函收悉。我市无其他意见，仅建议在第七章补充湿地公园保护内容。\n"
                          "河南市人民政府\n2022年4月8日")
    assert _texts(letter) == ["建议在第七章补充湿地公园保护内容。"]


def test_an_opinion_followed_by_no_other_comments():
    text = ("自治区生态环境厅：\n    经研究，建议在第六章增加加油站油气回收在线监控内容。其他无意见。\n"
            "自治区商务厅\n2022年3月9日")
    letter = parse_letter(text)
    assert _texts(letter) == ["建议在第六章增加加油站油气回收在线监控内容。"]
    assert not letter.no_opinion and letter.unit == "自治区商务厅"


def test_agreement_without_comments_is_a_roster_state():
    letter = parse_letter("自治区生态环境厅：\n    经研究，我局原则同意，无修改意见。\n自治区地震局\n2022年3月9日")
    assert letter.no_opinion and letter.opinions == () and letter.unit == "自治区地震局"


def test_markdown_letter():
    text = ("# 自治区医疗保障局关于《规划》的意见\n\n**自治区生态环境厅：**\n\n经研究，提出以下意见：\n\n"
            "## 一、关于医疗废物\n\n1. 建议增加医保定点机构废物管理要求。\n\n## 二、文字修改\n\n"
            "- 第9页“医保”建议修改为“医疗保障”。\n\n以上意见供参考。\n\n自治区医疗保障局  \n2022年5月1日\n")
    letter = parse_letter(text, file="意见.md")
    assert _texts(letter) == ["建议增加医保定点机构废物管理要求。", "第9页“医保”建议修改为“医疗保障”。"]
    assert [c.meta.get("heading") for c in letter.opinions] == ["一、关于医疗废物", "二、文字修改"]
    assert letter.unit == "自治区医疗保障局"


def test_a_page_number_inside_a_sentence_is_set_aside():
    text = ("自治区生态环境厅：\n一、建议将河西市纳入重点区域，在项目安排上给予\n\n— 3 —\n\n支持。\n"
            "二、建议补充工业园区监测要求。\n河西市人民政府\n2022年3月1日")
    letter = parse_letter(text)
    assert _texts(letter) == ["建议将河西市纳入重点区域，在项目安排上给予支持。", "建议补充工业园区监测要求。"]
    assert ("— 3 —", "页码") in letter.skipped


@pytest.mark.parametrize("page", ["- l -", "— I —", "-1O-"])
def test_an_ocr_page_number_inside_a_sentence_is_set_aside(page):
    # a scan's page number read as l, I or O is still a page number, not a point's tail of its own
    text = ("自治区生态环境厅：\n一、建议将河西市纳入重点区域，在项目安排上给予\n\n                " + page +
            "\n\n支持。\n二、建议补充工业园区监测要求。\n河西市人民政府\n2022年3月1日")
    letter = parse_letter(text)
    assert _texts(letter) == ["建议将河西市纳入重点区域，在项目安排上给予支持。", "建议补充工业园区监测要求。"]
    assert (page, "页码") in letter.skipped


def test_a_title_broken_over_lines_is_no_opinion():
    text = ("河西市人民政府关于《青原自治区\n生态环境保护规划（征求意\n见稿）》的反馈意见\n\n自治区生态环境厅：\n"
            "一、建议将河西市纳入重点区域。\n二、建议补充工业园区监测要求。\n河西市人民政府\n2022年3月1日")
    letter = parse_letter(text)
    assert _texts(letter) == ["建议将河西市纳入重点区域。", "建议补充工业园区监测要求。"]


def test_every_letter_of_the_corpus_is_accounted_for():
    """The development corpus read paragraph by paragraph: every piece is an opinion, context or set aside."""
    from pathlib import Path

    from consultagg.io.textfiles import decode_text

    corpus = Path(__file__).resolve().parent / "data" / "letters_corpus"
    for path in sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.md")):
        text = decode_text(path.read_bytes(), path.name)[0]
        letter = parse_letter(text, file=path.name)
        assert _accounted(letter, text) == [], path.name
        assert "未识别" not in {why for _, why in letter.skipped}, path.name


def test_nothing_is_lost_silently():
    text = ("自治区文化和旅游厅关于《规划》的意见\n\n自治区生态环境厅：\n    你厅来函收悉。经研究，现提出以下意见：\n"
            "    总体上看，规划思路清晰，我厅原则同意。\n    一、关于景区\n    （一）建议增加景区污水处理内容。\n"
            "    （二）建议补充游客环保宣传：一是设置标识；二是开展志愿服务。\n    以上意见供参考。\n\n"
            "    （联系人：赵某，电话：0951-5550000）\n自治区文化和旅游厅\n2022年3月3日\n")
    letter = parse_letter(text)
    assert len(letter.opinions) == 3
    assert _accounted(letter, text) == []
    reasons = {why for _, why in letter.skipped}
    assert {"标题", "称谓", "开头语", "总体评价", "结束语", "联系方式", "落款", "日期"} <= reasons


# ----------------------------------------------------------------------------- e-mails
MAIL = ("发件人：自治区地震局监测处 <jc@example.cn>\n发送时间：2022年3月9日 16:20\n收件人：规划处 <ghc@example.cn>\n"
        "主题：回复：关于征求规划意见的函\n\n规划处：\n    您好！经我局研究，提以下意见：\n"
        "    1. 建议增加地震监测台站周边环境保护内容。\n    2. 建议补充活断层避让要求。\n"
        "    以上意见供参考，正式文件随后报送。\n\n自治区地震局监测处 孙某\n电话：0951-5550001\n\n"
        "------------------ 原始邮件 ------------------\n发件人：\"规划处\" <ghc@example.cn>\n"
        "发送时间：2022年3月1日 10:05\n收件人：各有关单位\n主题：关于征求规划意见的函\n\n各有关单位：\n"
        "    现将规划发给你们，请研究。有关要求如下：\n    1. 请加盖公章。\n    2. 请注明联系人。\n\n自治区生态环境厅规划处\n")


def test_an_email_reply_gives_only_its_own_opinions():
    letter = parse_letter(MAIL)
    assert _texts(letter) == ["建议增加地震监测台站周边环境保护内容。", "建议补充活断层避让要求。"]
    assert letter.unit == "自治区地震局"
    reasons = [why for _, why in letter.skipped]
    assert "邮件头" in reasons and "引用的原邮件" in reasons
    assert _accounted(letter, MAIL) == []


def test_quoted_lines_and_inline_points():
    text = ("发件人: 河西市生态环境局 <hx@example.cn>\n日期: 2022年3月12日 09:48\n收件人: ghc@example.cn\n"
            "主题: 答复：规划意见\n\n规划处各位领导：\n    河西市生态环境局意见如下：一是建议调整断面目标；"
            "二是建议增加危废处置项目。\n    请审阅。\n\n河西市生态环境局 水环境科 钱某\n2022年3月12日\n\n"
            "> 在 2022年3月2日 上午10:05，规划处 <ghc@example.cn> 写道：\n> 各有关单位：\n"
            "> 一是请指定专人负责；二是意见请具体到章节。\n")
    letter = parse_letter(text)
    assert _texts(letter) == ["建议调整断面目标", "建议增加危废处置项目。"]
    assert letter.unit == "河西市生态环境局"


def test_signature_and_disclaimer_are_set_aside():
    text = ("发件人：自治区政协文化文史和学习委员会办公室\n收件人：规划处\n时间：2022年3月17日 15:12\n主题：规划意见\n\n"
            "规划处：\n根据委领导意见，反馈如下：\n建议第七章增加长城国家文化公园生态保护内容。\n"
            "建议第十章增加向政协通报实施情况的表述。\n谢谢！\n\n--\n文史委办公室 吴某\n"
            "本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。\n")
    letter = parse_letter(text)
    assert len(letter.opinions) == 2
    assert letter.unit == "自治区政协文化文史和学习委员会"
    assert "邮件签名" in {why for _, why in letter.skipped}


def test_a_no_opinion_email():
    text = ("发件人：自治区地震局监测处\n发送时间：2022年3月10日 9:15\n收件人：规划处\n主题：回复：征求意见\n\n"
            "您好，经研究，我局对规划无意见。\n\n自治区地震局监测处 孙某\n")
    letter = parse_letter(text)
    assert letter.no_opinion and letter.unit == "自治区地震局"


# ----------------------------------------------------------------------------- minutes
def test_minutes_with_unit_lines_and_meeting_sections():
    text = ("规划盟市视频会议记录\n\n会议时间：2022年3月22日\n参会单位：河西市、河东市生态环境局\n\n"
            "一、规划处介绍修改情况（略）\n二、各市发言\n河西市生态环境局：\n建议将河西市城区清单修订纳入第四章。\n"
            "河东市生态环境局：\n无意见。\n河南市生态环境局：\n建议第六章支持河南市建设焚烧设施；建议第九章增加监测站。\n"
            "三、下一步工作（略）\n")
    letter = parse_letter(text)
    assert letter.kind == "minutes"
    assert [(c.department, c.text) for c in letter.opinions] == [
        ("河西市生态环境局", "建议将河西市城区清单修订纳入第四章。"),
        ("河南市生态环境局", "建议第六章支持河南市建设焚烧设施"),
        ("河南市生态环境局", "建议第九章增加监测站。")]


def test_minutes_record_with_chair_and_nothing_to_add():
    text = ("规划专家论证会会议记录\n\n时间：2022年3月20日上午9:00\n地点：自治区生态环境厅会议室\n"
            "主持人：钱某（自治区生态环境厅副厅长）\n参会专家：孙某、李某\n记录人：周某\n\n"
            "钱某：今天请各位专家对规划进行论证，请大家畅所欲言。\n"
            "孙某（河西大学环境学院教授）：规划总体不错。建议补充地下水污染防治内容。另外，建议增加土壤本底调查任务。\n"
            "李某（河西市环境监测站高级工程师）：我同意孙教授的意见，没有补充。\n钱某：感谢各位专家，编制组会认真研究吸收。\n")
    letter = parse_letter(text)
    assert letter.kind == "minutes"
    assert [(c.department, c.text) for c in letter.opinions] == [
        ("河西大学", "建议补充地下水污染防治内容。"), ("河西大学", "另外，建议增加土壤本底调查任务。")]


def test_minutes_speakers_with_praise_and_a_no_comment():
    text = ("征求意见座谈会纪要\n    2022年3月18日，自治区生态环境厅召开座谈会。纪要如下：\n"
            "    一、编制组汇报了规划编制情况。\n    二、与会单位发言情况\n"
            "    自治区商务厅副厅长钱某表示，规划部署比较全面，同时提出两点建议：一是增加绿色商场内容；二是补充快递包装要求。\n"
            "    自治区民政厅社会事务处处长孙某表示，殡葬设施污染是短板，建议补充整治内容。另外，建议将公墓绿化纳入第七章。\n"
            "    自治区地震局副局长李某表示，对规划无修改意见。\n    三、会议要求\n"
            "    钱某某副厅长指出，各部门意见建设性强，编制组要认真梳理吸收。\n")
    letter = parse_letter(text)
    assert letter.kind == "minutes"
    assert [c.department for c in letter.opinions] == ["自治区商务厅", "自治区商务厅", "自治区民政厅", "自治区民政厅"]
    assert _texts(letter)[2:] == ["殡葬设施污染是短板，建议补充整治内容。", "另外，建议将公墓绿化纳入第七章。"]


def test_minutes_speaker_who_suggests_two_things():
    text = "座谈会纪要\n    会上，市政协委员孙某建议，在老城区增加口袋公园；另外，建议加强古树名木保护。\n"
    assert _texts(parse_letter(text, kind="minutes")) == ["在老城区增加口袋公园", "另外，建议加强古树名木保护。"]


def test_minutes_speaker_with_two_requests_joined_by_tongshi():
    text = ("座谈会纪要\n    自治区人大环资委委员钱某说，规划对农村垃圾只提了收运，建议增加就地分类内容；同时建议明确运维资金。\n")
    letter = parse_letter(text, kind="minutes")
    assert _texts(letter) == ["规划对农村垃圾只提了收运，建议增加就地分类内容", "同时建议明确运维资金。"]


# ----------------------------------------------------------------------------- through read_comments
def test_what_reading_set_aside_reaches_the_comment_list(tmp_path):
    from consultagg import read_comments

    path = tmp_path / "05_自治区民族事务委员会.txt"
    path.write_text("自治区生态环境厅：\n经研究，提出以下意见：\n一、建议增加民族村寨保护内容。\n以上意见供参考。\n",
                    encoding="utf-8")
    got = read_comments(path)
    assert [c.department for c in got] == ["自治区民族事务委员会"]
    assert got[0].meta["unit_source"] == "文件名" and got[0].meta["unit_confidence"] == "guess"
    assert (str(path), "自治区生态环境厅：", "称谓") in got.skipped
    assert (str(path), "以上意见供参考。", "结束语") in got.skipped
    assert any("文件名" in n and "自治区民族事务委员会" in n for n in got.notes)


def test_the_units_own_intent_after_agreeing_is_no_opinion():
    from consultagg.extract.letters import parse_letter

    text = ("自治区民政厅关于《规划（征求意见稿）》的复函\n自治区生态环境厅：\n"
            "    来函收悉。经研究，我厅对《规划》原则同意，无修改意见。\n"
            "    下一步，我厅将结合养老服务体系建设，积极配合做好规划实施工作。\n"
            "    特此函复。\n\n自治区民政厅\n2026年4月2日\n")
    letter = parse_letter(text, file="mz.txt")
    assert letter.opinions == [] or len(letter.opinions) == 0
    assert any(why == "表态" for _, why in letter.skipped)


def test_an_email_signature_without_a_separator_is_not_an_opinion():
    from consultagg.extract.letters import parse_letter

    text = ("From: 自治区文化和旅游厅资源开发处 <zy@example.gov.cn>\nTo: ghc@example.gov.cn\n"
            "Subject: Re: 规划征求意见\n\n规划处同志：\n\n你好！我厅意见如下：\n\n"
            "1. 建议在第六章增加文旅融合生态旅游示范区建设内容。\n2. 建议补充重点景区生活污水收集处理的要求。\n\n请予考虑。\n\n"
            "自治区文化和旅游厅\n资源开发处  李某\n0951-5012xxx\n")
    letter = parse_letter(text, file="mail.txt")
    assert [c.text[:6] for c in letter.opinions] == ["建议在第六章", "建议补充重点"]
    assert {c.department for c in letter.opinions} == {"自治区文化和旅游厅"}


def test_minutes_speakers_named_by_unit_and_title():
    from consultagg.extract.minutes import _speaker

    # a unit whose last characters look like a surname and name (商务厅), a surname alone before
    # the title (农局长), and 发言 after the speaker
    assert _speaker("自治区商务厅代表")[3] == "自治区商务厅"
    assert _speaker("石峡市生态环境局农局长")[3] == "石峡市生态环境局"
    assert _speaker("北岭市水务局代表发言")[3] == "北岭市水务局"


def test_a_title_ending_in_a_full_stop_over_points_is_no_opinion():
    # 二、关于发展目标。 groups （一）（二）: its title goes to the children's context (issue 20)
    text = ("省发展改革委：\n现将我厅意见函复如下：\n一、关于发展目标。\n（一）建议核对城镇化率目标。\n"
            "（二）建议在指标体系中增加人均城镇建设用地指标。\n二、关于重点任务。\n（一）建议统一空间格局表述。\n"
            "某省自然资源厅\n2024年4月18日")
    letter = parse_letter(text)
    assert [c.text for c in letter.opinions] == ["建议核对城镇化率目标。", "建议在指标体系中增加人均城镇建设用地指标。",
                                                 "建议统一空间格局表述。"]
    assert letter.opinions[0].meta["heading"] == "一、关于发展目标"


def test_a_point_that_finds_the_draft_right_and_says_no_objection_is_no_opinion():
    text = ("市农业农村局：\n结合我县实际，提出以下几点意见建议：\n"
            "一是关于粮食生产。方案将我县播种面积目标由230万亩下调至225万亩，与实际基本相符，无意见。\n"
            "二是方案附件中蒙北县数据有误，请予更正。\n\n蒙北县农业农村局\n2024年6月3日")
    letter = parse_letter(text)
    assert [c.text for c in letter.opinions] == ["方案附件中蒙北县数据有误，请予更正。"]
    assert any(why == "表态" and "无意见" in t for t, why in letter.skipped)


@pytest.mark.parametrize("text,unit", [
    ("北 山 市 文 化 和 旅 游 局\n\n北文旅函〔2O24〕56号\n\n北山市文化和旅游局关于《北山市旅游发展规划》的反馈意见\n\n"
     "市发展改革委:\n    一、建议在第五章增加智慧旅游专节。\n    二、建议下调游客总人数目标。\n\n北山市文化和旅游局\n2O24年5月2O曰\n",
     "北山市文化和旅游局"),
    # half-width brackets, spaces, an OCR'd l for 1
    ("西 原 市 水 务 局\n\n西水函( 2025 ) 3l号\n\n西原市水务局\n关于《西原市供水规划》的修改意见\n\n"
     "市住房和城乡建设局:\n    一、建议补充水源地保护内容。\n    二、建议明确运行管护机制。\n\n西原市水务局\n2025年4月1曰\n",
     "西原市水务局"),
])
def test_an_ocr_d_document_number_is_no_part_of_the_unit(text, unit):
    letter = parse_letter(text)
    assert letter.unit == unit and len(letter.opinions) == 2


def test_a_form_s_printed_request_to_return_it_is_no_opinion():
    text = ("征求意见反馈表\n单位名称：西岭市水务局（盖章）\n\n序号\t页码\t意见或建议\t理由\n"
            "1\tP12\t建议将年径流总量控制率目标调整为70%。\t实施难度较大。\n"
            "2\tP27\t建议补充沿岸排水口雨污分流改造的内容。\t溢流问题突出。\n\n"
            "请于2024年7月15日前将本表（加盖公章扫描件及Word版）反馈至市住房和城乡建设局城建科。")
    letter = parse_letter(text)
    assert [c.text[:8] for c in letter.opinions] == ["建议将年径流总量", "建议补充沿岸排水"]


def test_a_reply_that_says_its_earlier_suggestion_was_taken_and_has_no_changes_gives_none():
    text = ("关于《某市综合交通运输体系规划（征求意见稿）》的反馈意见\n\n市交通运输局：\n\n"
            "    规划统筹铁路、公路和城市交通发展，我局前期提出的旅游公路建设建议也已在规划中予以吸纳。"
            "经研究，我局对该规划无修改意见。\n\n    特此复函。\n\n某市文化旅游广电局\n2025年4月7日\n")
    letter = parse_letter(text)
    assert letter.opinions == () and letter.no_opinion


def test_an_attachment_list_after_the_points_is_no_opinion():
    text = ("某市发展改革委：\n    一、建议补充气象灾害风险普查成果的应用。\n    二、建议增加人工影响天气能力建设内容。\n"
            "    附件：1. 修改意见对照表\n          2. 气象灾害风险普查成果简介\n\n某省气象局\n2025年3月2日\n")
    letter = parse_letter(text)
    assert [c.text[:6] for c in letter.opinions] == ["建议补充气象", "建议增加人工"]


def test_a_numbered_cell_whose_points_start_with_what_to_do_gives_each_point():
    from consultagg.extract import split_cell

    cell = "1. 将“结合公园绿地设置应急避难场所”修改为“结合公园绿地、学校体育场馆设置”；\n2. 补充居住小区内部应急疏散通道管控要求。"
    assert [m["numbering"] for _, m in split_cell(cell)] == ["1.", "2."]
    assert split_cell("建议增加：1.节水；2.控水") == [("建议增加：1.节水；2.控水", {})]


def test_a_sentence_that_names_whom_it_is_for_then_asks_is_a_request_of_its_own():
    from consultagg.extract._sentences import request_cuts

    t = "村民世代在湖区从事渔业生产，建议草案明确保障村民的传统生产方式。对因禁捕、退养受到损失的村民，建议由区人民政府给予合理补偿。"
    assert [t[c:] for c in request_cuts(t)] == ["对因禁捕、退养受到损失的村民，建议由区人民政府给予合理补偿。"]
    kept = "规划对湿地保护目标偏低，建议提高。对此我们还做了调研，数据详见附件。"
    assert request_cuts(kept) == []  # the next sentence asks nothing
