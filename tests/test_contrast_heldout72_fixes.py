"""Found by contrast pairs held-out 72 (written blind, measured once at e181545: 1/105 different, 89/105
copies per pair). The texts are written anew here; each assertion failed before the fix."""


def test_who_bears_a_cost_is_no_signature(grouped):
    # A release blocker: …，费用由居民承担 ended like a signature (居民 and two characters), so the clause
    # adding it was set aside as who writes and the two requests were grouped.
    a = "建议明确老旧小区加装电梯的，应当征得本单元三分之二以上业主同意。"
    assert not grouped(a, a[:-1] + "；后期维护保养费用由业主承担。")
    assert not grouped(a, a[:-1] + "；电梯运行电费由居民分摊。")
    # a sender's signature after the request still is one
    assert grouped(a, a + "业主王建华")


def test_when_and_how_a_message_was_sent_in_brackets_after_it(grouped):
    a = "建议在湿地公园东门增设一处公共卫生间。"
    assert grouped(a + "（手机客户端提交）", a + "（政府网站提交）")
    assert grouped(a + "【2024年5月6日 09:31】", a + "【2024年5月8日 21:05】")
    # a date that is part of the request stays
    assert not grouped("建议湿地公园于2024年5月6日前完成卫生间改造。", "建议湿地公园于2024年8月6日前完成卫生间改造。")


def test_praise_before_the_request_and_a_long_lead_naming_the_notice(grouped):
    a = "建议将老城区夜间路边停车改为免费。"
    assert grouped(a, "先为市里办的这件好事点赞！" + a + "祝工作顺利！")
    b = "第十二条第二款“临时停车”建议修改为“临时停放”。"
    assert grouped(b, "根据贵局《关于征求〈某市机动车停车管理条例（草案）〉意见的函》要求，我局意见如下：" + b)
    # a lead that names what the request is about is no courtesy
    assert not grouped("关于第十二条：" + b.replace("第十二条", "第十三条"), b)


def test_a_form_letters_senders_named_by_what_they_are(grouped):
    a = "医院职工停车位严重不足，建议保留公共停车场对新能源汽车首两小时免费的政策，并在条例中写明，不要每年都变。"
    assert grouped("新能源车主林某某，车牌某A12***。" + a, "新能源车主吴某某，车牌某B56***，每天开车上下班。" + a)
    assert grouped("某医院职工许文杰，工号20417。" + a, "某医院护士邓雅琴，在儿科工作六年，工号31206。" + a)
    # what others suffer before the request is no sender's story
    assert not grouped("村民出行难，" + a, "商户进货难，" + a)
