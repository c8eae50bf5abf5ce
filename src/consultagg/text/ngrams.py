"""Character n-grams, the one copy the stages share."""

from __future__ import annotations

import re

__all__ = ["bigram_set", "cjk_bigrams"]

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


def bigram_set(text: str) -> set[str]:
    """The set of character pairs of ``text``; a text of one character is its own pair.

    Examples
    --------
    >>> sorted(bigram_set("排污口"))
    ['排污', '污口']
    >>> bigram_set("水")
    {'水'}
    """
    return {text[i:i + 2] for i in range(len(text) - 1)} if len(text) > 1 else {text}


def cjk_bigrams(text: str) -> list[str]:
    """Character pairs inside each run of Chinese characters, in order, repeats kept.

    Examples
    --------
    >>> cjk_bigrams("黄河 PM2.5 水质")
    ['黄河', '水质']
    """
    return [run[i:i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)]
