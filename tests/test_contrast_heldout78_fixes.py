"""Copies found by contrast pairs held-out 78 (written blind, measured once with the grouper of cf9bf4f: 96/105
copies per pair). The texts are written anew here; each assertion failed before."""


def test_a_repost_stamped_with_when_it_was_sent(grouped):
    a = "某家政服务有限公司：助浴服务补贴建议按季度结算。"
    assert grouped(a, "【重发】" + a + "（发送时间：2025年4月2日 09:40）")


def test_a_mails_footer_under_its_rule(grouped):
    a = "某区卫健委：家庭病床建床评估建议由社区卫生服务中心负责。"
    assert grouped(a, a + "\n——————\n本邮件由某区卫健委办公室发送，如有疑问请回复。")


def test_the_verb_put_after_its_object(grouped):
    # 对…予以明确 / 明确…: the same request in the other order
    assert grouped("建议在办法中明确护理员的岗前培训时长。", "建议在办法当中对护理员的岗前培训时长予以明确。")
    assert grouped("建议对占用盲道的车辆进行处罚。", "建议对占用盲道的车辆予以处罚。")
    # (another verb is another request)
    assert not grouped("建议在办法中明确护理员的岗前培训时长。", "建议在办法当中对护理员的岗前培训时长予以延长。")
