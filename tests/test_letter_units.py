"""Which unit a letter, an e-mail or a speaker speaks for, and how sure the reader is.

The letters below are written for these tests. The unit comes from the text in this order of
trust: a 填报单位/报送单位 line, the title, the signature above the date (落款), an e-mail's 发件人,
a sentence naming the sender, and only as a last resort the file name (flagged as a guess). An
inner office (…厅综合处, …大学…学院) speaks for its organ; the office is kept in ``meta["office"]``.
"""

from __future__ import annotations

import pytest

from consultagg.extract import parse_letter, split_office
from consultagg.extract.units import unit_of_field


def _units(letter):
    return {c.department for c in letter.opinions}


# ----------------------------------------------------------------------------- organ and office
@pytest.mark.parametrize("name, organ, office", [
    ("自治区农业农村厅科教处", "自治区农业农村厅", "科教处"),
    ("自治区教育厅发展规划处", "自治区教育厅", "发展规划处"),
    ("北岭市生态环境局大气科", "北岭市生态环境局", "大气科"),
    ("自治区政协人口资源环境委员会办公室", "自治区政协人口资源环境委员会", "办公室"),
    ("青原大学资源与环境学院", "青原大学", "资源与环境学院"),
    ("自治区外事办公室综合处", "自治区外事办公室", "综合处"),
    ("自治区体育局 竞技体育处", "自治区体育局", "竞技体育处"),
    # organs that merely end like an office stay whole
    ("自治区人大常委会法工委", "自治区人大常委会法工委", None),
    ("自治区人民政府办公厅", "自治区人民政府办公厅", None),
    ("北岭市环境监测中心站", "北岭市环境监测中心站", None),
    ("自治区外事办公室", "自治区外事办公室", None),
    ("白泉市人民政府", "白泉市人民政府", None),
])
def test_an_inner_office_speaks_for_its_organ(name, organ, office):
    assert split_office(name) == (organ, office)


@pytest.mark.parametrize("line", [
    "填报单位：青泉省生态环境厅（盖章）填报时间：2024年3月22日",
    "填报单位：青泉省生态环境厅（盖章）            填报时间：2024年3月22日",
    "报送单位：青泉省生态环境厅　报送时间：2024年3月22日",
    "填报单位：青泉省生态环境厅 时间：2024年3月22日"])
def test_a_field_line_ends_the_unit_at_the_next_field_named_time(line):
    # a form's unit line with 填报时间 after it (its spaces lost in a Word table): not 青泉省生态环境厅填报时间
    assert unit_of_field(line) == "青泉省生态环境厅"


# ----------------------------------------------------------------------------- order of trust
def test_a_form_unit_line_is_trusted_first():
    text = ("关于《城市更新规划（征求意见稿）》的意见表\n"
            "填报单位（盖章）：自治区林业和草原局　　　填报日期：2022年5月6日\n"
            "1.建议增加城市绿道建设内容。\n2.建议补充古树名木保护要求。\n"
            "自治区林业和草原局规划财务处\n2022年5月6日")
    letter = parse_letter(text, file="lcj.txt")
    assert letter.unit == "自治区林业和草原局"
    assert letter.unit_source == "填报单位" and letter.unit_confidence == "high"
    assert _units(letter) == {"自治区林业和草原局"}
    assert all(c.meta["unit_source"] == "填报单位" and c.meta["unit_confidence"] == "high"
               for c in letter.opinions)


def test_a_short_title_names_the_unit_not_the_file_name():
    text = ("自治区商务厅意见\n\n① 建议增加绿色商场创建内容。\n② 建议补充快递包装减量要求。\n"
            "③ 第七章建议增加再生资源回收网络建设内容。")
    letter = parse_letter(text, file="swt.txt")
    assert letter.unit == "自治区商务厅" and letter.unit_source == "标题"
    assert len(letter.opinions) == 3 and _units(letter) == {"自治区商务厅"}


@pytest.mark.parametrize("title", [
    "自治区民族事务委员会关于《规划（征求意见稿）》的复函",
    "自治区民族事务委员会对《规划（征求意见稿）》的修改意见",
    "自治区民族事务委员会反馈意见",
    "自治区民族事务委员会的意见",
])
def test_title_forms(title):
    letter = parse_letter(title + "\n自治区生态环境厅：\n一、建议增加民族团结进步示范区创建内容。\n二、建议补充双语宣传要求。")
    assert letter.unit == "自治区民族事务委员会" and letter.unit_source == "标题"
    assert len(letter.opinions) == 2


def test_the_title_is_trusted_before_the_signature():
    # The title names the organ; the signature spells the same organ out in full, which is kept
    # (自治区工信厅 abbreviates 青原自治区工业和信息化厅). A signature naming another organ is not.
    text = ("自治区工信厅关于《规划（征求意见稿）》的意见\n自治区生态环境厅：\n1.建议增加园区循环化改造内容。\n"
            "青原自治区工业和信息化厅\n2022年3月1日")
    letter = parse_letter(text)
    assert letter.unit == "青原自治区工业和信息化厅" and letter.unit_source == "标题"
    other = parse_letter(text.replace("青原自治区工业和信息化厅", "青原自治区商务厅"))
    assert other.unit == "自治区工信厅" and other.unit_source == "标题"


def test_the_signature_above_the_date():
    text = "自治区生态环境厅：\n经研究，建议在第三章增加冰雪运动场地生态保护内容。\n\n自治区体育局\n（盖章）\n2022年4月2日"
    letter = parse_letter(text, file="反馈.txt")
    assert letter.unit == "自治区体育局" and letter.unit_source == "落款"
    assert letter.unit_confidence == "high"


def test_a_signature_naming_an_office_and_a_person_gives_the_organ():
    text = ("规划处：\n经研究，建议第五章补充校园饮水安全内容。\n"
            "自治区教育厅发展规划处 李娜\n2022年4月2日")
    letter = parse_letter(text)
    assert letter.unit == "自治区教育厅" and letter.office == "发展规划处"
    (c,) = letter.opinions
    assert c.department == "自治区教育厅" and c.meta["office"] == "发展规划处"


def test_a_signature_below_a_named_person():
    text = ("《规划（征求意见稿）》论证意见\n专家组认为，规划目标基本合理。\n专家组建议：\n"
            "1.细化水资源约束指标。\n2.补充气候适应内容。\n"
            "专家组组长：钱某某（签字）\n自治区水资源专家委员会\n2022年6月1日")
    letter = parse_letter(text)
    assert letter.unit == "自治区水资源专家委员会" and letter.unit_source == "落款"


def test_the_file_name_is_a_last_resort_and_flagged_as_a_guess():
    letter = parse_letter("建议增加清真食品安全监管内容。", file="意见/07_自治区民族事务委员会.txt")
    assert letter.unit == "自治区民族事务委员会"
    assert letter.unit_source == "文件名" and letter.unit_confidence == "guess"
    assert letter.opinions[0].meta["unit_confidence"] == "guess"


def test_an_abbreviated_file_name_is_no_unit():
    letter = parse_letter("建议增加清真食品安全监管内容。", file="mzw.txt")
    assert letter.unit is None and letter.unit_source is None
    assert letter.opinions[0].department is None


def test_a_sentence_naming_the_sender():
    text = "规划处：\n自治区文物局意见如下：一是建议增加文物保护单位周边环境整治内容；二是建议补充考古前置要求。\n请审阅。"
    letter = parse_letter(text)
    assert letter.unit == "自治区文物局" and letter.unit_source == "正文"
    assert len(letter.opinions) == 2


def test_the_unit_given_by_the_caller():
    letter = parse_letter("自治区水利厅关于《规划》的意见\n建议增加节水内容。", unit="水利厅")
    assert letter.unit == "水利厅" and letter.unit_source == "指定" and letter.unit_confidence == "high"


# ----------------------------------------------------------------------------- e-mails
def test_an_email_sender_is_the_organ_of_its_office():
    text = ("发件人：自治区外事办公室综合处 <zhc_wb@example.cn>\n发送时间：2022年3月9日 10:20\n"
            "收件人：规划处 <ghc@example.cn>\n主题：回复：征求意见\n\n规划处：\n"
            "您好！我办意见如下：\n1. 建议增加对外合作交流平台建设内容。\n2. 建议补充国际友城生态合作项目。\n\n"
            "王某 电话：0951-1234567")
    letter = parse_letter(text, file="RE_征求意见.txt")
    assert letter.unit == "自治区外事办公室" and letter.unit_source == "发件人"
    assert letter.office == "综合处"
    assert len(letter.opinions) == 2 and _units(letter) == {"自治区外事办公室"}


def test_an_english_email_header():
    text = ("From: 河西市生态环境局 <hx@example.cn>\nSent: Monday, May 9, 2022 9:01 AM\nTo: 规划处\n"
            "Subject: RE: 征求意见\n\n规划处：\n①建议将河西市纳入重点区域。\n②建议补充工业园区监测站建设内容。\n\n"
            "此致\n敬礼！\n\n河西市生态环境局水生态科")
    letter = parse_letter(text)
    assert letter.unit == "河西市生态环境局" and _units(letter) == {"河西市生态环境局"}
    assert len(letter.opinions) == 2


def test_a_forwarded_email_is_the_forwarded_sender_s():
    text = ("发件人：自治区生态环境厅规划处 张某\n发送时间：2022年3月16日 11:02\n收件人：编制组\n"
            "主题：转发：自治区体育局的意见\n\n编制组：体育局的意见转给你们，请研究吸收。\n\n"
            "-------- 转发邮件信息 --------\n发件人：自治区体育局规划处 <ty@example.cn>\n"
            "发送日期：2022年3月15日 17:30\n收件人：规划处\n主题：体育局意见\n\n"
            "规划处：\n建议增加体育公园建设内容。\n\n自治区体育局\n2022年3月15日")
    letter = parse_letter(text)
    assert letter.unit == "自治区体育局"
    assert [c.text for c in letter.opinions] == ["建议增加体育公园建设内容。"]


# ----------------------------------------------------------------------------- speakers in minutes
def test_heads_of_government_speak_for_the_government():
    text = ("座谈会纪要\n会上，河西县县长孙某表示，建议第五章支持县城污水管网改造。"
            "河西市人民政府副市长周某说，建议将河西市纳入清洁取暖试点。")
    letter = parse_letter(text, kind="minutes")
    assert [c.department for c in letter.opinions] == ["河西县人民政府", "河西市人民政府"]


def test_a_speaker_s_inner_office_is_not_the_unit():
    text = ("座谈会纪要\n自治区民政厅社会事务处处长吴某表示，建议增加殡葬设施环境整治内容。\n"
            "郑某（河西大学化学化工学院教授）：建议补充新污染物监测内容。")
    letter = parse_letter(text, kind="minutes")
    assert [c.department for c in letter.opinions] == ["自治区民政厅", "河西大学"]


def test_a_personal_sender_and_a_signature_below_a_rule():
    text = ("发件人：吴某 <wu@example.cn>\n发送时间：2022年4月1日\n收件人：规划处\n主题：意见\n\n规划处：\n"
            "建议在第三章增加滑雪场生态修复内容。\n\n——————————\n吴某\n自治区体育局群体处\n电话：0951-5550006\n")
    letter = parse_letter(text)
    assert [c.text for c in letter.opinions] == ["建议在第三章增加滑雪场生态修复内容。"]
    assert letter.unit == "自治区体育局" and letter.unit_source == "邮件签名" and letter.office == "群体处"


def test_a_memo_cover_names_the_sender():
    text = ("致：自治区生态环境厅\n来自：河东区生态环境分局\n日期：2022年4月5日\n事由：规划意见\n"
            "一、建议增加河东区黑臭水体整治内容。\n二、建议补充园区污水集中处理设施建设。")
    letter = parse_letter(text)
    assert letter.unit == "河东区生态环境分局" and letter.unit_source == "发件人"
    assert len(letter.opinions) == 2


def test_minutes_under_a_letterhead_with_speakers_on_lines_of_their_own():
    # the title under the organiser's letterhead, its characters spaced; each speaker's record line
    # 姓名（单位职称）： stands above the words (issue 20)
    text = ("河西市自然资源局\n会 议 纪 要\n\n《河西市滨河景观规划》专家论证会纪要\n"
            "8月15日，河西市自然资源局组织召开专家论证会，市生态环境局、市水务局有关负责同志参加会议。\n"
            "一、专家组一致认为，规划基础资料翔实，同意通过论证。\n二、专家发言要点\n"
            "（一）赵某（河西大学资源环境学院教授）：\n建议补充近二十年来水来沙变化分析。\n"
            "（二）钱某（东岭农业大学林学院教授）：\n建议将乡土树种比例提高到70%以上。\n"
            "（三）市生态环境局水生态环境科李科长：\n建议增加与入河排污口设置管理要求的衔接内容。\n")
    letter = parse_letter(text)
    assert letter.kind == "minutes"
    assert [c.department for c in letter.opinions] == ["河西大学", "东岭农业大学", "河西市生态环境局"]


def test_a_representative_named_as_the_responsible_comrade_speaks_for_the_organ():
    from consultagg.extract.minutes import _speaker

    assert _speaker("北岭市农业农村局产业发展科负责同志")[3] == "北岭市农业农村局"
    text = ("评审会纪要\n出席：北岭市农业农村局、河西大学等单位代表。\n"
            "北岭市农业农村局产业发展科负责同志指出，茶叶是全市最具特色的产业，建议将茶产业单列一章。\n"
            "河西大学经济管理学院黄某教授认为，收入增长目标偏高，建议适当下调。\n")
    letter = parse_letter(text)
    assert [c.department for c in letter.opinions] == ["北岭市农业农村局", "河西大学"]


def test_a_representative_who_speaks_then_lists_points_gives_each_point():
    # …代表发言，一是…；二是…；三是…: the example gave no opinion at all (issue 20)
    text = ("座谈会纪要\n会上，自治区生态环境厅代表发言，一是建议增加臭氧污染防治内容；二是建议补充移动源治理措施；"
            "三是建议完善监测网络建设。")
    letter = parse_letter(text)
    assert [c.text for c in letter.opinions] == ["建议增加臭氧污染防治内容", "建议补充移动源治理措施", "建议完善监测网络建设。"]
    assert {c.department for c in letter.opinions} == {"自治区生态环境厅"}


def test_a_hearing_s_participants_speak_for_their_body_or_as_the_public():
    # 1号听证参加人 + name（capacity）on a line, the words below; residents and consumers are the public
    text = ("西岭市出租汽车运价调整听证会纪要\n\n"
            "    2025年10月21日，西岭市发展和改革委员会召开听证会。听证参加人依次发言，主要意见如下：\n\n"
            "1号听证参加人　卓玛（消费者代表，城关区吉日街道居民）\n    建议对老年人继续实行优惠。\n\n"
            "2号听证参加人　张某（经营者代表，西岭市出租汽车有限公司）\n    建议同步落实新能源车辆运营补贴。\n\n"
            "3号听证参加人　陈某（西岭大学经济与管理学院副教授）\n    建议建立运价与成本联动机制。\n\n"
            "西岭市发展和改革委员会\n2025年10月23日\n")
    letter = parse_letter(text)
    assert [c.department for c in letter.opinions] == ["社会公众", "西岭市出租汽车有限公司", "西岭大学"]
    assert [c.speaker for c in letter.opinions] == ["卓玛", "张某", "陈某"]
    assert len(letter.opinions) == 3  # the issuing body's name above the date is its signature


def test_a_citizen_speaker_in_minutes_is_the_public():
    from consultagg.extract.minutes import _speaker

    assert _speaker("市民代表张女士")[3] == "社会公众"
    assert _speaker("居民代表王某")[3] == "社会公众"


def test_everyone_agreeing_to_suggest_gives_the_meeting_s_opinion():
    letter = parse_letter("座谈会纪要\n会上，与会人员围绕规划进行了讨论，大家一致建议增加农村污水治理内容。")
    assert [(c.department, c.text) for c in letter.opinions] == [("与会人员", "增加农村污水治理内容。")]


def test_words_that_ask_but_fit_no_rule_are_set_aside_with_a_mark_and_the_cli_says_so(tmp_path, capsys):
    from consultagg.cli import main
    from consultagg.extract.letters import CHECK_MARK

    text = "座谈会纪要\n会议期间，围绕规划修改，请编制单位会后增加农村污水治理内容。\n"
    letter = parse_letter(text, kind="minutes")
    assert any(why.endswith(CHECK_MARK) and "农村污水" in t for t, why in letter.skipped)
    src = tmp_path / "纪要.txt"
    src.write_text(text, encoding="utf-8")
    main(["run", str(src), "-o", str(tmp_path / "处理表.xlsx")])
    assert "含建议用语" in capsys.readouterr().err


def test_the_chair_s_words_are_no_city_and_the_closing_summary_no_opinion():
    text = ("《北岭市电动自行车管理条例（草案）》立法座谈会纪要\n"
            "    4月17日，市人大常委会法工委召开座谈会。市公安局、市交通运输局等单位负责同志参加会议。"
            "会议由市人大常委会法工委副主任罗某主持。\n"
            "    市公安局：建议将第十二条中登记的办理时限缩短为五个工作日。\n"
            "    市交通运输局：建议删除第三十条关于统一编号的规定。\n"
            "    罗某副主任在总结时表示，大家的意见很有针对性，法工委要认真梳理吸收。\n")
    letter = parse_letter(text)
    # 会议由市… names no city; the title's 北岭市 is the city of the organs named short
    assert [c.department for c in letter.opinions] == ["北岭市公安局", "北岭市交通运输局"]


@pytest.mark.parametrize("title, opening, speaker, unit", [
    # the city only in the title and the draft's name: the organs all named short
    ("临江市国土空间生态修复规划（2021—2035年）\n征求意见座谈会纪要",
     "5月21日上午，市自然资源和规划局召开《临江市国土空间生态修复规划（征求意见稿）》征求意见座谈会，"
     "市生态环境局、市林业局有关负责同志参加会议。现纪要如下：",
     "市生态环境局：建议将湘临河流域水生态修复纳入规划重点工程。", "临江市生态环境局"),
    # a province's organs, the speaker inside the sentence with an inner office and a title
    ("北陵省地质灾害防治条例（草案）专家论证会纪要",
     "9月5日，省司法厅组织召开《北陵省地质灾害防治条例（草案）》专家论证会，省自然资源厅、省应急管理厅等部门代表参加会议。",
     "省自然资源厅地质勘查管理处王处长提出，建议增加地质灾害隐患点综合治理的规定。", "北陵省自然资源厅"),
    # a county's organs; a town named short takes its government's full name and the county
    ("柏林县农村人居环境整治提升实施方案（征求意见稿）\n征求意见会议纪要",
     "8月14日下午，县农业农村局召开征求意见会议，县财政局、城关镇人民政府等单位负责同志参加会议。纪要如下：",
     "（一）城关镇：建议将村庄保洁员配备标准调整为按村庄面积和人口统筹确定。", "柏林县城关镇人民政府"),
])
def test_minutes_short_organs_take_the_place_the_title_names(title, opening, speaker, unit):
    # a 市/省/县 organ named short at a meeting of one place's organs is that place's organ, also when
    # only the title (or the draft's name in 《》) names the place (letters set 13)
    letter = parse_letter(f"{title}\n\n{opening}\n{speaker}\n")
    assert letter.kind == "minutes"
    assert [c.department for c in letter.opinions] == [unit]


def test_minutes_short_organs_stay_short_when_the_title_names_two_places():
    text = ("临江市与南屿市跨界河流联防联治方案征求意见会纪要\n\n"
            "5月21日，市生态环境局召开征求意见会，市水务局有关负责同志参加会议。\n"
            "市水务局：建议明确跨界断面水质考核责任。\n")
    letter = parse_letter(text)
    assert [c.department for c in letter.opinions] == ["市水务局"]


def test_a_town_keeps_its_name_when_the_opening_names_the_county_organs_in_full():
    text = ("《白石县发展规划纲要（征求意见稿）》\n部门和乡镇座谈会纪要\n\n"
            "5月22日，县发展和改革局召开座谈会。白石县教育局、城关镇人民政府有关负责同志参加会议。主要意见如下：\n"
            "县教育局：建议将新建中小学校调整为12所。\n城关镇：建议增加集镇污水管网建设内容。\n")
    letter = parse_letter(text)
    assert [c.department for c in letter.opinions] == ["白石县教育局", "城关镇人民政府"]


def test_a_no_opinion_reply_ending_with_its_closing_formula_gives_none():
    text = ("关于《海宁州林业草原保护发展规划（征求意见稿）》的反馈意见\n\n州林业和草原局：\n\n"
            "《规划》收悉。经研究，我局对该规划没有修改意见。\n\n特此反馈。\n\n云台县林业和草原局\n2024年3月8日\n")
    letter = parse_letter(text)
    assert letter.opinions == () and letter.no_opinion and letter.unit == "云台县林业和草原局"


def test_an_autonomous_prefecture_s_organ_named_short_takes_the_prefecture():
    text = ("海宁州林业草原保护发展规划专家咨询会纪要\n\n"
            "1月18日，海宁州林业和草原局召开专家咨询会，州发展改革委、州自然资源局有关同志参加会议。提出以下意见建议：\n\n"
            "州自然资源局李科长认为，部分造林地块与耕地保护目标冲突，建议将造林绿化空间落实到国土空间规划。\n\n"
            "会议要求，编制单位修改完善后，按程序报州人民政府审批。\n")  # 按程序报州 is no prefecture
    assert [c.department for c in parse_letter(text).opinions] == ["海宁州自然资源局"]


def test_where_a_meeting_was_held_is_no_unit_and_no_region():
    # 省司法厅在省政府第三会议室召开…: the room is no attendee, 省司法厅在省 no province
    text = ("《西原省大气污染防治条例（修订草案）》立法协商会纪要\n\n"
            "9月12日，省司法厅在省政府第三会议室召开立法协商会。省政协社会和法制委员会、省公安厅等单位参加会议。纪要如下：\n\n"
            "省公安厅：建议删除第三十八条中公安机关对非道路移动机械进行检查的规定。\n\n"
            "省政协社会和法制委员会副主任周敏：建议在法律责任一章中增加责任追究条款。\n")
    assert [c.department for c in parse_letter(text).opinions] == ["西原省公安厅", "西原省政协社会和法制委员会"]


def test_a_speaker_who_only_briefs_the_meeting_gives_no_opinion():
    text = ("《西原省大气污染防治条例（修订草案）》立法协商会纪要\n\n"
            "9月12日，省司法厅召开立法协商会。省生态环境厅、省公安厅等单位参加会议。纪要如下：\n\n"
            "西原省生态环境厅：介绍了修订草案的起草背景、过程和主要内容。修订草案共九章七十二条，重点在移动源污染防治等方面作了补充完善。\n\n"
            "西原省公安厅：建议删除第三十八条中公安机关对非道路移动机械进行检查的规定。\n")
    letter = parse_letter(text)
    assert [c.department for c in letter.opinions] == ["西原省公安厅"]


def test_a_signature_with_a_seal_in_brackets_is_no_opinion():
    text = ("北湖市残疾人联合会关于无障碍环境建设条例的修改意见\n\n市司法局：\n\n"
            "（一）关于信息无障碍。建议增加政府网站应当符合信息无障碍国家标准的规定。\n"
            "（二）关于监督管理。建议增设无障碍环境建设体验监督员制度。\n\n以上意见供参考。\n\n"
            "北湖市残疾人联合会（印）\n2023年11月2日\n")
    letter = parse_letter(text)
    assert len(letter.opinions) == 2 and letter.unit == "北湖市残疾人联合会"


def test_an_expert_signing_in_his_own_name_speaks_for_his_institution():
    text = ("关于《南川省矿产资源总体规划（征求意见稿）》的意见\n\n南川省自然资源厅：\n\n"
            "第一，建议补充战略性矿产的查明资源储量及保有年限数据。\n"
            "第二，建议增加历史遗留废弃矿山生态修复的专门章节。\n\n以上意见妥否，请酌。\n\n"
            "                                        王建国\n"
            "                    北湖大学资源与环境学院  教授、博士生导师\n"
            "                                  2023年6月15日\n"
            "                    联系电话：13800006215\n")
    letter = parse_letter(text)
    assert len(letter.opinions) == 2
    assert {c.department for c in letter.opinions} == {"北湖大学"}


def test_a_closing_that_asks_the_drafters_to_finish_and_submit_is_no_opinion():
    text = ("北湖市交通运输局：\n\n你局报来的规划收悉。提出以下意见：\n\n"
            "（1）建议补充北湖港区与铁路专用线衔接的集疏运体系建设内容。\n"
            "（2）建议增加智慧交通建设章节。\n\n请你局修改完善后按程序报批。\n\n南川省交通运输厅综合规划处\n2023年7月4日\n")
    letter = parse_letter(text)
    assert [c.text for c in letter.opinions] == ["建议补充北湖港区与铁路专用线衔接的集疏运体系建设内容。", "建议增加智慧交通建设章节。"]
    assert {c.department for c in letter.opinions} == {"南川省交通运输厅"}


def test_minutes_agreeing_with_the_text_a_speaker_s_role_before_the_body_and_an_association_s_committee():
    text = ("北湖市湿地保护条例立法听证会纪要\n\n"
            "市人大常委会法制工作委员会召开听证会。现将陈述人主要意见纪要如下：\n\n"
            "    陈述人、北湖港务集团有限公司安全环保部经理冯刚表示，港口航道疏浚作业难以避开湿地，建议对公益性项目作出例外规定。\n"
            "    北湖市律师协会环境资源法律专业委员会主任孙明：建议增加湿地生态环境损害公益诉讼的规定。\n"
            "    北湖市水利局：同意规划文本。\n")
    letter = parse_letter(text)
    assert [c.department for c in letter.opinions] == ["北湖港务集团有限公司", "北湖市律师协会"]
    assert "环境资源法律专业委员会" in letter.opinions[1].meta["speaker_title"]  # the committee kept as detail


def test_a_speaker_on_behalf_of_a_body_speaks_for_it():
    # X代表Y发言。建议…。建议…: both requests are Y's (they went to 与会人员, one was set aside)
    text = ("东陵省政协协商座谈会纪要\n\n    6月5日，省政协召开协商座谈会。现纪要如下：\n\n"
            "    民盟东陵省委会副主委陈芳代表民盟省委会发言。建议在办法中引入市场化补偿方式。建议对受限农户设立生态公益岗位。\n\n"
            "    省工商联副主席徐永明代表省工商联发言，建议明确社会资本参与生态保护修复可获得的收益权。\n")
    letter = parse_letter(text)
    assert [c.department for c in letter.opinions] == ["民盟东陵省委会", "民盟东陵省委会", "东陵省工商联"]


def test_a_heading_whose_answer_is_no_opinion_is_no_opinion():
    text = ("# 云岭自治州生态环境局关于生态保护补偿办法的意见\n\n省生态环境厅：\n\n## 一、补偿范围\n\n"
            "- 建议在第五条补偿范围中增加湿地。\n\n## 二、其他\n\n我局对办法其他内容无意见。\n\n云岭自治州生态环境局\n2024年5月20日\n")
    letter = parse_letter(text, file="意见.md")
    assert [c.text for c in letter.opinions] == ["建议在第五条补偿范围中增加湿地。"]


def test_an_organ_signing_short_takes_the_province_of_the_draft():
    text = ("From: 王志强 <wangzq@gxt.example>\nTo: 环资处 <hzc@fgw.example>\n"
            "Subject: 关于《东陵省“十四五”节能减排综合工作方案（征求意见稿）》的意见\n\n环资处：\n\n"
            "现将我厅对方案的意见反馈如下：\n一、建议增加新型基础设施节能改造的内容。\n二、建议调整清洁生产改造的牵头单位。\n\n"
            "王志强\n省工业和信息化厅节能与综合利用处\n电话：63827105\n")
    letter = parse_letter(text)
    assert {c.department for c in letter.opinions} == {"东陵省工业和信息化厅"}
    assert letter.unit == "东陵省工业和信息化厅"
