"""Found by contrast pairs held-out 59 (written blind, measured once at 1c72638: different 1/105,
copies 87/105). The texts are written anew here.

A release blocker: two places whose zones the request is about (甲镇化工集中区… / 乙镇化工集中区…，
建议…对该集中区…) were grouped, because the opening naming the place was set aside as who writes.
The copies differ by courtesy around one request; the controls keep the place apart.
"""

import pytest

from consultagg import NearDuplicateGrouper

DIFFERENT = {
    "the zone a request speaks of again (该集中区)": (
        "芷坪县柘塘镇化工集中区企业密集、与居民区距离近，建议条例授权市人民政府对该集中区实施特别管控措施。",
        "蓼湾区蒿港镇化工集中区企业密集、与居民区距离近，建议条例授权市人民政府对该集中区实施特别管控措施。"),
    "the estate a request speaks of again (该小区)": (
        "椿溪区桐荫小区电梯使用已超过十五年、故障频发，建议将该小区列入老旧电梯更新首批名单。",
        "椿溪区枫林小区电梯使用已超过十五年、故障频发，建议将该小区列入老旧电梯更新首批名单。"),
}

COPIES = {
    "an owner's polite opening and thanks": (
        "您好！作为一名普通业主，提一点小建议：建议电梯年检结果在轿厢内公示。辛苦了！",
        "建议电梯年检结果在轿厢内公示。"),
    "a worker's opening that he reports something, and a hope to be heard": (
        "您好，我是一名电梯维保工程师，想反映个情况：建议明确维保单位每月现场保养不少于两次。希望能被采纳，谢谢！",
        "建议明确维保单位每月现场保养不少于两次。"),
}


@pytest.mark.parametrize("name", DIFFERENT)
def test_places_the_request_speaks_of_stay_apart(name):
    a, b = DIFFERENT[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] != g.labels_[1]


@pytest.mark.parametrize("name", COPIES)
def test_courtesy_around_one_request_keeps_the_copy(name):
    a, b = COPIES[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] == g.labels_[1], g.explain(0, 1)
