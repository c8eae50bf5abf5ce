"""Read back a revision tracker (意见汇总处理表) that people edited in Excel, WPS or LibreOffice.

People sort and filter rows, delete some, add columns, type 同意 for 采纳 and leave spaces
around what they type. So the reader finds the header row by its headers (not its position),
maps columns by header (any profile, and common hand-made headers; a remark in brackets, a
trailing colon and 拟 ignored), ignores hidden-row state, joins over-long texts continued on
``_overflow``, undoes the ``_xHHHH_`` escape, fills a decision typed once across merged cells
down, reads decisions typed in a copy of the main sheet, maps disposition synonyms to the closed
list (CONVENTIONS §2) and reports what needs a person:

- an unknown disposition, with the nearest valid one suggested;
- a missing reason where one is required (and a 合并处理 that names no target);
- a duplicated 意见编号, and rows without one;
- a decision column of its own profile that cannot be found, a formula saved without its value,
  and every merged range, copy or differing copy that changed what was read.

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

import re
import unicodedata
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from consultagg.io.limits import check_archive
from consultagg.io.unreadable import cannot_open
from consultagg.text.ids import comment_id as make_comment_id
from consultagg.records import RosterEntry, Topic
from consultagg.tracker._grid import SheetFacts, gc_paused, settle_cells
from consultagg.tracker._grid import cell_int as _int, cell_text as _text, whole_text as _whole_text
from consultagg.tracker._grid import read_info as _read_info, read_meta as _read_meta, read_overflow as _read_overflow
from consultagg.tracker._grid import read_roster as _read_roster, read_topics as _read_topics
from consultagg.tracker.condensed import all_opinions_path, expand_rows
from consultagg.tracker._grid import rows as _grid, tracker_title
from consultagg.tracker.layout import (MORE_HEADERS, MAIN_SHEET, META_SHEET, OVERFLOW_SHEET, PROFILES, REMOVED_COLUMNS,
                                       REMOVED_SHEET, TOPIC_SHEET, TrackerProfile, needs_reason,
                                       normalize_disposition)
from consultagg.tracker.safety import OVERFLOW_NOTE, content_id, with_section

__all__ = ["DECISION_KEYS", "NOT_ROUTED", "TrackerData", "TrackerProblem", "has_decision", "header_key",
           "read_tracker"]

_NOTE_ROW = re.compile(r"\s*[（(【\[].*[)）】\]]\s*|\s*(?:注|备注|说明|以下|以上|本页|小计|合计)[：:，,为].*", re.S)
#: Record keys that hold staff decisions and are carried into the next round.
DECISION_KEYS = ("disposition", "reason", "revision_note", "owner", "remarks")
_TEXT_KEYS = ("comment_id", "department", "department_type", "section", "page_line", "comment_type",
              "original_text", "comment_text", "proposed_change", "topic", "duplicate_of", "disposition",
              "reason", "revision_note", "owner", "remarks", "removed_note")
#: 承办处室 values that route nothing (the router's "待人工分办" placeholder, 待定, empty).
NOT_ROUTED = frozenset(("", "待人工分办", "待定"))
_ISO_TYPES = {"te": "实质性", "ge": "一般性", "ed": "编辑性"}
_MARKS = re.compile(r"【(?:本轮新增|再次提出|意见内容有变化|提出单位有变化)[^】]*】\s*")
# A header's remark in brackets and a trailing colon or required-mark (处理意见（必填）：).
_REMARK = re.compile(r"[(\[【〔][^()\[\]【】〔〕]*[)\]】〕]")
_EDGES = re.compile(r"^[*※]+|[:*※]+$")
_DECISION_HEADERS = {c.key: c.header for c in PROFILES["plan"].columns if c.key in DECISION_KEYS}  # (处理意见 …)


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
    missing : tuple of str
        Ids of opinions the tracker held when written that are no longer in it (rows deleted by hand).
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
    missing: tuple[str, ...] = ()

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

    A trailing colon, a remark in brackets and a leading 拟 before a decision header are ignored
    when the header as typed is not known.

    >>> header_key(" 办理意见 "), header_key("处理说明（理由）"), header_key("联系人")
    ('disposition', 'reason', None)
    >>> header_key("处理意见（必填）："), header_key("拟处理意见"), header_key("备注：")
    ('disposition', 'disposition', 'remarks')
    """
    return _lookup(header, _header_map())[0]


def _lookup(header: str, hmap: dict[str, str]) -> tuple[str | None, bool]:
    """``(record key or None, whether the header matched as typed)``."""
    norm = _norm(header)
    key = hmap.get(norm)
    if key is not None or not norm or len(norm) > 24:  # a long cell is a text, not a header
        return key, True
    bare = _EDGES.sub("", norm)
    for cand in dict.fromkeys((bare, _EDGES.sub("", _REMARK.sub("", bare)))):
        key = hmap.get(cand)
        if key is None and cand.startswith("拟") and hmap.get(cand[1:]) in DECISION_KEYS:
            key = hmap[cand[1:]]  # 拟处理意见: the proposed decision is the decision
        if key is not None:
            return key, False
    return None, False


@lru_cache(maxsize=1)
def _header_map() -> dict[str, str]:
    found: dict[str, str] = {}
    for prof in PROFILES.values():
        for col in prof.columns:
            found.setdefault(_norm(col.header), col.key)
    for header, key, _ in REMOVED_COLUMNS:
        found.setdefault(_norm(header), key)
    for header, key in MORE_HEADERS.items():
        found.setdefault(_norm(header), key)
    return found


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
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, InvalidFileException):  # (named: the message said only 文件已损坏)
        raise cannot_open(path, str(path), "意见汇总处理表", path.suffix.lower(), "a tracker") from None
    try:
        sheets = {ws.title: ws for ws in wb.worksheets}
        meta_grid = _grid(sheets[META_SHEET]) if META_SHEET in sheets else []
        info = _read_info(meta_grid)
        meta_rows = _read_meta(meta_grid)
        overflow = _read_overflow(sheets.get(OVERFLOW_SHEET))
        hmap = _header_map()
        main_name = str(info.get("main_sheet") or MAIN_SHEET)
        ws = sheets.get(main_name)
        loaded = _load(ws) if ws is not None else None
        found = _find_header(loaded[0], hmap) if loaded is not None else None
        if found is None:  # renamed or hand-made: the visible sheet whose headers fit best
            best = None
            for name, other in sheets.items():
                if name.startswith("_") or name == REMOVED_SHEET or other.sheet_state != "visible":
                    continue
                g = _load(other)
                f = _find_header(g[0], hmap)
                if f is not None and (best is None or f[1] > best[2][1]):
                    best = (name, g, f)
            if best is None:
                raise ValueError(f"{path} 中找不到意见汇总处理表（没有含“意见内容”“处理意见”等表头的工作表）"
                                 f" / no sheet of {path} has tracker headers")
            main_name, loaded, found = best
        if not meta_grid and not {"disposition", "reason", "revision_note"} & set(found[2].values()):
            raise ValueError(f"{path.name} 不是意见汇总处理表：“{main_name}”没有“处理意见”“处理说明”等列"
                             f"（是意见清单而不是处理表？） / {path} has no decision column: not a tracker")
        grid = loaded[0]
        title = tracker_title(grid[: found[0]])
        profile = str(info.get("profile") or _guess_profile(grid[found[0]], hmap))
        problems: list[TrackerProblem] = []
        context = (hmap, profile, meta_rows, overflow)
        rows = _sheet_rows(main_name, loaded, found, context, problems)
        main_name, rows, grid, found, problems = _read_copies(main_name, rows, (grid, found, main_name), sheets,
                                                              context, problems)
        if profile in PROFILES and info.get("profile"):  # its own tracker: its decision columns are known
            _check_columns(main_name, grid[found[0]], found, PROFILES[profile], problems)
        removed: list[dict[str, Any]] = []
        if REMOVED_SHEET in sheets:
            g = _load(sheets[REMOVED_SHEET])
            f = _find_header(g[0], hmap)
            if f is not None:
                removed = _sheet_rows(REMOVED_SHEET, g, f, (hmap, "plan", {}, overflow), problems)
        roster = _read_roster(info.get("roster"))
        topics = _read_topics(sheets.get(TOPIC_SHEET))
    finally:
        wb.close()
    _check_ids(main_name, rows, problems)
    present = {r["comment_id"] for r in rows}  # (a row deleted by hand: its decision and its count go with it)
    gone = tuple(c for c in meta_rows if not c.startswith("#") and c not in present) \
        if profile == "plan" and info.get("layout") != "distinct" else ()
    if gone:
        problems.append(TrackerProblem(main_name, 0, "意见编号", f"生成时表中的{len(gone)}条意见现在找不到（意见编号 {'、'.join(gone[:5])}"
                                       f"{'等' if len(gone) > 5 else ''}），可能被删除：统计不含这些意见，下一轮也不延续其处理意见；如属误删，请从备份恢复。"))
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
                       path=str(path), info=info, topics=tuple(topics),
                       missing=gone)


def _find_header(grid: list[tuple], hmap: dict[str, str]) -> tuple[int, int, dict[int, str]] | None:
    """(index of the header row, number of known headers, {column index: key}).

    A header as typed takes its key before one known only without its remark or colon, so a
    column people add (处理意见（分管领导）) never takes the place of the tracker's own.
    """
    best = None
    for i, row in enumerate(grid[:30]):
        cols: dict[int, str] = {}
        loose: list[tuple[int, str]] = []
        for j, v in enumerate(row):
            if isinstance(v, str):
                key, exact = _lookup(v, hmap)
                if key is not None and not exact:
                    loose.append((j, key))
                elif key is not None and key not in cols.values():
                    cols[j] = key
        for j, key in loose:
            if key not in cols.values():
                cols[j] = key
        cols = dict(sorted(cols.items()))
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
            said, unit = _whole(texts.get("comment_text", ""), sheet, header_of, overflow), texts.get("department", "").strip()
            key = content_id(with_section(said, texts.get("section")), unit)  # (the row's section too: 建议删除。 twice)
            meta = meta_rows.get(f"#key{key}") or meta_rows.get(f"#key{content_id(said, unit)}") \
                or (meta_rows.get(f"#seq{seq}") if seq is not None else None)
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
        rec["meta_seq"] = _int((meta or {}).get("seq")) or None  # (序号 as written: renumbered by hand when they differ)
        rec["remarks"] = rec.get("remarks", "").strip()
        rec["reason"] = rec.get("reason", "").strip()
        rec["revision_note"] = rec.get("revision_note", "").strip()
        rec["tracker_sheet"], rec["tracker_row"] = sheet, r
        rec["extra_columns"] = {extra[j]: _text(values[j]) for j in extra
                                if j < len(values) and _text(values[j]).strip()}
        said = rec.get("comment_text", "").strip()  # (a note staff typed between rows: （以下为某厅意见，经办人：某某）)
        if not cid and (not said or (not rec.get("department", "").strip() and _NOTE_ROW.fullmatch(said))):
            if _has_decision(rec) or said:
                problems.append(TrackerProblem(sheet, r, "", f"此行{'只有一段说明，没有意见编号和提出单位，按说明行' if said else '有处理意见或备注，但没有意见编号和意见内容，无法对应到意见，'}未读入。"))
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


def _load(ws) -> tuple[list[tuple], SheetFacts]:
    """A sheet's rows, with its merged ranges and its formulas saved without a value."""
    return _grid(ws, facts := SheetFacts()), facts


def _sheet_rows(sheet: str, loaded: tuple[list[tuple], SheetFacts], found: tuple[int, int, dict[int, str]],
                context: tuple, problems: list[TrackerProblem]) -> list[dict[str, Any]]:
    """The rows of a sheet, its decision cells as people see them (merged ranges, formulas: ``settle_cells``)."""
    grid, facts = loaded
    at, _, cols = found
    named = {j + 1: _text(grid[at][j]).strip() or _DECISION_HEADERS[key] for j, key in cols.items()
             if key in DECISION_KEYS}
    grid, notes = settle_cells(grid, facts, named, at + 2)
    problems.extend(TrackerProblem(sheet, r, header, message) for r, header, message in notes)
    return _read_rows(sheet, grid, found, *context, problems)


def _decisions(rec: Mapping[str, Any]) -> dict[str, str]:
    """A row's decisions as compared across sheets (no merge marks, no placeholder 承办处室)."""
    out = {k: str(rec.get(k) or "").strip() for k in DECISION_KEYS}
    out["remarks"] = strip_marks(out["remarks"])
    out["owner"] = "" if out["owner"] in NOT_ROUTED else out["owner"]
    return out


def _read_copies(main: str, rows: list[dict[str, Any]], table: tuple, sheets: dict, context: tuple,
                 problems: list[TrackerProblem]) -> tuple:
    """Decisions typed in another sheet holding the same 意见编号 (a copy of the main sheet).

    A copy that holds every opinion of the main sheet, more decided ones and all of the main
    sheet's decisions is read instead of it; otherwise the main sheet stays and takes, by
    意见编号, the copy's decisions for its rows that have none. A decision the two sheets give
    differently is reported and the main sheet's kept; each change is said in a note.
    Returns ``(sheet read, rows, its grid, its header, problems)``.
    """
    grid, found, first = table
    for name, ws in sheets.items():
        if name in (main, first) or name.startswith("_") or name == REMOVED_SHEET or ws.sheet_state != "visible":
            continue
        ws.reset_dimensions()  # the header probe reads every column, whatever <dimension> says
        head = _find_header([tuple(r) for r in ws.iter_rows(max_row=30, values_only=True)], context[0])
        loaded = _load(ws) if head is not None and set(head[2].values()) & set(DECISION_KEYS) else None
        c_found = _find_header(loaded[0], context[0]) if loaded is not None else None
        if c_found is None:
            continue
        c_problems: list[TrackerProblem] = []
        c_rows = _sheet_rows(name, loaded, c_found, context, c_problems)
        other = {rec["comment_id"]: rec for rec in reversed(c_rows)}  # the first row of each 意见编号
        own = {rec["comment_id"]: rec for rec in reversed(rows)}
        c_decided = [cid for cid in other if cid in own and _has_decision(other[cid])]
        if not c_decided:
            continue
        decided = [rec for rec in rows if _has_decision(rec)]
        if set(own) <= set(other) and len(c_decided) > len(decided) and all(
                _decisions(rec) == _decisions(other[rec["comment_id"]]) for rec in decided):
            had = f"只有{len(decided)}条意见有处理意见" if decided else "没有处理意见"
            note = (f"“{main}”{had}，工作表“{name}”有与之相同的意见（意见编号相同）且{len(c_decided)}条有处理意见，"
                    f"已改按“{name}”读取；如应以“{main}”为准，请把处理意见填回“{main}”。")
            main, rows, grid, found, problems = name, c_rows, loaded[0], c_found, c_problems
            problems.append(TrackerProblem(name, 0, "", note))
            continue
        taken: list[int] = []
        for rec in rows:
            cid = rec["comment_id"]
            if (copy := other.get(cid)) is None or not _has_decision(copy) or own.get(cid) is not rec:
                continue
            if not _has_decision(rec):
                for key in (*DECISION_KEYS, "disposition_raw"):
                    rec[key] = copy.get(key, "")
                rec["tracker_sheet"], rec["tracker_row"] = name, copy["tracker_row"]
                taken.append(copy["tracker_row"])
                continue
            mine, theirs = _decisions(rec), _decisions(copy)
            diffs = [f"{_DECISION_HEADERS[k]}本表为“{mine[k]}”、该表为“{theirs[k]}”" for k in DECISION_KEYS
                     if mine[k] != theirs[k]]
            if diffs:
                problems.append(TrackerProblem(main, rec["tracker_row"], "", f"与工作表“{name}”第{copy['tracker_row']}行"
                                               f"（意见编号 {cid}）不一致：{'；'.join(diffs)}。已按本表读取，请核对。"))
        if taken:
            problems.append(TrackerProblem(name, 0, "", f"“{main}”中{len(taken)}条意见没有处理意见，工作表“{name}”中"
                                           f"同一意见编号的行（第{'、'.join(map(str, taken))}行）有，已按“{name}”读取。"))
            problems.extend(p for p in c_problems if p.row in set(taken))
        for cid, rec in other.items():
            if cid not in own and _has_decision(rec):
                problems.append(TrackerProblem(name, rec["tracker_row"], "", f"此行有处理意见，但意见编号 {cid} "
                                               f"不在“{main}”中，未读入；如是新增意见，请移到“{main}”。"))
    return main, rows, grid, found, problems


def _check_columns(sheet: str, header: tuple, found: tuple[int, int, dict[int, str]], profile: TrackerProfile,
                   problems: list[TrackerProblem]) -> None:
    """A problem for each decision column of the tracker's own profile that its header row lacks."""
    at, _, cols = found
    unknown = "、".join(f"“{_text(v).strip()}”" for j, v in enumerate(header) if j not in cols and _text(v).strip())
    for col in profile.columns:
        if col.editable and col.key not in cols.values():
            seen = f"（未识别的表头：{unknown}）" if unknown else ""
            problems.append(TrackerProblem(sheet, 0, col.header, f"找不到“{col.header}”列{seen}，本表的{col.header}"
                                           f"未读入。请把第{at + 1}行的表头改回“{col.header}”后再读取。"))


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
        rec["reason"] = rest if not rec["reason"] else f"{rest.rstrip('。；;.')}；{rec['reason']}"
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


def strip_marks(remarks: str) -> str:
    """Remarks without the marks a merge adds (【本轮新增】 …), which are redone every round.

    >>> strip_marks("【意见内容有变化】请规划处核实")
    '请规划处核实'
    """
    return _MARKS.sub("", remarks or "").strip()
