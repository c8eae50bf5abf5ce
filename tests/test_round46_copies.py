"""Held-out 50 (fair 0/105 different, 79/105 copies per pair, at d626ea5), texts written anew.

Copies it showed kept apart: a character typed for one read alike that makes no word where it
stands (偏低 / 偏底, 测算 / 侧算), OCR shapes (协会 / 协金, 较大 / 较人, 浇不上 / 浇不土, 采 / 釆), a
thanks for the office's support at the end (感谢贵厅对…的关心和支持), a reply's 经研究， and 其他无意见.
Adding 大 / 人 to the table also showed that the short texts' candidate key folded 入 and 人 apart
once 人 was in two sets: the key now joins every set a character is in.
"""

from __future__ import annotations

import pytest

from consultagg import NearDuplicateGrouper

_ASK = "专栏5中城乡供水管网改造的投资估算偏低，建议按照实际工程量重新测算并讲清楚资金来源。"


@pytest.mark.parametrize("b", [
    _ASK.replace("偏低", "偏底"),  # read alike, no word
    _ASK.replace("重新测算", "重新侧算"),
    "经研究，" + _ASK + "其他无意见。",
    _ASK + "感谢贵厅对我们基层水务单位的关心和支持！",
])
def test_typos_and_a_replys_formulas_are_the_same_request(grouped, b):
    assert grouped(_ASK, b)


@pytest.mark.parametrize("a,b", [
    ("沙河镇农民用水者协会反映：支渠渗漏严重，下游两个村浇不上水，请求列入防渗改造项目。",
     "沙河镇农民用水者协金反映：支渠渗漏严重，下游两个村浇不土水，请求列入防渗改造项目。"),
    ("第二章提出的工业用水量下降目标对我县压力较大，建议分年度确定下降幅度。",
     "第二章提出的工业用水量下降目标对我县压力较人，建议分年度确定下降幅度。"),
    ("建议将老年人纳入优先保障范围。", "建议将老年入纳人优先保障范围。"),
])
def test_ocr_shapes_are_the_same_request(grouped, a, b):
    assert grouped(a, b)


@pytest.mark.parametrize("old,new", [("白茶", "红茶"), ("偏低", "偏高"), ("纳入", "纳出")])
def test_a_word_chosen_is_still_another_request(grouped, old, new):
    a = "建议将本地白茶种植基地的灌溉用水纳入农业节水补贴范围，现行补贴标准偏低。"
    assert not grouped(a, a.replace(old, new))


# Held-out 51 (fair 0/105 different per pair, 5/105 in one fit, at 04b103c): two one-fit releases
# blockers, written anew. Five texts that chain into a campaign made the template's place a thing
# members may change, though the place is what the request names (将A区…纳入 / 将B区…纳入); and a
# member's long insert in the request (…须按本办法第二十六条补建… / …无须按…) was not read for its stance.
def test_a_place_the_request_names_takes_a_member_out_of_a_chained_campaign():
    a = "建议将东湖区滨江片区纳入路内停车收费一类区域。"
    b = a.replace("东湖区", "西岭区")
    texts = [a, b, a, "建议把东湖区的滨江片区划入路内停车收费的一类区域。", "经研究，我区提出如下意见：" + b.replace("一类", "二类"),
             b.replace("一类", "二类")]
    g = NearDuplicateGrouper().fit(texts)
    assert g.labels_[0] == g.labels_[2]
    assert g.labels_[1] != g.labels_[0]
    assert g.labels_[4] != g.labels_[0] and g.labels_[5] != g.labels_[0]


def test_campaign_members_own_place_still_stays():
    ask = "建议将东湖区滨江片区纳入居民停车优惠区域，缓解夜间停车难。"
    texts = [f"我是{p}的居民。{ask}" for p in ("幸福小区", "和平小区", "阳光小区", "春晖小区", "枫林小区")]
    assert len(set(NearDuplicateGrouper().fit(texts).labels_.tolist())) == 1


def test_a_negation_inside_a_members_longer_request_takes_it_out():
    ask = "建议明确新建住宅小区须配建电动自行车集中充电设施。"
    texts = [ask, ask, ask + "谢谢。", "您好，" + ask, ask.replace("须", "无须按本办法第三十条")]
    g = NearDuplicateGrouper().fit(texts)
    assert len(set(g.labels_[:4].tolist())) == 1
    assert g.labels_[4] != g.labels_[0]
