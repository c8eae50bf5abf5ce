"""Release blockers found by letters set 71 (tests/data/letters_heldout71), each with texts written
anew for the test: they failed before the fix."""


def test_an_e_mail_forwarded_twice_whose_note_points_to_the_message_below(read_written):
    # Lost and misnamed before: the 处长's note (我处意见见下方邮件 … 另请…补充一条：建议…) was read as the
    # reply and the staff's six points below it as the request's chain, quoted; the unit was the
    # customs' 办公室 as an organ of its own.
    mail = ("From: =?utf-8?b?5p+Q5rW35YWz5Yqe5YWs5a6k?= <bgs@example.gov.cn>\nTo: zhc@example.gov.cn\n"
            "Subject: =?utf-8?b?6L2s5Y+R77yaRnc6IOaEj+ingQ==?=\nContent-Type: text/plain; charset=utf-8\n\n"
            "省商务厅综合处：\n    现将我关综合业务处意见转发贵厅，作为某海关的反馈意见。请查收。\n\n某海关办公室　秘书科　童某\n\n"
            "-------- 转发邮件信息 --------\n发件人：\"俞某\" <yu@example.gov.cn>\n发送日期：2026年4月9日\n"
            "收件人：\"某海关办公室\" <bgs@example.gov.cn>\n主题：Fw: 意见\n\n"
            "办公室：\n    我处意见见下方邮件，已审核。另请在第三章补充一条：建议增加支持企业申请海关高级认证的内容。\n"
            "    请审核后统一报送省商务厅。\n\n综合业务处　俞某\n\n"
            "------------------ 原始邮件 ------------------\n发件人: \"刘某\" <liu@example.gov.cn>\n"
            "发送时间: 2026年4月8日\n收件人: \"俞某\" <yu@example.gov.cn>\n主题: 意见\n\n"
            "俞处：\n    我起草了以下意见，请审阅：\n    1. 建议将“推进单一窗口建设”修改为“深化单一窗口建设”。\n"
            "    2. 建议删除第58页“由海关负责建设公共海外仓”的表述。\n    以上妥否，请指示。\n\n刘某\n综合业务处\n")
    rows = read_written("转发.eml", mail)
    assert [r.text for r in rows] == ["另请在第三章补充一条：建议增加支持企业申请海关高级认证的内容。",
                                      "建议将“推进单一窗口建设”修改为“深化单一窗口建设”。",
                                      "建议删除第58页“由海关负责建设公共海外仓”的表述。"]
    assert {r.department for r in rows} == {"某海关"}


def test_a_request_with_its_reasons_as_bullets_under_it_is_one_opinion():
    # One as three before: 三、建议在第四章增加…的内容。 over two bullets giving its reasons (the second
    # saying 规划应对…作出安排) gave the request and each reason as opinions; bullets that ask on their
    # own (设立… / 建立…) stay opinions of their own, as before.
    from consultagg.extract import parse_letter
    text = ("某省发展改革委关于规划的意见\n"
            "三、建议在第四章增加县域商业体系建设的内容。\n• 目前我省县域商业网点布局不均衡，农村消费潜力释放不足；\n"
            "• 国家已部署县域商业体系建设工作，规划应对我省实施路径作出安排。\n"
            "四、建议加强规划实施保障。\n• 设立省级商务发展专项资金。\n• 建立规划实施年度评估机制。\n"
            "\n某省发展和改革委员会\n2026年4月2日\n")
    letter = parse_letter(text)
    assert [o.text.replace("\n", "") for o in letter.opinions] == [
        "建议在第四章增加县域商业体系建设的内容。• 目前我省县域商业网点布局不均衡，农村消费潜力释放不足；"
        "• 国家已部署县域商业体系建设工作，规划应对我省实施路径作出安排。",
        "建议加强规划实施保障。", "设立省级商务发展专项资金。", "建立规划实施年度评估机制。"]


def test_a_joint_letter_over_a_list_of_stalls_keeps_its_paragraphs():
    # Two as one and false before: the short lines of the stall list made the letter read as a narrow
    # OCR column, so its paragraphs (each ending in 。) were joined into one and cut at every 希望/请; the
    # opening (我们是…的经营户，…把心里的想法写下来，请领导们看一看。) was an opinion.
    from consultagg.extract import parse_letter
    stalls = "".join(f"A区0{k:02d} 某某{k} 1390739{k:04d}\n" for k in range(10, 22))
    text = ("关于商务规划的几点呼声\n\n尊敬的省商务厅领导：\n"
            "    您好！我们是某市某小商品批发市场的经营户，在这个市场做生意最短的也有七八年了。听说省里正在编规划，大家商量了几次，把心里的想法写下来，请领导们看一看。\n"
            "    现在市场要整体搬迁的消息已经传了一年多，到现在也没有个准信。希望规划里对老批发市场是搬迁还是原地改造有个明确的说法。\n"
            "    另外，市场管理方年年涨管理费，收费项目也不公开。希望规范批发市场收费行为，管理费的标准和用途要向经营户公开。\n"
            "    以上是我们大伙的心里话，恳请领导重视。谢谢！\n\n联名经营户：\n" + stalls + "\n某小商品批发市场部分经营户\n2026年4月9日\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == [
        "现在市场要整体搬迁的消息已经传了一年多，到现在也没有个准信。希望规划里对老批发市场是搬迁还是原地改造有个明确的说法。",
        "另外，市场管理方年年涨管理费，收费项目也不公开。希望规范批发市场收费行为，管理费的标准和用途要向经营户公开。"]


def test_a_reply_that_agrees_then_pledges_and_wishes_for_support():
    # False before: 下一步，我局将…，也希望省厅继续加强对我市商务工作的指导和支持。 was an opinion, and the
    # unit that agreed was not on the roster of units with no opinion.
    from consultagg.extract import parse_letter
    text = ("某市商务局\n关于《某省商务发展规划（征求意见稿）》的反馈意见\n\n省商务厅：\n"
            "    来函收悉。经研究，我局对《规划（征求意见稿）》原则同意，无修改意见。\n"
            "    下一步，我局将认真对标《规划》确定的目标任务，也希望省厅继续加强对我市商务工作的指导和支持。\n"
            "    特此函复。\n\n某市商务局\n2026年4月7日\n")
    letter = parse_letter(text)
    assert letter.opinions == () and letter.no_opinion and letter.unit == "某市商务局"


def test_a_member_signing_with_a_college_post_and_an_expert_s_dash_byline(word_form, tmp_path, needs_comments):
    # Misnamed before: 省政协委员、某学院副院长　某某 gave the unit 省政协委员、某学院; a commented draft's cover
    # note signed ——某大学某学院 某某 2026年4月11日 gave no unit, and the draft's title under it was an opinion.
    import docx
    import consultagg as ca
    from consultagg.extract import parse_letter
    letter = parse_letter("关于规划的几点建议\n第一，建议增加老字号保护内容。\n\n省政协委员、某工商职业学院副院长　鲍某某\n2026年4月11日\n")
    assert letter.unit == "省政协委员鲍某某"
    d = docx.Document()
    d.add_paragraph("商务厅规划起草组：修改意见以批注形式标注在文中，未批注部分无意见。——某财经大学国际经贸学院 邓某某 2026年4月11日")
    d.add_paragraph("某省商务发展“十四五”规划")
    d.add_paragraph("（征求意见稿）")
    p = d.add_paragraph("到2025年，全省货物贸易进出口总额年均增长8%。")
    d.add_comment(p.runs, text="“年均增长8%”偏高，建议调整为6%左右。", author="邓某某")
    d.save(tmp_path / "批注稿.docx")
    rows = ca.read_comments(tmp_path / "批注稿.docx")
    assert [(c.department, c.text) for c in rows] == [("某财经大学", "“年均增长8%”偏高，建议调整为6%左右。")]
