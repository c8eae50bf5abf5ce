"""Seeded topics: the office's taxonomy first, then the themes it lacks.

Seeds (``{name: [keywords]}``) start a spherical k-means on the TF-IDF features in which every
centre stays anchored to its seed. Before self-training, the opinions are also clustered without
seeds, and the groups that seldom mention any seed's words become discovered topics, so the seeds
cannot absorb them; opinions close to no seed afterwards form further discovered topics.
"""

from __future__ import annotations

import numpy as np
from sklearn.preprocessing import normalize

from consultagg.text.domains import leading_domains
from consultagg.topics._clustering import centres, choose_k, cluster
from consultagg.topics._features import cluster_space, transform
from consultagg.topics._refine import self_train

__all__ = ["fit_seeded", "groups_seeds_miss"]


def fit_seeded(tc, Z, X, seeds, w, seg, n, toks):
    """Seeded spherical k-means on the TF-IDF space; novelty judged in the LSA space.

    Returns the labels, the names per label (a seed's name, ``None`` for a discovered topic) and
    the cluster space.
    """
    names = list(seeds)
    n_s = len(names)
    # The seed's name is evidence too (劳动和社会保障 gives 劳动, 社会保障), and enough on its own.
    seed_docs = [[tok for kw in (name, *kws) for tok in (seg(kw) or [kw])] + [name, *kws]
                 for name, kws in seeds.items()]
    S = transform(tc, seed_docs).toarray()
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
    extra = 0 if tc.n_topics is None else max(0, tc.n_topics - n_s)
    # Names alone are too rarely written out (few write 城乡建设) to tell what the seeds miss.
    if ((tc.n_topics is None or extra > 0) and n >= 50 and tc.novelty_hits > 0
            and any(seeds.values())):
        # They become topics of their own before self-training, so the seeds cannot absorb them.
        missed = groups_seeds_miss(tc, Z, w, n, seed_docs, toks, limit=extra or None)
        extra = max(0, extra - len(missed))
        if missed:
            extra_scores = np.zeros((n, len(missed)))
            for j, m in enumerate(missed):
                labels[m] = n_s + j
                extra_scores[m, j] = sims.max() + 1.0  # confident members of their own group
            sims = np.hstack([sims, extra_scores])
            n_c = n_s + len(missed)
            names += [None] * len(missed)
    if tc.self_training and n >= 50 and n_s >= 2:
        labels = self_train(X, labels, sims, w, n_c, rounds=int(tc.self_training),
                            random_state=tc.random_state)
    Zc = cluster_space(tc, Z, max(n_c, tc.n_topics or 0))
    cen = centres(Zc, labels, w, n_c)
    cs = Zc @ cen.T
    best = np.where(labels >= 0, cs[np.arange(n), np.maximum(labels, 0)], -1.0)
    unassigned = (labels < 0) | ((labels < n_s) & (best < tc.novelty_threshold))
    if unassigned.sum() >= 5 and (tc.n_topics is None or extra > 0):
        idx = np.flatnonzero(unassigned)
        k = extra or choose_k(tc, Z[idx], w[idx], len(idx))
        sub = cluster(tc, Zc[idx], w[idx], k)
        labels[idx] = n_c + sub
        names += [None] * (int(sub.max()) + 1)
    # Too few to form a topic of their own: the closest seed holds them (marked weak later).
    orphan = labels < 0
    labels[orphan] = np.argmax(cs[orphan], axis=1)
    return labels.astype(np.int64), names, Zc


def keyword_conflicts(seeds, texts, labels) -> np.ndarray:
    """Texts that write the name or keywords of one seed only and are assigned another seed.

    They are marked weak for a person to check (矿山 put in 水生态环境): the model's neighbours are
    often right (on labelled messages, pinning such texts to their keyword lost macro-F1), and so
    is the office's own word sometimes.
    """
    words = [[w for w in (name, *kws) if w] for name, kws in seeds.items()]
    out = np.zeros(len(texts), dtype=bool)
    for i, (text, label) in enumerate(zip(texts, np.asarray(labels).tolist())):
        if label >= len(words):
            continue  # a discovered topic: no keyword of the office's speaks against it
        hits = [t for t, ws in enumerate(words) if any(w in text for w in ws)]
        out[i] = len(hits) == 1 and hits[0] != label
    return out


def groups_seeds_miss(tc, Z, w, n, seed_docs, toks, limit=None):
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
    if tc._doc_domains is not None:
        # An opinion mainly about a remit a seed names is about that seed even in none of its
        # words (环境保护 with 排污许可、危废 names 生态环境, which also holds 污染、噪音). Weaker
        # evidence than a seed's own word, it counts half: in full it hid themes the seeds miss
        # whose opinions touch a seeded remit (商贸 messages mainly about 物业管理).
        # A domain most opinions are about (the one remit of a sectoral plan) tells nothing of
        # which themes the seeds miss: the credit shrinks with the share of opinions it leads.
        named = np.unique(leading_domains(tc.function_block_.transform(seed_docs), 0.5).indices)
        lead = leading_domains(tc._doc_domains).tocoo()
        share = np.bincount(lead.col, weights=w[lead.row], minlength=lead.shape[1]) / max(w.sum(), 1e-12)
        keep = np.isin(lead.col, named)
        np.maximum.at(hits, lead.row[keep], 0.5 * (1.0 - share[lead.col[keep]]))
    k = tc.n_topics if limit else choose_k(tc, Z, w, n)
    groups = cluster(tc, cluster_space(tc, Z, k), w, k)
    size = np.bincount(groups, weights=w, minlength=k)
    rate = np.bincount(groups, weights=w * hits, minlength=k) / np.maximum(size, 1e-12)
    cut = min(tc.novelty_hits, 0.6 * float(np.average(hits, weights=w)))
    masks = [groups == g for g in np.argsort(rate, kind="stable") if rate[g] < cut]
    masks = [m for m in masks if m.sum() >= 5]
    return masks[:limit] if limit else masks
