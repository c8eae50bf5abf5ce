"""Held-out 21's fair figure grouped two different requests (release blockers): a half added to a
count of months (四个月 / 四个半月), and an imperative 别 (don't) put before the request. The texts
here are new, not the set's; each control was grouped before the fix."""

import pytest

from consultagg.dedup import NearDuplicateGrouper
from consultagg.dedup.verify import request_difference

BLOCKERS = {
    "a half added to a count": ("建议把学生午休时间由一个小时延长到两个小时。", "建议把学生午休时间由一个小时延长到两个半小时。"),
    "a half month": ("建议禁渔期由两个月调整为三个月。", "建议禁渔期由两个月调整为三个半月。"),
    "half the fee": ("建议对七十岁以上老人乘坐公交车收费。", "建议对七十岁以上老人乘坐公交车收半费。"),
    "别 put before the request": ("请跟物业说一下，把我们楼下的垃圾桶挪到路口去。", "请跟物业说一下，别把我们楼下的垃圾桶挪到路口去。"),
    "别再 before a verb": ("希望街道今年冬天再组织一次清雪。", "希望街道今年冬天别再组织清雪了。"),
    "甭 before a verb": ("跟社区说一下，把健身器材装在广场东边。", "跟社区说一下，甭把健身器材装在广场东边。"),
}

# Words that hold 别 without forbidding anything: a copy that adds or keeps them is still a copy.
COPIES = {
    "特别 added": ("建议对困难家庭减免学杂费。", "建议对特别困难的家庭减免学杂费。"),
    "分别 in both, a filler added": ("建议两所学校分别增设一个校车站点。", "建议两所学校分别再增设一个校车站点。"),
    "a half written both ways": ("建议把午休时间延长到一个半小时。", "建议把午休时间延长到1.5小时。"),
}


@pytest.mark.parametrize("name", sorted(BLOCKERS))
def test_round21_blockers_stay_apart(name):
    a, b = BLOCKERS[name]
    assert request_difference(a, b) is not None, name
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 1], name


@pytest.mark.parametrize("name", sorted(COPIES))
def test_round21_words_with_bie_or_half_are_copies(name):
    a, b = COPIES[name]
    assert request_difference(a, b) is None, (name, request_difference(a, b))
