"""One character put for another at two places (视障 / 听障 twice) is a word chosen, not a typo:
two such texts ask for different things (held-out set 12 grouped them; the sentences here are new)."""

import pytest

import consultagg as ca

APART = [
    ("建议在社区服务中心为视障群众设置专门窗口，方便视障群众就近办事，并配备志愿者引导。",
     "建议在社区服务中心为听障群众设置专门窗口，方便听障群众就近办事，并配备志愿者引导。"),
    ("建议加强对牛肉市场的价格监测，节假日前增加牛肉储备投放，稳定市场供应。",
     "建议加强对羊肉市场的价格监测，节假日前增加羊肉储备投放，稳定市场供应。"),
]


@pytest.mark.parametrize("a,b", APART)
def test_the_same_substitution_twice_is_another_request(a, b):
    g = ca.NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] != g.labels_[1]
    assert "替换" in g.explain(0, 1) or "不同" in g.explain(0, 1)


def test_a_single_typo_still_groups():
    a = "石峡市尾矿库已停用多年，存在安全隐患，建议纳入排查整治范围，明确责任单位。"
    b = "石峡市尾矿库己停用多年，存在安全隐患，建议纳入排查整治范围，明确责任单位。"
    assert len(set(ca.NearDuplicateGrouper().fit([a, b]).labels_.tolist())) == 1
