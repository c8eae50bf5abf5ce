"""Found by contrast pairs held-out 68 (written blind, measured once at 13399dc: 0/105 different, 88/105
copies per pair). The texts are written anew here."""


def test_a_closing_that_gives_the_office_to_call_is_no_negation(grouped):
    # 如有不妥，请联系我局…科 only says whom to call: its 不 is not a request turned round.
    a = "市林业局意见：建议第十八条明确古树名木养护经费由属地财政保障。"
    assert grouped(a, a + "如有不妥，请联系我局自然保护科。")
    assert grouped(a, a + "如有疑问，请联系我们。")
    # a request to liaise with other units is still a request
    assert not grouped(a, a + "请联系我市有关部门落实。")


def test_a_platforms_tags_around_a_reposted_message_are_not_part_of_it(grouped):
    a = "建议在第十二条中明确：老旧小区加装电梯应当优先使用住房公积金支付。"
    assert grouped(a, "[转发自市民留言板 #20240711-1183] " + a)
    assert grouped(a, a + "【系统提示：该留言已于2024-07-02提交，本次为重复提交】")
    # a platform's note that is not about sending again stays
    assert not grouped(a, a + "【系统提示：请补充第二十条的意见】")


def test_a_topic_named_before_the_one_request_and_said_again_in_it_is_a_lead(grouped):
    a = "建议降低二手房公积金贷款的首付比例。"
    assert grouped(a, "各位领导好！关于二手房公积金贷款，我有一条建议：降低二手房公积金贷款的首付比例。恳请考虑，万分感谢。")
    # a topic the request does not name again stays: it may be the request's object
    assert not grouped("建议增加农村污水治理内容。", "关于第三章，我有一条建议：增加农村污水治理内容。")


# Found by contrast pairs held-out 69 (written blind, measured once with the grouper of 8310aaf: 0/105 different,
# 88/105 copies per pair).

def test_hours_told_in_numerals_before_shi_are_the_clocks_hours(grouped):
    a = "建议明确夜间22:00至次日6:00禁止在住宅区内进行产生噪声的装修作业。"
    assert grouped(a, "建议明确夜间二十二时至次日六时禁止在住宅区内进行产生噪声的装修作业。")
    assert not grouped(a, "建议明确夜间二十三时至次日六时禁止在住宅区内进行产生噪声的装修作业。")
    # 一时 that is no hour stays a word
    assert not grouped("建议对一时难以整改的违建设置过渡期。", "建议对1时难以整改的违建设置过渡期。")


def test_a_platforms_note_that_a_message_is_sent_again_and_a_senders_years_in_business(grouped):
    a = "建议第五十条规定专项维修资金的使用情况每半年向业主公布一次。"
    assert grouped(a, "【补充提交，内容同前】" + a)
    b = "我们请求条例允许夜市摊位每天经营到24时，由市场统一管理卫生。"
    assert grouped("某夜市摊主王某，经营小吃摊八年。" + b, "某夜市摊主李某，经营小吃摊三年。" + b)


# Found by contrast pairs held-out 70 (written blind, measured once at 5d8fe48: 0/105 different, copies 90/105
# per pair and 82/105 in one fit).

def test_a_platforms_stamp_number_and_resend_note_after_a_message(grouped):
    a = "建议对烈性犬强制植入电子芯片。"
    assert grouped(a + "提交时间：2025-05-28 10:02", a + "提交时间：2025-05-28 10:05")
    assert grouped(a, a + "（系统提示提交失败，补交）")
    assert grouped("某宠物医院：建议允许宠物医院代办养犬登记。（意见编号YJ-0612）",
                    "某宠物医院：建议允许宠物医院代办养犬登记。（意见编号YJ-0698）")
    # a bracket that asks for more stays
    assert not grouped(a, a + "（另建议对中型犬也植入芯片）")


def test_a_variant_shape_of_a_character_is_the_character(grouped):
    assert grouped("建议明确河道管理范围内违法建筑的拆除时限。", "建议明确河道管理范围內违法建筑的拆除时限。")
    assert not grouped("建议明确河道管理范围内违法建筑的拆除时限。", "建议明确河道管理范围外违法建筑的拆除时限。")
