"""The verifier's word tables: which words carry no request, read from jieba's dictionary.

>>> function_words_only("就是说"), function_words_only("增加")
(True, False)
>>> a, b = "建议提高护理员补贴", "建议增加护理员补贴"
>>> synonyms_swapped(a, 2, 4, b, 2, 4)
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from consultagg.text.dictionary import word_tags
from consultagg.text.segment import JiebaSegmenter

__all__ = ["dictionary", "function_words_only", "load_dictionaries", "synonyms_swapped"]

_CJK = re.compile(r"[\u3400-\u9fff]")

# Parts of speech that carry no request (jieba's tags): adverbs, pronouns, particles, prepositions,
# conjunctions, modal particles, interjections, onomatopoeia, measure words; and modal verbs.
_FUNCTION_TAGS = frozenset({"d", "r", "u", "uj", "ul", "uz", "ug", "uv", "ud", "p", "c", "y", "e", "o", "zg", "x", "q",
                            "ad", "f", "a"})
_MODAL = frozenset("能够 能 可以 要 想 是 就是 就是说 说 还是 确实 到底 其实 主要 认为 觉得 想说 看 话 相应 大力 全面 力度 "
                   "有效 一块 这块 等等 等".split())

_DOTS = frozenset(".．…")


def _tag(word: str, tags) -> str | None:
    """A word's part of speech in jieba's dictionary (None: a word it does not know, as content);
    Latin ``eng``, dots ``m``, other symbols ``x``, as jieba's tagger gives them."""
    if _CJK.search(word):
        return tags.get(word)
    return "eng" if word.isalnum() else "m" if set(word) <= _DOTS else "x"


def load_dictionaries() -> None:
    """Read the dictionaries the verifier uses now: processes forked after it share them rather
    than each reading them again (about 1.3 s of CPU per process)."""
    word_tags()
    dictionary()._get_tokenizer()


def function_words_only(span: str) -> bool:
    """Whether every word of ``span`` is a function word or a modal verb (no noun, verb or
    adjective of content, no number). Words cut as the segmenter cuts them, tagged from jieba's
    dictionary: its tagger's HMM tables are not loaded (about 1.4 s of a cold start)."""
    if any(c.isdigit() for c in span):
        return False
    tags = word_tags()
    return all(w in _MODAL or _tag(w, tags) in _FUNCTION_TAGS for w in dictionary()._get_tokenizer()(span))


@lru_cache(maxsize=1)
def dictionary():
    return JiebaSegmenter(stopwords=())


# Words a writer puts for one another without asking for anything else that belong to two groups
# (增加: more of an amount, 提高补贴; more of a thing, 增设停车位), which the one-word-per-line table
# of ``data/synonyms.txt`` cannot hold: 提高 / 增设 say different things (提高收费标准 / 新增收费标准).
_SYNONYM_GROUPS = (
    ("增加", "提高", "提升", "上调", "调高", "调增", "增大"),  # more of an amount
    ("降低", "下调", "调低", "调减", "减少"),  # less of an amount
    ("增加", "增设", "新增", "增建", "加设"),  # more of a thing
)


def _occurrences(text: str, lo: int, hi: int):
    """(group, start, end) of every listed word of ``text`` that covers ``text[lo:hi]``."""
    for g, words in enumerate(_SYNONYM_GROUPS):
        for w in words:
            for start in range(max(0, hi - len(w)), lo + 1):
                if text.startswith(w, start) and start + len(w) >= hi:
                    yield g, start, start + len(w)


def synonyms_swapped(ra: str, i1: int, i2: int, rb: str, j1: int, j2: int) -> bool:
    """Whether the change ``ra[i1:i2]`` → ``rb[j1:j2]`` puts one word of a group above for another
    (the characters aligned beside the change are the same on both sides)."""
    if not (0 < i2 - i1 <= 6 and 0 < j2 - j1 <= 6):
        return False
    for ga, a0, a1 in _occurrences(ra, i1, i2):
        for gb, b0, b1 in _occurrences(rb, j1, j2):
            if ga == gb and ra[a0:a1] != rb[b0:b1] and ra[a0:i1] == rb[b0:j1] and ra[i2:a1] == rb[j2:b1]:
                return True
    return False
