"""Whether a paragraph only closes a letter, or asks for something after its closing words.

>>> from consultagg.extract._sentences import asks
>>> closes_only("以上意见，请酌处。", asks), closes_only("以上意见供参考，同时请在第七章补充碳汇内容。", asks)
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from consultagg.extract._base import CLOSING

__all__ = ["asked_after_closing", "closes_only"]

_PIECE = re.compile(r"[^。；;！!？?]+")


def closes_only(t: str, asks: Callable[[str], bool]) -> bool:
    """Whether ``t`` opens with a closing formula (以上意见供参考, 特此函复) and asks for nothing after it
    but in closing words (请酌处, 请予采纳): 以上意见供参考，同时请在第七章补充… asks. ``asks``: whether a piece
    asks for something (``consultagg.extract._sentences.asks``, which itself asks this module of a closing)."""
    m = CLOSING.match(t)
    if not m:
        return False
    return not any(_asks_for_change(p, asks) for p in _PIECE.findall(t[m.end():]))


def _asks_for_change(piece: str, asks: Callable[[str], bool]) -> bool:
    """Whether a piece after closing words asks for a change of the draft (同时请在第七章补充…, 另外，第七章应补充…),
    not for the letter to be read or the writer to be called (请酌, 请研究, 请审示, 如有问题请与我联系)."""
    piece = _CONNECTIVE.sub("", piece.strip().lstrip("，,、：: "), count=1)
    return bool(piece) and not CLOSING.match(piece) and not _COURTESY.fullmatch(piece.rstrip("。.！! ")) \
        and bool(_SHOULD.search(piece) or (asks(piece) and _CHANGE.search(piece)))


# A request for a change of the draft (建议…, 请在…补充, 请将…纳入): not 请酌 nor 请与我联系.
_CHANGE = re.compile(r"建议|应当|应该|请(?:在|将|把|对|于|就|补充|增加|增设|修改|删除|删去|明确|调整|完善|核实|核对|更正|细化|统一|纳入|列入|写入|充实)")


# A change the draft should make, said without a word that asks (第七章应补充…).
_SHOULD = re.compile(r"应(?:当|该)?(?:补充|增加|增设|修改|删除|删去|明确|调整|完善|纳入|写入|列入|细化|表述为|改为)")


# What a closing asks in courtesy only (请酌处, 请予采纳, 望采纳).
_COURTESY = re.compile(r"(?:敬|恳)?请(?:予以?|酌情)?(?:酌处|采纳|参考|研究|研处|审阅|审定|批示|考虑|斟酌)|望(?:予)?(?:采纳|考虑|研究|参考)|请批评指正")


def asked_after_closing(t: str, asks: Callable[[str], bool]) -> int:
    """Where a request starts after the closing words that open ``t`` (以上意见供参考，同时请在… → at 请在…),
    or 0 when ``t`` does not open with them or asks nothing after them."""
    if closes_only(t, asks) or not (m := CLOSING.match(t)):
        return 0
    at = m.end()
    for p in _PIECE_AT.finditer(t, at):
        piece = p.group(1)
        if piece and _asks_for_change(piece, asks):
            return p.start(1) + len(_CONNECTIVE.match(piece).group(0))
    return 0


_PIECE_AT = re.compile(r"[，,。；;！!？?\s]*([^，,。；;！!？?]*)")
# What joins a request to the closing before it (同时请… / 并请… / 另外，…).
_CONNECTIVE = re.compile(r"(?:同时|并且?|另外|此外|另(?=请))?[，,]?\s*")
