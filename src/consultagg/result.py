"""The result of a consultation analysis, independent of how it is written out.

:class:`ConsultationResult` holds one :class:`~consultagg.records.Opinion` per submitted opinion
(nothing is dropped: duplicates are labelled, not removed), the duplicate groups, the topics, the
plan and the roster. It exports JSON-ready records, a pandas DataFrame, the Excel tracker and a
Chinese summary.

Examples
--------
>>> import consultagg as ca
>>> result = ca.analyse([{"提出单位": "自治区发改委", "意见内容": "建议补充碳达峰行动内容。"},
...                      {"提出单位": "水利厅", "意见内容": "建议强化水资源刚性约束。"}])
>>> len(result.to_records())
2
>>> result.summary().startswith("共收到")
True
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import PurePath
from typing import Any

from consultagg.progress import reporting
from consultagg.frames import pandas_or_none, to_frame, want_frame
from consultagg.records import GROUP_KIND_NAMES, UNIT_GUESS_MARK, DuplicateGroup, Opinion, Plan, RosterEntry, Topic
from consultagg.report import consultation_summary, drafting_summary, roster_disagreements_of
from consultagg.sections.matcher import UNSURE_QUOTE
from consultagg.tracker import write_tracker
from consultagg.tracker.layout import TRACKER_KEYS

__all__ = ["ConsultationResult", "TRACKER_KEYS"]

UNPLACED = "总体/未定位"


@dataclass
class ConsultationResult:
    """Everything the pipeline found, one :class:`Opinion` per submitted opinion.

    Attributes
    ----------
    opinions : tuple of Opinion
        In tracker order (section, then department), one per input comment.
    groups : tuple of DuplicateGroup
        Duplicate groups; every opinion belongs to exactly one (singletons included).
    topics : tuple of Topic
    plan : Plan or None
    roster : tuple of RosterEntry
        Consulted units with 有意见 / 无意见 / 未反馈.
    title : str
        Title of the draft (from the plan when there is one).
    notes : tuple of str
        What reading the input reported (empty rows, encodings, mapped headers …).
    params : dict
        Parameters of the run.
    removed : tuple of dict
        Opinions of earlier rounds this round no longer holds (撤回或未再提出), as tracker records
        with their decisions plus ``last_round`` and ``removed_note``; filled by
        :func:`consultagg.merge_tracker` and written to their own sheet.
    round : int
        Consultation round (1 for a first tracker; a merge adds one).
    subtopics : dict of int to tuple of Topic
        For each topic large enough to be split, its subtopics (ids within the topic, as in
        :attr:`Opinion.subtopic_id`; ``representatives`` index :attr:`opinions`).
    no_opinion_units : tuple of str
        Units that answered 无意见 (with or without a roster).
    unread_files : tuple of (str, str)
        Files of the input folders that could not be read, with the reason.
    """

    opinions: tuple[Opinion, ...]
    groups: tuple[DuplicateGroup, ...] = ()
    topics: tuple[Topic, ...] = ()
    plan: Plan | None = None
    roster: tuple[RosterEntry, ...] = ()
    title: str = ""
    notes: tuple[str, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)
    removed: tuple[dict[str, Any], ...] = ()
    round: int = 1
    subtopics: dict[int, tuple[Topic, ...]] = field(default_factory=dict)
    no_opinion_units: tuple[str, ...] = ()
    unread_files: tuple[tuple[str, str], ...] = ()

    def __len__(self) -> int:
        return len(self.opinions)

    def __repr__(self) -> str:
        return (f"ConsultationResult({len(self.opinions)} opinions, {self.n_distinct} distinct, "
                f"{len(self.topics)} topics, {len(self.departments)} departments)")

    def _repr_html_(self) -> str:
        """What a notebook shows: the counts, the largest topics and the units with most opinions."""
        esc = html.escape
        topics = sorted(self.topic_table(as_frame=False), key=lambda r: -r["n_opinions"])[:5]
        units = Counter(op.department.name for op in self.opinions).most_common(5)
        lines = [f"<div><b>{esc(self.title or '意见汇总')}</b>：{len(self.opinions)}条意见，"
                 f"合并重复后{self.n_distinct}条不同意见，{len(self.departments)}个单位，{len(self.topics)}个主题",
                 "<table><tr><th>主题</th><th>意见数</th><th>单位数</th></tr>"]
        lines += [f"<tr><td>{esc(t['topic'])}</td><td>{t['n_opinions']}</td><td>{t['n_departments']}</td></tr>"
                  for t in topics]
        lines.append("</table><table><tr><th>单位</th><th>意见数</th></tr>")
        lines += [f"<tr><td>{esc(u)}</td><td>{n}</td></tr>" for u, n in units]
        lines.append("</table></div>")
        return "".join(lines)

    # -- lookups ---------------------------------------------------------------------------
    @property
    def departments(self) -> list[str]:
        """Canonical names of the units that sent opinions, in order of first appearance."""
        return list(dict.fromkeys(o.department.name for o in self.opinions))

    @property
    def n_distinct(self) -> int:
        """Distinct opinions: one per duplicate group."""
        return len({o.group_id for o in self.opinions})

    def _group_by_id(self) -> dict[int, DuplicateGroup]:
        return {g.id: g for g in self.groups}

    def _topic_by_id(self) -> dict[int, Topic]:
        return {t.id: t for t in self.topics}

    def _subtopic(self, op: Opinion) -> Topic | None:
        subs = self.subtopics.get(op.topic_id, ())
        sid = op.subtopic_id
        return subs[sid] if sid is not None and 0 <= sid < len(subs) else None

    def duplicate_text(self, index: int, groups: dict[int, DuplicateGroup] | None = None) -> str:
        """The 重复/合并 cell for opinion ``index``: group id, size and the representative's id."""
        op = self.opinions[index]
        group = (groups if groups is not None else self._group_by_id()).get(op.group_id)
        if group is None or group.size < 2:
            return ""
        kind = GROUP_KIND_NAMES.get(group.kind, "重复")
        rep_id = self.opinions[group.representative].comment.id
        if index == group.representative:
            return f"G{group.id}（{kind}，共{group.size}条，本条为代表）"
        own = dict(zip(group.members, group.own_opinion)).get(index, False)  # (a signer's requests of their own)
        return f"G{group.id}（{kind}，共{group.size}条{'，另有个人补充意见，须单独答复' if own else ''}），同意见编号 {rep_id}"

    # -- exports ---------------------------------------------------------------------------
    def to_records(self) -> list[dict[str, Any]]:
        """One JSON-serialisable dict per opinion, keys as in the tracker plus metadata.

        The tracker keys are :data:`TRACKER_KEYS`; further keys (``department_raw``,
        ``section_id``, ``group_id`` …) carry what ``_meta`` holds in the workbook.
        """
        groups = self._group_by_id()
        topics = self._topic_by_id()
        rows = []
        for i, op in enumerate(self.opinions):
            c, d = op.comment, op.department
            g = groups.get(op.group_id)
            t = topics.get(op.topic_id)
            sub = self._subtopic(op)
            rows.append({
                "seq": i + 1,
                "comment_id": c.id,
                # A unit only guessed from a file name is shown, marked, for the office to check.
                "department": d.name + (UNIT_GUESS_MARK if c.meta.get("unit_confidence") == "guess" else ""),
                "department_type": d.category,
                "section": _section_cell(op),
                "page_line": op.page_line,
                "comment_type": op.comment_type,
                "original_text": op.original_text,
                "comment_text": c.text,
                "proposed_change": c.proposed_change or "",
                "comment_reason": str(c.meta.get("reason") or ""),  # the unit's own 修改理由
                # A weak fit is shown in its topic, marked, so it is neither hidden nor taken as sure.
                "topic": (t.name + (WEAK_TOPIC_MARK if op.topic_weak else "")) if t else "",
                "duplicate_of": self.duplicate_text(i, groups),
                "disposition": op.disposition,
                "reason": op.reason,
                "revision_note": op.revision_note,
                "owner": op.owner or "",
                "remarks": op.remarks,
                # metadata
                "department_raw": d.raw,
                "department_full": d.full_name,
                "department_known": d.known,
                "department_confidence": round(d.confidence, 3),
                "speaker": c.speaker or "",
                "sent_by": str(c.meta.get("sent_by") or ""),  # who passed the unit's points on (某县人民政府's 汇总)
                "title": c.title or "",
                "location_raw": c.location or "",
                "section_id": op.section_id or "",
                "section_score": round(float(op.section_score), 4),
                "section_method": op.section_method,
                "topic_id": op.topic_id,
                "topic_weak": op.topic_weak,
                "subtopic_id": op.subtopic_id,
                "subtopic": sub.name if sub else "",
                "group_id": op.group_id,
                "group_kind": g.kind if g else "single",
                "group_size": g.size if g else 1,
                "is_representative": op.is_representative,
                "owner_confidence": round(float(op.owner_confidence), 3),
                "source_file": c.source.file or "",
                "source_sheet": c.source.sheet or "",
                "source_row": c.source.row,
                "source_paragraph": c.source.paragraph,
                "meta": {k: _jsonable(v) for k, v in c.meta.items()},
            })
        return rows

    def to_dict(self) -> dict[str, Any]:
        """The whole result as JSON-ready data: opinions, groups, topics, roster, tables."""
        return {
            "title": self.title,
            "opinions": self.to_records(),
            "groups": [dict(asdict(g), size=g.size) for g in self.groups],
            "topics": [asdict(t) for t in self.topics],
            "subtopics": {str(k): [asdict(t) for t in v] for k, v in self.subtopics.items()},
            "roster": [asdict(r) for r in self.roster],
            "department_topic_table": self.department_topic_table(as_frame=False),
            "department_topic_shares": self.department_topic_table(share=True, as_frame=False),
            "summary": self.summary(),
            "notes": list(self.notes),
            "removed": [dict(r) for r in self.removed],
            "round": self.round,
        }

    def to_dataframe(self):
        """The records as a typed pandas DataFrame (needs the ``pandas`` extra), one row per opinion.

        The input's own columns that no tracker field took (a DataFrame's or dicts' further
        columns, kept in each comment's ``meta``) come back as columns of their own, under their
        names (``meta_<name>`` where a name is already a record key); categories are categoricals
        and ids that may be missing nullable integers (:mod:`consultagg.frames`). ``topic`` is the
        topic's name, without the tracker's （归属较弱） mark: ``topic_weak`` holds it.
        """
        want_frame(True, "to_dataframe()")
        rows = self.to_records()
        extra: list[str] = []
        for r in rows:
            if r.get("topic_weak") and r["topic"].endswith(WEAK_TOPIC_MARK):
                # one category per topic (topic_weak says the rest): the tracker's mark would split it
                r["topic"] = r["topic"][: -len(WEAK_TOPIC_MARK)]
            for key, value in r.pop("meta").items():
                col = f"meta_{key}" if key in r else key
                r[col] = value if value is None or isinstance(value, (str, int, float, bool)) else str(value)
                if col not in extra:
                    extra.append(col)
        return to_frame(rows, columns=(list(rows[0]) if rows else []) + [c for c in extra if rows and c not in rows[0]])

    def to_excel(self, path, *, profile: str = "plan", progress: bool | None = None, **kwargs):
        """Write the revision tracker (意见汇总处理表) to ``path``.

        ``progress=True`` shows a progress bar (tqdm); see
        :func:`consultagg.tracker.write_tracker` for the other options.
        """
        with reporting(progress):
            return write_tracker(self, path, profile=profile, **kwargs)

    def drafting_summary(self, *, draft: bool = False) -> str:
        """The 起草说明 paragraph counted from the decisions (see :func:`consultagg.drafting_summary`).

        Raises ``NotFinalError`` while opinions are open, unless ``draft``.
        """
        return drafting_summary(self, draft=draft)

    # -- tables ----------------------------------------------------------------------------
    def department_topic_table(self, *, share: bool = False, as_frame: bool | None = None):
        """Opinions per department and topic: ``{department: {topic: n}}``, largest first; as a
        DataFrame (the default when pandas is installed, see :mod:`consultagg.frames`) one row per
        department and one column per topic, 0 where a unit said nothing of a topic.

        ``share=True`` gives each department's shares instead (its row sums to 1): what a unit
        said most about, comparable between a unit of three opinions and one of three hundred.
        """
        table = self._department_topic_counts(share)
        if not want_frame(as_frame, "department_topic_table()"):
            return table
        pd = pandas_or_none()
        topics = list(dict.fromkeys([t.name for t in self.topics] + [k for row in table.values() for k in row]))
        df = pd.DataFrame([[row.get(t, 0) for t in topics] for row in table.values()],
                          index=pd.Index(list(table), name="department"), columns=pd.Index(topics, name="topic"))
        return df.astype(float if share else "int64")

    def _department_topic_counts(self, share: bool) -> dict[str, dict[str, float]]:
        topics = self._topic_by_id()
        table: dict[str, Counter] = defaultdict(Counter)
        for op in self.opinions:
            t = topics.get(op.topic_id)
            table[op.department.name][t.name if t else ""] += 1
        if share:
            return {d: {k: round(v / c.total(), 4) for k, v in c.most_common()} for d, c in table.items()}
        return {d: dict(c.most_common()) for d, c in table.items()}

    def _topic_departments(self) -> dict[int, Counter]:
        by_topic: dict[int, Counter] = defaultdict(Counter)
        for op in self.opinions:
            by_topic[op.topic_id][op.department.name] += 1
        return by_topic

    def department_table(self, *, as_frame: bool | None = None):
        """Per unit: category, roster state, opinions, distinct opinions, topics, dispositions.

        ``main_topic`` is what the unit said most about (``main_topic_share`` of its opinions),
        ``top_topics`` its three largest topics with counts, and ``only_topics`` the topics no
        other unit raised.
        """
        topics = self._topic_by_id()
        by_topic = self._topic_departments()
        only: dict[str, list[str]] = defaultdict(list)
        for t in self.topics:
            depts = by_topic.get(t.id)
            if depts and len(depts) == 1 and len(self.departments) > 1:
                only[next(iter(depts))].append(t.name)
        by_dept: dict[str, list[Opinion]] = defaultdict(list)
        for op in self.opinions:
            by_dept[op.department.name].append(op)
        roster = {r.department: r for r in self.roster}
        rows = []
        names = list(by_dept) + [r.department for r in self.roster if r.department not in by_dept]
        for name in names:
            ops = by_dept.get(name, [])
            topic_counts = Counter(op.topic_id for op in ops)
            ranked = topic_counts.most_common()
            main = ranked[0][0] if ranked else None
            state = roster[name].state if name in roster else ("有意见" if ops else "无意见")
            dispositions = Counter(op.disposition for op in ops if op.disposition)
            rows.append({
                "department": name,
                "department_type": ops[0].department.category if ops else "",
                "state": state,
                "n_opinions": len(ops),
                "n_distinct": len({op.group_id for op in ops}),
                "main_topic": topics[main].name if main is not None and main in topics else "",
                "main_topic_share": round(ranked[0][1] / len(ops), 4) if ranked else 0.0,
                "top_topics": [(topics[t].name, c) for t, c in ranked[:3] if t in topics],
                "only_topics": only.get(name, []),
                "dispositions": dict(dispositions),
            })
        return to_frame(rows) if want_frame(as_frame, "department_table()") else rows

    def topic_table(self, *, as_frame: bool | None = None):
        """Per topic: label, key phrases, submissions, distinct opinions, departments, subtopics.

        ``departments`` lists the units raising the topic, most opinions first;
        ``main_department`` is the first of them and ``main_department_share`` its share of the
        topic's opinions; ``only_department`` is set when a single unit raised the topic; ``note``
        is the clusterer's Chinese note (a scattered topic, too few opinions), empty otherwise.
        """
        by_topic: dict[int, list[Opinion]] = defaultdict(list)
        for op in self.opinions:
            by_topic[op.topic_id].append(op)
        dept_counts = self._topic_departments()
        rows = []
        for t in self.topics:
            ops = by_topic.get(t.id, [])
            depts = dept_counts.get(t.id, Counter())
            ranked = depts.most_common()
            rows.append({
                "topic_id": t.id,
                "topic": t.name,
                "key_phrases": "、".join(t.key_phrases),
                "n_opinions": len(ops),
                "n_distinct": len({op.group_id for op in ops}),
                "n_departments": len(depts),
                "departments": "、".join(d for d, _ in ranked),
                "department_counts": dict(ranked),
                "main_department": ranked[0][0] if ranked else "",
                "main_department_share": round(ranked[0][1] / len(ops), 4) if ranked else 0.0,
                "only_department": next(iter(depts)) if len(depts) == 1 else "",
                "subtopics": "；".join(f"{sub.name}（{sub.size}条）" for sub in self.subtopics.get(t.id, ())),
                "note": t.note,
            })
        return to_frame(rows) if want_frame(as_frame, "topic_table()") else rows

    def section_table(self, *, as_frame: bool | None = None):
        """Per section path (plan order): opinions, distinct opinions, dispositions."""
        order: dict[str, int] = {}
        if self.plan is not None:
            order = {s.id: i for i, s in enumerate(self.plan.sections)}
        by_section: dict[str, list[Opinion]] = defaultdict(list)
        for op in self.opinions:
            by_section[op.section_id or ""].append(op)
        rows = []
        for sid in sorted(by_section, key=lambda s: order.get(s, -1)):
            ops = by_section[sid]
            rows.append({
                "section_id": sid,
                "section": ops[0].section_path or UNPLACED,
                "n_opinions": len(ops),
                "n_distinct": len({op.group_id for op in ops}),
                "n_departments": len({op.department.name for op in ops}),
                "dispositions": dict(Counter(op.disposition for op in ops if op.disposition)),
            })
        return to_frame(rows) if want_frame(as_frame, "section_table()") else rows

    def duplicate_table(self, *, as_frame: bool | None = None):
        """Duplicate groups of two or more members, largest first, and groups related to another
        (same wording, another request: ``related`` names them with the reason)."""
        rows = []
        for g in sorted(self.groups, key=lambda g: (-g.size, g.id)):
            if g.size < 2 and not g.related:
                continue
            rep = self.opinions[g.representative]
            rows.append({
                "group_id": g.id,
                "kind": g.kind,
                "size": g.size,
                "representative_id": rep.comment.id,
                "representative_text": rep.comment.text,
                "member_ids": [self.opinions[m].comment.id for m in g.members],
                "departments": sorted({self.opinions[m].department.name for m in g.members}),
                "template": g.template,
                "related": "；".join(f"G{other}：{reason}" for other, reason in g.related),
            })
        return to_frame(rows) if want_frame(as_frame, "duplicate_table()") else rows

    # -- summary ---------------------------------------------------------------------------
    def roster_disagreements(self) -> list[tuple[str, str]]:
        """``(roster entry, responding unit)`` pairs that are probably one unit under two names.

        While there are any, the roster's 反馈 / 逾期未反馈 counts would be false, so the summary
        withholds them (see :func:`consultagg.report.roster_disagreements_of`).
        """
        return roster_disagreements_of(self)

    def summary(self) -> str:
        """A Chinese summary a drafting office can paste: counts, units, duplicates, topics
        (:func:`consultagg.report.consultation_summary`)."""
        return consultation_summary(self)


#: Appended to 主题 in the tracker when an opinion fits its topic weakly.
WEAK_TOPIC_MARK = "（归属较弱）"
# Below this similarity a section found by content alone is a guess to check, and says so.
WEAK_SECTION_SCORE = 0.5


def _section_cell(op: Opinion) -> str:
    """章节条款 as the tracker shows it: the section, then how it was found (定位依据).

    ``〔引用〕`` the opinion names it (``〔引用，请核实〕`` when the citation allows several places, or names a
    level the draft lacks); ``〔原文〕`` it quotes the draft's wording (``〔原文，请核实〕`` found in two places, or
    only loosely); ``〔相似0.35〕`` found
    by content only, with the score, and ``，请核实`` when the score is low: a weak guess looks weak.
    """
    if not op.section_path:
        return UNPLACED
    if op.section_method == "reference":
        # (below 1.0: chosen by content among the places a citation allows, or as deep as the draft goes)
        basis = "引用" if op.section_score >= 1.0 else "引用，请核实"
    elif op.section_method == "quote":
        basis = "原文" if op.section_score > UNSURE_QUOTE else "原文，请核实"  # (wording found twice, or loosely)
    elif op.section_method == "similarity":
        basis = f"相似{op.section_score:.2f}" + ("，请核实" if op.section_score < WEAK_SECTION_SCORE else "")
    else:
        return op.section_path
    return f"{op.section_path}〔{basis}〕"


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        if isinstance(value, float) and value != value:  # NaN from spreadsheets
            return None
        return value
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


def sort_key_for(opinions: Sequence[Opinion], plan: Plan | None):
    """Key ordering opinions by plan section (unplaced first), then department, then id."""
    order = {s.id: i for i, s in enumerate(plan.sections)} if plan is not None else {}

    def key(op: Opinion):
        return (order.get(op.section_id, -1), op.department.name, op.comment.id)

    return key
