"""Vectorised text encoding, character shingles, one-permutation MinHash and banded LSH.

Every text of a corpus is encoded once (in batches) into one ``uint32`` array of matching-key
characters with offsets, so shingle hashing, per-text deduplication of shingles, signatures, band
hashes and exact Jaccard / containment of candidate pairs run as a handful of numpy passes instead
of per-text Python loops.

The signature is a one-permutation MinHash with rotation densification (Shrivastava & Li, 2014):
each shingle's 32-bit hash picks one of ``num_perm`` bins and the bin keeps its smallest hash. The
collision probability of a bin equals the Jaccard similarity, as with ``num_perm`` independent
permutations, at the cost of one hash per shingle instead of ``num_perm``.

Examples
--------
>>> enc = encode_texts(["建议加强湿地保护。", "建议加强湿地保护！"])
>>> sets = ShingleSets.build(enc, k=3)
>>> bool(pair_overlap(sets, [0], [1])[0] == sets.sizes[0])
True
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from consultagg.dedup._fillers import FILLER_WORDS
from consultagg.dedup._fillers import drop_fillers as _drop_fillers
from consultagg.dedup._fillers import filler_codes as _filler_codes
from consultagg.dedup.reduce import _COMPARISON

__all__ = ["Encoded", "ShingleSets", "band_candidates", "clause_spans", "encode_texts",
           "expand_ranges", "jaccard_upper_bound", "lsh_params", "overlap_coefficient", "pair_overlap",
           "signatures"]

_SEP = "\x00"
_GOLD = np.uint64(0x9E3779B97F4A7C15)
_CHUNK = 50_000
# Characters per slice where a whole-corpus pass would need several arrays of its size at once.
_SLICE = 1 << 24
# Key characters a shingling chunk spans at most (its temporaries take some 80 bytes each).
_SHINGLE_SPAN = 1 << 22
# Texts encoded at a time.
_ENCODE_BATCH = 50_000


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser on a uint64 array (wrapping arithmetic)."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _multipliers(seed: int, n: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.integers(1, 2**63 - 1, size=n, dtype=np.uint64) | np.uint64(1)


@lru_cache(maxsize=1)
def _key_table(width: int = 4) -> tuple[np.ndarray, np.ndarray]:
    """Per BMP code point, its matching-key characters: NFKC, lower case, letters and digits only
    (a comparison sign as its words: < as 低于).

    Returns ``(count, chars)``: ``count[c]`` characters (0 drops ``c``), ``chars[c, :count[c]]``.
    A per-character table equals the string-level ``matching_key`` except inside combining
    sequences, and turns a slow whole-corpus NFKC pass into one array lookup.
    """
    count = np.zeros(0x10000, dtype=np.uint8)
    chars = np.zeros((0x10000, width), dtype=np.uint32)
    for c in range(0x10000):
        ch = chr(c)
        # a comparison sign in words (<35 / >35 are two requests), as in the reduction
        norm = (ch if ch.isascii() else unicodedata.normalize("NFKC", ch)).lower().translate(_COMPARISON)
        out = "".join(x for x in norm if x.isalnum())
        out = out[:width]
        count[c] = len(out)
        for j, x in enumerate(out):
            chars[c, j] = ord(x)
    # Read-only, so the cached table cannot be changed by a caller.
    count.flags.writeable = False
    chars.flags.writeable = False
    return count, chars


@lru_cache(maxsize=1)
def _first_key_chars() -> np.ndarray:
    """The first matching-key character per BMP code point, contiguous for fast gathers."""
    first = np.ascontiguousarray(_key_table()[1][:, 0])
    first.flags.writeable = False
    return first


@dataclass(frozen=True)
class Encoded:
    """A corpus as its matching keys (``key``), with positions in the joined texts.

    The texts are joined with one separator each; text ``i`` spans positions
    ``off[i]:off[i + 1] - 1`` of the ``n_chars`` positions (string positions of the text).
    ``key[koff[i]:koff[i + 1]]`` is its matching key and ``key_pos`` maps each key character to
    its position. The code points themselves are not kept: only the keys are compared.
    """

    n_chars: int
    off: np.ndarray
    key: np.ndarray
    koff: np.ndarray
    key_pos: np.ndarray

    @property
    def n(self) -> int:
        return len(self.off) - 1

    @property
    def key_len(self) -> np.ndarray:
        return np.diff(self.koff)


def encode_texts(texts: Sequence[str], table: tuple[np.ndarray, np.ndarray] | None = None) -> Encoded:
    """Encode all texts: per batch, one UTF-32 decode and one table lookup for the matching keys.

    Batches of texts keep the temporaries (the joined string, its code points) small; only the
    keys and their positions are kept.

    >>> enc = encode_texts(["Ａ市，生态！", ""])
    >>> enc.key_len.tolist()
    [4, 0]
    """
    count, chars = table if table is not None else _key_table()
    first = _first_key_chars() if table is None else np.ascontiguousarray(chars[:, 0])
    texts = texts if isinstance(texts, list) else list(texts)
    offs, keys, koffs, poss = [], [], [], []
    n_chars = n_key = 0
    for b in range(0, max(len(texts), 1), _ENCODE_BATCH):
        off, key, koff, pos, size = _encode_batch(texts[b:b + _ENCODE_BATCH], count, chars, first)
        offs.append(off[:-1] + n_chars)
        koffs.append(koff[:-1] + n_key)
        keys.append(key)
        poss.append(pos + np.int32(n_chars))
        n_chars += size
        n_key += key.size
    off = np.concatenate(offs + [np.array([n_chars], dtype=np.int64)])
    koff = np.concatenate(koffs + [np.array([n_key], dtype=np.int64)])
    key = np.concatenate(keys) if len(keys) > 1 else keys[0]
    pos = np.concatenate(poss) if len(poss) > 1 else poss[0]
    # int32 positions: half the memory of the largest arrays (a corpus below 2**31 characters).
    return Encoded(n_chars=n_chars, off=off, key=key, koff=koff, key_pos=pos)


def _encode_batch(texts, count, chars, first):
    """``(off, key, koff, key_pos, n_chars)`` of one batch, positions local to it."""
    joined = _SEP.join([*texts, ""])  # one separator after every text
    if joined.count(_SEP) != len(texts):  # a text holds the separator itself: rare, slower
        joined = _SEP.join([*(t.replace(_SEP, " ") for t in texts), ""])
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    del joined
    seps = np.flatnonzero(cps == 0)
    off = np.concatenate([[0], seps + 1]).astype(np.int64)
    bmp_only = int(cps.max(initial=0)) < 0x10000
    if bmp_only:
        cnt = count[cps]  # the separator's count is 0
    else:
        bmp = cps < 0x10000
        cnt = np.where(bmp, count[np.where(bmp, cps, 0)], 1).astype(np.uint8)
        cnt[cps == 0] = 0
    if int(cnt.max(initial=0)) <= 1:
        pos = np.flatnonzero(cnt).astype(np.int32)
    else:
        pos = np.repeat(np.arange(cps.size, dtype=np.int32), cnt)
    src = cps[pos]
    if bmp_only:
        key = first[src]
    else:
        big = src >= 0x10000
        key = first[np.where(big, 0, src)]
        key[big] = src[big]
    # The few characters NFKC expands (㎡ -> m2, ⑴ -> 1): their further key characters.
    multi = np.flatnonzero(cnt > 1)
    if multi.size:
        starts = np.searchsorted(pos, multi)
        for j in range(1, chars.shape[1]):
            has = cnt[multi] > j
            key[starts[has] + j] = chars[cps[multi[has]], j]
    koff = np.searchsorted(pos, off).astype(np.int64)
    return off, key, koff, pos, int(cps.size)


def _segments(starts: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Flat gather index of the segments ``[starts[i], starts[i] + lengths[i])`` and their owner."""
    lengths = np.asarray(lengths, dtype=np.int64)
    total = int(lengths.sum())
    owner = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    first = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    idx = np.arange(total, dtype=np.int64) - first[owner] + np.asarray(starts, dtype=np.int64)[owner]
    return idx, owner


@dataclass(frozen=True)
class ShingleSets:
    """Per-text sorted, unique 32-bit shingle hashes: ``values[offsets[i]:offsets[i + 1]]``."""

    values: np.ndarray
    offsets: np.ndarray
    k: int

    @property
    def sizes(self) -> np.ndarray:
        return np.diff(self.offsets)

    def of(self, i: int) -> np.ndarray:
        return self.values[self.offsets[i]:self.offsets[i + 1]]

    @classmethod
    def build(cls, enc: Encoded, k: int, ids: np.ndarray | None = None, seed: int = 0,
              n_jobs: int = 1, skip_fillers: bool = False) -> "ShingleSets":
        """Shingle the keys of texts ``ids`` (all by default); chunks run on ``n_jobs`` threads.

        With ``skip_fillers``, the :data:`FILLER_WORDS` are left out of each key first.
        """
        ids = np.arange(enc.n) if ids is None else np.asarray(ids, dtype=np.int64)
        mult = _multipliers(seed + 7919, k + 1)
        skip = _filler_codes() if skip_fillers else None
        chunks = _chunks_by_span(enc, ids)
        if n_jobs > 1 and len(chunks) > 1:
            # numpy's sort and arithmetic release the GIL: threads share the arrays without copies.
            with ThreadPoolExecutor(max_workers=n_jobs) as pool:
                parts = list(pool.map(lambda c: _shingle_chunk(enc, c, k, mult, skip), chunks))
        else:
            parts = [_shingle_chunk(enc, c, k, mult, skip) for c in chunks]
        values = np.concatenate([p[0] for p in parts])
        sizes = np.concatenate([p[1] for p in parts])
        offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        return cls(values=values, offsets=offsets, k=k)


def _chunks_by_span(enc: Encoded, ids: np.ndarray) -> list[np.ndarray]:
    """``ids`` (ascending) cut into runs of at most ``_CHUNK`` texts whose key range spans at most
    ``_SHINGLE_SPAN`` characters (a single longer text alone): a chunk's temporaries, some ten
    arrays of 8 bytes per character of its range, then stay near a fixed size however large the
    corpus and however sparse ``ids`` is in it."""
    if ids.size == 0:
        return [ids]
    first = enc.koff[ids]
    end = enc.koff[ids + 1]
    out, a = [], 0
    while a < ids.size:
        b = int(np.searchsorted(end, first[a] + _SHINGLE_SPAN, side="right"))
        b = min(max(b, a + 1), a + _CHUNK)
        out.append(ids[a:b])
        a = b
    return out


def _shingle_chunk(enc: Encoded, ids: np.ndarray, k: int, mult: np.ndarray, skip=None):
    # ``ids`` ascend: hash every window of the key range they span in place (no gather), then
    # keep the windows that start inside a text of ``ids`` and end inside the same text.
    if ids.size == 0:
        return np.zeros(0, dtype=np.uint32), np.zeros(0, dtype=np.int64)
    lo, hi = int(ids[0]), int(ids[-1]) + 1
    base, stop = int(enc.koff[lo]), int(enc.koff[hi])
    chars = enc.key[base:stop].astype(np.uint64)
    lengths = enc.key_len[ids]
    starts = enc.koff[ids] - base
    if skip is not None and chars.size:
        # Every text of the range, also those not in ``ids``, so that positions stay aligned.
        all_starts = enc.koff[lo:hi] - base
        keep = _drop_fillers(chars, all_starts, skip)
        kept_before = np.concatenate([[0], np.cumsum(keep)])
        chars = chars[keep]
        starts = kept_before[starts]
        lengths = kept_before[enc.koff[ids + 1] - base] - starts
    m = chars.size
    n_win = max(m - k + 1, 0)
    h = chars[:n_win] * mult[0]
    for j in range(1, k):
        h += chars[j:j + n_win] * mult[j]
    per_text = np.maximum(lengths - k + 1, 0)
    edge = np.zeros(m + 1, dtype=np.int8)
    np.add.at(edge, starts[per_text > 0], 1)
    np.add.at(edge, (starts + per_text)[per_text > 0], -1)
    valid = np.cumsum(edge[:n_win], dtype=np.int8).view(bool)
    h_all = [h[valid]]
    t_all = [np.repeat(np.arange(ids.size, dtype=np.int64), per_text)]
    # Texts shorter than one shingle count as one shingle (the whole key, or the empty key).
    short = np.flatnonzero(lengths < k)
    if short.size:
        firsts = starts[short]
        hs = np.zeros(short.size, dtype=np.uint64) + lengths[short].astype(np.uint64) * mult[k]
        for j in range(k - 1):
            has = lengths[short] > j
            hs[has] += chars[firsts[has] + j] * mult[j]
        h_all.append(hs)
        t_all.append(short)
    h32 = (_mix(np.concatenate(h_all)) >> np.uint64(32))
    tid = np.concatenate(t_all).astype(np.uint64)
    # Text numbers ascend already: a stable sort (a merge sort finding each text's run) is about
    # twice as fast as the default on such keys.
    keyed = np.sort((tid << np.uint64(32)) | h32, kind="stable")
    keep = np.ones(keyed.size, dtype=bool)
    keep[1:] = keyed[1:] != keyed[:-1]
    keyed = keyed[keep]
    sizes = np.bincount((keyed >> np.uint64(32)).astype(np.int64), minlength=len(ids))
    return (keyed & np.uint64(0xFFFFFFFF)).astype(np.uint32), sizes


def signatures(sets: ShingleSets, num_perm: int, seed: int = 0, n_jobs: int = 1) -> np.ndarray:
    """One-permutation MinHash signatures, shape ``(n_texts, num_perm)``, uint32, densified.

    A shingle's bin is the high part of ``hash * num_perm``, which is monotone in the hash, so the
    first hash of each (text, bin) run of the sorted sets is that bin's minimum: no scatter needed.
    """
    n = len(sets.sizes)
    sig = np.zeros((n, num_perm), dtype=np.uint32)
    cuts = [(s, min(s + _CHUNK, n)) for s in range(0, n, _CHUNK)]

    def run(cut):
        s, e = cut
        sig[s:e] = _signature_chunk(sets.values[sets.offsets[s]:sets.offsets[e]],
                                    sets.sizes[s:e], num_perm, seed)

    _run_chunks(run, cuts, n_jobs)
    return sig


def _run_chunks(run, cuts, n_jobs: int) -> None:
    """Call ``run`` on every chunk, on ``n_jobs`` threads when there is more than one chunk.

    Sorting and gathering release the GIL, so threads share the arrays without copies.
    """
    if n_jobs > 1 and len(cuts) > 1:
        with ThreadPoolExecutor(max_workers=n_jobs) as pool:
            list(pool.map(run, cuts))
    else:
        for cut in cuts:
            run(cut)


def _signature_chunk(values: np.ndarray, sizes: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    # The shingle hashes already depend on the seed; a bin keeps its smallest hash as it is.
    n = sizes.size
    owner = np.repeat(np.arange(n, dtype=np.int64), sizes)
    flat = owner * num_perm + ((values.astype(np.uint64) * np.uint64(num_perm)) >> np.uint64(32)).astype(np.int64)
    first = np.ones(flat.size, dtype=bool)
    first[1:] = flat[1:] != flat[:-1]
    cells = flat[first]
    sig = np.zeros(n * num_perm, dtype=np.uint32)
    filled = np.zeros(n * num_perm, dtype=bool)
    sig[cells] = values[first]
    filled[cells] = True
    sig = sig.reshape(n, num_perm)
    filled = filled.reshape(n, num_perm)
    rows = np.flatnonzero(~filled.all(axis=1))
    if rows.size:
        sig[rows] = _densify(sig[rows], filled[rows])
    return sig


def _densify(sig: np.ndarray, filled: np.ndarray) -> np.ndarray:
    """Rotation densification: an empty bin borrows the next filled bin to its right, salted by distance."""
    n, p = sig.shape
    out = sig.copy()
    small = np.int16 if 3 * p < 2**15 else np.int32
    cols = np.arange(p, dtype=small)
    for s in range(0, n, 100_000):
        f = filled[s:s + 100_000]
        pos = np.where(f, cols, small(2 * p))
        doubled = np.concatenate([pos, pos + small(p)], axis=1)
        nxt = np.minimum.accumulate(doubled[:, ::-1], axis=1)[:, ::-1][:, :p]
        r, c = np.nonzero(~f)  # only the empty bins are computed
        src_col = nxt[r, c]
        src = sig[s + r, src_col % p].astype(np.uint64)
        dist = (src_col - c).astype(np.uint64)
        out[s + r, c] = (_mix(src + dist * _GOLD) >> np.uint64(32)).astype(np.uint32)
    return out


def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows minimising the false-positive plus false-negative area (datasketch's rule).

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
        lo, hi = xs <= threshold, xs >= threshold
        err = np.trapezoid(p[lo], xs[lo]) + np.trapezoid(1.0 - p[hi], xs[hi])
        if err < best_err:
            best, best_err = (b, r), err
    return best


def band_candidates(sig: np.ndarray, bands: int, rows: int, seed: int = 0) -> np.ndarray:
    """Candidate pairs ``(i, j)``, ``i < j``, sharing a band bucket; shape ``(n_pairs, 2)``.

    Buckets come from one sort of 64-bit band hashes. Each bucket links every member to its
    first member (its lowest index): connected, linear in the bucket size, and mostly the same
    leader across bands, so few distinct pairs to verify.
    """
    n = sig.shape[0]
    mult = _multipliers(seed + 104729, rows)
    hb = np.zeros((n, bands), dtype=np.uint64)
    for j in range(rows):
        hb += sig[:, j:bands * rows:rows].astype(np.uint64) * mult[j]
    hb += np.arange(bands, dtype=np.uint64) * _GOLD
    # The text number rides in the low bits of its bucket key: one plain sort (much faster
    # than an argsort) orders buckets, and members inside a bucket by text number. A collision
    # of two buckets' remaining high bits (some 40 of them) only adds candidates to verify.
    bits = max(1, int(n - 1).bit_length())
    low = np.uint64((1 << bits) - 1)
    flat = (_mix(hb) & ~low) | np.arange(n, dtype=np.uint64)[:, None]
    flat = np.sort(flat.ravel())
    keys = flat >> np.uint64(bits)
    text = (flat & low).astype(np.int64)
    del flat
    start = np.ones(keys.size, dtype=bool)
    start[1:] = keys[1:] != keys[:-1]
    run = np.cumsum(start) - 1
    lead = text[np.flatnonzero(start)][run]
    inner = ~start
    a, b = lead[inner], text[inner]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    code = np.unique(lo[lo != hi].astype(np.int64) * n + hi[lo != hi])
    return np.stack([code // n, code % n], axis=1)


def jaccard_upper_bound(sig: np.ndarray, sizes: np.ndarray, a: np.ndarray, b: np.ndarray,
                        z: float = 4.5, chunk: int = 65_536) -> np.ndarray:
    """A generous upper bound on the Jaccard similarity of each pair, from the signatures alone.

    The share of equal bins estimates the Jaccard similarity with a standard deviation of at most
    ``0.5 / sqrt(m)``, where ``m`` is the number of bins or, for sets smaller than that (whose
    empty bins borrow from their neighbours), the larger set's size. The bound adds ``z`` such
    deviations (4.5 by default: a true pair falls below it about three times in a million), so
    a pair above a threshold is practically never ruled out, while most candidates that share
    only a sentence or two are, without touching their shingles.

    >>> sig = np.array([[1, 2, 3, 4], [1, 2, 3, 5], [9, 9, 9, 9]], dtype=np.uint32)
    >>> jaccard_upper_bound(sig, np.array([400, 400, 400]), np.array([0, 0]), np.array([1, 2]),
    ...                     z=0).round(2).tolist()
    [0.75, 0.0]
    """
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    est = np.empty(a.size, dtype=np.float64)
    p = sig.shape[1]
    for s in range(0, a.size, chunk):
        est[s:s + chunk] = np.count_nonzero(sig[a[s:s + chunk]] == sig[b[s:s + chunk]], axis=1) / p
    m = np.clip(np.maximum(sizes[a], sizes[b]), 1, p)
    return est + z * 0.5 / np.sqrt(m)


def pair_overlap(sets: ShingleSets, a: Sequence[int], b: Sequence[int],
                 batch: int = 2_000_000, n_jobs: int = 1) -> np.ndarray:
    """Exact size of the intersection of the shingle sets of each pair ``(a[i], b[i])``.

    Both sides are gathered with the pair number in the high bits, so each side is already sorted;
    a stable sort of the two runs is a linear merge and equal neighbours are the shared shingles.
    """
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    out = np.zeros(a.size, dtype=np.int64)
    sizes = sets.sizes
    cost = np.cumsum(sizes[a] + sizes[b])
    cuts, s = [], 0
    while s < a.size:
        e = max(int(np.searchsorted(cost, (cost[s - 1] if s else 0) + batch, side="right")), s + 1)
        cuts.append((s, e))
        s = e

    def run(cut):
        out[cut[0]:cut[1]] = _overlap_batch(sets, a[cut[0]:cut[1]], b[cut[0]:cut[1]])

    _run_chunks(run, cuts, n_jobs)
    return out


def _overlap_batch(sets: ShingleSets, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    sides = []
    for side in (a, b):
        idx, owner = _segments(sets.offsets[side], sets.sizes[side])
        sides.append((owner.astype(np.uint64) << np.uint64(32)) | sets.values[idx].astype(np.uint64))
    merged = np.sort(np.concatenate(sides), kind="stable")
    same = np.flatnonzero(merged[1:] == merged[:-1])
    return np.bincount((merged[same] >> np.uint64(32)).astype(np.int64), minlength=a.size)


def _clauses(enc: Encoded):
    """Clause (maximal run of key characters) starts, lengths, 64-bit hashes and owning texts.

    Worked through in slices of about ``_SLICE`` characters, so that the per-character
    intermediates of a large corpus never exist all at once.
    """
    key, kpos = enc.key, enc.key_pos
    n = key.size
    start = np.ones(n, dtype=bool)
    for s in range(0, max(n - 1, 0), _SLICE):
        step = kpos[s + 1:s + 1 + _SLICE] - kpos[s:s + _SLICE][:max(0, min(_SLICE, n - 1 - s))]
        start[s + 1:s + 1 + step.size] = (step != 1) & (step != 0)
    starts = np.flatnonzero(start)
    del start
    lengths = np.diff(np.concatenate([starts, [n]]))
    # A linear hash with a random odd multiplier per position, mixed once per clause.
    weights = _multipliers(15485863, int(lengths.max(initial=1)))
    sums = np.zeros(starts.size, dtype=np.uint64)
    ci = 0
    while ci < starts.size:
        cj = max(ci + 1, int(np.searchsorted(starts, starts[ci] + _SLICE, side="left")))
        a, b = int(starts[ci]), int(starts[cj]) if cj < starts.size else n
        local = starts[ci:cj] - a
        pos = np.arange(b - a, dtype=np.int64) - np.repeat(local, lengths[ci:cj])
        sums[ci:cj] = np.add.reduceat(key[a:b].astype(np.uint64) * weights[pos], local)
        ci = cj
    h = _mix(sums + lengths.astype(np.uint64) * _GOLD)
    text = np.searchsorted(enc.koff, starts, side="right") - 1
    return text, h, starts, lengths


def clause_spans(enc: Encoded) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every clause (run of key characters) with its hash, span, key start and key length.

    Returns ``(text, hash, begin, end, key_start, n_chars)``: ``texts[text][begin:end]`` is the
    clause with the punctuation that follows it, up to the next clause.
    """
    if enc.key.size == 0:
        z = np.zeros(0, np.int64)
        return z, z.astype(np.uint64), z, z, z, z
    text, h, starts, lengths = _clauses(enc)
    begin = enc.key_pos[starts]
    nxt = np.r_[begin[1:], enc.n_chars]
    text_end = enc.off[text + 1] - 1
    end = np.minimum(nxt, text_end)
    return (text.astype(np.int64), h, begin - enc.off[text], end - enc.off[text], starts,
            lengths)

# Deviations of the signature estimate allowed before a containment candidate is ruled out
# unmeasured. The deviation assumed is the worst case (Jaccard 0.5), so the real margin is wider;
# on 12,111 template pairs that pass (generated campaigns, N = 300,000) 3.5 rules none out and
# measures half the candidates instead of two thirds at 4.5.
_CONTAINMENT_Z = 3.5


def overlap_coefficient(sets: ShingleSets, a: np.ndarray, b: np.ndarray, n_jobs: int = 1, *, sig=None,
                  at_least=None) -> np.ndarray:
    """Share of the smaller shingle set found in the other (containment of the shorter text).

    With ``sig`` and ``at_least`` (a bar per pair), pairs whose signatures rule out reaching the
    bar get 0 unmeasured: the Jaccard upper bound ``J`` caps the overlap at
    ``J (|A| + |B|) / (1 + J)``. Every other pair is measured exactly.
    """
    out = np.zeros(a.size, dtype=np.float64)
    sa, sb = sets.sizes[a], sets.sizes[b]
    small = np.maximum(np.minimum(sa, sb), 1)
    check = np.ones(a.size, dtype=bool)
    if sig is not None and at_least is not None and a.size:
        j = np.minimum(jaccard_upper_bound(sig, sets.sizes, a, b, z=_CONTAINMENT_Z), 1.0)
        check = j * (sa + sb) / (1.0 + j) / small >= at_least
    out[check] = pair_overlap(sets, a[check], b[check], n_jobs=n_jobs) / small[check]
    return out


def expand_ranges(starts: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(index, owner)``: ``starts[k], starts[k] + 1, …`` (``counts[k]`` of them) for every ``k``."""
    owner = np.repeat(np.arange(counts.size), counts)
    first = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
    return np.arange(int(counts.sum())) - first[owner] + starts[owner], owner


def isin_sorted(values: np.ndarray, table: np.ndarray, table_sorted: bool = False) -> np.ndarray:
    """``np.isin(values, table)`` by one sort of ``table`` and a binary search per value: four
    times faster than numpy's own (which makes both sides unique first) on the 64-bit hashes here;
    ``table_sorted`` skips the sort of a table already in order.

    >>> isin_sorted(np.array([3, 5, 7], dtype=np.uint64), np.array([7, 1, 3], dtype=np.uint64)).tolist()
    [True, False, True]
    """
    if table.size == 0:
        return np.zeros(values.shape, dtype=bool)
    table = table if table_sorted else np.sort(table)
    at = np.searchsorted(table, values)
    return table[np.minimum(at, table.size - 1)] == values
