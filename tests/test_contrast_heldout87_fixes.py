"""Copies found by contrast pairs held-out 87 (written blind, measured once with the grouper of 80a70a7: 88/105 copies
per pair, 89/105 in one fit, 0/105 different). The texts are written anew here; each assertion on copies failed
before, and each assertion that keeps two texts apart holds before and after."""


def test_form_letters_whose_senders_tell_their_own_story_first(grouped):
    # Never candidates before: the stories made the texts too unlike for their shingles, and too long for the
    # short texts' keys, though the request after 我们…共同建议： is word for word the same.
    ask = "我们早市摊户共同建议：第二十条为现有早市保留临时摆卖区域，统一配备垃圾收集桶后允许继续经营。"
    a = "我是青柳早市12号摊位的摊主蔡某某，电话135****2206，在早市卖菜十一年了，全家靠这个摊子供孩子上学。" + ask
    b = "我是青柳早市40号摊位的摊主韦某，电话186****7741，前年刚贷款买了冷藏柜。" + ask
    assert grouped(a, b)
    # the same stories before two different requests stay apart
    other = "我们早市摊户共同建议：第二十条为现有早市保留临时摆卖区域，统一配备垃圾收集桶后允许延长经营时间至上午十点。"
    assert not grouped(a, b.replace(ask, other))


def test_how_a_sender_came_to_the_request_and_its_offer_of_help(grouped):
    base = "建议增设餐饮油烟在线监控数据的公开条款。"
    # 我会组织会员单位进行了讨论， before the request; 如有需要，我公司愿意提供技术资料。 after it
    assert grouped(base, "我会组织会员单位进行了讨论，建议增设餐饮油烟在线监控数据的公开条款。感谢贵办的辛勤工作！")
    assert grouped(base, "我公司从事监测设备生产多年，在此提出一点建议：建议增设餐饮油烟在线监控数据的公开条款。如有需要，我公司愿意提供技术资料。")
    # an offer that asks for something more is no courtesy
    assert not grouped(base, base + "如有需要，我公司愿意提供技术资料，并建议由我会牵头制定监控设备技术规范。")
