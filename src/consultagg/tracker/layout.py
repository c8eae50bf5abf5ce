"""Column profiles of the revision tracker (意见汇总处理表), written as data.

A profile lists the columns of the main sheet: header, the record key that fills it (a key of
:meth:`consultagg.ConsultationResult.to_records`), a width hint and whether drafting staff edit it.

- ``plan``: the 17 columns a drafting office uses for a plan (CONVENTIONS §1);
- ``gbt``: the standards form 征求意见汇总处理表 (序号, 章条编号, 意见内容, 修改建议, 提出单位, 处理意见, 备注);
- ``iso``: the ISO/IEC template for comments and secretariat observations.

Examples
--------
>>> from consultagg.tracker.layout import get_profile
>>> p = get_profile("gbt")
>>> p.headers
('序号', '章条编号', '意见内容', '修改建议', '提出单位', '处理意见', '备注')
>>> p.column_index("disposition")
6
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, replace
from types import MappingProxyType

#: Record keys of the tracker columns of the `plan` profile, in order (CONVENTIONS.md §1):
#: what :meth:`consultagg.ConsultationResult.to_records` gives the writer for each row.
TRACKER_KEYS = (
    "seq", "comment_id", "department", "department_type", "section", "page_line", "comment_type",
    "original_text", "comment_text", "proposed_change", "topic", "duplicate_of", "disposition",
    "reason", "revision_note", "owner", "remarks",
)

# The workbook's layout: sheet names, rows and the removed-opinions columns (one schema for the
# writer, the reader, the guard and the merge).
FORMAT_VERSION = 1
MAIN_SHEET = "意见汇总处理表"
HEADER_ROW = 3
META_HEADER_ROW = 2
DISPOSITION_NAME = "DispositionList"
LISTS_SHEET, META_SHEET, OVERFLOW_SHEET = "_lists", "_meta", "_overflow"
TOPIC_SHEET = "分主题统计"
CROSS_SHEET = "单位主题交叉表"
#: Files of the input folders that could not be read, with the reason (only when there are any).
UNREAD_SHEET = "未能读取"
#: Opinions of earlier rounds that the current round no longer holds, with their decisions.
REMOVED_SHEET = "已撤回或未再提出"
#: Columns of the removed-opinions sheet (header, record key, width cap).
REMOVED_COLUMNS = (("意见编号", "comment_id", 16), ("提出单位", "department", 22), ("章节条款", "section", 24),
                   ("意见内容", "comment_text", 60), ("修改建议", "proposed_change", 36),
                   ("处理意见", "disposition", 14), ("处理说明（理由）", "reason", 36),
                   ("修改情况", "revision_note", 24), ("承办处室", "owner", 16), ("备注", "remarks", 18),
                   ("最后出现轮次", "last_round", 12), ("说明", "removed_note", 24))

__all__ = [
    "CROSS_SHEET",
    "DISPOSITIONS",
    "DISPOSITION_VALUES",
    "NO_REASON_NEEDED",
    "FORMAT_VERSION",
    "LISTS_SHEET",
    "MAIN_SHEET",
    "MORE_HEADERS",
    "META_SHEET",
    "OVERFLOW_SHEET",
    "PROFILES",
    "REMOVED_COLUMNS",
    "REMOVED_SHEET",
    "SYNONYMS",
    "TOPIC_SHEET",
    "TRACKER_KEYS",
    "TrackerColumn",
    "TrackerProfile",
    "counted_as",
    "get_profile",
    "needs_reason",
    "normalize_disposition",
]

#: The closed list of dispositions (CONVENTIONS §2): value, key, reason required, counted as.
DISPOSITIONS: tuple[tuple[str, str, bool, str], ...] = (
    ("采纳", "adopted", False, "采纳"),
    ("部分采纳", "partially_adopted", True, "部分采纳"),
    ("不采纳", "not_adopted", True, "未采纳"),
    ("已体现", "already_reflected", False, "采纳"),
    ("解释说明", "explained", True, "未采纳"),
    ("另行研究", "deferred", True, "未采纳"),
    ("不属于本规划范畴", "out_of_scope", True, "未采纳"),
    ("合并处理", "merged", True, "随合并目标"),
    ("待定", "pending", True, "未处理"),
)
#: The dropdown values, in order.
DISPOSITION_VALUES: tuple[str, ...] = tuple(d[0] for d in DISPOSITIONS)
#: Dispositions that need no reason in 处理说明（理由）.
NO_REASON_NEEDED: tuple[str, ...] = tuple(d[0] for d in DISPOSITIONS if not d[2])
#: Words accepted on import for each disposition (CONVENTIONS §2), besides the value and its key.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "采纳": ("已采纳", "完全采纳", "已修改", "同意", "接受", "是", "予以采纳", "采用"),
    "部分采纳": ("参考采纳", "吸收采纳", "酌情采纳", "部分吸收", "部分采用"),
    "不采纳": ("未采纳", "不予采纳", "暂不采纳", "否", "不同意"),
    "已体现": ("原文已体现", "已有体现", "已涵盖"),
    "解释说明": ("作出说明", "沟通说明", "说明", "解释"),
    "另行研究": ("下一步研究", "在专项规划中统筹考虑", "专项规划中统筹考虑"),
    "不属于本规划范畴": ("超出规划范围", "不属于本规划范围", "超出本规划范围"),
    "合并处理": ("重复意见", "合并"),
    "待定": ("待研究", "待协调"),
}
_LOOKUP = {v: v for v in DISPOSITION_VALUES}
_LOOKUP.update({d[1]: d[0] for d in DISPOSITIONS})
_LOOKUP.update({s: v for v, syns in SYNONYMS.items() for s in syns})
# Longest first: "部分采纳" must win over "采纳", "不采纳" over "采纳".
_PREFIXES = sorted(_LOOKUP, key=len, reverse=True)
_SEPARATORS = "，,。.；;：:、 \n\r\t（(【[-—/"  # (a reason typed under the value: Alt+Enter)
_SAME_AS = re.compile(r"^(?:同|与)(?:意见编号|编号|第)?\s*[\dA-Za-z][\w-]*\s*(?:条|号)?")
_REASON_LABEL = re.compile(r"^(?:理由|原因|说明)\s*:\s*")  # 不采纳（Alt+Enter）理由：… (after NFKC)
_TRIM = " \t\r\n\u3000。.;；,，!！"


def _clean(text: str) -> str:
    return unicodedata.normalize("NFKC", str(text)).strip(_TRIM)


def normalize_disposition(value) -> tuple[str, str, str | None]:
    """Map what a person typed in 处理意见 to the closed list.

    Returns ``(disposition, rest, suggestion)``: the value of the closed list (or the cleaned
    text when it is not one), text typed after it (a reason written in the same cell, as the
    standards form does), and for unknown text the nearest valid value.

    Examples
    --------
    >>> normalize_disposition(" 已采纳 ")
    ('采纳', '', None)
    >>> normalize_disposition("部分采纳，已在第三章补充。")
    ('部分采纳', '已在第三章补充。', None)
    >>> normalize_disposition("采纳（已在第三章修改）")
    ('采纳', '已在第三章修改', None)
    >>> normalize_disposition("同第12条")
    ('合并处理', '同第12条', None)
    >>> normalize_disposition("部份采纳")
    ('部份采纳', '', '部分采纳')
    >>> normalize_disposition(None)
    ('', '', None)
    """
    if value is None:
        return "", "", None
    raw = unicodedata.normalize("NFKC", str(value)).strip()
    text = _clean(raw)
    if not text:
        return "", "", None
    squeezed = "".join(text.split())
    if squeezed in _LOOKUP:
        return _LOOKUP[squeezed], "", None
    if squeezed.casefold() in _LOOKUP:
        return _LOOKUP[squeezed.casefold()], "", None
    if _SAME_AS.match(squeezed):
        return "合并处理", raw.strip(), None
    for prefix in _PREFIXES:
        if raw.startswith(prefix):
            rest = raw[len(prefix):]
            if rest and rest[0] in _SEPARATORS:
                rest = rest.strip()
                if rest[:1] in "（(【[" and rest[-1:] in "）)】]":
                    rest = rest[1:-1]
                rest = _REASON_LABEL.sub("", rest.lstrip(_SEPARATORS).strip())
                return _LOOKUP[prefix], rest, None
    close = difflib.get_close_matches(squeezed, list(_LOOKUP), n=1, cutoff=0.4)
    return text, "", (_LOOKUP[close[0]] if close else "待定")


def needs_reason(disposition: str) -> bool:
    """Whether 处理说明（理由） is required for ``disposition`` (unknown values: yes).

    >>> needs_reason("采纳"), needs_reason("部分采纳")
    (False, True)
    """
    return disposition not in NO_REASON_NEEDED


def counted_as(disposition: str) -> str:
    """The bucket of the 起草说明 count: 采纳 / 部分采纳 / 未采纳, 随合并目标, 未处理, or "" if unknown.

    >>> [counted_as(v) for v in ("已体现", "另行研究", "合并处理", "待定", "再议")]
    ['采纳', '未采纳', '随合并目标', '未处理', '']
    """
    for value, _key, _reason, counted in DISPOSITIONS:
        if value == disposition:
            return counted
    return ""


@dataclass(frozen=True)
class TrackerColumn:
    """One column of the main sheet.

    Attributes
    ----------
    header : str
        Text of the header cell.
    key : str
        Record key (see :meth:`~consultagg.ConsultationResult.to_records`) whose value fills it.
    width : float
        Width hint in Excel units (a CJK character counts 2): the cap for read-only columns, whose
        width follows their content, and the width of editable columns, which start empty.
    editable : bool
        Filled in by staff (decisions); left unlocked when the sheet is protected.
    values : tuple of (str, str)
        Translation of values for this profile (e.g. 实质性 → te in the ISO form).
    """

    header: str
    key: str
    width: float = 20
    editable: bool = False
    values: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class TrackerProfile:
    """A layout of the main sheet.

    Attributes
    ----------
    name : str
    columns : tuple of TrackerColumn
    id_columns : int
        Leading columns kept visible when scrolling right (the freeze is placed after them).
    strict_dispositions : bool
        True: 处理意见 accepts only the closed list. False: the list is offered but free text is
        allowed after a warning, for forms without a separate reason column, where 处理意见 holds
        the decision and its reason together.
    description : str
    """

    name: str
    columns: tuple[TrackerColumn, ...]
    id_columns: int = 0
    strict_dispositions: bool = True
    description: str = ""

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)

    def with_subject(self) -> TrackerProfile:
        """This layout with a 留言主题 column before the opinion's text, for opinions that came with a
        subject line (a message board's 留言主题): the office reads what the writer called their
        message. Unchanged when the layout has no text column or already shows it.

        >>> [c.header for c in PLAN.with_subject().columns][8:10]
        ['留言主题', '意见内容']
        """
        return self._with(TrackerColumn("留言主题", "title", 24), before="comment_text")

    def with_comment_reason(self) -> TrackerProfile:
        """This layout with a 提出理由 column after the proposed change, for opinions that gave their
        reason (a feedback form's 修改理由): the unit's reason, never mixed with the office's own
        处理说明（理由）.

        >>> [c.header for c in PLAN.with_comment_reason().columns][9:11]
        ['修改建议', '提出理由']
        """
        after = "proposed_change" if "proposed_change" in self.keys else "comment_text"
        return self._with(TrackerColumn("提出理由", "comment_reason", 30), after=after)

    def _with(self, column: TrackerColumn, *, before: str | None = None, after: str | None = None) -> TrackerProfile:
        keys = self.keys
        anchor = before or after
        if column.key in keys or anchor not in keys:
            return self
        at = keys.index(anchor) + (1 if after else 0)
        return replace(self, columns=self.columns[:at] + (column,) + self.columns[at:])

    def column_index(self, key: str) -> int | None:
        """1-based index of the column filled from ``key``, or None."""
        for i, c in enumerate(self.columns, 1):
            if c.key == key:
                return i
        return None


_C = TrackerColumn

PLAN = TrackerProfile(
    name="plan",
    columns=(
        _C("序号", "seq", 7),
        _C("意见编号", "comment_id", 16),
        _C("提出单位", "department", 22),
        _C("单位类别", "department_type", 12),
        _C("章节条款", "section", 26),
        _C("页码/行号", "page_line", 12),
        _C("意见类型", "comment_type", 10),
        _C("原文", "original_text", 36),
        _C("意见内容", "comment_text", 60),
        _C("修改建议", "proposed_change", 40),
        _C("主题", "topic", 18),
        _C("重复/合并", "duplicate_of", 30),
        _C("处理意见", "disposition", 14, editable=True),
        _C("处理说明（理由）", "reason", 40, editable=True),
        _C("修改情况", "revision_note", 30, editable=True),
        _C("承办处室", "owner", 16, editable=True),
        _C("备注", "remarks", 18, editable=True),
    ),
    id_columns=2,
    description="规划征求意见汇总处理表（17列）",
)

GBT = TrackerProfile(
    name="gbt",
    columns=(
        _C("序号", "seq", 7),
        _C("章条编号", "section", 22),
        _C("意见内容", "comment_text", 60),
        _C("修改建议", "proposed_change", 40),
        _C("提出单位", "department", 22),
        _C("处理意见", "disposition", 36, editable=True),
        _C("备注", "remarks", 20, editable=True),
    ),
    id_columns=1,
    strict_dispositions=False,
    description="标准征求意见汇总处理表",
)

ISO = TrackerProfile(
    name="iso",
    columns=(
        _C("MB/NC", "department", 18),
        _C("Line number", "page_line", 12),
        _C("Clause/Subclause", "section", 22),
        _C("Paragraph/Figure/Table", "location_raw", 18),
        _C("Type of comment", "comment_type", 10,
           values=(("实质性", "te"), ("一般性", "ge"), ("编辑性", "ed"))),
        _C("Comments", "comment_text", 60),
        _C("Proposed change", "proposed_change", 40),
        _C("Observations of the secretariat", "disposition", 40, editable=True),
    ),
    id_columns=0,
    strict_dispositions=False,
    description="Template for comments and secretariat observations",
)

#: Built-in profiles by name.
PROFILES = MappingProxyType({p.name: p for p in (PLAN, GBT, ISO)})


def get_profile(profile: str | TrackerProfile) -> TrackerProfile:
    """Look up a built-in profile by name, or pass a :class:`TrackerProfile` through.

    Examples
    --------
    >>> get_profile("plan").headers[:3]
    ('序号', '意见编号', '提出单位')
    >>> get_profile("word")
    Traceback (most recent call last):
    ...
    ValueError: unknown tracker profile 'word'; choose one of: gbt, iso, plan
    """
    if isinstance(profile, TrackerProfile):
        if not profile.columns:
            raise ValueError("a tracker profile needs at least one column")
        return profile
    try:
        return PROFILES[profile]
    except (KeyError, TypeError):
        raise ValueError(f"unknown tracker profile {profile!r}; choose one of: "
                         + ", ".join(sorted(PROFILES))) from None


# Headers of hand-made trackers and of other offices' forms, besides those of the profiles.
MORE_HEADERS: dict[str, str] = {
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
