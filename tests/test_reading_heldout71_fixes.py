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
