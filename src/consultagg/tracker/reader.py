"""Read back a revision tracker (意见汇总处理表) that people edited in Excel, WPS or LibreOffice.

People sort and filter rows, delete some, add columns, type 同意 for 采纳 and leave spaces
around what they type. So the reader finds the header row by its headers (not its position),
maps columns by header (any profile, and common hand-made headers), ignores hidden-row state,
joins over-long texts continued on ``_overflow``, undoes the ``_xHHHH_`` escape, maps
disposition synonyms to the closed list (CONVENTIONS §2) and reports what needs a person:

- an unknown disposition, with the nearest valid one suggested;
- a missing reason where one is required (and a 合并处理 that names no target);
- a duplicated 意见编号, and rows without one.

Examples
--------
>>> import tempfile
>>> from consultagg.records import Comment, Department, Opinion
>>> from consultagg.result import ConsultationResult
>>> from consultagg.tracker import write_tracker
>>> op = Opinion(Comment("FGW-01", "建议补充碳达峰行动内容。"), Department("自治区发展改革委"),
...              group_id=0, is_representative=True, topic_id=0, disposition="同意")
>>> with tempfile.TemporaryDirectory() as d:
...     data = read_tracker(write_tracker(ConsultationResult((op,), title="生态环境保护规划"), d + "/t.xlsx"))
>>> data.title, data.rows[0]["comment_id"], data.rows[0]["disposition"], data.problems
('生态环境保护规划', 'FGW-01', '采纳', ())
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from consultagg.io.limits import check_archive
from consultagg.text.ids import comment_id as make_comment_id
from consultagg.text.normalize import split_keywords
from consultagg.records import RosterEntry, Topic
from consultagg.tracker._grid import gc_paused
from consultagg.tracker.condensed import all_opinions_path, expand_rows
from consultagg.tracker._grid import rows as _grid
from consultagg.tracker.layout import (MAIN_SHEET, META_HEADER_ROW, META_SHEET, OVERFLOW_SHEET, PROFILES, REMOVED_COLUMNS,
                       REMOVED_SHEET, TOPIC_SHEET, needs_reason, normalize_disposition)
from consultagg.tracker.safety import OVERFLOW_NOTE, content_id, unescape_ooxml

__all__ = ["DECISION_KEYS", "NOT_ROUTED", "TrackerData", "TrackerProblem", "has_decision", "header_key",
           "read_tracker"]

#: Record keys that hold staff decisions and are carried into the next round.
DECISION_KEYS = ("disposition", "reason", "revision_note", "owner", "remarks")
_TEXT_KEYS = ("comment_id", "department", "department_type", "section", "page_line", "comment_type",
              "original_text", "comment_text", "proposed_change", "topic", "duplicate_of", "disposition",
              "reason", "revision_note", "owner", "remarks", "removed_note")
# Headers of hand-made trackers and of other offices' forms, besides those of the profiles.
_MORE_HEADERS = {
    "留言主题": "title", "提出理由": "comment_reason",
    "编号": "comment_id", "意见序号": "comment_id", "留言编号": "comment_id", "id": "comment_id",
    "单位": "department", "反馈单位": "department", "意见提出单位": "department", "提出单位（人）": "department",
    "章节": "section", "条款": "section", "涉及章节": "section", "意见建议": "comment_text",
    "具体意见": "comment_text", "意见": "comment_text", "建议": "proposed_change",
    "处理结果": "disposition", "采纳情况": "disposition", "处理情况": "disposition", "是否采纳": "disposition",
    "处理说明": "reason", "理由": "reason", "说明理由": "reason", "未采纳理由": "reason",
    "处理说明(理由)": "reason", "承办单位": "owner", "责任处室": "owner", "办理处室": "owner",
    # Other offices' forms: 办理意见 / 办理结果 / 采纳与否 say what was decided, 办理情况 what was done,
    # 答复意见 / 采纳理由 why; 主办处室 / 承办部门 who handles it.
    "办理意见": "disposition", "办理结果": "disposition", "采纳与否": "disposition", "处理意见建议": "disposition",
    "办理情况": "revision_note", "落实情况": "revision_note", "修改落实情况": "revision_note",
    "答复意见": "reason", "采纳理由": "reason", "不采纳理由": "reason", "处理理由": "reason",
    "主办处室": "owner", "承办部门": "owner", "承办处(室)": "owner",
}
#: 承办处室 values that route nothing (the router's "待人工分办" placeholder, 待定, empty).
NOT_ROUTED = frozenset(("", "待人工分办", "待定"))
_ISO_TYPES = {"te": "实质性", "ge": "一般性", "ed": "编辑性"}
_MARKS = re.compile(r"【(?:本轮新增|再次提出|意见内容有变化)[^】]*】\s*")


@dataclass(frozen=True)
class TrackerProblem:
    """Something in an edited tracker a person should look at.

    Attributes
    ----------
    sheet : str
    row : int
        1-based row as shown in the spreadsheet (0 for the workbook as a whole).
    column : str
        Header of the column concerned ("" when the whole row is).
    message : str
        What is wrong, in Chinese.
    suggestion : str or None
        The value the reader would suggest (the nearest disposition).
    """

    sheet: str
    row: int
    column: str
    message: str
    suggestion: str | None = None

    def __str__(self) -> str:
        where = f"“{self.sheet}”第{self.row}行" if self.row else f"“{self.sheet}”"
        return f"{where}{f'“{self.column}”列' if self.column else ''}：{self.message}"


@dataclass(frozen=True)
class TrackerData:
    """What :func:`read_tracker` found in a tracker.

    Attributes
    ----------
    rows : tuple of dict
        One dict per opinion of the main sheet, keys as in
        :meth:`~consultagg.ConsultationResult.to_records` (metadata from ``_meta`` where the
        opinion is found there), decisions normalised, plus ``tracker_sheet``, ``tracker_row``,
        ``disposition_raw`` (as typed) and ``extra_columns`` (columns people added).
    problems : tuple of TrackerProblem
    profile : str
        ``plan``, ``gbt``, ``iso`` or ``custom`` for a form of its own.
    title : str
        Title of the draft, without 《》.
    removed : tuple of dict
        Rows of the sheet 已撤回或未再提出 (opinions of earlier rounds), same keys.
    roster : tuple of RosterEntry
        Consulted units and their reply state, when the tracker was written with a roster.
    round : int
    path : str
    info : dict
        Key/value pairs of ``_meta`` (format version, counts …).
    topics : tuple of Topic
        The topics of the sheet 分主题统计 (id, label, key phrases, counts), so that the next
        round can keep their ids (``ConsultationPipeline(previous_topics=data.topics)``).
    """

    rows: tuple[dict[str, Any], ...]
    problems: tuple[TrackerProblem, ...] = ()
    profile: str = "plan"
    title: str = ""
    removed: tuple[dict[str, Any], ...] = ()
    roster: tuple[RosterEntry, ...] = ()
    round: int = 1
    path: str = ""
    info: dict[str, Any] = field(default_factory=dict, hash=False)
    topics: tuple[Topic, ...] = ()

    def __len__(self) -> int:
        return len(self.rows)

    def decided(self) -> list[dict[str, Any]]:
        """Rows holding any decision (处理意见, 理由, 修改情况, 承办处室 or 备注; see :func:`has_decision`)."""
        return [r for r in (*self.rows, *self.removed) if _has_decision(r)]


def has_decision(row: Mapping[str, Any]) -> bool:
    """Whether a tracker row holds staff work: THE definition, for the reader, the guard and merge.

    A 处理意见, 处理说明（理由） or 修改情况; a 备注 beyond the marks a merge adds; or a 承办处室 (the
    分办 step: merge carries it into the next round as a decision).

    >>> has_decision({"owner": "水生态环境处"}), has_decision({"owner": "待人工分办"})
    (True, False)
    >>> has_decision({"remarks": "【本轮新增】"}), has_decision({"remarks": "已电话核实"})
    (False, True)
    """
    if any(str(row.get(k) or "").strip() for k in ("disposition", "reason", "revision_note")):
        return True
    if _MARKS.sub("", str(row.get("remarks") or "")).strip():
        return True
    return str(row.get("owner") or "").strip() not in NOT_ROUTED


_has_decision = has_decision


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def header_key(header: str) -> str | None:
    """The record key a tracker header names (any profile, the removed sheet, hand-made trackers).

    >>> header_key(" 办理意见 "), header_key("处理说明（理由）"), header_key("联系人")
    ('disposition', 'reason', None)
    """
    return _header_map().get(_norm(header))


@lru_cache(maxsize=1)
def _header_map() -> dict[str, str]:
    found: dict[str, str] = {}
    for prof in PROFILES.values():
        for col in prof.columns:
            found.setdefault(_norm(col.header), col.key)
    for header, key, _ in REMOVED_COLUMNS:
        found.setdefault(_norm(header), key)
    for header, key in _MORE_HEADERS.items():
        found.setdefault(_norm(header), key)
    return found


def _text(value: Any) -> str:
    """A cell value as the text a person sees."""
    if value is None:
        return ""
    if isinstance(value, str):
        return unescape_ooxml(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return value.isoformat()[:10] if not isinstance(value, datetime) or not value.time() else str(value)
    return str(value)


def _int(value: Any) -> int | None:
    try:
        return int(float(str(value).strip()))
    except (TypeError, ValueError):
        return None


def read_tracker(path) -> TrackerData:
    """Read a tracker back, as people left it.

    Parameters
    ----------
    path : str or path-like
        An ``.xlsx`` written by :func:`~consultagg.tracker.write_tracker` (then edited anywhere),
        or a hand-made tracker whose headers name its columns.

    Returns
    -------
    TrackerData

    Examples
    --------
    >>> import tempfile
    >>> from openpyxl import load_workbook
    >>> from consultagg.records import Comment, Department, Opinion
    >>> from consultagg.result import ConsultationResult
    >>> from consultagg.tracker import write_tracker
    >>> op = Opinion(Comment("C-1", "建议补充生态补偿内容。"), Department("财政厅"), 0, True, 0)
    >>> with tempfile.TemporaryDirectory() as d:
    ...     out = write_tracker(ConsultationResult((op,)), d + "/t.xlsx")
    ...     wb = load_workbook(out)
    ...     wb["意见汇总处理表"]["M4"] = "部份采纳"   # typed by hand, a wrong character
    ...     wb.save(out)
    ...     data = read_tracker(out)
    >>> [str(p) for p in data.problems]   # doctest: +NORMALIZE_WHITESPACE
    ['“意见汇总处理表”第4行“处理意见”列：处理意见“部份采纳”不在可选范围内，是否应为“部分采纳”？',
     '“意见汇总处理表”第4行“处理说明（理由）”列：处理意见为“部份采纳”，须填写处理说明（理由）。']
    """
    path = Path(path)
    with gc_paused():
        return _read(path)


def _read(path: Path) -> TrackerData:
    check_archive(path)  # zip bombs refused from the zip directory, before parsing
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        sheets = {ws.title: ws for ws in wb.worksheets}
        meta_grid = _grid(sheets[META_SHEET]) if META_SHEET in sheets else []
        info = _read_info(meta_grid)
        meta_rows = _read_meta(meta_grid)
        overflow = _read_overflow(sheets.get(OVERFLOW_SHEET))
        hmap = _header_map()
        main_name = str(info.get("main_sheet") or MAIN_SHEET)
        ws = sheets.get(main_name)
        grid = _grid(ws) if ws is not None else None
        found = _find_header(grid, hmap) if grid is not None else None
        if found is None:  # renamed or hand-made: the visible sheet whose headers fit best
            best = None
            for name, other in sheets.items():
                if name.startswith("_") or name == REMOVED_SHEET or other.sheet_state != "visible":
                    continue
                g = _grid(other)
                f = _find_header(g, hmap)
                if f is not None and (best is None or f[1] > best[2][1]):
                    best = (name, g, f)
            if best is None:
                raise ValueError(f"{path} 中找不到意见汇总处理表（没有含“意见内容”“处理意见”等表头的工作表）"
                                 f" / no sheet of {path} has tracker headers")
            main_name, grid, found = best
        title = _title(grid[: found[0]])
        profile = str(info.get("profile") or _guess_profile(grid[found[0]], hmap))
        problems: list[TrackerProblem] = []
        rows = _read_rows(main_name, grid, found, hmap, profile, meta_rows, overflow, problems)
        removed: list[dict[str, Any]] = []
        if REMOVED_SHEET in sheets:
            g = _grid(sheets[REMOVED_SHEET])
            f = _find_header(g, hmap)
            if f is not None:
                removed = _read_rows(REMOVED_SHEET, g, f, hmap, "plan", {}, overflow, problems)
        roster = _read_roster(info.get("roster"))
        topics = _read_topics(sheets.get(TOPIC_SHEET))
    finally:
        wb.close()
    _check_ids(main_name, rows, problems)
    if info.get("layout") == "distinct":  # each distinct opinion once: every opinion from the CSV beside it
        full = all_opinions_path(path)  # named after the workbook (a backup's list is copied under its name)
        if not full.exists() and info.get("all_opinions_csv"):
            full = path.with_name(str(info["all_opinions_csv"]))
        if full.exists():
            rows = expand_rows(rows, full)
        else:
            problems.append(TrackerProblem(main_name, 0, "", f"本表每条不同意见只列一行，全部意见清单《{full.name}》"
                                           f"不在处理表旁，处理意见只对本表所列的意见生效；请把该文件放回 {full.parent}。"))
    return TrackerData(rows=tuple(rows), problems=tuple(problems), profile=profile, title=title,
                       removed=tuple(removed), roster=tuple(roster), round=_int(info.get("round")) or 1,
                       path=str(path), info=info, topics=tuple(topics))


def _read_topics(ws) -> list[Topic]:
    """Topics listed in the sheet 分主题统计; rows without a numeric id are skipped."""
    if ws is None:
        return []
    grid = _grid(ws)
    if not grid:
        return []
    col = {_text(h): j for j, h in enumerate(grid[0]) if _text(h)}
    if "主题编号" not in col or "主题" not in col:
        return []

    def cell(row, name):
        j = col.get(name)
        return row[j] if j is not None and j < len(row) else None

    topics = []
    for row in grid[1:]:
        tid = _int(cell(row, "主题编号"))
        if tid is None:
            continue
        phrases = tuple(split_keywords(_text(cell(row, "关键词"))))
        topics.append(Topic(id=tid, name=_text(cell(row, "主题")), key_phrases=phrases,
                            size=_int(cell(row, "意见条数")) or 0,
                            n_distinct=_int(cell(row, "不同意见条数")) or 0))
    return topics


def _find_header(grid: list[tuple], hmap: dict[str, str]) -> tuple[int, int, dict[int, str]] | None:
    """(index of the header row, number of known headers, {column index: key})."""
    best = None
    for i, row in enumerate(grid[:30]):
        cols: dict[int, str] = {}
        for j, v in enumerate(row):
            if isinstance(v, str):
                key = hmap.get(_norm(v))
                if key is not None and key not in cols.values():
                    cols[j] = key
        score = len(cols)
        has_text = "comment_text" in cols.values()
        if score >= 2 and has_text and (best is None or score > best[1]):
            best = (i, score, cols)
    return best


def _guess_profile(header: tuple, hmap: dict[str, str]) -> str:
    names = [_norm(v) for v in header if isinstance(v, str)]
    for prof in PROFILES.values():
        if [_norm(h) for h in prof.headers] == names[: len(prof.headers)]:
            return prof.name
    return "custom"


def _title(rows: Iterable[tuple]) -> str:
    for row in rows:
        for v in row:
            if isinstance(v, str) and "意见汇总处理表" in v:
                t = v.replace("意见汇总处理表", "").strip()
                m = re.fullmatch(r"《(.*)》", t)
                return m.group(1) if m else t
    return ""


def _read_info(grid: list[tuple]) -> dict[str, Any]:
    first = grid[0] if grid else ()
    return {str(k): v for k, v in zip(first[::2], first[1::2]) if k is not None}


def _read_meta(grid: list[tuple]) -> dict[str, dict[str, Any]]:
    """Metadata rows of ``_meta`` by 意见编号 (the ``row`` column goes stale once rows are sorted)."""
    if len(grid) < META_HEADER_ROW:
        return {}
    keys = [str(k) if k is not None else "" for k in grid[META_HEADER_ROW - 1]]
    out: dict[str, dict[str, Any]] = {}
    for values in grid[META_HEADER_ROW:]:
        rec = {k: (unescape_ooxml(v) if isinstance(v, str) else v) for k, v in zip(keys, values) if k}
        cid = _text(rec.get("comment_id")).strip()
        if not cid:
            continue
        if isinstance(rec.get("meta"), str):
            try:
                rec["meta"] = json.loads(rec["meta"])
            except ValueError:
                rec["meta"] = {"meta": rec["meta"]}
        rec.setdefault("meta", None)
        if rec["meta"] is None:
            rec["meta"] = {}
        out.setdefault(cid, rec)
        seq = _int(rec.get("seq"))
        if seq is not None:
            out.setdefault(f"#seq{seq}", rec)
        if rec.get("content_id"):
            out.setdefault(f"#key{rec.pop('content_id')}", rec)
    return out


def _read_overflow(ws) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """``(sheet, column header) -> [(record, cell, whole text)]``."""
    if ws is None:
        return {}
    parts: dict[tuple[str, str, str, str], list[tuple[int, str]]] = {}
    for row in _grid(ws)[1:]:
        if not row or len(row) < 6 or row[0] is None:
            continue
        sheet, cell, record, column, k, text = (row + (None,) * 6)[:6]
        parts.setdefault((str(sheet), str(cell or ""), _text(record), _text(column)), []).append(
            (_int(k) or 0, _text(text)))
    out: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for (sheet, cell, record, column), ps in parts.items():
        out.setdefault((sheet, column), []).append((record, cell, "".join(t for _, t in sorted(ps))))
    return out


def _whole_text(shown: str, sheet: str, header: str, record: str,
                overflow: dict[tuple[str, str], list[tuple[str, str, str]]]) -> str:
    """The full text of a cell that ends with the overflow note (matched by record, then by its start)."""
    candidates = overflow.get((sheet, header), [])
    head = shown[: -len(OVERFLOW_NOTE)]
    for rec, _cell, text in candidates:
        if record and rec == record and text.startswith(head):
            return text
    for _rec, _cell, text in candidates:
        if text.startswith(head):
            return text
    return shown


def _whole(text: str, sheet: str, header_of: dict[str, str],
           overflow: dict[tuple[str, str], list[tuple[str, str, str]]]) -> str:
    if not text.endswith(OVERFLOW_NOTE):
        return text
    return _whole_text(text, sheet, header_of.get("comment_text", ""), "", overflow)


def _read_rows(sheet: str, grid: list[tuple], found: tuple[int, int, dict[int, str]], hmap: dict[str, str],
               profile: str, meta_rows: dict[str, dict[str, Any]],
               overflow: dict[tuple[str, str], list[tuple[str, str, str]]],
               problems: list[TrackerProblem]) -> list[dict[str, Any]]:
    header_index, _, cols = found
    header = grid[header_index]
    headers = {j: _text(header[j]).strip() for j in range(len(header))}
    extra = {j: h for j, h in headers.items() if j not in cols and h}
    header_of = {key: headers[j] for j, key in cols.items()}
    rows = []
    for r, values in enumerate(grid[header_index + 1:], header_index + 2):
        raw: dict[str, Any] = {}
        for j, key in cols.items():
            raw[key] = values[j] if j < len(values) else None
        texts = {k: _text(v) for k, v in raw.items()}
        if not any(t.strip() for t in texts.values()):
            continue
        cid = texts.get("comment_id", "").strip()
        seq = _int(raw.get("seq"))
        meta = meta_rows.get(cid) if cid else None
        if meta is None and not cid and "comment_id" not in cols.values():
            # Forms without an id column: 序号 travels with its row, else text and unit identify it.
            key = content_id(_whole(texts.get("comment_text", ""), sheet, header_of, overflow),
                             texts.get("department", "").strip())
            meta = meta_rows.get(f"#key{key}") or (meta_rows.get(f"#seq{seq}") if seq is not None else None)
            cid = _text(meta.get("comment_id")) if meta else ""
        rec: dict[str, Any] = {k: v for k, v in (meta or {}).items() if k != "row"}
        for key, text in texts.items():
            if key == "seq":
                continue
            if text.endswith(OVERFLOW_NOTE):
                text = _whole_text(text, sheet, header_of[key], cid, overflow)
            rec[key] = text.strip() if key in ("comment_id", "department", "disposition", "owner") else text
        for key in _TEXT_KEYS:
            rec.setdefault(key, "")
            if rec[key] is None:
                rec[key] = ""
        if profile == "iso" and rec.get("comment_type") in _ISO_TYPES:
            rec["comment_type"] = _ISO_TYPES[rec["comment_type"]]
        rec["seq"] = seq if seq is not None else (_int((meta or {}).get("seq")) or None)
        rec["remarks"] = rec.get("remarks", "").strip()
        rec["reason"] = rec.get("reason", "").strip()
        rec["revision_note"] = rec.get("revision_note", "").strip()
        rec["tracker_sheet"], rec["tracker_row"] = sheet, r
        rec["extra_columns"] = {extra[j]: _text(values[j]) for j in extra
                                if j < len(values) and _text(values[j]).strip()}
        if not rec.get("comment_text", "").strip() and not cid:
            if _has_decision(rec):
                problems.append(TrackerProblem(sheet, r, "", "此行有处理意见，但没有意见编号和意见内容，无法对应到意见，未读入。"))
            continue
        if not cid:
            cid = make_comment_id(rec.get("comment_text", ""), rec.get("department", ""))
            problems.append(TrackerProblem(sheet, r, header_of.get("comment_id", ""),
                                           f"缺少意见编号，已按提出单位和意见内容生成 {cid}。"))
        rec["comment_id"] = cid
        rec.setdefault("meta", {})
        _decide(rec, sheet, r, header_of, problems)
        rows.append(rec)
    return rows


def _decide(rec: dict[str, Any], sheet: str, r: int, header_of: dict[str, str],
            problems: list[TrackerProblem]) -> None:
    typed = rec.get("disposition", "")
    value, rest, suggestion = normalize_disposition(typed)
    rec["disposition_raw"] = typed
    rec["disposition"] = value
    col = header_of.get("disposition", "处理意见")
    if rest and rest not in rec["reason"]:
        # A reason written in the disposition cell (the standards form has no reason column):
        # kept, never dropped, even beside a reason in its own column.
        rec["reason"] = rest if not rec["reason"] else f"{rest}；{rec['reason']}"
    if suggestion is not None:
        problems.append(TrackerProblem(sheet, r, col, f"处理意见“{value}”不在可选范围内，是否应为“{suggestion}”？",
                                       suggestion))
    if not value or not needs_reason(value) or value == "待定":
        return
    if value == "合并处理":
        if not (rec["reason"] or rec.get("duplicate_of")):
            problems.append(TrackerProblem(sheet, r, header_of.get("reason", col),
                                           "处理意见为“合并处理”，须写明合并到哪条意见（如：同意见编号 FGW-03）。"))
        return
    if not rec["reason"]:
        problems.append(TrackerProblem(sheet, r, header_of.get("reason", col),
                                       f"处理意见为“{value}”，须填写处理说明（理由）。"))


def _check_ids(sheet: str, rows: list[dict[str, Any]], problems: list[TrackerProblem]) -> None:
    first: dict[str, int] = {}
    for rec in rows:
        cid, r = rec["comment_id"], rec["tracker_row"]
        if cid in first:
            problems.append(TrackerProblem(sheet, r, "意见编号", f"意见编号 {cid} 重复（另见第{first[cid]}行）。"))
        else:
            first[cid] = r


def _read_roster(text) -> list[RosterEntry]:
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        entries = json.loads(unescape_ooxml(text))
        return [RosterEntry(str(name), str(state), _int(n) or 0) for name, state, n in entries]
    except (ValueError, TypeError):
        return []


def strip_marks(remarks: str) -> str:
    """Remarks without the marks a merge adds (【本轮新增】 …), which are redone every round.

    >>> strip_marks("【意见内容有变化】请规划处核实")
    '请规划处核实'
    """
    return _MARKS.sub("", remarks or "").strip()
