"""Reader cases written after the twenty-fourth set of 15 documents by someone else failed on them;
each failed before the fix. New texts, not the set's."""

from consultagg.extract.letters import parse_letter


def test_the_reasons_of_one_request_listed_inline_are_no_opinions():
    letter = parse_letter("市司法局：\n    一、关于监管职责。建议在第七章增加一条：“住建部门依法对电梯维保实施监督。”这样规定，"
                          "一是便于执法衔接，二是便于群众投诉，三是与第五条的分工一致。\n            丘陵市市场监督管理局\n")
    assert len(letter.opinions) == 1 and "三是与第五条的分工一致" in letter.opinions[0].text


def test_an_inline_list_of_requests_still_splits():
    letter = parse_letter("市司法局：\n    建议：一是加强电梯维保监督；二是完善投诉处理机制。\n            丘陵市市场监督管理局\n")
    assert [o.text for o in letter.opinions] == ["加强电梯维保监督", "完善投诉处理机制。"]


def test_material_offered_for_reference_is_no_opinion():
    letter = parse_letter("市司法局：\n    一、建议增加物业收费公示的规定。\n    以上意见仅供参考。\n"
                          "    另：我局制定的《物业服务收费指引》可供起草时参考，如有需要可与我局价格科联系。\n            丘陵市市场监督管理局\n")
    assert [o.text for o in letter.opinions] == ["建议增加物业收费公示的规定。"]


def test_a_clause_labelled_remark_that_only_agrees_and_an_offer_after_the_regulation_are_no_opinions():
    letter = parse_letter("市司法局：\n\n**第十八条**：建议明确业主大会可以电子投票。\n\n"
                          "**第三十八条**：我非常赞成这一条。物业公司把收支晒出来，业主才会放心。\n\n"
                          "条例出台后，我愿意在社区带头做好宣传解读工作。\n\n市人大代表 周一\n")
    assert [o.text for o in letter.opinions] == ["第十八条：建议明确业主大会可以电子投票。"]


def test_a_point_that_agrees_with_what_a_clause_provides_is_no_opinion():
    letter = parse_letter("市司法局：\n    1.建议增加物业服务企业信用评价的规定。\n"
                          "    2.第六十八条明确供水、供电等专业经营单位负责设施维修养护，我会完全赞同，此项规定将减轻企业负担。\n"
                          "            丘陵市物业管理行业协会\n")
    assert [o.text for o in letter.opinions] == ["建议增加物业服务企业信用评价的规定。"]


def test_a_districts_account_that_names_the_draft_only_to_support_it_is_context():
    letter = parse_letter("市司法局：\n    现将我区意见反馈如下：\n"
                          "    凤台区是老城区，老旧小区多，物业费收缴率不足六成。条例草案对上述问题均有回应，我区表示支持。\n"
                          "    一、建议明确老旧小区物业管理的兜底主体。\n            丘陵市凤台区人民政府\n")
    assert [o.text for o in letter.opinions] == ["建议明确老旧小区物业管理的兜底主体。"]


def test_a_letterhead_over_the_titles_own_unit_line_is_not_part_of_the_unit():
    letter = parse_letter("国家税务总局丘陵市税务局办公室\n\n国家税务总局丘陵市税务局办公室\n关于《条例》反馈意见的函\n\n市司法局：\n"
                          "    来函收悉。我局无其他意见，仅提一条建议：建议第三十二条增加“依法纳税”的表述。\n    特此函复。\n")
    assert letter.unit == "国家税务总局丘陵市税务局"
    assert len(letter.opinions) == 1


def test_a_scans_docno_in_full_width_brackets_over_the_units_line():
    letter = parse_letter("丘 陵 市 消 防 救 援 支 队\n\n丘消函 ［2024） 19号\n\n丘陵市消防救援支队\n关于对《条例》的反馈意见\n\n市司法局：\n"
                          "    一、建议增加消防通道管理的规定。\n            丘陵市消防救援支队\n            2024年6月3日\n")
    assert letter.unit == "丘陵市消防救援支队"


def test_short_names_at_a_meeting_take_the_full_names_of_the_attendance_roster():
    m = parse_letter("立法座谈会纪要\n时间：2024年5月28日\n出席人员：\n    丘陵市人大常委会法制工作委员会：冯一（副主任）\n"
                     "    丘陵市物业管理行业协会：罗二（秘书长）\n\n    会上，与会人员进行了讨论。发言情况如下：\n\n"
                     "    冯一（市人大法工委副主任）：建议删除第二十四条。\n    罗二（市物业协会秘书长）：建议增加信用评价的规定。\n",
                     kind="minutes")
    assert [o.department for o in m.opinions] == ["丘陵市人大常委会法制工作委员会", "丘陵市物业管理行业协会"]


def test_a_speakers_name_over_the_post_on_the_next_line_names_the_speaker():
    m = parse_letter("条例专家论证会纪要\n    会议由市司法局主持。现将专家主要意见纪要如下：\n\n陈一\n（丘陵大学法学院教授）\n"
                     "    建议删除第二十四条。\n\n高二\n（丘陵政法学院副教授）\n    高二认为，建议第四十三条增加告知程序。\n", kind="minutes")
    assert [(o.speaker, o.department) for o in m.opinions] == [("陈一", "丘陵大学"), ("高二", "丘陵政法学院")]


def test_a_further_sentence_that_opens_on_a_clause_and_asks_is_a_request_of_its_own():
    letter = parse_letter("市司法局：\n    一、第二十四条赋予业委会诉讼资格，权限存疑，建议删除。第十八条关于电子投票的规定过于原则，"
                          "建议授权住建部门制定细则。\n            丘陵大学法学院\n")
    assert [o.text for o in letter.opinions] == ["第二十四条赋予业委会诉讼资格，权限存疑，建议删除。",
                                                 "第十八条关于电子投票的规定过于原则，建议授权住建部门制定细则。"]


def test_two_deputies_writing_in_person_are_two_senders():
    units = [parse_letter(f"市司法局：\n    一、建议增加电梯维保的规定。\n\n市人大代表：{name}\n2024年6月3日\n").unit
             for name in ("周一", "吴二")]
    assert units == ["市人大代表周一", "市人大代表吴二"]
