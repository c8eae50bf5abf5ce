"""Duplicate and form-letter campaign grouping.

Three kinds of group, reported separately:

* ``exact`` — equal after normalisation (width, case, punctuation, spacing);
* ``near`` — MinHash + LSH over character shingles, every candidate verified by exact Jaccard;
* ``campaign`` — a shared template plus personal additions, found by containment.

Every group is then verified by what differs (``verify=True``): near-copies and campaign members
that ask for something else leave their group and are kept as related to it
(:mod:`consultagg.dedup.verify`).

Mechanics (all vectorised over the corpus, see :mod:`consultagg.dedup.minhash`): one array of
matching-key characters for every text, exact groups by string key, character shingles hashed at
once, one-permutation MinHash, LSH buckets by one sort of 64-bit band hashes, candidates verified
by exact Jaccard (skipping pairs already joined or ruled out by their signatures), components split
against a medoid, campaigns found through a clause index and verified by exact containment.

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
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from joblib import effective_n_jobs
from sklearn.base import BaseEstimator, clone
from sklearn.utils.validation import check_is_fitted

from consultagg.dedup.minhash import (FILLER_WORDS, ShingleSets, band_candidates, clause_spans, encode_texts,
                                      expand_ranges, jaccard_upper_bound, lsh_params, overlap_coefficient,
                                      pair_overlap, signatures)
from consultagg.dedup._order import _sides_swapped, canonical_order, pair_reason, restore
from consultagg.dedup._quote import oriented, requote
from consultagg.dedup._template import common_text
from consultagg.dedup.campaigns import member_additions, split_campaigns
from consultagg.dedup.reduce import _COMPARISON
from consultagg.dedup.regroup import exact_groups, join_by_core, split_by_request
from consultagg.progress import stage
from consultagg.records import DuplicateGroup
from consultagg.text._stateless import TextInputMixin
from consultagg.text.normalize import nfkc

__all__ = ["GroupInfo", "NearDuplicateGrouper", "lsh_params", "matching_key", "shingles"]

_DROP = re.compile(r"[\W_]+", re.UNICODE)
_FILLERS = re.compile("|".join(sorted(FILLER_WORDS, key=len, reverse=True)))
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;\n]?")
# Templates kept per clause in the containment index (the shortest ones).
_MAX_POSTING = 8
_MAX_SPLIT_ROUNDS = 4
# A template shorter than this (characters of its matching key) never gathers a campaign:
# a short comment is contained in too many long letters by chance.
_MIN_TEMPLATE_CHARS = 50
# Share of the shorter template's clauses two templates must share to be compared exactly.
_MIN_SHARED_CLAUSES = 0.5
# How much lower the containment bar is for joining an established campaign.
_CAMPAIGN_SLACK = 0.1
# Candidate (template, target) entries expanded at a time in the containment step.
_CANDIDATE_SLICE = 8_000_000


def matching_key(text: str) -> str:
    """The text reduced for duplicate matching: NFKC, lower case, no punctuation or spaces.

    >>> matching_key("建议 加强，湿地保护！") == matching_key("建议加强湿地保护。")
    True
    """
    return _DROP.sub("", nfkc(text or "").lower().translate(_COMPARISON))


def shingles(text: str, k: int = 3, *, skip_fillers: bool = False) -> set[str]:
    """Character k-shingles of the matching key (never ``\\W`` word splitting).

    With ``skip_fillers`` (as :class:`NearDuplicateGrouper` shingles), the 虚词 and fillers of
    :data:`consultagg.dedup.minhash.FILLER_WORDS` are left out of the key first.

    >>> sorted(shingles("湿地保护", k=2))
    ['保护', '地保', '湿地']
    >>> sorted(shingles("相关湿地的保护", k=2, skip_fillers=True))
    ['保护', '湿保']
    """
    key = matching_key(text)
    if skip_fillers:
        key = _FILLERS.sub("", key)
    if len(key) <= k:
        return {key} if key else set()
    return {key[i:i + k] for i in range(len(key) - k + 1)}


#: The group record of :class:`NearDuplicateGrouper` (``groups_``): a
#: :class:`~consultagg.records.DuplicateGroup` holding indices into the fitted texts.
GroupInfo = DuplicateGroup


class NearDuplicateGrouper(TextInputMixin, BaseEstimator):
    """Group exact duplicates, near-copies and form-letter campaigns.

    Parameters
    ----------
    threshold : float, default=0.5
        Jaccard similarity of character shingles at or above which two texts are near-copies
        (each member is verified against its group's representative). Shingle size, LSH bands
        and rows are derived from it (its choice is measured in docs/measurements.md).
    containment : float or None, default=0.8
        Campaign rule: two templates (cluster representatives of at least 50 characters) are
        one campaign when the shorter one's shingles are at least this share inside the longer
        one; every member that moves is verified the same way (``None`` disables it; 0.7 already
        joins different complaints written on a shared pattern, see docs/measurements.md).
        Against a template already shared by ``min_campaign_size`` texts the bar is 0.1 lower:
        many copies establish the template, so a copy with a sentence cut and text added joins.
    min_campaign_size : int, default=5
        A group of non-identical texts at least this large is reported as a campaign.
    min_addition_chars : int, default=200
        A member adding at least this many characters to the template, or a clause of ten characters
        or more that asks in words (另外建议…), is flagged "template + own opinion"
        (``groups_[i].own_opinion``); its addition is returned in ``groups_[i].additions``.
    num_perm : int, default=128
        MinHash bins (one-permutation MinHash with densification).
    shingle_size : int or None, default=None
        Characters per shingle; ``None`` derives it from the threshold (3 for thresholds of
        0.5 and above, 2 below: looser matching needs finer shingles to keep recall).
    random_state : int, default=0
        Seed of the hash functions.
    verify : bool, default=True
        Verify every group by what differs. In a near-copy group, a member whose differing
        characters carry another request (a number, a negation, a direction, a section, an
        object; or a request added to the text) leaves the group
        (:func:`consultagg.dedup.verify.request_difference`). In a campaign, a member that asks
        its template's request with another number, negation, direction, section or order leaves
        it (:func:`consultagg.dedup.verify.campaign_difference`); words, names, places and own
        text are how members make a letter their own and keep them in. The groups kept apart are
        recorded in ``related_`` (同题不同诉求) with the reason.
    n_jobs : int or None, default=1
        Threads for shingling and verification (numpy releases the GIL), with scikit-learn's
        meaning: ``None`` one, ``-1`` every core. Worth it only for large inputs (see
        docs/measurements.md).

    Attributes
    ----------
    labels_ : ndarray of int, shape (n_texts,)
        Group id per text; ids are 0..n_groups-1 in order of first appearance.
    representatives_ : ndarray of int
        One member index per group: the medoid every other member was verified against (on
        ties the shorter text, the template without personal additions).
    inverse_ : ndarray of int
        For each text, the index of its group's representative.
    same_key_ : ndarray of int
        For each text, the first text with its matching key and numbers (it differs from it only
        in punctuation, spacing, width or case): the pipeline's per-text stages run once per key.
    groups_ : list of DuplicateGroup
        One record per group (indices into the fitted texts).
    kinds_ : list of str
        Kind per group: ``single``, ``exact``, ``near`` or ``campaign``.
    n_threads_ : int
        Threads the fit used (``n_jobs`` resolved).
    representative_texts_ : list of str
        The representatives' texts, for :meth:`query`.
    related_ : list of tuple
        ``(group id, group id, kind, reason)`` for groups that share their wording but not their
        request: ``kind`` is ``"different"`` or ``"expanded"`` (one adds requests of its own), the
        reason is Chinese (``数值不同：65% / 75%``). See :meth:`explain`.

    Examples
    --------
    >>> base = "请将月牙湖湿地划入生态保护红线，停止一切开发建设活动，并恢复已被侵占的湿地面积。"
    >>> texts = [base + f"签名：市民{i}" for i in range(5)] + ["建议完善农村污水处理设施。"]
    >>> g = NearDuplicateGrouper().fit(texts)
    >>> g.kinds_
    ['campaign', 'single']
    """

    def __init__(self, threshold: float = 0.5, *, containment: float | None = 0.8,
                 min_campaign_size: int = 5, min_addition_chars: int = 200, num_perm: int = 128,
                 shingle_size: int | None = None, random_state: int = 0, n_jobs: int = 1, verify: bool = True):
        self.threshold = threshold
        self.containment = containment
        self.min_campaign_size = min_campaign_size
        self.min_addition_chars = min_addition_chars
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        self.random_state = random_state
        self.n_jobs = n_jobs
        self.verify = verify

    def _validate(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold}")
        if self.containment is not None and not 0.0 < self.containment <= 1.0:
            raise ValueError(f"containment must be in (0, 1] or None, got {self.containment}")
        if int(self.num_perm) != self.num_perm or self.num_perm < 8:
            raise ValueError(f"num_perm must be an integer of at least 8, got {self.num_perm}")
        if self.shingle_size is not None and (int(self.shingle_size) != self.shingle_size
                                              or self.shingle_size < 1):
            raise ValueError(f"shingle_size must be a positive integer or None, got {self.shingle_size}")
        if self.min_campaign_size < 2:
            raise ValueError(f"min_campaign_size must be at least 2, got {self.min_campaign_size}")
        if self.min_addition_chars < 1:
            raise ValueError(f"min_addition_chars must be positive, got {self.min_addition_chars}")

    @property
    def shingle_size_(self) -> int:
        return int(self.shingle_size or (3 if self.threshold >= 0.5 else 2))

    # -- fitting ---------------------------------------------------------------------------
    def fit(self, texts: Sequence[str], y=None) -> "NearDuplicateGrouper":
        """Group ``texts``. Returns ``self``. The groups do not depend on the order of ``texts``: they are
        fitted in the order of the texts' characters and given back in the caller's order."""
        texts = ["" if t is None else str(t) for t in texts]
        perm = canonical_order(texts)
        with stage("识别重复意见", total=5, unit="步", announce=False) as st:
            self._fit([texts[p] for p in perm.tolist()], st)
        restore(self, perm, texts)
        self._texts = texts  # (explain judges the two texts asked about, not only their groups)
        return self

    def _fit(self, texts: Sequence[str], st) -> "NearDuplicateGrouper":
        self._validate()
        self.n_threads_ = max(1, effective_n_jobs(self.n_jobs))
        texts = ["" if t is None else str(t) for t in texts]
        n = len(texts)
        if n == 0:
            self.labels_ = np.zeros(0, dtype=np.int64)
            self.representatives_ = np.zeros(0, dtype=np.int64)
            self.inverse_ = self.same_key_ = np.zeros(0, dtype=np.int64)
            self.groups_, self.kinds_, self.n_texts_, self.related_ = [], [], 0, []
            self.representative_texts_ = []
            return self
        enc = encode_texts(texts)
        k = self.shingle_size_
        st.step("完全相同")
        exact_of = exact_groups(texts, enc)  # 1. equal matching keys and numbers (1.5% is not 15%)
        uniq = np.flatnonzero(exact_of == np.arange(n))
        sets = ShingleSets.build(enc, k, ids=uniq, seed=self.random_state, n_jobs=self.n_threads_,
                                 skip_fillers=True)
        klen = enc.key_len[uniq]
        st.step("近似重复")  # 2. near-copies among distinct texts: MinHash + LSH, every candidate verified
        comp = np.arange(uniq.size)
        sig = None
        if uniq.size > 1 and self.threshold < 1.0:
            sig = signatures(sets, self.num_perm, seed=self.random_state, n_jobs=self.n_threads_)
            bands, rows = lsh_params(self.threshold, self.num_perm)
            pairs = band_candidates(sig, bands, rows, seed=self.random_state)
            if len(pairs):
                comp = self._verified_components(pairs, sets, sig, uniq.size)
        cluster, rep = self._split_chains(comp, sets, sig, klen)
        grown = None
        if self.verify:  # short copies under a greeting or a signature: by what carries meaning
            cluster, rep, grown = join_by_core(texts, uniq, klen, cluster, rep, self.threshold, n_jobs=self.n_threads_)
        st.step("批量提交")
        joined = np.zeros(uniq.size, dtype=bool)  # 3. campaigns: a text holding a cluster's template joins it
        spans = clause_spans(enc)
        enc = replace(enc, key_pos=enc.key_pos[:0])  # only the clauses needed each key character's position
        long_clause = spans[5] >= 4
        clauses = (spans[0][long_clause], spans[1][long_clause])
        if self.containment is not None and uniq.size > 1:
            cluster, joined = self._attach_by_containment(clauses, uniq, cluster, rep, sets, klen, sig)
        del sets, sig, clauses, comp  # what follows reads texts and clauses only: a million texts' shingles freed
        st.step("区分诉求")  # 4. one request per group: members asking for another leave it, related to it
        self.related_ = []
        if self.verify:
            cluster, rep, self.related_ = split_by_request(texts, uniq, exact_of, cluster, rep, joined, klen,
                                                           self.min_campaign_size, n_jobs=self.n_threads_, grown=grown)
            cluster, rep, more = split_campaigns(texts, uniq, exact_of, cluster, rep, joined, self.min_campaign_size, spans,
                                                 n_jobs=self.n_threads_)
            self.related_ += more
        st.step("编号")  # 5. expand exact duplicates back; number groups in order of first appearance
        cl_of_text = cluster[np.searchsorted(uniq, exact_of)]
        _, first_idx, inv = np.unique(cl_of_text, return_index=True, return_inverse=True)
        order = np.argsort(first_idx, kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(order.size)
        labels = rank[inv].astype(np.int64)
        # Related groups (同题不同诉求), as pairs of group ids with the reason, once per pair.
        links: dict[tuple[int, int], tuple[str, str]] = {}
        self._told = {}  # (the two texts each pair's reason was told of: explain)
        for a, b, kind, reason in self.related_:
            reason = requote(oriented(reason, texts[a], texts[b]), texts[a], texts[b])  # (the texts' own words, a's first)
            key = (int(labels[a]), int(labels[b]))
            if key[0] != key[1]:  # (the reason's sides in the order of the two group ids)
                links.setdefault(tuple(sorted(key)), (kind, reason if key[0] < key[1] else _sides_swapped(reason)))
                self._told.setdefault(tuple(sorted(key)), (int(a), int(b)) if key[0] < key[1] else (int(b), int(a)))
        self.related_ = [(a, b, kind, reason) for (a, b), (kind, reason) in sorted(links.items())]
        self._build_groups(texts, enc, spans, labels, uniq, exact_of, rep, joined)
        self.labels_ = labels
        self.representatives_ = np.array([g.representative for g in self.groups_], dtype=np.int64)
        self.inverse_ = self.representatives_[labels]
        self.same_key_ = exact_of
        self.kinds_ = [g.kind for g in self.groups_]
        self.n_texts_ = n
        self.representative_texts_ = [texts[r] for r in self.representatives_.tolist()]
        return self

    def fit_predict(self, texts: Sequence[str], y=None) -> np.ndarray:
        return self.fit(texts).labels_

    def query(self, texts: Sequence[str]) -> np.ndarray:
        """The fitted group each new text belongs to (an id into ``groups_``), ``-1`` for none.

        A new text belongs to a group when it is a copy of the group's representative that asks
        for the same thing, judged as :meth:`fit` judges (the same shingles, verification and
        reasons): the representatives and the new texts are grouped together once per call, so
        pass the new texts of a batch in one call. The fitted groups are left unchanged.

        Examples
        --------
        >>> g = NearDuplicateGrouper().fit(["建议将城市生活污水集中收集率目标调整为65%。", "建议在第三章增加农村污水治理内容。"])
        >>> g.query(["建议将城市生活污水集中收集率目标调整为65% 。", "建议将城市生活污水集中收集率目标调整为75%。",
        ...          "建议加强散煤治理。"]).tolist()
        [0, -1, -1]
        """
        check_is_fitted(self, "labels_")
        new = ["" if t is None else str(t) for t in texts]
        if not new:
            return np.zeros(0, dtype=np.int64)
        reps = list(self.representative_texts_)
        both = clone(self).fit(reps + new).labels_
        group_of: dict[int, int] = {}
        for gid, label in enumerate(both[:len(reps)].tolist()):
            group_of.setdefault(label, gid)
        return np.array([group_of.get(label, -1) for label in both[len(reps):].tolist()], dtype=np.int64)

    # -- internals --------------------------------------------------------------------------
    @staticmethod
    def _jaccard(sets: ShingleSets, a: np.ndarray, b: np.ndarray, n_jobs: int = 1, *, sig=None,
                 at_least: float | None = None) -> np.ndarray:
        """Exact Jaccard per pair. With ``sig`` and ``at_least``, pairs whose signatures rule out
        reaching ``at_least`` get 0 without their shingles being compared (see
        :func:`~consultagg.dedup.minhash.jaccard_upper_bound`); every other pair is measured exactly."""
        out = np.zeros(a.size, dtype=np.float64)
        check = np.ones(a.size, dtype=bool)
        if sig is not None and at_least is not None and a.size:
            check = jaccard_upper_bound(sig, sets.sizes, a, b) >= at_least
        a, b = a[check], b[check]
        inter = pair_overlap(sets, a, b, n_jobs=n_jobs)
        union = sets.sizes[a] + sets.sizes[b] - inter
        out[check] = np.where(union > 0, inter / np.maximum(union, 1), 1.0)
        return out

    def _verified_components(self, pairs, sets, sig, m) -> np.ndarray:
        """Connected components of the candidate pairs that reach ``threshold`` exactly.

        A pair whose two texts are already joined by verified pairs cannot change a component,
        so it is not measured: each round verifies one pending pair per text (its lowest
        partner), joins what passed, and drops the pending pairs now inside one component. The
        components are those of verifying every pair, at a fraction of the cost when a campaign
        puts each member in many buckets.
        """
        comp = np.arange(m)
        pending = pairs[np.lexsort((pairs[:, 0], pairs[:, 1]))]
        edges = []
        while len(pending):
            hi = pending[:, 1]
            first = np.r_[True, hi[1:] != hi[:-1]]
            batch, pending = pending[first], pending[~first]
            jac = self._jaccard(sets, batch[:, 0], batch[:, 1], n_jobs=self.n_threads_, sig=sig,
                                at_least=self.threshold)
            ok = batch[jac >= self.threshold]
            if len(ok):
                edges.append(ok)
                e = np.concatenate(edges)
                graph = coo_matrix((np.ones(len(e)), (e[:, 0], e[:, 1])), shape=(m, m))
                _, comp = connected_components(graph, directed=False)
            pending = pending[comp[pending[:, 0]] != comp[pending[:, 1]]]
        return comp

    def _split_chains(self, comp, sets, sig, klen):
        """Peel every component into clusters whose members all reach ``threshold`` vs its representative."""
        m = comp.size
        cluster = np.arange(m)
        rep = np.arange(m)
        order = np.argsort(comp, kind="stable")
        bounds = np.flatnonzero(np.r_[True, comp[order][1:] != comp[order][:-1], True])
        pending = [order[s:e] for s, e in zip(bounds[:-1], bounds[1:]) if e - s > 1]
        for _ in range(_MAX_SPLIT_ROUNDS):
            if not pending:
                break
            reps = np.array([self._medoid(p, sig, klen) for p in pending])
            sizes = np.array([p.size for p in pending])
            members = np.concatenate(pending)
            against = np.repeat(reps, sizes)
            jac = self._jaccard(sets, members, against, n_jobs=self.n_threads_, sig=sig,
                                at_least=self.threshold)
            ok = (members == against) | (jac >= self.threshold)
            cluster[members[ok]] = against[ok]
            rep[members[ok]] = against[ok]
            nxt = []
            for p, keep in zip(pending, np.split(ok, np.cumsum(sizes)[:-1])):
                rest = p[~keep]
                if rest.size > 1:
                    nxt.append(rest)
            pending = nxt
        # Whatever still chains after the last round stays alone rather than joining loosely.
        return cluster, rep

    @staticmethod
    def _medoid(members: np.ndarray, sig, klen) -> int:
        """The member closest on average to the others (estimated from signatures).

        Ties go to the shorter text: the common core rather than a copy with additions.
        """
        if members.size == 2 or sig is None:
            return int(members[np.argmin(klen[members])])
        ref = members[np.linspace(0, members.size - 1, min(members.size, 32)).astype(int)]
        agree = (sig[members][:, None, :] == sig[ref][None, :, :]).mean(axis=(1, 2)) \
            if members.size <= 2000 else np.concatenate([
                (sig[c][:, None, :] == sig[ref][None, :, :]).mean(axis=(1, 2))
                for c in np.array_split(members, members.size // 2000 + 1)])
        best = np.flatnonzero(agree >= agree.max() - 1e-12)
        return int(members[best[np.argmin(klen[members[best]])]])

    def _attach_by_containment(self, clauses, uniq, cluster, rep, sets, klen, sig=None):
        """Merge clusters whose templates contain one another: form letters with additions or cuts.

        A cluster's template is its representative (the medoid). Two templates qualify when the
        shorter one's shingles are at least ``containment`` inside the longer one; the smaller
        cluster then joins the larger (a single text joins the shorter template). Candidates
        share a clause; every member that moves is verified against the target template, and a
        cluster that moves cannot receive others (no chaining).
        """
        m = uniq.size
        size_of = np.bincount(cluster, minlength=m)
        templates = np.unique(rep)
        templates = templates[klen[templates] >= _MIN_TEMPLATE_CHARS]
        if templates.size < 2:
            return cluster, np.zeros(m, dtype=bool)
        # Rank of a template as a target: larger cluster first, then the shorter text.
        rank = np.full(m, m, dtype=np.int64)
        o = np.lexsort((templates, klen[templates], -size_of[cluster[templates]]))
        rank[templates[o]] = np.arange(templates.size)
        s_text, s_hash = clauses
        local = np.full(enc_n := int(uniq[-1]) + 1, -1)
        local[uniq] = np.arange(m)
        inside = s_text < enc_n
        s_loc, s_hash = local[s_text[inside]], s_hash[inside]
        keep = s_loc >= 0
        s_loc, s_hash = s_loc[keep], s_hash[keep]
        is_tmpl = np.zeros(m, dtype=bool)
        is_tmpl[templates] = True
        t_mask = is_tmpl[s_loc]
        idx_h, idx_t = s_hash[t_mask], s_loc[t_mask]
        o = np.lexsort((rank[idx_t], idx_h))
        idx_h, idx_t = idx_h[o], idx_t[o]
        dup = np.r_[False, (idx_h[1:] == idx_h[:-1]) & (idx_t[1:] == idx_t[:-1])]
        idx_h, idx_t = idx_h[~dup], idx_t[~dup]
        q_loc, q_hash = idx_t, idx_h
        # Inverted index clause -> its best-ranked templates only, so that boilerplate clauses
        # cannot blow the candidates up while a campaign's core template is always listed.
        run_start = np.r_[True, idx_h[1:] != idx_h[:-1]]
        starts = np.flatnonzero(run_start)
        pos_in_run = np.arange(idx_h.size) - starts[np.cumsum(run_start) - 1]
        top = pos_in_run < _MAX_POSTING
        uh, ustart, ucount = np.unique(idx_h[top], return_index=True, return_counts=True)
        post_t = idx_t[top]
        n_clauses = np.bincount(q_loc, minlength=m)
        # Queries ordered by template and expanded a slice of templates at a time: every pair's
        # shared clauses are counted inside one slice, and the candidate arrays stay small.
        o = np.argsort(q_loc, kind="stable")
        q_loc, q_hash = q_loc[o], q_hash[o]
        pos = np.minimum(np.searchsorted(uh, q_hash), uh.size - 1)
        hit = uh[pos] == q_hash
        q_loc, pos = q_loc[hit], pos[hit]
        counts = ucount[pos]
        total = np.cumsum(counts)
        kept_u, kept_t = [], []
        s = 0
        while s < q_loc.size:
            e = max(int(np.searchsorted(total, (total[s - 1] if s else 0) + _CANDIDATE_SLICE,
                                        side="right")), s + 1)
            if e < q_loc.size:  # end the slice with the last template's last query
                e = int(np.searchsorted(q_loc, q_loc[e - 1], side="right"))
            gidx, owner = expand_ranges(ustart[pos[s:e]], counts[s:e])
            u, t = q_loc[s:e][owner], post_t[gidx]
            # u moves towards t: t must rank better and be another cluster.
            cand = (rank[t] < rank[u]) & (cluster[t] != cluster[u])
            code, shared = np.unique(u[cand].astype(np.int64) * m + t[cand], return_counts=True)
            u, t = code // m, code % m
            # A template inside another shares most of its clauses; one common clause is chance.
            enough = shared >= _MIN_SHARED_CLAUSES * np.minimum(n_clauses[u], n_clauses[t])
            kept_u.append(u[enough])
            kept_t.append(t[enough])
            s = e
        u = np.concatenate(kept_u) if kept_u else np.zeros(0, dtype=np.int64)
        t = np.concatenate(kept_t) if kept_t else np.zeros(0, dtype=np.int64)
        if u.size == 0:
            return cluster, np.zeros(m, dtype=bool)
        # A template already sent by a campaign's worth of texts is established: a text holding
        # most of it (a sentence cut, words swapped, own text added) joins at a looser bar.
        bar = np.where(size_of[cluster] >= self.min_campaign_size,
                       self.containment - _CAMPAIGN_SLACK, self.containment)
        cont = overlap_coefficient(sets, t, u, n_jobs=self.n_threads_, sig=sig, at_least=bar[t])
        good = cont >= bar[t]
        u, t, cont = u[good], t[good], cont[good]
        if u.size == 0:
            return cluster, np.zeros(m, dtype=bool)
        moving = np.zeros(m, dtype=bool)
        moving[cluster[u]] = True
        stay = ~moving[cluster[t]]
        u, t, cont = u[stay], t[stay], cont[stay]
        # Best target per template: highest containment, then the better-ranked target.
        o = np.lexsort((rank[t], -cont, u))
        u, t = u[o], t[o]
        firsts = np.r_[True, u[1:] != u[:-1]]
        u, t = u[firsts], t[firsts]
        # Every member of a moving cluster must itself match the target template; one that
        # does not is left on its own rather than kept with a representative that moved away.
        tgt_of_cl = np.full(m, -1)
        tgt_of_cl[cluster[u]] = t
        movers = np.flatnonzero(tgt_of_cl[cluster] >= 0)
        tgt = tgt_of_cl[cluster[movers]]
        c = overlap_coefficient(sets, tgt, movers, n_jobs=self.n_threads_, sig=sig, at_least=bar[tgt])
        new = cluster.copy()
        passed, failed = movers[c >= bar[tgt]], movers[c < bar[tgt]]
        new[passed] = cluster[tgt_of_cl[cluster[passed]]]
        new[failed] = failed
        rep[failed] = failed
        joined = np.zeros(m, dtype=bool)
        joined[passed] = True
        return new, joined

    def explain(self, i: int, j: int) -> str:
        """Why texts ``i`` and ``j`` are or are not one group, in the office's words.

        Examples
        --------
        >>> g = NearDuplicateGrouper().fit(["建议删除第三章中燃煤锅炉淘汰的表述。", "建议保留第三章中燃煤锅炉淘汰的表述。"])
        >>> g.explain(0, 1)
        '相似但未合并：方向相反：删除 / 保留'
        """
        check_is_fitted(self, "labels_")
        gi, gj = int(self.labels_[i]), int(self.labels_[j])
        if gi == gj:
            return "同一意见" if self.kinds_[gi] != "campaign" else "同一批量提交"
        for a, b, kind, reason in self.related_:
            if {a, b} == {gi, gj}:
                why = pair_reason(self, i, j, (a, b), reason)
                if (texts := getattr(self, "_texts", None)) is not None and len(texts) == len(self.labels_):
                    why = requote(oriented(why, texts[i], texts[j]), texts[i], texts[j])  # (i's side first, in its words)
                return "相似但未合并：" + why
        return "不同意见"

    def _build_groups(self, texts, enc, spans, labels, uniq, exact_of, rep, joined):
        n = len(texts)
        n_groups = int(labels.max()) + 1
        loc = np.searchsorted(uniq, exact_of)
        sizes = np.bincount(labels, minlength=n_groups)
        order = np.argsort(labels, kind="stable")
        bounds = np.r_[0, np.cumsum(sizes)]
        # Distinct texts per group decide exact vs near/campaign.
        pairs = np.unique(labels.astype(np.int64) * (uniq.size + 1) + loc)
        n_distinct = np.bincount(pairs // (uniq.size + 1), minlength=n_groups)
        any_joined = np.bincount(labels, weights=joined[loc], minlength=n_groups) > 0
        # Representative: the member the core cluster was verified against (moved members
        # were verified against it too, by containment).
        group_rep = np.full(n_groups, -1, dtype=np.int64)
        core = ~joined[loc]
        group_rep[labels[core]] = uniq[rep[loc[core]]]
        fallback = group_rep < 0
        group_rep[fallback] = order[bounds[:-1][fallback]]
        multi = np.flatnonzero(n_distinct > 1)
        add_text, add_own = member_additions(texts, enc, spans, labels, group_rep, multi, self.min_addition_chars)
        self.groups_ = []
        for gid in range(n_groups):
            r = int(group_rep[gid])
            if sizes[gid] == 1:
                self.groups_.append(DuplicateGroup(gid, "single", (r,), r, texts[r], ("",), (False,)))
                continue
            full = order[bounds[gid]:bounds[gid + 1]].tolist()
            if n_distinct[gid] == 1:
                self.groups_.append(DuplicateGroup(gid, "exact", tuple(full), r, texts[r],
                                              ("",) * len(full), (False,) * len(full)))
                continue
            campaign = sizes[gid] >= self.min_campaign_size or any_joined[gid]
            self.groups_.append(DuplicateGroup(gid, "campaign" if campaign else "near", tuple(full), r,
                                          common_text(texts[r], [texts[m] for m in full]) if campaign else texts[r],
                                          tuple(add_text.get(m, "") for m in full),
                                          tuple(bool(add_own.get(m, False)) for m in full)))
        assert sum(g.size for g in self.groups_) == n  # (each group's related groups: set by _order.restore)
