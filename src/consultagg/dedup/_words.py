"""The verifier's word tables: which words carry no request, read from jieba's dictionary.

>>> function_words_only("就是说"), function_words_only("增加")
(True, False)
>>> a, b = "请尽快公布收费标准", "请尽快公开收费标准"
>>> synonyms_swapped(a, 4, 5, b, 4, 5)
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


# Words a writer puts for one another without asking for anything else (提高补贴 / 增加补贴, 公布 / 公开):
# each group says one thing. Only words of one meaning in a request are listed: 设置 / 设立, 加快 /
# 加强 and the like say different things and are not.
_SYNONYM_GROUPS = (
    ("增加", "提高", "提升", "上调", "增大", "加大"),  # more of an amount
    ("增加", "增设", "新增", "增建", "加设"),  # more of a thing
    ("减少", "降低", "下调", "减小", "减低"),
    ("公布", "公开"),
    ("尽快", "尽早", "早日", "抓紧"),
    ("马上", "立即", "立刻"),
    ("安装", "加装"),
    ("修建", "兴建", "建设"),
    ("环保部门", "生态环境部门", "环境保护部门"),
    ("环保局", "生态环境局", "环境保护局"),
    ("老人", "老年人"),
    ("孩子", "小孩", "儿童"),
    ("电动车", "电动自行车", "电瓶车"),
)


def _occurrences(text: str, lo: int, hi: int):
    """(group, start, end) of every listed word of ``text`` that covers ``text[lo:hi]``."""
    for g, words in enumerate(_SYNONYM_GROUPS):
        for w in words:
            for start in range(max(0, hi - len(w)), lo + 1):
                if text.startswith(w, start) and start + len(w) >= hi:
                    yield g, start, start + len(w)


def synonyms_swapped(ra: str, i1: int, i2: int, rb: str, j1: int, j2: int) -> bool:
    """Whether the change ``ra[i1:i2]`` → ``rb[j1:j2]`` puts one word of a synonym group for another
    (the characters aligned beside the change are the same on both sides)."""
    if not (0 < i2 - i1 <= 6 and 0 < j2 - j1 <= 6):
        return False
    for ga, a0, a1 in _occurrences(ra, i1, i2):
        for gb, b0, b1 in _occurrences(rb, j1, j2):
            if ga == gb and ra[a0:a1] != rb[b0:b1] and ra[a0:i1] == rb[b0:j1] and ra[i2:a1] == rb[j2:b1]:
                return True
    return False
