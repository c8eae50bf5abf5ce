"""Held-out 38 (fair 1/105 and 82/105 at d6a3100; comments on a draft regulation).

Release blocker: 流浪猫的收容… / 流浪狗的收容… were grouped (one character for one read as a typo).
A reply that opens with 回复@某某：(同意你的说法。) repeats the message it answers.
"""

from __future__ import annotations

from consultagg import NearDuplicateGrouper


def _together(a: str, b: str) -> bool:
    g = NearDuplicateGrouper().fit([a, b])
    return g.labels_[0] == g.labels_[1]


def test_one_animal_for_another_is_another_object():
    a = "关于第三十七条，流浪猫的收容和绝育工作建议委托给有资质的动物保护组织，由财政按只数给予补贴。"
    assert not _together(a, a.replace("流浪猫", "流浪狗"))


def test_a_reply_at_someone_repeating_the_message():
    a = "第四十二条把河道管理范围划得太宽，影响了两岸村民正常种地，建议按实际堤防外侧五米划定。"
    assert _together(a, "回复@柳某镇村民小李：同意你的说法。" + a)
    assert _together("第三十四条对菜市场的罚款偏重了。", "回复@某市人大：第三十四条对菜市场的罚款偏重了。")
