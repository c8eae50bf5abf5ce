"""Held-out 41 (fair 0/105 different, 85/105 copies at 93592d7; a city's 物业管理条例, owners writing).

Copies kept apart: a form message signed in brackets with the sender's building (（云栖里12幢 业主 孙某）),
after the last sentence with a building and a name (金穗苑1号楼老周), with a room number in brackets
(嘉禾苑业主：吴某（9-2-801）) or with a masked name (松涛苑业主 林** 2号楼); a re-post's 【业主群接龙 第17条】
label; a polite opening (打扰一下，想问问) or who discussed it (经我所律师讨论，).
"""

from __future__ import annotations

import pytest

from consultagg import NearDuplicateGrouper


def _together(a: str, b: str) -> bool:
    g = NearDuplicateGrouper().fit([a, b])
    return g.labels_[0] == g.labels_[1]


_A = "我们要求公开小区近五年的公共收益账目，并在条例中规定业委会每年必须公开一次。"


@pytest.mark.parametrize("one, other", [
    ("（某某里12幢 业主 孙某）", "（某某里4幢 业主 周某）"),
    ("某某苑1号楼老周", "某某苑6号楼小林"),
    ("某某苑业主：吴某某（9-2-801）", "某某苑业主：郑某某（3-1-202）"),
    ("某某苑业主 林** 2号楼", "某某苑业主 黄** 11号楼"),
    ("某某花园业主委员会委员 唐某", "某某花园业主 邓某"),
])
def test_a_signature_with_the_senders_building_or_room(one, other):
    assert _together(_A + one, _A + other)


def test_a_number_in_the_request_is_still_the_request():
    assert not _together(_A.replace("五年", "三年") + "（某某里12幢 业主 孙某）", _A + "（某某里12幢 业主 孙某）")


def test_a_relay_label_and_a_polite_opening():
    a = "建议规定物业服务企业每年向业主大会书面报告物业服务合同履行情况。"
    assert _together("【业主群接龙 第17条】" + a, a)
    b = "能不能在条例里规定物业的保安必须持证上岗"
    assert _together("打扰一下，想问问" + b, b)
    c = "建议第六十条增加业委会委员侵占公共收益的法律责任条款。"
    assert _together("尊敬的市司法局：经我所律师讨论，" + c + "此致敬礼！", c)
    assert not _together("【业主群接龙 第17条】" + a, a.replace("每年", "每半年"))


@pytest.mark.parametrize("one, other", [
    ("（某某县人民政府）", "（某某县人民政府）".replace("某某", "另某")),
    ("某甲县交通运输局 2021年3月12日", "某乙县交通运输局 2021年3月15日"),
])
def test_the_sending_unit_signing_after_the_request(one, other):
    # (held-out 42: the same point sent by several units of one kind)
    a = "建议《规划》在保障措施中明确省级财政对普通国省道建设的补助比例。"
    assert _together(a + one, a + other)


def test_notes_of_a_unit_sending_again_and_which_copy_counts():
    a = "建议将某某高速公路纳入“十四五”新开工项目。"
    assert _together("补充报送：经我局再次核对，原意见无变化，现重新发送。" + a, a)
    assert _together("第2条意见（与第1批次相同，重复报送）：" + a, a)
    assert _together("附件1：省港口集团意见 " + a, a + "（此件与3月10日传真件内容一致，以此件为准）")
    assert _together("我局对《规划》无其他意见，仅" + a, a)
    assert not _together("第2条意见（与第1批次相同，重复报送）：" + a, a.replace("新开工", "续建"))


def test_kilometres_both_ways_and_an_ocr_te():
    a = "建议将S26某某至某某段纳入专栏4新开工项目，建设里程约48公里。"
    assert _together(a, a.replace("48公里", "48km"))
    assert not _together(a, a.replace("48公里", "84km"))
    b = "建议加大对革命老区、民族地区、边远山区农村公路建设的支持力度。"
    assert _together(b, b.replace("支持", "支特"))
