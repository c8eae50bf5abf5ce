"""Consensus k-means for small inputs: the grouping many k-means runs agree on.

On a few hundred short opinions the k-means objective has many local optima of nearly equal
value, so the partition one run (or the best of ten) returns is decided by its random start, by
tie-breaks and by the last bits of floating-point sums, which differ between BLAS kernels, thread
counts and library versions. Here many runs vote instead: each pair of opinions is as close as
the share of runs that put them together (the co-association matrix), average linkage on that
agreement forms ``k`` groups, and one Lloyd pass from the groups' centres makes the result a
k-means partition again. A theme that is really there is kept together by almost every run; only
opinions that no run places consistently can move with the seed.

The runs are batched in NumPy (all starts at once), which keeps hundreds of runs on a few hundred
opinions cheap (measured in docs/measurements.md); the method is meant for small inputs only (the
topic clusterer uses it up to a few hundred opinions). The batch is split between a few threads
(NumPy releases the GIL in its array loops); each run is computed alone, so the labels are the same
whatever the number of threads.

Examples
--------
>>> import numpy as np
>>> rng = np.random.default_rng(0)
>>> Z = np.vstack([rng.normal(c, 0.3, (20, 2)) for c in ((0, 0), (3, 0), (0, 3))])
>>> labels = consensus_kmeans(Z, np.ones(60), 3, random_state=0)
>>> [len(set(labels[i:i + 20].tolist())) for i in (0, 20, 40)], len(set(labels.tolist()))
([1, 1, 1], 3)
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np

__all__ = ["consensus_kmeans", "lloyd", "threads_for"]


def _sq_dist(Z: np.ndarray, C: np.ndarray) -> np.ndarray:
    """Squared distances of every row of ``Z`` to every centre in ``C`` (runs x n x k)."""
    zz = np.einsum("nd,nd->n", Z, Z)
    cc = np.einsum("rkd,rkd->rk", C, C)
    cross = np.matmul(C, Z.T).transpose(0, 2, 1)
    return np.maximum(zz[None, :, None] - 2.0 * cross + cc[:, None, :], 0.0)


def _assign(Z: np.ndarray, C: np.ndarray) -> np.ndarray:
    """Nearest centre per row and run (runs x n); ``|z|^2`` is the same for every centre.

    The first centre at the minimum, as ``argmin`` gives it: the minimum over the centres and the
    first centre equal to it, which is quicker than ``argmin`` across the short middle axis.
    """
    cc = np.einsum("rkd,rkd->rk", C, C)
    dist = cc[:, :, None] - 2.0 * np.matmul(C, Z.T)
    return np.argmax(dist == dist.min(axis=1, keepdims=True), axis=1)


def lloyd(Z: np.ndarray, w: np.ndarray, centres: np.ndarray, *, max_iter: int = 100) -> np.ndarray:
    """Weighted Lloyd iterations from ``centres`` (runs x k x d); labels per run (runs x n).

    Runs that have converged leave the batch. A centre that loses all its members stays where
    it was (the run then has fewer groups).
    """
    C = np.array(centres, dtype=float, copy=True)
    R, k, _ = C.shape
    labels = _assign(Z, C)
    active = np.arange(R)
    ks = np.arange(k)
    for _ in range(max_iter):
        lab = labels[active]
        onehot = (lab[:, None, :] == ks[None, :, None]) * w[None, None, :]  # runs x k x n
        mass = onehot.sum(axis=2)
        sums = np.matmul(onehot, Z)
        Ca = C[active]
        Ca = np.where(mass[:, :, None] > 0, sums / np.maximum(mass, 1e-300)[:, :, None], Ca)
        C[active] = Ca
        new = _assign(Z, Ca)
        moved = (new != lab).any(axis=1)
        labels[active] = new
        active = active[moved]
        if not len(active):
            break
    return labels


# Runs per thread below which one thread does them all.
_RUNS_PER_THREAD = 50


def threads_for(n_tasks: int, per_thread: int = 1) -> int:
    """Threads worth starting for ``n_tasks`` (at least ``per_thread`` each): at most 4 and the cores."""
    return max(1, min(os.cpu_count() or 1, 4, n_tasks // per_thread))


def _lloyd_threads(Z: np.ndarray, w: np.ndarray, centres: np.ndarray, n_threads=None) -> np.ndarray:
    """:func:`lloyd` with the runs split between threads; the same labels as one batch."""
    if n_threads is None:
        n_threads = threads_for(len(centres), _RUNS_PER_THREAD)
    if n_threads < 2:
        return lloyd(Z, w, centres)
    parts = np.array_split(np.arange(len(centres)), n_threads)
    with ThreadPoolExecutor(n_threads) as pool:
        done = list(pool.map(lambda p: lloyd(Z, w, centres[p]), parts))
    return np.vstack(done)


def _plusplus(Z: np.ndarray, w: np.ndarray, k: int, n_runs: int, rng) -> np.ndarray:
    """k-means++ starts for ``n_runs`` runs at once: indices (runs x k)."""
    n = len(Z)
    D = _sq_dist(Z, Z[None])[0]  # n x n
    p0 = w / w.sum()
    idx = np.empty((n_runs, k), dtype=np.int64)
    idx[:, 0] = rng.choice(n, size=n_runs, p=p0)
    mind = D[idx[:, 0]]
    for j in range(1, k):
        p = mind * w[None, :]
        total = p.sum(axis=1, keepdims=True)
        # Every point already a centre (duplicates): fall back to the weights alone.
        p = np.where(total > 0, p / np.where(total > 0, total, 1.0), p0[None, :])
        u = rng.random(n_runs)[:, None]
        nxt = np.minimum((np.cumsum(p, axis=1) < u).sum(axis=1), n - 1)
        idx[:, j] = nxt
        mind = np.minimum(mind, D[nxt])
    return idx


def consensus_kmeans(Z, w, k: int, *, random_state=0, n_runs: int = 200, n_threads=None) -> np.ndarray:
    """Labels (``0..k-1``) of the partition ``n_runs`` k-means runs agree on.

    Parameters
    ----------
    Z : ndarray of shape (n, d)
        Dense features (the clusterer's reduced space).
    w : ndarray of shape (n,)
        Sample weights (submissions behind each opinion).
    k : int
        Number of groups.
    random_state : int
        Seeds the k-means++ starts; with enough runs the result rarely depends on it.
    n_runs : int, default=200
    n_threads : int, optional
        Threads sharing the runs (default: one per 50 runs, at most 4 and the cores); the labels
        do not depend on it.

    Returns
    -------
    ndarray of int, shape (n,)
    """
    from sklearn.cluster import AgglomerativeClustering

    Z = np.asarray(Z, dtype=float)
    w = np.asarray(w, dtype=float)
    n = len(Z)
    k = int(min(k, n))
    if k <= 1:
        return np.zeros(n, dtype=np.int64)
    rng = np.random.default_rng(random_state)
    starts = _plusplus(Z, w, k, n_runs, rng)
    runs = _lloyd_threads(Z, w, Z[starts], n_threads)
    onehot = (runs[:, :, None] == np.arange(k)).transpose(1, 0, 2).reshape(n, -1).astype(float)
    agree = (onehot @ onehot.T) / n_runs
    # Agreement is a share of runs: rounding it keeps the linkage's order of merges from hanging
    # on floating-point noise (ties then go by index, the same on every machine).
    dist = np.round(1.0 - agree, 6)
    np.fill_diagonal(dist, 0.0)
    groups = AgglomerativeClustering(n_clusters=k, metric="precomputed",
                                     linkage="average").fit_predict(dist)
    centres = np.vstack([np.average(Z[groups == g], axis=0, weights=w[groups == g])
                         if w[groups == g].sum() > 0 else Z[groups == g].mean(axis=0)
                         for g in range(k)])
    labels = lloyd(Z, w, centres[None])[0]
    if len(np.unique(labels)) < k:  # the pass emptied a group: the agreed grouping stands
        labels = groups
    _, labels = np.unique(labels, return_inverse=True)
    return labels.astype(np.int64)
