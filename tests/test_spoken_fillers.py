"""Spoken fillers a copy drops: 的话, 的时候 / 时, 当中来 / 里面来 (found on held-out set 12, written
after its first measurement; the sentences here are new)."""

import pytest

import consultagg as ca

COPIES = [
    ("请问这个高龄养老补助的话什么时候发放到账呢？", "请问高龄养老补助什么时候发放到账？"),
    ("下班的时候呢路口太堵了，建议就是延长信号灯时长。", "下班时路口太堵，建议延长信号灯时长。"),
    ("建议把快递小哥也纳入到职业伤害保障范围当中来，体现公平。", "建议把快递小哥纳入职业伤害保障范围，体现公平。"),
    ("建议把社区医生纳入到绩效奖励里面来，提高积极性。", "建议把社区医生纳入绩效奖励，提高积极性。"),
]
APART = [
    ("建议把快递小哥也纳入到职业伤害保障范围当中来。", "建议把外卖骑手也纳入到职业伤害保障范围当中来。"),
    ("下班的时候路口太堵，建议延长信号灯时长。", "上班的时候路口太堵，建议延长信号灯时长。"),
    ("请问这个补助的话什么时候到账呢？", "请问这个补助的话为什么没有到账呢？"),
]


@pytest.mark.parametrize("a,b", COPIES)
def test_spoken_fillers_do_not_split_copies(a, b):
    assert len(set(ca.NearDuplicateGrouper().fit([a, b]).labels_.tolist())) == 1


@pytest.mark.parametrize("a,b", APART)
def test_what_the_fillers_surround_still_counts(a, b):
    assert len(set(ca.NearDuplicateGrouper().fit([a, b]).labels_.tolist())) == 2


def test_a_longer_message_retold_with_spoken_fillers_is_a_candidate_and_a_copy():
    # Held-out 18 round: over 80 key characters, so only the shingle step can propose the pair;
    # 呢, 其实, 那个, 就是, 一下 and 吧 broke every shingle around them.
    a = ("我们村通往镇上的那段水泥路去年修好以后，路两边没有排水沟，每次下大雨路面积水很深，三轮车和电动车经常滑倒，"
         "老人孩子出门很不安全。建议交通部门在路两侧修建排水沟，并在低洼路段加高路基。")
    b = ("那个我们村通往镇上的那段水泥路呢，其实去年修好以后啊，路两边呢就是没有排水沟，每次下大雨的话那个路面积水呢就是很深，"
         "三轮车啊电动车啊经常滑倒，老人孩子出门真的是很不安全呀。那个建议交通部门呢在路两侧修建一下排水沟吧，然后并在低洼路段加高一下路基嘛。")
    from consultagg.dedup.verify import request_difference

    assert request_difference(a, b) is None
    labels = ca.NearDuplicateGrouper().fit([a, b, "建议在路两侧修建排水沟。"]).labels_
    assert labels[0] == labels[1]
