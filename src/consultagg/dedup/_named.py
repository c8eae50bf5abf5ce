"""Another object named where a campaign's request names one (萸川机场 / 芷陵机场, 海原县 / 原州区): another
request, not a signer making the letter their own (a place the signer names as where they live stays theirs)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from consultagg.dedup._words import word_tags
from consultagg.dedup.reduce import _reduce

__all__ = ["CJK_NAME", "THING_WORDS", "object_named", "place_kind_put"]


# What a request names as its object after a name (萸川机场, 棻城至菁渚高速公路, 溦河治理工程): another name
# there is another request, not a member making a letter its own (a village or an estate the member
# names as where they live, 我是…/家住…, stays theirs to change: _SENDER_BEFORE).
_OBJECT_AFTER = re.compile(r"(?:国际)?(?:机场|港区|码头|隧道|大桥|高速公路|高速|公路|铁路|城际|枢纽|"
                           # a place the request names (将槎溪区老城片区纳入… / 将蕃台区…); the sender's own is set aside below
                           r"区|县|市|镇|乡|村|街道|社区|小区|片区|"
                           r"改扩建|工程|项目|水库|园区|湿地|景区|保护区|医院|学校)")
CJK_NAME = re.compile(r"[\u4e00-\u9fff]+")  # a name's characters
_PLACE_CHAR = re.compile(r"[川州江河湖山岭城阳陵浦滨港湾溪塘坪原峰口庄镇村县市区乡岛峡]")


def _name_like(w: str) -> bool:
    """Whether ``w`` reads as a name (芷陵, 银川, 菁渚), not a common word put for another (部门 / 单位)."""
    if not CJK_NAME.fullmatch(w):
        return False
    tags = word_tags()
    return _PLACE_CHAR.search(w) is not None or tags.get(w) in (None, "ns", "nr", "nz", "nt")


@lru_cache(maxsize=1 << 16)  # (a template's sentences, once for all its members)
def _objects_named(sentence: str) -> tuple[str, ...]:
    """Each object word of ``sentence`` with the six characters before it (where a name would be)."""
    return tuple(sentence[max(0, m.start() - 6):m.end()] for m in _OBJECT_AFTER.finditer(sentence))


# Who writes, just before a place (我是槎溪区居民 / 家住蕃台区…): the member's own place, theirs to change.
_SENDER_BEFORE = re.compile(r"(?:我是|我们是|我们|我家|家住|住在|居住在|来自|我在|本人是?)[^，,。；;]{0,12}$")


def object_named(sentence: str, other: str, common: frozenset[str] = frozenset(), whole: bool = False) -> str | None:
    """``A / B`` when ``other`` names another object than ``sentence`` where the request names one.

    With ``whole``, also a thing named whole put for another (周氏宗祠 / 永济古桥, 学府路 / 长青路): for the
    sentences a request points back to (建议…将其列入…), where a signer's story is not.
    """
    objects, other_objects = _objects_named(sentence), _objects_named(other)
    if whole:
        for i1, i2, j1, j2 in _changed_spans(sentence, other):
            wa, wb = _THING.search(sentence, i1, min(len(sentence), i2 + 2)), _THING.search(other, j1, min(len(other), j2 + 2))
            # (a name of up to four characters after the same words on both sides: 濯溪镇的周氏宗祠 / 濯溪镇的永济古桥,
            # not who writes, 我家住在… / 我每天骑车经过…)
            if (wa and wb and 0 < wa.start() - i1 <= 4 and 0 < wb.start() - j1 <= 4 and i1 >= 2
                    and sentence[i1 - 2:i1] == other[j1 - 2:j1]
                    and CJK_NAME.fullmatch(sentence[i1:wa.end()]) and CJK_NAME.fullmatch(other[j1:wb.end()])
                    and not _SENDER_BEFORE.search(sentence, 0, i1) and not _SENDER_BEFORE.search(other, 0, j1)):
                return f"{sentence[i1:wa.end()]} / {other[j1:wb.end()]}"
    if not objects or not other_objects or objects == other_objects:
        return None  # (no object word in one of them, or the same names before each: no alignment needed)
    for i1, i2, j1, j2 in _changed_spans(sentence, other):
        # (海原县 / 原州区: names sharing a character, aligned as 海 + 原 + 县→州区, are read whole)
        shown = f"{sentence[i1:i2]} / {other[j1:j2]}"
        if _OBJECT_WORD_END.search(sentence, i1, i2) and _OBJECT_WORD_END.search(other, j1, j2):
            i2, j2 = i2 - 1, j2 - 1  # (the name before the administrative word; shown with it)
        elif _PLACE_AFTER.match(sentence, i2) and _PLACE_AFTER.match(other, j2):
            shown = f"{sentence[i1:i2 + 1]} / {other[j1:j2 + 1]}"
        # (before 县 / 区 / 旗 …, a name is a place's though it is a word too: 盐池县; not 居民区 / 住户区)
        named = (_name_like(sentence[i1:i2]) and _name_like(other[j1:j2])) or (
            _PLACE_AFTER.match(sentence, i2) and _PLACE_AFTER.match(other, j2)
            and _place_named(sentence, i1, i2, common) and _place_named(other, j1, j2, common))
        if (1 <= i2 - i1 <= 6 and 1 <= j2 - j1 <= 6 and named
                and _OBJECT_AFTER.match(sentence, i2) and _OBJECT_AFTER.match(other, j2)
                and not _SENDER_BEFORE.search(sentence, 0, i1) and not _SENDER_BEFORE.search(other, 0, j1)):
            return shown
    return None


# A thing a request points back to, named whole (周氏宗祠, 永济古桥, 学府路交叉口, 苈河): its name is what changes.
THING_WORDS = r"(?:宗祠|祠堂|古桥|大桥|桥|古塔|塔|寺|庙|交叉口|路口|大道|路|街|河|渠|水库|湖|泉)"
_THING = re.compile(THING_WORDS + r"(?![\u4e00-\u9fff]?[长委])")


_OBJECT_WORD_END = re.compile(r"[区县市镇乡村旗盟]$")
_PLACE_AFTER = re.compile(r"[区县市镇乡村旗盟](?![长委政府])")


def _place_named(s: str, i: int, j: int, common: frozenset[str]) -> bool:
    """Whether ``s[i:j]`` and the administrative word after it name a place (盐池县, 海原县), not a kind of
    area (居民区, 工业区: common nouns) nor a word at large put before 区 (``common``: 住户区)."""
    tag = word_tags().get(s[i:j + 1])
    return bool(CJK_NAME.fullmatch(s[i:j])) and s[i:j] not in common and tag in (None, "ns", "nr", "nz", "nt")


def _changed_spans(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """The spans of ``a`` and ``b`` that differ, the replacements SequenceMatcher finds, and those it cuts in
    pieces around one shared character (海原县 / 原州区: delete 海, keep 原, replace 县 by 州区) joined."""
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    out = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in ops if tag == "replace"]
    for k in range(len(ops) - 2):
        (t1, a1, _, b1, _), (t2, e1, e2, _, _), (t3, _, a2, _, b2) = ops[k], ops[k + 1], ops[k + 2]
        if t1 != "equal" and t2 == "equal" and e2 - e1 <= 1 and t3 != "equal":
            out.append((a1, a2, b1, b2))
    return out


# Kinds of place or body a request names as its object (学校周边 / 医院周边, 住建部门 / 交通运输部门): one
# put for another in the request is another request, where members making a letter their own change
# their own name, village or estate.
_KIND_OF_PLACE = re.compile(r"中小学校|中小学|小学|中学|高校|学校|幼儿园|托育机构|医院|卫生院|养老院|敬老院|公园|广场|车站|码头|机场|景区|商场|菜市场|农贸市场|"
                            r"工业园区|化工园区|开发区|居民区|水源地|河道|湖泊|水库|湿地|[\u4e00-\u9fff]{2,10}?部门")


def place_kind_put(sentence: str, other: str) -> str | None:
    """``A / B`` when ``other`` is ``sentence`` with one kind of place or body put for another."""
    kinds, other_kinds = _kinds_named(sentence), _kinds_named(other)
    if not kinds or not other_kinds or kinds == other_kinds:
        return None  # (no kind of place in one of them, or the same ones: most members, nothing to align)
    a, b = _reduce(sentence), _reduce(other)
    if not _KIND_OF_PLACE.search(a) or not _KIND_OF_PLACE.search(b):
        return None  # (no kind of place in one of them: most members, and no alignment needed)
    ops = [op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not ops or len(ops) > 3:
        return None
    i1, i2, j1, j2 = ops[0][1], ops[-1][2], ops[0][3], ops[-1][4]  # (化工园区 / 工业园区: 化 out, 业 in)
    if i2 - i1 > 8 or j2 - j1 > 8 or i2 == i1 or j2 == j1:
        return None
    wa, wb = _word_around(a, i1, i2), _word_around(b, j1, j2)
    if wa != wb and _KIND_OF_PLACE.fullmatch(wa) and _KIND_OF_PLACE.fullmatch(wb):
        return f"{wa} / {wb}"
    # (在学校周边 / 规定幼儿园周边: the change covers more than the word; the kinds it touches on each side)
    ka = [m.group(0) for m in _KIND_OF_PLACE.finditer(a) if m.start() < i2 and m.end() > i1]
    kb = [m.group(0) for m in _KIND_OF_PLACE.finditer(b) if m.start() < j2 and m.end() > j1]
    if len(ka) == len(kb) == 1 and ka[0] not in kb[0] and kb[0] not in ka[0]:
        return f"{ka[0]} / {kb[0]}"  # (学校 / 中小学校 names the same kind, narrowed: no other request)
    return None


@lru_cache(maxsize=1 << 16)  # (a template's sentences, once for all its members)
def _kinds_named(sentence: str) -> tuple[str, ...]:
    """The kinds of place or body ``sentence`` names, in order."""
    return tuple(_KIND_OF_PLACE.findall(sentence))


def _word_around(s: str, i: int, j: int) -> str:
    """The kind-of-place word that covers ``s[i:j]``, or the span itself."""
    for m in _KIND_OF_PLACE.finditer(s):
        if m.start() <= i and j <= m.end():
            return m.group(0)
    return s[i:j]
