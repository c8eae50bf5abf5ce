"""jieba's own dictionary, read once per process and shared.

Reading jieba's dictionary takes about 0.7 s (the prefix dictionary from its cache) and its parts
of speech about 0.6 s (``dict.txt`` again). The segmenter, the duplicate verifier's tagger and topic
naming each need them; read once here, a process that uses all three pays once. Everything shared
is read-only: a tokenizer that is given words of its own gets a copy (:func:`tokenizer_copy`).

Private tokenizers, never ``jieba.dt``: words a user adds to jieba's global tokenizer in a notebook
do not change what consultagg finds.

Examples
--------
>>> word_tags()["医院"]
'n'
>>> [(w, t) for w, t in pos_tagger().lcut("建议增加公交站")]
[('建议', 'n'), ('增加', 'v'), ('公交站', 'n')]
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

__all__ = ["pos_tagger", "standard_tokenizer", "tokenizer_copy", "word_tags"]

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
    import sys

    if "jieba.posseg" not in sys.modules:
        # importing jieba.posseg reads the tags into its default tagger: taken from there, as read
        # (no words of a user's can be in them yet), rather than read a second time
        import jieba.posseg

        return MappingProxyType(dict(jieba.posseg.dt.word_tag_tab))
    tags: dict[str, str] = {}
    with standard_tokenizer().get_dict_file() as fh:
        for line in fh:
            parts = line.decode("utf-8").split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return MappingProxyType(tags)


@lru_cache(maxsize=1)
def pos_tagger():
    """``jieba.posseg.POSTokenizer`` on :func:`standard_tokenizer` with :func:`word_tags`, built
    without reading the dictionary again."""
    from jieba.posseg import POSTokenizer

    tagger = POSTokenizer.__new__(POSTokenizer)  # its __init__ would read dict.txt once more
    tagger.tokenizer = standard_tokenizer()
    tagger.word_tag_tab = dict(word_tags())
    return tagger
