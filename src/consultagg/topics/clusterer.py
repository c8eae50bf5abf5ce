"""Topic clustering of opinions with readable Chinese labels.

Opinions are vectorised by TF-IDF over jieba words and over the character pairs inside those words
(equal weight; place codes such as A市 or A3区 are left out: they say where, not what), with a small
block saying which government functions (教育, 卫生健康, 交通运输 … from the table shipped in
``consultagg/data/functions.csv``) its words belong to, reduced by LSA, and clustered by a swappable
scikit-learn clusterer (spherical k-means by default, on the leading LSA dimensions, which carry the
broad themes). The clusters then teach a linear classifier on the full TF-IDF vocabulary, which
relabels every opinion (a few rounds of self-training: topics sharpen along the words that separate
them), and k-means on the classifier's decision values regroups them once more by those words.
Topics get key phrases by class-based TF-IDF over nouns and noun phrases, and a name cut from their
members' own wording around those phrases (黄河入河排污口整治 rather than 黄河、排污口、整治; unique,
without places, organs or boilerplate; :mod:`consultagg.topics.labels`). Every opinion gets a topic;
weak assignments are marked, not discarded. Large topics are split once more into subtopics, and
topic ids can be kept stable across re-runs (:mod:`consultagg.topics.hierarchy`).

A small consultation (up to 300 opinions, what 14 departments send) is where a clusterer is decided
by tie-breaks: there the features also hold single characters and a block of the subject areas of
sectoral plans (``consultagg/data/subjects.csv``: 臭氧, 细颗粒物, 散煤 → 大气环境), and the topics
are the grouping 600 k-means runs agree on (:func:`consultagg.topics._consensus.consensus_kmeans`), so a
clear grouping does not change with ``random_state``, the thread count or the BLAS; where themes
overlap, some opinions can still move with the seed (see ``docs/measurements.md``).
Asking for more topics than the opinions can hold (three per topic) makes fewer, with a warning and
a ``note`` on each topic.

The steps live in private modules of this package: the features and LSA (``_features``), the
clustering and the choice of k (``_clustering``), self-training and refinement (``_refine``), seeded
topics (``_seeded``) and subtopics (``_subtopics``); this module fits, renumbers and names the topics.

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

import warnings
from collections.abc import Mapping, Sequence
from typing import NamedTuple

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.preprocessing import normalize
from sklearn.utils.validation import check_is_fitted

from consultagg.progress import stage
from consultagg.records import Topic
from consultagg.text._stateless import TextInputMixin
from consultagg.text.segment import JiebaSegmenter
from consultagg.topics._clustering import centres, choose_k, cluster
from consultagg.topics._features import cluster_space, place_codes, reduce, transform, vectorise, with_functions
from consultagg.topics._refine import refine
from consultagg.topics._seeded import fit_seeded, keyword_conflicts
from consultagg.topics._subtopics import fit_subtopics
from consultagg.topics.hierarchy import match_topics, stable_order
from consultagg.topics.labels import ctfidf_keywords, label_term_matrix, topic_name
from consultagg.topics.names import describe_topics

__all__ = ["TopicClusterer", "ctfidf_keywords", "match_topics"]

# Fewer distinct opinions per requested topic than this, and the data cannot hold that many topics.
_MIN_PER_TOPIC = 3
# Key phrases a topic's name may be cut around (the first ``n_keywords`` are kept as key_phrases).
_NAME_KEYS = 10
# A kept topic keeps its earlier name while at least this share of its members write it.
_KEEP_NAME = 0.2


class TopicAssignment(NamedTuple):
    """Topics of new texts (:meth:`TopicClusterer.assign`)."""

    labels: np.ndarray
    weak: np.ndarray
    similarity: np.ndarray


def _assigner(X, labels, w, n_topics: int, random_state: int, max_train: int = 10_000):
    """A linear SVM that gives new texts the fitted topics (``None`` for a single topic)."""
    if n_topics < 2 or len(np.unique(labels)) < 2:
        return None
    from sklearn.svm import LinearSVC

    idx = np.arange(len(labels))
    if len(idx) > max_train:
        idx = np.sort(np.random.default_rng(random_state).choice(idx, max_train, replace=False))
    return LinearSVC(C=1.0, class_weight="balanced", dual="auto", random_state=random_state).fit(
        X[idx], labels[idx], sample_weight=w[idx])


class TopicClusterer(TextInputMixin, BaseEstimator):
    """Cluster opinions into labelled topics (and subtopics).

    Parameters
    ----------
    n_topics : int or None, default=None
        Number of topics. ``None`` chooses it: the k on a coarse grid ``2..max_topics`` with the
        best cosine silhouette of k-means on the LSA space (a sample of at most 2,000 opinions).
        With seeds it is an upper bound: the seeds, then at most ``n_topics - len(seed_topics)``
        discovered topics (groups the seeds miss, see ``novelty_hits``, then opinions close to no
        seed); none are made up when the seeds cover everything.
    seed_topics : mapping of str to list of str, optional
        The office's own taxonomy ``{name: [keywords]}``. Seeds become the first topics in the given
        order (seeded spherical k-means starting from the name and keywords, then self-training, see
        ``self_training``); opinions close to no seed form newly discovered topics after them. An
        empty keyword list is allowed: the name alone seeds the topic.
    random_state : int, default=0
    segmenter : callable, optional
        ``text -> list of words``; defaults to :class:`~consultagg.JiebaSegmenter`.
    n_components : int, default=100
        LSA dimensions (``0`` disables LSA; it is used only from 100 opinions on).
    cluster_dims : int or "auto", default="auto"
        Leading LSA dimensions the clusterer sees; ``"auto"`` uses ``max(20, 3 * n_topics)``.
    max_topics : int, default=20
        Upper bound when ``n_topics=None``.
    clusterer : scikit-learn clusterer, optional
        Any estimator with ``n_clusters`` and ``fit_predict`` (cloned before use); KMeans with ten
        initialisations (the best inertia wins) by default.
    weak_quantile : float, default=0.1
        Opinions whose similarity to their topic centre falls in this lowest share (and below 0.2)
        are marked weak.
    n_keywords : int, default=5
        Key phrases kept per topic (``Topic.key_phrases``); a name may be cut around any of the
        ten best.
    char_weight : float, default=1.0
        Weight of the character-pair block (and, with seeds, of the single-character block) against
        the word block.
    subtopics : bool or "auto", default="auto"
        Split large topics into subtopics; ``"auto"`` does so from 200 opinions on.
    min_subtopic_size : int, default=40
        Topics with fewer distinct opinions are not split.
    max_subtopics : int, default=6
    previous_topics : sequence of Topic, optional
        Topics of an earlier run (e.g. ``result.topics``): discovered topics matching one by key
        phrases keep its id (see :func:`~consultagg.topics.hierarchy.match_topics`), and its name
        while a fifth of their members still write it.
    novelty_threshold : float, default=0.15
        With seeds: an opinion whose LSA cosine to every seed centre is below this fits no seed.
    self_training : int, default=3
        Rounds of self-training (from 50 opinions on). The clusterer's assignment (or, with seeds,
        the keyword assignment) is only a start: its most confident share of each topic (70 %, then
        80 %, 90 %, by the margin between the two closest centres) trains a linear SVM on the TF-IDF
        words and character pairs, which relabels every opinion. A topic so learns the vocabulary of
        the opinions it holds beyond what separated them in the reduced space, and a seed beyond its
        few keywords. A round that would empty a topic is not taken. ``0`` keeps the first
        assignment (k-means, or seeded spherical k-means).
    refine : int, default=3
        Without seeds, after self-training: rounds of k-means on the classifier's decision values
        (how each opinion scores on every topic's vocabulary), each followed by self-training, until
        the topics stop changing (measured in docs/measurements.md). ``0`` stops after self-training.
    novelty_hits : float, default=0.3
        With seeds that carry keywords and room for discovered topics (``n_topics=None`` or more
        than the seeds; from 50 opinions on): the opinions are also clustered without seeds (k by
        silhouette, or ``n_topics``); a group in which fewer than this share (and under 60 % of the
        overall share) mention any seed's name or keyword is a theme the taxonomy lacks and becomes
        a discovered topic before self-training (with ``n_topics`` fixed, the groups with the fewest
        mentions first). An opinion mainly about a functional domain that a seed's words name
        counts as half a mention (less as more opinions share that domain: in a plan of one remit
        it says nothing), so a seed whose keywords are rare (环境保护: 排污许可、危废) keeps the
        opinions of its remit (measured in docs/measurements.md). ``0`` turns it off.
    n_threads : int or None, default=1
        OpenMP threads for k-means and the silhouette. One by default: the runs are short and,
        on a shared machine, idle-spinning worker threads cost more than they save (measured in
        docs/measurements.md). ``None`` leaves the library default.
    function_weight : float, default=0.15
        Weight of the functional-domain block (per opinion, how often its words name each domain of
        ``functions``, unit length) appended to the unit-length word and character features. It
        ties together opinions that use different words of one department's remit (学校, 老师,
        招生 → 教育); with seeds, a seed's keywords reach the whole remit they name. A domain table
        covers a theme's words only in part, so a heavy block can split a theme; the default was
        chosen on labelled messages (measured in docs/measurements.md). ``0`` turns it off.
    functions : mapping of str to list of str, optional
        ``{domain: [words]}``; defaults to :func:`load_functions` (35 domains of city and provincial
        government, written from the departments' statutory functions, not from any evaluation data).
    subject_weight : float, default=0.2
        Up to 300 opinions: weight of a block saying which subject areas of sectoral plans
        (生态环境/大气环境, 生态环境/水生态环境, 交通运输/城市公共交通 …, the table of
        :func:`~consultagg.text.domains.load_subjects`) an opinion's words name. Opinions of one
        subject in a small consultation often share no word (臭氧 / 细颗粒物 / 散煤); the table
        ties them. Larger inputs have words enough in common and do without it. ``0`` turns it off.
    subjects : mapping of str to list of str, optional
        ``{subject: [words]}``; defaults to the shipped table (162 subjects of 25 sectors, written
        from the structure of Chinese 十四五 sectoral plans, not from any evaluation data).

    Attributes
    ----------
    labels_ : ndarray of int
        Topic per text, indexing ``topics_``.
    topics_ : list of Topic
        ``name``: a seed's name, or a phrase the topic's members wrote (unique among the topics);
        ``key_phrases``: the c-TF-IDF keywords.
    weak_ : ndarray of bool
        Weak assignment per text: far from its topic's centre, or writing the keywords of one seed
        only while assigned another seed (a person checks it).
    similarity_ : ndarray of float
        Cosine similarity of each text to its topic centre.
    n_topics_ : int
    silhouette_ : float or None
        Silhouette of the chosen k when ``n_topics=None``.
    subtopics_ : dict of int to list of Topic
        Per split topic id, its subtopics (ids ``0..m-1`` within the topic; ``representatives``
        index the texts). Topics not split are absent.
    sublabels_ : ndarray of int
        Subtopic per text within its topic, ``-1`` when its topic is not split.
    previous_ids_ : dict of int to int
        ``{topic id: id in previous_topics}`` for the matched topics (empty without them).
    centres_ : ndarray
        Unit-length centre of each topic in the clustering space (:meth:`transform`).
    weak_cut_ : float
        Similarity to its topic's centre at or below which an assignment is weak.
    assigner_ : LinearSVC or None
        Gives new texts the fitted topics (:meth:`predict`); ``None`` for a single topic.
    segmenter_ : callable
        The segmenter the fit used, for new texts.

    Examples
    --------
    >>> texts = ["小区物业乱收费", "物业公司不作为", "小区物业服务差", "学校乱收补课费", "学校食堂卫生差",
    ...          "学校违规补课"]
    >>> tc = TopicClusterer(n_topics=2).fit(texts)
    >>> sorted(t.size for t in tc.topics_)
    [3, 3]
    """

    def __init__(self, n_topics: int | None = None, seed_topics: Mapping[str, Sequence[str]] | None = None,
                 random_state: int = 0, *, segmenter=None, n_components: int = 100,
                 cluster_dims: int | str = "auto", max_topics: int = 20, clusterer=None,
                 weak_quantile: float = 0.1, n_keywords: int = 5, char_weight: float = 1.0,
                 subtopics: bool | str = "auto", min_subtopic_size: int = 40, max_subtopics: int = 6,
                 previous_topics: Sequence[Topic] | None = None, novelty_threshold: float = 0.15,
                 self_training: int = 3, refine: int = 3, novelty_hits: float = 0.3,
                 n_threads: int | None = 1, function_weight: float = 0.15,
                 functions: Mapping[str, Sequence[str]] | None = None, subject_weight: float = 0.2,
                 subjects: Mapping[str, Sequence[str]] | None = None):
        self.n_topics = n_topics
        self.seed_topics = seed_topics
        self.random_state = random_state
        self.segmenter = segmenter
        self.n_components = n_components
        self.cluster_dims = cluster_dims
        self.max_topics = max_topics
        self.clusterer = clusterer
        self.weak_quantile = weak_quantile
        self.n_keywords = n_keywords
        self.char_weight = char_weight
        self.subtopics = subtopics
        self.min_subtopic_size = min_subtopic_size
        self.max_subtopics = max_subtopics
        self.previous_topics = previous_topics
        self.novelty_threshold = novelty_threshold
        self.self_training = self_training
        self.refine = refine
        self.novelty_hits = novelty_hits
        self.n_threads = n_threads
        self.function_weight = function_weight
        self.functions = functions
        self.subject_weight = subject_weight
        self.subjects = subjects

    # -- fitting ---------------------------------------------------------------------------
    def fit(self, texts: Sequence[str], y=None, sample_weight=None, *, tokens=None) -> "TopicClusterer":
        """Cluster ``texts``; ``sample_weight`` counts submissions behind each text.

        ``tokens`` may pass pre-segmented texts (a list of word lists) to reuse a segmentation cache.
        Returns ``self``.
        """
        with stage("主题聚类", total=5, unit="步", announce=False) as st:
            if self.n_threads is None:
                return self._fit(texts, sample_weight, tokens, st)
            from threadpoolctl import threadpool_limits

            with threadpool_limits(limits=int(self.n_threads)):
                return self._fit(texts, sample_weight, tokens, st)

    def _fit(self, texts, sample_weight, tokens, st) -> "TopicClusterer":
        texts = ["" if t is None else str(t) for t in texts]
        n = len(texts)
        if n == 0:
            raise ValueError("TopicClusterer.fit needs at least one text")
        if self.n_topics is not None and self.n_topics < 1:
            raise ValueError(f"n_topics must be positive, got {self.n_topics}")
        w = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        if w.shape != (n,):
            raise ValueError("sample_weight needs one weight per text")
        seeds = dict(self.seed_topics or {})
        self._k_fixed = self.n_topics
        self.small_data_ = None
        if self.n_topics is not None and not seeds:
            # Asked for more topics than the opinions can hold, k-means would still make them, out
            # of pairs and single opinions decided by tie-breaks: say so and make fewer.
            distinct = len(set(texts))
            cap = max(1, distinct // _MIN_PER_TOPIC)
            if self.n_topics > cap:
                self._k_fixed = cap
                self.small_data_ = (f"{distinct} distinct opinions are too few for {self.n_topics} "
                                    f"topics (at least {_MIN_PER_TOPIC} per topic): {cap} made")
                warnings.warn(f"TopicClusterer: {self.small_data_}", UserWarning, stacklevel=3)
        seg = self.segmenter or JiebaSegmenter()
        st.step("分词")
        toks = tokens if tokens is not None else (
            seg.segment_many(texts) if hasattr(seg, "segment_many") else [seg(t) for t in texts])
        if len(toks) != n:
            raise ValueError("tokens needs one word list per text")
        places = place_codes(toks)
        self._places = places
        st.step("特征")
        X = vectorise(self, toks, texts, n)
        Z = reduce(self, X)
        self.silhouette_ = None
        st.step("聚类")
        if seeds:
            labels, names, Zc = fit_seeded(self, Z, X, seeds, w, seg, n, toks)
        else:
            k = choose_k(self, Z, w, n)
            Zc = cluster_space(self, Z, k)
            labels = cluster(self, Zc, w, k)
            k = int(labels.max()) + 1
            if self.self_training and n >= 50 and k >= 2:
                labels = refine(X, Zc, labels, w, k, rounds=int(self.self_training),
                                refinements=int(self.refine), random_state=self.random_state)
            names = [None] * (int(labels.max()) + 1)
        labels, names = self._renumber(labels, names, w, len(seeds))
        n_t = int(labels.max()) + 1
        n_t = max(n_t, len(seeds))
        cen = centres(Zc, labels, w, n_t)
        sim = np.asarray((Zc * cen[labels]).sum(axis=1)).ravel()
        cut = np.quantile(sim, self.weak_quantile) if n >= 10 else -np.inf
        st.step("命名")
        stop = seg.stopword_set if hasattr(seg, "stopword_set") else frozenset()
        banned = frozenset(stop) | places
        terms = label_term_matrix(toks, banned=banned)
        # More phrases than are kept: a topic's name may be cut around any of its ten best.
        top_n = max(self.n_keywords, _NAME_KEYS)
        name_keys = ctfidf_keywords(toks, labels, n_t, weights=w, top_n=top_n, matrix=terms, texts=texts)
        keywords = [k[:self.n_keywords] for k in name_keys]
        sizes = np.bincount(labels, weights=w, minlength=n_t)
        draft = [Topic(id=t, name=names[t] or topic_name(keywords[t], t), key_phrases=tuple(keywords[t]))
                 for t in range(n_t)]
        self.previous_ids_ = {}
        if self.previous_topics:
            old = [t for t in self.previous_topics if not t.seeded]
            mapping = match_topics(old, draft[len(seeds):])
            order = stable_order(n_t, mapping, sizes, n_fixed=len(seeds))
            inverse = np.empty(n_t, dtype=np.int64)
            inverse[order] = np.arange(n_t)
            labels = inverse[labels]
            names = [names[o] if o < len(names) else None for o in order]
            keywords = [keywords[o] for o in order]
            name_keys = [name_keys[o] for o in order]
            cen = cen[order]
            sizes = sizes[order]
            self.previous_ids_ = {int(inverse[a]): b for a, b in mapping.items()}
        note = ""
        if self.small_data_:
            note = (f"意见较少：要求分为{self.n_topics}个主题，{len(set(texts))}条不同意见"
                    f"每个主题至少需要{_MIN_PER_TOPIC}条，只分为{n_t}个主题")
        final_names = self._name_topics(texts, labels, w, name_keys, names, n_t, seg, places)
        topics = []
        for t in range(n_t):
            idx = np.flatnonzero(labels == t)
            reps = idx[np.argsort(-sim[idx], kind="stable")[:3]]
            kws = tuple(keywords[t])
            named = final_names[t]
            topics.append(Topic(id=t, name=named.name, key_phrases=kws, size=int(round(w[idx].sum())),
                                n_distinct=len(idx), representatives=tuple(int(i) for i in reps),
                                seeded=t < len(seeds), note="；".join(filter(None, (note, named.note))),
                                # (a seed's name is the office's own heading, written by few: its members hold its keywords)
                                name_share=1.0 if t < len(seeds) else 0.0 if named.scattered else round(float(named.share), 4)))
        self.labels_ = labels
        self.topics_ = topics
        self.n_topics_ = n_t
        self.centres_ = cen
        self.similarity_ = sim
        self.weak_ = (sim <= min(cut, 0.2)) | (keyword_conflicts(seeds, texts, labels) if seeds else False)
        self.weak_cut_ = float(min(cut, 0.2))
        self.places_ = frozenset(places)
        self.segmenter_ = seg
        self.assigner_ = _assigner(X, labels, w, n_t, self.random_state)
        st.step("子主题")
        fit_subtopics(self, Zc, terms, w, texts, top_n)
        del self._places, self._doc_domains, self._name_tokenize, self._name_places, self._name_memo
        return self

    # -- names -----------------------------------------------------------------------------
    def _name_topics(self, texts, labels, w, keywords, names, n_t, seg, places):
        """Names per topic: a seed's name; a kept topic's earlier name while a fifth of its members
        still write it; else a phrase its members wrote (:func:`~consultagg.topics.names.name_topics`).
        """
        # Every word, stopwords included: a name is cut from the members' own wording.
        self._name_tokenize = seg.tokens if hasattr(seg, "tokens") else None
        self._name_places = frozenset(places)
        self._name_memo = {}
        members = [[texts[i] for i in np.flatnonzero(labels == t)] for t in range(n_t)]
        member_w = [w[labels == t] for t in range(n_t)]
        fixed: list[str | None] = [names[t] if t < len(names) and names[t] else None for t in range(n_t)]
        if self.previous_ids_:
            before = {t.id: t.name for t in self.previous_topics if not t.seeded}
            claimed = {f for f in fixed if f}
            for t, old_id in sorted(self.previous_ids_.items()):
                old = before.get(old_id)
                if not old or fixed[t] or old in claimed or not len(members[t]):
                    continue
                written = sum(wi for x, wi in zip(members[t], member_w[t]) if old in x)
                if written >= _KEEP_NAME * member_w[t].sum():
                    fixed[t] = old
                    claimed.add(old)
        return describe_topics(members, keywords, weights=member_w, fixed=fixed,
                               tokenize=self._name_tokenize, places=self._name_places, memo=self._name_memo)

    def fit_predict(self, texts, y=None, sample_weight=None, *, tokens=None):
        return self.fit(texts, sample_weight=sample_weight, tokens=tokens).labels_

    # -- new texts -------------------------------------------------------------------------
    def _features_of(self, texts):
        check_is_fitted(self, "topics_")
        texts = ["" if t is None else str(t) for t in texts]
        seg = self.segmenter_
        toks = seg.segment_many(texts) if hasattr(seg, "segment_many") else [seg(t) for t in texts]
        X = transform(self, toks, texts)
        Z = self.svd_.transform(X) if self.svd_ is not None else X.toarray()
        return X, normalize(np.asarray(Z)[:, :self.cluster_dims_])

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        """Cosine similarity of each text to every fitted topic's centre (texts x topics).

        Examples
        --------
        >>> texts = ["小区物业乱收费", "物业公司不作为", "小区物业服务差", "学校乱收补课费", "学校食堂卫生差",
        ...          "学校违规补课"]
        >>> tc = TopicClusterer(n_topics=2).fit(texts)
        >>> tc.transform(["物业收费不透明"]).shape
        (1, 2)
        """
        _, Zc = self._features_of(texts)
        return Zc @ self.centres_.T

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """The fitted topic of each new text (an index into ``topics_``); the topics are not refitted.

        A linear classifier trained at the end of :meth:`fit` on the fitted texts' final topics
        assigns them, so a fitted text gets the topic ``labels_`` gives it (checked on 98 % or more
        in the tests). :meth:`assign` also says which assignments are weak.

        Examples
        --------
        >>> texts = ["小区物业乱收费", "物业公司不作为", "小区物业服务差", "学校乱收补课费", "学校食堂卫生差",
        ...          "学校违规补课"]
        >>> tc = TopicClusterer(n_topics=2).fit(texts)
        >>> bool(tc.predict(["学校补课收费"])[0] == tc.labels_[3])
        True
        """
        return self.assign(texts).labels

    def assign(self, texts: Sequence[str]) -> TopicAssignment:
        """Topics of new texts with their similarity to the topic's centre and a weak mark, as
        :meth:`fit` marks the fitted texts (similarity at or below ``weak_cut_``, or a seed's
        keywords written while another seed is assigned)."""
        X, Zc = self._features_of(texts)
        if self.assigner_ is None:
            labels = np.zeros(X.shape[0], dtype=np.int64)
        else:
            labels = np.asarray(self.assigner_.predict(X), dtype=np.int64)
        sim = np.asarray((Zc * self.centres_[labels]).sum(axis=1)).ravel() if len(labels) else np.zeros(0)
        weak = sim <= self.weak_cut_
        if self.seed_topics:
            weak |= keyword_conflicts(dict(self.seed_topics), ["" if t is None else str(t) for t in texts], labels)
        return TopicAssignment(labels, weak, sim)

    # -- features --------------------------------------------------------------------------
    def _with_functions(self, X, docs, F=None):
        """Append the functional-domain block, weighted against the (unit-length) word features."""
        return with_functions(self, X, docs, F)

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
