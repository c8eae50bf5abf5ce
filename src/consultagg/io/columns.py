"""Which column of a spreadsheet holds what: header synonyms and their matching rules.

The synonyms live in one table (:data:`HEADER_SYNONYMS`) so a new export format usually needs one
more word, not more code. Matching is case-, space- and width-insensitive and tries, in order:

1. the whole header equals a synonym (``意见编号`` → ``id``);
2. the header *ends* with a synonym (``具体修改意见`` → ``text``, ``意见所在章节`` → ``location``):
   Chinese compounds put their head noun last, so ``意见编号`` is a number, not an opinion;
3. the header contains a synonym of at least three characters (``意见内容及理由`` → ``text``).

Steps 2 and 3 are skipped for headers naming decisions, dates, categories or contacts
(``处理意见``, ``答复意见``, ``单位类别``, ``联系人电话`` …): those columns go to ``Comment.meta``.

Examples
--------
>>> from consultagg.io.columns import map_columns, match_header
>>> map_columns(["序号", "提出单位", "章节条款", "修改意见", "修改建议", "处理意见"])
{'text': '修改意见', 'department': '提出单位', 'location': '章节条款', 'proposed_change': '修改建议', 'id': '序号'}
>>> match_header("意见编号")
('id', 3)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field as dc_field

from consultagg.io.cells import cell_filled, cell_text, decode_ooxml_escapes

__all__ = [
    "FIELDS",
    "form_role",
    "HEADER_SYNONYMS",
    "ColumnMap",
    "find_header_row",
    "map_columns",
    "match_header",
    "normalize_header",
    "resolve_columns",
]

#: Comment fields a column can feed, in the order they are reported.
FIELDS = ("text", "department", "speaker", "location", "proposed_change", "title", "id")

#: ``(field, tier, synonyms)``. A lower tier wins when several columns claim the same field
#: (``意见内容`` beats a generic ``内容``). Synonyms are compared after :func:`normalize_header`.
HEADER_SYNONYMS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("text", 0, ("意见内容", "意见建议", "具体意见", "修改意见", "反馈意见", "意见及建议", "意见和建议",
                 "意见或建议", "意见", "建议", "具体建议", "建议内容", "留言内容", "评论内容",
                 "comment", "comments", "opinion", "opinions", "feedback")),
    ("text", 1, ("内容", "留言详情", "详情", "正文", "留言", "问题描述", "诉求内容", "内容摘要", "来信内容", "来电内容",
                 "反映内容", "主要内容", "text", "body",
                 "message", "content", "description")),
    ("department", 0, ("提出单位", "单位", "单位名称", "反馈单位", "部门", "来文单位", "提出部门",
                       "意见提出单位", "反馈部门", "部门名称", "机构", "机构名称", "来文机关",
                       "department", "unit", "organization", "organisation", "organizationname",
                       "organisationname", "unitname", "departmentname", "agency", "mbnc", "mb")),
    ("speaker", 0, ("留言用户", "留言人", "姓名", "提出人", "发言人", "反馈人", "提交人", "用户", "网友",
                    "用户名", "用户id", "用户编号", "联系人", "作者", "委员", "代表",
                    "name", "speaker", "author", "submitter", "username", "userid", "commenter")),
    ("location", 0, ("章节", "条款", "章节条款", "章条编号", "章条", "位置", "涉及章节", "所在章节",
                     "页码", "行号", "页码行号", "原文位置", "条目", "条文", "条文编号", "涉及条款",
                     "section", "clause", "location", "linenumber", "pagenumber", "line", "page", "clausesubclause",
                     "reference")),
    ("proposed_change", 0, ("修改建议", "建议修改为", "建议修改内容", "修改后内容", "建议改为", "建议条文",
                            "修改方案", "修改后表述", "建议表述", "proposedchange", "proposedchanges",
                            "suggestion", "suggestions", "suggestedchange")),
    ("title", 0, ("主题", "标题", "留言主题", "意见主题", "事项", "title", "subject", "topic")),
    ("id", 0, ("编号", "序号", "意见编号", "留言编号", "id", "no", "#", "commentid", "number", "seq")),
)

#: Headers containing one of these words are mapped only by an exact synonym match: they name a
#: decision, a date, a category or a contact, not the opinion itself.
BLOCK_WORDS: tuple[str, ...] = (
    "处理", "答复", "回复", "采纳", "理由", "办理", "承办", "责任", "牵头", "负责", "主办", "类别", "类型",
    "性质", "时间", "日期", "电话", "手机", "邮箱", "地址", "结果", "状态", "文件", "附件", "点赞", "反对",
    "type", "date", "time", "status", "observation", "response", "reply", "disposition",
    "resolution", "phone", "email", "mail", "file", "secretariat", "responsible", "owner", "assign", "原文",
    "条数", "件数", "个数", "数量", "count",  # 反馈意见条数: how many, in a summary sheet
)

#: Synonyms too short or too common to be trusted inside a longer header.
EXACT_ONLY: tuple[str, ...] = ("no", "#", "number", "line", "page", "mb", "seq")

# Headers longer than this (after normalisation) are data or titles, never a column header.
_MAX_HEADER_LEN = 30
_PARENS = re.compile(r"[（(【\[{〔][^）)】\]}〕]*[）)】\]}〕]")
_NON_WORD = re.compile(r"[\W_]+")
_COORD = re.compile(r"[/、&,，;；|]|以及|及|和|与|或|\s+(?:and|or)\s+")
# pandas renames a repeated header: 意见内容, 意见内容.1, 意见内容.2
_PANDAS_REPEAT = re.compile(r"^(.*\D.*)\.(\d{1,2})$")
# Traditional (Big5 files) and Japanese forms of the characters in the synonyms and block words,
# so 提出單位 / 意見內容 / 提出単位 are the headers they are.
_HEADER_VARIANTS = str.maketrans(
    "見內議體饋論評詳問題訴單単門來機構關發発網聯絡員節條頁碼號編標項處処復納採辦責頭負類別時間電話郵結態讚贊對規稱戶討狀檔備註說",
    "见内议体馈论评详问题诉单单门来机构关发发网联络员节条页码号编标项处处复纳采办责头负类别时间电话邮结态赞赞对规称户讨状档备注说")
_SENTENCE_MARK = re.compile(r"[。；！？]|[!?]\s*$")
#: Fields whose same-named columns are read as one text, in column order.
JOINED_FIELDS = ("text", "proposed_change")
_FIELD_LABELS = {"text": "意见内容", "department": "提出单位", "speaker": "提出人", "location": "章节条款",
                 "proposed_change": "修改建议", "title": "标题", "id": "编号"}


def normalize_header(header: object) -> str:
    """A header reduced to its comparable core: NFKC, lower case, no spaces or punctuation.

    Parenthetical remarks are removed (``意见内容（必填）`` → ``意见内容``) unless nothing else is
    left; traditional and Japanese forms of header characters are read as simplified
    (``意見內容`` → ``意见内容``).

    >>> normalize_header(" *意见 内容（必填）：")
    '意见内容'
    >>> normalize_header("Proposed Change")
    'proposedchange'
    """
    if header is None:
        return ""
    s = unicodedata.normalize("NFKC", decode_ooxml_escapes(str(header))).lower().strip().translate(_HEADER_VARIANTS)
    if s in ("#", "no.", "no"):
        return "#" if s == "#" else "no"
    stripped = _PARENS.sub("", s)
    core = _NON_WORD.sub("", stripped)
    return core or _NON_WORD.sub("", s)


def _synonym_table():
    """Normalised synonyms as ``(synonym, field, tier, order)``, built on demand (no global state)."""
    out = []
    order = 0
    for fld, tier, words in HEADER_SYNONYMS:
        for w in words:
            out.append((normalize_header(w) if w != "#" else "#", fld, tier, order))
            order += 1
    return out


def match_header(header: object, _table=None) -> tuple[str, int] | None:
    """The Comment field a header names, with the strength of the match.

    Returns
    -------
    (field, strength) or None
        ``strength`` is 3 for an exact synonym, 2 for a synonym ending the header, 1 for a
        synonym of three or more characters inside it.

    >>> match_header("留言详情")
    ('text', 3)
    >>> match_header("具体修改意见")
    ('text', 2)
    >>> match_header("修改意见及理由")
    ('text', 3)
    >>> match_header("处理意见") is None
    True
    """
    table = _table if _table is not None else _synonym_table()
    key = normalize_header(header)
    if not key or len(key) > _MAX_HEADER_LEN:
        return None
    for syn, fld, _tier, _order in table:
        if key == syn:
            return fld, 3
    if header is not None:
        # Coordinated headers ("修改意见及理由", "Comments and suggestions"): the first part that
        # names a field decides, before any partial match on the whole.
        s = _PARENS.sub("", unicodedata.normalize("NFKC", str(header)).lower())
        parts = [normalize_header(p) for p in _COORD.split(s)]
        if len(parts) > 1:
            for part in parts:
                found = _match_key(part, table) if part else None
                if found:
                    return found
    found = _match_key(key, table)
    return found


# A cell that answers rather than names a column: 无修改意见, 暂无意见, 原则同意 (under a 修改意见 header).
_A_VALUE = re.compile(r"^(?:无|没有|暂无|暂不|并无|原则同意|同意|完全同意)")


# A column quoting the draft (征求意见稿内容, 草案表述, 规划文本内容): the wording commented on, never the opinion.
_DRAFT_TEXT = re.compile(r"(?:征求意见稿|意见稿|草案|送审稿|规划|方案|条例|办法|文本|原稿)(?:的)?(?:原文|内容|表述|条文|文字|原句)$")


def _match_key(key: str, table) -> tuple[str, int] | None:
    for syn, fld, _tier, _order in table:
        if key == syn:
            return fld, 3
    if any(w in key for w in BLOCK_WORDS) or _A_VALUE.match(key) or _DRAFT_TEXT.search(key):
        return None
    best = None
    for syn, fld, _tier, order in table:
        if len(syn) < 2 or syn in EXACT_ONLY:
            continue
        if key.endswith(syn):
            cand = (2, len(syn), -order, fld)
        elif len(syn) >= 3 and syn in key:
            cand = (1, len(syn), -order, fld)
        else:
            continue
        if best is None or cand > best:
            best = cand
    return (best[3], best[0]) if best else None


def _tier(header: object, fld: str, table) -> int:
    key = normalize_header(header)
    tiers = [t for syn, f, t, _o in table if f == fld and (key == syn or key.endswith(syn) or syn in key)]
    return min(tiers) if tiers else 9


@dataclass
class ColumnMap:
    """Where each Comment field comes from in one table.

    Attributes
    ----------
    fields : dict
        Comment field name -> column index.
    headers : list of str
        Display header per column (empty headers become ``列C``; repeats get `` (2)``).
    candidates : dict
        Comment field -> indices of other columns that also looked like it (they go to meta).
    keys : list of str
        Normalised header per column (a repeat pandas renamed ``意见内容.1`` has its original's key).
    joined : dict
        Comment field -> further columns with the same header, read after the first (see
        :meth:`text`).
    duplicates : list of list of int
        Groups of columns sharing one header, for the report.

    Examples
    --------
    >>> cmap = resolve_columns(["提出单位", "意见内容", "意见内容"])
    >>> cmap.fields["text"], cmap.joined
    (1, {'text': [2]})
    >>> cmap.text(["水利厅", "建议强化约束。", "并细化指标。"], "text")
    '建议强化约束。\\n并细化指标。'
    >>> cmap.repeats_header(["提出单位", "意见内容", None])
    True
    """

    fields: dict[str, int] = dc_field(default_factory=dict)
    headers: list[str] = dc_field(default_factory=list)
    candidates: dict[str, list[int]] = dc_field(default_factory=dict)
    keys: list[str] = dc_field(default_factory=list)
    joined: dict[str, list[int]] = dc_field(default_factory=dict)
    duplicates: list[list[int]] = dc_field(default_factory=list)

    @property
    def meta_columns(self) -> list[int]:
        used = set(self.fields.values()).union(*self.joined.values())
        return [i for i in range(len(self.headers)) if i not in used]

    def describe(self) -> str:
        """Mapping as a short Chinese phrase for notes: ``意见内容←留言详情，标题←留言主题``."""
        return "，".join(f"{_FIELD_LABELS[f]}←" + "+".join(self.headers[j] for j in [i, *self.joined.get(f, ())])
                        for f, i in self.fields.items())

    def text(self, row: Sequence[object], fld: str) -> str:
        """A field's text in ``row``: same-named columns joined by a line break, repeats once.

        A cell that only repeats an earlier one adds nothing, so nothing is lost by leaving it out.
        """
        cols = [self.fields[fld], *self.joined.get(fld, ())]
        if len(cols) == 1:
            return cell_text(row[cols[0]])
        parts: list[str] = []
        for j in cols:
            s = cell_text(row[j])
            if s.strip() and s.strip() not in (p.strip() for p in parts):
                parts.append(s)
        return "\n".join(parts)

    def repeats_header(self, row: Sequence[object]) -> bool:
        """Whether ``row`` repeats the header (exports concatenated from several pages).

        True when every filled cell equals its column's header after :func:`normalize_header`,
        or when the text cell and at least one other cell do.
        """
        filled = [j for j, v in enumerate(row) if cell_filled(v)]
        same = {j for j in filled if self._is_header(j, row[j])}
        if not filled or len(same) == len(filled):
            return bool(filled)
        text_cols = {self.fields["text"], *self.joined.get("text", ())} if "text" in self.fields else set()
        return bool(same & text_cols) and len(same) >= 2

    def _is_header(self, j: int, value: object) -> bool:
        if j >= len(self.keys) or not self.keys[j]:
            return False
        s = cell_text(value)
        # Opinions are long and headers short: skip normalising what cannot be the header.
        return len(s) <= 2 * len(self.headers[j]) + 10 and normalize_header(s) == self.keys[j]

    def duplicate_notes(self) -> list[str]:
        """One Chinese sentence per header that names several columns, saying where each went."""
        notes = []
        for group in self.duplicates:
            letters = "、".join(f"{column_letter(j)}列" for j in group)
            head = f"表头“{self.headers[group[0]]}”出现{len(group)}次（{letters}）"
            fld = next((f for f, i in self.fields.items() if i in group), None)
            rest = [j for j in group if j != self.fields.get(fld)]
            if fld and self.joined.get(fld):
                notes.append(f"{head}，各列内容均已保留：按列的顺序并入{_FIELD_LABELS[fld]}"
                             "（几列都有内容且不同时以换行分隔，内容相同时只保留一次）")
            elif fld:
                notes.append(f"{head}：{column_letter(self.fields[fld])}列作为{_FIELD_LABELS[fld]}，"
                             + "、".join(f"{column_letter(j)}列" for j in rest) + "放入 meta（"
                             + "、".join(f"“{self.headers[j]}”" for j in rest) + "）")
            else:
                notes.append(f"{head}，均放入 meta（" + "、".join(f"“{self.headers[j]}”" for j in group) + "）")
        return notes


def header_keys(raw_headers: Sequence[object]) -> list[str]:
    """:func:`normalize_header` per column; a repeat pandas renamed (``意见内容.1``) gets its original's key.

    >>> header_keys(["意见内容", "意见内容.1", "4.1"])
    ['意见内容', '意见内容', '41']
    """
    keys = [normalize_header(h) for h in raw_headers]
    names = ["" if h is None else str(h).strip() for h in raw_headers]
    for i, name in enumerate(names):
        m = _PANDAS_REPEAT.match(name)
        if m and m.group(1) in names[:i]:
            keys[i] = keys[names.index(m.group(1))]
    return keys


def _group_duplicates(cmap: ColumnMap, forced: Mapping[str, int | None]) -> None:
    """Find columns sharing a header; join them for free-text fields the caller did not force."""
    groups: dict[str, list[int]] = {}
    for i, key in enumerate(cmap.keys):
        if key:
            groups.setdefault(key, []).append(i)
    cmap.duplicates = [g for g in groups.values() if len(g) > 1]
    for group in cmap.duplicates:
        for fld, i in list(cmap.fields.items()):
            if i not in group:
                continue
            others = [j for j in cmap.candidates.get(fld, []) if j not in group]
            cmap.candidates.pop(fld, None)
            if others:
                cmap.candidates[fld] = others  # the duplicate note covers the group's own columns
            if fld in JOINED_FIELDS and fld not in forced:
                free = [j for j in group if j == i or j not in cmap.fields.values()]
                if len(free) > 1:
                    cmap.fields[fld], cmap.joined[fld] = free[0], free[1:]


def column_letter(index: int) -> str:
    """Excel column letter for a 0-based index (0 -> ``A``, 26 -> ``AA``)."""
    s = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def display_headers(raw: Sequence[object]) -> list[str]:
    """Headers as shown to people and used as meta keys: stripped, never empty, never repeated."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, h in enumerate(raw):
        name = "" if h is None else decode_ooxml_escapes(str(h)).strip()
        if not name:
            name = f"列{column_letter(i)}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def _avg_len(values: Sequence[object]) -> float:
    lens = [len(str(v).strip()) for v in values if v is not None and str(v).strip()]
    return sum(lens) / len(lens) if lens else 0.0


def resolve_columns(raw_headers: Sequence[object], *, columns: Mapping[str, str | None] | None = None,
                    sample_rows: Sequence[Sequence[object]] = ()) -> ColumnMap:
    """Map a header row to Comment fields; ``columns`` overrides the guesses.

    Parameters
    ----------
    raw_headers : sequence
        The header cells as read.
    columns : mapping, optional
        ``{field: header}`` to force a mapping, or ``{field: None}`` to leave a field unmapped.
    sample_rows : sequence of sequences
        Data rows used to break ties between several text columns (the longer texts win).

    Raises
    ------
    KeyError
        ``columns`` names a header that is not there (message lists the headers) or an unknown field.
    """
    headers = display_headers(raw_headers)
    table = _synonym_table()
    cmap = ColumnMap(headers=headers, keys=header_keys(raw_headers))
    forced: dict[str, int | None] = {}
    for fld, name in (columns or {}).items():
        if fld not in FIELDS:
            raise KeyError(f"unknown field {fld!r} in columns=; expected one of: {', '.join(FIELDS)}")
        if name is None:
            forced[fld] = None
            continue
        idx = _find_named(str(name), raw_headers, headers)
        if idx is None:
            raise KeyError(f"列“{name}”不存在；找到的表头：{', '.join(headers)}。"
                           f" Column {name!r} not found; headers: {', '.join(headers)}")
        forced[fld] = idx
    taken = {i for i in forced.values() if i is not None}

    claims: dict[str, list[tuple[int, int]]] = {}
    for i, h in enumerate(raw_headers):
        if i in taken:
            continue
        m = match_header(h, table)
        if m:
            claims.setdefault(m[0], []).append((i, m[1]))
    for fld in FIELDS:
        if fld in forced:
            if forced[fld] is not None:
                cmap.fields[fld] = forced[fld]
            continue
        cands = claims.get(fld, [])
        if not cands:
            continue

        def rank(c, fld=fld):
            i, strength = c
            length = _avg_len([r[i] if i < len(r) else None for r in sample_rows]) if fld == "text" else 0.0
            return (-strength, _tier(raw_headers[i], fld, table), -length, i)

        cands = sorted(cands, key=rank)
        cmap.fields[fld] = cands[0][0]
        if len(cands) > 1:
            cmap.candidates[fld] = [c[0] for c in cands[1:]]
    if "text" not in cmap.fields and "text" not in forced and "proposed_change" in cmap.fields \
            and "proposed_change" not in forced:
        # a feedback form whose opinion column is 修改建议 (序号 | 章节 | 原文 | 修改建议 | 理由)
        cmap.fields["text"] = cmap.fields.pop("proposed_change")
    _group_duplicates(cmap, forced)
    return cmap


def _find_named(name: str, raw_headers: Sequence[object], headers: Sequence[str]) -> int | None:
    for i, h in enumerate(headers):
        if h == name or (raw_headers[i] is not None and str(raw_headers[i]) == name):
            return i
    key = normalize_header(name)
    for i, h in enumerate(raw_headers):
        if key and normalize_header(h) == key:
            return i
    return None


def map_columns(headers: Sequence[object], *, columns: Mapping[str, str | None] | None = None,
                sample_rows: Sequence[Sequence[object]] = ()) -> dict[str, str]:
    """Guess which header feeds which Comment field.

    Parameters
    ----------
    headers : sequence of str
        A header row.
    columns : mapping, optional
        Overrides, ``{"text": "留言详情"}``.
    sample_rows : sequence of sequences, optional
        Data rows, to choose among several text-like columns by average length.

    Returns
    -------
    dict
        ``{field: header}`` in the order of :data:`FIELDS`; unmapped headers are absent (they go
        to ``Comment.meta``).

    Examples
    --------
    >>> map_columns(["留言编号", "留言用户", "留言主题", "留言时间", "留言详情"])
    {'text': '留言详情', 'speaker': '留言用户', 'title': '留言主题', 'id': '留言编号'}
    """
    cmap = resolve_columns(headers, columns=columns, sample_rows=sample_rows)
    return {f: cmap.headers[i] for f, i in cmap.fields.items()}


def find_header_row(rows: Sequence[Sequence[object]], *, columns: Mapping[str, str | None] | None = None,
                    max_scan: int = 10) -> int | None:
    """Index of the header row among the first ``max_scan`` rows, or None.

    The header is the row naming the most Comment fields (exact names count before partial ones)
    and naming a text column (or, with ``columns``, containing every overridden header). Title
    rows above it — a merged ``XX规划征求意见汇总表`` cell — are skipped.
    """
    table = _synonym_table()
    wanted = [str(v) for v in (columns or {}).values() if v is not None]
    best = None
    for idx, row in enumerate(rows[:max_scan]):
        cells = [c for c in row if c is not None and str(c).strip()]
        if not cells:
            continue
        if wanted:
            headers = display_headers(row)
            if all(_find_named(w, row, headers) is not None for w in wanted):
                if "text" in (columns or {}) or _row_has_text(row, table):
                    return idx
            continue
        # A cell ending a sentence is an opinion, not a header (建议补充……的内容。 ends with 内容).
        matches = [match_header(c, table) if isinstance(c, str) and not _SENTENCE_MARK.search(c) else None
                   for c in row]
        fields = {m[0] for m in matches if m}
        if "text" not in fields and not ("proposed_change" in fields and len(fields) >= 2):
            continue  # (a form whose only opinion column is 修改建议 has its header too)
        score = (len(fields), sum(1 for m in matches if m and m[1] == 3))
        if best is None or score > best[0]:
            best = (score, idx)
    return best[1] if best else None


def _row_has_text(row: Sequence[object], table) -> bool:
    return any(isinstance(c, str) and (m := match_header(c, table)) and m[0] == "text" for c in row)


def first_header_like_row(rows: Sequence[Sequence[object]], max_scan: int = 10) -> int | None:
    """The row an error message should show as "the headers found": the first row with two or
    more short cells, else the first non-empty row."""
    first = None
    for idx, row in enumerate(rows[:max_scan]):
        cells = [c for c in row if c is not None and str(c).strip()]
        if not cells:
            continue
        if first is None:
            first = idx
        if len({str(c).strip() for c in cells}) >= 2 and all(len(str(c)) <= 40 for c in cells):  # (a merged title: one value)
            return idx
    return first


# A feedback form's columns besides the opinion: the draft's wording quoted (原文内容) and the
# unit's reason (修改理由); an office's own 处理说明（理由） or 答复理由 is neither.
_FORM_ORIGINAL = re.compile(r"原文|原稿|现行表述|原表述|规划表述")
_FORM_REASON = re.compile(r"理由|依据|原因")
_OFFICE_OWN = re.compile(r"处理|答复|采纳|办理|回复")


def form_role(header: str | None) -> str | None:
    """``"original_text"`` or ``"reason"`` for a feedback form's 原文 / 理由 column, else None.

    >>> form_role("原文内容"), form_role("修改理由"), form_role("处理说明（理由）"), form_role("联系人")
    ('original_text', 'reason', None, None)
    """
    h = re.sub(r"\s+", "", str(header or ""))
    if not h or _OFFICE_OWN.search(h):
        return None
    if _FORM_ORIGINAL.search(h):
        return "original_text"
    return "reason" if _FORM_REASON.search(h) else None
