"""Reader cases written after the seventeenth set of 15 documents by someone else failed on them;
each failed before the fix. New texts, not the set's."""

from consultagg.extract.letters import parse_letter


def test_a_closing_that_offers_the_opinions_and_suggestions_for_reference_is_no_opinion():
    letter = parse_letter("北岭市物流协会关于《货运车辆通行管理办法》的意见\n市交通运输局：\n"
                          "1. 建议延长夜间货车通行时段。\n2. 建议增设城市配送车辆临时停靠点。\n"
                          "以上意见和建议，供贵局修改办法时参考。\n北岭市物流协会\n2025年6月3日")
    assert [o.text for o in letter.opinions] == ["建议延长夜间货车通行时段。", "建议增设城市配送车辆临时停靠点。"]


def test_a_forms_bracketed_instruction_to_return_it_is_no_opinion():
    letter = parse_letter("《北岭市河道管理条例（草案）》意见表\n（请于2025年8月30日前报送市水务局河湖管理科）\n"
                          "报送单位：北岭市农业农村局（盖章）\n序号\t修改意见\t理由\n"
                          "1\t建议第九条增加农村河道保洁经费保障的内容。\t农村河道保洁缺少稳定经费。\n")
    assert [o.text for o in letter.opinions] == ["建议第九条增加农村河道保洁经费保障的内容。"]
    assert letter.unit == "北岭市农业农村局"


def test_a_county_organ_signing_short_takes_the_county_the_letter_names_as_its_own():
    letter = parse_letter("关于《北岭州乡村道路养护办法（征求意见稿）》的反馈意见\n州交通运输局：\n"
                          "    来函收悉。石门县山区道路里程长，养护任务重。结合我县实际，提出以下意见：\n"
                          "    一、建议将县道养护资金补助标准提高到每公里每年1万元。\n"
                          "    二、建议明确村道养护的责任主体为乡镇人民政府。\n    以上意见供参考。\n"
                          "                县交通运输局\n                2025年9月1日\n")
    assert letter.unit == "石门县交通运输局"
    assert len(letter.opinions) == 2


def test_a_county_organ_stays_short_when_the_letter_names_two_counties():
    letter = parse_letter("关于《北岭州乡村道路养护办法（征求意见稿）》的反馈意见\n州交通运输局：\n"
                          "    我县与石门县、青田县接壤，结合我县实际，提出以下意见：\n"
                          "    一、建议明确跨县道路的养护分工。\n"
                          "                县交通运输局\n                2025年9月1日\n")
    assert letter.unit in (None, "县交通运输局")


def test_a_speaker_in_favour_without_further_opinion_gives_none():
    m = parse_letter("北岭市物业管理条例立法听证会记录\n听证陈述人：北岭市物业管理协会、北岭市家政服务协会\n"
                     "北岭市物业管理协会：建议明确物业服务收费标准的调整程序。\n"
                     "北岭市家政服务协会：我们赞成条例的各项规定，特别是将家政服务纳入社区服务体系的规定，没有补充意见。\n",
                     kind="minutes")
    assert [(o.department, o.text) for o in m.opinions] == [("北岭市物业管理协会", "建议明确物业服务收费标准的调整程序。")]


def test_a_speaker_who_does_not_favour_a_rule_still_gives_an_opinion():
    m = parse_letter("北岭市物业管理条例立法听证会记录\n听证陈述人：北岭市家政服务协会\n"
                     "北岭市家政服务协会：我们不赞成将家政服务纳入物业服务收费，应当单独定价。\n", kind="minutes")
    assert len(m.opinions) == 1


# Set 18 (北川, 临河, 望江, 石泉县): each failed before its fix. New texts, not the set's.

def test_a_county_named_inside_a_phrase_is_the_letters_own():
    letter = parse_letter("关于《北岭州河道管理办法》的意见\n州水务局：\n    我局结合青田县山区河道实际，提出如下意见：\n"
                          "    （一）建议明确县级河道管理范围划定的时限。\n    （二）我县河道采砂问题突出，建议增加河道采砂的监管要求。\n"
                          "    以上意见供参考。\n                县水利局\n                2025年6月2日\n")
    assert letter.unit == "青田县水利局"


def test_a_speaker_named_by_the_unit_above_and_a_second_request_after_同时提出():
    m = parse_letter("立法座谈会纪要\n北岭省司法厅召开座谈会，听取意见。\n（一）北岭市水务局\n"
                     "该局副局长李某某表示，城区内涝问题突出，建议增加海绵城市建设的规定。同时提出，第四十条罚款幅度过大，建议适当调整。\n"
                     "（二）专家意见\n北岭大学陈某某教授认为，建议补充地下水超采治理内容。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["北岭市水务局", "北岭市水务局", "北岭大学"]
    assert m.opinions[1].text.endswith("建议适当调整。")


def test_a_point_quoting_the_drafts_rule_before_its_request_is_one_opinion():
    letter = parse_letter("北岭市建设集团关于《文物保护条例》的意见\n市司法局：\n"
                          "一、第二十条规定建设工程在选址阶段应当开展文物调查，实践中周期较长。建议明确文物调查的办理时限。\n"
                          "二、建议明确考古发掘经费的承担标准。\n北岭市建设集团\n2025年7月1日")
    assert len(letter.opinions) == 2
    assert letter.opinions[0].text.startswith("第二十条规定")


def test_an_expert_panels_record_titled_论证会意见_is_read_as_minutes():
    from consultagg.extract.letters import parse_letter as parse
    text = ("# 《北岭市公交线网规划》专家论证会意见\n\n北岭市交通运输局组织召开专家论证会。规划编制单位汇报了规划内容，形成如下意见：\n\n"
            "## 一、总体评价\n\n专家组认为，规划目标合理。\n\n## 二、修改建议\n\n北岭大学王某某教授认为，建议补充公交专用道建设方案。\n\n"
            "北岭市规划设计研究院李某某高级工程师提出，建议增加微循环公交线路。\n\n专家组组长：王某某\n\n2025年7月1日\n")
    m = parse(text)
    assert m.kind == "minutes"
    assert [o.department for o in m.opinions] == ["北岭大学", "北岭市规划设计研究院"]


def test_a_district_speaking_short_takes_its_full_name_from_the_record():
    m = parse_letter("征求意见会会议纪要\n市水务局召开征求意见会。市司法局、青山区人民政府等单位代表参加会议。\n"
                     "青山区人民政府王某某表示，建议市级财政对雨污分流改造给予资金支持。\n"
                     "参会人员签字：\n北岭市青山区人民政府 王某某\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["北岭市青山区人民政府"]


def test_a_district_stays_short_when_the_record_never_names_it_in_full():
    m = parse_letter("座谈会纪要\n市水务局召开座谈会。\n青山区人民政府王某某表示，建议增设排涝泵站。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["青山区人民政府"]


def test_a_district_told_in_full_inside_a_sentence_is_not_taken_from_the_story():
    # The seed page tells 近日，吴忠市利通区政协对…进行了调研 and files the speakers under 利通区政协.
    m = parse_letter("座谈会纪要\n近日，北岭市青山区人民政府对排水设施进行了调研。\n"
                     "青山区人民政府王某某表示，建议增设排涝泵站。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["青山区人民政府"]
