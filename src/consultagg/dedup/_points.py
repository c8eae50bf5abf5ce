"""How the points of two texts compare: the same points in another order, a list's items exchanged,
the clauses of one sentence put the other way round.

>>> changed_sentences("一是补充A。二是删除B。", "一是删除B。二是补充A。")
0
>>> clauses_reordered("养犬人遛狗必须牵绳，建议在小区张贴提示。", "建议在小区张贴提示：养犬人遛狗必须牵绳。")
True
"""

from __future__ import annotations

import re
from collections import Counter

from consultagg.dedup.reduce import _CN_DIGITS, _QUOTES, _SPACE, _reduce
from consultagg.text.normalize import nfkc

__all__ = ["changed_sentences", "clauses_reordered", "list_reordered", "points"]

_ENUMERATION = re.compile(rf"^\s*(?:\d+[.、)）]|[(（]\d+[)）]|[{_CN_DIGITS}]+[、.]|[(（][{_CN_DIGITS}]+[)）]|第[{_CN_DIGITS}]+[，,、]"
                          rf"|[{_CN_DIGITS}]是)")
# Where a sentence or a numbered point ends: before 一是 / 第二， / 2. / （3）.
_SENTENCE_END = re.compile(rf"[。；;！!？?\n]+|(?=[{_CN_DIGITS}]是|第[{_CN_DIGITS}]+[，,、]|(?<!\d)\d+[.、](?!\d)|"
                           rf"(?<!第)(?<!部分)[(（][\d{_CN_DIGITS}]+[)）](?![的中里所]|部分|内容|提出|规定|明确))")  # (任务（五）的责任单位: a part named)
_CONJUNCTIONS = ("以及", "或者", "和", "与", "及", "或", "跟", "同", "、", "，", ",")


def changed_sentences(a: str, b: str) -> int:
    """How many sentences of ``a`` (their numbering aside) ``b`` does not hold: 0 when ``b`` gives
    the same points in another order, 1 when the change is inside one sentence."""
    def keys(t):
        return Counter(_reduce(_ENUMERATION.sub("", x)) for x in _SENTENCE_END.split(nfkc(t))
                       if x.strip())
    return sum((keys(a) - keys(b)).values())


def points(t: str) -> int:
    """How many sentences or numbered points a text has."""
    return sum(1 for x in _SENTENCE_END.split(nfkc(t)) if x.strip())


def list_reordered(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two items of a list exchanged (加强监管和执法 / 加强执法和监管)."""
    a, b = (_QUOTES.sub("", _SPACE.sub("", nfkc(t))) for t in (a, b))
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    m = 0
    while m < min(len(a), len(b)) - n and a[-1 - m] == b[-1 - m]:
        m += 1
    mid_a, mid_b = a[n:len(a) - m], b[n:len(b) - m]
    if _ORDER_BESIDE.search(a[max(0, n - 4):n] + "|" + a[len(a) - m:][:4]):
        return False  # 优先适用[《水法》，本条例]作补充: the order of the two is what is asked
    for conj in _CONJUNCTIONS:
        x, sep, y = mid_a.partition(conj)
        if sep and x and y and mid_b == y + conj + x:
            return True
    return False


# Words beside two exchanged items that make their order the request (优先适用A，B作补充 / 由A牵头、B配合).
_ORDER_BESIDE = re.compile(r"先|再|后|优先|其次|首先|然后|之前|之后|依次|补充|为主|为辅|牵头|配合|主导|协助")


# Where a clause ends: a sentence's end, a comma, a colon.
_CLAUSE_END = re.compile(r"[。；;！!？?\n，,：:]+")
# Words that make the order of two clauses the request (先…再…, 优先…其次…).
_ORDER_WORD = re.compile(r"先|再|后|优先|其次|首先|然后|之前|之后|依次")


def clauses_reordered(a: str, b: str) -> bool:
    """Whether ``b`` holds the clauses of ``a`` in another order, no word of order among them
    (养犬人遛狗必须牵绳，建议张贴提示 / 建议张贴提示：养犬人遛狗必须牵绳)."""
    def keys(t):
        return Counter(k for x in _CLAUSE_END.split(nfkc(t)) if (k := _reduce(x)))
    ka = keys(a)
    return sum(ka.values()) >= 2 and ka == keys(b) and not _ORDER_WORD.search(a)
