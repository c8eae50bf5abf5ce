"""Texts whose matching keys agree once punctuation is dropped may still write different numbers:
1.5% and 15%, 第1、5条 and 第15条. They are never duplicates (the key alone made them exact copies)."""

import pytest

import consultagg as ca

PAIRS = [
    ("建议将城市污水收集率目标值提高1.5%，以适应管网建设。", "建议将城市污水收集率目标值提高15%，以适应管网建设。"),
    ("建议修改第1、5条的表述，删去重复内容。", "建议修改第15条的表述，删去重复内容。"),
    ("建议将森林覆盖率目标由20.5%调整为21%。", "建议将森林覆盖率目标由205%调整为21%。"),
    ("建议第3.2节补充监测站点建设内容。", "建议第32节补充监测站点建设内容。"),
    ("建议把投资规模从1,5亿元调整为2亿元。", "建议把投资规模从15亿元调整为2亿元。"),
]


@pytest.mark.parametrize("a,b", PAIRS)
def test_numbers_split_by_a_separator_are_not_the_number_without_it(a, b):
    g = ca.NearDuplicateGrouper().fit([a, b, a])
    assert g.labels_[0] != g.labels_[1]
    assert g.labels_[0] == g.labels_[2]


def test_the_same_numbers_with_other_punctuation_still_group():
    g = ca.NearDuplicateGrouper().fit(["建议将目标值提高1.5%，以适应管网建设。", "建议将目标值提高1.5% 以适应管网建设",
                                       "建议将目标值提高１．５％，以适应管网建设！"])
    assert len(set(g.labels_.tolist())) == 1
