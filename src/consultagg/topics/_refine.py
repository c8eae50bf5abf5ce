"""Self-training and refinement: topics sharpened by a linear classifier on the full vocabulary.

A first assignment (k-means in the reduced space, or the seeds' keywords) is only a start: its most
confident share of each topic trains a linear SVM on the TF-IDF features, which relabels every
opinion, a few rounds over. Without seeds, k-means on the classifier's decision values then regroups
the opinions by the words that separate topics, each regrouping followed by self-training again.
"""

from __future__ import annotations

import numpy as np
from sklearn.preprocessing import normalize

from consultagg.topics._clustering import centres, kmeans

__all__ = ["refine", "self_train"]


def self_train(X, labels, scores, w, n_classes, *, rounds=3, start=0.7, step=0.1, C=0.5,
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


def refine(X, Zc, labels, w, k, *, rounds, refinements, random_state):
    """Self-train the clusters, then re-cluster in the classifier's decision space, ``refinements`` times.

    The decision values of the linear SVM say how each opinion scores on every topic's
    vocabulary; k-means on them (columns centred, rows normalised) regroups opinions by the
    words that separate topics rather than by the broad themes of the reduced space, and
    self-training (``rounds`` rounds) then sharpens that grouping again.
    """
    scores = Zc @ centres(Zc, labels, w, k).T
    labels, dec = self_train(X, labels, scores, w, k, rounds=rounds, random_state=random_state,
                             return_scores=True)
    for _ in range(refinements):
        finite = np.isfinite(dec)
        if not finite.all():  # a topic the classifier never saw scores lowest
            dec = np.where(finite, dec, dec[finite].min() - 1.0)
        D = normalize(dec - np.average(dec, axis=0, weights=w))
        new = kmeans(D, w, k, random_state)
        if len(np.unique(new)) < k:
            break
        new, dec = self_train(X, new, D @ centres(D, new, w, k).T, w, k, rounds=rounds,
                              random_state=random_state, return_scores=True)
        if np.array_equal(new, labels):
            break
        labels = new
    return labels
