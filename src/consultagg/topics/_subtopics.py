"""Subtopics: large topics split once more, with key phrases and verbatim names of their own.

A topic with enough distinct opinions is split by k-means in the cluster space when the silhouette
shows structure inside it; its subtopics are numbered by size and named from their members' own
wording, never with the topic's own name.
"""

from __future__ import annotations

import numpy as np
from sklearn.cluster import KMeans

from consultagg.records import Topic
from consultagg.topics._clustering import centres, silhouette_k
from consultagg.topics.labels import ctfidf_keywords
from consultagg.topics.names import describe_topics

__all__ = ["fit_subtopics"]


def fit_subtopics(tc, Zc, terms, w, texts, top_n):
    """Set ``tc.subtopics_`` and ``tc.sublabels_`` from the fitted topics.

    ``terms`` is the label term matrix of the fit, ``top_n`` the key phrases a subtopic's name may
    be cut around (the first ``n_keywords`` are kept as key phrases).
    """
    n = Zc.shape[0]
    tc.subtopics_ = {}
    tc.sublabels_ = np.full(n, -1, dtype=np.int64)
    enabled = tc.subtopics if tc.subtopics != "auto" else n >= 200
    if not enabled:
        return
    for topic in tc.topics_:
        idx = np.flatnonzero(tc.labels_ == topic.id)
        if len(idx) < max(tc.min_subtopic_size, 10):
            continue
        hi = int(min(tc.max_subtopics, len(idx) // 15))
        if hi < 2:
            continue
        grid = list(range(2, hi + 1))
        k, s = silhouette_k(Zc[idx], w[idx], grid, tc.random_state, sample=600,
                            n_init=1)
        if s <= 0.05:  # no clear structure inside: leave the topic whole
            continue
        # Fitted on a sample, applied to all: subtopics need no more precision than that.
        rng = np.random.default_rng(tc.random_state)
        fit_idx = idx if len(idx) <= 3000 else np.sort(rng.choice(idx, 3000, replace=False))
        km = KMeans(n_clusters=k, n_init=3, random_state=tc.random_state).fit(
            Zc[fit_idx], sample_weight=w[fit_idx])
        sub = km.predict(Zc[idx])
        order = np.argsort(-np.bincount(sub, weights=w[idx], minlength=k), kind="stable")
        rank = np.empty(k, dtype=np.int64)
        rank[order] = np.arange(k)
        sub = rank[sub]
        sub_keys = ctfidf_keywords(None, sub, k, weights=w[idx],
                                   top_n=top_n,
                                   exclude=[topic.key_phrases[:2]] * k,
                                   matrix=(terms[0][idx], terms[1], terms[2]),
                                   texts=[texts[i] for i in idx])
        kws = [kw[:tc.n_keywords] for kw in sub_keys]
        cen = centres(Zc[idx], sub, w[idx], k)
        sim = (Zc[idx] * cen[sub]).sum(axis=1)
        # Verbatim names, unique among the topic's subtopics and never the topic's own name.
        sub_names = describe_topics([[texts[i] for i in idx[sub == j]] for j in range(k)], sub_keys,
                                    weights=[w[idx[sub == j]] for j in range(k)], taken={topic.name},
                                    other_phrases=topic.key_phrases[:2], tokenize=tc._name_tokenize,
                                    places=tc._name_places, memo=tc._name_memo)
        subs = []
        for j in range(k):
            mem = np.flatnonzero(sub == j)
            reps = idx[mem[np.argsort(-sim[mem], kind="stable")[:3]]]
            subs.append(Topic(id=j, name=sub_names[j].name, key_phrases=tuple(kws[j]),
                              size=int(round(w[idx[mem]].sum())), n_distinct=len(mem),
                              representatives=tuple(int(i) for i in reps), note=sub_names[j].note))
        tc.subtopics_[topic.id] = subs
        tc.sublabels_[idx] = sub
