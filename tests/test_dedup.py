"""NearDuplicateGrouper: exact, near, campaign; no chaining; nothing dropped; deterministic."""

import numpy as np
import pytest

from consultagg import NearDuplicateGrouper
from consultagg.dedup import lsh_params, matching_key, shingles

TEMPLATE = ("我们强烈建议保护月牙湖湿地。月牙湖湿地是候鸟迁徙的重要栖息地，每年有上万只候鸟在此停留。"
            "规划中拟建的旅游度假区将侵占湿地核心区，破坏生态平衡。请将月牙湖湿地划入生态保护红线，"
            "停止一切开发建设活动，并恢复已被侵占的湿地面积。")
OTHER = [
    "建议加强农村生活污水治理，提高已建设施的运行率，落实运维资金。",
    "建议在第三章补充黄河干流入河排污口排查整治的具体目标和时限。",
    "专栏1中细颗粒物浓度目标偏低，建议与国家下达的考核目标保持一致。",
    "建议明确危险废物集中处置设施的布局和建设时序。",
]


def test_exact_near_and_unrelated():
    texts = [TEMPLATE, TEMPLATE.replace("，", ", "), TEMPLATE.replace("强烈", "坚决"), *OTHER]
    g = NearDuplicateGrouper(threshold=0.8).fit(texts)
    assert g.labels_[0] == g.labels_[1] == g.labels_[2]
    assert len(set(g.labels_[3:].tolist())) == len(OTHER)
    assert g.labels_[3] != g.labels_[0]
    assert len(g.labels_) == len(texts)
    assert np.array_equal(g.inverse_, g.representatives_[g.labels_])


def test_campaign_with_own_addition_is_found_by_containment():
    own = "我家就住在湖边，亲眼看到近三年湿地面积不断缩小，" * 10
    texts = [TEMPLATE + f"签名：市民{i}号" for i in range(6)] + [TEMPLATE + own] + OTHER
    g = NearDuplicateGrouper(threshold=0.8, containment=0.9).fit(texts)
    gid = g.labels_[0]
    assert all(g.labels_[i] == gid for i in range(7))
    info = g.groups_[gid]
    assert info.kind == "campaign"
    member_pos = info.members.index(6)
    assert info.own_opinion[member_pos]
    assert "亲眼看到" in info.additions[member_pos]
    assert not any(info.own_opinion[info.members.index(i)] for i in range(6))


def test_no_chaining_through_small_edits():
    # Each step changes a little; the ends share almost nothing.
    base = list("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃辰宿列张")
    alt = list("金木水火土风雨雷电山川河海江湖林草花鸟鱼虫石沙泥云雾霜雪冰光影声色香味触法")
    chain = []
    for step in range(len(base) + 1):
        chain.append("".join(alt[:step] + base[step:]))
    g = NearDuplicateGrouper(threshold=0.8).fit(chain)
    assert g.labels_[0] != g.labels_[-1]
    from consultagg.dedup import _jaccard, _shingle_hashes

    for info in g.groups_:
        rep = _shingle_hashes(matching_key(chain[info.representative]), 3)
        for m in info.members:
            assert _jaccard(_shingle_hashes(matching_key(chain[m]), 3), rep) >= 0.8


def test_deterministic_and_order_of_labels():
    texts = [*OTHER, TEMPLATE, TEMPLATE + "！"]
    a = NearDuplicateGrouper().fit(texts).labels_
    b = NearDuplicateGrouper().fit(texts).labels_
    assert a.tolist() == b.tolist()
    assert a[0] == 0  # ids in order of first appearance


def test_helpers():
    assert matching_key("Ａ市，生态！") == "a市生态"
    assert shingles("ab", k=3) == {"ab"}
    bands, rows = lsh_params(0.5, 64)
    assert bands * rows <= 64


@pytest.mark.parametrize("bad", [{"threshold": 0}, {"threshold": 1.5}, {"containment": 2.0}, {"num_perm": 2}])
def test_invalid_parameters_raise_in_fit(bad):
    with pytest.raises(ValueError):
        NearDuplicateGrouper(**bad).fit(["a", "b"])
