"""jieba's own dictionary, read once per process and shared.

Reading jieba's dictionary takes about 0.7 s (the prefix dictionary from its cache) and its parts
of speech about 0.6 s (``dict.txt`` again). The segmenter, the duplicate verifier and topic naming
each need them; read once here, a process that uses all three pays once. (jieba's own tagger,
``jieba.posseg``, is not used: importing it loads its HMM tables, about 1.4 s.) Everything shared
is read-only: a tokenizer that is given words of its own gets a copy (:func:`tokenizer_copy`).

Private tokenizers, never ``jieba.dt``: words a user adds to jieba's global tokenizer in a notebook
do not change what consultagg finds.

Examples
--------
>>> word_tags()["医院"]
'n'
>>> tok = tokenizer_copy()
>>> tok.add_word("河湖长制")
>>> "河湖长制" in standard_tokenizer().FREQ
False
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

__all__ = ["standard_tokenizer", "tokenizer_copy", "word_tags"]

_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _standard():
    import jieba

    jieba.setLogLevel(logging.WARNING)  # no dictionary chatter on stderr
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


def standard_tokenizer():
    """A ``jieba.Tokenizer`` holding jieba's own dictionary, shared by the process: never add words to it."""
    with _LOCK:  # two threads asking at once read the dictionary once
        return _standard()


def tokenizer_copy():
    """A new ``jieba.Tokenizer`` with jieba's own dictionary, copied rather than read again."""
    import jieba

    base = standard_tokenizer()
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total = dict(base.FREQ), base.total
    tok.initialized = True
    return tok


@lru_cache(maxsize=1)
def word_tags() -> Mapping[str, str]:
    """Part-of-speech tag per word of jieba's dictionary (read once, read-only)."""
    tags: dict[str, str] = {}
    with standard_tokenizer().get_dict_file() as fh:
        for line in fh:
            parts = line.decode("utf-8").split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return MappingProxyType(tags)
