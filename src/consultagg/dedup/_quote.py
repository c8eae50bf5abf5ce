"""A reason's two sides quoted from the texts as written, not from their reduced forms.

The judges compare texts reduced to what carries meaning: synonyms folded (降低 read as 减少, 处理 as 解决),
measures in one unit (3公里 read as 3000米), numerals as digits. A reason built on those forms would
quote words neither text holds (方向相反：提高 / 减少 where the text says 降低). :func:`requote` keeps a
side the text holds and puts the text's own words for one it does not.

>>> requote("方向相反：提高 / 减少", "建议提高污水处理费标准。", "建议降低污水处理费标准。")
'方向相反：提高 / 降低'
>>> requote("数值不同：3000 / 5000", "建议在湖岸3公里内禁止新建宾馆。", "建议在湖岸5公里内禁止新建宾馆。")
'数值不同：3公里 / 5公里'
>>> requote("数值不同：65% / 75%", "由70%调整为65%", "由70%调整为75%")
'数值不同：65% / 75%'
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from consultagg.text.normalize import nfkc

__all__ = ["oriented", "requote"]

_PUNCT = re.compile(r"[\s，,。.；;：:！!？?、“”\"'‘’（）()《》〈〉【】\[\]…—-]+")
# Reasons shown with a little context around a short change (文字不同：…城西污水… / …城东污水…).
_IN_CONTEXT = ("文字不同", "对象不同")


def _plain(s: str) -> str:
    return _PUNCT.sub("", nfkc(s or ""))


def oriented(reason: str, a: str, b: str) -> str:
    """``reason`` with its sides in the order of ``a`` and ``b``: swapped when the texts hold them the other way.

    >>> oriented("章节不同：第5章 / 第3章", "建议在第3章增加", "建议在第5章增加")
    '章节不同：第3章 / 第5章'
    """
    head, sep, rest = reason.partition("：")
    sides = rest.split(" / ")
    if not sep or len(sides) != 2:
        return reason
    ta, tb = _plain(a), _plain(b)

    def holds(side: str, text: str) -> bool:
        return side != "（无）" and bool(_plain(side)) and _plain(side) in text

    # (swapped only when the texts say so beyond doubt: each side in the other text and neither in its own)
    swapped = holds(sides[1], ta) and holds(sides[0], tb) and not holds(sides[0], ta) and not holds(sides[1], tb)
    return f"{head}：{sides[1]} / {sides[0]}" if swapped else reason


def requote(reason: str, a: str, b: str) -> str:
    """``reason`` (``kind：A / B``, A of ``a`` and B of ``b``) with each side the texts do not hold put in the
    texts' own words; the reason unchanged when both are found, or when the texts differ nowhere."""
    head, sep, rest = reason.partition("：")
    sides = rest.split(" / ")
    if not sep or len(sides) != 2 or head.startswith("补充") or any("、" in side for side in sides):
        return reason  # (a list of numbers or words, 95%、30元: quoted as judged)
    texts = (_plain(a), _plain(b))
    found = [s == "（无）" or (bool(_plain(s)) and _plain(s) in t) for s, t in zip(sides, texts)]
    if all(found):
        return reason
    ops = [op for op in SequenceMatcher(None, *texts, autojunk=False).get_opcodes() if op[0] != "equal"]
    op = ops[0] if len(ops) == 1 else None  # (one change: it is the one the reason tells of)
    for k, (side, text) in enumerate(zip(sides, texts)):  # (else the change at the side a text holds)
        at = text.find(_plain(side)) if found[k] and side != "（无）" else -1
        if at >= 0 and op is None:
            op = next((o for o in ops if o[1 + 2 * k] <= at < max(o[2 + 2 * k], o[1 + 2 * k] + 1)), None)
    if op is None:
        return reason  # (several changes, none of them pointed at: which one the reason means is not known)
    shown = []
    for k, (side, text) in enumerate(zip(sides, texts)):
        if found[k]:
            shown.append(side)
            continue
        lo, hi = op[1 + 2 * k], op[2 + 2 * k]
        shown.append(_span(text, lo, hi, head) or "（无）")
    return f"{head}：{shown[0]} / {shown[1]}"


_NUMERAL = "0123456789.零〇一二三四五六七八九十百千万亿两"
# What a number counts (3公里, 2万元, 第五章), read with it.
_UNIT = re.compile(r"[%％‰]|万元|亿元|公里|千米|平方米|立方米|公顷|个月|小时|分钟|[元米吨亩年月日天周次户人辆个座处条项页章节款篇部倍度岁层]")


def _span(text: str, lo: int, hi: int, head: str) -> str:
    """The text's words at ``lo:hi``: with context for a short change of a word, a number whole with its unit
    (3公里, 65%), a part of the draft whole (第五章)."""
    if head.startswith(_IN_CONTEXT) and hi - lo < 2:
        return text[max(0, lo - 4):min(len(text), hi + 4)]
    if not any(c in _NUMERAL for c in text[lo:max(hi, lo + 1)]):
        return text[lo:hi]
    while lo > 0 and text[lo - 1] in _NUMERAL:
        lo -= 1  # (3 of 35: the number whole)
    if lo > 0 and text[lo - 1] == "第":
        lo -= 1
    hi = max(hi, lo + 1)
    while hi < len(text) and text[hi] in _NUMERAL:
        hi += 1
    unit = _UNIT.match(text, hi)
    return text[lo:hi + (len(unit.group(0)) if unit else 0)]
