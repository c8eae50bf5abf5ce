"""Map opinions to sections of the draft plan.

Three ways in, tried in this order:

1. explicit references — ``第三章第二节``, ``P12``, ``表3-1``, ``36`` in a 章节 column — resolved
   against the plan (:func:`consultagg.plan.resolve_reference`); citations that follow another
   document's title (《某某办法》第三章) are left alone;
2. quoted original wording (“……”) fuzzy-matched to the section that contains it;
3. otherwise text similarity: TF-IDF over jieba words (two characters or more) and over the
   character bigrams inside them, between the opinion and each section's heading path, own text
   and its children's text; a parent gives way to a child that scores nearly as well.

Similarity scores are calibrated to [0, 1] on the plan itself: the plan's own sentences, each
left out of its section, serve as pseudo-opinions whose right answer is known, and a logistic
model maps (similarity, gap to the best section) to the chance of being right. Below
``min_score`` an opinion gets no section (总体/未定位).

Examples
--------
>>> from consultagg.plan import parse_plan
>>> from consultagg.sections import SectionMatcher
>>> plan = parse_plan("示例规划\\n第一章 水环境\\n1.黑臭水体治理。基本消除城市黑臭水体，加强排水管网建设。\\n"
...                   "2.饮用水安全。保护饮用水水源地，开展水源地规范化建设。\\n第二章 大气环境\\n"
...                   "3.臭氧污染防治。加强挥发性有机物治理，推进细颗粒物和臭氧协同控制。")
>>> m = SectionMatcher(plan, top_k=2)
>>> [[s.label for s, _ in row] for row in m.predict(["建议加快城市排水管网改造，消除黑臭水体",
...                                                 "第二章中臭氧协同控制的提法需调整"])]
[['1.'], ['第二章', '3.']]
"""

from __future__ import annotations

import re
import threading

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator

from .plan import Reference, match_quote, parse_references, reference_candidates
from .records import Plan, Section, SectionMatch

__all__ = ["SectionMatcher"]

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_SENTENCE = re.compile(r"[^。！？；;!?\n]+")


def _bigrams(text: str) -> list[str]:
    return [run[i:i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)]


def _counts(docs: list[list[str]], vocab: dict[str, int]) -> sp.csr_matrix:
    rows, cols = [], []
    for i, toks in enumerate(docs):
        for t in toks:
            j = vocab.get(t)
            if j is not None:
                rows.append(i)
                cols.append(j)
    data = np.ones(len(rows))
    m = sp.csr_matrix((data, (rows, cols)), shape=(len(docs), len(vocab)))
    m.sum_duplicates()
    return m


def _tfidf(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    m = counts.astype(float).tocsr(copy=True)
    m.data = (1.0 + np.log(np.maximum(m.data, 1e-12))) * idf[m.indices]
    m.eliminate_zeros()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.diags(1.0 / norms) @ m


class SectionMatcher(BaseEstimator):
    """Find the sections of a draft plan an opinion is about.

    Parameters
    ----------
    plan : Plan
        The parsed draft (:func:`consultagg.read_plan` / :func:`consultagg.plan.parse_plan`).
    top_k : int, default=3
        Candidates returned per opinion, best first.
    segmenter : callable or None, default=None
        ``text -> list of words``; ``None`` uses :class:`consultagg.segment.JiebaSegmenter`.
    min_score : float, default=0.35
        Calibrated score below which a candidate is dropped; an opinion left with none is
        总体/未定位 (an empty list).
    char_weight : float, default=0.75
        Share of the similarity that comes from character bigrams (the rest from words).
    leaf_ratio : float, default=0.85
        A parent section is dropped when one of its descendants scores at least this share of
        the parent's similarity: the more specific place wins when it is nearly as good.

    Attributes
    ----------
    sections_ : tuple of Section
    words_vocab_, chars_vocab_ : dict
    word_matrix_, char_matrix_ : scipy.sparse matrix
        L2-normalised TF-IDF rows, one per section.
    calibration_ : ndarray of shape (3,)
        Intercept and weights (similarity, gap to the best) of the logistic calibration.
    n_pseudo_ : int
        Pseudo-opinions (left-out plan sentences) the calibration was fitted on.

    Examples
    --------
    >>> from consultagg.plan import parse_plan
    >>> plan = parse_plan("一、总体要求\\n1.碳达峰行动。制定碳排放达峰行动方案，推动能源清洁低碳。\\n"
    ...                   "2.教育。推进义务教育优质均衡发展，发展普惠性学前教育。")
    >>> m = SectionMatcher(plan).fit()
    >>> best = m.predict_matches(["碳达峰行动方案应明确时间表"])[0][0]
    >>> best.section_id, best.method
    ('s1.1', 'similarity')
    """

    def __init__(self, plan: Plan | None = None, top_k: int = 3, *, segmenter=None,
                 min_score: float = 0.35, char_weight: float = 0.75, leaf_ratio: float = 0.85):
        self.plan = plan
        self.top_k = top_k
        self.segmenter = segmenter
        self.min_score = min_score
        self.char_weight = char_weight
        self.leaf_ratio = leaf_ratio

    def __repr__(self, N_CHAR_MAX=700) -> str:
        n = len(self.plan.sections) if isinstance(self.plan, Plan) else None
        return f"SectionMatcher(plan=<{n} sections>, top_k={self.top_k}, min_score={self.min_score})"

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state.pop("_fit_lock", None)
        return state

    # ------------------------------------------------------------------------------- fitting
    def fit(self, X=None, y=None) -> "SectionMatcher":
        """Index the plan's sections and calibrate the similarity scores.

        ``X`` and ``y`` are ignored (the plan is given to the constructor).
        """
        if not isinstance(self.plan, Plan):
            raise TypeError(f"plan must be a consultagg Plan, got {type(self.plan).__name__}")
        if not 0.0 <= self.char_weight <= 1.0:
            raise ValueError("char_weight must be within [0, 1]")
        if self.top_k < 1:
            raise ValueError("top_k must be at least 1")
        seg = self.segmenter
        if seg is None:
            from .segment import JiebaSegmenter

            seg = JiebaSegmenter()
        self.segmenter_ = seg
        secs = tuple(self.plan.sections)
        self.sections_ = secs
        self.index_ = {s.id: i for i, s in enumerate(secs)}
        self.parent_ = np.array([self.index_.get(s.parent_id, -1) for s in secs])
        self.descendants_ = [[] for _ in secs]
        for i in range(len(secs)):
            for j in self._chain(i)[1:]:
                self.descendants_[j].append(i)
        # The part each section contributes to itself and to every ancestor's document.
        own = [self._tokens(" ".join((s.title, s.title, s.text))) for s in secs]
        heads = [self._tokens(" ".join(t.split(" ", 1)[-1] for t in s.path[:-1])) for s in secs]
        own_w, own_c = [o[0] for o in own], [o[1] for o in own]
        head_w, head_c = [h[0] for h in heads], [h[1] for h in heads]
        doc_w = [list(head_w[i]) for i in range(len(secs))]
        doc_c = [list(head_c[i]) for i in range(len(secs))]
        for i in range(len(secs)):
            j = i
            while j >= 0:
                doc_w[j].extend(own_w[i])
                doc_c[j].extend(own_c[i])
                j = self.parent_[j]
        self.words_vocab_ = {t: k for k, t in enumerate(sorted({t for d in doc_w for t in d}))}
        self.chars_vocab_ = {t: k for k, t in enumerate(sorted({t for d in doc_c for t in d}))}
        cw, cc = _counts(doc_w, self.words_vocab_), _counts(doc_c, self.chars_vocab_)
        self.word_idf_, self.char_idf_ = self._idf(cw), self._idf(cc)
        self.word_matrix_ = _tfidf(cw, self.word_idf_)
        self.char_matrix_ = _tfidf(cc, self.char_idf_)
        self.quote_cache_: dict = {}
        self._calibrate(cw, cc)
        return self

    @staticmethod
    def _idf(counts: sp.csr_matrix) -> np.ndarray:
        n = counts.shape[0]
        df = np.bincount(counts.indices, minlength=counts.shape[1])
        return np.log((1.0 + n) / (1.0 + df)) + 1.0

    def _ensure_fitted(self) -> None:
        if not hasattr(self, "sections_"):
            lock = self.__dict__.setdefault("_fit_lock", threading.Lock())
            with lock:
                if not hasattr(self, "sections_"):
                    self.fit()

    def _tokens(self, text: str) -> tuple[list[str], list[str]]:
        """Content words, and character bigrams inside them (so stopwords add no bigrams)."""
        words = [w for w in self.segmenter_(text) if len(w) > 1]
        return words, _bigrams(" ".join(words))

    def _query(self, texts: list[str]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        toks = [self._tokens(t) for t in texts]
        return (_tfidf(_counts([t[0] for t in toks], self.words_vocab_), self.word_idf_),
                _tfidf(_counts([t[1] for t in toks], self.chars_vocab_), self.char_idf_))

    def _cosine(self, qw, qc, W, C) -> np.ndarray:
        w = self.char_weight
        return (1 - w) * (qw @ W.T).toarray() + w * (qc @ C.T).toarray()

    def _raw(self, texts: list[str]) -> np.ndarray:
        """Cosine similarity of each text to each section (texts × sections)."""
        return self._cosine(*self._query(texts), self.word_matrix_, self.char_matrix_)

    @staticmethod
    def _features(raw: np.ndarray) -> np.ndarray:
        """Per (text, section): the similarity and its gap to the text's best section."""
        return np.stack([raw, raw.max(axis=1, keepdims=True) - raw], axis=-1)

    def _calibrate(self, cw: sp.csr_matrix, cc: sp.csr_matrix) -> None:
        """Fit P(right section | features) on plan sentences left out of their own section."""
        from sklearn.linear_model import LogisticRegression

        queries, owners = [], []
        for i, s in enumerate(self.sections_):
            sents = [t for t in _SENTENCE.findall(s.text) if len(t) >= 8]
            # Windows of one and of up to three sentences: opinions vary in length.
            for k in range(0, len(sents), 2):
                queries += [sents[k], "。".join(sents[k:k + 3])]
                owners += [i, i]
        step = max(1, len(queries) // 400)  # every step-th sentence: deterministic, bounded cost
        queries, owners = queries[::step], owners[::step]
        self.n_pseudo_ = len(queries)
        # Fallback for drafts too short to learn from: the map learned on a real 60-item plan.
        default = np.array([-1.5, 7.0, -5.5])
        if len(queries) < 20 or len(self.sections_) < 3:
            self.calibration_ = default  # too little text to learn from: a fixed, cautious map
            return
        X, y = [], []
        for q, g in zip(queries, owners):
            qw, qc = self._query([q])
            raw = self._cosine(qw, qc, self.word_matrix_, self.char_matrix_)
            chain = self._chain(g)
            words, grams = self._tokens(q)
            sw, sc = _counts([words], self.words_vocab_), _counts([grams], self.chars_vocab_)
            # Leave the sentence out of its section and of the sections above it.
            for j in chain:
                rw, rc = cw[j] - sw, cc[j] - sc
                rw.data, rc.data = np.maximum(rw.data, 0), np.maximum(rc.data, 0)
                raw[0, j] = self._cosine(qw, qc, _tfidf(rw, self.word_idf_),
                                         _tfidf(rc, self.char_idf_))[0, 0]
            feats = self._features(raw)[0]
            for j in np.argsort(-raw[0], kind="stable")[:5]:
                X.append(feats[j])
                y.append(int(j in chain))
        y = np.array(y)
        if y.min() == y.max():
            self.calibration_ = default
            return
        model = LogisticRegression(C=1.0).fit(np.array(X), y)
        self.calibration_ = np.concatenate([model.intercept_, model.coef_[0]])

    def _chain(self, i: int) -> list[int]:
        out = []
        while i >= 0:
            out.append(i)
            i = self.parent_[i]
        return out

    def _calibrated(self, raw: np.ndarray) -> np.ndarray:
        f = self._features(raw)
        z = self.calibration_[0] + f @ self.calibration_[1:]
        p = 1.0 / (1.0 + np.exp(-z))
        return np.where(raw > 0, p, 0.0)

    # ----------------------------------------------------------------------------- predicting
    def similarity(self, texts) -> np.ndarray:
        """Calibrated similarity of each text to every section, shape (n_texts, n_sections)."""
        self._ensure_fitted()
        texts = [t if isinstance(t, str) else t.text for t in texts]
        if not texts or not self.sections_:
            return np.zeros((len(texts), len(self.sections_)))
        return self._calibrated(self._raw(texts))

    def predict(self, texts) -> list[list[tuple[Section, float]]]:
        """Best-first candidate sections per opinion as ``(Section, score)``.

        Parameters
        ----------
        texts : sequence of str or Comment
            Opinions; a :class:`~consultagg.records.Comment`'s ``location`` is used too.

        Returns
        -------
        list of list of (Section, float)
            At most ``top_k`` per opinion; empty when nothing reaches ``min_score``.

        Examples
        --------
        >>> from consultagg.plan import parse_plan
        >>> plan = parse_plan("一、水环境\\n1.黑臭水体。消除城市黑臭水体。\\n二、大气环境\\n2.扬尘。治理施工扬尘。")
        >>> [[s.label for s, _ in row] for row in SectionMatcher(plan).predict(["施工扬尘太大", "同意"])]
        [['2.'], []]
        """
        return [[(self.sections_[self.index_[m.section_id]], m.score) for m in row]
                for row in self.predict_matches(texts)]

    def predict_matches(self, texts, locations=None) -> list[list[SectionMatch]]:
        """Best-first :class:`~consultagg.records.SectionMatch` per opinion, with the method used.

        Parameters
        ----------
        texts : sequence of str or Comment
        locations : sequence of (str or None), optional
            Raw location strings (a 章节/条款 column), read more loosely than running text:
            ``三、（二）`` or ``36`` count there. Defaults to each Comment's ``location``.

        Returns
        -------
        list of list of SectionMatch
            ``method`` is ``reference``, ``quote`` or ``similarity``; ``raw_reference`` keeps the
            citation as written.

        Examples
        --------
        >>> from consultagg.plan import parse_plan
        >>> plan = parse_plan("一、总则\\n1.目标。地表水优良比例达到80%。\\n2.任务。治理黑臭水体。")
        >>> row = SectionMatcher(plan, top_k=1).predict_matches(["无"], locations=["第2条"])[0]
        >>> row[0].section_id, row[0].method, row[0].raw_reference
        ('s1.2', 'reference', '第2条')
        """
        self._ensure_fitted()
        texts = list(texts)
        if locations is None:
            locations = [None if isinstance(t, str) else t.location for t in texts]
        elif len(locations) != len(texts):
            raise ValueError("locations must have one entry per text")
        texts = [t if isinstance(t, str) else t.text for t in texts]
        if not texts:
            return []
        if not self.sections_:
            return [[] for _ in texts]  # a draft without headings: nothing to place opinions in
        sim = self._calibrated(self._raw(texts))
        return [self._one(t, loc, sim[i]) for i, (t, loc) in enumerate(zip(texts, locations))]

    def _one(self, text: str, location: str | None, sim: np.ndarray) -> list[SectionMatch]:
        refs = [r for r in parse_references(text or "") if r.kind != "quote"]
        if location:
            refs = parse_references(location, location=True) + refs
        refs = [r for r in refs if self._cites_plan(r.document)]
        out: list[SectionMatch] = []
        taken: set[int] = set()

        def add(i: int, score: float, method: str, raw: str | None = None) -> None:
            if i not in taken and score >= self.min_score and len(out) < self.top_k:
                taken.add(i)
                out.append(SectionMatch(self.sections_[i].id, round(float(score), 4), method, raw))

        for i, score, raw in self._references(refs, sim):
            add(i, score, "reference", raw)
        # A cited section with children: its best-matching parts come next.
        for m in list(out):
            i = self.index_[m.section_id]
            inside = [j for j in self.descendants_[i] if sim[j] >= self.min_score]
            for j in sorted(inside, key=lambda j: -sim[j]):
                add(j, sim[j], "similarity")
        if not out:
            for ref in parse_references(text or ""):
                if ref.kind == "quote" and not ref.proposed:
                    for s, c in self._quote(ref):
                        add(self.index_[s.id], c, "quote", ref.raw)
        for i in self._ranked(sim):
            if len(out) >= self.top_k or sim[i] < self.min_score:
                break
            add(i, sim[i], "similarity")
        return out

    def _references(self, refs: list[Reference], sim: np.ndarray):
        """(section index, score, raw) for citations: unique ones 1.0, ambiguous ones ranked."""
        resolved = []
        for ref in refs:
            cands = [self.index_[s.id] for s in reference_candidates(ref, self.plan)
                     if s.id in self.index_]
            if cands:
                resolved.append((ref, cands))
        unique = {c[0] for _, c in resolved if len(c) == 1}
        out = []
        for ref, cands in resolved:
            if len(cands) > 1:
                # Another citation may pin it down: 第三章 … 第二节 → the 第二节 of 第三章.
                inside = [c for c in cands if any(u in self._chain(c)[1:] for u in unique)]
                cands = inside or cands
            if len(cands) == 1:
                out.append((cands[0], 1.0, ref.raw))
            else:
                ranked = sorted(cands, key=lambda c: -sim[c])
                out.extend((c, 0.5 + 0.5 * sim[c], ref.raw) for c in ranked)
        # The most specific citation first.
        out.sort(key=lambda t: (-t[1], -self.sections_[t[0]].depth))
        return out

    def _cites_plan(self, document: str | None) -> bool:
        """False for 《another document》第三章: only the draft's own title (or 规划 …) counts."""
        if not document or re.fullmatch(r"(本|该|此)?(规划|纲要|方案|草案|征求意见稿|文件|意见稿)", document):
            return True
        title = set(_bigrams(self.plan.title))
        grams = set(_bigrams(document))
        return bool(grams) and len(grams & title) / len(grams) >= 0.5

    def _quote(self, ref: Reference) -> list[tuple[Section, float]]:
        return match_quote(ref.quote or "", self.plan, min_score=0.6, cache=self.quote_cache_)

    def _ranked(self, sim: np.ndarray):
        """Sections by calibrated similarity, a parent skipped when a descendant is close."""
        for i in np.argsort(-sim, kind="stable"):
            kids = self.descendants_[i]
            if kids and max(sim[j] for j in kids) >= self.leaf_ratio * sim[i]:
                continue
            yield int(i)
