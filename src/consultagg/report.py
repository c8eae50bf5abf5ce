"""The 起草说明 paragraph on how opinions were handled, counted from the decisions in a tracker.

Counting rules (CONVENTIONS §2), over closed rows only:

- 采纳 and 已体现 count as 采纳; 部分采纳 as 部分采纳; 不采纳, 解释说明, 另行研究 and
  不属于本规划范畴 as 未采纳;
- 合并处理 follows its target (named by 意见编号, by 同第N条, or the representative of its duplicate
  group): it counts once, in its target's bucket, and its reason is not listed a second time;
- 待定, an empty 处理意见, a value outside the closed list, a missing reason, or a 合并处理 whose
  target is unknown or still open keep a row open. Open rows block the final text (a draft can
  still be produced, saying how many rows are left).

Examples
--------
>>> from consultagg.tracker.reader import TrackerData
>>> rows = ({"comment_id": "A1", "department": "水利厅", "comment_text": "建议补充地下水超采治理。", "disposition": "采纳", "seq": 1},
...         {"comment_id": "A2", "department": "水利厅", "comment_text": "建议增加河湖岸线管控内容。", "disposition": "不采纳",
...          "reason": "属于水资源专项规划内容", "seq": 2},
...         {"comment_id": "B1", "department": "财政厅", "comment_text": "…", "disposition": "合并处理",
...          "reason": "同意见编号 A2", "seq": 3})
>>> print(drafting_summary(TrackerData(rows=rows, title="生态环境保护规划")))
《生态环境保护规划》征求意见过程中，水利厅、财政厅等2个单位提出了意见；共收到意见建议3条，采纳1条，部分采纳0条，未采纳2条。部分采纳及未采纳意见的理由如下：1. 水利厅关于“增加河湖岸线管控内容”的意见（另有1条相同意见合并处理）：属于水资源专项规划内容。
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from consultagg.dedup.judge import other_request, to_check
from consultagg.departments import format_unit_list, roster_disagreements
from consultagg.io.unreadable import OWN_OUTPUT_REASONS
from consultagg.records import GROUP_KIND_NAMES, PUBLIC_NAMES, UNIT_GUESS_MARK, UNSEEN, RosterEntry
from consultagg.tracker.layout import DISPOSITION_VALUES, counted_as, needs_reason, normalize_disposition
from consultagg.tracker.reader import TrackerData, read_tracker, strip_marks

__all__ = ["DecisionTally", "NotFinalError", "consultation_summary", "differing_answers", "drafting_summary",
           "roster_disagreements_of", "tally_decisions"]

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
_SEQ = re.compile(r"第\s*(\d+)\s*条")
_TOPIC_SAID = 0.5  # the share of a topic's opinions that must write its name for the summary to name it
_SEE_REMARKS = re.compile(r"(?:理由|原因|具体|详细)?(?:详|请)?见备注(?:栏|列)?[。.]?")  # 未采纳（理由见备注）


def _reason(row: dict[str, Any]) -> str:
    """The row's reason; one that only points to 备注 is the 备注 (without the merge's marks), or "" if empty."""
    reason = (row.get("reason") or "").strip()
    if _SEE_REMARKS.fullmatch(reason):
        return strip_marks(str(row.get("remarks") or ""))
    return reason


class NotFinalError(ValueError):
    """Raised by :func:`drafting_summary` while rows are still open; ``blockers`` lists them."""

    def __init__(self, blockers: list[str]):
        self.blockers = blockers
        super().__init__(f"尚有{len(blockers)}条意见未处理完毕，不能生成正式起草说明：" + "；".join(blockers[:5])
                         + ("……" if len(blockers) > 5 else ""))


@dataclass(frozen=True)
class DecisionTally:
    """Counts of closed rows and what keeps the others open.

    Attributes
    ----------
    n, adopted, partially_adopted, not_adopted : int
        Closed rows and their buckets (``n`` is their sum).
    merged : int
        Closed rows that are 合并处理 (already inside the buckets of their targets).
    reasons : tuple of (str, str, str, int)
        ``(unit, gist, reason, n_merged)`` for the rows counted 部分采纳 or 未采纳, in tracker order:
        the opening words of the opinion, and how many 合并处理 rows follow it.
    blockers : tuple of str
        One message per open row, naming its 意见编号 and tracker row.
    checks : tuple of str
        Rows answered 合并处理 to an opinion worded alike but for a word the judge cannot weigh
        (钢铁 / 水泥): closed, and named for a person to look at.
    """

    n: int
    adopted: int
    partially_adopted: int
    not_adopted: int
    merged: int
    reasons: tuple[tuple[str, str, str, int], ...]
    blockers: tuple[str, ...]
    checks: tuple[str, ...] = ()


def _source(source) -> TrackerData:
    if isinstance(source, TrackerData):
        return source
    if hasattr(source, "to_records") and hasattr(source, "opinions"):  # a ConsultationResult
        rows = tuple(dict(r, tracker_row=3 + r["seq"]) for r in source.to_records())
        return TrackerData(rows=rows, title=source.title, roster=source.roster, round=source.round)
    return read_tracker(source)


def _where(row: dict[str, Any]) -> str:
    r = row.get("tracker_row")
    return f"第{r}行（{row.get('comment_id', '')}）" if r else str(row.get("comment_id", ""))


def tally_decisions(source) -> DecisionTally:
    """Count the decisions of a tracker by the rules of the 起草说明.

    Parameters
    ----------
    source : str, path-like, TrackerData or ConsultationResult
    """
    data = _source(source)
    rows = list(data.rows)
    by_id = {str(r.get("comment_id")): i for i, r in enumerate(rows)}
    by_seq = {r["seq"]: i for i, r in enumerate(rows) if isinstance(r.get("seq"), int)}
    reps: dict[Any, int] = {}
    members: dict[Any, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r.get("group_id") is not None:
            members[r["group_id"]].append(i)
            if r.get("is_representative") is True:
                reps.setdefault(r["group_id"], i)

    def target_of(i: int) -> int | None:
        r = rows[i]
        text = f"{r.get('reason') or ''} {r.get('duplicate_of') or ''}"
        for tok in _TOKEN.findall(text):
            j = by_id.get(tok)
            if j is not None and j != i:
                return j
        for m in _SEQ.finditer(r.get("reason") or ""):
            j = by_seq.get(int(m.group(1)))
            if j is not None and j != i:
                return j
        j = reps.get(r.get("group_id"))
        if j is not None and j != i:
            return j
        # The row is its group's representative (groups are re-formed each round): the one
        # member holding an answer is the target.
        answered = [k for k in members.get(r.get("group_id"), ()) if k != i
                    and (rows[k].get("disposition") or "") not in ("", "合并处理", "待定")]
        return answered[0] if len(answered) == 1 else None

    def own_state(i: int) -> tuple[str | None, str | None]:
        """(bucket, None) when closed, (None, why) when open; 合并处理 resolved separately."""
        value = rows[i].get("disposition") or ""
        if not value:
            return None, "未填写处理意见"
        if value == "待定":
            return None, "处理意见为“待定”"
        if value not in DISPOSITION_VALUES:
            return None, f"处理意见“{value}”不在可选范围内"
        if value != "合并处理" and needs_reason(value) and not _reason(rows[i]):
            if (rows[i].get("reason") or "").strip():
                return None, f"处理意见为“{value}”，理由写“{rows[i]['reason'].strip()}”但备注为空"
            return None, f"处理意见为“{value}”但未填写理由"
        return counted_as(value), None

    buckets: list[str | None] = [None] * len(rows)
    followers: dict[int, int] = defaultdict(int)
    blockers: list[str] = []
    checks: list[str] = []
    for i, r in enumerate(rows):
        bucket, why = own_state(i)
        if why is None and r.get("disposition") == "合并处理":
            j, seen = i, [i]  # (in the order followed: the cycle is named as it runs)
            while rows[j].get("disposition") == "合并处理":
                j = target_of(j)
                if j is None or j in seen:
                    break
                seen.append(j)
            if j is not None and j in seen and rows[j].get("disposition") == "合并处理":
                why = (f"合并处理循环指向（{'→'.join(str(rows[k].get('comment_id', '')) for k in seen)}"
                       f"→{rows[j].get('comment_id', '')}），请给其中一条填写处理意见")
            elif j is None:
                why = "合并处理未指明（或无法找到）合并到的意见"
            else:
                bucket, target_why = own_state(j)
                if target_why is not None:
                    why = f"合并到的意见{_where(rows[j])}尚未处理完毕"
                elif (other := _asks_otherwise(rows[j], r)) is not None:
                    why = f"合并到的意见{_where(rows[j])}与本条诉求不同（{other}），不能随该条处理，请单独答复"
                else:
                    followers[j] += 1
                    if r.get("group_id") is None or r.get("group_id") != rows[j].get("group_id"):
                        if (look := to_check(str(rows[j].get("comment_text") or ""), str(r.get("comment_text") or ""))):
                            checks.append(f"{_where(r)}合并处理到{_where(rows[j])}，两条意见文字相近但有不同（{look}），"
                                          f"请核实是否同一诉求")
        if why is not None:
            blockers.append(f"{_where(r)}：{why}")
        else:
            buckets[i] = bucket
    reasons = tuple((rows[i].get("department") or "", _gist(rows[i].get("comment_text") or ""),
                     _reason(rows[i]), followers.get(i, 0))
                    for i in range(len(rows))
                    if buckets[i] in ("部分采纳", "未采纳") and rows[i].get("disposition") != "合并处理")
    # (a row deleted by hand: received, answered nowhere; one each, so that the draft's count holds them)
    blockers += [f"意见编号 {cid}：生成时在表中，现在找不到（可能被删除），请从备份恢复该行并填写处理意见" for cid in data.missing]
    closed = [b for b in buckets if b is not None]
    return DecisionTally(
        n=len(closed), adopted=closed.count("采纳"), partially_adopted=closed.count("部分采纳"),
        not_adopted=closed.count("未采纳"),
        merged=sum(1 for i, b in enumerate(buckets) if b is not None and rows[i].get("disposition") == "合并处理"),
        reasons=reasons, blockers=tuple(blockers), checks=tuple(checks))


def _asks_otherwise(target: dict, row: dict) -> str | None:
    """Why ``row``, answered 合并处理 by staff to ``target`` of another duplicate group (or none), asks for
    another thing than ``target`` (删除 / 保留, 500米 / 1000米), or None. Members of one group were told
    alike by the grouper's own judges and are not judged again."""
    if row.get("group_id") is not None and row.get("group_id") == target.get("group_id"):
        return None
    return other_request(str(target.get("comment_text") or ""), str(row.get("comment_text") or ""))


def differing_answers(source) -> list[str]:
    """Duplicate groups whose members are answered differently (采纳 / 未采纳): one request answered
    two ways, for the office to make one or to say why in 备注; and rows answered 合并处理 to an opinion
    worded alike but for a word the judge cannot weigh (:attr:`DecisionTally.checks`). Warnings, not
    blockers.

    >>> from consultagg.tracker.reader import TrackerData
    >>> rows = ({"comment_id": "A", "group_id": 3, "disposition": "采纳"},
    ...         {"comment_id": "B", "group_id": 3, "disposition": "不采纳", "reason": "另有规定"})
    >>> differing_answers(TrackerData(rows=rows))
    ['重复意见组G3的意见答复不一致（A：采纳；B：不采纳），同一诉求请统一答复，或在备注中说明理由。']
    """
    data = _source(source)
    groups: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for r in data.rows:
        if r.get("group_id") is not None and (r.get("disposition") or "") in DISPOSITION_VALUES \
                and counted_as(r["disposition"]) in ("采纳", "部分采纳", "未采纳"):
            groups[r["group_id"]].append(r)
    out = []
    for gid, rows in groups.items():
        if len({counted_as(r["disposition"]) for r in rows}) > 1:
            said = "；".join(f"{r.get('comment_id')}：{r['disposition']}" for r in rows[:4]) + ("等" if len(rows) > 4 else "")
            out.append(f"重复意见组G{gid}的意见答复不一致（{said}），同一诉求请统一答复，或在备注中说明理由。")
    # (and a 合并处理 typed between two opinions worded alike but for a word: 钢铁 / 水泥, 城西 / 城东)
    return out + [f"{line}。" for line in tally_decisions(data).checks]


def _gist(text: str) -> str:
    """The opening words of an opinion, to name it in the 起草说明 (its place in the letter is not always
    known: a point the reader split in two, a second letter, a tracker without its hidden sheets).

    >>> _gist("二、建议将沙地综合治理工程列入重大工程专栏，并明确资金来源。")
    '将沙地综合治理工程列入重大工程专栏，并明…'
    >>> _gist("三、（二）关于能源结构调整，建议补充光伏项目用地保障的内容。")
    '关于能源结构调整，建议补充光伏项目用地保…'
    >>> _gist("翠湖苑刘某某：建议在湖边增设路灯。"), _gist("第三章：建议增加内容。")
    ('在湖边增设路灯', '第三章：建议增加内容')
    """
    t = re.sub(r"^(?:\s*(?:[一二三四五六七八九十]+[、.．]|\d+[.．、)）]|[（(][一二三四五六七八九十\d]+[)）]))+\s*", "", str(text))
    # (a signer's label before a colon, 某小区某某：看到…: who wrote it, never named in the 起草说明)
    t = re.sub(r"^\s*(?!关于)(?![^：:]*(?:第[一二三四五六七八九十\d]+[章节条]|建议|意见|要求))[^，,。；;：:\s]{2,12}[：:]\s*(?=\S)", "", t)
    first = re.sub(r"^(?:建议|希望|请求|恳请|请)", "", re.split(r"[。；;！!？?\n]", t.strip())[0]).strip(" ，,：:")
    if not re.search(r"[\u4e00-\u9fff\w]", first):
        return ""  # (no words to name it by)
    return first[:20] + ("…" if len(first) > 20 else "")


def drafting_summary(source, *, draft: bool = False, title: str | None = None) -> str:
    """The 起草说明 paragraph: who was consulted, counts by decision, reasons itemised.

    Parameters
    ----------
    source : str, path-like, TrackerData or ConsultationResult
    draft : bool, default=False
        Produce the text although rows are open: all rows are counted as received, the open ones
        said to be open, and the decisions counted from the closed rows.
    title : str, optional
        Title of the draft; defaults to the tracker's.

    Raises
    ------
    NotFinalError
        When rows are open and ``draft`` is False; ``.blockers`` says which.
    """
    data = _source(source)
    tally = tally_decisions(data)
    if tally.blockers and not draft:
        raise NotFinalError(list(tally.blockers))
    title = (title if title is not None else data.title).strip().strip("《》")
    book = f"《{title}》" if title and title != "征求意见" else "本规划"
    roster = _roster_now(data.roster, data.rows)
    clash = _disagreements(roster, data.rows)
    if roster and clash:
        pairs = "；".join(f"名单中的“{a}”与来函的“{b}”" for a, b in clash[:5])
        head = (f"{book}征求意见过程中，征求单位名单与来函单位对不上（{pairs}可能是同一单位），"
                "征求及反馈单位数未列出，请核对名单后重新分析；")
    elif roster:
        names = [r.department for r in roster]
        replied = [r for r in roster if r.state in ("有意见", "无意见", "未能读取")]
        unread = [r.department for r in roster if r.state == "未能读取"]
        unseen = [r.department for r in roster if r.state == UNSEEN]
        head = (f"{book}征求了{_units(names[:8])}等{len(names)}个单位意见，{len(replied)}个单位反馈，其中"
                f"{sum(r.state == '无意见' for r in roster)}个单位无意见，"
                + (f"{len(unread)}个单位的来函未能读取（{_units(unread)}），" if unread else "")
                + (f"{len(unseen)}个单位未见来函（{_units(unseen)}；另有文件未能读取且无法判断来文单位，请核对）；" if unseen
                   else f"{n_silent}个单位逾期未反馈（视为无意见）；" if (n_silent := sum(r.state == '未反馈' for r in roster))
                   else "没有单位逾期未反馈；"))
    else:
        named = list(dict.fromkeys(r.get("department") or "" for r in data.rows if r.get("department")))
        units = [u for u in named if u not in PUBLIC_NAMES]  # (the public is many writers, no unit: said apart)
        public = "，社会公众也提出了意见" if len(units) < len(named) else ""
        head = (f"{book}征求意见过程中，{_units(units[:8])}等{len(units)}个单位提出了意见{public}；" if units
                else f"{book}征求意见过程中，社会公众提出了意见；")
    counts = f"采纳{tally.adopted}条，部分采纳{tally.partially_adopted}条，未采纳{tally.not_adopted}条。"
    if tally.blockers:  # every number a true sentence: received counts every row, open ones too
        text = (f"{head}共收到意见建议{tally.n + len(tally.blockers)}条（草稿：其中{len(tally.blockers)}条尚未处理"
                f"完毕），已处理的{tally.n}条中" + counts)
    else:
        text = f"{head}共收到意见建议{tally.n}条，" + counts
    if tally.reasons:
        items = []
        for k, (unit, gist, reason, n_merged) in enumerate(tally.reasons, 1):
            extra = f"（另有{n_merged}条相同意见合并处理）" if n_merged else ""
            named = f"{unit}关于“{gist}”的意见" if gist else f"{unit}提出的意见"
            items.append(f"{k}. {named}{extra}：{reason.rstrip('。；;.')}")
        text += "部分采纳及未采纳意见的理由如下：" + "；".join(items) + "。"
    return text


def _roster_now(roster, rows) -> list:
    """The roster's states as the tracker stands: a unit staff gave rows to (提出单位 corrected by hand) has
    replied with opinions, whatever the analysis found when the tracker was written."""
    counts = Counter(str(r.get("department") or "").strip().removesuffix(UNIT_GUESS_MARK) for r in rows)
    relayed = {str(r.get("sent_by") or "").strip() for r in rows} - {""}
    return [RosterEntry(e.department, "有意见", counts[e.department]) if (counts[e.department] or e.department in relayed)
            and e.state != "有意见" else e for e in roster]


def _disagreements(roster, rows) -> list[tuple[str, str]]:
    """Roster entries counted 未反馈 that probably replied under another name (see departments)."""
    if not roster:
        return []
    return roster_disagreements(roster, [str(r.get("department") or "") for r in rows if r.get("department")])


def _units(names: list[str]) -> str:
    try:
        return format_unit_list(names)
    except Exception:  # the prefix-aware list is a nicety; plain joining is still correct
        return "、".join(dict.fromkeys(names))


# -- the summary of one analysis --------------------------------------------------------


def roster_disagreements_of(result) -> list[tuple[str, str]]:
    """``(roster entry, responding unit)`` pairs of a result that are probably one unit under two
    names (:func:`consultagg.departments.roster_disagreements` on its roster and responders).

    While there are any, the roster's 反馈 / 逾期未反馈 counts would be false, so the summary
    withholds them.
    """
    if not result.roster:
        return []
    responders = [op.department.name for op in result.opinions] + list(result.no_opinion_units)
    return roster_disagreements(result.roster, responders)


def consultation_summary(result) -> str:
    """A Chinese summary of a :class:`~consultagg.result.ConsultationResult` a drafting office can
    paste: counts, units, duplicates, topics, decisions so far."""
    self = result
    n = len(self.opinions)
    units = self.departments
    replied = [r for r in self.roster if r.state in ("有意见", "无意见", "未能读取")]
    unread = [r for r in self.roster if r.state == "未能读取"]
    none = [r for r in self.roster if r.state == "无意见"]
    silent = [r for r in self.roster if r.state == "未反馈"]
    unseen = [r for r in self.roster if r.state == UNSEEN]
    lines = []
    public = "（含社会公众）" if any(op.department.category == "公众" for op in self.opinions) else ""
    head = f"共收到{len(units)}个单位{public}{n}条意见，" if n else "共收到0条意见，"
    head += f"合并重复后为{self.n_distinct}条不同意见。"
    clash = roster_disagreements_of(self)
    if self.roster and clash:
        # Counting those roster entries as 逾期未反馈 would be false: say why instead.
        pairs = "；".join(f"名单中的“{a}”与来函的“{b}”" for a, b in clash[:5])
        lines.append(f"征求单位名单与来函单位对不上（{pairs}{'等' if len(clash) > 5 else ''}可能是同一单位），"
                     "未生成征求及反馈单位数的表述；请核对名单，或用 --home-region（Python 中 home_region=）"
                     "指定本地区后重新分析。")
    elif self.roster:
        listed = [r.department for r in self.roster]
        units_text = format_unit_list(listed[:8]) + ("等" if len(listed) > 8 else "")
        title = f"《{self.title}》" if self.title and self.title != "征求意见" else ""
        lines.append(f"{title}征求了{units_text}{len(listed)}个单位意见，{len(replied)}个单位反馈，"
                     f"其中{len(none)}个单位无意见，" + (f"{len(unseen)}个单位未见来函。" if unseen
                                                      else f"{len(silent)}个单位逾期未反馈（视为无意见）。" if silent
                                                      else "没有单位逾期未反馈。"))
        if unseen:
            lines.append("未见来函单位：" + format_unit_list(r.department for r in unseen) + "（有文件未能读取且无法判断来文单位，"
                         "其中可能有这些单位的来函，请核对后再确定其是否反馈）。")
        if unread:
            lines.append(f"{len(unread)}个单位的来函未能读取（" + format_unit_list(r.department for r in unread)
                         + "），未计入意见条数，请另存为 .docx 或 .txt 后重新分析。")
        if silent:
            lines.append("逾期未反馈单位：" + format_unit_list(r.department for r in silent) + "。")
    lines.append(head)
    # (a tracker of this tool found among the inputs is said as such: no letter was missed)
    own = [f for f, why in self.unread_files if why in OWN_OUTPUT_REASONS]
    unread_files = [(f, why) for f, why in self.unread_files if f not in own]
    if unread_files and not any(r.state == "未能读取" for r in self.roster):
        lines.append(f"另有{len(unread_files)}个文件未能读取（"
                     + "、".join(PurePath(f).name for f, _ in unread_files[:5])
                     + ("等" if len(unread_files) > 5 else "") + "），其中的意见未计入。")
    if own:
        lines.append(f"输入中有{len(own)}个本工具生成的处理表或意见清单（"
                     + "、".join(PurePath(f).name for f in own[:5]) + "），未作为意见读取。")
    off_list = [u for u in self.no_opinion_units if u not in {r.department for r in self.roster}]
    if off_list:  # (without a roster, every one of them; with one, those not on it: they were not counted as consulted)
        lines.append(f"另有{len(off_list)}个{'名单外' if self.roster else ''}单位表示无意见：" + format_unit_list(off_list) + "。")
    dup = [g for g in self.groups if g.size > 1]
    if dup:
        kinds = Counter(g.kind for g in dup)
        covered = sum(g.size for g in dup)
        parts = "、".join(f"{GROUP_KIND_NAMES.get(k, k)}{v}组" for k, v in sorted(kinds.items()))
        lines.append(f"重复意见{len(dup)}组（{parts}），涉及{covered}条意见。")
    if self.topics:
        # (a topic is said to gather opinions only when at least half of them write its name: 资金（15条） of which 4
        # write 资金 is a grab-bag, not a theme)
        coherent = {t.name for t in self.topics if t.name_share >= _TOPIC_SAID}
        top = sorted((r for r in self.topic_table(as_frame=False) if r["topic"] in coherent), key=lambda r: -r["n_opinions"])[:5]
        lines.append("意见较集中的主题：" + "；".join(f"{r['topic']}（{r['n_opinions']}条）" for r in top) + "。" if top
                     else "意见主题较分散，未归纳出集中的主题（见处理表“分主题统计”）。")
    # Only a value of the closed list answers an opinion (待定 is open); anything else is said as such
    read = [normalize_disposition(op.disposition) for op in self.opinions if str(op.disposition or "").strip()]
    handled = Counter(v for v, _, sugg in read if v and sugg is None and v != "待定")
    if handled:
        lines.append("已处理：" + "，".join(f"{k}{v}条" for k, v in handled.most_common()) + "。")
    if (pending := sum(1 for v, _, sugg in read if v == "待定" and sugg is None)):
        lines.append(f"待定{pending}条。")
    if (odd := len(read) - sum(handled.values()) - pending):
        lines.append(f"另有{odd}条处理意见不在可选范围内，未计入已处理，请核对。")
    return "\n".join(lines)
