"""Who writes, as a form letter says it before its request: what such a clause never holds, the
writer's own name in it, and whether the request speaks of the place it names.

>>> refers_back("我住在北湖小区，", "小区门口的公交站太远，建议增设站点。")
True
>>> unnamed("我是龙潭坑村的罗金根，")
'我是龙潭坑村的，'
"""

from __future__ import annotations

import re

from consultagg.text.names import SURNAMES

__all__ = ["NOT_IDENTITY", "refers_back", "unnamed"]

# What no clause about the writer holds: a place's side, a fault, a stance, a request.
NOT_IDENTITY = re.compile(r"[东南西北]侧|附近|门口|门前|拖欠|没有|未|不|坏|漏|堵|建议|请|希望|要求|支持|反对|同意|赞成|拥护|认为|应|宜|须|偏")
# The kinds of place a writer lives or works in: named in who writes and again in the request, the
# request is about that place (我住在北湖小区，小区门口的公交站太远).
_PLACE_KIND = re.compile(r"小区|村(?!民)|镇|乡|街道|社区|学校|中学|小学|一中|二中|医院|厂|公司|园区|市场|片区|路|街")
# 该集中区 / 该园区 / 此路段: a thing named before, spoken of again (its head word, two characters or more).
_THAT_ONE = re.compile(r"(?:该|此)([\u4e00-\u9fff]{2,4})")
_BACK_REFERENCE = re.compile(r"这里|这个|本[村镇区乡小社组栋楼班幢]|我们这?[村镇区乡小社组栋楼班幢]|这[栋幢]|(?:本|我们)单元|村里|镇上|我家")


# The writer's own name closing who writes (我是龙潭坑村的罗某某，): kept with the place, the name aside.
_OWN_NAME = re.compile(r"(?<=的)(?P<n>[\u4e00-\u9fff]{2,3})(?=[，,。；;]?$)")


def unnamed(identity: str) -> str:
    """``identity`` (a clause saying who writes, kept for the place it names) without the writer's name."""
    m = _OWN_NAME.search(identity)
    return identity[:m.start()] + identity[m.end():] if m and m.group("n")[0] in SURNAMES else identity


def refers_back(identity: str, rest: str) -> bool:
    """Whether the request after ``identity`` speaks of the place ``identity`` names."""
    kinds = set(_PLACE_KIND.findall(identity))
    if kinds & {"小学", "中学", "一中", "二中"}:
        kinds.add("学校")
    if any(m.group(1)[:k] in identity for m in _THAT_ONE.finditer(rest) for k in (4, 3, 2) if len(m.group(1)) >= k):
        return True  # 某镇化工集中区…，建议对该集中区…: the zone the opening names, spoken of again
    return bool(_BACK_REFERENCE.search(rest[:60])) or any(
        re.search(rf"(?:^|[，,。；;！!？?\n]|该|这)\s*{k}", rest) for k in kinds)  # 小区门口的公交站太远, 该小区
