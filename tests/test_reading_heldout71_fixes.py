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
