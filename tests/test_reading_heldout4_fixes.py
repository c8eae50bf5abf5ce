"""Reader cases written after the fourth set of 15 documents by someone else (河北, 云南, 黑龙江,
内蒙古, 重庆; a draft regulation among them) failed on them; each failed before the fix. New texts."""

from consultagg.extract.letters import parse_letter
from consultagg.extract.units import choose_unit
from consultagg.text.normalize import NUMBERING

MINUTES = (
    "《云南省河道管理条例（草案）》立法座谈会纪要\n"
    "会议由省人大农委副主任委员李某某主持。云南省财政厅、云南省水利厅、云南省自然资源厅等单位有关负责同志，部分省人大代表参加会议。\n"
    "一、云南省水利厅河湖管理处处长张某某：草案总体成熟。建议将第七条中的“河道管理范围”修改为“河道管理范围和保护范围”。\n"
    "二、省自然资源厅认为，建议在第九条中增加岸线用地保障内容，并建议明确河道管理范围内土地的确权登记主体。\n"
    "三、省人大代表、某村党支部书记王某某：我们村河道清淤经费一直没有着落。建议在第二十条中明确清淤经费由县级财政保障。\n"
    "最后，李某某副主任委员作总结讲话。他指出，各单位意见很有价值，请起草组认真梳理研究，对草案作进一步修改完善。\n"
    "（记录：省人大农委办公室 2023年6月30日印发）\n"
)


def test_minutes_numbered_reported_speech_background_closing_and_region():
    m = parse_letter(MINUTES, kind="minutes")
    assert [o.department for o in m.opinions] == ["云南省水利厅", "云南省自然资源厅", "云南省自然资源厅", "云南省人大代表"]
    texts = [o.text for o in m.opinions]
    assert texts[0].startswith("建议将第七条") and "总体成熟" not in texts[0]
    assert texts[1].startswith("建议在第九条") and "建议明确河道管理范围" in texts[2]
    assert "第二十条" in texts[3]  # with the speaker's background before it, one opinion


def test_a_number_before_a_word_starting_with_a_numeral_is_numbering():
    assert NUMBERING.match("四、三峡库区消落带周边的取水口，建议增加应急处置要求。").group(0) == "四、"
    letter = parse_letter("市水利局：\n三、建议明确部门分工。\n四、三峡库区消落带周边的取水口，建议增加应急处置要求。\n重庆市生态环境局\n2023年8月3日")
    assert len(letter.opinions) == 2


def test_two_requests_after_a_semicolon_in_a_letter_and_yingyin():
    letter = parse_letter("河北省水利厅：\n三、其他\n文中“环保部门”均应修改为“生态环境部门”；附表2中“沧州市”数据与正文不一致，请核实。\n"
                          "河北省生态环境厅\n2023年5月18日")
    assert [o.text for o in letter.opinions] == ["文中“环保部门”均应修改为“生态环境部门”", "附表2中“沧州市”数据与正文不一致，请核实。"]


def test_unit_named_in_the_first_sentence_after_dui():
    letter = parse_letter("云南省林业和草原局对《云南省“十四五”农村供水保障规划（征求意见稿）》提出如下意见：\n"
                          "1.建议补充林区供水工程内容。\n2.建议增加水源涵养林保护内容。\n联系人：李某，电话：0871-xxxxxxx\n2023年11月2日")
    assert letter.unit == "云南省林业和草原局"


def test_an_inner_office_alone_takes_its_organ_from_the_signature():
    found = choose_unit({"发件人": "综合规划处", "邮件签名": "云南省交通运输厅综合规划处"})
    assert (found.name, found.office) == ("云南省交通运输厅", "综合规划处")


def test_a_qita_heading_is_not_an_opinion():
    letter = parse_letter("省发展改革委：\n关于资金支持\n1.建议加大对垦区水利设施的投入。\n其他\n2.建议明确垦区供水工程的管护主体。\n"
                          "北大荒农垦集团有限公司\n2023年7月1日")
    assert [o.text for o in letter.opinions] == ["建议加大对垦区水利设施的投入。", "建议明确垦区供水工程的管护主体。"]
