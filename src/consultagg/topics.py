"""Topic clustering of opinions with readable Chinese labels.

TF-IDF over jieba words (domain dictionary, consultation stopwords), reduced by LSA, clustered by a
swappable scikit-learn clusterer (KMeans by default). Topics are labelled by class-based TF-IDF
(c-TF-IDF) over words and word bigrams, so a label names what sets a topic apart, not what every
opinion says. Every opinion gets a topic; weak assignments are marked, not discarded.

Examples
--------
>>> from consultagg import TopicClusterer
>>> texts = ["减少散煤燃烧，治理大气污染", "散煤治理，减少大气污染", "大气污染和散煤燃烧",
...          "保护黄河水质，整治入河排污口", "黄河水质下降，排污口要整治", "整治排污口，保护黄河水质"]
>>> tc = TopicClusterer(n_topics=2, random_state=0).fit(texts)
>>> labels = [int(x) for x in tc.labels_]
>>> labels[0] == labels[1] == labels[2], labels[3] == labels[4] == labels[5], labels[0] != labels[3]
(True, True, True)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np
from scipy import sparse
from sklearn.base import clone
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize

from .records import Topic
from .segment import JiebaSegmenter

__all__ = ["TopicClusterer", "ctfidf_keywords"]

_PLACE = re.compile(r"^(?:[A-Z]\d{0,3}[省市区县镇乡村]|.{1,3}省)$")


def _identity(tokens):
    return tokens


def _char_bigrams(tokens):
    return [w[i:i + 2] for w in tokens for i in range(len(w) - 1)] or list(tokens)


def ctfidf_keywords(token_lists: Sequence[Sequence[str]], labels: np.ndarray, n_topics: int, *,
                    weights: np.ndarray | None = None, top_n: int = 5,
                    banned: frozenset[str] = frozenset()) -> list[list[str]]:
    """Key phrases per cluster by class-based TF-IDF over words and adjacent-word bigrams.

    Parameters
    ----------
    token_lists : sequence of list of str
    labels : array of int
        Cluster per document (``0..n_topics-1``).
    weights : array of float, optional
        Weight per document (e.g. duplicate group size).

    Examples
    --------
    >>> ctfidf_keywords([["大气", "污染"], ["大气", "臭氧"], ["黄河", "水质"]], np.array([0, 0, 1]), 2,
    ...                 top_n=1)
    [['大气'], ['水质']]
    """
    from collections import Counter

    weights = np.ones(len(token_lists)) if weights is None else np.asarray(weights, dtype=float)
    per_class = [Counter() for _ in range(n_topics)]
    for toks, lab, w in zip(token_lists, labels, weights):
        toks = [t for t in toks if t not in banned]
        grams = list(toks)
        grams += [a + b for a, b in zip(toks, toks[1:]) if len(a) + len(b) <= 8 and a != b]
        for g in set(grams):
            per_class[int(lab)][g] += w
    total = Counter()
    for c in per_class:
        total.update(c)
    avg = np.mean([sum(c.values()) for c in per_class]) or 1.0
    out = []
    for c in per_class:
        size = sum(c.values()) or 1.0
        scored = []
        for term, f in c.items():
            if f < 2 and size > 10:
                continue
            # Favour multi-character words; single characters rarely name a topic.
            length_bonus = 1.0 if len(term) >= 2 else 0.3
            scored.append((f / size * np.log(1.0 + avg / total[term]) * length_bonus, term))
        scored.sort(key=lambda x: (-round(x[0], 12), len(x[1]), x[1]))
        chosen: list[str] = []
        for _, term in scored:
            # Skip a phrase already covered by (or covering) a better one: 大气 vs 大气污染.
            if any(term in c2 or c2 in term for c2 in chosen):
                continue
            chosen.append(term)
            if len(chosen) == top_n:
                break
        out.append(chosen)
    return out


class TopicClusterer:
    """Cluster opinions into labelled topics.

    Parameters
    ----------
    n_topics : int or None, default=None
        Number of topics. ``None`` chooses it by the best cosine silhouette of KMeans over
        ``2..max_topics`` on the LSA space (computed on a sample of at most 2,000 opinions).
    seed_topics : mapping of str to list of str, optional
        The office's own taxonomy ``{name: [keywords]}``. Seeds become the first topics in the given
        order; opinions close to no seed form newly discovered topics.
    random_state : int, default=0
    segmenter : callable, optional
        ``text -> list of words``; defaults to :class:`~consultagg.JiebaSegmenter`.
    n_components : int, default=100
        LSA dimensions (``0`` disables LSA).
    max_topics : int, default=20
        Upper bound when ``n_topics=None``; candidates are searched on a coarse grid up to it.
    clusterer : scikit-learn clusterer, optional
        Any estimator with ``n_clusters`` and ``fit_predict`` (cloned before use); KMeans by default.
    weak_quantile : float, default=0.1
        Opinions whose similarity to their topic centre falls in this lowest share are marked weak.

    Attributes
    ----------
    labels_ : ndarray of int
        Topic per text, indexing ``topics_``.
    topics_ : list of Topic
    weak_ : ndarray of bool
        Weak assignment per text.
    similarity_ : ndarray of float
        Cosine similarity of each text to its topic centre.
    """

    def __init__(self, n_topics: int | None = None, seed_topics: Mapping[str, Sequence[str]] | None = None,
                 random_state: int = 0, *, segmenter=None, n_components: int = 100,
                 max_topics: int = 20, clusterer=None, weak_quantile: float = 0.1,
                 n_keywords: int = 5):
        self.n_topics = n_topics
        self.seed_topics = seed_topics
        self.random_state = random_state
        self.segmenter = segmenter
        self.n_components = n_components
        self.max_topics = max_topics
        self.clusterer = clusterer
        self.weak_quantile = weak_quantile
        self.n_keywords = n_keywords

    def get_params(self, deep: bool = True) -> dict:
        return {k: getattr(self, k) for k in ("n_topics", "seed_topics", "random_state", "segmenter",
                                                "n_components", "max_topics", "clusterer",
                                                "weak_quantile", "n_keywords")}

    def set_params(self, **params) -> "TopicClusterer":
        for k, v in params.items():
            if k not in self.get_params():
                raise ValueError(f"unknown parameter {k!r} for TopicClusterer")
            setattr(self, k, v)
        return self

    # -- fitting ---------------------------------------------------------------------------
    def fit(self, texts: Sequence[str], y=None, sample_weight=None, *, tokens=None) -> "TopicClusterer":
        """Cluster ``texts``; ``sample_weight`` counts submissions behind each text.

        ``tokens`` may pass pre-segmented texts (a list of word lists) to reuse a segmentation cache.
        """
        texts = ["" if t is None else str(t) for t in texts]
        n = len(texts)
        if n == 0:
            raise ValueError("TopicClusterer.fit needs at least one text")
        if self.n_topics is not None and self.n_topics < 1:
            raise ValueError(f"n_topics must be positive, got {self.n_topics}")
        w = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        seg = self.segmenter or JiebaSegmenter()
        toks = tokens if tokens is not None else (
            seg.segment_many(texts) if hasattr(seg, "segment_many") else [seg(t) for t in texts])
        self.vectorizer_ = TfidfVectorizer(analyzer=_identity, sublinear_tf=True,
                                           min_df=2 if n >= 50 else 1, max_df=0.5 if n >= 20 else 1.0)
        # Character bigrams of the content words complement the words: they link 散煤/燃煤 and
        # survive segmentation differences in short opinions.
        self.char_vectorizer_ = TfidfVectorizer(analyzer=_char_bigrams, sublinear_tf=True,
                                                min_df=2 if n >= 50 else 1,
                                                max_df=0.5 if n >= 20 else 1.0)
        blocks = []
        for vec, data, weight in ((self.vectorizer_, toks, 1.0), (self.char_vectorizer_, toks, 0.7)):
            try:
                blocks.append(weight * vec.fit_transform(data))
            except ValueError:  # every text empty after segmentation
                continue
        if not blocks:
            self.vectorizer_ = TfidfVectorizer(analyzer="char", ngram_range=(1, 2))
            blocks = [self.vectorizer_.fit_transform([t or " " for t in texts])]
            self.char_vectorizer_ = None
        X = normalize(sparse.hstack(blocks).tocsr())
        Z = self._reduce(X)
        seeds = dict(self.seed_topics or {})
        if seeds:
            labels, names = self._fit_seeded(Z, X, seeds, w, seg, n)
        else:
            k = self._choose_k(Z, w, n)
            labels = self._cluster(Z, w, k)
            names = [None] * (int(labels.max()) + 1)
        labels, names = self._renumber(labels, names, w, len(seeds))
        n_t = int(labels.max()) + 1
        centres = normalize(np.vstack([
            np.average(Z[labels == t], axis=0, weights=w[labels == t]) if np.any(labels == t)
            else np.zeros(Z.shape[1]) for t in range(n_t)]))
        sim = np.asarray((Z * centres[labels]).sum(axis=1)).ravel()
        cut = np.quantile(sim, self.weak_quantile) if n >= 10 else -np.inf
        self.similarity_ = sim
        self.weak_ = sim <= min(cut, 0.2)
        stop = seg.stopword_set if hasattr(seg, "stopword_set") else frozenset()
        # Place names (A市, A3区, 西地省) say where, not what: keep them out of labels.
        places = frozenset(t for doc in toks for t in doc if _PLACE.match(t))
        keywords = ctfidf_keywords(toks, labels, n_t, weights=w, top_n=self.n_keywords,
                                   banned=stop | places)
        topics = []
        for t in range(n_t):
            idx = np.flatnonzero(labels == t)
            reps = idx[np.argsort(-sim[idx], kind="stable")[:3]]
            kws = tuple(keywords[t])
            name = names[t] if t < len(names) and names[t] else ("、".join(kws[:3]) or f"主题{t + 1}")
            topics.append(Topic(id=t, name=name, key_phrases=kws, size=int(round(w[idx].sum())),
                                n_distinct=len(idx), representatives=tuple(int(i) for i in reps),
                                seeded=t < len(seeds)))
        self.labels_ = labels
        self.topics_ = topics
        self.centres_ = centres
        return self

    def fit_predict(self, texts, y=None, sample_weight=None):
        return self.fit(texts, sample_weight=sample_weight).labels_

    def _reduce(self, X):
        n, d = X.shape
        k = min(self.n_components, d - 1, n // 2)
        # LSA pays off only with enough documents to estimate the latent space.
        if self.n_components and k >= 2 and n >= 100:
            self.svd_ = TruncatedSVD(n_components=k, random_state=self.random_state)
            Z = self.svd_.fit_transform(X)
        else:
            self.svd_ = None
            Z = X.toarray() if sparse.issparse(X) else np.asarray(X)
        return normalize(Z)

    def _transform(self, token_lists):
        blocks = [self.vectorizer_.transform(token_lists)]
        if self.char_vectorizer_ is not None:
            blocks.append(0.7 * self.char_vectorizer_.transform(token_lists))
        return normalize(sparse.hstack(blocks).tocsr())

    def _project(self, X):
        Z = self.svd_.transform(X) if self.svd_ is not None else X.toarray()
        return normalize(Z)

    def _make_clusterer(self, k: int):
        if self.clusterer is None:
            return KMeans(n_clusters=k, n_init=10, random_state=self.random_state)
        est = clone(self.clusterer)
        params = est.get_params()
        if "n_clusters" in params:
            est.set_params(n_clusters=k)
        if "random_state" in params:
            est.set_params(random_state=self.random_state)
        return est

    def _cluster(self, Z, w, k: int) -> np.ndarray:
        n = Z.shape[0]
        k = max(1, min(k, n))
        if k == 1:
            return np.zeros(n, dtype=np.int64)
        est = self._make_clusterer(k)
        try:
            labels = est.fit_predict(Z, sample_weight=w)
        except TypeError:
            labels = est.fit_predict(Z)
        labels = np.asarray(labels, dtype=np.int64)
        if labels.min() < 0:  # a density clusterer's noise: every opinion still gets a topic
            centres = {c: Z[labels == c].mean(axis=0) for c in set(labels.tolist()) if c >= 0}
            if centres:
                keys = sorted(centres)
                C = normalize(np.vstack([centres[c] for c in keys]))
                noise = labels < 0
                labels[noise] = np.array(keys)[np.argmax(Z[noise] @ C.T, axis=1)]
            else:
                labels[:] = 0
        return labels

    def _choose_k(self, Z, w, n: int) -> int:
        if self.n_topics is not None:
            return min(self.n_topics, n)
        hi = int(min(self.max_topics, max(2, n // 5)))
        if n < 6 or hi < 2:
            return 1 if n < 3 else 2
        rng = np.random.default_rng(self.random_state)
        sample = np.sort(rng.choice(n, size=min(n, 2000), replace=False))
        best_k, best_s = 2, -np.inf
        # A coarse grid: the silhouette curve is flat near its optimum, so every k is not needed.
        grid = sorted({k for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20, 25, 30, 40, 50)
                       if k <= hi} | {hi})
        for k in grid:
            est = KMeans(n_clusters=k, n_init=2, random_state=self.random_state)
            lab = est.fit_predict(Z[sample], sample_weight=w[sample])
            if len(set(lab.tolist())) < 2:
                continue
            s = silhouette_score(Z[sample], lab, metric="cosine")
            if s > best_s + 1e-9:
                best_k, best_s = k, s
        self.silhouette_ = best_s
        return best_k

    def _fit_seeded(self, Z, X, seeds, w, seg, n):
        names = list(seeds)
        seed_docs = [[tok for kw in kws for tok in (seg(kw) or [kw])] + list(kws) for kws in seeds.values()]
        S = self._project(self._transform(seed_docs))
        sims = Z @ S.T
        labels = np.argmax(sims, axis=1)
        best = sims[np.arange(n), labels]
        # Refine each seed centre on the opinions it clearly holds (one k-means step, seeds kept).
        C = S.copy()
        for t in range(len(names)):
            m = (labels == t) & (best > 0.1)
            if m.any():
                C[t] = np.average(Z[m], axis=0, weights=w[m])
        C = normalize(C)
        sims = Z @ C.T
        labels = np.argmax(sims, axis=1)
        best = sims[np.arange(n), labels]
        unassigned = best < 0.15
        extra = 0 if self.n_topics is None else max(0, self.n_topics - len(names))
        if unassigned.sum() >= 5 and (self.n_topics is None or extra > 0):
            idx = np.flatnonzero(unassigned)
            k = extra or self._choose_k(Z[idx], w[idx], len(idx))
            sub = self._cluster(Z[idx], w[idx], k)
            labels[idx] = len(names) + sub
            names += [None] * (int(sub.max()) + 1)
        return labels.astype(np.int64), names

    @staticmethod
    def _renumber(labels, names, w, n_seeds):
        """Seeds keep their order; discovered topics are numbered by size (largest first)."""
        present = sorted(set(labels.tolist()))
        discovered = [t for t in present if t >= n_seeds]
        discovered.sort(key=lambda t: (-w[labels == t].sum(), t))
        order = list(range(n_seeds)) + discovered
        mapping = {old: new for new, old in enumerate(order)}
        new_labels = np.array([mapping[t] for t in labels], dtype=np.int64)
        new_names = [names[old] if old < len(names) else None for old in order]
        return new_labels, new_names
