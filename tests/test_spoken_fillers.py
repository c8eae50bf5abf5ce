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
