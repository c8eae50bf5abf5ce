"""The verifier's word tables: which words carry no request, read from jieba's dictionary.

>>> function_words_only("就是说"), function_words_only("增加")
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from consultagg.text.dictionary import word_tags
from consultagg.text.segment import JiebaSegmenter

__all__ = ["dictionary", "function_words_only", "load_dictionaries"]

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
