"""The consultation pipeline: the only module that knows the order of the stages.

read → normalise departments → group duplicates → topics on representatives (weighted by group
size) → map to sections → route → :class:`~consultagg.ConsultationResult`.
Each stage is a small object passed in (or built with defaults); no stage imports another stage.

Examples
--------
>>> import consultagg as ca
>>> comments = [{"提出单位": "自治区发改委", "意见内容": "建议补充碳达峰行动的具体目标。"},
...             {"提出单位": "水利厅", "意见内容": "建议强化黄河水资源刚性约束。"},
...             {"提出单位": "水利厅", "意见内容": "建议强化黄河水资源刚性约束。"}]
>>> result = ca.ConsultationPipeline().run(comments)
>>> len(result.opinions), result.n_distinct
(3, 2)
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator

from consultagg.dedup import NearDuplicateGrouper
from consultagg.departments import DepartmentNormalizer, infer_home_region
from consultagg.reading import read_comments, read_plan
from consultagg.records import (
    Comment,
    CommentList,
    DuplicateGroup,
    Opinion,
    RosterEntry,
    Section,
    Topic,
)
from consultagg.sections import original_wording, page_line_of
from consultagg.result import ConsultationResult, sort_key_for
from consultagg.io.rosters import read_roster
from consultagg.routing import UNSURE
from consultagg.sections import SectionMatcher
from consultagg.text.segment import JiebaSegmenter
from consultagg.topics import TopicClusterer

__all__ = ["ConsultationPipeline", "analyse", "read_roster"]

PUBLIC = "社会公众"

_EDITORIAL = re.compile(r"错别字|标点|笔误|表述|措辞|文字|格式|序号|编号有误|改为“|删除“|顿号|字样")
_SUBSTANTIVE = re.compile(r"建议(增加|补充|新增|删除|调整|提高|降低|明确|修改|将)|目标|指标|资金|责任|制度|"
                          r"不合理|不符合|应当|应该|必须|缺少|缺乏")


class ConsultationPipeline(BaseEstimator):
    """Run every stage on a consultation and return a :class:`ConsultationResult`.

    Parameters
    ----------
    grouper : NearDuplicateGrouper, optional
    topic_model : TopicClusterer, optional
    department_normalizer : DepartmentNormalizer, optional
    router : UnitRouter, optional
        Routes each opinion to its 承办处室; unset leaves the column empty.
    segmenter : JiebaSegmenter, optional
        Shared by the default topic model and section matcher.
    section_top_k : int, default=3
    home_region : str, optional
        The consulting office's region (e.g. ``宁夏回族自治区``) for department names.
    title : str, optional
        Title of the draft; defaults to the plan's title.
    random_state : int, default=0
    progress : callable, optional
        Called with a short Chinese message before each long step (the CLI prints it to stderr).
    previous_topics : sequence of Topic, optional
        Topics of an earlier round (``result.topics``, or ``read_tracker(path).topics``): the
        default topic model gives a topic matching one of them by key phrases the same id.
    """

    def __init__(self, *, grouper=None, topic_model=None, department_normalizer=None, router=None,
                 segmenter=None, section_top_k: int = 3, home_region: str | None = None,
                 title: str | None = None, random_state: int = 0,
                 progress: Callable[[str], Any] | None = None, previous_topics=None):
        self.grouper = grouper
        self.topic_model = topic_model
        self.department_normalizer = department_normalizer
        self.router = router
        self.segmenter = segmenter
        self.section_top_k = section_top_k
        self.home_region = home_region
        self.title = title
        self.random_state = random_state
        self.progress = progress
        self.previous_topics = previous_topics

    def _say(self, msg: str) -> None:
        if self.progress is not None:
            self.progress(msg)

    # -- the run -----------------------------------------------------------------------------
    def run(self, comments, plan=None, *, roster=None) -> ConsultationResult:
        """Analyse ``comments`` (paths, dicts, a DataFrame or Comments) against an optional plan.

        Parameters
        ----------
        comments : path, list of paths, list of dict, DataFrame or list of Comment
        plan : Plan, path or None
        roster : list of str or path, optional
            The units consulted; the result reports 有意见 / 无意见 / 未反馈 for each.
        """
        t0 = time.perf_counter()
        comments = self._as_comments(comments)
        if isinstance(plan, (str, Path)):
            plan = read_plan(plan)
        if not comments:
            raise ValueError("没有可分析的意见（no opinions to analyse）")
        seg = self.segmenter or JiebaSegmenter()
        texts = [c.text for c in comments]
        n = len(comments)

        self._say(f"规范提出单位（{n}条意见）…")
        home = self.home_region
        if home is None and self.department_normalizer is None:
            # Letters signed 青原自治区科学技术厅 match the roster's 自治区科技厅 only when the region
            # is known: read it from the plan's title and the units' names, and say so.
            title = self.title or (plan.title if plan is not None else "")
            names = [c.department or "" for c in comments] + list(getattr(comments, "no_opinion_units", ()))
            home = infer_home_region(title, names)
            if home:
                self._say(f"未指定本地区（--home-region），按规划标题和来函单位推定为“{home}”；如不对，请用 "
                          f"--home-region 指定。")
        normalizer = self.department_normalizer or DepartmentNormalizer(home_region=home)
        raw_units = [(c.department or "").strip() or PUBLIC for c in comments]
        departments = normalizer.normalize_many(raw_units)

        self._say("识别重复意见与批量提交…")
        grouper = self.grouper or NearDuplicateGrouper(random_state=self.random_state,
                                                       n_jobs=2 if n >= 100_000 else 1)
        grouper.fit(texts)
        labels = np.asarray(grouper.labels_)
        reps = np.asarray(grouper.representatives_)
        sizes = np.bincount(labels, minlength=len(reps)).astype(float)

        # A campaign member that adds substantial text of its own: the addition is an opinion of
        # its own for topics, while the member stays in its campaign.
        additions = {int(m): add for info in grouper.groups_ if info.kind == "campaign"
                     for m, add, own in zip(info.members, info.additions, info.own_opinion) if own}
        add_index = sorted(additions)
        self._say(f"主题聚类（{len(reps)}条不同意见" + (f"，另{len(add_index)}条个人补充意见" if add_index else "")
                  + "）…")
        rep_texts = [texts[r] for r in reps]
        topic_texts = rep_texts + [additions[m] for m in add_index]
        weights = np.concatenate([sizes, np.ones(len(add_index))])
        # Every text is segmented once, for topics and for sections. Two worker processes pay
        # off once start-up (about a second each) is small beside the work.
        text_tokens = seg.segment_many(texts, n_jobs=2 if n >= 2000 else 1)
        rep_tokens = [text_tokens[r] for r in reps] + seg.segment_many([additions[m] for m in add_index])
        addition_topic: dict[int, int] = {}
        if len(topic_texts) >= 2:
            topic_model = self.topic_model or TopicClusterer(
                random_state=self.random_state, segmenter=seg,
                previous_topics=tuple(self.previous_topics) if self.previous_topics else None)
            topic_model.fit(topic_texts, sample_weight=weights, tokens=rep_tokens)
            all_labels = np.asarray(topic_model.labels_)
            topic_of_group = all_labels[:len(reps)]
            weak_of_group = np.asarray(topic_model.weak_)[:len(reps)]
            addition_topic = {m: int(t) for m, t in zip(add_index, all_labels[len(reps):])}
            topics = list(topic_model.topics_)
            sub_of_group = np.asarray(getattr(topic_model, "sublabels_", np.full(len(topic_texts), -1)))[:len(reps)]
            subtopics = {int(k): list(v) for k, v in getattr(topic_model, "subtopics_", {}).items()}
        else:
            topic_of_group = np.zeros(len(reps), dtype=int)
            weak_of_group = np.zeros(len(reps), dtype=bool)
            sub_of_group = np.full(len(reps), -1)
            subtopics = {}
            words = rep_tokens[0][:3] if rep_tokens else []
            topics = [Topic(id=0, name="、".join(words) or "全部意见", key_phrases=tuple(words),
                            size=n, n_distinct=1, representatives=(0,))]
        # Topic representatives index the clustered texts; make them opinion indices.
        doc_owner = [int(r) for r in reps] + add_index
        topics = [replace(t, representatives=tuple(doc_owner[r] for r in t.representatives))
                  for t in topics]
        subtopics = {k: [replace(t, representatives=tuple(doc_owner[r] for r in t.representatives))
                         for t in v] for k, v in subtopics.items()}

        matches: list[list] = [[] for _ in range(n)]
        if plan is not None:
            self._say(f"对应规划章节（{len(plan.sections)}个章节）…")
            matcher = SectionMatcher(plan, top_k=self.section_top_k, segmenter=seg)
            matches = matcher.predict_matches(texts, locations=[c.location for c in comments],
                                              tokens=text_tokens)

        owners: list[str | None] = [None] * n
        owner_conf = np.zeros(n)
        if self.router is not None:
            self._say("分办承办处室…")
            router = self.router
            if not hasattr(router, "classes_"):
                router.fit()
            owners = list(router.predict(texts))
            owner_conf = np.asarray(getattr(router, "confidence_", owner_conf))

        section_by_id = {s.id: s for s in plan.sections} if plan is not None else {}
        opinions = []
        for i, c in enumerate(comments):
            g = int(labels[i])
            best = matches[i][0] if matches[i] else None
            section = section_by_id.get(best.section_id) if best is not None else None
            opinions.append(Opinion(
                comment=c,
                department=departments[i],
                group_id=g,
                is_representative=bool(reps[g] == i),
                topic_id=int(topic_of_group[g]),
                topic_weak=bool(weak_of_group[g]),
                section_id=section.id if section else None,
                section_path=_section_path(section, section_by_id) if section else "",
                section_score=float(best.score) if best is not None else 0.0,
                section_method=best.method if best is not None else "none",
                owner=owners[i] if owners[i] and owners[i] != UNSURE else (UNSURE if owners[i] else None),
                owner_confidence=float(owner_conf[i]),
                comment_type=_comment_type(c),
                original_text=original_wording(c.text),
                page_line=page_line_of(c.text, c.location),
                own_addition=additions.get(i, ""),
                addition_topic_id=addition_topic.get(i),
                subtopic_id=int(sub_of_group[g]) if sub_of_group[g] >= 0 else None,
            ))

        # Tracker order: section, then department; groups and topics follow the new indices.
        key = sort_key_for(opinions, plan)  # built once: it indexes the plan's sections
        order = sorted(range(n), key=lambda i: key(opinions[i]))
        new_index = {old: new for new, old in enumerate(order)}
        opinions = [opinions[i] for i in order]
        groups = []
        for info in grouper.groups_:
            groups.append(DuplicateGroup(
                id=int(info.id), kind=info.kind,
                members=tuple(sorted(new_index[m] for m in info.members)),
                representative=new_index[int(info.representative)],
                template=info.template if info.kind in ("near", "campaign") else "",
                additions=tuple(info.additions) if info.kind == "campaign" else ()))
        topics = [replace(t, representatives=tuple(new_index[r] for r in t.representatives))
                  for t in topics]
        subtopics = {k: tuple(replace(t, representatives=tuple(new_index[r] for r in t.representatives))
                              for t in v) for k, v in subtopics.items()}

        no_opinion = list(dict.fromkeys(normalizer.normalize(u).name
                                        for u in getattr(comments, "no_opinion_units", ())))
        roster_entries = self._roster(roster, comments, opinions, normalizer, no_opinion)
        title = self.title or (plan.title if plan is not None else "") or "征求意见"
        notes = list(getattr(comments, "notes", ()))
        empty = list(getattr(comments, "empty_rows", ()))
        if empty:
            notes.append(f"空白意见{len(empty)}处（未计入）：" + "；".join(empty[:20])
                         + ("……" if len(empty) > 20 else ""))
        self._say(f"分析完成，用时{time.perf_counter() - t0:.1f}秒。")
        return ConsultationResult(
            opinions=tuple(opinions), groups=tuple(groups), topics=tuple(topics), plan=plan,
            roster=tuple(roster_entries), title=title, notes=tuple(notes),
            unread_files=tuple(tuple(x) for x in getattr(comments, "unread_files", ())),
            no_opinion_units=tuple(no_opinion),
            params={"random_state": self.random_state, "n_input": n}, subtopics=subtopics)

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _as_comments(comments) -> CommentList:
        if isinstance(comments, CommentList):
            return comments
        if isinstance(comments, (list, tuple)) and comments and all(isinstance(c, Comment) for c in comments):
            return CommentList(comments)
        return read_comments(comments)

    def _roster(self, roster, comments, opinions, normalizer, no_opinion) -> list[RosterEntry]:
        """Each roster unit's state; ``no_opinion`` holds the (normalised) units that wrote 无意见."""
        names = read_roster(roster)
        if not names:
            # Without a roster nobody knows who was consulted: the units answering 无意见 are kept
            # on the result (no_opinion_units), never made into a roster of one.
            return []
        counts: dict[str, int] = {}
        for op in opinions:
            counts[op.department.name] = counts.get(op.department.name, 0) + 1
        unread = _units_of_unread(getattr(comments, "unread_files", ()), normalizer)
        entries, seen = [], set()
        for raw in names + no_opinion:
            name = normalizer.normalize(raw).name
            if name in seen:
                continue
            seen.add(name)
            if counts.get(name):
                state = "有意见"
            elif name in no_opinion:
                state = "无意见"
            elif any(name == u or name in s for u, s in unread):
                state = "未能读取"  # it replied, in a file we could not read: never 逾期未反馈
            else:
                state = "未反馈"
            entries.append(RosterEntry(department=name, state=state, n_opinions=counts.get(name, 0)))
        return entries


def _units_of_unread(unread_files, normalizer) -> list[tuple[str, str]]:
    """``(normalised unit, file stem)`` for each unread file: 18_自治区文化和旅游厅.doc -> 自治区文化和旅游厅."""
    out = []
    for path, _ in unread_files:
        stem = re.sub(r"^[\d\s_\-.、（）()]+", "", Path(str(path)).stem)
        out.append((normalizer.normalize(stem).name if stem else "", stem))
    return out


def analyse(comments, plan=None, *, roster=None, **params) -> ConsultationResult:
    """Analyse a consultation: ``ConsultationPipeline(**params).run(comments, plan, roster=roster)``.

    Examples
    --------
    >>> import consultagg as ca
    >>> r = ca.analyse([{"单位": "科技厅", "意见": "建议增加生态环境科技创新内容。"}])
    >>> r.opinions[0].department.name
    '科技厅'
    """
    return ConsultationPipeline(**params).run(comments, plan, roster=roster)


def _section_path(section: Section, by_id: dict[str, Section], title_chars: int = 18) -> str:
    """``八、 31. 推进美丽河湖建设``: the numbers from the root, then the heading's own title.

    A number alone (``八、 31.``) cannot be checked against the draft at a glance; the title is
    shortened to ``title_chars`` characters.
    """
    labels = []
    s: Section | None = section
    while s is not None:
        labels.append(s.label)
        s = by_id.get(s.parent_id) if s.parent_id else None
    path = " ".join(reversed(labels))
    title = (section.title or "").strip().rstrip("。；;")
    if title:
        path += " " + (title if len(title) <= title_chars else title[:title_chars - 1] + "…")
    return path


def _comment_type(c: Comment) -> str:
    text = c.text
    if _EDITORIAL.search(text) and len(text) < 120 and not _SUBSTANTIVE.search(text.replace("修改为", "")):
        return "编辑性"
    if c.proposed_change or _SUBSTANTIVE.search(text):
        return "实质性"
    return "一般性"
