"""Duplicate and form-letter campaign grouping.

Three kinds of group, reported separately:

* ``exact`` — equal after normalisation (width, punctuation, spacing);
* ``near`` — MinHash + LSH over character shingles, every candidate verified by exact Jaccard;
* ``campaign`` — a shared template plus personal additions, found by containment.

Nothing is dropped: :class:`NearDuplicateGrouper` labels every text and keeps an inverse map.
No chaining: every member of a group is verified against the group's representative.

Examples
--------
>>> from consultagg import NearDuplicateGrouper
>>> texts = ["建议加强月牙湖湿地保护，停止湿地内的开发项目。",
...          "建议加强月牙湖湿地保护，停止湿地内的开发项目！",
...          "建议尽快完善农村生活污水处理设施。"]
>>> g = NearDuplicateGrouper(threshold=0.8).fit(texts)
>>> bool(g.labels_[0] == g.labels_[1]), bool(g.labels_[0] == g.labels_[2])
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["GroupInfo", "NearDuplicateGrouper", "lsh_params", "matching_key", "shingles"]

_DROP = re.compile(r"[\W_]+", re.UNICODE)
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;\n]?")
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


def matching_key(text: str) -> str:
    """The text reduced for duplicate matching: NFKC, lower case, no punctuation or spaces.

    >>> matching_key("建议 加强，湿地保护！") == matching_key("建议加强湿地保护。")
    True
    """
    return _DROP.sub("", unicodedata.normalize("NFKC", text or "").lower())


def shingles(text: str, k: int = 3) -> set[str]:
    """Character k-shingles of the matching key (never ``\\W`` word splitting).

    >>> sorted(shingles("湿地保护", k=2))
    ['保护', '地保', '湿地']
    """
    key = matching_key(text)
    if len(key) <= k:
        return {key} if key else set()
    return {key[i:i + k] for i in range(len(key) - k + 1)}


def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows minimising weighted false-positive and false-negative probability.

    The same integration as datasketch's ``_optimal_param`` (equal weights), so the user states a
    similarity threshold and the library derives the mechanics.

    >>> lsh_params(0.8, 128)
    (9, 14)
    """
    xs = np.linspace(0.0, 1.0, 201)
    best, best_err = (1, num_perm), float("inf")
    for b in range(1, num_perm + 1):
        r = num_perm // b
        if r < 1:
            break
        p = 1.0 - (1.0 - xs ** r) ** b
        fp = np.trapezoid(p[xs <= threshold], xs[xs <= threshold])
        fn = np.trapezoid(1.0 - p[xs >= threshold], xs[xs >= threshold])
        err = fp + fn
        if err < best_err:
            best, best_err = (b, r), err
    return best


def _shingle_hashes(key: str, k: int) -> np.ndarray:
    """Stable 64-bit hashes of the k-shingles of ``key`` (independent of PYTHONHASHSEED)."""
    cps = np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if cps.size == 0:
        return np.zeros(1, dtype=np.uint64)
    if cps.size <= k:
        k = int(cps.size)
    n = cps.size - k + 1
    h = np.full(n, np.uint64(1469598103934665603), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = (h ^ cps[j:j + n]) * np.uint64(1099511628211)
        h ^= h >> np.uint64(29)
    return np.unique(h)


@dataclass(frozen=True)
class GroupInfo:
    """One group found by :class:`NearDuplicateGrouper` (indices into the fitted texts)."""

    id: int
    kind: str
    members: tuple[int, ...]
    representative: int
    template: str
    additions: tuple[str, ...]
    own_opinion: tuple[bool, ...]

    @property
    def size(self) -> int:
        return len(self.members)


class NearDuplicateGrouper:
    """Group exact duplicates, near-copies and form-letter campaigns.

    Parameters
    ----------
    threshold : float, default=0.6
        Jaccard similarity of character shingles above which two texts are near-copies.
        Shingle size, number of bands and rows are derived from it.
    containment : float or None, default=0.8
        Share of a template's shingles a text must contain to join the template's campaign
        (``None`` disables campaign detection).
    min_campaign_size : int, default=5
        A group of non-identical texts at least this large is reported as a campaign.
    min_addition_chars : int, default=200
        A member adding at least this many characters to the template is flagged
        "template + own opinion"; its addition is returned in ``groups_[i].additions``.
    num_perm : int, default=128
        MinHash permutations.
    shingle_size : int or None, default=None
        Characters per shingle; ``None`` derives it from the threshold (3 for Chinese text).
    random_state : int, default=0
        Seed of the MinHash permutations.

    Attributes
    ----------
    labels_ : ndarray of int, shape (n_texts,)
        Group id per text; ids are 0..n_groups-1 in order of first appearance.
    representatives_ : ndarray of int
        One member index per group (the most complete text).
    inverse_ : ndarray of int
        For each text, the index of its group's representative.
    groups_ : list of GroupInfo
    kinds_ : list of str
        Kind per group: ``single``, ``exact``, ``near`` or ``campaign``.
    """

    def __init__(self, threshold: float = 0.6, *, containment: float | None = 0.8,
                 min_campaign_size: int = 5, min_addition_chars: int = 200, num_perm: int = 128,
                 shingle_size: int | None = None, random_state: int = 0):
        self.threshold = threshold
        self.containment = containment
        self.min_campaign_size = min_campaign_size
        self.min_addition_chars = min_addition_chars
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        self.random_state = random_state

    # -- scikit-learn parameter protocol --------------------------------------------------
    def get_params(self, deep: bool = True) -> dict:
        return {k: getattr(self, k) for k in ("threshold", "containment", "min_campaign_size",
                                                "min_addition_chars", "num_perm", "shingle_size",
                                                "random_state")}

    def set_params(self, **params) -> "NearDuplicateGrouper":
        for k, v in params.items():
            if k not in self.get_params():
                raise ValueError(f"unknown parameter {k!r} for NearDuplicateGrouper")
            setattr(self, k, v)
        return self

    def _validate(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold}")
        if self.containment is not None and not 0.0 < self.containment <= 1.0:
            raise ValueError(f"containment must be in (0, 1] or None, got {self.containment}")
        if self.num_perm < 8:
            raise ValueError(f"num_perm must be at least 8, got {self.num_perm}")

    # -- fitting ---------------------------------------------------------------------------
    def fit(self, texts: Sequence[str], y=None) -> "NearDuplicateGrouper":
        """Group ``texts``. Returns ``self``."""
        self._validate()
        texts = ["" if t is None else str(t) for t in texts]
        n = len(texts)
        keys = [matching_key(t) for t in texts]
        # 1. exact groups on the matching key
        first: dict[str, int] = {}
        exact_of = np.empty(n, dtype=np.int64)
        for i, k in enumerate(keys):
            exact_of[i] = first.setdefault(k, i)
        uniq = np.array(sorted(set(exact_of.tolist())), dtype=np.int64)
        k = self.shingle_size or (3 if self.threshold >= 0.5 else 2)
        # 2. near-copies among distinct texts: MinHash + LSH, verified by exact Jaccard
        sets = {int(i): _shingle_hashes(keys[i], k) for i in uniq}
        parent = {int(i): int(i) for i in uniq}
        if len(uniq) > 1 and self.threshold < 1.0:
            sig = self._signatures([sets[int(i)] for i in uniq])
            for a, b in self._candidate_pairs(sig, uniq):
                if _jaccard(sets[a], sets[b]) >= self.threshold:
                    _union(parent, a, b)
        comps: dict[int, list[int]] = defaultdict(list)
        for i in uniq.tolist():
            comps[_find(parent, i)].append(i)
        # No chaining: keep a member only when it is similar enough to the representative.
        clusters = []
        anchors: dict[int, int] = {}  # first member of a cluster -> its verified representative
        for members in comps.values():
            clusters.extend(self._split_chain(members, sets, keys, anchors))
        rep_of = {u: anchors[cl[0]] for cl in clusters for u in cl}
        joined_by_containment: set[int] = set()
        if self.containment is not None:
            clusters, joined_by_containment = self._attach_by_containment(clusters, sets, keys, texts)
        # 3. expand exact duplicates back and number groups in order of first appearance
        members_of: dict[int, list[int]] = defaultdict(list)
        for i in range(n):
            members_of[int(exact_of[i])].append(i)
        groups = []
        for cl in clusters:
            full = sorted(m for u in cl for m in members_of[u])
            groups.append((full, cl))
        groups.sort(key=lambda g: g[0][0])
        labels = np.empty(n, dtype=np.int64)
        self.groups_ = []
        for gid, (full, cl) in enumerate(groups):
            labels[full] = gid
            # The representative is the member every other was verified against (no chaining).
            core = [u for u in cl if u not in joined_by_containment]
            rep = rep_of[core[0]] if core else cl[0]
            if len(cl) == 1:
                kind = "single" if len(full) == 1 else "exact"
            elif len(full) >= self.min_campaign_size or any(u in joined_by_containment for u in cl):
                kind = "campaign"
            else:
                kind = "near"
            template, additions, own = self._template(texts, full, cl, keys, kind)
            self.groups_.append(GroupInfo(gid, kind, tuple(full), int(rep), template,
                                          tuple(additions), tuple(own)))
        self.labels_ = labels
        self.representatives_ = np.array([g.representative for g in self.groups_], dtype=np.int64)
        self.inverse_ = self.representatives_[labels]
        self.kinds_ = [g.kind for g in self.groups_]
        self.n_texts_ = n
        return self

    def fit_predict(self, texts: Sequence[str], y=None) -> np.ndarray:
        return self.fit(texts).labels_

    # -- internals --------------------------------------------------------------------------
    def _signatures(self, hash_sets: list[np.ndarray]) -> np.ndarray:
        """MinHash signatures (n, num_perm) by multiply-shift hashing, vectorised with reduceat."""
        rng = np.random.default_rng(self.random_state)
        a = rng.integers(1, 2**63 - 1, size=self.num_perm, dtype=np.uint64) | np.uint64(1)
        b = rng.integers(0, 2**63 - 1, size=self.num_perm, dtype=np.uint64)
        lengths = np.array([len(s) for s in hash_sets], dtype=np.int64)
        flat = np.concatenate(hash_sets)
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        sig = np.empty((len(hash_sets), self.num_perm), dtype=np.uint32)
        with np.errstate(over="ignore"):
            for p in range(self.num_perm):
                vals = ((flat * a[p] + b[p]) >> np.uint64(32)).astype(np.uint32)
                sig[:, p] = np.minimum.reduceat(vals, offsets)
        return sig

    def _candidate_pairs(self, sig: np.ndarray, ids: np.ndarray):
        """Pairs sharing a band; each bucket links members to its first member (no n² blow-up)."""
        bands, rows = lsh_params(self.threshold, self.num_perm)
        pairs = set()
        for band in range(bands):
            block = np.ascontiguousarray(sig[:, band * rows:(band + 1) * rows])
            view = block.view(np.dtype((np.void, block.dtype.itemsize * rows))).ravel()
            _, inv = np.unique(view, return_inverse=True)
            order = np.argsort(inv, kind="stable")
            sorted_inv = inv[order]
            starts = np.flatnonzero(np.r_[True, sorted_inv[1:] != sorted_inv[:-1]])
            ends = np.r_[starts[1:], len(order)]
            for s, e in zip(starts, ends):
                if e - s < 2:
                    continue
                bucket = ids[order[s:e]]
                lead = int(bucket[0])
                # Leader plus neighbours: enough to connect a bucket without quadratic pairs.
                for j in range(1, len(bucket)):
                    pairs.add((lead, int(bucket[j])))
                    if j + 1 < len(bucket):
                        pairs.add((int(bucket[j]), int(bucket[j + 1])))
        return sorted(pairs)

    def _split_chain(self, members: list[int], sets, keys, anchors: dict) -> list[list[int]]:
        """Keep only members within ``threshold`` of the representative; regroup the rest."""
        out = []
        todo = sorted(members)
        while todo:
            if len(todo) == 1:
                anchors[todo[0]] = todo[0]
                out.append(todo)
                break
            # The representative: the member most similar on average to the others (medoid).
            if len(todo) <= 200:
                sims = [[_jaccard(sets[a], sets[b]) for b in todo] for a in todo]
                rep = todo[int(np.argmax([sum(r) for r in sims]))]
            else:
                rep = max(todo, key=lambda u: (len(keys[u]), -u))
            keep = [u for u in todo if u == rep or _jaccard(sets[u], sets[rep]) >= self.threshold]
            anchors[keep[0]] = rep
            out.append(keep)
            kept = set(keep)
            todo = [u for u in todo if u not in kept]
        return out

    def _attach_by_containment(self, clusters, sets, keys, texts):
        """Merge texts that contain a group's template (template + personal additions)."""
        thr = self.containment
        # Index sentences of every cluster's shortest member (the candidate template).
        sentence_index: dict[str, set[int]] = defaultdict(set)
        templates = {}
        for ci, cl in enumerate(clusters):
            t = min(cl, key=lambda u: (len(keys[u]), u))
            templates[ci] = t
            for s in _sentences(texts[t]):
                sentence_index[s].add(ci)
        owner = {u: ci for ci, cl in enumerate(clusters) for u in cl}
        joined: set[int] = set()
        moves: dict[int, int] = {}
        for ci, cl in enumerate(clusters):
            if len(cl) != 1:
                continue
            u = cl[0]
            counts: dict[int, int] = defaultdict(int)
            for s in _sentences(texts[u]):
                for cj in sentence_index.get(s, ()):
                    if cj != ci:
                        counts[cj] += 1
            best, best_c = None, 0.0
            for cj, c in counts.items():
                t = templates[cj]
                if len(keys[t]) >= len(keys[u]) or c < 1:
                    continue
                cont = _containment(sets[t], sets[u])
                if cont >= thr and cont > best_c:
                    best, best_c = cj, cont
            if best is not None:
                moves[u] = best
        if not moves:
            return clusters, joined
        new = [list(cl) for cl in clusters]
        for u, cj in moves.items():
            # Follow the target if it moved too, so campaigns do not chain through members.
            target = cj
            if len(new[target]) == 1 and new[target][0] in moves:
                continue
            new[owner[u]].remove(u)
            new[target].append(u)
            joined.add(u)
        return [sorted(cl) for cl in new if cl], joined

    def _template(self, texts, full, cl, keys, kind):
        """Shared template text and each member's own additions (sentences not in the template)."""
        if kind in ("single", "exact"):
            return texts[full[0]], [""] * len(full), [False] * len(full)
        base = min(cl, key=lambda u: (len(keys[u]), u))
        base_sent = set(_sentences(texts[base]))
        base_grams = _bigrams(keys[base])
        additions, own = [], []
        for m in full:
            extra = []
            for raw in _SENTENCE.findall(texts[m]):
                k = matching_key(raw)
                if not k or k in base_sent:
                    continue
                grams = _bigrams(k)
                if grams and len(grams & base_grams) / len(grams) >= 0.6:
                    continue
                extra.append(raw.strip())
            add = "".join(extra)
            additions.append(add)
            own.append(len(matching_key(add)) >= self.min_addition_chars)
        return texts[base], additions, own


def _sentences(text: str) -> list[str]:
    """Matching keys of the sentences of ``text`` (clauses of four characters or more)."""
    keys = (matching_key(s) for s in _SENTENCE.findall(unicodedata.normalize("NFKC", text)))
    return [k for k in keys if len(k) >= 4]


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)} if len(s) > 1 else {s}


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    inter = np.intersect1d(a, b, assume_unique=True).size
    union = a.size + b.size - inter
    return inter / union if union else 1.0


def _containment(template: np.ndarray, text: np.ndarray) -> float:
    """Share of the template's shingles found in ``text``."""
    if template.size == 0:
        return 0.0
    return np.intersect1d(template, text, assume_unique=True).size / template.size


def _find(parent: dict[int, int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _union(parent: dict[int, int], a: int, b: int) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)
