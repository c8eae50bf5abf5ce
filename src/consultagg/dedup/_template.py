"""The text a campaign's signers share (共同模板): the representative's sentences most members hold, not
one signer's whole letter with their name, village and telephone.

Examples
--------
>>> common_text("我是东村村民王某。建议在河滨公园增设夜间照明。电话139****0001",
...             ["我是西村村民李某。建议在河滨公园增设夜间照明。", "建议在河滨公园增设夜间照明！电话138****0002",
...              "我是南村村民赵某。建议在河滨公园增设夜间照明。"])
'建议在河滨公园增设夜间照明。'
"""

from __future__ import annotations

import re

from consultagg.dedup._campaign_sentences import sentence_keys as _sentence_keys, without_own_lead as _without_own_lead
from consultagg.dedup.verify import _DROP
from consultagg.text.normalize import nfkc

__all__ = ["common_text"]

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
# Members read to find what they share (a campaign of ten thousand needs no more).
_SAMPLE = 64


def _keys(text: str) -> set[str]:
    """The matching keys of ``text``'s sentences (:func:`consultagg.dedup.campaigns._sentence_keys`), each also
    without the clause of who writes before its request."""
    keys = _sentence_keys(text)
    return set(keys) | {k for sentence in keys.values() if (k := _DROP.sub("", _without_own_lead(sentence)))}


def common_text(representative: str, members: list[str]) -> str:
    """The sentences of ``representative`` (each without the clause of who writes before its request) that
    at least half of ``members`` (the first :data:`_SAMPLE`) hold; the representative when none is shared."""
    sample = members[:_SAMPLE]
    held = [_keys(m) for m in sample]
    kept = []
    for s in _SENTENCE.findall(representative):
        for piece in (s, _without_own_lead(s)):
            key = _DROP.sub("", nfkc(piece)).lower()
            if key and 2 * sum(key in h for h in held) >= len(held):
                kept.append(piece.strip())
                break
    return "".join(kept) or representative
