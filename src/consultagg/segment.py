"""Chinese word segmentation with an owned jieba tokenizer.

jieba's default instance is module-global and holds an RLock, so it can neither be shared safely
between callers with different dictionaries nor pickled. :class:`JiebaSegmenter` owns its own
``jieba.Tokenizer``, adds the policy-domain dictionary shipped in ``consultagg/data`` and drops the
tokenizer when pickled (it is rebuilt lazily on first use).

Examples
--------
>>> from consultagg import JiebaSegmenter
>>> seg = JiebaSegmenter()
>>> "碳达峰" in seg("推动碳达峰碳中和工作")
True
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

__all__ = ["JiebaSegmenter", "load_domain_words", "load_stopwords"]

_CJK = re.compile(r"[\u3400-\u9fff]")
# A token is kept when it has a CJK character or is a Latin word / masked place name (A3区 kept
# whole by the domain rule below); bare numbers, punctuation and whitespace are dropped.
_KEEP = re.compile(r"[\u3400-\u9fffA-Za-z]")
_NUMBER = re.compile(r"^[\d.%％,，:：/\-年月日号]+$")
# Masked or real place codes such as A市, A3区, B12县 stay one token.
_PLACE_CODE = re.compile(r"[A-Z]\d{0,3}[省市区县镇乡村]")


def _read_lines(name: str) -> list[str]:
    text = resources.files("consultagg.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=None)
def load_domain_words() -> tuple[str, ...]:
    """Policy-domain words shipped with the package (十四五, 碳达峰, 河湖长制 …)."""
    return tuple(_read_lines("domain_words.txt"))


@lru_cache(maxsize=None)
def load_stopwords() -> frozenset[str]:
    """Stopwords: function words plus consultation boilerplate (建议, 意见, 问题 …)."""
    return frozenset(_read_lines("stopwords.txt"))


class JiebaSegmenter:
    """Segment Chinese text into words with a private jieba tokenizer.

    Parameters
    ----------
    user_words : iterable of str, default=()
        Extra words to add to the dictionary (on top of the shipped domain words).
    stopwords : iterable of str or None, default=None
        Words to drop. ``None`` uses the shipped list; pass ``()`` to keep every word.
    keep_numbers : bool, default=False
        Keep pure numbers and dates as tokens.
    domain_words : bool, default=True
        Load the shipped policy-domain dictionary.

    Examples
    --------
    >>> seg = JiebaSegmenter(user_words=["老旧小区改造"])
    >>> seg("加快A3区老旧小区改造")
    ['加快', 'A3区', '老旧小区改造']
    """

    def __init__(self, user_words: Iterable[str] = (), stopwords: Iterable[str] | None = None,
                 *, keep_numbers: bool = False, domain_words: bool = True):
        self.user_words = tuple(user_words)
        self.stopwords = None if stopwords is None else tuple(stopwords)
        self.keep_numbers = keep_numbers
        self.domain_words = domain_words
        self._tokenizer = None
        self._lock = threading.Lock()

    # -- scikit-learn style parameter access ------------------------------------------------
    def get_params(self, deep: bool = True) -> dict:
        return {"user_words": self.user_words, "stopwords": self.stopwords,
                "keep_numbers": self.keep_numbers, "domain_words": self.domain_words}

    def set_params(self, **params) -> "JiebaSegmenter":
        for key, value in params.items():
            setattr(self, key, value)
        self._tokenizer = None
        return self

    # -- pickling: the tokenizer holds an RLock, rebuild it lazily --------------------------
    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_tokenizer"] = None
        state["_lock"] = None
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return (f"JiebaSegmenter(user_words={len(self.user_words)} words, "
                f"stopwords={'default' if self.stopwords is None else len(self.stopwords)})")

    @property
    def stopword_set(self) -> frozenset[str]:
        return load_stopwords() if self.stopwords is None else frozenset(self.stopwords)

    def _get_tokenizer(self):
        if self._tokenizer is None:
            with self._lock:
                if self._tokenizer is None:
                    import jieba

                    jieba.setLogLevel(logging.WARNING)
                    tok = jieba.Tokenizer()
                    words = (load_domain_words() if self.domain_words else ()) + self.user_words
                    for w in words:
                        tok.add_word(w, freq=None)
                    tok.initialize()
                    self._tokenizer = tok
        return self._tokenizer

    def tokens(self, text: str) -> list[str]:
        """All words including stopwords (punctuation and whitespace removed)."""
        if not text:
            return []
        tok = self._get_tokenizer()
        out: list[str] = []
        # Protect place codes such as A3区 from being split into "A3" + "区".
        pos = 0
        for m in _PLACE_CODE.finditer(text):
            out.extend(self._cut(tok, text[pos:m.start()]))
            out.append(m.group())
            pos = m.end()
        out.extend(self._cut(tok, text[pos:]))
        return out

    def _cut(self, tok, text: str) -> list[str]:
        result = []
        for w in tok.lcut(text, HMM=True):
            w = w.strip()
            if not w:
                continue
            if _KEEP.search(w):
                result.append(w)
            elif self.keep_numbers and _NUMBER.match(w):
                result.append(w)
        return result

    def __call__(self, text: str) -> list[str]:
        """Content words of ``text``: tokens minus stopwords and single Latin letters."""
        stop = self.stopword_set
        return [w for w in self.tokens(text) if w not in stop and not (len(w) == 1 and not _CJK.match(w))]

    def segment_many(self, texts: Sequence[str], *, n_jobs: int = 1,
                     cache: dict | None = None) -> list[list[str]]:
        """Segment many texts, optionally in parallel and through a cache keyed by text hash.

        Parameters
        ----------
        texts : sequence of str
        n_jobs : int, default=1
            Worker processes through joblib (so any joblib backend, Dask included, applies).
        cache : dict or None
            Mapping ``sha1(text) -> tokens``; filled with new results.
        """
        keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
        todo_idx = [i for i, k in enumerate(keys) if cache is None or k not in cache]
        # Segment each distinct text once.
        unique: dict[str, int] = {}
        for i in todo_idx:
            unique.setdefault(keys[i], i)
        order = list(unique.values())
        if n_jobs == 1 or len(order) < 2000:
            done = [self(texts[i]) for i in order]
        else:
            from joblib import Parallel, delayed

            n = max(1, len(order) // (4 * abs(n_jobs) if n_jobs > 0 else 8))
            chunks = [order[i:i + n] for i in range(0, len(order), n)]
            parts = Parallel(n_jobs=n_jobs)(delayed(_segment_chunk)(self, [texts[i] for i in c])
                                            for c in chunks)
            done = [toks for part in parts for toks in part]
        fresh = {keys[i]: toks for i, toks in zip(order, done)}
        if cache is not None:
            cache.update(fresh)
            lookup = cache
        else:
            lookup = fresh
        return [list(lookup[k]) for k in keys]


def _segment_chunk(segmenter: JiebaSegmenter, texts: list[str]) -> list[list[str]]:
    return [segmenter(t) for t in texts]
