"""Carry decisions into the next round, answer a duplicate group at once, learn routing from them.

A new round brings a new draft and new comments; the decisions staff made on the earlier
tracker must follow each opinion. :func:`merge_tracker` pairs every opinion of the earlier
tracker with the same opinion of the new analysis, in passes from the surest to the loosest:

1. same 意见编号 and same text (whitespace and width ignored);
2. same text and same unit (canonical or as written);
3. same text, when only one opinion on each side has it and the units may be one unit named twice
   (one name holds the other, or both open with one place; marked 【提出单位有变化：原为…】);
4. same 意见编号, same unit and a similar text (ids from a platform export survive edits);
5. same unit and a similar text (character-bigram Dice ≥ ``min_similarity``): the text changed a
   little; the decision is carried and the row marked 【意见内容有变化】.

Two named writers (留言人) are never paired, whatever the pass (张三's sentence sent again by 李四 is
李四's opinion, new), and a text of 社会公众 is paired by similarity only with the same named writer.

Nothing here depends on row order, duplicate groups or topics, so re-sorting and re-clustering
change no pairing. Opinions without a partner are new (【本轮新增】); earlier opinions without a
partner move, with their decisions, to the sheet 已撤回或未再提出 — and come back with them if a
later round brings them again. No decision is dropped.

Examples
--------
>>> from consultagg.records import Comment, Department, Opinion
>>> from consultagg.result import ConsultationResult
>>> from consultagg.tracker.reader import TrackerData
>>> old = TrackerData(rows=({"comment_id": "C1", "department": "水利厅", "comment_text": "建议强化黄河水资源刚性约束。",
...                          "disposition": "采纳", "reason": "", "revision_note": "已改第五章",
...                          "owner": "水生态环境处", "remarks": ""},))
>>> ops = (Opinion(Comment("C9", "建议进一步强化黄河水资源刚性约束。", "水利厅"), Department("水利厅"), 0, True, 0),
...        Opinion(Comment("C2", "建议补充地下水超采治理。", "水利厅"), Department("水利厅"), 1, True, 0))
>>> new = merge_tracker(old, ConsultationResult(ops))
>>> [(o.disposition, o.revision_note, o.remarks) for o in new.opinions]
[('采纳', '已改第五章', '【意见内容有变化】'), ('', '', '【本轮新增】')]
>>> new.round, new.removed
(2, ())
"""

from __future__ import annotations

import re
import warnings
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from consultagg.dedup.judge import other_request
from consultagg.text.ids import content_key
from consultagg.text.ngrams import bigram_set
from consultagg.records import PUBLIC_NAMES, Opinion
from consultagg.result import UNIT_GUESS_MARK, ConsultationResult
from consultagg.tracker.layout import needs_reason, normalize_disposition
from consultagg.tracker.reader import NOT_ROUTED, TrackerData, read_tracker, strip_marks

__all__ = ["apply_group_decision", "match_opinions", "merge_tracker", "routed_examples"]

NEW_MARK, CHANGED_MARK, BACK_MARK = "【本轮新增】", "【意见内容有变化】", "【再次提出】"
# What the router writes when it cannot decide: not a routing decision to learn from or carry.
_NOT_ROUTED = NOT_ROUTED
_SAME_SEQ = re.compile(r"同第(\d+)条")


def _as_data(previous) -> TrackerData:
    return previous if isinstance(previous, TrackerData) else read_tracker(previous)


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _similarities(new_keys: list[str], old_keys: list[str], new_idx: list[int], old_idx: list[int],
                  min_similarity: float) -> list[tuple[float, int, int]]:
    """Pairs (Dice, new, old) at or above ``min_similarity``; sparse products for large buckets."""
    if not new_idx or not old_idx:
        return []
    if len(new_idx) * len(old_idx) <= 4000:
        old_sets = {j: bigram_set(old_keys[j]) for j in old_idx}
        out = []
        for i in new_idx:
            a = bigram_set(new_keys[i])
            for j in old_idx:
                s = _dice(a, old_sets[j])
                if s >= min_similarity:
                    out.append((s, i, j))
        return out
    from sklearn.feature_extraction.text import CountVectorizer

    vec = CountVectorizer(analyzer=lambda k: list(bigram_set(k)), binary=True)
    x = vec.fit_transform([new_keys[i] for i in new_idx] + [old_keys[j] for j in old_idx]).tocsr()
    a, b = x[: len(new_idx)], x[len(new_idx):]
    inter = (a @ b.T).tocoo()
    la, lb = np.asarray(a.sum(axis=1)).ravel(), np.asarray(b.sum(axis=1)).ravel()
    dice = 2 * inter.data / (la[inter.row] + lb[inter.col])
    keep = dice >= min_similarity
    return [(float(s), new_idx[r], old_idx[c]) for s, r, c in zip(dice[keep], inter.row[keep], inter.col[keep])]


def match_opinions(old: Sequence[dict[str, Any]], opinions: Sequence[Opinion], *,
                   min_similarity: float = 0.6) -> dict[int, tuple[int, float, str]]:
    """Pair opinions of a new round with rows of an earlier tracker.

    Parameters
    ----------
    old : sequence of dict
        Tracker rows (``comment_id``, ``department``, ``comment_text``, optional ``department_raw``).
    opinions : sequence of Opinion
    min_similarity : float, default=0.6
        Character-bigram Dice from which two texts of the same unit count as one opinion edited.

    Returns
    -------
    dict
        ``{new index: (old index, similarity, how)}`` with ``how`` one of ``id``, ``text``,
        ``text-any-unit``, ``id-similar``, ``similar``; one-to-one.

    Examples
    --------
    >>> from consultagg.records import Comment, Department, Opinion
    >>> ops = [Opinion(Comment("X", "加强散煤治理。"), Department("生态环境厅"), 0, True, 0)]
    >>> match_opinions([{"comment_id": "Y", "department": "生态环境厅", "comment_text": "加强散煤治理"}], ops)
    {0: (0, 1.0, 'text')}
    """
    if not 0 < min_similarity <= 1:
        raise ValueError("min_similarity must be in (0, 1]")
    new_keys = [content_key(op.comment.text).rstrip("。.;；") for op in opinions]
    old_keys = [content_key(r.get("comment_text") or "").rstrip("。.;；") for r in old]
    new_units = [{op.department.name, (op.comment.department or "").strip()} - {""} for op in opinions]
    new_places = [content_key(getattr(op, "original_text", "") or "") for op in opinions]
    old_units = [{str(r.get("department") or "").strip().removesuffix(UNIT_GUESS_MARK),
                  str(r.get("department_raw") or "").strip()} - {""} for r in old]
    # who wrote it, where a table names a person (留言人): two members of the public are two writers
    new_who = [(op.comment.speaker or "").strip() for op in opinions]
    old_who = [str(r.get("speaker") or "").strip() for r in old]

    def same_writer(i: int, j: int) -> bool:
        return not (new_who[i] and old_who[j] and new_who[i] != old_who[j])
    pairs: dict[int, tuple[int, float, str]] = {}
    used: set[int] = set()

    def take(i: int, j: int, sim: float, how: str) -> None:
        pairs[i] = (j, sim, how)
        used.add(j)

    by_id: dict[str, list[int]] = defaultdict(list)
    by_key: dict[str, list[int]] = defaultdict(list)
    for j, r in enumerate(old):
        by_id[str(r.get("comment_id") or "")].append(j)
        by_key[old_keys[j]].append(j)
    for i, op in enumerate(opinions):  # 1. same id, same text
        for j in by_id.get(op.comment.id, ()):
            if j not in used and old_keys[j] == new_keys[i] and same_writer(i, j):
                take(i, j, 1.0, "id")
                break
    for i in range(len(opinions)):  # 2. same text, same unit (the same 原文 first: 建议删除。 about two clauses)
        if i not in pairs:
            free = [j for j in by_key.get(new_keys[i], ()) if j not in used and new_units[i] & old_units[j]
                    and same_writer(i, j)]
            same_place = [j for j in free if content_key(str(old[j].get("original_text") or "")) == new_places[i]]
            if free:
                take(i, (same_place or free)[0], 1.0, "text")
    free_new = defaultdict(list)
    for i in range(len(opinions)):
        if i not in pairs:
            free_new[new_keys[i]].append(i)
    for key, idx in free_new.items():  # 3. same text, unit changed, unambiguous
        free_old = [j for j in by_key.get(key, ()) if j not in used]
        if len(idx) == 1 and len(free_old) == 1 and same_writer(idx[0], free_old[0]) \
                and _related_units(new_units[idx[0]], old_units[free_old[0]]):
            take(idx[0], free_old[0], 1.0, "text-any-unit")
    floor = min(0.4, min_similarity)
    new_of_unit: dict[str, list[int]] = defaultdict(list)  # (each unit's opinions, for a closer text of the unit)
    old_of_unit: dict[str, list[int]] = defaultdict(list)
    for k, units in enumerate(new_units):
        for u in units:
            new_of_unit[u].append(k)
    for k, units in enumerate(old_units):
        for u in units:
            old_of_unit[u].append(k)
    for i, op in enumerate(opinions):  # 4. same id, same unit, similar text
        if i in pairs or not op.comment.id:
            continue
        for j in by_id.get(op.comment.id, ()):
            sim = _dice(bigram_set(new_keys[i]), bigram_set(old_keys[j])) if j not in used else 0.0
            if sim >= floor and new_units[i] & old_units[j] and same_writer(i, j) \
                    and not _closer_elsewhere(i, j, sim, new_keys, old_keys, _of(new_of_unit, old_units[j]),
                                              _of(old_of_unit, new_units[i]), pairs, used):
                take(i, j, round(sim, 3), "id-similar")
                break
    buckets_new: dict[str, list[int]] = defaultdict(list)
    buckets_old: dict[str, list[int]] = defaultdict(list)
    for i in range(len(opinions)):
        if i not in pairs:
            for u in new_units[i]:
                buckets_new[u].append(i)
    for j in range(len(old)):
        if j not in used:
            for u in old_units[j]:
                buckets_old[u].append(j)
    candidates = set()
    for unit, idx in buckets_new.items():  # 5. same unit, similar text
        if unit in _PUBLIC:  # (the public is many writers: a text alike is one only from the same named writer)
            idx = [i for i in idx if new_who[i]]
        candidates.update(_similarities(new_keys, old_keys, idx, buckets_old.get(unit, []), min_similarity))
    for sim, i, j in sorted(candidates, key=lambda t: (-t[0], t[1], t[2])):
        if i not in pairs and j not in used and same_writer(i, j):
            take(i, j, round(sim, 3), "similar")
    return pairs


def _of(of_unit: dict[str, list[int]], units: set[str]) -> list[int]:
    """The opinions of any of ``units``, in order."""
    return sorted({k for u in units for k in of_unit.get(u, ())})


def _closer_elsewhere(i, j, sim, new_keys, old_keys, new_of_j, old_of_i, pairs, used, limit: int = 500) -> bool:
    """Whether the new opinion ``i`` or the old ``j``, paired by one id (a unit's own 编号 renumbered: ZJ-01 now
    another point), has a clearly closer text of the same unit still free: that pair is the one edited.
    ``new_of_j``: the new opinions of ``j``'s units; ``old_of_i``: the old ones of ``i``'s."""
    a, b = bigram_set(new_keys[i]), bigram_set(old_keys[j])
    others = [k for k in new_of_j if k != i and k not in pairs][:limit]
    if any(_dice(bigram_set(new_keys[k]), b) >= max(sim + 0.15, 0.5) for k in others):
        return True
    olds = [k for k in old_of_i if k != j and k not in used][:limit]
    return any(_dice(a, bigram_set(old_keys[k])) >= max(sim + 0.15, 0.5) for k in olds)


_FIELD_NAMES = {"disposition": "处理意见", "reason": "处理说明", "revision_note": "修改情况"}
_PUBLIC = frozenset(PUBLIC_NAMES)  # (many writers, each for themselves)
# A place a unit's name opens with (银川市人民政府 / 银川市生态环境局), not a level alone (自治区, 省).
_PLACE = re.compile(r"^(?!自治区|省|市|县)[\u4e00-\u9fff]{1,8}?(?:自治区|省|市|县|区|盟|旗|州)")


def _related_units(a: set[str], b: set[str]) -> bool:
    """Whether two units may be one unit named twice (a letter re-signed by its bureau, an organ and its
    office, a name corrected by hand): one name holds the other, or both open with one place."""
    for x in a:
        for y in b:
            if x in y or y in x:
                return True
            px, py = _PLACE.match(x), _PLACE.match(y)
            # (one place, and one of the two its government: 某市人民政府's letter re-signed by its bureau; never two
            # organs of one province, 宁夏回族自治区交通运输厅 / 宁夏回族自治区科学技术厅)
            if px and py and px.group(0) == py.group(0) and (_GOVERNMENT.fullmatch(x[px.end():]) or _GOVERNMENT.fullmatch(y[py.end():])):
                return True
    return False


_GOVERNMENT = re.compile(r"(?:人民)?政府(?:办公厅|办公室|办)?|行政公署|行署")


def merge_tracker(previous, result: ConsultationResult, *, min_similarity: float = 0.6,
                  propagate_groups: bool = True) -> ConsultationResult:
    """Carry the decisions of an earlier tracker into a new analysis.

    Parameters
    ----------
    previous : str, path-like or TrackerData
        The earlier tracker (as edited by staff) or what :func:`read_tracker` read from it.
    result : ConsultationResult
        The analysis of the new round's comments.
    min_similarity : float, default=0.6
        See :func:`match_opinions`.
    propagate_groups : bool, default=True
        A duplicate group whose representative (or one member) holds a decision gives its
        undecided members 合并处理 naming that opinion.

    Returns
    -------
    ConsultationResult
        ``result`` with decisions (处理意见, 理由, 修改情况, 承办处室, 备注) on the same opinions,
        marks in 备注, ``removed`` holding earlier opinions this round lacks, ``round`` one more.
        Each opinion's ``comment.meta`` gains ``merge_status`` (延续 / 意见内容有变化 / 新增 /
        再次提出), and ``previous_comment_id`` / ``previous_text`` where they differ.

    Examples
    --------
    See the module docstring.
    """
    prev = _as_data(previous)
    old = [*prev.rows, *prev.removed]
    n_main = len(prev.rows)
    opinions = list(result.opinions)
    pairs = match_opinions(old, opinions, min_similarity=min_similarity)
    id_map = {str(old[j].get("comment_id")): opinions[i].comment.id for i, (j, _, _) in pairs.items()}
    seq_map = {int(old[j]["seq"]): i + 1 for i, (j, _, _) in pairs.items()
               if j < n_main and isinstance(old[j].get("seq"), int)}
    counts = defaultdict(int)
    texts_now = {o.comment.id: o.comment.text for o in opinions}
    old_ids = {str(r.get("comment_id")) for r in old if r.get("comment_id")}
    # 序号 renumbered by hand (sorted, then refilled): a 同第N条 may have been written before or after
    renumbered = any(isinstance(r.get("meta_seq"), int) and isinstance(r.get("seq"), int) and r["meta_seq"] != r["seq"]
                     for r in prev.rows)
    for i, op in enumerate(opinions):
        meta = dict(op.comment.meta)
        for k in ("merge_status", "previous_comment_id", "previous_text", "merge_similarity"):
            meta.pop(k, None)
        if i not in pairs:
            meta["merge_status"] = "新增"
            counts["new"] += 1
            opinions[i] = replace(op, comment=replace(op.comment, meta=meta),
                                  remarks=_join(NEW_MARK, op.remarks))
            continue
        j, sim, _how = pairs[i]
        row = old[j]
        changed = content_key(row.get("comment_text") or "") != content_key(op.comment.text)
        status = "再次提出" if j >= n_main else ("意见内容有变化" if changed else "延续")
        counts[status] += 1
        meta["merge_status"] = status
        if row.get("comment_id") and row["comment_id"] != op.comment.id:
            meta["previous_comment_id"] = row["comment_id"]
        if changed:
            meta["previous_text"] = row.get("comment_text") or ""
            meta["merge_similarity"] = sim
        before = str(row.get("department") or "").strip().removesuffix(UNIT_GUESS_MARK)
        moved = _how == "text-any-unit" and before and before != op.department.name
        marks = (BACK_MARK if j >= n_main else "") + (CHANGED_MARK if changed else "") \
            + (f"【提出单位有变化：原为{before}】" if moved else "")
        disposition = normalize_disposition(row.get("disposition"))[0] if row.get("disposition") else ""
        reason = row.get("reason") or ""
        notes = []
        if disposition == "合并处理":
            if renumbered and _SAME_SEQ.search(reason):
                notes.append("序号曾被重新编排，请核对“同第N条”所指的意见")
                counts["renumbered"] += 1
            # Name the target explicitly: the duplicate group that implied it may be re-formed.
            reason = _rewrite_refs(reason or _named_target(row.get("duplicate_of") or "", id_map), id_map, seq_map)
            target = re.search(r"同意见编号\s*([\w-]+)", reason)
            if target and target.group(1) not in texts_now and target.group(1) in old_ids:
                notes.append(f"合并对象（意见编号 {target.group(1)}）本轮未再提出，请对本条直接答复")
                counts["orphaned"] += 1
            elif target and changed and target.group(1) in texts_now \
                    and (why := other_request(texts_now[target.group(1)], op.comment.text)) is not None:
                # (an opinion answered 合并处理 last round that now asks for another thing than its target: open again)
                notes.append(f"上轮处理意见：合并处理，{reason}；本轮内容与合并对象不同（{why}），请单独答复")
                disposition, reason = "", ""
                counts["reopened"] += 1
        elif reason:  # (理由同第16条 / 见意见编号 X under any answer: the row and the id it names in this round)
            reason = _rewrite_refs(reason, id_map, seq_map)
        carried = {"disposition": disposition, "reason": reason, "revision_note": row.get("revision_note") or ""}
        fields: dict[str, Any] = {}
        for key, value in carried.items():
            mine = getattr(op, key)
            if mine and value and mine != value:
                notes.append(f"上轮{_FIELD_NAMES[key]}：{value}")  # both sides decided: keep the new, show the old
            fields[key] = mine or value
        owner = str(row.get("owner") or "").strip()
        if owner not in _NOT_ROUTED:
            fields["owner"], fields["owner_confidence"] = owner, 1.0
        fields["remarks"] = _join(marks, strip_marks(row.get("remarks") or ""), op.remarks, *notes)
        opinions[i] = replace(op, comment=replace(op.comment, meta=meta), **fields)
    if propagate_groups:
        opinions = _propagate(result, opinions)
    removed = []
    matched_old = {j for j, _, _ in pairs.values()}
    for j, row in enumerate(old):
        if j in matched_old:
            continue
        rec = {k: row.get(k) or "" for k in ("comment_id", "department", "section", "comment_text",
                                             "proposed_change", "disposition", "reason", "revision_note",
                                             "owner")}
        rec["remarks"] = strip_marks(row.get("remarks") or "")
        if j < n_main:
            rec["last_round"], rec["removed_note"] = prev.round, f"第{prev.round + 1}轮未再提出"
        else:
            rec["last_round"] = _round_of(row.get("last_round"), prev.round)
            rec["removed_note"] = row.get("removed_note") or "未再提出"
        removed.append(rec)
    title = result.title if result.title and result.title != "征求意见" else (prev.title or result.title)
    note = (f"第{prev.round + 1}轮合并：延续{counts['延续'] + counts['意见内容有变化']}条（其中意见内容有变化"
            f"{counts['意见内容有变化']}条），再次提出{counts['再次提出']}条，新增{counts['new']}条，"
            f"未再提出{sum(1 for j in range(n_main) if j not in matched_old)}条。"
            + (f"上一轮表中序号曾被重新编排，{counts['renumbered']}条“同第N条”的合并处理请核对所指意见（见备注）。"
               if counts["renumbered"] else "")
            + (f"{counts['orphaned']}条合并处理的合并对象本轮未再提出，请直接答复（见备注）。" if counts["orphaned"] else "")
            + (f"{counts['reopened']}条上轮合并处理的意见本轮内容与合并对象不同，已留待单独答复（见备注）。"
               if counts["reopened"] else ""))
    return replace(result, opinions=tuple(opinions), removed=tuple(removed), round=prev.round + 1,
                   title=title, notes=(*result.notes, note))


def _round_of(value, default: int) -> int:
    try:
        return int(float(str(value)))
    except (TypeError, ValueError):
        return default


def _join(*parts: str) -> str:
    marks = "".join(p for p in parts if p and p.startswith("【") and p.endswith("】"))
    rest = "；".join(p for p in parts if p and not (p.startswith("【") and p.endswith("】")))
    return marks + rest


def _rewrite_refs(reason: str, id_map: dict[str, str], seq_map: dict[int, int]) -> str:
    """Point a 合并处理 reason at the target's id and 序号 of the new round."""
    moved = {old_id: new_id for old_id, new_id in id_map.items() if old_id and old_id != new_id and old_id in reason}
    if moved:  # (in one pass: 1 → 1-2 while 1-2 → 1-4 must not give 1-4)
        ids = "|".join(re.escape(i) for i in sorted(moved, key=len, reverse=True))
        reason = re.sub(rf"(?<![\w-])(?:{ids})(?![\w-])", lambda m: moved[m.group(0)], reason)
    return _SAME_SEQ.sub(lambda m: f"同第{seq_map.get(int(m.group(1)), int(m.group(1)))}条", reason)


def _named_target(duplicate_of: str, id_map: dict[str, str]) -> str:
    """"同意见编号 X" from an earlier 重复/合并 cell, when X is an opinion still present."""
    m = re.search(r"同意见编号\s*(\S+)", duplicate_of)
    return f"同意见编号 {m.group(1)}" if m and m.group(1) in id_map else ""


def _is_answer(disposition: str) -> bool:
    return bool(disposition) and disposition not in ("合并处理", "待定")


def _group_number(group_id) -> int:
    """A group's id given as 3, or as the tracker shows it (G3)."""
    text = str(group_id).strip()
    if isinstance(group_id, str) and re.fullmatch(r"[Gg]?\d+", text):
        return int(text.lstrip("Gg"))
    return group_id


def _asks_otherwise(result: ConsultationResult, a, b) -> str:
    """Why two groups' representatives ask for different things (the grouper's own judge), or ""."""
    return other_request(result.opinions[a.representative].comment.text, result.opinions[b.representative].comment.text) or ""


def _own_requests(group) -> list[int]:
    """The members of a campaign that add requests of their own (``DuplicateGroup.own_opinion``)."""
    return [m for m, own in zip(group.members, group.own_opinion) if own]


def _propagate(result: ConsultationResult, opinions: list[Opinion]) -> list[Opinion]:
    for g in result.groups:
        if g.size < 2:
            continue
        target = g.representative if _is_answer(opinions[g.representative].disposition) else None
        if target is None:
            answered = [m for m in g.members if _is_answer(opinions[m].disposition)]
            if len(answered) != 1:
                continue
            target = answered[0]
        if (opinions[target].comment.meta or {}).get("merge_status") == "意见内容有变化":
            continue  # (a decision given for the text before it changed, 65% now 70%: never spread to others)
        tid = opinions[target].comment.id
        own = set(_own_requests(g))
        for m in g.members:
            if m != target and not opinions[m].disposition and m not in own:
                opinions[m] = replace(opinions[m], disposition="合并处理",
                                      reason=f"同意见编号 {tid}（重复意见，随该条处理）")
    return opinions


def apply_group_decision(result: ConsultationResult, group_id, disposition: str, reason: str = "", *,
                         revision_note: str = "", owner: str | None = None,
                         overwrite: bool = False) -> ConsultationResult:
    """Answer a whole duplicate group at once.

    The representative gets the decision; every other member gets 合并处理 naming it, so each
    is answered once and counted with its target.

    Parameters
    ----------
    result : ConsultationResult
    group_id : int or sequence of int
        ``DuplicateGroup.id`` (the number after G in the 重复/合并 column). Several ids answer
        several groups alike, unless two of them were kept apart because they ask for different
        things (``DuplicateGroup.related``): that is refused, naming the opinions and the reason.
    disposition : str
        A value of the closed list, or one of its synonyms.
    reason, revision_note : str
        处理说明（理由） (required unless 采纳 / 已体现) and 修改情况.
    owner : str, optional
        承办处室 for every member.
    overwrite : bool, default=False
        Replace decisions members already hold (else they are kept).

    Returns
    -------
    ConsultationResult

    Examples
    --------
    >>> from consultagg.records import Comment, Department, DuplicateGroup, Opinion
    >>> ops = tuple(Opinion(Comment(f"P{i}", "建议加快老旧柴油公交更新。"), Department("社会公众"), 0, i == 0, 0)
    ...             for i in range(3))
    >>> r = ConsultationResult(ops, groups=(DuplicateGroup(0, "exact", (0, 1, 2), 0),))
    >>> r = apply_group_decision(r, 0, "同意", revision_note="第四章第三节增加相关内容")
    >>> [(o.disposition, o.reason) for o in r.opinions]   # doctest: +NORMALIZE_WHITESPACE
    [('采纳', ''), ('合并处理', '同意见编号 P0（重复意见，随该条处理）'),
     ('合并处理', '同意见编号 P0（重复意见，随该条处理）')]
    """
    value, rest, suggestion = normalize_disposition(disposition)
    if suggestion is not None or not value:
        raise ValueError(f"处理意见“{disposition}”不在可选范围内" + (f"，是否应为“{suggestion}”？" if suggestion else "。"))
    if value == "合并处理":
        raise ValueError("整组处理须给出实际处理意见（采纳、不采纳等），不能是“合并处理”。")
    reason = reason or rest
    if needs_reason(value) and value != "待定" and not reason.strip():
        raise ValueError(f"处理意见为“{value}”，须填写处理说明（理由）。")
    ids = list(dict.fromkeys(_group_number(i) for i in ([group_id] if isinstance(group_id, (int, np.integer, str))
                                                        else list(group_id))))
    if not ids:
        raise ValueError("没有给出要整组处理的重复意见组编号。 No duplicate group given.")
    by_id = {g.id: g for g in result.groups}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise ValueError(f"没有编号为 G{missing[0]} 的重复意见组 / no duplicate group {missing[0]}")
    for k, a in enumerate(ids):
        for other in ids[k + 1:]:
            # kept apart by the grouper (related), or asking for another thing once the two are compared
            # (删除 / 保留, 85% / 70%): several groups are answered alike only when they ask for the same
            why = dict(by_id[a].related).get(other) or _asks_otherwise(result, by_id[a], by_id[other])
            if why:
                names = "、".join(result.opinions[m].comment.id for g in (by_id[a], by_id[other]) for m in g.members)
                raise ValueError(f"G{a} 与 G{other} 文字相似但未合并（{why}），不能作为一组答复；请分别处理意见 {names}。"
                                 f" Groups {a} and {other} were kept apart ({why}); answer them one by one.")
    if len(ids) > 1:
        for i in ids:
            result = apply_group_decision(result, i, disposition, reason, revision_note=revision_note, owner=owner,
                                          overwrite=overwrite)
        return result
    group = by_id[ids[0]]
    opinions = list(result.opinions)
    rep = opinions[group.representative]
    kept, own = [], set(_own_requests(group))
    for m in group.members:
        op = opinions[m]
        if m in own and m != group.representative:
            continue  # (a signer's requests of their own: answered on their own row, never with the campaign)
        if op.disposition and not overwrite and op.disposition not in ("待定", "合并处理"):
            kept.append(f"{op.comment.id}（{op.disposition}）")
            continue
        if m == group.representative:
            fields = dict(disposition=value, reason=reason, revision_note=revision_note)
        else:
            fields = dict(disposition="合并处理", reason=f"同意见编号 {rep.comment.id}（重复意见，随该条处理）",
                          revision_note="")
        if owner:
            fields.update(owner=owner, owner_confidence=1.0)
        opinions[m] = replace(op, **fields)
    if own - {group.representative}:
        names = "、".join(opinions[m].comment.id for m in sorted(own - {group.representative}))
        warnings.warn(f"G{group.id} 中{names}另有个人补充意见，未随整组处理，请单独答复。", stacklevel=2)
    if kept:  # (said, not silent: the group is not all answered as asked)
        warnings.warn(f"G{group.id} 中已有处理意见的{len(kept)}条未改动：{'、'.join(kept[:5])}"
                      f"{'等' if len(kept) > 5 else ''}；如需整组改为“{value}”，请用 overwrite=True。", stacklevel=2)
    return replace(result, opinions=tuple(opinions))


def routed_examples(source) -> tuple[list[str], list[str]]:
    """Texts and their 承办处室 from an earlier tracker, to train a router.

    Rows the router could not place (待人工分办) or without an owner are left out.

    Parameters
    ----------
    source : str, path-like, TrackerData or ConsultationResult

    Examples
    --------
    >>> data = TrackerData(rows=({"comment_text": "加强散煤治理", "owner": "大气环境处"},
    ...                          {"comment_text": "整治入河排污口", "owner": "待人工分办"}))
    >>> routed_examples(data)
    (['加强散煤治理'], ['大气环境处'])
    """
    if isinstance(source, ConsultationResult):
        rows = source.to_records()
    else:
        data = _as_data(source)
        rows = [*data.rows, *data.removed]
    texts, units = [], []
    for r in rows:
        text, owner = str(r.get("comment_text") or "").strip(), str(r.get("owner") or "").strip()
        if text and owner not in _NOT_ROUTED:
            texts.append(text)
            units.append(owner)
    return texts, units
