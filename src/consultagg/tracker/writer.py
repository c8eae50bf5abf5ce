"""Write the revision tracker (意见汇总处理表) as an xlsx workbook.

Layout (``FORMAT_VERSION`` 1):

- ``意见汇总处理表``: row 1 the title 《…》意见汇总处理表 (merged across), row 2 date and counts,
  row 3 the profile's headers, one opinion per row from row 4 in result order. Frozen below the
  header and after the id columns, filtered, printed landscape with the header repeated (A4, or
  A3 at a fixed legible zoom when the columns are too wide for A4); 处理意见 has a dropdown fed
  from ``_lists`` through the defined name ``DispositionList``; rows needing a reason that have
  none are shaded.
- ``分单位统计``, ``分主题统计``, ``单位主题交叉表``, ``分章节统计``, ``重复意见``, ``起草说明摘要``:
  tables of the result; the first two carry a bar chart of opinions per unit / per topic
  (:mod:`.charts`). 分单位统计 gives each unit's main topic, its share and the topics no other
  unit raised; 分主题统计 each topic's units and its main unit's share; 单位主题交叉表 units x
  topics, counts then each unit's shares (%). The cross table is left out when there are no topics.
- hidden ``_lists``: dropdown values (处理意见, 需说明理由, 计为).
- hidden ``_meta``: row 1 ``key, value`` pairs (``format_version``, ``profile``, ``main_sheet``,
  ``header_row``, ``n_opinions``, ``replaced_characters``, ``overflow_cells``, ``round``,
  ``n_roster``, ``roster`` as JSON …), row 2 the column keys, then one row per opinion in the
  same order as the main sheet (``row`` is its row there): ``seq``, ``comment_id``,
  ``content_id`` (finds a row again in forms without an id column) and every metadata key of
  ``to_records`` (``meta`` as JSON).
- ``已撤回或未再提出`` (only after a merge that found some): opinions of earlier rounds that the
  current round no longer holds, with their decisions (``REMOVED_COLUMNS``).
- hidden ``_overflow``: texts longer than a cell holds, in parts (sheet, cell, record, column,
  part, text); the cell itself shows the beginning and :data:`~.safety.OVERFLOW_NOTE`.

Cell content is rendered by :mod:`.safety` (text never becomes a formula, illegal characters
are replaced visibly, nothing is cut) and streamed into the sheet XML that openpyxl produced for
everything else (:mod:`.book`). Readers using openpyxl should pass text through
:func:`~.safety.unescape_ooxml`: a literal ``_xHHHH_`` in a submission is stored escaped so that
Excel and LibreOffice show it as written.
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from consultagg.progress import stage
from consultagg.records import GROUP_KIND_NAMES
from consultagg.tracker._grid import gc_paused
from consultagg.tracker.book import Sheet, StreamingBook, fit_width
from consultagg.tracker.charts import add_bar_chart
from consultagg.tracker.condensed import all_opinions_path, answered_by, write_all_opinions
from consultagg.tracker.guard import TrackerOverwriteError, backup_if_decided, find_decisions, refuse_if_decided
from consultagg.tracker.layout import (CROSS_SHEET, DISPOSITION_NAME, DISPOSITION_VALUES, DISPOSITIONS,
                                       FORMAT_VERSION, HEADER_ROW, LISTS_SHEET, MAIN_SHEET, META_HEADER_ROW,
                                       META_SHEET, NO_REASON_NEEDED, OVERFLOW_SHEET, REMOVED_COLUMNS,
                                       REMOVED_SHEET, TOPIC_SHEET, TRACKER_KEYS, UNREAD_SHEET, TrackerProfile,
                                       get_profile)
from consultagg.tracker.safety import content_id, display_width, prepare_text, with_section as _with_section

__all__ = [
    "DISPOSITION_NAME", "FORMAT_VERSION", "HEADER_ROW", "MAIN_SHEET", "META_HEADER_ROW", "REMOVED_COLUMNS",
    "REMOVED_SHEET", "SHEET_ROWS", "TrackerOverwriteError", "TrackerTooLargeError", "find_decisions", "refuse_if_too_large", "write_tracker",
]

log = logging.getLogger(__name__)
#: Smallest size body text may print at (pt): CONVENTIONS asks for 9 pt on paper; half a point spare
#: for the rounding of column widths between Excel, WPS and LibreOffice.
PRINT_MIN_PT = 9.5



# Rows one worksheet holds (Excel's limit; WPS and LibreOffice Calc hold the same).
SHEET_ROWS = 1_048_576


class TrackerTooLargeError(ValueError):
    """More opinions than the main sheet holds: no tracker is written, nothing is touched."""


def refuse_if_too_large(result, target: Path) -> list[int] | None:
    """Raise :class:`TrackerTooLargeError` when even the distinct opinions of ``result`` overflow a sheet.

    Returns ``None`` when every opinion has a row, else the condensed layout's answering index per
    opinion (:func:`~consultagg.tracker.condensed.answered_by`): each distinct opinion once, the
    full list in a CSV beside the workbook.
    """
    n, room = len(result.opinions), SHEET_ROWS - HEADER_ROW
    if n <= room:
        return None
    answering = answered_by(result)
    shown = sum(1 for i, a in enumerate(answering) if i == a)
    if shown > room:
        raise TrackerTooLargeError(
            f"共 {n:,} 条意见（合并重复后 {shown:,} 条），超过一个工作表可容纳的 {room:,} 条（每表最多 {SHEET_ROWS:,} 行，"
            f"表头占 {HEADER_ROW} 行）；处理表 {target} 未写出，原有文件未改动。请用 --json 输出全部意见"
            f"（或 result.to_dataframe()），或分批处理。"
            f" / {n:,} opinions ({shown:,} distinct) are more than one sheet holds ({room:,}); the tracker was not written.")
    return answering


def write_tracker(result, path, *, profile: str | TrackerProfile = "plan", protect: bool | str = False,
                  overwrite: bool = False, backup: bool = True) -> Path:
    """Write the revision tracker (意见汇总处理表) of ``result`` to ``path``.

    Parameters
    ----------
    result : ConsultationResult
    path : str or path-like
        Target ``.xlsx`` file. It is replaced atomically (a temporary file next to it, then a rename).
    profile : {"plan", "gbt", "iso"} or TrackerProfile
        Column layout of the main sheet (see :mod:`consultagg.tracker.layout`).
    protect : bool or str
        Protect the main sheet, leaving the decision columns editable (filtering, sorting and
        resizing stay allowed). A string is used as the password.
    overwrite : bool
        When False and ``path`` exists, refuse (:class:`TrackerOverwriteError`) if it holds any
        decision (处理意见, 处理说明, 修改情况, 承办处室, 备注, by the reader's definition): carry them
        over with ``merge_tracker`` first. When True, such a file is first copied to a timestamped
        backup beside it (``处理表.备份-20261203-174501.xlsx``, see ``backup``).
    backup : bool, default=True
        Keep that backup; ``False`` only when the caller already made one.

    Raises
    ------
    TrackerTooLargeError
        More distinct opinions than one sheet holds (:data:`SHEET_ROWS` less the header rows):
        refused before any file is touched (a partly written or over-long sheet would lose rows in
        Excel). With more opinions than that but fewer distinct ones, each distinct opinion gets
        one row and every opinion goes to a CSV beside the workbook (:mod:`~consultagg.tracker.condensed`).

    Returns
    -------
    pathlib.Path
        The written file.

    Examples
    --------
    >>> import tempfile
    >>> from openpyxl import load_workbook
    >>> from consultagg.records import Comment, Department, Opinion
    >>> from consultagg.result import ConsultationResult
    >>> op = Opinion(Comment("FGW-01", "建议补充碳达峰行动内容。"), Department("自治区发展改革委"),
    ...              group_id=0, is_representative=True, topic_id=0)
    >>> with tempfile.TemporaryDirectory() as d:
    ...     out = write_tracker(ConsultationResult((op,), title="生态环境保护规划"), d + "/处理表.xlsx")
    ...     load_workbook(out)["意见汇总处理表"]["A1"].value
    '《生态环境保护规划》意见汇总处理表'
    """
    prof = get_profile(profile)
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValueError(f"意见汇总处理表须保存为 .xlsx 文件：{target} / the tracker must be an .xlsx file")
    answering = refuse_if_too_large(result, target)
    if target.exists() and not overwrite:
        refuse_if_decided(target)
    elif target.exists() and backup:
        kept = backup_if_decided(target, result)
        if kept is not None:
            log.warning("%s held decisions: kept as %s before it was replaced", target, kept)
    with stage("写出处理表", total=2, unit="步", level=logging.INFO, announce=False) as st, gc_paused():
        st.step("整理表格")
        book = _Book(result, prof, protect, answering, all_opinions_path(target) if answering else None)
        book.build()
        st.step("保存")
        if answering is None:
            book.save(target)
        else:
            # The full list first, then the workbook that names it; a failure leaves neither half-written.
            full = all_opinions_path(target)
            staged = full.with_name(f".{full.name}.staged")
            write_all_opinions(result, answering, staged)
            try:
                book.save(target)
                os.replace(staged, full)
            finally:
                if staged.exists():
                    staged.unlink()
            log.warning("%s: %d opinions are more than one sheet holds; each distinct opinion is listed once "
                        "(%d rows) and every opinion is in %s", target, len(result.opinions),
                        len(book.shown), full)
    if book.replaced or book.overflow:
        log.warning("%s: %d illegal characters replaced by U+FFFD, %d over-long cells continued in %s",
                    target, book.replaced, len({(s, r) for s, r, *_ in book.overflow}), OVERFLOW_SHEET)
    return target

class _Book(StreamingBook):
    """Builds one tracker workbook from a result: the main sheet, the statistics, lists and metadata."""

    def __init__(self, result, profile: TrackerProfile, protect: bool | str, answering: list[int] | None = None,
                 all_opinions: Path | None = None):
        super().__init__()
        self.result = result
        self.profile = profile
        self.protect = protect
        self.answering = answering  # the condensed layout: per opinion, the opinion whose row answers it
        self.all_opinions = all_opinions
        self.shown: list[int] = []

    # -- building ------------------------------------------------------------------------------
    def build(self) -> None:
        records = self.result.to_records()
        if self.answering is not None:
            records = self._condensed(records)
        if any(r.get("title") for r in records):
            self.profile = self.profile.with_subject()  # 留言主题 shown beside the text it heads
        if any(r.get("comment_reason") for r in records):
            self.profile = self.profile.with_comment_reason()  # a form's 修改理由
        main = self._main_sheet(records)
        self._stat_sheets()
        removed = getattr(self.result, "removed", ())
        if removed:
            self._table(REMOVED_SHEET, [(h, w) for h, _, w in REMOVED_COLUMNS],
                        [[r.get(k) for _, k, _ in REMOVED_COLUMNS] for r in removed],
                        [str(r.get("comment_id", "")) for r in removed])
        unread = getattr(self.result, "unread_files", ())
        if unread:  # every file found is read or listed here, with the reason
            self._table(UNREAD_SHEET, [("文件", 48), ("原因", 48)], [list(x) for x in unread])
        self._lists_sheet()
        self._meta_sheet(records)
        overflow = self.add_sheet(OVERFLOW_SHEET, ["ca_plain"] * 6, hidden=True)
        self.put(overflow, ("工作表", "单元格", "记录", "列", "分段", "内容"))
        for entry in self.overflow.copy():
            self.put(overflow, entry, measure=False)
        self._meta_info[self._meta_info.index("overflow_cells") + 1] = len({e[:2] for e in self.overflow})
        self._meta_info[self._meta_info.index("replaced_characters") + 1] = self.replaced
        self.wb.active = self.wb.worksheets.index(main.ws)

    def _condensed(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The rows of the condensed layout: each opinion that answers for itself, with its count."""
        self.shown = [i for i, a in enumerate(self.answering) if i == a]
        answers = Counter(self.answering)
        name = self.all_opinions.name if self.all_opinions is not None else ""
        out = []
        for i in self.shown:
            rec = records[i]
            if answers[i] > 1:
                rec["duplicate_of"] = (f"{rec['duplicate_of']}；本行代表{answers[i]}条意见，"
                                       f"其余{answers[i] - 1}条见《{name}》")
            out.append(rec)
        return out

    def _main_sheet(self, records: list[dict[str, Any]]) -> Sheet:
        prof, result = self.profile, self.result
        cols = prof.columns
        styles = ["ca_edit" if c.editable else "ca_center" if c.key == "seq" else "ca_body" for c in cols]
        sheet = self.add_sheet(MAIN_SHEET, styles)
        ws, n_cols, n = sheet.ws, len(cols), len(records)
        title = result.title or (result.plan.title if result.plan is not None else "")
        title = title.strip()
        if title and not title.startswith("《"):
            title = f"《{title}》"
        self.put(sheet, [f"{title}意见汇总处理表"], ["ca_title"], height=32, measure=False)
        units = len({op.department.name for op in result.opinions})
        n_all = len(result.opinions)
        counts = (f"共{units}个单位提出意见{n_all}条，合并重复后{result.n_distinct}条" if n else "暂无意见")
        if self.answering is not None:
            counts += (f"；意见超过一个工作表可容纳的行数，本表每条不同意见列一行（共{n}行），"
                       f"全部{n_all}条意见见同目录《{self.all_opinions.name}》")
        self.put(sheet, [f"生成日期：{date.today():%Y-%m-%d}　{counts}"], ["ca_subtitle"], height=20,
                 measure=False)
        self.put(sheet, prof.headers, ["ca_header"] * n_cols, height=30)
        sheet.header = prof.headers
        keys = [c.key for c in cols]
        maps = [(j, dict(c.values)) for j, c in enumerate(cols) if c.values]  # stored value -> shown value
        # A form without a reason column (gbt, iso) holds the reason in its 处理意见 cell (部分采纳，已在第三章补充。),
        # as staff type it and as it is read back; without a 修改情况 column, that goes to 备注: nothing is dropped.
        d_col = keys.index("disposition") if "disposition" in keys and "reason" not in keys else None
        n_col = keys.index("remarks") if "remarks" in keys and "revision_note" not in keys else None
        for rec in records:
            values = list(map(rec.get, keys))
            if d_col is not None and rec.get("disposition") and str(rec.get("reason") or "").strip():
                values[d_col] = f"{rec['disposition']}，{str(rec['reason']).strip()}"
            if n_col is not None and str(rec.get("revision_note") or "").strip():
                note = f"修改情况：{str(rec['revision_note']).strip()}"
                values[n_col] = "；".join(x for x in (str(values[n_col] or ""), note) if x)
            for j, m in maps:
                v = values[j]
                if isinstance(v, str):
                    values[j] = m.get(v, v)
            self.put(sheet, values, record=str(rec.get("comment_id", "")), blanks=True)
        last = HEADER_ROW + max(n, 1)
        end = self._letters[n_cols - 1]
        for rng in (f"A1:{end}1", f"A2:{end}2"):
            # Added to the range list directly: merge_cells() creates cells that openpyxl would
            # then write itself, clashing with the streamed rows.
            ws.merged_cells.add(rng)
        ws.freeze_panes = f"{self._letters[prof.id_columns]}{HEADER_ROW + 1}"
        ws.auto_filter.ref = f"A{HEADER_ROW}:{end}{HEADER_ROW + n}"
        self._print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
        for j, c in enumerate(cols):
            content = max(sheet.widths[j], display_width(c.header))
            width = c.width if c.editable else fit_width(content, c.width)
            ws.column_dimensions[self._letters[j]].width = width
            sheet.column_widths.append(width)
        self._legible_print(ws, sheet.column_widths, prof.id_columns)
        self._decision_rules(ws, HEADER_ROW + 1, last)
        if self.protect:
            p = ws.protection
            p.sheet = True
            p.autoFilter = p.sort = p.formatColumns = p.formatRows = False
            if isinstance(self.protect, str):
                p.password = self.protect
        return sheet

    def _decision_rules(self, ws, first: int, last: int) -> None:
        d = self.profile.column_index("disposition")
        if d is None:
            return
        dl = self._letters[d - 1]
        self.wb.defined_names[DISPOSITION_NAME] = DefinedName(
            DISPOSITION_NAME, attr_text=f"'{LISTS_SHEET}'!$A$2:$A${1 + len(DISPOSITION_VALUES)}")
        strict = self.profile.strict_dispositions
        dv = DataValidation(type="list", formula1=DISPOSITION_NAME, allow_blank=True,
                            errorStyle="stop" if strict else "warning", showErrorMessage=True,
                            showInputMessage=True, promptTitle="处理意见",
                            prompt="请从下拉列表选择：" + "、".join(DISPOSITION_VALUES),
                            errorTitle="处理意见", error="请从下拉列表中选择处理意见。")
        dv.add(f"{dl}{first}:{dl}{last}")
        ws.add_data_validation(dv)
        r = self.profile.column_index("reason")
        if r is None:
            return
        rl = self._letters[r - 1]
        exempt = "".join(f',${dl}{first}<>"{v}"' for v in NO_REASON_NEEDED)
        rule = FormulaRule(formula=[f'AND(${dl}{first}<>""{exempt},LEN(TRIM(${rl}{first}))=0)'],
                           fill=PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE"),
                           font=Font(color="9C0006"))
        ws.conditional_formatting.add(f"A{first}:{self._letters[len(self.profile.columns) - 1]}{last}", rule)

    def _print_setup(self, ws, title_rows: str) -> None:
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.print_title_rows = title_rows
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top, ws.page_margins.bottom = 0.6, 0.7
        ws.oddFooter.center.text = "第 &P 页，共 &N 页"

    @staticmethod
    def _legible_print(ws, widths: Sequence[float], id_columns: int) -> None:
        """Print the main sheet so that it can be read: 11 pt body text at no less than 9.5 pt.

        Fitting 17 columns to one A4 width printed them at 3.9 pt. A sheet too wide for one A4
        width at that size goes on A3 landscape at a fixed zoom (``PRINT_MIN_PT / 11``), as many
        pages wide as it takes, with the id columns (序号, 意见编号, 提出单位) repeated on every page
        so each part of a row can be read alone. A fixed zoom, not a fit: programs measure column
        widths differently (LibreOffice's 宋体 ran 30 % wider than Excel's estimate), and a fit
        would shrink the text with them.
        """
        def points(w: float) -> float:  # Excel's column width (characters) in points, roughly
            return 0.75 * (7 * w + 5)

        total = sum(points(w) for w in widths)
        a4 = 297 / 25.4 * 72 - 72 * (ws.page_margins.left + ws.page_margins.right)  # margins in inches
        zoom = PRINT_MIN_PT / 11.0
        if 1.5 * total * zoom <= a4:  # fits one A4 width legibly even if measured half as wide again
            return
        ws.page_setup.paperSize = ws.PAPERSIZE_A3
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        ws.page_setup.fitToWidth = ws.page_setup.fitToHeight = None
        ws.page_setup.scale = int(math.ceil(100 * zoom))
        if id_columns:
            ws.print_title_cols = f"A:{get_column_letter(id_columns + 1)}"

    def _table(self, title: str, columns: Sequence[tuple[str, float]], rows: Sequence[Sequence[Any]],
               records: Sequence[str] = (), total: Sequence[Any] | None = None) -> Sheet:
        styles = ["ca_center" if w <= 12 else "ca_body" for _, w in columns]
        sheet = self.add_sheet(title, styles)
        sheet.header = [h for h, _ in columns]
        self.put(sheet, sheet.header, ["ca_header"] * len(columns), height=30)
        for i, row in enumerate(rows):
            self.put(sheet, row, record=records[i] if i < len(records) else "", blanks=True)
        if total is not None:
            self.put(sheet, total, ["ca_header"] * len(columns), blanks=True)
        ws, end = sheet.ws, self._letters[len(columns) - 1]
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{end}{1 + len(rows)}"
        self._print_setup(ws, "1:1")
        for j, (header, cap) in enumerate(columns):
            fit = fit_width(max(sheet.widths[j], display_width(header)), cap)
            ws.column_dimensions[self._letters[j]].width = fit
            sheet.column_widths.append(fit)
        return sheet

    def _stat_sheets(self) -> None:
        result = self.result
        disp = list(DISPOSITION_VALUES)
        # "其他" holds values outside the closed list (typed by hand), so the row always adds up.
        counts_cols = [(v, 10) for v in disp] + [("其他", 8), ("未处理", 8)]

        def counts(n: int, given: dict[str, int]) -> list[int]:
            known = [given.get(v, 0) for v in disp]
            return known + [sum(given.values()) - sum(known), n - sum(given.values())]

        rows = unit_rows = result.department_table(as_frame=False)
        # Shares as percentages with one decimal: numbers a clerk can sort and sum, read as 占比(%).
        table = [[i, r["department"], r["department_type"], r["state"], r["n_opinions"], r["n_distinct"],
                  r["main_topic"], round(100 * r["main_topic_share"], 1) if r["n_opinions"] else "",
                  "、".join(r["only_topics"]), *counts(r["n_opinions"], r["dispositions"])]
                 for i, r in enumerate(rows, 1)]
        first = 9  # the first disposition count column
        # One count of distinct opinions everywhere: an opinion several units sent counts once in
        # 合计 (as in the headline), though once in each unit's row.
        total = ["合计", "", "", "", sum(t[4] for t in table), result.n_distinct, "", "", "",
                 *(sum(t[k] for t in table) for k in range(first, first + len(counts_cols)))]
        units = self._table("分单位统计", [("序号", 7), ("单位", 30), ("单位类别", 12), ("反馈情况", 12),
                                           ("意见条数", 10), ("不同意见条数", 12), ("主要主题", 24),
                                           ("主要主题占比(%)", 12), ("仅本单位提出的主题", 30), *counts_cols],
                            table, [r["department"] for r in rows], total if rows else None)
        with_opinions = sum(1 for r in rows if r["n_opinions"])  # units without opinions come last
        add_bar_chart(units.ws, "各单位意见条数", label_col=2, value_col=5, first_row=2,
                      last_row=1 + with_opinions, anchor=f"{self._letters[len(counts_cols) + first + 1]}2")

        rows = result.topic_table(as_frame=False)
        self._table(TOPIC_SHEET, [("主题编号", 10), ("主题", 24), ("关键词", 40), ("意见条数", 10),
                                   ("不同意见条数", 12), ("单位数", 8), ("提出单位", 50),
                                   ("主要提出单位", 24), ("主要提出单位占比(%)", 12), ("仅一个单位提出", 20),
                                   ("子主题", 50), ("说明", 40)],
                    [[r["topic_id"], r["topic"], r["key_phrases"], r["n_opinions"], r["n_distinct"],
                      r["n_departments"], r["departments"], r["main_department"],
                      round(100 * r["main_department_share"], 1) if r["n_opinions"] else "",
                      r["only_department"], r["subtopics"], r.get("note", "")]
                     for r in rows],
                    [str(r["topic_id"]) for r in rows])
        add_bar_chart(self.sheets[-1].ws, "各主题意见条数", label_col=2, value_col=4, first_row=2,
                      last_row=1 + len(rows), anchor="M2")
        self._cross_sheet(unit_rows)

        rows = result.section_table(as_frame=False)
        self._table("分章节统计", [("章节编号", 10), ("章节", 40), ("意见条数", 10), ("不同意见条数", 12),
                                   ("单位数", 8), *counts_cols],
                    [[r["section_id"], r["section"], r["n_opinions"], r["n_distinct"], r["n_departments"],
                      *counts(r["n_opinions"], r["dispositions"])] for r in rows],
                    [r["section_id"] for r in rows])

        rows = result.duplicate_table(as_frame=False)
        self._table("重复意见", [("组号", 8), ("类型", 10), ("条数", 8), ("代表意见编号", 16),
                                 ("代表意见内容", 60), ("成员意见编号", 40), ("涉及单位", 30), ("共同模板", 40),
                                 ("相似但未合并（原因）", 40)],
                    [[f"G{r['group_id']}", GROUP_KIND_NAMES.get(r["kind"], "重复") if r["size"] > 1 else "单条",
                      r["size"], r["representative_id"], r["representative_text"], r["member_ids"],
                      r["departments"], r["template"], r.get("related", "")]
                     for r in rows],
                    [f"G{r['group_id']}" for r in rows])

        sheet = self.add_sheet("起草说明摘要", ["ca_plain"])
        self.put(sheet, ["起草说明摘要（自动生成，供参考）"], ["ca_header"], height=24, measure=False)
        for line in result.summary().splitlines():
            if line.strip():
                self.put(sheet, [line], ["ca_body"], measure=False)
        sheet.ws.column_dimensions["A"].width = 110
        sheet.column_widths.append(110)
        self._print_setup(sheet.ws, "1:1")

    def _cross_sheet(self, unit_rows: list[dict[str, Any]]) -> None:
        """Units x topics: opinions per cell, then each unit's shares (its row sums to 100)."""
        result = self.result
        topics = list(result.topics)
        if not topics:
            return
        rows = [r for r in unit_rows if r["n_opinions"]]
        # By topic id, not label: two topics may carry the same label.
        counts = Counter((op.department.name, op.topic_id) for op in result.opinions)
        heads = [f"{t.id} {t.name}" for t in topics]
        table = []
        for i, r in enumerate(rows, 1):
            n = [counts.get((r["department"], t.id), 0) for t in topics]
            table.append([i, r["department"], r["n_opinions"], *n,
                          *(round(100 * v / r["n_opinions"], 1) for v in n)])
        k = len(topics)
        total = ["合计", "", sum(t[2] for t in table), *(sum(t[3 + j] for t in table) for j in range(k)),
                 *([""] * k)]
        self._table(CROSS_SHEET, [("序号", 7), ("单位", 30), ("意见条数", 10), *((h, 12) for h in heads),
                                  *((f"{t.id} 占比(%)", 10) for t in topics)],
                    table, [r["department"] for r in rows], total if rows else None)

    def _lists_sheet(self) -> None:
        sheet = self.add_sheet(LISTS_SHEET, ["ca_plain"] * 3, hidden=True)
        self.put(sheet, ("处理意见", "需说明理由", "计为"))
        for value, _key, needs_reason, counted in DISPOSITIONS:
            self.put(sheet, (value, "是" if needs_reason else "否", counted))

    def _meta_sheet(self, records: list[dict[str, Any]]) -> None:
        extra = [k for k in (records[0] if records else {}) if k not in TRACKER_KEYS]
        # content_id finds the row again in forms without an id column (ISO), even once sorted.
        keys = ["row", "seq", "comment_id", "content_id", *extra]
        sheet = self.add_sheet(META_SHEET, ["ca_plain"] * max(len(keys), 16), hidden=True)
        self._meta_info = ["format_version", FORMAT_VERSION, "profile", self.profile.name,
                           "main_sheet", MAIN_SHEET, "header_row", HEADER_ROW, "n_opinions", len(records),
                           "replaced_characters", 0, "overflow_cells", 0,
                           "generated", date.today().isoformat(),
                           "round", int(getattr(self.result, "round", 1) or 1),
                           "n_roster", len(self.result.roster), "roster", self._roster_json()]
        if self.answering is not None:  # the condensed layout: the reader expands it from the CSV
            self._meta_info += ["layout", "distinct", "all_opinions_csv", self.all_opinions.name,
                                "n_all_opinions", len(self.result.opinions)]
        # Row 1 is filled in at the end (the counts are known then); it holds no opinion text.
        sheet.rows.append((None, self._meta_info, None))
        self.put(sheet, keys)
        sheet.header = keys
        at_row = [j for j, k in enumerate(keys) if k == "row"]
        at_content = [j for j, k in enumerate(keys) if k == "content_id"]
        unit_keys: dict[str, str] = {}  # content keys of the units, computed once each
        for i, rec in enumerate(records):
            values = list(map(rec.get, keys))
            for j in at_row:
                values[j] = HEADER_ROW + 1 + i
            # (with the section the row shows: 建议删除。 twice from one unit, about two clauses, are two rows)
            key = content_id(_with_section(rec["comment_text"], rec.get("section")), rec["department"], unit_keys=unit_keys)
            for j in at_content:
                values[j] = key
            self.put(sheet, values, record=str(rec.get("comment_id", "")), measure=False)

    def _roster_json(self) -> str | None:
        """The consulted units and their states, for the 起草说明 of a tracker read back."""
        roster = [[r.department, r.state, r.n_opinions] for r in self.result.roster]
        text = json.dumps(roster, ensure_ascii=False) if roster else None
        return prepare_text(text).text if text and len(text) < 30000 else None
