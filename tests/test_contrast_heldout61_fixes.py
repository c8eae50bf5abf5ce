"""Copies the grouper kept apart, found by contrast pairs held-out 61 and 62 (written blind,
measured once at 2efbcef: copies 81/105 and 83/105). The texts are written anew here; the controls
change the request and stay apart."""

import pytest

from consultagg import NearDuplicateGrouper

COPIES = {
    "a count in 万 and 千 written in words": ("某区现有充电桩约2.3万个，建议适当控制新增数量。", "某区现有充电桩约两万三千个，建议适当控制新增数量。"),
}

DIFFERENT = {
    "another count in 万 and 千": ("某区现有充电桩约2.3万个，建议适当控制新增数量。", "某区现有充电桩约两万五千个，建议适当控制新增数量。"),
}


@pytest.mark.parametrize("name", COPIES)
def test_copies_group(name):
    a, b = COPIES[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] == g.labels_[1], g.explain(0, 1)


@pytest.mark.parametrize("name", DIFFERENT)
def test_the_controls_stay_apart(name):
    a, b = DIFFERENT[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] != g.labels_[1]


def test_the_reason_tells_the_numbers_as_written():
    # False before: 一万五千 was read as 1万 then 5000, and the reason told the office 100005000.
    g = NearDuplicateGrouper().fit(["建议将补贴对象扩大到一万五千户。", "建议将补贴对象扩大到一万八千户。"])
    assert g.labels_[0] != g.labels_[1]
    assert "15000" in g.explain(0, 1) and "100005000" not in g.explain(0, 1)
