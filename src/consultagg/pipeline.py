"""The consultation pipeline: the only module that knows the order of the stages.

read → normalise departments → group duplicates → topics on representatives (weighted by group
size) → map to sections → route → classify → :class:`~consultagg.ConsultationResult`.
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

import hashlib

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from sklearn.base import BaseEstimator, clone

from consultagg.classify import CommentTypeClassifier
from consultagg.dedup import NearDuplicateGrouper
from consultagg.departments import DepartmentNormalizer, infer_home_region
from consultagg.reading import read_comments, read_plan
from consultagg.records import (
    Comment,
    CommentList,
    DuplicateGroup,
    Opinion,
    RosterEntry,
    Topic,
    UNSEEN,
)
from consultagg.io.rosters import read_roster
from consultagg.io.unreadable import OWN_OUTPUT_REASONS
from consultagg.progress import logger, reporting, stage
from consultagg.result import ConsultationResult, sort_key_for
from consultagg.routing import UNSURE
from consultagg.sections import SectionMatcher, original_wording, page_line_of, section_path
from consultagg.text.segment import JiebaSegmenter
from consultagg.topics import TopicClusterer

__all__ = ["ConsultationPipeline", "analyse", "read_roster"]

PUBLIC = "社会公众"
# With n_jobs=None, two worker processes start from this many comments: below it their start-up
# (about a second each) costs more than they save.
_AUTO_JOBS = 2
_PARALLEL_DEDUP_MIN = 100_000
_PARALLEL_SEGMENT_MIN = 2000


class _Groups(NamedTuple):
    """What the dedup stage hands on: group per comment, representatives, sizes, records."""

    labels: np.ndarray
    reps: np.ndarray
    sizes: np.ndarray
    records: list[DuplicateGroup]
    additions: dict[int, str]  # campaign member -> its own opinion added to the template
    same_key: np.ndarray  # per comment, the first comment with its matching key (and numbers)


class _Fan:
    """Run a per-opinion stage once per duplicate group and fan the results out to its members.

    The members of a group ask for one thing (the grouper verified it), so the group's
    representative speaks for them; a stage that also reads a field of the comment (the location
    column, the proposed change) keys on it too, and reads it from the first comment holding it.
    """

    def __init__(self, labels: np.ndarray, extra=None):
        n = len(labels)
        slot: dict = {}
        self.firsts: list[int] = []
        self.slot = np.empty(n, dtype=np.int64)
        for i, k in enumerate(labels.tolist()):
            key = k if extra is None else (k, extra[i])
            j = slot.setdefault(key, len(slot))
            if j == len(self.firsts):
                self.firsts.append(i)
            self.slot[i] = j

    def out(self, results):
        """Results per key as a list over all comments."""
        return [results[j] for j in self.slot.tolist()]


class _Topics(NamedTuple):
    """What the topics stage hands on, per duplicate group and per campaign addition."""

    of_group: np.ndarray
    weak_of_group: np.ndarray
    sub_of_group: np.ndarray
    of_addition: dict[int, int]
    topics: list[Topic]
    subtopics: dict[int, list[Topic]]


class ConsultationPipeline(BaseEstimator):
    """Run every stage on a consultation and return a :class:`ConsultationResult`.

    The stages, in order (one method each): read, departments, dedup, segment, topics, sections,
    route, classify, then the result. A stage given as an object is cloned before it is fitted, so
    the caller's object is left as it was; a router is used as given (it is trained beforehand).

    Parameters
    ----------
    grouper : NearDuplicateGrouper, optional
    topic_model : TopicClusterer, optional
        With a segmenter of its own, it segments the texts itself; otherwise it gets the
        pipeline's tokens.
    department_normalizer : DepartmentNormalizer, optional
        Given without a ``home_region``, it gets the pipeline's (given or inferred).
    router : UnitRouter, optional
        Routes each opinion to its 承办处室; unset leaves the column empty.
    section_matcher : SectionMatcher, optional
        Matches opinions to the plan's sections (its ``plan`` is set to the run's plan); by default
        ``SectionMatcher(plan, top_k=section_top_k)`` with the pipeline's segmenter.
    classifier : CommentTypeClassifier, optional
        The 意见类型 of each opinion (编辑性 / 实质性 / 一般性).
    segmenter : JiebaSegmenter, optional
        Shared by the default topic model and section matcher.
    section_top_k : int, default=3
    home_region : str, optional
        The consulting office's region (e.g. ``宁夏回族自治区``) for department names; inferred
        from the plan's title and the units' names when not given.
    title : str, optional
        Title of the draft; defaults to the plan's title.
    random_state : int, default=0
        Handed to every stage the pipeline builds.
    n_jobs : int or None, default=None
        Worker processes for segmenting and grouping, with scikit-learn's meaning (``-1`` all
        cores). ``None``: two workers once the input is large enough to pay for their start-up.
    progress : bool or callable, optional
        ``True``: progress bars (tqdm, ``pip install 'consultagg[progress]'``) for the run's stages
        and, inside them, segmentation, duplicates, topics. A callable: called with a short Chinese
        message before each long step (the CLI prints it to stderr). Either way each stage's time
        goes to the ``logging`` logger ``consultagg`` (see :mod:`consultagg.progress`).
    previous_topics : sequence of Topic, optional
        Topics of an earlier round (``result.topics``, or ``read_tracker(path).topics``): the
        default topic model gives a topic matching one of them by key phrases the same id.
    client : dask.distributed.Client, optional
        Run the per-opinion stages (segmentation, section matching, routing, comment type) as
        partitions of a Dask bag on this cluster (``pip install 'consultagg[dask]'``); reading,
        grouping duplicates (MinHash, LSH and verification) and fitting topics run in this process,
        which gathers the results. The output is the same as without a client.
    """

    def __init__(self, *, grouper=None, topic_model=None, department_normalizer=None, router=None,
                 section_matcher=None, classifier=None, segmenter=None, section_top_k: int = 3,
                 home_region: str | None = None, title: str | None = None, random_state: int = 0,
                 n_jobs: int | None = None, progress: bool | Callable[[str], Any] | None = None,
                 previous_topics=None, client=None):
        self.grouper = grouper
        self.topic_model = topic_model
        self.department_normalizer = department_normalizer
        self.router = router
        self.section_matcher = section_matcher
        self.classifier = classifier
        self.segmenter = segmenter
        self.section_top_k = section_top_k
        self.home_region = home_region
        self.title = title
        self.random_state = random_state
        self.n_jobs = n_jobs
        self.progress = progress
        self.previous_topics = previous_topics
        self.client = client

    def _say(self, msg: str, *, note: bool = False) -> None:
        """A message for the office: to a message callback, or (a ``note``) beside the bars."""
        if callable(self.progress) and self.progress is not True:
            self.progress(msg)
            return
        logger.info(msg)
        if note and self.progress is True:
            from tqdm.auto import tqdm

            tqdm.write(f"[consultagg] {msg}")

    def _map(self, fn, items: list) -> list:
        """``fn(items)``, or on the Dask client as partitions of a bag (order kept)."""
        if self.client is None or len(items) < 2:
            return list(fn(items))
        try:
            import dask.bag as db
        except ImportError as exc:
            raise ImportError("client= needs Dask: pip install 'consultagg[dask]'") from exc
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        bag = db.from_sequence(items, npartitions=min(len(items), 4 * workers)).map_partitions(fn)
        return list(self.client.compute(bag, sync=True))

    def _jobs(self, n: int, threshold: int) -> int:
        if self.n_jobs is None:
            return _AUTO_JOBS if n >= threshold else 1
        return self.n_jobs

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
        with reporting(self.progress), stage("分析意见", total=9, unit="步", level=logging.INFO,
                                             announce=False) as st:
            st.step("读取")
            comments, plan = self._read(comments, plan)
            if not comments:  # every reply 无意见, or could not be read: a result of its own, never an error
                normalizer, _ = self._departments(comments, plan)
                empty = np.zeros(0, dtype=np.int64)
                return self._result(comments, [], _Groups(empty, empty, empty, [], {}, empty),
                                    _Topics(empty, np.zeros(0, dtype=bool), empty, {}, [], {}), plan, roster, normalizer)
            texts = [c.text for c in comments]
            seg = self.segmenter or JiebaSegmenter()
            st.step("规范提出单位")
            normalizer, departments = self._departments(comments, plan)
            st.step("识别重复意见")
            groups = self._dedup(texts, comments)
            st.step("分词")
            # The stages below work on each duplicate group's representative once: a thousand
            # copies of one letter cost what the letter costs.
            rep_texts = [texts[r] for r in groups.reps]
            jobs = 1 if self.client is not None else self._jobs(len(rep_texts), _PARALLEL_SEGMENT_MIN)
            tokens = self._map(partial(_segment_part, seg, jobs), rep_texts)
            st.step("主题聚类")
            topics = self._topics(texts, tokens, groups, seg)
            st.step("对应规划章节")
            matches = self._sections(comments, rep_texts, tokens, plan, seg, groups.labels)
            st.step("分办与分类")
            owners, owner_conf = self._route(rep_texts, groups.labels)
            types = self._classify(comments, rep_texts, groups.labels)
            st.step("汇总意见")
            opinions = self._opinions(comments, departments, groups, topics, matches, owners, owner_conf,
                                      types, plan)
            st.step("排序与统计")
            result = self._result(comments, opinions, groups, topics, plan, roster, normalizer)
        self._say(f"分析完成，用时{st.elapsed:.1f}秒。")
        return result

    # -- the stages --------------------------------------------------------------------------
    def _read(self, comments, plan):
        comments = self._as_comments(comments)
        if isinstance(plan, (str, Path)):
            plan = read_plan(plan)
        if not comments and not (getattr(comments, "no_opinion_units", None) or getattr(comments, "unread_files", None)):
            raise ValueError("没有可分析的意见（no opinions to analyse）")
        return comments, plan

    def _departments(self, comments, plan):
        """The normaliser (home region given, or inferred and said) and each comment's unit."""
        self._say(f"规范提出单位（{len(comments)}条意见）…")
        home = self.home_region
        given = self.department_normalizer
        if home is None and (given is None or getattr(given, "home_region", None) is None):
            # Letters signed 青原自治区科学技术厅 match the roster's 自治区科技厅 only when the region
            # is known: read it from the plan's title and the units' names, and say so.
            title = self.title or (plan.title if plan is not None else "")
            names = [c.department or "" for c in comments] + list(getattr(comments, "no_opinion_units", ()))
            home = infer_home_region(title, names)
            if home:
                self._say(f"未指定本地区（--home-region），按规划标题和来函单位推定为“{home}”；如不对，请用 "
                          f"--home-region 指定。", note=True)
        if given is None:
            normalizer = DepartmentNormalizer(home_region=home)
        elif home is not None and getattr(given, "home_region", None) is None:
            normalizer = clone(given).set_params(home_region=home)
        else:
            normalizer = given
        raw_units = [(c.department or "").strip() or PUBLIC for c in comments]
        return normalizer, normalizer.normalize_many(raw_units)

    def _dedup(self, texts, comments=()) -> _Groups:
        self._say("识别重复意见与批量提交…")
        jobs = self._jobs(len(texts), _PARALLEL_DEDUP_MIN)
        grouper = (clone(self.grouper) if self.grouper is not None
                   else NearDuplicateGrouper(random_state=self.random_state, n_jobs=jobs))
        # (a form's row says where in the draft it applies: 建议删除。 about two clauses asks two things)
        places = [_form_place(c) for c in comments] if comments else []
        grouper.fit([t + p for t, p in zip(texts, places)] if any(places) else texts)
        labels = np.asarray(grouper.labels_)
        reps = np.asarray(grouper.representatives_)
        sizes = np.bincount(labels, minlength=len(reps)).astype(float)
        # A campaign member that adds substantial text of its own: the addition is an opinion of
        # its own for topics, while the member stays in its campaign.
        additions = {int(m): add for g in grouper.groups_ if g.kind == "campaign"
                     for m, add, own in zip(g.members, g.additions, g.own_opinion) if own}
        same = getattr(grouper, "same_key_", None)
        if same is None or len(same) != len(texts):  # a grouper of another kind: equal texts only
            first: dict[str, int] = {}
            same = np.fromiter((first.setdefault(t, i) for i, t in enumerate(texts)), dtype=np.int64,
                               count=len(texts))
        records = list(grouper.groups_)
        if any(places):  # (the templates as the rows read, without the place the grouper was given)
            records = [replace(g, template=g.template.removesuffix(places[g.representative])) for g in records]
        return _Groups(labels, reps, sizes, records, additions, np.asarray(same))

    def _topics(self, texts, tokens, groups: _Groups, seg) -> _Topics:
        """Topics of one representative per group (weighted by its size) and of campaign additions."""
        reps, add_index = groups.reps, sorted(groups.additions)
        self._say(f"主题聚类（{len(reps)}条不同意见" + (f"，另{len(add_index)}条个人补充意见" if add_index else "")
                  + "）…")
        topic_texts = [texts[r] for r in reps] + [groups.additions[m] for m in add_index]
        weights = np.concatenate([groups.sizes, np.ones(len(add_index))])
        rep_tokens = list(tokens) + seg.segment_many([groups.additions[m] for m in add_index])
        n_reps = len(reps)
        if len(topic_texts) < 2:
            words = rep_tokens[0][:3] if rep_tokens else []
            topics = [Topic(id=0, name="、".join(words) or "全部意见", key_phrases=tuple(words),
                            size=len(texts), n_distinct=1, representatives=(0,))]
            return _Topics(np.zeros(n_reps, dtype=int), np.zeros(n_reps, dtype=bool), np.full(n_reps, -1),
                           {}, topics, {})
        if self.topic_model is None:
            model = TopicClusterer(random_state=self.random_state, segmenter=seg,
                                   previous_topics=tuple(self.previous_topics) if self.previous_topics else None)
        else:
            model = clone(self.topic_model)
        # A topic model with a segmenter of its own segments the texts itself.
        own_tokens = self.topic_model is not None and getattr(model, "segmenter", None) not in (None, seg)
        # The texts in one order whatever order the files were given in (by a digest of their words; alphabetical order
        # would put near texts side by side): the same opinions give the same topics, as they give the same groups.
        order = sorted(range(len(topic_texts)),
                       key=lambda i: (hashlib.blake2b(topic_texts[i].encode("utf-8"), digest_size=8).digest(), -weights[i], i))
        back = np.empty(len(order), dtype=int)
        back[order] = np.arange(len(order))
        model.fit([topic_texts[i] for i in order], sample_weight=weights[order],
                  tokens=None if own_tokens else [rep_tokens[i] for i in order])
        labels = np.asarray(model.labels_)[back]
        subs = np.asarray(getattr(model, "sublabels_", np.full(len(topic_texts), -1)))[back]
        weak = np.asarray(model.weak_)[back]
        # Topic representatives index the clustered texts; make them opinion indices.
        clustered = [int(r) for r in reps] + add_index
        owner = [clustered[i] for i in order]

        def to_opinions(t: Topic) -> Topic:
            return replace(t, representatives=tuple(owner[r] for r in t.representatives))

        return _Topics(labels[:n_reps], weak[:n_reps], subs[:n_reps],
                       {m: int(t) for m, t in zip(add_index, labels[n_reps:])},
                       [to_opinions(t) for t in model.topics_],
                       {int(k): [to_opinions(t) for t in v] for k, v in getattr(model, "subtopics_", {}).items()})

    def _sections(self, comments, rep_texts, tokens, plan, seg, labels) -> list[list]:
        if plan is None:
            return [[] for _ in comments]
        self._say(f"对应规划章节（{len(plan.sections)}个章节）…")
        if self.section_matcher is None:
            matcher = SectionMatcher(plan, top_k=self.section_top_k, segmenter=seg)
        else:
            matcher = clone(self.section_matcher).set_params(plan=plan)
        own_tokens = self.section_matcher is not None and getattr(matcher, "segmenter", None) not in (None, seg)
        matcher.fit()
        fan = _Fan(labels, [c.location or "" for c in comments])  # a location column is read too
        group = [int(labels[i]) for i in fan.firsts]
        items = [(rep_texts[g], comments[i].location, None if own_tokens else tokens[g])
                 for g, i in zip(group, fan.firsts)]
        return fan.out(self._map(partial(_match_part, matcher), items))

    def _route(self, rep_texts, labels) -> tuple[list[str | None], np.ndarray]:
        if self.router is None:
            return [None] * len(labels), np.zeros(len(labels))
        self._say("分办承办处室…")
        router = self.router
        if not hasattr(router, "classes_"):
            router = clone(router).fit()
        routed = self._map(partial(_route_part, router), rep_texts)
        return [routed[g][0] for g in labels.tolist()], np.asarray([c for _, c in routed], dtype=float)[labels]

    def _classify(self, comments, rep_texts, labels) -> list[str]:
        clf = clone(self.classifier) if self.classifier is not None else CommentTypeClassifier()
        clf.fit()
        fan = _Fan(labels, [c.proposed_change or "" for c in comments])
        items = [(rep_texts[int(labels[i])], comments[i].proposed_change) for i in fan.firsts]
        return fan.out(self._map(partial(_classify_part, clf), items))

    def _opinions(self, comments, departments, groups: _Groups, topics: _Topics, matches, owners, owner_conf,
                  types, plan) -> list[Opinion]:
        """One opinion per comment, in input order."""
        section_by_id = {s.id: s for s in plan.sections} if plan is not None else {}
        reps = groups.reps
        opinions = []
        # per distinct text (copies differ only in punctuation or spacing) and per section
        wording: dict[int, str] = {}
        cited: dict[tuple[int, str | None], str] = {}
        paths: dict[str, str] = {}
        for i, c in enumerate(comments):
            g = int(groups.labels[i])
            best = matches[i][0] if matches[i] else None
            section = section_by_id.get(best.section_id) if best is not None else None
            sub = topics.sub_of_group[g]
            k = int(groups.same_key[i])
            if k not in wording:
                wording[k] = original_wording(c.text)
            if (k, c.location) not in cited:
                cited[k, c.location] = page_line_of(c.text, c.location)
            if section is not None and section.id not in paths:
                paths[section.id] = section_path(section, section_by_id)
            opinions.append(Opinion(
                comment=c,
                department=departments[i],
                group_id=g,
                is_representative=bool(reps[g] == i),
                topic_id=int(topics.of_group[g]),
                topic_weak=bool(topics.weak_of_group[g]),
                section_id=section.id if section else None,
                section_path=paths[section.id] if section else "",
                section_score=float(best.score) if best is not None else 0.0,
                section_method=best.method if best is not None else "none",
                owner=owners[i] if owners[i] and owners[i] != UNSURE else (UNSURE if owners[i] else None),
                owner_confidence=float(owner_conf[i]),
                comment_type=types[i],
                original_text=_form_original(c) or wording[k],
                page_line=cited[k, c.location],
                own_addition=groups.additions.get(i, ""),
                addition_topic_id=topics.of_addition.get(i),
                subtopic_id=int(sub) if sub >= 0 else None,
            ))
        return opinions

    def _result(self, comments, opinions, groups: _Groups, topics: _Topics, plan, roster,
                normalizer) -> ConsultationResult:
        """The result in tracker order (section, then department); indices follow the new order."""
        key = sort_key_for(opinions, plan)  # built once: it indexes the plan's sections
        order = sorted(range(len(opinions)), key=lambda i: key(opinions[i]))
        new_index = {old: new for new, old in enumerate(order)}
        opinions = [opinions[i] for i in order]
        records = [_reordered(g, new_index) for g in groups.records]

        def reindex(t: Topic) -> Topic:
            return replace(t, representatives=tuple(new_index[r] for r in t.representatives))

        # (a unit whose form also answers 其他意见：无 has opinions: it is never said to have none)
        speaking = {op.department.name for op in opinions}
        no_opinion = [u for u in dict.fromkeys(normalizer.normalize(u).name
                                               for u in getattr(comments, "no_opinion_units", ())) if u not in speaking]
        roster_entries = self._roster(roster, comments, opinions, normalizer, no_opinion)
        title = self.title or (plan.title if plan is not None else "") or "征求意见"
        notes = list(getattr(comments, "notes", ()))
        empty = list(getattr(comments, "empty_rows", ()))
        if empty:
            notes.append(f"空白意见{len(empty)}处（未计入）：" + "；".join(empty[:20])
                         + ("……" if len(empty) > 20 else ""))
        return ConsultationResult(
            opinions=tuple(opinions), groups=tuple(records), topics=tuple(reindex(t) for t in topics.topics),
            plan=plan, roster=tuple(roster_entries), title=title, notes=tuple(notes),
            unread_files=tuple(tuple(x) for x in getattr(comments, "unread_files", ())),
            no_opinion_units=tuple(no_opinion),
            params={"random_state": self.random_state, "n_input": len(opinions)},
            subtopics={k: tuple(reindex(t) for t in v) for k, v in topics.subtopics.items()})

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
        # A unit that passed on its departments' or towns' points (某县人民政府 with its 汇总) replied, with opinions
        relayed = Counter(normalizer.normalize(s).name for op in opinions if (s := op.comment.meta.get("sent_by")))
        unread = _units_of_unread(getattr(comments, "unread_files", ()), normalizer)
        names = [_government_of_place(raw, normalizer) for raw in names]  # (柳泽市 on a list of units: its government)
        entries, seen = [], set()
        listed = {normalizer.normalize(raw).name for raw in names + no_opinion}
        # (an unread file whose name names no unit consulted, 新建 Microsoft Word 文档.doc: any silent unit may have sent it)
        unknown = any(not any(n == u or n in s for n in listed) for u, s in unread)
        for raw in names:  # (a unit off the list saying 无意见 was not consulted: kept in no_opinion_units, said apart)
            name = normalizer.normalize(raw).name
            if name in seen:
                continue
            seen.add(name)
            if counts.get(name) or name in relayed:
                state = "有意见"
            elif name in no_opinion:
                state = "无意见"
            elif any(name == u or name in s for u, s in unread):
                state = "未能读取"  # it replied, in a file we could not read: never 逾期未反馈
            else:
                state = UNSEEN if unknown else "未反馈"  # (未见来函: not said silent while such a file is unread)
            # (the opinions it sent: its own and those it passed on, 某市人民政府 with its bureaus' points)
            entries.append(RosterEntry(department=name, state=state, n_opinions=counts.get(name, 0) + relayed[name]))
        return entries


# The per-opinion stages as functions of a list (a Dask partition, or all items at once).
def _segment_part(seg, n_jobs: int, texts) -> list[list[str]]:
    return seg.segment_many(list(texts), n_jobs=n_jobs)


def _match_part(matcher, items) -> list:
    items = list(items)
    tokens = [t for _, _, t in items]
    return matcher.predict_matches([x for x, _, _ in items], locations=[loc for _, loc, _ in items],
                                   tokens=None if any(t is None for t in tokens) else tokens)


def _route_part(router, texts) -> list[tuple[str, float]]:
    texts = list(texts)
    if hasattr(router, "predict_with_confidence"):
        owners, conf = router.predict_with_confidence(texts)
        return [(o, float(c)) for o, c in zip(owners, conf)]
    return [(o, 0.0) for o in router.predict(texts)]


def _classify_part(clf, items) -> list[str]:
    items = list(items)
    return list(clf.predict([t for t, _ in items], proposed_changes=[p for _, p in items]))


_BARE_PLACE = re.compile(r"[\u4e00-\u9fff]{1,10}(?:市|县|旗|区|盟|州|地区|自治县|自治旗|自治州)")


def _government_of_place(raw: str, normalizer) -> str:
    """A roster line naming a place alone (柳泽市, 赤岭盟) as the government consulted there (柳泽市人民政府,
    赤岭盟行政公署), when the table knows it; any other line as written."""
    raw = str(raw).strip()
    if not _BARE_PLACE.fullmatch(raw) or normalizer.normalize(raw).known:
        return raw
    government = raw + ("行政公署" if raw.endswith(("盟", "地区")) else "人民政府")
    return government if normalizer.normalize(government).known else raw


def _units_of_unread(unread_files, normalizer) -> list[tuple[str, str]]:
    """``(normalised unit, file stem)`` for each unread file: 18_自治区文化和旅游厅.doc -> 自治区文化和旅游厅."""
    out = []
    for path, why in unread_files:
        if why in OWN_OUTPUT_REASONS:  # (a tracker of this tool among the inputs is no unit's letter)
            continue
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


def _reordered(g: DuplicateGroup, new_index: dict[int, int]) -> DuplicateGroup:
    """A group with its members in tracker order, each member's addition and own-opinion flag moved with it."""
    campaign = g.kind == "campaign"
    rows = sorted(zip((new_index[m] for m in g.members), g.additions if campaign else [""] * len(g.members),
                      g.own_opinion if campaign else [False] * len(g.members)))
    return replace(g, members=tuple(m for m, _, _ in rows), representative=new_index[int(g.representative)],
                   template=g.template if g.kind in ("near", "campaign") else "",
                   additions=tuple(a for _, a, _ in rows) if campaign else (),
                   own_opinion=tuple(o for _, _, o in rows) if campaign else ())


def _form_place(c: Comment) -> str:
    """Where a form's row says it applies, 原文 first (（原文：加大财政资金投入；第六章第一节）), or "" for a row without."""
    original = _form_original(c)
    return f"（原文：{original}；{c.location or ''}）" if original else (f"（{c.location}）" if c.location and c.source.row else "")


def _form_original(c: Comment) -> str:
    """The draft's wording a feedback form's 原文 column quoted for this opinion, if any."""
    value = str(c.meta.get("original_text") or "").strip()
    return "" if value.strip("（）()【】[] ") in ("", "无", "/", "-", "—", "略") else value
