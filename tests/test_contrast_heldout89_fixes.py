"""Copies found by contrast pairs held-out 89 and 90 (written blind, measured once with the grouper of 8e8236a: 84/105
and 89/105 copies, 0/105 different). The texts are written anew here; each assertion on copies failed before, and each
assertion that keeps two texts apart holds before and after."""


def test_a_platform_s_number_and_what_a_copy_sent_again_carries_after_it(grouped):
    base = "建议将农村公厕保洁纳入村级保洁员的日常作业范围，由乡镇统一考核。"
    assert grouped("[意见编号YJ-0107] " + base, "[意见编号YJ-0233] " + base)
    assert grouped(base, "【补发】" + base + "（发送单位：某某环境服务有限公司综合部）")
    signed = "县人大代表冯某某：" + base
    assert grouped(signed + "2024年4月2日", signed + "2024年4月2日 09:41（重复提交）")
    assert grouped(signed, "重复：" + signed + "（与4月2日提交内容一致）")
    # a number that is the request stays: another sum after the same words
    assert not grouped(base, base.replace("。", "，每月考核1次。"))


def test_a_writer_announcing_one_suggestion(grouped):
    base = "建议在方案中增加对农村独居老人户厕适老化改造的支持。"
    assert grouped(base, "尊敬的方案起草组：您好！谨提一条建议：" + base + "祝工作顺利！")


def test_one_material_put_for_another_is_another_object(grouped):
    # Release blocker found by held-out 91 (written blind, measured once at 25685ca: its one different pair grouped):
    # 储灰场 / 储煤场 differ in one character and were read as a typo.
    assert not grouped("建议将燃煤电厂储灰场纳入条例第五章的调整范围，明确其覆盖、洒水和围挡要求。",
                       "建议将燃煤电厂储煤场纳入条例第五章的调整范围，明确其覆盖、洒水和围挡要求。")
