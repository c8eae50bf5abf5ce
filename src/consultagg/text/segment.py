"""Chinese word segmentation with an owned jieba tokenizer.

jieba's default instance is module-global and holds an RLock, so it can neither be shared safely
between callers with different dictionaries nor pickled. :class:`JiebaSegmenter` owns its own
``jieba.Tokenizer``, adds the policy-domain dictionary shipped in ``consultagg/data`` and drops the
tokenizer when pickled (it is rebuilt lazily on first use).

Words come from jieba's accurate mode with its HMM for unknown words, computed by
:class:`consultagg.text._fastcut.FastCut`: the same words as ``Tokenizer.lcut(text, HMM=True)`` in about
half the time (one dictionary lookup per prefix step, no logarithm while cutting, an unrolled
Viterbi pass).

Token policy
------------
Matching needs the same text to give the same tokens wherever it appears, so a few kinds of
strings are recognised by pattern *before* jieba sees the text, and never cut by it:

* **Masked place codes** (``A市``, ``A3区``, ``B12县``, ``K7镇``) are one token each and are always
  kept (they are content: topics and dedup decide what to do with places). A two-character name
  directly followed by a single 省/市/县 that jieba left apart (``沙湖`` + ``市``) is joined back
  (``沙湖市``), so masked and unmasked names of the same kind come out alike (``西地省``).
* **Dates and times** (``2020年3月5日``, ``二〇三五年``, ``3月5日``, ``2012/4/16``, ``15:28:02``),
  **numbers** (``1300``, ``12.5%``) and **structural references** (``第三节``, ``第12条``) are one
  token each. They say where or when, not what, so they are dropped unless ``keep_numbers=True``,
  in which case they are kept whole (``2020年3月5日``, never ``2020`` + ``年`` + …).
* Numbers inside Latin words stay with them (``PM2.5``, ``5G``), full-width letters and digits are
  folded to ASCII first (``ＰＭ２．５`` gives ``PM2.5``), and punctuation and whitespace are dropped.

Parallel use
------------
:meth:`JiebaSegmenter.segment_many` splits large inputs into chunks of similar size and runs them
through :class:`joblib.Parallel`, so any joblib backend applies: processes by default, or a Dask
cluster with ``joblib.parallel_config(backend="dask")``. A worker builds the tokenizer for given
dictionary words once and reuses it for every chunk it receives (a small per-process memo keyed by
the words). Results can go through a cache keyed by a hash of the segmenter's parameters and the
text: a dict, or a file path that is read before and written after.

Examples
--------
>>> from consultagg import JiebaSegmenter
>>> seg = JiebaSegmenter()
>>> "碳达峰" in seg("推动碳达峰碳中和工作")
True
>>> seg("A市A3区2021年3月整治第三节的黑臭水体")
['A市', 'A3区', '整治', '黑臭水体']
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache

from sklearn.base import BaseEstimator

from consultagg.data import read_lines
from consultagg.progress import stage
from consultagg.text._fastcut import FastCut
from consultagg.text.dictionary import tokenizer_copy
from consultagg.text._stateless import StatelessTextMixin

__all__ = ["JiebaSegmenter", "load_domain_words", "load_stopwords"]

_CJK = re.compile(r"[\u3400-\u9fff]")
# A jieba token is kept when it has a CJK character or a Latin letter (PM2.5, 5G, APP).
_KEEP = re.compile(r"[\u3400-\u9fffA-Za-z]")
_CN_NUM = "一二三四五六七八九十百千零〇两"
# Recognised before jieba so they are one token wherever they occur; see the module docstring.
# The leading lookahead lets the engine skip most positions cheaply (a third of the cost otherwise).
_SPECIAL = re.compile(
    r"(?=[A-Z\d第]|[一二][〇○零九])(?:(?P<place>(?<![A-Za-z0-9])[A-Z]\d{0,3}[省市区县镇乡村](?![场域]))"
    r"|(?P<num>"
    rf"第[{_CN_NUM}\d]+(?:部分|[篇章节条款项目页行段])"
    r"|[一二][〇○零九][〇○零一二三四五六七八九]{2}年(?:[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)?"
    r"|(?<![A-Za-z0-9.])(?:"
    r"\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?"
    r"|\d{1,2}月\d{1,2}[日号]"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d+(?:[.,]\d+)*[%‰]?"
    r")(?![A-Za-z0-9])))")
_PLACE_SUFFIX = frozenset("省市县")
_TWO_CJK = re.compile(r"^[\u3400-\u9fff]{2}$")
# Full-width ASCII (ＰＭ２．５) to half-width so it segments like the ASCII form.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")  # folding matters only then
_HAS_SUFFIX = re.compile("[省市县]")
# Separators for results passed between processes and stored in caches: one str per text is much
# cheaper to pickle and hash than a list of many short strings. Neither survives tokenisation.
_SEP_TOKEN, _SEP_TEXT = "\x1f", "\x1e"
# Below this many characters of fresh text, worker start-up costs more than it saves.
_PARALLEL_MIN_CHARS = 200_000
_CACHE_FORMAT = 1


@lru_cache(maxsize=None)
def load_domain_words() -> tuple[str, ...]:
    """Policy-domain words shipped with the package (十四五, 碳达峰, 河湖长制 …).

    >>> "河湖长制" in load_domain_words()
    True
    """
    return tuple(read_lines("domain_words.txt"))


@lru_cache(maxsize=None)
def load_stopwords() -> frozenset[str]:
    """Stopwords: function words plus consultation boilerplate (建议, 意见, 问题 …).

    >>> "建议" in load_stopwords()
    True
    """
    return frozenset(read_lines("stopwords.txt"))


BACKENDS = ("jieba", "rjieba")
_JOINED_LATIN = re.compile(r"[A-Za-z0-9][.\-_@:/][A-Za-z0-9]")
_RJIEBA_HINT = ('backend="rjieba" needs the rjieba package: pip install "consultagg[fast]" '
                "(or pip install rjieba)")


class RustCut:
    """Callable ``text -> list of words`` from rjieba (jieba's algorithm in Rust), same dictionary.

    rjieba is given jieba's dictionary words with the frequencies the reference tokenizer holds
    after the domain words were added, so both cut with the same word list; the words of a text can
    still differ where the two implementations break ties or run the HMM differently.
    ``tokenizer`` is the reference ``jieba.Tokenizer`` (for :meth:`JiebaSegmenter.is_word`).
    """

    def __init__(self, tokenizer, words: tuple[str, ...]):
        try:
            import rjieba
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(_RJIEBA_HINT) from exc
        tokenizer.check_initialized()
        self.tokenizer = tokenizer
        self._rust = rjieba.Jieba()  # rjieba's shipped dictionary is jieba's
        freq = tokenizer.FREQ
        for w in words:
            if freq.get(w):
                self._rust.add_word(w, int(freq[w]), None)
        self._cut = self._rust.cut
        self._reference = None  # jieba's cut, for the rare Latin word rjieba keeps whole

    def __call__(self, sentence: str) -> list[str]:
        words = self._cut(sentence, True)
        if not _JOINED_LATIN.search(sentence):
            return words
        # rjieba keeps baidu.com and hldr-50p whole where jieba cuts them: cut those as jieba does
        if self._reference is None:
            self._reference = FastCut(self.tokenizer)
        out: list[str] = []
        for w in words:
            out.extend(self._reference(w) if _JOINED_LATIN.search(w) else (w,))
        return out


def _build_tokenizer(words: tuple[str, ...], backend: str = "jieba"):
    tok = tokenizer_copy()  # jieba's dictionary, read once per process
    for w in words:
        tok.add_word(w, freq=None)
    if backend == "rjieba":
        return RustCut(tok, words)
    # jieba's accurate mode with HMM, computed with fewer Python operations; same words.
    return FastCut(tok)


# A per-process memo of built cutters, keyed by the dictionary's words: loading jieba's dictionary
# takes about 0.6 s, longer than analysing a small consultation, so every segmenter of a process
# (and every worker, once, not once per chunk) shares the cutter for its words. A cutter is never
# changed after it is built (no add_word afterwards), so sharing it across segmenters and threads
# is safe; segmenters with other user words get their own.
_shared_tokenizer = lru_cache(maxsize=4)(_build_tokenizer)
# Two threads asking for a new dictionary's cutter at once build it once.
_BUILD_LOCK = threading.Lock()


class JiebaSegmenter(StatelessTextMixin, BaseEstimator):
    """Segment Chinese text into words with a private jieba tokenizer.

    Parameters
    ----------
    user_words : iterable of str, default=()
        Extra words to add to the dictionary (on top of the shipped domain words).
    stopwords : iterable of str or None, default=None
        Words to drop. ``None`` uses the shipped list; pass ``()`` to keep every word.
    keep_numbers : bool, default=False
        Keep numbers, dates and structural references (``第三节``) as single tokens.
    domain_words : bool, default=True
        Load the shipped policy-domain dictionary.
    backend : {"jieba", "rjieba"}, default="jieba"
        ``"jieba"`` cuts as ``jieba.Tokenizer.lcut(text, HMM=True)`` does (the reference: the same
        words on every machine). ``"rjieba"`` uses the Rust implementation (extra ``fast``) with the
        same dictionary: many times faster, and the same words for almost every text but not for
        all (agreement measured in docs/measurements.md). The backend is part of
        :meth:`fingerprint`, so a segmentation cache never mixes them.

    Notes
    -----
    Nothing is learnt: ``fit`` returns the segmenter as it is and ``transform`` segments (a
    stateless scikit-learn transformer). One segmenter can serve several threads.

    Examples
    --------
    >>> seg = JiebaSegmenter(user_words=["月牙湖湿地公园"])
    >>> seg("加快A3区老旧小区改造，保护月牙湖湿地公园")
    ['加快', 'A3区', '老旧小区改造', '保护', '月牙湖湿地公园']
    >>> JiebaSegmenter(keep_numbers=True)("2020年3月5日以来增长12.5%")
    ['2020年3月5日', '以来', '增长', '12.5%']
    """

    def __init__(self, user_words: Iterable[str] = (), stopwords: Iterable[str] | None = None,
                 *, keep_numbers: bool = False, domain_words: bool = True, backend: str = "jieba"):
        self.user_words = tuple(user_words)
        self.stopwords = None if stopwords is None else tuple(stopwords)
        self.keep_numbers = keep_numbers
        self.domain_words = domain_words
        self.backend = backend

    # Built on first use from the parameters (never in __init__), dropped when they change:
    # the tokenizer, jieba token -> kept form memos (tokens repeat, so a dict lookup replaces the
    # checks for all but the first occurrence), the fingerprint and the stopword set.
    _CACHES = ("_tokenizer", "_memo", "_fingerprint", "_stop")

    def _reset(self) -> None:
        for name in self._CACHES:
            self.__dict__.pop(name, None)

    # -- scikit-learn --------------------------------------------------------------------------
    def set_params(self, **params) -> "JiebaSegmenter":
        for key in ("user_words", "stopwords"):
            if params.get(key) is not None:
                params[key] = tuple(params[key])
        super().set_params(**params)
        self._reset()
        return self

    def fit(self, X=None, y=None) -> "JiebaSegmenter":
        """Nothing to learn: returns the segmenter."""
        return self

    def transform(self, X: Sequence[str]) -> list[list[str]]:
        """Content words per text (:meth:`segment_many`)."""
        return self.segment_many(list(X))

    # -- pickling: the tokenizer holds an RLock, rebuild it lazily --------------------------
    def __getstate__(self) -> dict:
        state = super().__getstate__()
        for name in self._CACHES:
            state.pop(name, None)
        return state

    def __repr__(self) -> str:
        return (f"JiebaSegmenter(user_words={len(self.user_words)} words, "
                f"stopwords={'default' if self.stopwords is None else len(self.stopwords)}, "
                f"keep_numbers={self.keep_numbers}, domain_words={self.domain_words}"
                + (f", backend={self.backend!r})" if self.backend != "jieba" else ")"))

    @property
    def stopword_set(self) -> frozenset[str]:
        """The words :meth:`__call__` drops."""
        stop = self.__dict__.get("_stop")
        if stop is None:
            stop = self._stop = load_stopwords() if self.stopwords is None else frozenset(self.stopwords)
        return stop

    def _dictionary_words(self) -> tuple[str, ...]:
        return (load_domain_words() if self.domain_words else ()) + self.user_words

    def fingerprint(self) -> str:
        """A hash of everything that decides the tokens (parameters, shipped word lists).

        Cache keys include it, so one cache can serve segmenters with different settings.
        """
        if self.__dict__.get("_fingerprint") is None:
            h = hashlib.blake2b(digest_size=16)
            for part in (self._dictionary_words(), sorted(self.stopword_set), (self.keep_numbers,),
                         (_SPECIAL.pattern,)):
                h.update(repr(part).encode("utf-8"))
            if self.backend != "jieba":  # the reference backend keeps the fingerprints caches hold
                h.update(f"backend={self.backend}".encode("ascii"))
            self._fingerprint = h.hexdigest()
        return self._fingerprint

    def _get_tokenizer(self):
        tokenizer = self.__dict__.get("_tokenizer")
        if tokenizer is None:
            with _BUILD_LOCK:
                if self.backend not in BACKENDS:
                    raise ValueError(f"backend must be one of {BACKENDS}, got {self.backend!r}")
                tokenizer = self._tokenizer = _shared_tokenizer(self._dictionary_words(), self.backend)
        return tokenizer

    # -- segmentation ------------------------------------------------------------------------
    def _memos(self) -> tuple[dict, dict]:
        if self.__dict__.get("_memo") is None:
            stop = self.stopword_set

            def kept(w):  # jieba token -> token or None (punctuation, whitespace, bare symbols)
                w = w.strip()
                return w if w and _KEEP.search(w) else None

            def content(w):  # ... and not a stopword nor a single Latin letter
                w = kept(w)
                return w if w and w not in stop and not (len(w) == 1 and not _CJK.match(w)) else None

            self._memo = (_Memo(kept), _Memo(content))
        return self._memo

    def _segment(self, tok, text: str, content: bool) -> list[str]:
        """Tokens of ``text`` under the module's token policy; content words only if ``content``."""
        if not text:
            return []
        if _FULLWIDTH.search(text):
            text = text.translate(_FOLD)
        raw, memo_content = self._memos()
        memo = memo_content if content else raw
        stop = self.stopword_set if content else ()
        out: list[str] = []
        keep_numbers = self.keep_numbers
        pos = 0
        for m in _SPECIAL.finditer(text):
            if m.start() > pos:
                self._cut(tok, text[pos:m.start()], out, memo, raw, stop)
            w = m.group()
            if (m.lastgroup == "place" or keep_numbers) and w not in stop and (
                    len(w) > 1 or _CJK.match(w) or not content):
                out.append(w)
            pos = m.end()
        if pos < len(text):
            self._cut(tok, text[pos:], out, memo, raw, stop)
        return out

    @staticmethod
    def _cut(tok, piece: str, out: list[str], memo: "_Memo", raw: "_Memo", stop) -> None:
        words = tok(piece)
        if not _HAS_SUFFIX.search(piece):  # the common case: one C-level pass through the memo
            out.extend(filter(None, map(memo.__getitem__, words)))
            return
        merged: list[str] = []
        for w in filter(None, map(raw.__getitem__, words)):
            # 沙湖 + 市 -> 沙湖市: a place name jieba did not know.
            if w in _PLACE_SUFFIX and merged and _TWO_CJK.match(merged[-1]) and merged[-1] not in _NOT_NAME:
                merged[-1] += w
            else:
                merged.append(w)
        if stop or memo is not raw:
            merged = [w for w in merged if memo[w] is not None]
        out.extend(merged)

    def tokens(self, text: str) -> list[str]:
        """All words including stopwords (punctuation and whitespace removed).

        >>> JiebaSegmenter().tokens("建议在沙湖市推进河湖长制")
        ['建议', '在', '沙湖市', '推进', '河湖长制']
        """
        return self._segment(self._get_tokenizer(), text, False) if text else []

    def is_word(self, word: str) -> bool:
        """Whether ``word`` is in the dictionary (jieba's, the shipped domain words, ``user_words``).

        >>> seg = JiebaSegmenter()
        >>> seg.is_word("养猪"), seg.is_word("己停")
        (True, False)
        """
        return bool(self._get_tokenizer().tokenizer.FREQ.get(word))

    def _content(self, tok, text: str) -> list[str]:
        return self._segment(tok, text, True)

    def __call__(self, text: str) -> list[str]:
        """Content words of ``text``: tokens minus stopwords and single Latin letters."""
        return self._content(self._get_tokenizer(), text) if text else []

    def segment_many(self, texts: Sequence[str], *, n_jobs: int = 1,
                     cache: dict | str | os.PathLike | None = None) -> list[list[str]]:
        """Content words of many texts, optionally in parallel and through a cache.

        Parameters
        ----------
        texts : sequence of str
        n_jobs : int, default=1
            Workers through :class:`joblib.Parallel` (``-1`` for all cores). Any joblib backend
            applies, e.g. a Dask cluster inside ``joblib.parallel_config(backend="dask")``. Inputs
            with less than about 200,000 characters of uncached text run in this process.
        cache : dict, str, path-like or None
            A dict filled with new results, keyed by a hash of :meth:`fingerprint` and the text;
            or the path of a cache file, read first when it exists and rewritten with new results
            (a pickle: point it only at files this method wrote).

        Returns
        -------
        list of list of str
            ``[self(t) for t in texts]``; each distinct uncached text is segmented once.

        Examples
        --------
        >>> seg = JiebaSegmenter()
        >>> store = {}
        >>> seg.segment_many(["保护黄河水质", "推进河湖长制", "保护黄河水质"], cache=store)
        [['保护', '黄河', '水质'], ['河湖长制'], ['保护', '黄河', '水质']]
        >>> len(store)
        2
        """
        texts = ["" if t is None else str(t) for t in texts]
        path = None
        if isinstance(cache, (str, os.PathLike)):
            path, cache = os.fspath(cache), _load_cache(cache)
        prefix = self.fingerprint().encode("ascii")
        keys = [hashlib.blake2b(prefix + t.encode("utf-8", "surrogatepass"), digest_size=16).digest()
                for t in texts]
        fresh: dict[bytes, int] = {}  # each distinct uncached text once
        for i, k in enumerate(keys):
            if (cache is None or k not in cache) and k not in fresh:
                fresh[k] = i
        order = list(fresh.values())
        decoded: dict[bytes, list[str]] = {}  # token lists already built while workers ran
        n_chars = sum(len(texts[i]) for i in order)
        with stage("分词", total=len(order), announce=False) as bar:
            if not order:
                done = []
            elif n_jobs == 1 or n_chars < _PARALLEL_MIN_CHARS:
                tok = self._get_tokenizer()
                done = []
                for start in range(0, len(order), 2000):
                    chunk = order[start:start + 2000]
                    done += [_SEP_TOKEN.join(self._content(tok, texts[i])) for i in chunk]
                    bar.update(len(chunk))
            else:
                done, lists = self._parallel([texts[i] for i in order], n_jobs, n_chars, bar)
                decoded = dict(zip(fresh, lists))
        new = dict(zip(fresh, done))
        lookup = new
        if cache is not None:
            cache.update(new)
            lookup = cache
            if path is not None and new:
                _save_cache(path, cache)
        # A text seen twice gets its own list the second time (callers may change the lists).
        return [lst if (lst := decoded.pop(k, None)) is not None else _decode(lookup[k]) for k in keys]

    def _parallel(self, texts: list[str], n_jobs: int, n_chars: int, bar) -> tuple[list[str], list[list[str]]]:
        from joblib import Parallel, delayed, effective_n_jobs

        workers = max(1, effective_n_jobs(n_jobs))
        # Many chunks per worker keep both busy to the end (the last chunk is short); every
        # worker builds its tokenizer once, so a chunk costs little beyond its texts.
        target = max(50_000, n_chars // (12 * workers) + 1)
        chunks, cur, size = [], [], 0
        for t in texts:
            cur.append(t)
            size += len(t)
            if size >= target:
                chunks.append(cur)
                cur, size = [], 0
        if cur:
            chunks.append(cur)
        parts = Parallel(n_jobs=n_jobs, batch_size=1, return_as="generator")(
            delayed(_segment_chunk)(self, c) for c in chunks)
        # Decode each chunk as it arrives, while the workers go on with the next ones.
        strings, lists = [], []
        for part in parts:
            pieces = part.split(_SEP_TEXT)
            strings += pieces
            lists += [_decode(s) for s in pieces]
            bar.update(len(pieces))
        return strings, lists


# Two-character words that end a phrase before 省/市/县 without naming a place (全省 is one word).
_NOT_NAME = frozenset("我们 你们 他们 咱们 这个 那个 整个 每个 所在 当地 本地 外地 周边 附近 以及 或者 "
                      "所有 各个 相关 有关 其他 其它 城乡 省市 地市 区县 市县".split())


class _Memo(dict):
    """A dict that computes and stores missing values with ``func``."""

    def __init__(self, func):
        super().__init__()
        self.func = func

    def __missing__(self, key):
        value = self[key] = self.func(key)
        return value


def _decode(joined: str) -> list[str]:
    # Interning shares one string per distinct word: token lists of a large corpus take a
    # fraction of the memory (tens of millions of tokens, a vocabulary of some 100,000).
    return list(map(sys.intern, joined.split(_SEP_TOKEN))) if joined else []


def _segment_chunk(segmenter: JiebaSegmenter, texts: list[str]) -> str:
    # A pickled copy in a worker process has none: it reuses this process's tokenizer.
    tok = segmenter._get_tokenizer()
    return _SEP_TEXT.join(_SEP_TOKEN.join(segmenter._content(tok, t)) for t in texts)


def _load_cache(path) -> dict:
    try:
        with open(path, "rb") as f:
            data = pickle.load(f)
    except FileNotFoundError:
        return {}
    if not isinstance(data, dict) or data.get("format") != _CACHE_FORMAT:
        return {}  # an older layout: start afresh rather than return wrong tokens
    return data["entries"]


def _save_cache(path: str, entries: dict) -> None:
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "wb") as f:
        pickle.dump({"format": _CACHE_FORMAT, "entries": entries}, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)  # readers never see a half-written file
