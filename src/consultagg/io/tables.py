"""Read what a drafting office receives: platform exports, tables, letters, and the draft's text.

:func:`read_comment_rows` (the reader behind :func:`consultagg.read_comments`) turns workbooks
(.xlsx, and .xls/.xlsb/.ods/.et with python-calamine), csv/tsv/jsonl/json exports, lists of dicts, DataFrames, letters
(.txt/.md/.docx) and folders of them into a :class:`~consultagg.records.CommentList`. Columns are
recognised by their headers (:mod:`consultagg.io.columns`); nothing is dropped silently: rows without
text are listed in ``empty_rows``, units answering 无意见 in ``no_opinion_units``, header rows
repeated mid-file (pages pasted one below the other) in ``notes``, files of a folder that cannot be
opened, and trackers this tool wrote, in ``unread_files`` (:mod:`consultagg.io.unreadable`). Cell
texts have Excel's ``_xHHHH_`` escapes decoded (``_x000D_`` is a line break); columns sharing one
header are all kept. :func:`read_plan_text` reads the draft's text. The reader reads: cleaning a cell's text and
splitting a letter into opinions are handed to it (``clean=``, ``split_letter=``) by
:mod:`consultagg.reading`, which knows the stages.

Examples
--------
>>> from consultagg.io.tables import read_comment_rows
>>> rows = read_comment_rows([{"提出单位": "水利厅", "意见内容": "建议强化水资源刚性约束。"},
...                       {"提出单位": "科技厅", "意见内容": ""}])
>>> [c.department for c in rows], rows.empty_rows
(['水利厅'], ['<dicts> 第2条'])
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from consultagg.io.cells import (across_merged, cell_filled, cell_value, id_text, join_unfinished, looks_like_id, mark_spanned, not_an_opinion, row_set_aside,
                                 once, signer, Spanned, spread_across)
from consultagg.io.columns import (FIELDS, column_letter, display_headers, find_header_row, first_header_like_row,
                                   form_role, resolve_columns)
from consultagg.io.documents import UNSUPPORTED_FORMATS, docx_blocks, read_plan_text
from consultagg.io.otherframes import Rows, from_other_frames, is_dataframe as _is_dataframe, is_series as _is_series, named_index as _named_index
from consultagg.io.officetables import (as_one_row, counting_sheet, field_pairs, fill_merged_down, guess_text_column, header_for_guess, in_full, member_row, named_sheet_unit,
                                        summary_repeats, summary_units, title_unit, unit_line)
from consultagg.io.spreadsheets import WORKBOOK_SUFFIXES, read_sheets
from consultagg.io.mail import eml_text
from consultagg.io.textfiles import decode_text, is_text as _is_text, json_records, sniff_delimiter
from consultagg.io.unreadable import COPIED_TRACKER_REASON, UnreadableFileError, own_opinion_list, own_rows, own_tracker
from consultagg.errors import ConsultaggInputError
from consultagg.text.ids import assign_ids, content_key
from consultagg.text.listed import LISTS_BELOW, attached_facts
from consultagg.records import Comment, CommentList, Source

__all__ = ["LETTER_SUFFIXES", "TABLE_SUFFIXES", "read_comment_rows", "read_plan_text"]

TABLE_SUFFIXES = WORKBOOK_SUFFIXES + (".csv", ".tsv", ".jsonl", ".json")
LETTER_SUFFIXES = (".txt", ".md", ".docx", ".eml")
# Files the system leaves in a folder (thumbnail caches, folder settings), skipped like ~$ lock files.
_SYSTEM_FILES = frozenset({"thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini"})
# A table cell that only says "no comment": the unit goes to the roster, not to the opinions.
_NO_OPINION = re.compile(r"^(?:经[\u4e00-\u9fff]{0,8}?研究)?(?:(?:原则|完全)?同意)?(?:我(?:单位|厅|局|委|办|部门))?(?:对规划)?(?:无|没有|暂无)(?:修改|其他|不同|具体|新的|补充)?"
                         r"(?:意见|建议|意见建议|异议)$|^(?:无|暂无|没有|原则同意|同意)$")
_PUNCT_SPACE = re.compile(r"[\s。．.，,；;！!]+")
# Longer than any match of _NO_OPINION (a test checks it): a text is stripped whole only if its start is no longer.
_NO_OPINION_MAX = 40


# ---------------------------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------------------------
def read_comment_rows(source, *, columns: Mapping[str, str | None] | None = None,
                      sheet: str | int | Sequence[str | int] | None = None, encoding: str | None = None,
                      department: str | None = None, kind: str | None = None,
                      clean: Callable[[str], str] | None = None, split_letter: Callable | None = None
                      ) -> CommentList:
    """Read comments from files, folders, dicts or a DataFrame: the reader behind
    :func:`consultagg.read_comments`, whose parameters and result these are, plus the two steps
    it hands over.

    Parameters
    ----------
    source, columns, sheet, encoding, department, kind
        As for :func:`consultagg.read_comments`.
    clean : callable, optional
        ``text -> text`` applied to every cell's text (default: kept as read).
    split_letter : callable, optional
        ``split_letter(text, file=, unit=, kind=)`` returning an object with ``unit``, ``opinions``
        (Comments), ``no_opinion`` and ``kind``: how a letter becomes opinions. Needed only when
        letters are read.

    Returns
    -------
    CommentList

    Raises
    ------
    ConsultaggInputError, ImportError
        As :func:`consultagg.read_comments` says.

    Examples
    --------
    >>> rows = read_comment_rows([{"单位": "水利厅", "意见": " 建议强化水资源刚性约束。 "}], clean=str.strip)
    >>> rows[0].department, rows[0].text
    ('水利厅', '建议强化水资源刚性约束。')
    """
    if kind not in (None, "letter", "minutes", "table"):
        raise ValueError(f"kind must be None, 'letter', 'minutes' or 'table', not {kind!r}")
    unknown = [k for k in (columns or {}) if k not in FIELDS]
    if unknown:
        raise ConsultaggInputError(f"columns= 中有未知字段 {', '.join(map(repr, unknown))}。 unknown field(s) "
                                   f"{', '.join(map(repr, unknown))} in columns=; expected: {', '.join(FIELDS)}")
    reader = _Reader(columns=dict(columns) if columns else None, sheet=sheet, encoding=encoding,
                     department=department, kind=kind, clean=clean, split_letter=split_letter)
    reader.read(source)
    return reader.finish()


# ---------------------------------------------------------------------------------------------
# the reader: per-call state (id counters, report) lives here, never at module level
# ---------------------------------------------------------------------------------------------
class _Reader:
    def __init__(self, *, columns, sheet, encoding, department, kind, clean=None, split_letter=None):
        self.clean = clean or _as_read
        self.split_letter = split_letter
        self.columns = columns
        self.sheet = sheet
        self.encoding = encoding
        self.department = department
        self.kind = kind
        self.items: list[tuple[Comment, str | None]] = []  # (comment, id from a column or None)
        self.report = CommentList()
        self.trackers: list[tuple[str, str]] = []  # trackers of this tool among the inputs (not read), and why
        self.content_key = functools.lru_cache(maxsize=None)(content_key)  # once per text and unit in a call

    # -- dispatch ------------------------------------------------------------------------------
    def read(self, source) -> None:
        if isinstance(source, str) and _is_text(source):
            raise ConsultaggInputError(
                f"“{source[:20]}…”不是文件或文件夹：一段意见文本请放入列表传入，如 read_comments([text])。"
                f" Not a file or folder: pass texts as a list, read_comments([text]).")
        source = from_other_frames(source)
        if isinstance(source, (str, os.PathLike)):
            self.read_path(source)
        elif isinstance(source, Rows):
            self.map_records(source.columns, source.rows, range(1, len(source.rows) + 1), "<DataFrame>", None, "条")
        elif _is_dataframe(source):
            self.read_dataframe(source)
        elif _is_series(source):
            self.read_texts(list(source), list(source.index) if _named_index(source) else None)
        elif isinstance(source, Mapping):
            raise ConsultaggInputError("a single dict is not a table: pass a list of dicts. "
                                       "单个字典不是表格，请传入字典列表。")
        elif isinstance(source, Sequence) or hasattr(source, "__iter__"):
            items = list(source)
            if isinstance(source, CommentList):
                for name in ("empty_rows", "no_opinion_units", "notes", "unread_files"):
                    getattr(self.report, name).extend(getattr(source, name, ()))
            texts = [isinstance(x, str) and _is_text(x) for x in items]
            if items and all(texts):
                self.read_texts(items, None)  # plain texts, one opinion each
                return
            if any(texts):
                k = texts.index(True) + 1
                raise ConsultaggInputError(f"列表第{k}项不是文件或文件夹，而其他项是：文件和意见文本请分开传入。 Item {k} of "
                                           "the list is not a file or folder while others are: pass files and texts apart.")
            if items and all(isinstance(x, Mapping) for x in items):
                headers = list(dict.fromkeys(str(k) for x in items for k in x))
                rows = [[by_name.get(h) for h in headers] for by_name in ({str(k): v for k, v in x.items()}
                                                                          for x in items)]
                self.map_records(headers, rows, range(1, len(rows) + 1), "<dicts>", None, "条")
                return
            for x in items:
                if isinstance(x, Comment):
                    self.items.append((x, x.id))
                elif isinstance(x, (str, os.PathLike)):
                    self.read_path(x)
                elif isinstance(x, Mapping):
                    raise ConsultaggInputError("a list mixes dicts with other items; 列表中字典与其他类型混杂。")
                else:
                    self.read(x)
        else:
            raise ConsultaggInputError(f"cannot read comments from {type(source).__name__}: pass a path, "
                                       "a folder, a list of dicts or a DataFrame.")

    def read_path(self, path) -> None:
        name = os.fspath(path)
        p = Path(path)
        if p.is_dir():
            self.read_folder(p, name)
            return
        if not p.is_file():
            raise ConsultaggInputError(f"{name}：文件不存在。File not found: {name}")
        suffix = p.suffix.lower()
        kind = self.kind
        if suffix in (".csv", ".tsv") and (why := own_opinion_list(p)):
            self.not_read(name, why, own=True)
        elif suffix in WORKBOOK_SUFFIXES:
            self.read_workbook(p, name)
        elif suffix in (".jsonl", ".json") and kind in (None, "table"):
            self.read_json(p, name, lines=suffix == ".jsonl")
        elif (suffix in (".csv", ".tsv") and kind in (None, "table")) or (suffix in (".txt", "") and kind == "table"):
            self.read_delimited(p, name, tab=suffix == ".tsv")
        elif suffix in LETTER_SUFFIXES or (kind and suffix in (".csv", ".tsv", ".json", ".jsonl")):
            self.read_letter(p, name)
        elif suffix in UNSUPPORTED_FORMATS:
            zh, en = UNSUPPORTED_FORMATS[suffix]
            raise ConsultaggInputError(f"{name}：{zh}。 Cannot read {name}: {en}.")
        else:
            raise ConsultaggInputError(
                f"{name}：不支持的文件类型“{suffix or '无扩展名'}”。 Unsupported file type {suffix!r}; "
                f"supported: {', '.join(TABLE_SUFFIXES + LETTER_SUFFIXES)}.")

    def read_folder(self, folder: Path, name: str) -> None:
        supported = TABLE_SUFFIXES + LETTER_SUFFIXES
        files, skipped, listed = [], [], len(self.report.unread_files)
        for p in sorted(folder.rglob("*"), key=lambda q: q.relative_to(folder).as_posix()):
            rel = p.relative_to(folder)
            if any(part.startswith(".") for part in rel.parts) or not p.is_file():
                continue
            if p.name.startswith("~$") or p.name.lower() in _SYSTEM_FILES or "__MACOSX" in rel.parts:
                continue
            (files if p.suffix.lower() in supported else skipped).append(p)
        if skipped:
            self.report.notes.append(f"{name}：未能读取不支持的文件 " + "、".join(q.name for q in skipped))
            for q in skipped:
                shown = os.path.join(name, q.relative_to(folder)).replace(os.sep, "/")
                why = (UNSUPPORTED_FORMATS.get(q.suffix.lower(), (f"不支持“{q.suffix.lower()}”格式，请另存为 .docx、"
                                                              ".xlsx 或 .txt 后重新分析",))[0]
                       if q.suffix else "没有扩展名，无法判断格式")
                self.report.unread_files.append((shown, why))
        if not files:
            raise ConsultaggInputError(f"{name}：文件夹中没有可读取的文件（支持 {'、'.join(supported)}）。"
                                       f" No supported files in folder {name}.")
        for p in files:  # a file that cannot be opened is listed, the rest read (given alone, it is an error)
            at, start = os.path.join(name, p.relative_to(folder)), len(self.items)
            try:
                self.read_path(at)
            except UnreadableFileError as exc:
                del self.items[start:]  # (nothing of it is kept)
                self.not_read(at, exc.reason)
        self.report.unread_files[listed:] = sorted(self.report.unread_files[listed:])  # in the folder's order

    def not_read(self, name: str, why: str, own: bool = False) -> None:
        """List the file ``name`` as not read, with why (``own``: a tracker this tool wrote)."""
        self.report.unread_files.append((name.replace(os.sep, "/"), why))
        self.report.notes.append(f"{name}：{why}")
        self.trackers += [(name, why)] if own else []

    # -- tables -------------------------------------------------------------------------------
    def read_workbook(self, p: Path, name: str) -> None:
        sheets = read_sheets(p, name, self.sheet)
        if why := own_tracker(sheets):  # (the previous round's opinions, never this round's comments)
            return self.not_read(name, why, own=True)
        failures, parts = [], []
        names, own = summary_units(sheets) if len(sheets) > 1 else ([], None)
        for sh in sheets:
            if not any(cell_filled(c) for r in sh.rows for c in r):
                self.report.notes.append(f"{name}（工作表 {sh.title}）：空工作表，已跳过")
                continue
            if len(sheets) > 1 and self.sheet is None and (_INSTRUCTIONS.fullmatch(sh.title.strip()) or counting_sheet(sh.title, sh.rows)):
                what = "填表说明" if _INSTRUCTIONS.fullmatch(sh.title.strip()) else "统计表，没有意见文本"
                self.report.notes.append(f"{name}（工作表 {sh.title}）：{what}，不是意见，已跳过")
                continue
            start = len(self.items)
            # Several sheets: empty rows name the sheet too.
            err = self.read_table(sh.rows, name, sh.title, where=_place(name, sh.title) if len(sheets) > 1 else None,
                                  merged=sh.merged, sheet_unit=named_sheet_unit(sh.title, names, own, sh.rows))
            if err and self.sheet is not None:  # a sheet asked for by name must be readable
                raise ConsultaggInputError(err + " " + _ENGLISH_NO_TEXT)
            if err:
                failures.append(err)
                self.report.notes.append(f"{err}（已跳过该工作表）")
            else:
                parts.append((sh.title, start, len(self.items)))
        if not parts:
            if failures:
                raise ConsultaggInputError("；".join(failures) + " " + _ENGLISH_NO_TEXT)
            raise ConsultaggInputError(f"{name}：工作簿中没有数据。 The workbook {name} holds no data.")
        self._drop_summary_repeats(name, parts)

    def _drop_summary_repeats(self, name: str, parts: list[tuple[str, int, int]]) -> None:
        """A 汇总 sheet beside per-unit sheets repeats their rows: keep the per-unit rows (they
        carry the unit) and the summary's rows found nowhere else, and say so."""
        keyed = [(t, [self.content_key(c.text) for c, _ in self.items[a:b]]) for t, a, b in parts]
        repeats = summary_repeats(keyed)
        drop = set()
        for title, a, b in parts:
            hits = repeats.get(title, ())
            drop.update(a + i for i in hits)
            if hits:
                others = "、".join(t for t, _, _ in parts if t != title and t not in repeats)
                rest = b - a - len(hits)
                self.report.notes.append(
                    f"{name}：工作表“{title}”为汇总表，其中{len(hits)}条意见与分表（{others}）相同，未重复计入，"
                    f"按分表读取" + (f"；另有{rest}条只见于汇总表，已保留" if rest else ""))
        if drop:
            # (the summary's sender, 某市人民政府 titling its 汇总 sheet, passed the per-unit rows on: said on them)
            sent = {self.content_key(self.items[k][0].text): by for k in drop if (by := self.items[k][0].meta.get("sent_by"))}
            self.items = [(c if not (by := sent.get(self.content_key(c.text))) or c.meta.get("sent_by") or c.department == by
                           else replace(c, meta={**c.meta, "sent_by": by}), given)
                          for k, (c, given) in enumerate(self.items) if k not in drop]

    def read_delimited(self, p: Path, name: str, *, tab: bool) -> None:
        text, enc = decode_text(p.read_bytes(), name, self.encoding)
        delim = "\t" if tab else sniff_delimiter(text)
        rows = []
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
        try:
            for rec in reader:
                rows.append([c if c != "" else None for c in rec])
        except csv.Error as exc:
            raise ConsultaggInputError(f"{name} 第{reader.line_num}行：无法解析（{exc}）。"
                                       f" Cannot parse {name} at line {reader.line_num}: {exc}") from exc
        if own_rows(rows):  # (a tracker's main sheet saved as .csv: the previous round's opinions)
            return self.not_read(name, COPIED_TRACKER_REASON, own=True)
        label = {",": "逗号", "\t": "制表符", ";": "分号", "|": "竖线"}[delim]
        self.report.notes.append(f"{name}：编码 {enc}，分隔符 {label}")
        err = self.read_table(rows, name, None)
        if err:
            raise ConsultaggInputError(err + " " + _ENGLISH_NO_TEXT)

    def read_json(self, p: Path, name: str, *, lines: bool) -> None:
        text, enc = decode_text(p.read_bytes(), name, self.encoding)
        records, rownums = json_records(text, name, lines=lines)
        self.report.notes.append(f"{name}：编码 {enc}")
        headers = list(dict.fromkeys(str(k) for x in records for k in x))
        rows = [[x.get(h) for h in headers] for x in records]
        self.map_records(headers, rows, rownums, name, None, "行" if lines else "条")

    def read_texts(self, texts: list, ids: list | None) -> None:
        """Texts held in memory (a list of str, a pandas Series): one opinion each, ``ids`` as their ids."""
        headers = ["意见"] if ids is None else ["编号", "意见"]
        rows = [[t] if ids is None else [i, t] for i, t in zip(ids or [None] * len(texts), texts)]
        self.map_records(headers, rows, range(1, len(rows) + 1), "<texts>", None, "条")

    def read_dataframe(self, df) -> None:
        cols = [str(c) for c in df.columns]
        names = [n for n in getattr(df.index, "names", [None]) if n is not None]
        rows = [list(r) for r in df.itertuples(index=bool(names), name=None)]
        if names:  # a named index (set_index("留言编号")) is data, not a row number
            if len(names) == 1:
                rows = [[r[0]] + r[1:] for r in rows]
            else:
                rows = [list(r[0]) + r[1:] for r in rows]
            cols = [str(n) for n in names] + cols
        self.map_records(cols, rows, range(1, len(rows) + 1), "<DataFrame>", None, "条")

    def read_table(self, rows: list, name: str, sheet: str | None, *, department: str | None = None,
                   where: str | None = None, column_ids: bool = True, merged=(),
                   sheet_unit: str | None = None) -> str | None:
        """Map a sheet (rows of cells, title rows allowed); returns an error message or None.

        ``merged`` ranges are 0-based in ``rows``; ``sheet_unit`` is the unit the sheet is named
        after, for rows of a sheet without a unit column.
        """
        place = _place(name, sheet)
        rows = mark_spanned(rows, merged)  # a cell typed across columns (原文 and 修改意见 merged)
        try:
            hdr = find_header_row(rows, columns=self.columns)
        except KeyError as exc:
            raise ConsultaggInputError(f"{place}：{exc.args[0]}") from exc
        header = [None if isinstance(c, Spanned) else c for c in rows[hdr]] if hdr is not None else None  # (a merged header once)
        if hdr is None and not (self.columns and "text" in self.columns):
            hdr, header = header_for_guess(rows)  # no header names the text: look at the cells
        if hdr is None:
            guess = first_header_like_row(rows)
            found = display_headers(rows[guess]) if guess is not None else []
            found = [h for h, c in zip(found, rows[guess] if guess is not None else []) if cell_filled(c)]
            if self.columns:
                wanted = "、".join(str(v) for v in self.columns.values() if v is not None)
                return f"{place}：未在前10行找到指定的列（{wanted}）；找到的表头：{', '.join(found)}。"
            if not any(cell_filled(c) for row in rows for c in row):
                return f"{place}：表中没有任何内容（空文件或空表）。"
            return (f"{place}：未找到意见内容列；找到的表头：{', '.join(found)}。"
                    f"可用 columns={{'text': '列名'}} 指定。")
        # 填报单位：… or a title 某局反馈意见 above the table names every row's unit, before the sheet's name
        above = unit_line(rows[:hdr]) or title_unit(rows[:hdr])
        named_by = "表头上方的填报单位或标题" if above else "工作表名"
        sheet_unit = above or sheet_unit
        data = rows[hdr + 1:]
        while data and not any(cell_filled(c) for c in data[-1]):
            data.pop()  # trailing blank rows are formatting, not submissions
        header = list(header) + [None] * (max((len(r) for r in data), default=0) - len(header))
        merged = [(r0 - hdr - 1, c0, r1 - hdr - 1, c1) for r0, c0, r1, c1 in merged if r1 > r0 and r0 > hdr]
        # Row numbers as Excel shows them: 1-based, header and any title rows above it counted.
        self.map_records(header, data, range(hdr + 2, hdr + 2 + len(data)), name, sheet, "行",
                         header_row=hdr + 1 if any(cell_filled(c) for c in header) else None,
                         department=department, where=where, column_ids=column_ids, merged=merged,
                         sheet_unit=sheet_unit, unit_named_by=named_by)
        return None

    def map_records(self, headers: Sequence[object], rows: Sequence[Sequence[object]], rownums,
                    name: str, sheet: str | None, unit: str, header_row: int | None = None,
                    department: str | None = None, where: str | None = None, column_ids: bool = True,
                    merged=(), sheet_unit: str | None = None, unit_named_by: str = "工作表名") -> None:
        clean_display = self.clean
        place = _place(name, sheet)
        try:
            cmap = resolve_columns(headers, columns=self.columns, sample_rows=rows[:200])
        except KeyError as exc:
            raise ConsultaggInputError(f"{place}：{exc.args[0]}") from exc
        guessed = None
        if "text" not in cmap.fields and not (self.columns and "text" in self.columns):
            guessed = guess_text_column(headers, rows[:200], taken=set(cmap.fields.values()))
            if guessed is not None:
                cmap = resolve_columns(headers, columns={**(self.columns or {}), "text": cmap.headers[guessed]},
                                       sample_rows=rows[:200])
        shown = [h for h, c in zip(cmap.headers, headers) if cell_filled(c)]
        if "text" not in cmap.fields:
            raise ConsultaggInputError(f"{place}：未找到意见内容列；找到的表头：{', '.join(shown)}。"
                                       f"可用 columns={{'text': '列名'}} 指定。 " + _ENGLISH_NO_TEXT)
        hdr_note = f"第{header_row}行为表头；" if header_row and header_row > 1 else ""
        self.report.notes.append(f"{place}：{hdr_note}{cmap.describe()}")
        if guessed is not None:
            self.report.notes.append(
                f"{place}：没有表头为“意见内容”的列，按内容（像意见的句子）选用{column_letter(guessed)}列"
                f"“{cmap.headers[guessed]}”作为意见内容；如不对，可用 columns={{'text': '列名'}} 指定")
        if merged:
            text_cols = {cmap.fields["text"], *cmap.joined.get("text", ())}
            rows, filled, kept = fill_merged_down(rows, merged, skip=text_cols)
            for r0, c, r1 in filled:
                self.report.notes.append(f"{where or place}：第{rownums[r0]}—{rownums[r1]}行 {column_letter(c)}列"
                                         f"（{cmap.headers[c]}）为合并单元格，已向下填充到每一行")
            for r0, c, r1 in kept:
                self.report.notes.append(f"{where or place}：第{rownums[r0]}—{rownums[r1]}行 {column_letter(c)}列"
                                         f"（{cmap.headers[c]}）为合并单元格，按第{rownums[r0]}行的一条意见读取")
        if sheet_unit and "department" not in cmap.fields and not department:
            department = sheet_unit
            self.report.notes.append(f"{place}：没有提出单位列，按{unit_named_by}以“{sheet_unit}”作为提出单位")
        for fld, others in cmap.candidates.items():
            self.report.notes.append(f"{place}：另有列 {'、'.join(cmap.headers[i] for i in others)} "
                                     f"也像“{fld}”，已放入 meta")
        self.report.notes.extend(f"{place}：{n}" for n in cmap.duplicate_notes())
        f = cmap.fields
        meta_cols = cmap.meta_columns
        rows = spread_across(across_merged(rows, f["text"]), f["text"])  # a row merged across the form: 其他意见：建议…
        if "id" in f:  # a request running on into the next row under the same merged 序号
            rows, first = join_unfinished(rows, f["text"], f["id"])
            for a, b in zip(first, first[1:] + [len(rownums)]):
                if b - a > 1:
                    self.report.notes.append(f"{where or place}：第{rownums[a]}—{rownums[b - 1]}行为同一条意见（续行），已合并")
            rownums = [rownums[k] for k in first]
        if header_row is not None and "id" in f:
            # Forms often come with 序号 pre-filled far below the last answer: such trailing rows
            # are an unused template, reported once instead of row by row.
            n = len(rows)
            while n and looks_like_id(rows[n - 1][f["id"]] if f["id"] < len(rows[n - 1]) else None) \
                    and all(j == f["id"] or not cell_filled(v) for j, v in enumerate(rows[n - 1])):
                n -= 1
            if n < len(rows):
                self.report.notes.append(f"{where or place}：末尾{len(rows) - n}行只有编号（第{rownums[n]}—"
                                         f"{rownums[len(rows) - 1]}行），视为空白模板行")
                rows, rownums = rows[:n], rownums[:n]
        if column_ids and "id" in f:
            numbers = [id_text(r[f["id"]]) for r in rows if f["id"] < len(r) and cell_filled(r[f["id"]]) and not cmap.repeats_header(list(r) + [None] * (len(cmap.headers) - len(r)))]
            # 1, 2, 3 … (a 序号 from 1, a page's header again aside) say where a row stands, not which opinion it is: ids from unit and text
            column_ids = not (numbers and all(_RUNNING_NUMBER.fullmatch(v or "") for v in numbers)
                              and min(map(int, numbers)) <= 1)
        member = None  # the unit a row across the form names for the rows below it (会员单位：…)
        for rownum, row in zip(rownums, rows):
            row = list(row) + [None] * (len(cmap.headers) - len(row))
            at = f"{where or name} 第{rownum}{unit}"
            if named := member_row(row):
                member = in_full(named, department or self.department)
                self.report.notes.append(f"{where or place}：第{rownum}{unit}“{named}”为以下各行的提出单位")
                continue
            if cmap.repeats_header(row):  # pages of an export pasted one below the other
                self.report.notes.append(f"{where or place}：第{rownum}{unit}与表头相同，已跳过（重复的表头行）")
                continue
            raw = cmap.text(row, "text")
            text = clean_display(raw) if raw else ""
            values = {k: cmap.text(row, k) for k in f if k not in ("text", "id")}
            values = {k: (clean_display(v) if v else "") or None for k, v in values.items()}
            dept = values.get("department") or member or department or self.department or sheet_unit  # (a sheet named for its unit)
            if not text.strip():
                self.report.empty_rows.append(at)
                continue
            if why := not_an_opinion(text):  # (说明：… / 3 / =SUM(C3:C4))
                self.report.notes.append(f"{at}：“{text[:30]}”{why}")
                continue
            if (dept and len(_PUNCT_SPACE.sub("", text[:2 * _NO_OPINION_MAX])) <= _NO_OPINION_MAX
                    and _NO_OPINION.match(_PUNCT_SPACE.sub("", text))):
                # Only a unit can be "no comment" on the roster; a citizen's "同意" stays an opinion.
                self.report.no_opinion_units.append(dept)
                self.report.notes.append(f"{at}：{dept} 无意见")
                continue
            meta: dict[str, Any] = {cmap.headers[i]: cell_value(row[i]) for i in meta_cols}
            for i in meta_cols:  # a feedback form's 原文 and 修改理由, under the names the reader gives them
                role = form_role(cmap.headers[i])
                if role and cell_value(row[i]) not in (None, ""):
                    meta.setdefault(role, cell_value(row[i]))
            if why := row_set_aside(meta):
                self.report.skipped.append((name, text, why))
                continue
            if unit_named_by != "工作表名" and sheet_unit and values.get("department") and dept != sheet_unit:
                meta["sent_by"] = sheet_unit  # 某市人民政府关于…意见汇总表 over its bureaus' rows: it replied, passing them on
            id_value = None
            if "id" in f:
                meta[cmap.headers[f["id"]]] = cell_value(row[f["id"]])
                id_value = (id_text(row[f["id"]]) or None) if column_ids else None
            if raw != text:
                meta["raw_text"] = raw
            c = Comment(id="", text=text, department=dept, speaker=signer(values.get("speaker")),
                        location=values.get("location"), proposed_change=values.get("proposed_change"),
                        title=values.get("title"), source=Source(file=name, sheet=sheet, row=rownum),
                        meta=meta)
            self.items.append((c, id_value))

    # -- letters ------------------------------------------------------------------------------
    def read_letter(self, p: Path, name: str) -> None:
        if self.split_letter is None:
            raise TypeError("reading letters needs split_letter=: use consultagg.read_comments")
        tables: list[tuple[int, list]] = []
        if p.suffix.lower() == ".docx":
            parts = []
            for block in (b if isinstance(b, str) else as_one_row(b) or b for b in docx_blocks(p)):  # (a form laid out downwards)
                told = not isinstance(block, str) and attached_facts(parts[-2:])  # (附件 ↵ 某项目清单 over a table: the writer's own)
                if isinstance(block, str):
                    parts.append(block)
                elif (read := [once(r) for r in block]) and parts and LISTS_BELOW.search(parts[-1]):
                    # 建议按下表调整片区边界：— the table is the request's own: its rows said in the same paragraph
                    parts[-1] += "；".join("，".join(c.strip() for c in row if c.strip()) for row in read if any(c.strip() for c in row)) + "。"
                elif find_header_row(read, columns=self.columns) is not None and not told:
                    tables.append((len(tables) + 1, block))  # a comment form: read it as a table, in its grid
                else:  # (the attachment's title a line of its own over its rows)
                    parts[-1:] = [parts[-1].rstrip() + "："] if told else parts[-1:]
                    parts.extend(field_pairs(read) or ["\t".join(row) for row in read])  # 工作单位 | 某大学 | …
            text = "\n".join(parts)
        elif p.suffix.lower() == ".eml":
            text = eml_text(p, name)  # a saved e-mail: its headers as a mail client shows them, then its body
        else:
            text, enc = decode_text(p.read_bytes(), name, self.encoding)
            if enc not in ("UTF-8", "UTF-8（带 BOM）"):
                self.report.notes.append(f"{name}：编码 {enc}")
        if not text.strip() and not tables:  # (its unit replied with nothing we can read: never silent, never 无意见)
            why = "文件为空（没有任何文字），请核对是否附错了文件"
            raise UnreadableFileError(f"{name}：{why}。 {name} is empty.", why)
        letter = self.split_letter(text, file=name, unit=self.department,
                              kind=self.kind if self.kind in ("letter", "minutes") else None)
        unit = getattr(letter, "unit", None) or self.department
        opinions = list(getattr(letter, "opinions", ()) or ())
        # (also a forwarder's 我局对规划无其他意见: it replied, with no opinion of its own)
        # (其他章节无意见 beside a comment form or the draft's comments: the form holds its opinions)
        for none in ([unit or p.stem] if getattr(letter, "no_opinion", False) and not tables else []) + list(getattr(letter, "also_no_opinion", ())):
            self.report.no_opinion_units.append(none)
            self.report.notes.append(f"{name}：{none} 无意见")
        if not opinions and not tables and not getattr(letter, "no_opinion", False):  # (named, not only counted)
            self.report.empty_rows.append(f"{name}（未识别出意见）")  # (an empty file was listed as not read above)
            self.report.notes.append(f"{name}：未识别出意见，未计入（各段未作为意见的原因见读取说明）")
        kind = getattr(letter, "kind", None)
        if opinions:
            self.report.notes.append(f"{name}：{'会议纪要' if kind == 'minutes' else '来函'}，{len(opinions)}条意见"
                                     + (f"，单位 {unit}" if unit else ""))
        for c in opinions:
            src = c.source if c.source.file else replace(c.source, file=name)
            meta = dict(c.meta)
            if kind and "kind" not in meta:
                meta["kind"] = kind
            c = replace(c, department=c.department or unit, source=src, meta=meta)
            # Letter ids are rebuilt from unit and text so repeats are counted across the whole call.
            self.items.append((replace(c, id=""), None))
        for k, rows in tables:
            # A form's 序号 restarts in every letter: ids come from unit and text instead.
            self.read_table(rows, name, f"表{k}", department=unit, where=f"{name}（表{k}）", column_ids=False)

    # -- ids ----------------------------------------------------------------------------------
    def finish(self) -> CommentList:
        out = self.report
        if self.trackers and not (self.items or out.empty_rows or out.no_opinion_units):
            names = "、".join(name for name, _ in self.trackers)
            raise ConsultaggInputError(f"{names}：{self.trackers[0][1]}；输入中没有其他意见。 {names}: a tracker written by "
                                       "consultagg is not read as comments; give the previous round's tracker as the first "
                                       "argument of consultagg merge, and the new letters after it.")
        # (where in the draft a row applies is part of what it asks: 建议删除。 twice, about two clauses)
        ids, renamed = assign_ids([(c.department or "", c.text + _place_of(c), given) for c, given in self.items], self.content_key)
        out.extend(c if c.id == new else replace(c, id=new) for (c, _), new in zip(self.items, ids))
        if renamed:
            shown = sorted(set(renamed))
            out.notes.append(f"编号重复{len(renamed)}处（{'、'.join(shown[:20])}{'……' if len(shown) > 20 else ''}），"
                             "这些意见的意见编号按单位和内容生成")
        return out


_RUNNING_NUMBER = re.compile(r"\d{1,9}")
_INSTRUCTIONS = re.compile(r"(?:填表|填报|使用|填写)?(?:说明|须知|注意事项)")  # a sheet telling how to fill in the form
_ENGLISH_NO_TEXT = ("No column with the comment text was found; name it with columns={'text': '<header>'}.")


def _place_of(c: Comment) -> str:
    """What a row says of where in the draft it applies (its 章节 and 原文), for its id; empty for most letters."""
    return "".join(f"\x1f{x}" for x in (c.location, c.meta.get("original_text")) if str(x or "").strip())


def _as_read(text: str) -> str:
    return text


def _place(name: str, sheet: str | None) -> str:
    if not sheet:
        return name
    return f"{name}（{sheet}）" if name.lower().endswith(".docx") else f"{name}（工作表 {sheet}）"
