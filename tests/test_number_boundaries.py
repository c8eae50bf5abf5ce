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


# The same digits in another order, at every place a text names them (第三十二条 / 第二十三条 twice in a
# long letter; 2032年 / 2023年): a number, never a typo of order. Once taken as "whole points in
# another order" and grouped.
TRANSPOSED = [
    ("意见稿第三十二条第二款规定，擅自占用绿地的，责令限期退还，但没有规定罚款标准，执法中缺乏威慑力。"
     "建议在第三十二条第二款中增加按占用面积每平方米处以一定金额罚款的规定，对拒不退还的从重处罚。",
     "意见稿第二十三条第二款规定，擅自占用绿地的，责令限期退还，但没有规定罚款标准，执法中缺乏威慑力。"
     "建议在第二十三条第二款中增加按占用面积每平方米处以一定金额罚款的规定，对拒不退还的从重处罚。"),
    ("规划提出2032年前完成老旧管网改造，时间过晚，建议将2032年前完成改造写入约束性任务。",
     "规划提出2023年前完成老旧管网改造，时间过晚，建议将2023年前完成改造写入约束性任务。"),
]


@pytest.mark.parametrize("a,b", TRANSPOSED)
def test_digits_in_another_order_at_every_mention_are_another_number(a, b):
    from consultagg.dedup.verify import request_difference

    why = request_difference(a, b)
    assert why is not None and why.kind == "different"
    assert why.reason.startswith(("章节不同", "数值不同")), why.reason
    g = ca.NearDuplicateGrouper().fit([a, b, a])
    assert g.labels_[0] != g.labels_[1]
    assert g.labels_[0] == g.labels_[2]
