"""Short copies the shingle step cannot see: polite framing around them, colloquial fillers in them.

Written for this change, on texts of our own (not taken from any evaluation set): each copy pair
below was kept apart before, because its shingles overlap too little for MinHash, although the
verifier accepts it.
"""

import pytest

from consultagg import NearDuplicateGrouper

COPIES = [
    ("建议在城东片区新建一座公共图书馆。",
     "尊敬的编制组领导：您好！建议在城东片区新建一座公共图书馆。感谢您在百忙之中阅读！"),
    ("建议把滨河路的限速牌移到路口前面。",
     "各位领导，我简单说一点：建议把滨河路的限速牌移到路口前面。就这些，谢谢大家。"),
    ("希望政府在老街口设个公交站。",
     "就是说呢，希望政府能够在老街口那里设一个公交站嘛。"),
    ("菜市场周边的占道经营太乱，建议整治。",
     "这个菜市场周边的占道经营啊，其实还是太乱了，建议整治一下。"),
    ("规划期限为2021-2030年，建议中期评估放在2025年。",
     "规划期限为二〇二一至二〇三〇年，建议中期评估放在二〇二五年。"),
]

DIFFERENT = [
    ("就是说呢，希望政府能够在老街口那里设一个公交站嘛。",
     "就是说呢，希望政府能够在老街口那里撤掉一个公交站嘛。"),
    ("尊敬的编制组领导：您好！建议在城东片区新建一座公共图书馆。感谢您在百忙之中阅读！",
     "建议在城西片区新建一座公共图书馆。"),
    ("这个菜市场周边的占道经营啊，其实还是太乱了，建议整治。",
     "菜市场周边的占道经营太乱，建议不要整治。"),
]


@pytest.mark.parametrize("a,b", COPIES)
def test_short_copies_group(a, b):
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] == labels[1]


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_short_requests_that_differ_stay_apart(a, b):
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] != labels[1]


def test_short_copies_among_other_opinions():
    texts = [a for a, _ in COPIES] + ["建议增加城北的停车位。", "希望延长图书馆开放时间。"] + [b for _, b in COPIES]
    labels = NearDuplicateGrouper().fit(texts).labels_
    n = len(COPIES)
    for i in range(n):
        assert labels[i] == labels[n + 2 + i]
    assert len(set(labels)) == n + 2
