"""Found by contrast pairs held-out 66 (written blind, measured once at a4fe6e3: different 1/105, copies
88/105 per pair). The texts are written anew here; the controls stay apart."""

import pytest

from consultagg import NearDuplicateGrouper


def test_two_groups_of_old_people_one_character_apart_stay_apart():
    # Release blocker (failed before): 失能老年人 and 失独老年人 were one request, 独 for 能 taken for a
    # typo because 失独 was no word the grouper knew, so a group decision would have answered both alike.
    g = NearDuplicateGrouper().fit(["建议将失能老年人纳入第十二条规定的家庭养老床位补贴对象。",
                                    "建议将失独老年人纳入第十二条规定的家庭养老床位补贴对象。"])
    assert g.labels_[0] != g.labels_[1]
    assert "能" in g.explain(0, 1) and "独" in g.explain(0, 1)


COPIES = {
    "我们认为…应当 and 建议": ("建议托育机构为入托幼儿建立健康档案。", "我们认为托育机构应当为入托幼儿建立起健康档案。"),
    "a unit 认为应当 and 建议": ("某消防救援大队建议禁止在地下车库和楼梯间为电动自行车充电。",
                             "某消防救援大队认为应当禁止在地下车库楼梯间为电动自行车进行充电。"),
    "能够做到": ("建议社区食堂早晚两餐开放。", "建议社区食堂能够做到早晚两餐开放。"),
}

DIFFERENT = {
    "应当 and 不应当": ("我们认为托育机构应当向家长收取保证金。", "我们认为托育机构不应当向家长收取保证金。"),
    "a list's item dropped": ("建议禁止在门厅和楼梯间为电动自行车充电。", "建议禁止在门厅为电动自行车充电。"),
}


@pytest.mark.parametrize("name", COPIES)
def test_copies_group(name):
    a, b = COPIES[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] == g.labels_[1], g.explain(0, 1)


@pytest.mark.parametrize("name", DIFFERENT)
def test_different_requests_stay_apart(name):
    a, b = DIFFERENT[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] != g.labels_[1]
