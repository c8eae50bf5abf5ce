"""Clustering the reduced space: k-means or any scikit-learn clusterer, centres, the choice of k.

k-means is the grouping many runs agree on for a small consultation
(:func:`consultagg.topics._consensus.consensus_kmeans`), else the best of ten starts; a clusterer
passed as ``clusterer`` is cloned for each k, and its noise (a density clusterer's ``-1``) joins
the closest cluster, so every opinion gets a topic. Without ``n_topics``, k is the one on a coarse
grid with the best cosine silhouette on a sample.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
from sklearn.base import clone
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize

from consultagg.topics._consensus import consensus_kmeans, threads_for
from consultagg.topics._features import SMALL

__all__ = ["centres", "choose_k", "cluster", "kmeans", "silhouette_k"]

_K_GRID = (2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20, 25, 30, 40, 50)
# k-means runs behind a small consultation's topics (and behind each k the silhouette compares).
_RUNS, _SILHOUETTE_RUNS = 600, 100


def silhouette_k(Z, w, grid, random_state, *, sample=2000, n_init=2, small=False):
    """Best k on ``grid`` by cosine silhouette of k-means on a sample; (k, silhouette)."""
    n = Z.shape[0]
    rng = np.random.default_rng(random_state)
    idx = np.sort(rng.choice(n, size=min(n, sample), replace=False))
    best_k, best_s = grid[0], -np.inf
    ks = [k for k in grid if k < len(idx)]
    if small:  # each k's runs in one thread, the k's side by side (the same labels as in turn)
        def fit(k):
            return consensus_kmeans(Z[idx], w[idx], k, random_state=random_state,
                                    n_runs=_SILHOUETTE_RUNS, n_threads=1)
        with ThreadPoolExecutor(threads_for(len(ks))) as pool:
            labs = list(pool.map(fit, ks))
    else:
        labs = (KMeans(n_clusters=k, n_init=n_init, random_state=random_state).fit_predict(
            Z[idx], sample_weight=w[idx]) for k in ks)
    for k, lab in zip(ks, labs):
        if len(set(lab.tolist())) < 2:
            continue
        s = silhouette_score(Z[idx], lab, metric="cosine")
        if s > best_s + 1e-9:
            best_k, best_s = k, s
    return best_k, best_s


def centres(Zc, labels, w, n_t):
    """Unit-length weighted mean of each topic ``0..n_t-1`` (zero for an empty one)."""
    rows = []
    for t in range(n_t):
        m = labels == t
        rows.append(np.average(Zc[m], axis=0, weights=w[m]) if m.any() and w[m].sum() > 0
                    else np.zeros(Zc.shape[1]))
    return normalize(np.vstack(rows))


def _make_clusterer(tc, k: int):
    est = clone(tc.clusterer)
    params = est.get_params()
    if "n_clusters" in params:
        est.set_params(n_clusters=k)
    if "random_state" in params:
        est.set_params(random_state=tc.random_state)
    return est


def kmeans(Z, w, k: int, random_state) -> np.ndarray:
    """k-means labels: the consensus of many runs on a small input, else the best of ten starts."""
    if len(Z) <= SMALL:
        return consensus_kmeans(Z, w, k, random_state=random_state, n_runs=_RUNS)
    return KMeans(n_clusters=k, n_init=10, random_state=random_state).fit_predict(Z, sample_weight=w)


def cluster(tc, Z, w, k: int) -> np.ndarray:
    """Labels ``0..m-1`` (``m <= k``) by ``tc.clusterer``, or k-means without one."""
    n = Z.shape[0]
    k = max(1, min(k, n))
    if k == 1:
        return np.zeros(n, dtype=np.int64)
    if tc.clusterer is None:
        _, labels = np.unique(kmeans(Z, w, k, tc.random_state), return_inverse=True)
        return labels.astype(np.int64)
    est = _make_clusterer(tc, k)
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


def choose_k(tc, Z, w, n: int) -> int:
    """The number of topics: ``n_topics`` (as capped by the fit), else by silhouette (sets ``silhouette_``)."""
    if tc.n_topics is not None:
        return min(tc._k_fixed, n)
    # At most about sqrt(n) topics (and five opinions a topic): on a small sample the silhouette
    # can peak at many small tight groups (measured in docs/measurements.md).
    hi = int(min(tc.max_topics, max(2, n // 5), max(2, round(np.sqrt(n)))))
    if n < 6 or hi < 2:
        return 1 if n < 3 else 2
    # A coarse grid: the silhouette curve is flat near its optimum, so every k is not needed.
    grid = sorted({k for k in _K_GRID if k <= hi} | {hi})
    # Judged on the ten leading LSA dimensions: the broad themes. In more dimensions the
    # silhouette keeps rising with k and would always pick the largest candidate.
    Zs = normalize(Z[:, :10]) if tc.svd_ is not None else normalize(Z)
    k, s = silhouette_k(Zs, w, grid, tc.random_state, small=n <= SMALL)
    tc.silhouette_ = float(s)
    return k
