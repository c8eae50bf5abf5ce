"""Copies found by contrast pairs held-out 83 (written blind, measured once with the grouper of aea2fee: 82/105 copies
per pair and in one fit). The texts are written anew here; each assertion on copies failed before."""


def test_a_speaker_announcing_a_suggestion_and_a_wish_that_the_draft_comes_soon(grouped):
    # 我是…，冒昧提一点建议：建议… kept its head (建议 in it read as asking); 期待条例早日出台！ was kept as if it asked
    assert grouped("建议在风景名胜区入口设置游客容量实时公示屏。",
                   "各位领导好！我是一名退休的园林工人，冒昧提一点建议：建议在风景名胜区入口设置游客容量实时公示屏。不当之处请批评指正。")
    assert grouped("建议在风景名胜区入口设置游客容量实时公示屏。",
                   "我们很荣幸参与本次立法。建议在风景名胜区入口设置游客容量实时公示屏。期待条例早日出台！")
    # a wish that says what should come is no courtesy: another request stays apart
    assert not grouped("建议在风景名胜区入口设置游客容量实时公示屏。",
                       "建议在风景名胜区入口设置游客容量实时公示屏。期待尽快实施门票预约制度！")


def test_notes_of_a_message_sent_again(grouped):
    base = "建议为护林员统一购买人身意外伤害保险。"
    assert grouped(base, "【第2次提交，第一次好像没发出去】" + base)
    assert grouped(base + "——某村村委会", base + "——某村村委会\n（此前已通过信函邮寄，现网上再提交一次）")
    assert grouped(base, base + "\n\n——————\n本意见于2025-03-20 10:15:33通过“立法意见征集”小程序提交")
    assert not grouped(base, "【第2次提交】建议为护林员统一购买人身意外伤害保险和医疗保险。")
