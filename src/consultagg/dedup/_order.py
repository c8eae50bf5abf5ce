"""The grouper's texts in an order of their own, so that the rows of an export in another order give the
same groups (a platform's export sorted by time, then by name: one consultation, one 起草说明).

:func:`canonical_order` sorts the texts by length, then by their characters (equal texts by their place); the grouper fits
them in that order and :func:`restore` puts every fitted attribute back in the caller's order: labels
numbered by first appearance there, members and representatives as the caller's indices.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from consultagg.dedup.verify import request_difference

__all__ = ["canonical_order", "pair_reason", "restore"]


def _sides_swapped(reason: str) -> str:
    """``数值不同：75% / 65%`` for ``数值不同：65% / 75%`` (a reason of one side against the other)."""
    head, sep, sides = reason.rpartition("：")
    parts = sides.split(" / ")
    return f"{head}{sep}{parts[1]} / {parts[0]}" if sep and len(parts) == 2 else reason


def canonical_order(texts: list[str]) -> np.ndarray:
    """``perm`` with ``texts[perm[k]]`` the ``k``-th text by length, then by its characters (a campaign's
    bare template before the copies its signers lengthened, as an export tends to hold them)."""
    return np.array(sorted(range(len(texts)), key=lambda i: (len(texts[i]), texts[i])), dtype=np.int64)


def restore(g, perm: np.ndarray, texts: list[str]) -> None:
    """Put the attributes ``g`` fitted on ``[texts[p] for p in perm]`` back in the order of ``texts``."""
    n = perm.size
    if n == 0:
        return
    labels = np.empty(n, dtype=np.int64)
    labels[perm] = g.labels_
    # group ids by first appearance in the caller's order (as the grouper numbers them)
    _, first = np.unique(labels, return_index=True)
    new_id = np.empty(first.size, dtype=np.int64)
    new_id[np.argsort(first, kind="stable")] = np.arange(first.size)
    groups = [None] * len(g.groups_)
    for grp in g.groups_:
        members = perm[np.asarray(grp.members, dtype=np.int64)]
        at = np.argsort(members, kind="stable")
        groups[int(new_id[grp.id])] = replace(
            grp, id=int(new_id[grp.id]), members=tuple(members[at].tolist()), representative=int(perm[grp.representative]),
            additions=tuple(grp.additions[k] for k in at.tolist()) if grp.additions else grp.additions,
            own_opinion=tuple(grp.own_opinion[k] for k in at.tolist()) if grp.own_opinion else grp.own_opinion,
            related=())
    g.labels_ = new_id[labels]
    g._told = {tuple(sorted((int(new_id[x]), int(new_id[y])))): (int(perm[a]), int(perm[b]))
               for (x, y), (a, b) in getattr(g, "_told", {}).items()}
    # related groups as pairs of the caller's ids, the reason's two sides in that order (删除 / 保留)
    related = []
    for a, b, kind, reason in g.related_:
        x, y = int(new_id[a]), int(new_id[b])
        related.append((min(x, y), max(x, y), kind, reason if x < y else _sides_swapped(reason)))
    g.related_ = sorted(related)
    links: dict[int, list[tuple[int, str]]] = {}
    for a, b, kind, reason in g.related_:  # (each group lists the others it was kept apart from, with the reason)
        text = reason if kind == "different" else f"补充了新的诉求（{reason.split('：', 1)[-1]}）"
        links.setdefault(a, []).append((b, text))
        links.setdefault(b, []).append((a, text))
    g.groups_ = [replace(grp, related=tuple(links[grp.id])) if grp.id in links else grp for grp in groups]
    # each text's first equal text, in the caller's order
    key = np.empty(n, dtype=np.int64)
    key[perm] = g.same_key_
    lowest: dict[int, int] = {}
    for i, k in enumerate(key.tolist()):
        lowest.setdefault(k, i)
    g.same_key_ = np.array([lowest[k] for k in key.tolist()], dtype=np.int64)
    g.representatives_ = np.array([grp.representative for grp in groups], dtype=np.int64)
    g.inverse_ = g.representatives_[g.labels_]
    g.kinds_ = [grp.kind for grp in groups]
    g.representative_texts_ = [texts[r] for r in g.representatives_.tolist()]


def pair_reason(g, i: int, j: int, groups: tuple[int, int], reason: str) -> str:
    """Why texts ``i`` and ``j`` of two related groups ask for different things: the groups' ``reason`` when it was
    told of these two texts (or of copies of them), else the two judged themselves (the groups may have been
    kept apart over other members; their reason stands when the judge finds nothing)."""
    told = g._told.get(tuple(sorted(groups))) if hasattr(g, "_told") else None
    key = g.same_key_
    if told is None or {int(key[i]), int(key[j])} == {int(key[told[0]]), int(key[told[1]])}:
        return reason
    texts = getattr(g, "_texts", None)
    why = request_difference(texts[i], texts[j]) if texts is not None and len(texts) == len(g.labels_) else None
    return why.reason if why is not None else reason
