"""Reader cases written after the twenty-third set of 15 documents by someone else failed on them;
each failed before the fix. New texts, not the set's."""

from consultagg.extract.letters import parse_letter


def test_a_committees_no_comment_reply_is_a_letter_not_minutes():
    letter = parse_letter("岚山省民族宗教事务委员会\n\n岚民宗函〔2024〕8号\n\n岚山省民族宗教事务委员会\n关于《规划》的复函\n\n"
                          "省教育厅：\n    来函收悉。经研究，我委对该规划无意见。\n    特此函复。\n\n"
                          "                岚山省民族宗教事务委员会\n                2024年5月6日\n（联系人：马一，电话：6231907）\n")
    assert letter.kind == "letter" and letter.no_opinion and list(letter.opinions) == []
    assert letter.unit == "岚山省民族宗教事务委员会"


def test_a_deputys_background_with_an_enumeration_and_a_closing_offer_are_no_opinions():
    letter = parse_letter(
        "关于规划的几点建议\n\n省教育厅：\n\n    我是省人大代表、岚山县实验小学校长王一。近日认真学习了规划，提出以下建议。\n\n"
        "    我县是山区县，学校分散。家长反映最多的，一是上学远，二是午饭难，三是冬天冷。\n\n"
        "    为使规划更好落地，建议：一是建议增加寄宿制学校建设投入；二是建议提高山区学校取暖补助。\n\n"
        "    以上建议，恳请予以考虑。如需了解情况，我随时可以配合。\n\n                省人大代表：王一\n                2024年5月6日\n")
    assert letter.kind == "letter"
    assert [o.text for o in letter.opinions] == ["建议增加寄宿制学校建设投入", "建议提高山区学校取暖补助。"]


def test_a_lone_complaint_paragraph_is_still_an_opinion():
    letter = parse_letter("省教育厅：\n    我县山区学校冬天取暖困难，孩子们上课手脚冰凉。\n            岚山县教育局\n            2024年5月6日\n")
    assert len(letter.opinions) == 1


def test_a_scans_docno_with_a_misread_bracket_and_the_seals_text_are_no_opinions():
    letter = parse_letter("岚 山 省 财 政 厅\n\n岚财函C2024〕12 号\n\n岚山省财政厅关于《规划》的反馈意见\n\n省教育厅：\n"
                          "    一、建议删除“省级财政每年安排10亿元”的表述。\n    二、建议补充多元投入机制。\n    以上意见供参考。\n\n"
                          "                岚山省财政厅\n                山 省 财 政\n                2024年5月2 1日\n")
    assert letter.unit == "岚山省财政厅"
    assert [o.text for o in letter.opinions] == ["建议删除“省级财政每年安排10亿元”的表述。", "建议补充多元投入机制。"]


def test_a_markdown_reply_signed_by_a_division_for_its_organ_over_a_rule_and_a_contact():
    letter = parse_letter("# 岚山省自然资源厅\n\n省教育厅：\n\n来函收悉。我厅无其他意见，仅提一条建议：\n\n"
                          "> 建议新建学校用地与国土空间规划做好衔接。\n\n请酌。\n\n岚山省自然资源厅国土空间规划处（代章）\n\n"
                          "2024年5月6日\n\n---\n\n联系人：赵一　　联系电话：6270315\n")
    assert [o.text for o in letter.opinions] == ["建议新建学校用地与国土空间规划做好衔接。"]
    assert letter.unit == "岚山省自然资源厅"


def test_a_citys_account_of_itself_beside_its_requests_is_context():
    letter = parse_letter("岚北市人民政府关于《规划》的反馈意见\n\n省教育厅：\n    现将我市意见反馈如下：\n"
                          "    岚北市地处山区，学校布局分散，“十三五”以来新建学校二十所，但师资不足等问题仍然突出。\n"
                          "    关于师资。建议增加农村教师编制。\n    关于校舍。另请对山区学校维修给予倾斜支持。\n"
                          "            岚北市人民政府\n            2024年5月6日\n")
    assert [o.text for o in letter.opinions] == ["关于师资。建议增加农村教师编制。", "关于校舍。另请对山区学校维修给予倾斜支持。"]


def test_a_speakers_line_over_reported_speech_names_the_speakers_unit():
    m = parse_letter("规划座谈会记录\n时间：2024年5月6日\n主持：何一（省教育厅规划处处长）\n\n发言情况：\n\n"
                     "岚北市教育局局长  林二\n    林二表示，规划对我市支持很大，市局完全拥护。同时提出：建议增加农村学校编制。\n\n"
                     "岚南县人民政府副县长  蒋三\n    蒋三提出两点意见：第一，建议新建寄宿制学校；第二，建议提高取暖补助。\n\n"
                     "    最后，何一处长作了总结。他表示，各地意见很有针对性，会后请各地报送书面意见。\n", kind="minutes")
    assert [(o.department, o.text) for o in m.opinions] == [
        ("岚北市教育局", "建议增加农村学校编制。"), ("岚南县人民政府", "建议新建寄宿制学校"), ("岚南县人民政府", "建议提高取暖补助。")]


def test_a_forms_unit_line_shared_with_the_handling_division():
    letter = parse_letter("意见反馈表\n反馈单位（盖章）：岚山省农业农村厅    经办处室：种植业管理处\n"
                          "一、建议补充农村学校劳动教育基地建设内容。\n")
    assert {o.department for o in letter.opinions} == {"岚山省农业农村厅"}


def test_a_citizens_message_forwarded_by_an_office_is_the_citizens():
    letter = parse_letter(
        "发件人：省教育厅办公室 <bgs@jyt.lanshan.gov.cn>\n收件人：规划处 <ghc@jyt.lanshan.gov.cn>\n主题：转发：对规划的建议\n\n"
        "规划处：\n门户网站收到一条公众留言，现转给你们。\n\n厅办公室  黄一\n\n---------- 转发的邮件 ----------\n"
        "发件人：刘二 <liuer@mail.example.com>\n收件人：意见征集邮箱 <yj@jyt.lanshan.gov.cn>\n主题：对规划的建议\n\n您好！\n\n"
        "我是岚北市的一个家长，在网上看到了规划的征求意见稿，说几点想法。\n\n希望规划里把山区学校的校车也列进去。\n\n"
        "就这些，谢谢！\n\n刘二\n")
    assert [(o.department, o.speaker, o.text) for o in letter.opinions] == [
        ("社会公众", "刘二", "希望规划里把山区学校的校车也列进去。")]


def test_a_note_that_the_formal_letter_follows_is_no_opinion():
    letter = parse_letter("发件人: 邓一 <dengyi@qx.lanshan.gov.cn>\n收件人: 规划处 <ghc@jyt.lanshan.gov.cn>\n主题: 回复：征求意见\n\n"
                          "规划处：\n对规划提一点意见：\n1、建议增加校园气象科普站建设内容。\n\n正式函件走OA，稍后发送。谢谢！\n\n"
                          "--\n邓一\n岚山省气象局 科技处\n")
    assert [o.text for o in letter.opinions] == ["建议增加校园气象科普站建设内容。"]
    assert letter.unit == "岚山省气象局"
