"""Reader cases written after the second set of 15 letters written by someone else failed on them:
each failed before the fix (minutes with numbered speakers, a letterhead above its 发文字号, OCR
dates, company departments, greetings after a salutation, form notes, second requests after 同时).
The texts are new; none is copied from the corpus.
"""

from consultagg.extract.letters import parse_letter
from consultagg.extract.units import split_office


def texts(letter):
    return [o.text for o in letter.opinions]


def test_numbered_speakers_in_minutes_speak_for_their_organ():
    m = parse_letter(
        "部门座谈会纪要\n现将会议主要意见纪要如下：\n"
        "一、自治区交通运输厅规划处周处长：建议在“绿色交通”部分增加新能源公交车占比目标。\n"
        "二、自治区文化和旅游厅资源开发处吴副处长：一是建议补充旅游景区垃圾分类内容；二是建议将生态旅游示范区建设列入重点工程。\n"
        "三、自治区民政厅规划处孙处长：原则同意，没有意见。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["自治区交通运输厅", "自治区文化和旅游厅", "自治区文化和旅游厅"]


def test_a_new_speaker_ends_the_speaker_line_above():
    m = parse_letter(
        "专家论证会纪要\n青原大学化学学院郑教授：\n（1）建议补充挥发性有机物治理内容。\n（2）建议增加土壤污染风险管控分析。\n"
        "北岭师范大学地理学院许副教授：规划对湿地的着墨不多，建议补充湿地保护修复任务。\n"
        "专家组组长：（签字）\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["青原大学", "青原大学", "北岭师范大学"]


def test_the_meeting_asking_the_drafters_to_revise_is_not_an_opinion():
    m = parse_letter("专家组认为，规划编制依据充分，同意通过论证。建议编制单位根据专家意见进一步修改完善。\n"
                     "青原大学化学学院郑教授：建议补充挥发性有机物治理内容。\n", kind="minutes")
    assert texts(m) == ["建议补充挥发性有机物治理内容。"]


def test_a_speaker_with_two_requests_after_a_semicolon_gives_two():
    m = parse_letter("自治区财政厅预算处钱处长：建议将重大工程投资分年度列出；生态补偿资金待新办法出台后再衔接，目前建议作原则性表述。\n",
                     kind="minutes")
    assert len(m.opinions) == 2


def test_a_second_request_after_tongshi_is_an_opinion_of_its_own():
    letter = parse_letter("自治区生态环境厅：\n1.建议在第四章增加噪声污染防治内容。同时，第27页“城市功能区声环境质量达标率”目标偏高，建议调整为90%。\n"
                          "自治区公安厅\n2021年4月8日")
    assert len(letter.opinions) == 2


def test_letterhead_and_docno_above_the_title_do_not_make_the_unit():
    letter = parse_letter("北 岭 市 人 民 政 府\n\n北政函〔2021〕 3 7号\n\n北岭市人民政府关于《规划（征求意见稿）》修改意见的函\n\n"
                          "自治区生态环境厅：\n    一、建议增加城市黑臭水体整治内容。\n    二、建议补充农村饮用水水源保护内容。\n"
                          "北岭市人民政府\n2O21年4月1O日\n（此件公开发布）\n")
    assert letter.unit == "北岭市人民政府"
    assert len(letter.opinions) == 2


def test_a_company_department_speaks_for_the_company():
    assert split_office("青原能源集团有限公司安全环保部") == ("青原能源集团有限公司", "安全环保部")
    assert split_office("自治区党委宣传部新闻处") == ("自治区党委宣传部", "新闻处")
    assert split_office("自治区党委宣传部") == ("自治区党委宣传部", None)


def test_a_greeting_after_the_salutation_is_not_an_opinion():
    letter = parse_letter("综合处同志：你好！\n我委意见如下：\n（1）建议补充医疗废水处理内容。\n（2）建议增加饮用水卫生监测内容。\n"
                          "自治区卫生健康委员会\n2021年4月9日")
    assert len(letter.opinions) == 2


def test_a_forms_printed_note_is_not_an_opinion():
    letter = parse_letter("填报单位（盖章）：北岭市人民政府\n填报时间：2021年4月14日\n建议将PM2.5目标调整为33微克/立方米。\n"
                          "注：本表可续页。请于4月16日前反馈。\n")
    assert texts(letter) == ["建议将PM2.5目标调整为33微克/立方米。"]


def test_the_same_organ_named_in_full_is_named_in_full():
    from consultagg.extract.units import choose_unit
    found = choose_unit({"发件人": "自治区林草局保护处", "邮件签名": "青原自治区林草局"})
    # the e-mail's signature is its 落款, trusted before the sender's display name; the inner office
    # the display name gives is kept
    assert (found.name, found.source, found.office) == ("青原自治区林草局", "邮件签名", "保护处")


def test_an_ocr_signature_joined_to_its_date_is_a_signature():
    letter = parse_letter("自治区生态环境厅：\n一、建议增加海岸带保护修复内容。\n二、建议补充海洋垃圾治理内容。\n"
                          "青原自治区海详局2021年8月17曰\n")
    assert len(letter.opinions) == 2
    assert (letter.unit, letter.unit_source) == ("青原自治区海详局", "落款")


def test_a_second_suggestion_after_a_comma_tongshi_jianyi():
    m = parse_letter("北岭市生态环境局王局长说，北岭市尾矿库问题突出，建议把尾矿库治理列入重大工程，同时建议在土壤部分提出赤泥利用要求。",
                     kind="minutes")
    assert len(m.opinions) == 2
