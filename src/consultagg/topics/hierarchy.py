"""Topic hierarchy helpers and stable topic ids across re-runs.

Two helpers used by :class:`~consultagg.TopicClusterer`, usable on their own:

- :func:`match_topics` pairs the topics of a new run with those of an earlier run by their key
  phrases (character-pair overlap, one-to-one by the Hungarian method), so a topic keeps its id
  when the texts change a little;
- :func:`stable_order` turns that pairing into a new numbering of the new topics.

Examples
--------
>>> from consultagg.records import Topic
>>> old = [Topic(0, "物业、小区", ("物业", "小区")), Topic(1, "学校、学生", ("学校", "学生"))]
>>> new = [Topic(0, "学生、学校", ("学生", "学校", "老师")), Topic(1, "物业公司", ("物业公司", "小区"))]
>>> match_topics(old, new)
{0: 1, 1: 0}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from consultagg.records import Topic

__all__ = ["match_topics", "stable_order"]


def _profile(topic: Topic) -> dict[str, float]:
    """Character pairs of a topic's key phrases, the best phrases weighing most."""
    prof: dict[str, float] = {}
    phrases = list(topic.key_phrases) or [topic.name]
    for rank, phrase in enumerate(phrases):
        w = 1.0 / (1.0 + 0.3 * rank)
        grams = {phrase[i:i + 2] for i in range(len(phrase) - 1)} or {phrase}
        for g in grams:
            prof[g] = max(prof.get(g, 0.0), w)
    return prof


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    num = sum(v * b[k] for k, v in a.items() if k in b)
    den = (sum(v * v for v in a.values()) * sum(v * v for v in b.values())) ** 0.5
    return num / den if den else 0.0


def match_topics(old: Sequence[Topic], new: Sequence[Topic], *, min_similarity: float = 0.2,
                 similarity: np.ndarray | None = None) -> dict[int, int]:
    """Pair new topics with old ones: ``{new topic id: old topic id}``.

    Parameters
    ----------
    old, new : sequence of Topic
    min_similarity : float, default=0.2
        Pairs less similar than this stay unmatched (a topic that is really new).
    similarity : ndarray of shape (len(new), len(old)), optional
        A similarity to use instead of key-phrase overlap (e.g. cosine of topic centres).

    Returns
    -------
    dict of int to int
        One-to-one; unmatched new topics are absent.
    """
    from scipy.optimize import linear_sum_assignment

    if not old or not new:
        return {}
    if similarity is None:
        po = [_profile(t) for t in old]
        pn = [_profile(t) for t in new]
        similarity = np.array([[_cosine(a, b) for b in po] for a in pn])
    rows, cols = linear_sum_assignment(-similarity)
    return {int(new[r].id): int(old[c].id) for r, c in zip(rows, cols)
            if similarity[r, c] >= min_similarity}


def stable_order(n_new: int, mapping: Mapping[int, int], sizes: Sequence[float],
                 n_fixed: int = 0) -> list[int]:
    """New numbering of ``n_new`` topics: ``order[new_id] = old index`` of the topic now there.

    Matched topics take their earlier id when it is free (ids must stay ``0..n_new-1`` since they
    index ``topics_``); the others fill the remaining ids, largest first. The first ``n_fixed``
    topics (seeds) never move.

    Examples
    --------
    >>> stable_order(3, {0: 2, 1: 0}, [5, 9, 7])  # topic 0 was id 2, topic 1 was id 0
    [1, 2, 0]
    """
    slots: list[int | None] = [None] * n_new
    for t in range(n_fixed):
        slots[t] = t
    placed = set(range(n_fixed))
    for new_id, old_id in sorted(mapping.items(), key=lambda kv: kv[1]):
        if new_id in placed or not (n_fixed <= old_id < n_new) or slots[old_id] is not None:
            continue
        slots[old_id] = new_id
        placed.add(new_id)
    rest = sorted((t for t in range(n_new) if t not in placed), key=lambda t: (-sizes[t], t))
    it = iter(rest)
    return [s if s is not None else next(it) for s in slots]
