"""Held-out 46 (fair 1/105 different, 96/105 copies, at 1c99941).

Release blocker: two villages' requests about their own village entrance (…转来甲村村民意见：村口的垃圾收集点
离饮用水井太近，建议迁移。 / …转来乙村…) were grouped: the lead naming the village was set aside as framing,
and 村口 was not read as the writer's own place the way 我们村 or 村里 are.
"""

from __future__ import annotations

from consultagg import NearDuplicateGrouper


def _together(a: str, b: str) -> bool:
    g = NearDuplicateGrouper().fit([a, b])
    return g.labels_[0] == g.labels_[1]


def test_a_village_named_only_in_the_lead_of_a_request_about_its_entrance():
    a = "某县农业农村局转来甲岭村村民意见：村口的垃圾收集点离饮用水井太近，建议迁移。"
    assert not _together(a, a.replace("甲岭村", "乙塘村"))
    b = "我是甲岭村村民。村里的垃圾桶太少，建议增加。"
    assert not _together(b, b.replace("甲岭村", "乙塘村"))


def test_the_same_village_written_again_still_groups():
    a = "我是甲岭村村民，村口的垃圾收集点离饮用水井太近，建议迁移。"
    assert _together(a, "我是甲岭村村民。村口的垃圾收集点离饮用水井太近，建议迁移！")
