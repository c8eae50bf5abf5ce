"""Groups regrouped by what their members ask: near-copy groups split, short copies joined.

:func:`exact_groups` groups texts with one matching key and the same numbers (``1.5%`` and
``15%`` share a key, as the key keeps letters and digits only);
:func:`split_by_request` takes out of a near-copy group every member that asks for something
else than its representative (:func:`consultagg.dedup.verify.request_difference`);
:func:`join_by_core` joins short texts that say the same once greetings, signatures and wording
are set aside, which the shingle step cannot see.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from consultagg.dedup._pool import map_in_chunks
from consultagg.dedup._stories import request_after_story
from consultagg.dedup.framing import framing_removed
from consultagg.dedup.minhash import ShingleSets, band_candidates, encode_texts, lsh_params, pair_overlap, signatures
from consultagg.dedup.reduce import _FILLER_SPAN, _SPOKEN, _reduce
from consultagg.dedup._typos import confusable_sets
from consultagg.dedup.verify import _CONTENT, request_difference, written_numbers

__all__ = ["exact_groups", "join_by_core", "split_by_numbers", "split_by_request"]


def split_by_request(texts, uniq, exact_of, cluster, rep, joined, klen, min_campaign_size: int, n_jobs: int = 1,
                     grown=None):
    """Split near-copy groups whose members ask for different things (:func:`request_difference`).

    ``cluster`` and ``rep`` give each distinct text (``uniq`` indexes ``texts``) its cluster and
    representative; ``joined`` marks texts a containment join moved. Groups of fewer than
    ``min_campaign_size`` texts that no join made, and those ``grown`` marks (:func:`join_by_core`), are
    checked: every member against its representative. Members that differ are regrouped among themselves the same way (shortest
    first). Groups are judged on ``n_jobs`` processes when there are many. Returns ``(cluster,
    rep, related)``, ``related`` holding ``(text, text, kind, reason)`` for every split.
    """
    m = uniq.size
    n_texts = np.bincount(cluster[np.searchsorted(uniq, exact_of)], minlength=m)
    joined_cluster = np.zeros(m, dtype=bool)
    joined_cluster[cluster[joined]] = True
    members_of: dict[int, list[int]] = {}
    for u in np.flatnonzero(cluster != np.arange(m)).tolist():
        c = int(cluster[u])
        if (n_texts[c] < min_campaign_size or (grown is not None and grown[c])) and not joined_cluster[c]:
            members_of.setdefault(c, []).append(u)
    cluster, rep = cluster.copy(), rep.copy()
    related: list[tuple[int, int, str, str]] = []
    groups = [[c, *sorted(members, key=lambda u: (klen[u], u))] for c, members in members_of.items()]
    judged = map_in_chunks(_split_group, [[texts[uniq[u]] for u in ids] for ids in groups], n_jobs, _PARALLEL_GROUPS)
    for ids, (heads, splits) in zip(groups, judged):
        for k, h in enumerate(heads):
            cluster[ids[k]] = rep[ids[k]] = ids[h]
        related.extend((int(uniq[ids[h]]), int(uniq[ids[k]]), kind, reason) for h, k, kind, reason in splits)
    return cluster, rep, related


# Groups to judge before :func:`split_by_request` spreads them over processes.
_PARALLEL_GROUPS = 500


def _split_group(group: list[str]) -> tuple[list[int], list[tuple[int, int, str, str]]]:
    """One group's texts (its representative first, then its members shortest first) regrouped by
    what they ask: each text's head (an index into ``group``), and every split as ``(head, text,
    kind, reason)``."""
    heads = list(range(len(group)))
    splits = []
    pending, head = list(range(1, len(group))), 0
    while pending:
        left = []
        for u in pending:
            why = request_difference(group[head], group[u])
            if why is None:
                heads[u] = head
            else:
                left.append(u)
                splits.append((head, u, why.kind, why.reason))
        if not left:
            break
        head, pending = left[0], left[1:]
    return heads, splits


# Short texts whose framing (a greeting, a polite closing, who writes) is a large share of them
# share too few shingles with their bare copies to be candidates; up to this many key characters
# they are also matched by what carries meaning.
_CORE_MAX = 80
_CORE_MIN = 8
_LEADING_ASK = re.compile(r"^(?:建议|希望|恳请|请求|请)")
# Up to this many key characters, a text with words of courtesy is matched by its request alone.
_FRAMED_MAX = 250
_COURTESY_HINT = re.compile(r"您好|你好|大家好|尊敬|谢谢|感谢|此致|敬礼|以上意见|供[^。，,]{0,4}参考|采纳|收悉|函复|指正|各位|发言|来信|盼复|"
                            r"特此|[局委厅办]：|[局委厅]\s*\d{4}年")
_OTHER_ASK = re.compile(r"建议(?!如下)|希望|呼吁|应当|应该|必须|亟需|务必")  # (要求: 根据…的函要求 asks nothing)
_EDGE = 60  # characters at either end of a text where its courtesy sits
_ANCHOR = 8  # fewest characters of a sentence matched between a short text and a longer one
# A text that opens with who writes, in the first person (我是… / 本人… / 我家…).
_SELF_TOLD = re.compile(r"\W{0,3}(?:我是|我叫|我系|本人是?|我家|我们是)")
_PIECE_END = re.compile(r"[。！？!?；;\n：:]+")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# Spoken words a candidate key may lose (the verifier judges the pair afterwards).
_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?:里面|里头|里边)")
_LOOSE_WORDS = re.compile(r"帮忙|帮帮忙|帮个忙")
# Short texts to key before :func:`join_by_core` spreads them over processes.
_PARALLEL_TEXTS = 20_000


def _cores(text: str) -> tuple[str, str, str]:
    """Three candidate keys of a short text: what carries meaning (:func:`_reduce`, who writes set
    aside), the same once the sentences that frame the request are dropped
    (:func:`framing_removed`) and spoken fillers too, and the first key of the request a form
    letter's sender makes after telling their own story (:func:`request_after_story`; ``""`` when none)."""
    reduced = _reduce(text, lead=True)
    story_free = request_after_story(text)
    return (_fold(_FILLER_SPAN.sub("", reduced)), _fold(_framed_core(text, reduced)),
            _fold(_FILLER_SPAN.sub("", _reduce(story_free, lead=True))) if story_free else "")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Each character of the confusables sets (易混字, OCR shapes) mapped to one character of all
    the sets joined through it (入 and 大 both with 人): 兔 → 免, 曰 → 日 (the candidate key of
    short texts only)."""
    root: dict[str, str] = {}

    def find(c: str) -> str:
        while root.get(c, c) != c:
            c = root[c]
        return c

    for group in confusable_sets():
        for c in group[1:]:
            a, b = find(group[0]), find(c)
            if a != b:
                root[b] = a
    return {ord(c): find(c) for c in root if find(c) != c}


def _fold(key: str) -> str:
    """A candidate key with OCR and typo confusions folded: 6S岁 / 65岁, 2O25 / 2025, 兔费 / 免费.
    The verifier still judges every pair it proposes."""
    return _DIGIT_LOOKALIKE.sub(lambda m: _LOOKALIKE_DIGIT[m.group(0)], key).translate(_fold_table())


def _framed_core(text: str, reduced: str | None = None) -> str:
    """The second key of :func:`_cores` alone (``reduced``: the text's first reduction, when known)."""
    framed = framing_removed(text, _CONTENT)
    # most texts have no framing: their reduction is the one already made
    second = reduced if reduced is not None and framed == text.strip() else _reduce(framed, lead=True)
    second = _LOOSE_WORDS.sub("", _INSIDE.sub("里", second.replace("已经", "")))  # 帮忙督促 / 督促, 学校里面 / 学校里
    return _LEADING_ASK.sub("", _FILLER_SPAN.sub("", _SPOKEN.sub("", second)))  # a candidate key only


_LOOKALIKE_DIGIT = {"O": "0", "o": "0", "l": "1", "I": "1", "i": "1", "S": "5", "s": "5"}
_DIGIT_LOOKALIKE = re.compile(r"(?<=\d)[OolIiSs]|[OolIiSs](?=\d)")


def _cjk(text: str) -> str:
    """The Chinese characters of ``text``, in order (punctuation, digits and spaces left out)."""
    return "".join(_CJK_RUN.findall(text))


# Clusters of at most this many distinct texts, checked member by member (split_by_request): their short
# members are places a short copy may join.
_SMALL_CLUSTER = 4
# Share of character pairs two short keys must share to be proposed as near-copies.
_NEAR_KEY = 0.6


def join_by_core(texts, uniq, klen, cluster, rep, threshold: float = _NEAR_KEY, n_jobs: int = 1):
    """Join short texts that say the same once framing and wording aside (:func:`_reduce`).

    A short text alone in its cluster joins the cluster of another short text whose reduced form
    is equal (the first cluster of several texts, else the first such text); clusters of several
    texts are never merged with each other. A longer text (up to ``_FRAMED_MAX`` key characters)
    with courtesy at its ends that holds a short text word for word, and asks for nothing more,
    is matched by its request alone (an office's letter around one request). Every join is a
    candidate: :func:`split_by_request` verifies it afterwards. Short members of clusters of at most
    ``_SMALL_CLUSTER`` distinct texts are places to join too. Returns ``(cluster, rep, grown)``, ``grown``
    marking the clusters a copy joined through a member: :func:`split_by_request` checks them member by
    member whatever their size (copies joining must not make a campaign of them, whose check is looser).
    """
    m = uniq.size
    size = np.bincount(cluster, minlength=m)
    alone = (size[cluster] == 1) | (cluster == np.arange(m))
    short = np.flatnonzero((klen <= _CORE_MAX) & alone)
    longer = np.flatnonzero((klen > _CORE_MAX) & (klen <= _FRAMED_MAX) & alone).tolist()
    # A longer text that opens with its sender's own story (我是某夜市37号摊位经营户某某，电话…，在夜市卖烤串
    # 八年了。我们夜市商户共同建议：…): keyed as a short text is, when its key without the story is short.
    told = [u for u in longer if _SELF_TOLD.match(texts[uniq[u]])]
    if short.size + len(told) < 1:
        return cluster, rep, np.zeros(m, dtype=bool)
    # A longer text whose courtesy may be most of it (an office's letter around one request), when
    # one of its sentences is a short text's sentence word for word: a cheap screen before its
    # framing is read. (The rest of the longer text must ask for nothing more: else its framing
    # cannot be all of it.)
    anchors: dict[str, str] = {}
    for u in short.tolist():
        t = texts[uniq[u]]
        c = _cjk(t)
        for piece in _PIECE_END.split(t):
            p = _cjk(piece)
            if len(p) >= _ANCHOR:
                anchors.setdefault(p, c)
    framed = []
    for u in longer:
        t = texts[uniq[u]]
        if _COURTESY_HINT.search(t if len(t) <= 2 * _EDGE else t[:_EDGE] + "\n" + t[-_EDGE:]):
            for piece in _PIECE_END.split(t):
                x = anchors.get(_cjk(piece))
                if x is not None:
                    c = _cjk(t)
                    if x in c and not _OTHER_ASK.search(c.replace(x, "", 1)):
                        framed.append(u)
                    break
    told = sorted(set(told) - set(framed))
    if short.size + len(framed) + len(told) < 2:
        return cluster, rep, np.zeros(m, dtype=bool)
    by_core: dict[tuple[int, str], list[int]] = {}
    keys_of: tuple[dict[int, str], dict[int, str]] = ({}, {})  # each short text's keys, for the near keys below
    # Short members of small clusters are keyed too, as places to join, never to move: a short copy of one
    # (建议禁渔期调整为每年四月一日… / …4月1日…, the latter in a cluster with 第三十六条禁渔期…) joins its
    # cluster, and when the cluster's check takes both out for another request they are regrouped together.
    inside = np.flatnonzero((klen <= _CORE_MAX) & ~alone & (size[cluster] <= _SMALL_CLUSTER))
    short_list = short.tolist() + told
    cores = map_in_chunks(_cores, [texts[uniq[u]] for u in short_list + inside.tolist()], n_jobs, _PARALLEL_TEXTS)
    for u, keys in zip(short_list, cores):
        for which, core in enumerate(keys):  # candidate keys: verified afterwards
            if len(core) >= _CORE_MIN and (len(core) <= _CORE_MAX or klen[u] <= _CORE_MAX):
                same = by_core.setdefault((which % 2, core), [])  # (a story's request keyed as a text's first key)
                if not same or same[-1] != u:
                    same.append(u)
                if which < 2:
                    keys_of[which][u] = core
    for u, keys in zip(inside.tolist(), cores[len(short_list):]):
        for which, core in enumerate(keys):
            if len(core) >= _CORE_MIN and (which % 2, core) in by_core and by_core[(which % 2, core)][-1] != u:
                by_core[(which % 2, core)].append(u)
    for u in framed:
        core = _fold(_framed_core(texts[uniq[u]]))  # folded as the short texts' keys are
        if _CORE_MIN <= len(core) <= _CORE_MAX:
            by_core.setdefault((1, core), []).append(u)
    cluster, rep = cluster.copy(), rep.copy()
    moved = np.zeros(m, dtype=bool)
    grown = np.zeros(m, dtype=bool)
    placed = set(inside.tolist())
    for members in by_core.values():
        if len(members) < 2:
            continue
        heads = [u for u in members if size[cluster[u]] > 1]
        target = int(cluster[heads[0]]) if heads else members[0]
        through_member = bool(heads) and heads[0] in placed
        for u in members:
            if size[cluster[u]] == 1 and u != target and not moved[u] and cluster[u] == u:
                cluster[u] = rep[u] = target
                moved[u] = True
                grown[target] |= through_member
    # Short texts still alone whose keys differ by a few spoken words (这路口 / 这个路口, 走不过去 /
    # 根本走不过去): near keys, by MinHash on character pairs; the verifier judges each join.
    now = np.bincount(cluster, minlength=m)  # cluster sizes after the joins above
    joined = np.zeros(m, dtype=bool)
    for key_of in keys_of:  # (the second key is without the framing and the spoken fillers: 能够, 里)
        alone = [u for u in short_list if u in key_of and not moved[u] and cluster[u] == u and now[u] == 1]
        for u, v in _near_keys([key_of[u] for u in alone], threshold):
            a, b = alone[u], alone[v]
            # each joins a text near it that heads its cluster: no chains of small steps
            if not moved[a] and not moved[b] and not joined[b] and cluster[a] == a and cluster[b] == b:
                cluster[b] = rep[b] = a
                moved[b] = joined[a] = True
    return cluster, rep, grown


def _near_keys(keys: list[str], threshold: float = _NEAR_KEY) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of keys whose character-pair sets reach ``threshold`` Jaccard
    (:data:`_NEAR_KEY` at least)."""
    threshold = max(threshold, _NEAR_KEY)
    if len(keys) < 2:
        return []
    enc = encode_texts(keys)
    sets = ShingleSets.build(enc, 2, seed=17)
    sig = signatures(sets, 64, seed=17)
    bands, rows = lsh_params(threshold, 64)
    pairs = band_candidates(sig, bands, rows, seed=17)
    if not len(pairs):
        return []
    a, b = pairs[:, 0], pairs[:, 1]
    inter = pair_overlap(sets, a, b)
    sizes = sets.sizes
    jac = inter / np.maximum(sizes[a] + sizes[b] - inter, 1)
    keep = jac >= threshold
    return sorted(zip(a[keep].tolist(), b[keep].tolist()))


_DIGITS_APART = re.compile(r"[\d０-９][^\w]+[\d０-９]")


def exact_groups(texts, enc) -> np.ndarray:
    """Index of the first text with the same matching key and the same numbers, per text."""
    return split_by_numbers(texts, _key_groups(enc))


def _key_groups(enc) -> np.ndarray:
    """Index of the first text with the same matching key, per text.

    The keys are compared as strings through one dict: exact, with no hash collisions to
    rule out, and a single pass in C-level string hashing.
    """
    first: dict[str, int] = {}
    setdefault = first.setdefault
    out = np.empty(enc.n, dtype=np.int64)
    step = 100_000  # texts decoded at a time: a corpus-wide string would double the memory
    for s in range(0, enc.n, step):
        e = min(s + step, enc.n)
        base = int(enc.koff[s])
        keys = enc.key[base:int(enc.koff[e])].tobytes().decode("utf-32-le", "surrogatepass")
        bounds = (enc.koff[s:e + 1] - base).tolist()
        out[s:e] = np.fromiter((setdefault(keys[a:b], s + i) for i, (a, b) in
                                enumerate(zip(bounds[:-1], bounds[1:]))), dtype=np.int64, count=e - s)
    return out


def split_by_numbers(texts, exact_of: np.ndarray) -> np.ndarray:
    """Exact groups (equal matching keys) split by the numbers their texts write.

    The matching key keeps letters and digits only, so ``1.5%`` and ``15%``, ``第1、5条`` and
    ``第15条`` have one key. Where a member of a group writes two digits kept apart by another
    character, every member is compared by its numbers (a thousands separator, ``1,500``, is no
    boundary) and the group is split by them. Returns the new ``exact_of`` (index of the first
    text with the same key and numbers).

    >>> import numpy as np
    >>> t = ["提高1.5%", "提高15%", "提高1.5％", "提高1,500元", "提高1500元"]
    >>> split_by_numbers(t, np.array([0, 0, 0, 3, 3])).tolist()
    [0, 1, 0, 3, 3]
    """
    n = len(texts)
    shared = np.flatnonzero(np.bincount(exact_of, minlength=n)[exact_of] > 1)  # alone: nothing to split
    gapped = [int(exact_of[i]) for i in shared.tolist() if _DIGITS_APART.search(texts[i])]
    if not gapped:
        return exact_of
    touched = np.isin(exact_of, np.unique(gapped))
    out = exact_of.copy()
    first: dict[tuple, int] = {}
    numbers: dict[str, tuple] = {}  # a mass submission repeats its text word for word
    for i in np.flatnonzero(touched).tolist():
        t = texts[i]
        nums = numbers.get(t)
        if nums is None:
            nums = numbers[t] = written_numbers(t)
        out[i] = first.setdefault((int(exact_of[i]), nums), i)
    return out
