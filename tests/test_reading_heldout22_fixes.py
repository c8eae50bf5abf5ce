"""Reader cases written after the twenty-second set of 15 documents by someone else failed on them;
each failed before the fix. New texts, not the set's."""

from consultagg.extract.letters import parse_letter


def test_other_parts_without_opinion_do_not_make_a_letter_of_requests_an_account():
    # 其他无意见 closes a letter of requests; circled points that open with the verb still ask
    letter = parse_letter("省卫生健康委：\n    经研究，现将我局意见函告如下：\n    一、关于队伍建设\n"
                          "    （一）建议将乡村医生纳入县域医共体统一管理。\n    （二）关于培训。\n"
                          "    ①增加全科医生转岗培训的名额；\n    ②明确培训经费由省级财政承担。\n"
                          "    除上述意见外，其他内容无意见。\n            岚北市卫生健康局\n            2025年6月3日\n")
    assert [o.text for o in letter.opinions] == ["建议将乡村医生纳入县域医共体统一管理。", "增加全科医生转岗培训的名额",
                                                 "明确培训经费由省级财政承担。"]


def test_a_letter_that_has_no_opinion_at_all_is_still_read_as_such():
    letter = parse_letter("省卫生健康委：\n    经研究，我局对该规划无修改意见。\n    近年来，我局组织开展了基层卫生人才培训。\n"
                          "            岚北市卫生健康局\n            2025年6月3日\n")
    assert list(letter.opinions) == [] and letter.no_opinion


def test_a_telephone_broken_onto_a_line_of_its_own_is_no_opinion():
    letter = parse_letter("省卫生健康委：\n    一、建议增加乡镇卫生院的床位数。\n    二、建议提高村医补助标准。\n"
                          "            岚北市财政局\n            2025年6月3日\n(联系人：社保科 王一 ，联系电话：0771-52\n31145)\n")
    assert [o.text for o in letter.opinions] == ["建议增加乡镇卫生院的床位数。", "建议提高村医补助标准。"]
    assert any("31145" in text for text, _ in letter.skipped)


def test_a_bracketed_note_under_the_date_is_a_contact_line():
    letter = parse_letter("省卫生健康委：\n    一、建议增加乡镇卫生院的床位数。\n            岚北市人民政府\n            2025年6月3日\n"
                          "    （此件由市卫生健康局代拟。联系人：市卫生健康局医政科 李二，电话：0771-5231145）\n")
    assert [o.text for o in letter.opinions] == ["建议增加乡镇卫生院的床位数。"]
    assert letter.unit == "岚北市人民政府"


def test_an_offer_of_help_is_no_opinion_and_its_heading_no_opinion_either():
    letter = parse_letter("# 岚北市医学会关于规划的意见\n\n省卫生健康委：\n\n## 一、具体建议\n\n1. 建议增加基层医疗机构的设备配置标准。\n\n"
                          "## 二、工作打算\n\n我会愿意组织专家开展基层医生培训，并协助做好规划宣传解读。\n\n岚北市医学会\n\n2025年6月3日\n")
    assert [o.text for o in letter.opinions] == ["建议增加基层医疗机构的设备配置标准。"]


def test_a_deputy_introducing_himself_and_praising_is_no_opinion():
    letter = parse_letter("省卫生健康委：\n\n我是省人大代表、岚北市人民医院院长王一。近日认真学习了规划全文，深受鼓舞。"
                          "规划把基层医疗放在突出位置，我非常赞同，这也是我多次呼吁的事项。\n\n提出以下建议：\n\n"
                          "1. 建议增加县级医院重症床位。\n\n2. 建议提高乡村医生养老补助。\n\n王一\n\n2025年6月3日\n")
    assert [o.text for o in letter.opinions] == ["建议增加县级医院重症床位。", "建议提高乡村医生养老补助。"]


def test_lines_under_an_attendance_label_are_no_speakers():
    m = parse_letter("规划座谈会纪要\n时间：2025年6月3日\n与会人员：\n省卫生健康委：王一、李二（规划处处长）\n岚北市卫生健康局：赵三\n"
                     "规划编制单位（省卫生发展研究中心）：钱四\n\n会上，王一介绍了规划情况。主要发言如下：\n"
                     "赵三（岚北市卫生健康局局长）：建议增加县域医共体建设内容。\n", kind="minutes")
    assert [(o.department, o.text) for o in m.opinions] == [("岚北市卫生健康局", "建议增加县域医共体建设内容。")]


def test_a_speaker_who_praises_and_has_nothing_to_add_and_the_drafters_answer_give_no_opinion():
    m = parse_letter("规划座谈会纪要\n主要发言如下：\n赵三（岚北市卫生健康局局长）：建议增加县域医共体建设内容。\n"
                     "孙五（岚南县卫生健康局副局长）：规划写得很实，我们县里关心的问题都写进去了。我局完全同意，没有补充意见。\n"
                     "钱四（省卫生发展研究中心主任）：编制组将认真研究大家的意见，能吸收的尽量吸收。\n", kind="minutes")
    assert [o.text for o in m.opinions] == ["建议增加县域医共体建设内容。"]


def test_a_speech_with_nothing_else_to_add_that_still_asks_stays():
    m = parse_letter("规划座谈会纪要\n主要发言如下：\n孙五（岚南县卫生健康局副局长）：规划写得很实，没有其他意见，但建议补充山区县的内容。\n",
                     kind="minutes")
    assert len(m.opinions) == 1 and "建议补充山区县的内容" in m.opinions[0].text


def test_a_full_time_deputy_directors_rank_is_no_part_of_the_unit():
    # (the committee's office is read as the committee's inner office, as …厅办公室 is)
    m = parse_letter("规划论证会纪要\n主要发言如下：\n何六（省老龄工作委员会办公室专职副主任）：建议增加老年健康服务内容。\n",
                     kind="minutes")
    assert [o.department for o in m.opinions] == ["省老龄工作委员会"]


def test_a_forward_inside_one_organ_signed_by_its_general_office_gives_the_organ():
    letter = parse_letter(
        "发件人：岚州省卫生健康委员会办公室 <bgs@wjw.lanzhou.gov.cn>\n收件人：规划处 <ghc@fgw.lanzhou.gov.cn>\n"
        "主题：转发：规划意见\n\n规划处：\n    现将我委医政处的意见转发给你们。\n\n委办公室  王一\n0771-5231145\n\n"
        "-------- 转发的邮件 --------\n发件人：医政处 <yzc@wjw.lanzhou.gov.cn>\n收件人：委办公室 <bgs@wjw.lanzhou.gov.cn>\n"
        "主题：规划意见\n\n办公室：\n    1.建议增加县级医院重症床位。\n    2.建议提高乡村医生养老补助。\n\n医政处\n")
    assert {o.department for o in letter.opinions} == {"岚州省卫生健康委员会"}
    assert len(letter.opinions) == 2
