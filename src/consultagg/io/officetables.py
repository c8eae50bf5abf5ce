"""Tables as drafting offices keep them: the habits the reader must undo before mapping rows.

- A 提出单位 cell merged over all the opinions of one unit (:func:`fill_merged_down`): the rows
  under it are empty in the file and belong to the same unit.
- One sheet per unit, named after it, without a unit column (:func:`sheet_unit`), often beside a
  汇总 sheet holding the same rows again (:func:`is_summary_sheet`, :func:`summary_repeats`).
- A text column whose header names no opinion (``情况说明``, or no header at all):
  :func:`guess_text_column` takes the column holding sentence-like Chinese text.
- Lists numbered by hand (``1. 自治区发展改革委``, ``（2）自治区水利厅``): :func:`strip_list_number`.

Each function only finds; the reader says in its notes what was done.

Examples
--------
>>> from consultagg.io.officetables import sheet_unit, strip_list_number
>>> sheet_unit("自治区水利厅"), sheet_unit("Sheet1"), sheet_unit("汇总")
('自治区水利厅', None, None)
>>> strip_list_number("（2）自治区水利厅"), strip_list_number("12345热线")
('自治区水利厅', '12345热线')
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Sequence

from consultagg.io.cells import cell_filled, cell_text, once
from consultagg.io.columns import BLOCK_WORDS, first_header_like_row, normalize_header

__all__ = ["as_one_row", "counting_sheet", "field_pairs", "fill_merged_down", "guess_text_column", "header_for_guess", "in_full", "is_summary_sheet", "member_row", "named_sheet_unit",
           "sentence_like", "sheet_unit", "strip_list_number", "summary_repeats", "summary_units", "title_unit"]

_NUMERALS = "0-9０-９一二三四五六七八九十"
# A number an office typed before a list item: 1. 1、 1．（1） (1) 1) ① 一、, or digits and a space.
_LIST_NUMBER = re.compile(rf"^\s*(?:[（(]\s*[{_NUMERALS}]{{1,3}}\s*[）)]|[{_NUMERALS}]{{1,3}}\s*[、.．）)]"
                          rf"|[\u2460-\u2473\u2776-\u277f]|[0-9]{{1,3}}\s+(?=[\u4e00-\u9fff]))\s*")
_SUMMARY = re.compile(r"汇总|总表|合计|总计")
# Generic sheet names; 统计, 数据 are left out (自治区统计局, 大数据管理局 are units).
_GENERIC_SHEET = re.compile(r"^(?:sheet|工作表|表|页|附表|附件|表格)\s*\d*$|汇总|总表|合计|总计|名单|目录|说明|模板|样表|"
                            r"台账|清单|图表", re.I)
_UNIT_END = re.compile(r"(?:厅|局|委|委员会|办|办公室|院|部|处|室|站|中心|政府|公司|集团|大学|学院|学校|研究所|所|队|馆|"
                       r"社|署|盟|市|县|区|旗|镇|乡|街道|协会|学会|联合会|银行|分行|妇联|工会|科协|法院|检察院|人大|政协|"
                       r"常委会|专家|社会公众|公众|网民|企业)$")
_OPINION_SUFFIX = re.compile(r"(?:的)?(?:反馈|修改)?意见(?:建议)?(?:表)?$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_PUNCT = re.compile(r"[，。；！？：,;!?]")


def strip_list_number(text: str) -> str:
    """``text`` without the list number typed before it; names that start with a number keep it.

    >>> [strip_list_number(s) for s in ["1. 自治区发展改革委", "①自治区林草局", "一、自治区科技厅", "1号线项目部"]]
    ['自治区发展改革委', '自治区林草局', '自治区科技厅', '1号线项目部']
    """
    rest = _LIST_NUMBER.sub("", text, count=1)
    return rest if rest.strip() else text


def sheet_unit(title: str) -> str | None:
    """The unit a sheet is named after (``自治区水利厅``, ``2.水利厅意见`` → ``水利厅``), or None for
    generic names (Sheet1, 汇总, 意见, 名单 …) and names that do not end like an organ or a category.
    """
    t = _OPINION_SUFFIX.sub("", strip_list_number(str(title)).strip())
    if not t or _GENERIC_SHEET.search(t) or not re.fullmatch(r"[\u4e00-\u9fff（）()·]{2,40}", t):
        return None
    return t if _UNIT_END.search(t) else None


_UNIT_LINE = re.compile(r"^\s*(?:填报单位|报送单位|提出单位|来文单位|反馈单位|单位名称)\s*(?:[（(][^）)]{0,6}[）)])?\s*[：:]\s*"
                        r"(?P<u>[^\s，,。；;：:（(]{2,40})")


def unit_line(rows) -> str | None:
    """The unit a form names on a line above its table (``填报单位（盖章）：自治区统计局``), or None.

    >>> unit_line([["填报单位（盖章）：自治区统计局　　填报日期：2021年4月1日"], ["序号", "修改建议"]])
    '自治区统计局'
    """
    for row in rows:
        for cell in row:
            m = _UNIT_LINE.match(cell_text(cell)) if cell is not None else None
            if m:
                return m.group("u")
    return None


_TITLE_UNIT = re.compile(r"^\s*(?P<u>[^\s，,。；;：:《》“”]{2,40}?)(?:关于[^，。]{0,60})?(?:的)?(?:反馈意见|修改意见|意见建议|书面意见|意见)"
                         r"(?:反馈表|汇总表|汇总|表)?\s*$")


def title_unit(rows) -> str | None:
    """The unit a sheet's title row names above its table (``沄州市林业局反馈意见``), or None.

    >>> title_unit([["某市林业局反馈意见", None], ["序号", "意见内容"]]), title_unit([["规划征求意见汇总表"]])
    ('某市林业局', None)
    """
    for row in rows:
        cells = [cell_text(c) for c in once(row) if cell_filled(c)]  # (a title merged across the table: once)
        m = _TITLE_UNIT.match(cells[0]) if len(cells) == 1 else None
        if m and _UNIT_END.search(m.group("u")) and not _GENERIC_SHEET.search(m.group("u")):
            return m.group("u")
    return None


def is_summary_sheet(title: str) -> bool:
    """Whether a sheet's name says it sums the others up (汇总, 总表, 合计, 总计)."""
    return bool(_SUMMARY.search(str(title)))


def counting_sheet(title: str, rows) -> bool:
    """Whether a summary sheet only counts the others (诉求类型 | 件数 | 占比): no cell reads like an opinion.

    >>> counting_sheet("汇总", [["诉求类型", "件数"], ["建议", 7], ["合计", 9]])
    True
    """
    return is_summary_sheet(title) and not any(sentence_like(c) for r in rows for c in r)


def sentence_like(value: object) -> bool:
    """Whether a cell reads like an opinion: eight characters or more, mostly Chinese, and with
    sentence punctuation or 25 characters or more (unit names are shorter and unpunctuated; lists
    of terms are not sentences).

    >>> sentence_like("建议增加草原综合植被盖度指标。"), sentence_like("宁夏回族自治区发展和改革委员会")
    (True, False)
    >>> sentence_like("大气、PM2.5、细颗粒物、臭氧、挥发性有机物、散煤、清洁取暖、燃煤、扬尘")
    False
    """
    s = cell_text(value).strip()
    if len(s) < 8 or len(_HAN.findall(s)) * 2 < len(s.replace(" ", "")):
        return False
    # A long unpunctuated cell is a sentence, unless it is a list of terms (大气、臭氧、扬尘、……).
    return bool(_SENTENCE_PUNCT.search(s)) or (len(s) >= 25 and s.count("、") < 3)


def guess_text_column(raw_headers: Sequence[object], rows: Sequence[Sequence[object]],
                      taken: set[int] = frozenset()) -> int | None:
    """The column most of whose filled cells read like opinions, when no header names one.

    Columns already mapped (``taken``) and columns whose header names a decision, a reason, the
    draft's wording or remarks (处理意见, 理由, 原文, 备注 …) are never chosen: their sentences are
    not opinions. At least half of a column's filled cells must be sentence-like; more such
    cells, then longer ones, win.

    >>> guess_text_column(["单位", None], [["水利厅", "建议强化水资源刚性约束，细化指标。"]])
    1
    """
    width = max([len(raw_headers)] + [len(r) for r in rows])
    best = None
    for j in range(width):
        if j in taken:
            continue
        key = normalize_header(raw_headers[j]) if j < len(raw_headers) else ""
        if key and (any(w in key for w in BLOCK_WORDS) or "备注" in key):
            continue
        filled = [cell_text(r[j]).strip() for r in rows if j < len(r) and cell_filled(r[j])]
        if not filled:
            continue
        n = sum(1 for s in filled if sentence_like(s))
        if n == 0 or n * 2 < len(filled):
            continue
        score = (n, sum(map(len, filled)) / len(filled), -j)
        if best is None or score > best[0]:
            best = (score, j)
    return best[1] if best else None


def fill_merged_down(rows: Sequence[Sequence[object]], merged, skip: set[int] = frozenset()):
    """Copy the value of each vertically merged range into the empty cells below it.

    Parameters
    ----------
    rows : sequence of sequences
        Data rows (0-based, as ``merged`` counts them).
    merged : iterable of (first_row, first_col, last_row, last_col)
        Merged ranges; only those spanning several rows are filled, in their first column.
    skip : set of int
        Columns not filled (the opinion text: one opinion written over several rows is one
        opinion, not several).

    Returns
    -------
    rows : list
        The rows, those filled copied into lists.
    filled, kept : list of (first_row, col, last_row)
        Ranges filled, and vertically merged ranges left as they were because of ``skip``.
    """
    rows = list(rows)
    filled, kept = [], []
    for r0, c0, r1, _c1 in sorted(merged):
        if r1 <= r0 or r0 < 0 or r0 >= len(rows):
            continue
        r1 = min(r1, len(rows) - 1)
        value = rows[r0][c0] if c0 < len(rows[r0]) else None
        if not cell_filled(value):
            continue
        if c0 in skip:
            kept.append((r0, c0, r1))
            continue
        for r in range(r0 + 1, r1 + 1):
            row = list(rows[r]) + [None] * (c0 + 1 - len(rows[r]))
            if not cell_filled(row[c0]):
                row[c0] = value
            rows[r] = row
        filled.append((r0, c0, r1))
    return rows, filled, kept


def summary_repeats(parts: Sequence[tuple[str, Sequence[Hashable]]]) -> dict[str, list[int]]:
    """Rows of summary sheets that repeat rows of the other sheets, by position in their sheet.

    Parameters
    ----------
    parts : sequence of (sheet title, keys)
        Each sheet read, with one key per opinion (its text, normalised).

    Returns
    -------
    dict
        Summary sheet title -> positions of its opinions found in the other sheets (each row of
        another sheet answers one repeat only). Empty when there is no summary sheet, or no
        other sheet.

    >>> summary_repeats([("汇总", ["a", "b", "c"]), ("水利厅", ["a", "b"])])
    {'汇总': [0, 1]}
    """
    summaries = [(t, keys) for t, keys in parts if is_summary_sheet(t)]
    others = Counter(k for t, keys in parts if not is_summary_sheet(t) for k in keys)
    if not summaries or not others:
        return {}
    out: dict[str, list[int]] = {}
    for title, keys in summaries:
        left = Counter(others)
        hits = []
        for i, k in enumerate(keys):
            if left[k] > 0:
                left[k] -= 1
                hits.append(i)
        if hits:
            out[title] = hits
    return out


def header_for_guess(rows: list) -> tuple[int | None, list]:
    """``(index of the header row, header cells)`` for a table where no header names the text, when
    a column of sentence-like cells can be taken for it; ``(None, [])`` otherwise. A table whose
    first row already holds opinions has no header: the index is the row above it, the header empty.
    """
    g = first_header_like_row(rows)
    if g is None:
        return None, []
    j = guess_text_column(rows[g], rows[g + 1:g + 201])
    if j is None:
        return None, []
    if j < len(rows[g]) and sentence_like(rows[g][j]):
        return g - 1, [None] * max(len(r) for r in rows[g:g + 200])
    return g, list(rows[g])


def field_pairs(rows: Sequence[Sequence[str]]) -> list[str] | None:
    """A table of labels and values side by side (专家姓名 | 某 | 职称 | 教授 / 工作单位 | 某大学 | …) as
    ``label：value`` lines, or None when it is not one.

    >>> field_pairs([["专家姓名", "符某", "职称/职务", "教授"], ["工作单位", "某大学法学院", "联系电话", "139"]])
    ['专家姓名：符某', '职称/职务：教授', '工作单位：某大学法学院', '联系电话：139']
    """
    lines: list[str] = []
    for row in rows:
        cells = [str(c).strip() for c in row]
        while cells and not cells[-1]:
            cells.pop()
        if not cells or len(cells) % 2:
            return None
        for label, value in zip(cells[::2], cells[1::2]):
            if not label or len(label) > 8 or re.search(r"[。，,；;！？]", label) or len(value) > 60:
                return None
            lines.append(f"{label}：{value}")
    return lines or None


# (the opinion column's own names among io.columns.HEADER_SYNONYMS, narrowed to these)
_OPINION_LABEL = re.compile(r"^(?:修改|具体|反馈)?(?:意见|建议)(?:内容|建议)?$")


def as_one_row(rows: Sequence[Sequence[str]]) -> list[list[str]] | None:
    """A form laid out downwards, one label and its value a row (涉及条款 | 第三部分 / 修改意见 | 建议… /
    理由说明 | …), as a header row and one row of values; None when it is not one.

    >>> as_one_row([["涉及条款", "第三部分"], ["修改意见", "建议增加海绵城市建设要求。"], ["理由说明", "与示范要求相衔接。"]])
    [['涉及条款', '修改意见', '理由说明'], ['第三部分', '建议增加海绵城市建设要求。', '与示范要求相衔接。']]
    """
    cells = [[str(c).strip() for c in once(row) if str(c).strip()] for row in rows]
    if len(cells) < 2 or any(len(r) != 2 or len(r[0]) > 8 for r in cells) \
            or not any(_OPINION_LABEL.match(r[0]) for r in cells):
        return None
    return [[r[0] for r in cells], [r[1] for r in cells]]


# The column of a summary sheet that lists the units (序号 | 单位 | 意见条数 …).
_UNIT_HEADER = re.compile(r"(?:提出|报送|填报|反馈)?单位(?:名称)?")
_OWN_LEVEL = re.compile(r"(?:[市县区省州盟旗]|自治区)?本级")


def summary_units(sheets) -> tuple[list[str], str | None]:
    """The units a workbook's summary sheet (汇总) lists in its 单位 column, and the unit its
    填报单位 line names: what per-unit sheets named short (岵东县, 市本级) stand for."""
    names: list[str] = []
    own = None
    for sh in sheets:
        if not is_summary_sheet(sh.title):
            continue
        own = own or unit_line(sh.rows[:6])
        col = None
        for row in sh.rows:
            cells = [cell_text(c).strip() if cell_filled(c) else "" for c in row]
            if col is None:
                col = next((k for k, c in enumerate(cells) if _UNIT_HEADER.fullmatch(c)), None)
            elif col < len(cells) and _UNIT_END.search(name := re.sub(r"[（(][^（）()]*[）)]", "", cells[col])):
                names.append(name)
    return names, own


# A place's name alone (岵东县, 某市某区), and the column of a public message's poster.
_PLACE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,12}(?:省|市|县|区|旗|州|盟|镇|乡)")
_POSTER = re.compile(r"(?:留言|来电|提交|投诉|反映|来信)人(?:姓名|昵称)?|网友|昵称|用户名")


def named_sheet_unit(title: str, names: Sequence[str], own: str | None, rows=()) -> str | None:
    """The unit a sheet stands for: :func:`sheet_unit`, completed from the summary's list
    (岵东县 → 岵东县林业局) or the workbook's own unit for its own sheet (市本级). A sheet named after
    a place whose messages name their poster (留言人 / 来电人 column: the public's messages sorted by
    county) stands for no unit.

    >>> named_sheet_unit("岵东县", ["某市林业局", "岵东县林业局"], "某市林业局"), named_sheet_unit("市本级", [], "某市林业局")
    ('岵东县林业局', '某市林业局')
    >>> named_sheet_unit("岵东县", [], None, [["序号", "留言人", "留言内容"]]) is None
    True
    """
    t = strip_list_number(str(title)).strip()
    if own and _OWN_LEVEL.fullmatch(t):
        return own
    if _PLACE_ONLY.fullmatch(t) and any(_POSTER.fullmatch(cell_text(c).strip()) for r in rows[:8] for c in r if cell_filled(c)):
        return None
    longer = [n for n in names if n != t and n.startswith(t)] if t else []
    return longer[0] if len(longer) == 1 else sheet_unit(title)


# A row across a form naming the unit whose rows follow (会员单位：某酒店有限公司 in an association's table).
# (一、梣岭乡人民政府 across a form two townships fill in: its number and the unit, the rows under it that unit's)
_MEMBER_ROW = re.compile(r"\s*(?:会员单位|成员单位|提出单位|反馈单位|意见单位|单位名称|单位)\s*[：:]\s*(?P<u>[^\s，,。；;：:]{2,40})\s*|"
                         r"\s*[一二三四五六七八九十]{1,2}\s*[、.．]\s*(?P<n>[^\s，,。；;：:、]{2,30}?(?:人民政府|政府|办事处|行政公署|局|厅|委员会|委|办公室|公司|集团|协会|商会|学会))\s*")


def in_full(member: str, line: str | None) -> str:
    """``member`` as the unit line over the form names it in full (梣岭乡人民政府 in 填报单位：某县梣岭乡人民政府（牵头）、…).

    >>> in_full("梣岭乡人民政府", "某县梣岭乡人民政府（牵头）、某县栌沟镇人民政府"), in_full("某镇人民政府", None)
    ('某县梣岭乡人民政府', '某镇人民政府')
    """
    parts = re.split(r"[、，,；;\s]+|[（(][^（）()]*[)）]", line or "")
    return next((p for p in parts if p.endswith(member) and len(p) > len(member)), member)


def member_row(row) -> str | None:
    """The unit a row with one filled cell names for the rows under it, or None.

    >>> member_row(["会员单位：某某温泉大酒店有限公司", None, None]), member_row(["1", "建议…"])
    ('某某温泉大酒店有限公司', None)
    >>> member_row(["二、某镇人民政府", None, None])
    '某镇人民政府'

    """
    filled = [cell_text(c) for c in row if cell_filled(c)]
    if len(set(filled)) == 1 and len(filled) > 1 and len(row) == len(filled):
        filled = filled[:1]  # (a row merged across, each cell read with the merged text)
    m = _MEMBER_ROW.fullmatch(filled[0]) if len(filled) == 1 else None
    return (m.group("u") or m.group("n")) if m else None

