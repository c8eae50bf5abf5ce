"""Whether two opinions answered as one ask for different things: the grouper's own judge, for the later
stages that answer opinions together (a group decision over several groups, a 合并处理 carried to the next
round or typed by staff).

:func:`consultagg.dedup.verify.request_difference` judges texts that share most of their wording (the
grouper's candidates); on texts worded apart its reasons mean nothing (增加 / 加强 is no direction). Here
it is asked only of texts alike enough to be candidates, and only its reasons that need no checking by a
person are taken.

Examples
--------
>>> other_request("建议删除第四章中新建砂石料场的内容。", "建议保留第四章中新建砂石料场的内容。")
'方向相反：删除 / 保留'
>>> other_request("建议增加河湖岸线管控内容。", "建议强化河湖岸线管控。") is None   # worded apart: staff's call
True
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from consultagg.dedup._campaign_sentences import ASKS
from consultagg.dedup._quote import oriented, requote
from consultagg.dedup.campaigns import _DOWN_WORDS
from consultagg.dedup.reduce import _DROP
from consultagg.dedup.verify import request_difference
from consultagg.text.ngrams import bigram_set

__all__ = ["other_request", "to_check"]

# The share of character pairs two texts must have in common to be compared at all, or (short texts, whose
# pairs a word changed breaks more of) the share of their characters in order (difflib's ratio).
ALIKE = 0.5
ALIKE_CHARS = 0.55
# What a longer text adds to a shorter one that asks for more (，并在城区全天禁止… / ，对提前淘汰的车辆每辆补贴…),
# not a reason for the same request (，缓解停车难问题).
_ADDS_REQUEST = re.compile(ASKS.pattern + r"|^(?:并且?|同时|另外|此外|还要?|对|在|将|把)[^。]{0,30}?(?:禁止|补贴|设立|建设|增设|安装|"
                           r"纳入|列入|明确|提高|降低|增加|减少|取消|开展|实行|给予|限制|公开|建立)")
# Reasons that tell two requests apart beyond doubt (not 文字不同（请核实…）, which asks a person to look).
_OTHER_REQUEST = ("数值不同", "方向相反", "否定不同", "章节不同", "顺序对调", "对象不同", "补充了新的诉求")


def other_request(a: str, b: str) -> str | None:
    """Why ``b`` asks for another thing than ``a`` (数值不同：500 / 1000, 方向相反：删除 / 保留), or None when
    they ask for the same, or are worded too far apart for the judge to say.

    >>> other_request("建议保留禁燃区。", "建议取消禁燃区。")
    '否定不同：（无） / 取消'
    >>> other_request("建议加快老旧柴油货车淘汰。", "建议加快老旧柴油货车淘汰，并在城区全天禁止国三以下柴油货车通行。")
    '补充了新的诉求：并在城区全天禁止国三以下柴油货车通行'
    """
    ka, kb = _DROP.sub("", a or ""), _DROP.sub("", b or "")
    x, y = bigram_set(ka), bigram_set(kb)
    if not x or not y:
        return None
    for short, long in ((ka, kb), (kb, ka)):  # (the short text's request whole, and one the long text adds to it)
        if len(short) >= 6 and long.startswith(short) and _ADDS_REQUEST.search(added := long[len(short):]):
            text = b if long is kb else a
            core = (a if long is kb else b).strip().rstrip("。！!；;")
            shown = text.strip()[len(core):] if text.strip().startswith(core) else added
            return f"补充了新的诉求：{shown.lstrip('，,；;、 ').rstrip('。')[:40]}"
    if (why := _judged(a, b, ka, kb, x, y)) is None or not why.startswith(_OTHER_REQUEST):
        return None
    if why.startswith("方向相反") and not _opposite(why):
        return None  # (增加 / 加强: two words the same way, on texts worded apart)
    return why


def to_check(a: str, b: str) -> str | None:
    """The judge's 文字不同（请核实是否同一诉求） reason when ``a`` and ``b``, worded alike, differ in a word it cannot
    weigh (钢铁 / 水泥, 城西 / 城东): for a person to look at, not a verdict. ``None`` otherwise.

    >>> to_check("建议对钢铁行业实施超低排放改造。", "建议对水泥行业实施超低排放改造。")
    '文字不同（请核实是否同一诉求）：钢铁 / 水泥'
    """
    ka, kb = _DROP.sub("", a or ""), _DROP.sub("", b or "")
    why = _judged(a, b, ka, kb, bigram_set(ka), bigram_set(kb))
    return why if why is not None and why.startswith("文字不同") else None


def _judged(a: str, b: str, ka: str, kb: str, x: set, y: set) -> str | None:
    """The verifier's reason for two texts alike enough to be compared, in their own words; else None."""
    if not x or not y or (len(x & y) / len(x | y) < ALIKE
                          and SequenceMatcher(None, ka, kb, autojunk=False).ratio() < ALIKE_CHARS):
        return None
    why = request_difference(a, b)
    return requote(oriented(why.reason, a, b), a, b) if why is not None else None


def _opposite(reason: str) -> bool:
    """Whether a 方向相反 reason names words that go opposite ways (删除 / 保留, not 增加 / 加强)."""
    sides = reason.split("：", 1)[-1].split(" / ")
    if len(sides) != 2:
        return True
    down = [{w in _DOWN_WORDS for w in side.split("、") if w and w != "（无）"} for side in sides]
    return not (down[0] and down[1]) or down[0] != down[1]
