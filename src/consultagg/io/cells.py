"""Cell values as read from a sheet, a CSV or a DataFrame: missing, filled, as text, as meta.

Spreadsheet cells arrive as ``None``, NaN, pandas' ``NA``/``NaT``, numpy scalars, floats that hold
whole numbers (``15325.0``), dates, or strings carrying Excel's ``_xHHHH_`` escapes for control
characters. The functions here read them the way a person sees them in Excel: :func:`cell_text`
for the text of a field, :func:`cell_value` for a JSON-ready value kept in ``Comment.meta``,
:func:`id_text` for an id written by a CSV export.

Examples
--------
>>> from consultagg.io.cells import cell_filled, cell_text, cell_value, id_text
>>> cell_text(15325.0), cell_value(15325.0), id_text("15325.0")
('15325', 15325, '15325')
>>> cell_filled("  "), cell_filled(float("nan")), cell_filled(0)
(False, False, True)
"""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["Spanned", "across_merged", "cell_filled", "cell_text", "cell_value", "count_only", "decode_ooxml_escapes", "id_text", "is_missing", "not_an_opinion", "note_row", "row_set_aside",
           "join_unfinished", "looks_like_id", "mark_spanned", "once", "signer", "spread_across"]

# Excel's escape for characters XML cannot hold (``_x000D_`` is CR); ``_x005F_`` escapes the ``_``.
_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def decode_ooxml_escapes(text: str) -> str:
    r"""Decode the ``_xHHHH_`` escapes Excel writes for control characters in cell text.

    openpyxl returns shared strings as stored, so ``_x000D_`` (a carriage return) reaches the
    reader literally; exports re-saved as csv or jsonl carry it too. ``_x005F_`` is an escaped
    underscore, so ``_x005F_x000D_`` is the literal text ``_x000D_``. Escapes naming a surrogate
    are not characters and stay as written.

    Parameters
    ----------
    text : str
        A cell's text as read.

    Returns
    -------
    str
        The text as Excel shows it.

    Examples
    --------
    >>> decode_ooxml_escapes("各位领导好_x000D_\n我是小区居民")
    '各位领导好\r\n我是小区居民'
    >>> decode_ooxml_escapes("章节_x0009_条款")
    '章节\t条款'
    >>> decode_ooxml_escapes("原文_x005F_x000D_保留")
    '原文_x000D_保留'
    """
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(_decode_escape, text)


def _decode_escape(m: re.Match) -> str:
    code = int(m.group(1), 16)
    return m.group(0) if 0xD800 <= code <= 0xDFFF else chr(code)


def is_missing(v) -> bool:
    if v is None:
        return True
    if type(v).__name__ in ("NAType", "NaTType"):
        return True
    try:
        return bool(v != v)  # NaN
    except (TypeError, ValueError):
        return False


def cell_filled(v) -> bool:
    return not is_missing(v) and (not isinstance(v, str) or bool(v.strip()))


def _python_scalar(v):
    """numpy scalars become Python ones."""
    if hasattr(v, "item") and type(v).__module__ == "numpy":
        return v.item()
    return v


def cell_text(v) -> str:
    """A cell as text, the way a person reads it: 15325.0 -> "15325", dates without 00:00:00."""
    v = _python_scalar(v)
    if is_missing(v):
        return ""
    if isinstance(v, str):
        return decode_ooxml_escapes(v)
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e16 else format(v, ".15g")
    if isinstance(v, _dt.datetime):
        if (v.hour, v.minute, v.second, v.microsecond) == (0, 0, 0, 0):
            return v.date().isoformat()
        return v.replace(microsecond=0, tzinfo=None).isoformat(sep=" ")
    if isinstance(v, (_dt.date, _dt.time)):
        return v.isoformat()
    if isinstance(v, _dt.timedelta):
        return str(v)
    return str(v)


def cell_value(v):
    """A cell kept for meta: JSON-ready, numbers kept as numbers."""
    v = _python_scalar(v)
    if is_missing(v):
        return None
    if isinstance(v, str):
        return decode_ooxml_escapes(v)
    if isinstance(v, (bool, int)):
        return v
    if isinstance(v, float):
        return int(v) if v.is_integer() and abs(v) < 1e16 else v
    if isinstance(v, (dict, list)):
        return v
    return cell_text(v)


_NUMERIC_ID = re.compile(r"^\s*(\d+)\.0+\s*$")


def id_text(v) -> str:
    s = cell_text(v).strip()
    m = _NUMERIC_ID.match(s)  # CSV written by pandas: 15325.0
    return m.group(1) if m else s


_ID_LIKE = re.compile(r"\s*[（(]?[\d一二三四五六七八九十]{1,4}[)）.．、]?\s*")
# A sentence, not a label or a number (其他意见：建议在规划实施中…。).
_SENTENCE_LIKE = re.compile(r"[\u4e00-\u9fff][^\n]{10,}[，。；,;！？]")


def looks_like_id(v) -> bool:
    """Whether a cell holds a row number (1 / 12. / （三）), not text."""
    return v is None or bool(_ID_LIKE.fullmatch(cell_text(v)))


_NOTE_LEAD = re.compile(r"\s*(?:(?:共|合计|总计|小计)\s*[0-9]+\s*(?:条|件|项|人次?)(?:记录|数据|留言|意见|建议)?"
                        # (共10条记录（审核通过9条，未通过1条）: the count and how it splits)
                        r"(?:\s*[（(][^（）()]{0,30}[0-9]+\s*(?:条|件|项)[^（）()]{0,12}[)）])?\s*[。.；;，,]?\s*(?:$|(?=注|说明|备注))|"
                        # (共8条。注：留言人姓名已脱敏…: the table's count and note, under its last row)
                        r"(?:注|注意|说明|备注|附注|填表说明|填报说明)\s*[0-9一二三四五六七八九十]*\s*[：:．.、])")


# Under a unit's opinions, who approved them (以上意见经某市教育工会委员会研究同意。): a note, no opinion.
_APPROVED = re.compile(r"\s*(?:以上|上述)(?:意见|建议)+(?:均|已)?经[^。；;]{0,40}?(?:研究|审定|审核|讨论|审议)(?:同意|通过|审定)?[。.]?\s*")


# When the table was exported or made (导出时间：2021-06-30 17:02 / 制表日期：2021年6月30日), alone on a row.
_STAMP = re.compile(r"\s*(?:导出|统计|制表|打印|生成|填报|数据截至|数据截止|截至|截止)(?:时间|日期)?\s*[：:]\s*"
                    r"[\d\s年月日时分秒号:：./\-]{6,}\s*")


def note_row(text: str) -> bool:
    """Whether a row's text is a note on the table (说明：…详见各分表… / 以上意见经…研究同意。 / 导出时间：…), not an opinion.

    >>> note_row("以上意见经某市教育工会委员会研究同意。"), note_row("说明：各市意见详见各分表。"), note_row("建议增加绿道。")
    (True, True, False)
    >>> note_row("导出时间：2021-06-30 17:02")
    True
    """
    return bool(_APPROVED.fullmatch(text) or _STAMP.fullmatch(text)
                or (_NOTE_LEAD.match(text) and not re.search(r"建议|请求|恳请|应当|应该|希望", text)))


# A cell of a count and no words (3 / =SUM(C3:C4)): a summary sheet's figure.
_COUNT_ONLY = re.compile(r"[=＝][^\u4e00-\u9fff]*|[\d\s.,，%％+\-*/()（）]*")


# A platform's own verdict on a row (审核状态：审核未通过 / 处理情况：广告信息，不予公开): the row is no opinion, and
# the reason is said. (A ticket's type, 诉求类型：表扬, is weighed with its words by consultagg.reading.)
_STATUS_HEADER = re.compile(r"(?:审核|审查|公开)(?:状态|结果|情况)?")
_REJECTED = re.compile(r"(?:审核|审查)?(?:未通过|不通过|未予通过|驳回)|不予公开|已屏蔽|已删除")


def row_set_aside(meta: dict) -> str | None:
    """Why a row is no opinion by its platform's verdict on it, or ``None``.

    >>> row_set_aside({"审核状态": "审核未通过", "处理情况": "广告信息，不予公开"})
    '平台审核未通过（审核未通过）'
    >>> row_set_aside({"审核状态": "已审核"}), row_set_aside({"诉求类型": "表扬"})
    (None, None)
    """
    for header, value in meta.items():
        h, v = str(header).strip(), str(value if value is not None else "").strip()
        if _STATUS_HEADER.fullmatch(h) and _REJECTED.search(v):
            return f"平台审核未通过（{v}）"
    return None


def count_only(text: str) -> bool:
    """Whether a row's text is a count and no words, never an opinion.

    >>> count_only("3"), count_only("=SUM(C3:C4)"), count_only("建议增加3处公厕。")
    (True, True, False)
    """
    return bool(_COUNT_ONLY.fullmatch(text))


def not_an_opinion(text: str) -> str | None:
    """What a row's text is when it is no opinion (a note on the table, a count), or ``None``.

    >>> not_an_opinion("说明：各市意见详见各分表。"), not_an_opinion("=SUM(C3:C4)"), not_an_opinion("建议增加绿道。")
    ('是表格的说明，不是意见', '只有数字，是统计数，不是意见', None)
    """
    if note_row(text):
        return "是表格的说明，不是意见"
    return "只有数字，是统计数，不是意见" if count_only(text) else None


def spread_across(rows: list, text_col: int) -> list:
    """Rows merged across the table (one filled cell holding a sentence, 其他意见：建议…) with that
    sentence put in the text column, so that the row is read as an opinion, not as a bare number.

    >>> spread_across([["1", "建议增加绿道。"], ["其他意见：建议在规划实施中加大对边境旗县的支持。", None]], 1)[1]
    [None, '其他意见：建议在规划实施中加大对边境旗县的支持。']
    """
    out = []
    for row in rows:
        filled = [j for j, v in enumerate(row) if cell_filled(v)]
        if len(filled) == 1 and filled[0] != text_col and (_SENTENCE_LIKE.search(cell_text(row[filled[0]])) and not
                                                           _NOTE_LEAD.match(cell_text(row[filled[0]])) or _APPROVED.fullmatch(cell_text(row[filled[0]]))):
            # (注：本表汇总…: a note on the table, left where it is; 以上意见经…研究同意。 read as a row, then said to be a note)
            row = list(row) + [None] * (text_col + 1 - len(row))
            row[text_col], row[filled[0]] = row[filled[0]], None
        out.append(row)
    return out


class Spanned(str):
    """A merged cell's text in a further column it spans (one cell typed across two, not a copy)."""

    __slots__ = ()


def once(row) -> list:
    """A row with each merged cell once, as a person reads it across (the columns it spans dropped)."""
    return [c for c in row if not isinstance(c, Spanned)]


def mark_spanned(rows: list, merged) -> list:
    """``rows`` with the text of each cell merged across columns (0-based ``(r0, c0, r1, c1)`` ranges, as
    a workbook lists them) as a :class:`Spanned` in the further columns of its first row."""
    rows = list(rows)
    for r0, c0, r1, c1 in merged:
        if c1 > c0 and r0 < len(rows) and c0 < len(rows[r0]) and cell_filled(rows[r0][c0]):
            row = list(rows[r0]) + [None] * (c1 + 1 - len(rows[r0]))
            row[c0 + 1:c1 + 1] = [Spanned(cell_text(row[c0]))] * (c1 - c0)
            rows[r0] = row
    return rows


def across_merged(rows: list, text_col: int) -> list:
    """Rows with each merged cell's text in one column: the text column when the cell spans it (a
    suggestion typed across 原文 and 修改意见 is the opinion, not the quoted wording), else the first.

    >>> across_merged([["第六章", "建议补充设备更新计划。", Spanned("建议补充设备更新计划。"), "设备老化。"]], 2)
    [['第六章', None, '建议补充设备更新计划。', '设备老化。']]
    """
    out = []
    for row in rows:
        if not any(isinstance(c, Spanned) for c in row):
            out.append(row)
            continue
        if all(isinstance(c, Spanned) for c in row[1:]):
            out.append([row[0]])  # a cell merged across the whole row (二、具体意见 / 其他意见：建议…): one cell
            continue
        row = list(row)
        if text_col < len(row) and isinstance(row[text_col], Spanned):
            k = text_col
            while k > 0 and isinstance(row[k], Spanned):
                k -= 1
            row[k], row[text_col] = None, str(row[text_col])
        out.append([None if isinstance(c, Spanned) else c for c in row])
    return out


# A request going on from the row above (并将…, 同时…, 以及…).
_GOES_ON = re.compile(r"\s*(?:并且?|同时|以及|且)(?![列存])")
# A cell's mark that it goes on from the row above (（续上） / （接上行）).
_CONTINUED = re.compile(r"^\s*[（(](?:续上[页行]?|接上[页行]?|上接)[）)]\s*")


# A text cut where no sentence ends (…并明确园区规划面 / 积约3.2平方公里，…), and a text that opens a request of its own.
_CUT_INSIDE = re.compile(r"[\u4e00-\u9fff\w”）)]\s*$")
_OPENS_ANEW = re.compile(r"\s*(?:[（(]?[\d一二三四五六七八九十]{1,2}[）)．.、]|建议|请|希望|要求|应当?|增加|删除|修改|补充|调整|将|把|对|在|关于|原文|另)")


_LABELLED = re.compile(r"\s*[\u4e00-\u9fff]{2,8}[：:]")
# A cell's text that ends as a sentence or a list's item ends (。！？；… ” ）).
_FINISHED = re.compile(r"[。！？!?；;…”\"）)】\]．.]\s*$")


def join_unfinished(rows: list, text_col: int, id_col: int) -> tuple[list, list[int]]:
    """A row under the same 序号 as the row above (merged down) whose text goes on from it joined to
    it: one opinion. It goes on when the text above stops unfinished (…重点区域，包括： / 岜坪县…, or inside a
    word, …园区规划面 over 积约3.2平方公里, when the row opens no request of its own) or the row's own opens with
    并/同时/以及; its other cells that differ (a reason going on too) are joined as
    well. Returns the rows and, for each, the index of its first row in ``rows``.

    >>> join_unfinished([["5", "建议补充重点区域，包括：", "无"], ["5", "甲矿区、乙矿区。", "无"]], 1, 0)
    ([['5', '建议补充重点区域，包括：甲矿区、乙矿区。', '无']], [0])
    """
    out: list = []
    first: list[int] = []
    for k, row in enumerate(rows):
        prev = out[-1] if out else None
        goes_on = prev is not None and len(row) > text_col and bool(_GOES_ON.match(cell_text(row[text_col])))
        if (prev is not None and len(row) == len(prev) > max(text_col, id_col) and cell_filled(row[id_col])
                and cell_text(row[id_col]) == cell_text(prev[id_col]) and cell_filled(row[text_col])
                and any(cell_filled(v) for j, v in enumerate(row) if j not in (text_col, id_col))
                and (goes_on or re.search(r"[：:，,、]\s*$", cell_text(prev[text_col]))
                     or cell_text(row[text_col]) == cell_text(prev[text_col])  # (merged down: its reason going on)
                     or _CUT_INSIDE.search(cell_text(prev[text_col])) and not _OPENS_ANEW.match(cell_text(row[text_col])))):
            # (the text above stopping on ： or ，, or the text opening with 并/同时: the request going on
            # under the same number, its reason cell too when that goes on as well)
            prev = [a if j == id_col or cell_text(a) == cell_text(b) else cell_text(a) + _CONTINUED.sub("", cell_text(b))
                    for j, (a, b) in enumerate(zip(prev, row))]
            out[-1] = prev
            continue
        if (prev is not None and len(row) > max(text_col, id_col) and len(prev) > text_col and cell_filled(row[text_col])
                and not any(cell_filled(v) for j, v in enumerate(row) if j != text_col)
                and not _FINISHED.search(cell_text(prev[text_col])) and not _OPENS_ANEW.match(cell_text(row[text_col]))
                and not _LABELLED.match(cell_text(row[text_col]))):  # (其他意见：建议… across the form: a row of its own)
            # (a row with nothing but text, no number and no unit, under a text stopping unfinished: …，并明确 over
            # 自治区资金补助比例。 goes on, one opinion of the unit above)
            out[-1] = [cell_text(a) + cell_text(row[j]) if j == text_col else a for j, a in enumerate(prev)]
            continue
        out.append(row)
        first.append(k)
    return out, first


def signer(value: str | None) -> str | None:
    """Who wrote a row, or None when the cell only says where a seal or a signature goes (（盖章）).

    >>> signer("（盖章）"), signer("葛某")
    (None, '葛某')
    """
    if value and re.fullmatch(r"\s*[（(]?\s*(?:盖章|签章|公章|印章|签字|签名)\s*[)）]?\s*", str(value)):
        return None
    return value
