"""Copies held-out 34 kept apart (fair figure 93/105), and the different requests beside them.

A re-post's label (【网友留言】, [转载], #市民建议#) and where it came from (【来源：12345市民热线】,
（原帖发表于…）); one word put for its synonym (提高 / 增加 补贴, 公布 / 公开); a short copy with 能够 and
里 put in; the two clauses of one sentence put the other way round; a verb said again before 得.
Words of the other direction, a label naming a section and clauses whose order is the request still
keep two texts apart.
"""

from __future__ import annotations

import pytest

from consultagg import NearDuplicateGrouper


def _together(a: str, b: str) -> bool:
    g = NearDuplicateGrouper().fit([a, b])
    return g.labels_[0] == g.labels_[1]


@pytest.mark.parametrize("a, b", [
    ("城区的流浪猫越来越多，建议开展绝育放归工作。",
     "【网友留言】城区的流浪猫越来越多，建议开展绝育放归工作。【来源：12345市民热线】"),
    ("建议把废弃的纺织厂房改造成社区体育馆，供周边居民使用。",
     "#市民建议# 建议把废弃的纺织厂房改造成社区体育馆，供周边居民使用。"),
    ("学校食堂的饭菜价格偏高，建议教育局核定统一收费标准。",
     "【转帖】来源：政务留言板 编号LY20250312-117\n学校食堂的饭菜价格偏高，建议教育局核定统一收费标准。"),
    ("请求在高速出口附近增设货车停车场，避免大货车在路边过夜。",
     "[转载] 请求在高速出口附近增设货车停车场，避免大货车在路边过夜。（原帖发表于2025-03-02 21:14）"),
])
def test_repost_wrappers_group(a, b):
    assert _together(a, b)


@pytest.mark.parametrize("a, b", [
    ("建议增加养老机构护理员的岗位补贴。", "建议提高养老机构护理员的岗位补贴。"),
    ("请尽快公布本学期学生午餐的收费标准。", "请尽快公开本学期学生午餐的收费标准。"),
    ("小区旁边的KTV营业到凌晨两点，我们向物业反映过多次。建议环保部门上门监测噪声，超标的要依法处理。",
     "小区旁边的KTV营业到凌晨两点，我们向物业反映过多次。建议生态环境部门上门监测噪声，超标的要依法处理。"),
    ("希望尽快解决老旧小区停车难的问题。", "希望能够尽快解决老旧小区里停车难的问题。"),
    ("养犬人遛狗必须牵绳，建议在小区显著位置张贴提示。", "建议在小区显著位置张贴提示：养犬人遛狗必须牵绳。"),
    ("景区厕所数量不够，节假日排队很长，建议增建。", "景区的厕所数量都不够，节假日排队排得很长，建议增建。"),
])
def test_wording_of_one_request_groups(a, b):
    assert _together(a, b)


@pytest.mark.parametrize("a, b", [
    ("建议提高养老机构护理员的岗位补贴。", "建议降低养老机构护理员的岗位补贴。"),
    ("建议增加养老机构护理员的岗位补贴。", "建议减少养老机构护理员的岗位补贴。"),
    ("【第三章】建议删除燃煤锅炉淘汰的表述。", "【第五章】建议删除燃煤锅炉淘汰的表述。"),
    ("建议先修建北环路，再改造南湖桥。", "建议先改造南湖桥，再修建北环路。"),
    ("建议公布本学期学生午餐的收费标准。", "建议不公布本学期学生午餐的收费标准。"),
])
def test_different_requests_stay_apart(a, b):
    assert not _together(a, b)
