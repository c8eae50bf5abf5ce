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
import warnings
from collections.abc import Mapping, Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, clone
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize

from consultagg.topics._consensus import consensus_kmeans
from consultagg.text.domains import FunctionBlock, leading_domains, load_functions, load_subjects
from consultagg.records import Topic
from consultagg.text.segment import JiebaSegmenter
from consultagg.topics.hierarchy import match_topics, stable_order
from consultagg.topics.labels import ctfidf_keywords, label_term_matrix, topic_name
from consultagg.topics.names import describe_topics

__all__ = ["TopicClusterer", "ctfidf_keywords", "match_topics"]

_PLACE = re.compile(r"^(?:[A-Z]\d{0,3}[省市区县镇乡村]|.{1,3}省)$")
_SVD_SAMPLE = 20_000
_K_GRID = (2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20, 25, 30, 40, 50)
# Up to this many opinions a consultation is small: single characters and the subject table join
# the features (short opinions of one theme often share no word: 水质 / 水源地 / 黑臭水体), LSA is
# exact, and the groups are those many k-means runs agree on (consultagg.topics._consensus), not the ones
# one run's start, a tie-break or BLAS noise decided.
_SMALL = 300
# k-means runs behind a small consultation's topics (and behind each k the silhouette compares).
_RUNS, _SILHOUETTE_RUNS = 600, 100
# Fewer distinct opinions per requested topic than this, and the data cannot hold that many topics.
_MIN_PER_TOPIC = 3
# Key phrases a topic's name may be cut around (the first ``n_keywords`` are kept as key_phrases).
_NAME_KEYS = 10
# A kept topic keeps its earlier name while at least this share of its members write it.
_KEEP_NAME = 0.2


def _identity(tokens):
    return tokens


@lru_cache(maxsize=1 << 17)
def _word_bigrams(word: str) -> tuple[str, ...]:
    return tuple(word[i:i + 2] for i in range(len(word) - 1))


def _char_bigrams(tokens):
    # Per distinct word once (a bounded cache): words repeat, and this ran on every occurrence.
    out: list[str] = []
    for w in tokens:
        out += _word_bigrams(w)
    return out or list(tokens)


def _chars(tokens):
    return list("".join(tokens))


def _silhouette_k(Z, w, grid, random_state, *, sample=2000, n_init=2, small=False):
    """Best k on ``grid`` by cosine silhouette of k-means on a sample; (k, silhouette)."""
    n = Z.shape[0]
    rng = np.random.default_rng(random_state)
    idx = np.sort(rng.choice(n, size=min(n, sample), replace=False))
    best_k, best_s = grid[0], -np.inf
    for k in grid:
        if k >= len(idx):
            break
        lab = (consensus_kmeans(Z[idx], w[idx], k, random_state=random_state, n_runs=_SILHOUETTE_RUNS) if small
               else KMeans(n_clusters=k, n_init=n_init, random_state=random_state).fit_predict(
                   Z[idx], sample_weight=w[idx]))
        if len(set(lab.tolist())) < 2:
            continue
        s = silhouette_score(Z[idx], lab, metric="cosine")
        if s > best_s + 1e-9:
            best_k, best_s = k, s
    return best_k, best_s


def _self_train(X, labels, scores, w, n_classes, *, rounds=3, start=0.7, step=0.1, C=0.5,
                random_state=0, max_train=10_000, return_scores=False):
    """Relabel by a linear SVM trained on the most confident share of each class, ``rounds`` times.

    ``labels`` (``-1``: no evidence) and ``scores`` (documents x classes) are the first assignment;
    the confidence of a document is the margin between its two best scores. Each round trains on
    the top ``start + round * step`` share of every class by that margin and predicts all
    documents; classes weigh by inverse frequency so a small seed is not swallowed by a large one.
    With ``return_scores``, also returns the last decision values (documents x classes; the
    first ``scores`` when no round ran).
    """
    from sklearn.svm import LinearSVC

    n = len(labels)
    labels = np.asarray(labels, dtype=np.int64).copy()
    top2 = np.sort(scores, axis=1)[:, -2:] if scores.shape[1] >= 2 else np.zeros((n, 2))
    margin = top2[:, 1] - top2[:, 0]
    rng = np.random.default_rng(random_state)
    last = scores
    for r in range(rounds):
        share = min(1.0, start + step * r)
        conf = np.zeros(n, dtype=bool)
        for t in range(n_classes):
            m = np.flatnonzero(labels == t)
            if len(m):
                conf[m[margin[m] >= np.quantile(margin[m], 1.0 - share)]] = True
        idx = np.flatnonzero(conf)
        if len(np.unique(labels[idx])) < 2:
            break
        if len(idx) > max_train:  # the classifier needs no more examples than that
            idx = np.sort(rng.choice(idx, max_train, replace=False))
        # A fixed random_state: liblinear otherwise shuffles with numpy's global generator.
        # dual="auto" (the default from scikit-learn 1.5) also on older releases: one solver everywhere.
        model = LinearSVC(C=C, class_weight="balanced", dual="auto", random_state=random_state).fit(
            X[idx], labels[idx], sample_weight=w[idx])
        dec = model.decision_function(X)
        if dec.ndim == 1:
            dec = np.column_stack([-dec, dec])
        full = np.full((n, n_classes), -np.inf)
        full[:, model.classes_] = dec
        new = np.argmax(full, axis=1)
        if len(np.unique(new)) < len(np.unique(labels[labels >= 0])):
            break  # a topic would vanish: keep the assignment that still has all of them
        top2 = np.sort(dec, axis=1)[:, -2:]
        margin = top2[:, 1] - top2[:, 0]
        last = full
        if np.array_equal(new, labels):
            break
        labels = new
    return (labels, last) if return_scores else labels


class TopicClusterer(BaseEstimator):
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
        the topics stop changing. On the labelled dev messages this and self-training together
        raised NMI with the handling bureaus from 0.49 to about 0.54 (7 topics) before the
        functional-domain block; with it, 0.554 for k-means alone and 0.569 after these rounds
        (mean of the full data and three 2/3 subsamples). ``0`` stops after self-training.
    novelty_hits : float, default=0.3
        With seeds that carry keywords and room for discovered topics (``n_topics=None`` or more
        than the seeds; from 50 opinions on): the opinions are also clustered without seeds (k by
        silhouette, or ``n_topics``); a group in which fewer than this share (and under 60 % of the
        overall share) mention any seed's name or keyword is a theme the taxonomy lacks and becomes
        a discovered topic before self-training (with ``n_topics`` fixed, the groups with the fewest
        mentions first). An opinion mainly about a functional domain that a seed's words name
        counts as half a mention (less as more opinions share that domain: in a plan of one remit
        it says nothing), so a seed whose keywords are rare (环境保护: 排污许可、危废) keeps the
        opinions of its remit. On the dev messages seeded with 4 of the 7 bureaus, this
        finds most of the other three instead of letting the seeds absorb them. With all 7 seeded
        by 5 keywords drawn at random from the domain table (32 draws), macro-F1 is 0.72-0.80,
        mean 0.769; counting words only it was 0.60-0.79, mean 0.723, and whole bureaus were
        taken for new themes. ``0`` turns it off.
    n_threads : int or None, default=1
        OpenMP threads for k-means and the silhouette. One by default: the runs are short and,
        on a shared machine, idle-spinning worker threads cost more than they save (100,000
        opinions: 33 s with one thread, 77 s with the default under load). ``None`` leaves the
        library default.
    function_weight : float, default=0.15
        Weight of the functional-domain block (per opinion, how often its words name each domain of
        ``functions``, unit length) appended to the unit-length word and character features. It
        ties together opinions that use different words of one department's remit (学校, 老师,
        招生 → 教育); with seeds, a seed's keywords reach the whole remit they name. On the labelled
        dev messages (also used to choose it; 0.1, 0.2 and 0.5 were tried): 7 topics NMI 0.538 →
        0.569, seeded macro-F1 0.740-0.770 → 0.754-0.776. Heavier weights made ids less stable
        across rounds (a domain table covers a theme's words only in part and can split it).
        ``0`` turns it off.
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
        Weak assignment per text.
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
        if self.n_threads is None:
            return self._fit(texts, sample_weight, tokens)
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=int(self.n_threads)):
            return self._fit(texts, sample_weight, tokens)

    def _fit(self, texts, sample_weight, tokens) -> "TopicClusterer":
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
        toks = tokens if tokens is not None else (
            seg.segment_many(texts) if hasattr(seg, "segment_many") else [seg(t) for t in texts])
        if len(toks) != n:
            raise ValueError("tokens needs one word list per text")
        vocabulary: set[str] = set()
        for doc in toks:
            vocabulary.update(doc)
        # Each distinct word once: matching every occurrence took 2 s on 100,000 opinions.
        places = frozenset(t for t in vocabulary if _PLACE.match(t))
        self._places = places
        X = self._vectorise(toks, texts, n)
        Z = self._reduce(X)
        self.silhouette_ = None
        if seeds:
            labels, names, Zc = self._fit_seeded(Z, X, seeds, w, seg, n, toks)
        else:
            k = self._choose_k(Z, w, n)
            Zc = self._cluster_space(Z, k)
            labels = self._cluster(Zc, w, k)
            k = int(labels.max()) + 1
            if self.self_training and n >= 50 and k >= 2:
                labels = self._refine(X, Zc, labels, w, k)
            names = [None] * (int(labels.max()) + 1)
        labels, names = self._renumber(labels, names, w, len(seeds))
        n_t = int(labels.max()) + 1
        n_t = max(n_t, len(seeds))
        centres = self._centres(Zc, labels, w, n_t)
        sim = np.asarray((Zc * centres[labels]).sum(axis=1)).ravel()
        cut = np.quantile(sim, self.weak_quantile) if n >= 10 else -np.inf
        stop = seg.stopword_set if hasattr(seg, "stopword_set") else frozenset()
        banned = frozenset(stop) | places
        terms = label_term_matrix(toks, banned=banned)
        # More phrases than are kept: a topic's name may be cut around any of its ten best.
        name_keys = ctfidf_keywords(toks, labels, n_t, weights=w, top_n=max(self.n_keywords, _NAME_KEYS),
                                    matrix=terms, texts=texts)
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
            centres = centres[order]
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
                                seeded=t < len(seeds), note="；".join(filter(None, (note, named.note)))))
        self.labels_ = labels
        self.topics_ = topics
        self.n_topics_ = n_t
        self.centres_ = centres
        self.similarity_ = sim
        self.weak_ = sim <= min(cut, 0.2)
        self._fit_subtopics(Zc, terms, w, texts)
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

    # -- features --------------------------------------------------------------------------
    def _features(self, toks):
        places = self._places
        return [[t for t in doc if t not in places] for doc in toks] if places else toks

    def _vectorise(self, toks, texts, n):
        docs = self._features(toks)
        df_kw = dict(sublinear_tf=True, min_df=2 if n >= 50 else 1, max_df=0.5 if n >= 20 else 1.0)
        # Character pairs of the content words complement the words: they link 散煤/燃煤 and
        # survive segmentation differences in short opinions. With seeds, single characters too:
        # a seed's few keywords then also reach their near relatives (环保 → 环境, 保护区); and in
        # a small consultation, where opinions of one theme often share no word at all (水质 /
        # 水源地 / 黑臭水体); their effect is measured in docs/measurements.md.
        analyzers = [(_identity, 1.0), (_char_bigrams, self.char_weight)]
        if self.seed_topics or n <= _SMALL:
            analyzers.append((_chars, self.char_weight))
        self.vectorizers_ = []
        blocks = []
        for analyzer, weight in analyzers:
            vec = TfidfVectorizer(analyzer=analyzer, **df_kw)
            try:
                blocks.append(weight * vec.fit_transform(docs))
            except ValueError:  # every text empty after segmentation
                continue
            self.vectorizers_.append((vec, weight))
        self._raw_chars = not blocks
        if self._raw_chars:
            vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 2))
            self.vectorizers_ = [(vec, 1.0)]
            X = normalize(vec.fit_transform([t or " " for t in texts]))
        else:
            X = normalize(sparse.hstack(blocks).tocsr())
        # A small consultation is usually on one plan of one sector, whose opinions fall into
        # the plan's subject areas (大气 / 水 / 固体废物 …) and often share no word: the shipped
        # subject table (臭氧, 细颗粒物, 扬尘 → 大气环境) ties them together. Large inputs have words
        # enough in common and keep the features they were measured with.
        subjects = load_subjects() if self.subjects is None else self.subjects
        self.subject_block_ = (FunctionBlock(subjects) if self.subject_weight > 0 and subjects
                               and n <= _SMALL else None)
        functions = load_functions() if self.functions is None else self.functions
        self.function_block_ = (FunctionBlock(functions) if self.function_weight > 0 and functions
                                else None)
        # Kept for the fit only: the novelty check asks which remit each opinion is mainly about.
        self._doc_domains = None if self.function_block_ is None else self.function_block_.transform(docs)
        return self._with_functions(X, docs, self._doc_domains)

    def _with_functions(self, X, docs, F=None):
        """Append the functional-domain block, weighted against the (unit-length) word features."""
        if self.subject_block_ is not None:
            X = normalize(sparse.hstack([X, self.subject_weight * self.subject_block_.transform(docs)]).tocsr())
        if self.function_block_ is None:
            return X
        if F is None:
            F = self.function_block_.transform(docs)
        return normalize(sparse.hstack([X, self.function_weight * F]).tocsr())

    def _transform(self, token_lists):
        words = self._features(token_lists)
        docs = ["".join(d) or " " for d in words] if self._raw_chars else words
        X = normalize(sparse.hstack([w * vec.transform(docs) for vec, w in self.vectorizers_]).tocsr())
        return self._with_functions(X, words)

    def _reduce(self, X):
        n, d = X.shape
        k = min(self.n_components, d - 1, n // 2)
        # LSA pays off only with enough documents to estimate the latent space.
        if self.n_components and k >= 2 and n >= 100:
            # Ten power iterations: with the default five the leading dimensions (which the
            # clusterer sees) still depend visibly on the random start.
            self.svd_ = TruncatedSVD(n_components=k, n_iter=10, random_state=self.random_state)
            if n <= _SMALL:
                # Exact (ARPACK to machine precision): the latent space of a small consultation
                # then does not depend on the random start, only on the data.
                self.svd_.set_params(algorithm="arpack")
            if n <= _SVD_SAMPLE:
                return self.svd_.fit_transform(X)
            # The latent themes are estimated as well from a large sample; projecting the rest is
            # one sparse product, so the cost stops growing with the consultation's size.
            rng = np.random.default_rng(self.random_state)
            self.svd_.fit(X[np.sort(rng.choice(n, _SVD_SAMPLE, replace=False))])
            return self.svd_.transform(X)
        self.svd_ = None
        return X.toarray() if sparse.issparse(X) else np.asarray(X)

    def _project(self, X):
        return self.svd_.transform(X) if self.svd_ is not None else X.toarray()

    def _cluster_space(self, Z, k):
        """The leading LSA dimensions, re-normalised: broad themes without the long tail's noise."""
        if self.svd_ is None:
            self.cluster_dims_ = Z.shape[1]
            return normalize(Z)
        dims = max(20, 3 * k) if self.cluster_dims == "auto" else int(self.cluster_dims)
        self.cluster_dims_ = int(min(max(dims, 2), Z.shape[1]))
        return normalize(Z[:, :self.cluster_dims_])

    @staticmethod
    def _centres(Zc, labels, w, n_t):
        rows = []
        for t in range(n_t):
            m = labels == t
            rows.append(np.average(Zc[m], axis=0, weights=w[m]) if m.any() and w[m].sum() > 0
                        else np.zeros(Zc.shape[1]))
        return normalize(np.vstack(rows))

    # -- clustering ------------------------------------------------------------------------
    def _make_clusterer(self, k: int):
        est = clone(self.clusterer)
        params = est.get_params()
        if "n_clusters" in params:
            est.set_params(n_clusters=k)
        if "random_state" in params:
            est.set_params(random_state=self.random_state)
        return est

    def _kmeans(self, Z, w, k: int) -> np.ndarray:
        """k-means labels: the consensus of many runs on a small input, else the best of ten starts."""
        if len(Z) <= _SMALL:
            return consensus_kmeans(Z, w, k, random_state=self.random_state, n_runs=_RUNS)
        return KMeans(n_clusters=k, n_init=10, random_state=self.random_state).fit_predict(Z, sample_weight=w)

    def _cluster(self, Z, w, k: int) -> np.ndarray:
        n = Z.shape[0]
        k = max(1, min(k, n))
        if k == 1:
            return np.zeros(n, dtype=np.int64)
        if self.clusterer is None:
            _, labels = np.unique(self._kmeans(Z, w, k), return_inverse=True)
            return labels.astype(np.int64)
        est = self._make_clusterer(k)
        try:
            labels = est.fit_predict(Z, sample_weight=w)
        except TypeError:
            labels = est.fit_predict(Z)
        labels = np.asarray(labels, dtype=np.int64)
        if labels.min() < 0:  # a density clusterer's noise: every opinion still gets a topic
            keys = sorted(c for c in set(labels.tolist()) if c >= 0)
            if keys:
                C = normalize(np.vstack([Z[labels == c].mean(axis=0) for c in keys]))
                noise = labels < 0
                labels[noise] = np.array(keys)[np.argmax(Z[noise] @ C.T, axis=1)]
            else:
                labels[:] = 0
        _, labels = np.unique(labels, return_inverse=True)
        return labels.astype(np.int64)

    def _choose_k(self, Z, w, n: int) -> int:
        if self.n_topics is not None:
            return min(self._k_fixed, n)
        # At most about sqrt(n) topics (and five opinions a topic): on a small sample the silhouette
        # can peak at many small tight groups (on 150 dev messages of 7 bureaus it chose 18 once).
        hi = int(min(self.max_topics, max(2, n // 5), max(2, round(np.sqrt(n)))))
        if n < 6 or hi < 2:
            return 1 if n < 3 else 2
        # A coarse grid: the silhouette curve is flat near its optimum, so every k is not needed.
        grid = sorted({k for k in _K_GRID if k <= hi} | {hi})
        # Judged on the ten leading LSA dimensions: the broad themes. In more dimensions the
        # silhouette keeps rising with k and would always pick the largest candidate.
        Zs = normalize(Z[:, :10]) if self.svd_ is not None else normalize(Z)
        k, s = _silhouette_k(Zs, w, grid, self.random_state, small=n <= _SMALL)
        self.silhouette_ = float(s)
        return k

    def _fit_seeded(self, Z, X, seeds, w, seg, n, toks):
        """Seeded spherical k-means on the TF-IDF space; novelty judged in the LSA space."""
        names = list(seeds)
        n_s = len(names)
        # The seed's name is evidence too (劳动和社会保障 gives 劳动, 社会保障), and enough on its own.
        seed_docs = [[tok for kw in (name, *kws) for tok in (seg(kw) or [kw])] + [name, *kws]
                     for name, kws in seeds.items()]
        S = self._transform(seed_docs).toarray()
        C = S.copy()
        labels = np.full(n, -2)
        sims = np.zeros((n, n_s))
        for _ in range(20):
            sims = np.asarray(X @ C.T)
            new = np.argmax(sims, axis=1)
            # Sharing no word with any seed is no evidence for the first one.
            new[sims.max(axis=1) <= 1e-9] = -1
            if np.array_equal(new, labels):
                break
            labels = new
            # Each centre stays anchored to its seed (the mean direction of its opinions plus the
            # seed vector), so a seed cannot drift to a neighbouring theme that outnumbers it.
            C = normalize(np.vstack([np.asarray(w[labels == t] @ X[labels == t]).ravel()
                                     for t in range(n_s)])) + S
            C = normalize(C)
        n_c = n_s
        extra = 0 if self.n_topics is None else max(0, self.n_topics - n_s)
        # Names alone are too rarely written out (few write 城乡建设) to tell what the seeds miss.
        if ((self.n_topics is None or extra > 0) and n >= 50 and self.novelty_hits > 0
                and any(seeds.values())):
            # They become topics of their own before self-training, so the seeds cannot absorb them.
            missed = self._groups_seeds_miss(Z, w, n, seed_docs, toks, limit=extra or None)
            extra = max(0, extra - len(missed))
            if missed:
                extra_scores = np.zeros((n, len(missed)))
                for j, m in enumerate(missed):
                    labels[m] = n_s + j
                    extra_scores[m, j] = sims.max() + 1.0  # confident members of their own group
                sims = np.hstack([sims, extra_scores])
                n_c = n_s + len(missed)
                names += [None] * len(missed)
        if self.self_training and n >= 50 and n_s >= 2:
            labels = _self_train(X, labels, sims, w, n_c, rounds=int(self.self_training),
                                 random_state=self.random_state)
        Zc = self._cluster_space(Z, max(n_c, self.n_topics or 0))
        centres = self._centres(Zc, labels, w, n_c)
        cs = Zc @ centres.T
        best = np.where(labels >= 0, cs[np.arange(n), np.maximum(labels, 0)], -1.0)
        unassigned = (labels < 0) | ((labels < n_s) & (best < self.novelty_threshold))
        if unassigned.sum() >= 5 and (self.n_topics is None or extra > 0):
            idx = np.flatnonzero(unassigned)
            k = extra or self._choose_k(Z[idx], w[idx], len(idx))
            sub = self._cluster(Zc[idx], w[idx], k)
            labels[idx] = n_c + sub
            names += [None] * (int(sub.max()) + 1)
        # Too few to form a topic of their own: the closest seed holds them (marked weak later).
        orphan = labels < 0
        labels[orphan] = np.argmax(cs[orphan], axis=1)
        return labels.astype(np.int64), names, Zc

    def _groups_seeds_miss(self, Z, w, n, seed_docs, toks, limit=None):
        """Masks of the groups of opinions that seldom mention any seed's words: themes the seeds miss.

        The opinions are clustered without seeds (k-means in the reduced space; k by silhouette,
        or ``n_topics`` when it is fixed); a group of at least five in which fewer than
        ``novelty_hits`` (and under 60 % of the overall share) mention a seed's name or keyword is
        one the taxonomy lacks. With the functional-domain block, an opinion whose main domain is
        one the seeds name (at least half the weight of a seed's main domain) counts as half a
        mention, times one minus the share of opinions that domain leads. With ``limit``, at most
        that many groups, those with the fewest mentions first.
        """
        words = {tok for doc in seed_docs for tok in doc}
        hits = np.array([not words.isdisjoint(doc) for doc in toks], dtype=float)
        if self._doc_domains is not None:
            # An opinion mainly about a remit a seed names is about that seed even in none of its
            # words (环境保护 with 排污许可、危废 names 生态环境, which also holds 污染、噪音). Weaker
            # evidence than a seed's own word, it counts half: in full it hid themes the seeds miss
            # whose opinions touch a seeded remit (商贸 messages mainly about 物业管理).
            # A domain most opinions are about (the one remit of a sectoral plan) tells nothing of
            # which themes the seeds miss: the credit shrinks with the share of opinions it leads.
            named = np.unique(leading_domains(self.function_block_.transform(seed_docs), 0.5).indices)
            lead = leading_domains(self._doc_domains).tocoo()
            share = np.bincount(lead.col, weights=w[lead.row], minlength=lead.shape[1]) / max(w.sum(), 1e-12)
            keep = np.isin(lead.col, named)
            np.maximum.at(hits, lead.row[keep], 0.5 * (1.0 - share[lead.col[keep]]))
        k = self.n_topics if limit else self._choose_k(Z, w, n)
        groups = self._cluster(self._cluster_space(Z, k), w, k)
        size = np.bincount(groups, weights=w, minlength=k)
        rate = np.bincount(groups, weights=w * hits, minlength=k) / np.maximum(size, 1e-12)
        cut = min(self.novelty_hits, 0.6 * float(np.average(hits, weights=w)))
        masks = [groups == g for g in np.argsort(rate, kind="stable") if rate[g] < cut]
        masks = [m for m in masks if m.sum() >= 5]
        return masks[:limit] if limit else masks

    def _refine(self, X, Zc, labels, w, k):
        """Self-train the clusters, then re-cluster in the classifier's decision space, ``refine`` times.

        The decision values of the linear SVM say how each opinion scores on every topic's
        vocabulary; k-means on them (columns centred, rows normalised) regroups opinions by the
        words that separate topics rather than by the broad themes of the reduced space, and
        self-training then sharpens that grouping again.
        """
        rounds = int(self.self_training)
        scores = Zc @ self._centres(Zc, labels, w, k).T
        labels, dec = _self_train(X, labels, scores, w, k, rounds=rounds, random_state=self.random_state,
                                  return_scores=True)
        for _ in range(int(self.refine)):
            finite = np.isfinite(dec)
            if not finite.all():  # a topic the classifier never saw scores lowest
                dec = np.where(finite, dec, dec[finite].min() - 1.0)
            D = normalize(dec - np.average(dec, axis=0, weights=w))
            new = self._kmeans(D, w, k)
            if len(np.unique(new)) < k:
                break
            new, dec = _self_train(X, new, D @ self._centres(D, new, w, k).T, w, k, rounds=rounds,
                                   random_state=self.random_state, return_scores=True)
            if np.array_equal(new, labels):
                break
            labels = new
        return labels

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

    # -- hierarchy -------------------------------------------------------------------------
    def _fit_subtopics(self, Zc, terms, w, texts):
        n = Zc.shape[0]
        self.subtopics_ = {}
        self.sublabels_ = np.full(n, -1, dtype=np.int64)
        enabled = self.subtopics if self.subtopics != "auto" else n >= 200
        if not enabled:
            return
        for topic in self.topics_:
            idx = np.flatnonzero(self.labels_ == topic.id)
            if len(idx) < max(self.min_subtopic_size, 10):
                continue
            hi = int(min(self.max_subtopics, len(idx) // 15))
            if hi < 2:
                continue
            grid = list(range(2, hi + 1))
            k, s = _silhouette_k(Zc[idx], w[idx], grid, self.random_state, sample=600,
                                n_init=1)
            if s <= 0.05:  # no clear structure inside: leave the topic whole
                continue
            # Fitted on a sample, applied to all: subtopics need no more precision than that.
            rng = np.random.default_rng(self.random_state)
            fit_idx = idx if len(idx) <= 3000 else np.sort(rng.choice(idx, 3000, replace=False))
            km = KMeans(n_clusters=k, n_init=3, random_state=self.random_state).fit(
                Zc[fit_idx], sample_weight=w[fit_idx])
            sub = km.predict(Zc[idx])
            order = np.argsort(-np.bincount(sub, weights=w[idx], minlength=k), kind="stable")
            rank = np.empty(k, dtype=np.int64)
            rank[order] = np.arange(k)
            sub = rank[sub]
            sub_keys = ctfidf_keywords(None, sub, k, weights=w[idx],
                                       top_n=max(self.n_keywords, _NAME_KEYS),
                                       exclude=[topic.key_phrases[:2]] * k,
                                       matrix=(terms[0][idx], terms[1], terms[2]),
                                       texts=[texts[i] for i in idx])
            kws = [kw[:self.n_keywords] for kw in sub_keys]
            cen = self._centres(Zc[idx], sub, w[idx], k)
            sim = (Zc[idx] * cen[sub]).sum(axis=1)
            # Verbatim names, unique among the topic's subtopics and never the topic's own name.
            sub_names = describe_topics([[texts[i] for i in idx[sub == j]] for j in range(k)], sub_keys,
                                        weights=[w[idx[sub == j]] for j in range(k)], taken={topic.name},
                                        other_phrases=topic.key_phrases[:2], tokenize=self._name_tokenize,
                                        places=self._name_places, memo=self._name_memo)
            subs = []
            for j in range(k):
                mem = np.flatnonzero(sub == j)
                reps = idx[mem[np.argsort(-sim[mem], kind="stable")[:3]]]
                subs.append(Topic(id=j, name=sub_names[j].name, key_phrases=tuple(kws[j]),
                                  size=int(round(w[idx[mem]].sum())), n_distinct=len(mem),
                                  representatives=tuple(int(i) for i in reps), note=sub_names[j].note))
            self.subtopics_[topic.id] = subs
            self.sublabels_[idx] = sub
