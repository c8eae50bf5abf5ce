"""Keeping submitted text inert, legal and whole inside an xlsx workbook.

Text from the public is data. Four things can go wrong when it is put into a spreadsheet, and each
has a pure function here:

- it may *look like a formula* (``=``, ``+``, ``-``, ``@``, possibly after leading whitespace): the
  cell is then written as an explicit string with a text style, never as ``<f>``
  (:func:`looks_like_formula`);
- it may hold characters XML 1.0 forbids (``\\x00`` …), which would make the file unreadable: they
  are replaced by a visible marker and counted (:func:`replace_illegal_characters`);
- it may exceed the 32,767 characters a cell holds: the cell keeps the beginning plus a visible
  note, and the whole text is split into parts for a continuation sheet (:func:`fit_cell`);
- it may contain the sequence ``_xHHHH_``, which Excel and LibreOffice decode as an escaped
  character: it is escaped in turn so people see what was submitted (:func:`xml_text`).

The XML rendering of cells (:func:`string_cell_xml`, :func:`number_cell_xml`) and the atomic
save (:func:`atomic_write`) live here too, so that one module decides what reaches the file.

Examples
--------
>>> looks_like_formula("=HYPERLINK(\\"http://x\\",\\"y\\")"), looks_like_formula("建议=调整")
(True, False)
>>> replace_illegal_characters("原文\\x00第3行")
('原文�第3行', 1)
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable, Sequence
from math import isfinite
from pathlib import Path
from typing import Any, NamedTuple

from consultagg.text.ids import comment_id, content_key, id_from_keys

__all__ = [
    "CELL_LIMIT",
    "content_id",
    "OVERFLOW_NOTE",
    "REPLACEMENT",
    "SafeText",
    "atomic_write",
    "display_width",
    "empty_cell_xml",
    "excel_length",
    "fit_cell",
    "looks_like_formula",
    "needs_text_format",
    "number_cell_xml",
    "prepare_text",
    "replace_illegal_characters",
    "row_xml",
    "split_excel_text",
    "string_cell_xml",
    "unescape_ooxml",
    "with_section",
    "xml_text",
]

#: Most characters (UTF-16 code units) an Excel cell holds.
CELL_LIMIT = 32767
#: Shown in place of a character XML 1.0 cannot carry.
REPLACEMENT = "\ufffd"
#: Appended to a cell whose text continues on the ``_overflow`` sheet.
OVERFLOW_NOTE = "（内容过长，全文见_overflow续表）"

# Spreadsheet applications start a formula with these; the full-width forms are included because
# some tools fold them to ASCII on input.
_FORMULA_START = frozenset("=+-@＝＋－＠")
# Error literals a spreadsheet turns into error values when the cell is edited.
_ERROR_LITERALS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                             "#GETTING_DATA", "#SPILL!", "#CALC!"))
# Everything openpyxl's ILLEGAL_CHARACTERS_RE rejects, plus what cannot be encoded or is not a
# character in XML 1.0 at all (lone surrogates, U+FFFE, U+FFFF).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Excel/LibreOffice decode _xHHHH_ inside cell text; a literal one must be escaped as _x005F_xHHHH_.
_OOXML_ESCAPE = re.compile("_(x[0-9A-Fa-f]{4}_)")
_OOXML_ESCAPED = re.compile("_x005[Ff](_x[0-9A-Fa-f]{4}_)")
# needs_text_format is False for text starting with anything else than these or whitespace.
_GUARD_FIRST = _FORMULA_START | {"#"}
# Runs of characters two columns wide: summing run lengths counts them without one match per character.
_WIDE_RUN = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]+"
)


class SafeText(NamedTuple):
    """Text ready for a cell.

    Attributes
    ----------
    text : str
        What the cell shows: the cleaned text, or its beginning plus :data:`OVERFLOW_NOTE`.
    guard : bool
        True when the text would be taken for a formula or an error value; write it with a text style.
    replaced : int
        Characters replaced by :data:`REPLACEMENT`.
    parts : tuple of str
        The whole cleaned text in cell-sized parts when it did not fit, else empty.
    """

    text: str
    guard: bool
    replaced: int
    parts: tuple[str, ...]


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula.

    True when the first character after any leading whitespace (spaces, tab, CR, LF, U+3000) is
    ``=``, ``+``, ``-`` or ``@`` (or their full-width forms).

    Examples
    --------
    >>> [looks_like_formula(t) for t in ["=1+1", "+1", "-1+2", "@SUM(A1)", "\\t=cmd", "\\r=1"]]
    [True, True, True, True, True, True]
    >>> [looks_like_formula(t) for t in ["建议增加-内容", "", "  ", "1+1"]]
    [False, False, False, False]
    """
    if not text:
        return False
    first = text[0]
    if first in _FORMULA_START:
        return True
    if first.isspace():
        stripped = text.lstrip()
        return bool(stripped) and stripped[0] in _FORMULA_START
    return False


def needs_text_format(text: str) -> bool:
    """Whether editing the cell would turn ``text`` into something else: a formula or an error value.

    Examples
    --------
    >>> needs_text_format("@SUM(A1)"), needs_text_format("#N/A"), needs_text_format("#3 建议")
    (True, True, False)
    """
    return looks_like_formula(text) or (text[:1] == "#" and text.strip().upper() in _ERROR_LITERALS)


def replace_illegal_characters(text: str, marker: str = REPLACEMENT) -> tuple[str, int]:
    """Replace characters XML 1.0 forbids by a visible ``marker``; return the text and the count.

    Tab, LF and CR are legal and kept.

    Examples
    --------
    >>> replace_illegal_characters("a\\x00b\\x01c\\x0bd\\te")
    ('a�b�c�d\\te', 3)
    >>> replace_illegal_characters("无异常")
    ('无异常', 0)
    """
    if _ILLEGAL.search(text) is None:
        return text, 0
    return _ILLEGAL.subn(marker, text)


def excel_length(text: str) -> int:
    """Length as Excel counts it: UTF-16 code units (a character beyond U+FFFF counts twice).

    Examples
    --------
    >>> excel_length("规划"), excel_length("\\U00020000")
    (2, 2)
    """
    if not text.isascii() and any(ord(c) > 0xFFFF for c in text):
        return len(text.encode("utf-16-le")) // 2
    return len(text)


def split_excel_text(text: str, size: int = CELL_LIMIT) -> list[str]:
    """Split ``text`` into parts of at most ``size`` UTF-16 units, never inside a character.

    Examples
    --------
    >>> split_excel_text("一二三四五", 2)
    ['一二', '三四', '五']
    >>> split_excel_text("a\\U00020000b", 2)
    ['a', '\\U00020000', 'b']
    >>> "".join(split_excel_text("x" * 70000)) == "x" * 70000
    True
    """
    if size < 2:
        raise ValueError("size must be at least 2 (one character may take two units)")
    n_units = excel_length(text)
    if n_units <= size:
        return [text] if text else []
    if n_units == len(text):
        return [text[i:i + size] for i in range(0, len(text), size)]
    parts, start, used = [], 0, 0
    for i, ch in enumerate(text):
        units = 2 if ord(ch) > 0xFFFF else 1
        if used + units > size:
            parts.append(text[start:i])
            start, used = i, 0
        used += units
    parts.append(text[start:])
    return parts


def fit_cell(text: str, limit: int = CELL_LIMIT, note: str = OVERFLOW_NOTE) -> tuple[str, list[str]]:
    """What a cell can show of ``text``, and the parts of the whole text when it does not fit.

    Returns ``(text, [])`` when the text fits; otherwise the beginning of the text followed by
    ``note`` (together at most ``limit`` units) and the whole text in parts of at most ``limit``
    units, to be stored elsewhere. Nothing is dropped.

    Examples
    --------
    >>> fit_cell("短意见")
    ('短意见', [])
    >>> shown, parts = fit_cell("长" * 30, limit=20, note="（见续表）")
    >>> shown, [len(p) for p in parts]
    ('长长长长长长长长长长长长长长长（见续表）', [20, 10])
    """
    if excel_length(text) <= limit:
        return text, []
    head = split_excel_text(text, limit - excel_length(note))[0]
    return head + note, split_excel_text(text, limit)


def prepare_text(text: str, limit: int = CELL_LIMIT, note: str = OVERFLOW_NOTE) -> SafeText:
    """Everything a text needs before it is written: clean, fit, and decide on the text guard.

    Examples
    --------
    >>> prepare_text("=1+1")
    SafeText(text='=1+1', guard=True, replaced=0, parts=())
    >>> prepare_text("同意\\x00")
    SafeText(text='同意�', guard=False, replaced=1, parts=())
    """
    cleaned, replaced = replace_illegal_characters(text)
    if len(cleaned) * 2 <= limit or excel_length(cleaned) <= limit:
        return SafeText(cleaned, needs_text_format(cleaned), replaced, ())
    shown, parts = fit_cell(cleaned, limit, note)
    return SafeText(shown, needs_text_format(shown), replaced, tuple(parts))


def xml_text(text: str) -> str:
    """Escape cell text for the sheet XML so that every application reads it back unchanged.

    ``&``, ``<`` and ``>`` as usual; CR as ``&#13;`` because XML parsers turn a raw CR into LF;
    a literal ``_xHHHH_`` as ``_x005F_xHHHH_`` because Excel and LibreOffice decode it.

    Examples
    --------
    >>> xml_text("a<b & c\\r\\n")
    'a&lt;b &amp; c&#13;\\n'
    >>> xml_text("_x000D_")
    '_x005F_x000D_'
    """
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "_x" in text:
        text = _OOXML_ESCAPE.sub(r"_x005F_\1", text)
    return text


def unescape_ooxml(text: str) -> str:
    """Undo the ``_x005F_`` escape of :func:`xml_text` for readers that do not (openpyxl's inline strings).

    Examples
    --------
    >>> unescape_ooxml("_x005F_x000D_")
    '_x000D_'
    """
    if "_x005" not in text:
        return text
    return _OOXML_ESCAPED.sub(r"\1", text)


def string_cell_xml(ref: str, text: str, style_id: int) -> str:
    """One ``<c>`` element holding ``text`` as an inline string (never a formula).

    Examples
    --------
    >>> string_cell_xml("B4", "=1+1", 3)
    '<c r="B4" s="3" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c>'
    """
    return (f'<c r="{ref}" s="{style_id}" t="inlineStr"><is><t xml:space="preserve">'
            f"{xml_text(text)}</t></is></c>")


def empty_cell_xml(ref: str, style_id: int) -> str:
    """An empty cell that still carries a format (borders, unlocked for editing).

    Examples
    --------
    >>> empty_cell_xml("M4", 5)
    '<c r="M4" s="5"/>'
    """
    return f'<c r="{ref}" s="{style_id}"/>'


def number_cell_xml(ref: str, value: int | float | bool, style_id: int) -> str:
    """One ``<c>`` element holding a number or a boolean; NaN and infinities give an empty cell.

    Examples
    --------
    >>> number_cell_xml("A4", 12, 2)
    '<c r="A4" s="2"><v>12</v></c>'
    >>> number_cell_xml("A4", True, 2)
    '<c r="A4" s="2" t="b"><v>1</v></c>'
    """
    if isinstance(value, bool):
        return f'<c r="{ref}" s="{style_id}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return f'<c r="{ref}" s="{style_id}"/>'
    return f'<c r="{ref}" s="{style_id}"><v>{value!r}</v></c>'


def row_xml(r: int, values: Sequence[Any], letters: Sequence[str], plain: Sequence[int],
            guarded: Sequence[int], attrs: str = "") -> str:
    """One ``<row>`` element holding the cells of ``values``, rendered in one pass.

    Each cell is what :func:`string_cell_xml`, :func:`empty_cell_xml` or :func:`number_cell_xml`
    gives, with the text style for text that :func:`needs_text_format`.

    Parameters
    ----------
    r : int
        Row number, from 1.
    values : sequence
        One value per column: None gives no cell, ``""`` an empty formatted cell, other text an
        inline string, anything else a number or boolean.
    letters : sequence of str
        Column letters.
    plain, guarded : sequence of int
        Style id of each column for numbers and plain text, and for text that needs the text format.
    attrs : str
        Further attributes of the row element (its height).

    Returns
    -------
    str

    Examples
    --------
    >>> print(row_xml(4, ["=1", None, "", 7], "ABCD", [1, 1, 2, 1], [5, 5, 6, 5]).replace("<c ", "\\n<c "))
    <row r="4">
    <c r="A4" s="5" t="inlineStr"><is><t xml:space="preserve">=1</t></is></c>
    <c r="C4" s="2"/>
    <c r="D4" s="1"><v>7</v></c></row>
    """
    rs = str(r)
    parts = [f'<row r="{rs}"{attrs}>']
    append = parts.append
    for j, value in enumerate(values):
        if value is None:
            continue
        cls = type(value)
        if cls is int or (cls is float and isfinite(value)):  # as number_cell_xml, without the call
            append(f'<c r="{letters[j]}{rs}" s="{plain[j]}"><v>{value!r}</v></c>')
        elif cls is str or isinstance(value, str):
            if not value:
                append(f'<c r="{letters[j]}{rs}" s="{plain[j]}"/>')
                continue
            first = value[0]
            # needs_text_format is False unless the text starts so (cheaper than calling it).
            guard = (first in _GUARD_FIRST or first.isspace()) and needs_text_format(value)
            append(f'<c r="{letters[j]}{rs}" s="{guarded[j] if guard else plain[j]}" t="inlineStr"><is>'
                   f'<t xml:space="preserve">{xml_text(value)}</t></is></c>')
        else:
            append(number_cell_xml(f"{letters[j]}{rs}", value, plain[j]))
    append("</row>")
    return "".join(parts)


def display_width(text: str) -> int:
    """Width of the longest line in Excel column units: a CJK or full-width character counts 2.

    Examples
    --------
    >>> display_width("自治区发展改革委"), display_width("FGW-03"), display_width("第一行\\n长一些的第二行")
    (16, 6, 14)
    """
    if not text:
        return 0
    return max(map(_line_width, text.splitlines() or [""]))


def _line_width(line: str) -> int:
    """Width of one line: its length plus one for every wide character."""
    if line.isascii():
        return len(line)
    return len(line) + sum(map(len, _WIDE_RUN.findall(line)))


def atomic_write(path: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` on a new file next to ``path``, then move it over ``path`` in one step.

    Readers never see a half-written file, and a failure leaves ``path`` as it was and no
    temporary file behind. The new file gets the usual permissions (mode 0666 less the umask),
    or those of the file it replaces.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     out = atomic_write(Path(d) / "表.txt", lambda p: p.write_text("完成", encoding="utf-8"))
    ...     out.read_text(encoding="utf-8"), sorted(p.name for p in Path(d).iterdir())
    ('完成', ['表.txt'])
    """
    target = Path(path)
    mode = target.stat().st_mode & 0o7777 if target.exists() else None
    while True:
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            # os.open applies the umask itself, unlike mkstemp's fixed 0600 (no global umask dance).
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        break
    try:
        write(tmp)
        if mode is not None:
            os.chmod(tmp, mode)
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise PermissionError(
                f"无法替换文件 {target}，它可能正在被 Excel/WPS 打开，请关闭后重试。"
                f" / Cannot replace {target}: is it open in another program?") from exc
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target


def with_section(text: str, section: object) -> str:
    """An opinion's text with the section its row shows, for :func:`content_id` (the text alone without one)."""
    section = str(section or "").strip()
    return f"{text}\x1f{section}" if section else text


def content_id(text: str, department: str, *, unit_keys: dict[str, str] | None = None) -> str:
    """Key of an opinion by what a tracker row shows: its text (as written to the cell) and unit.

    Parameters
    ----------
    text : str
        The opinion's text.
    department : str
        Its unit as the tracker shows it.
    unit_keys : dict, optional
        :func:`~consultagg.text.ids.content_key` of units already met, filled in as units come:
        a caller keying many opinions of few units passes one dict to all calls.

    Returns
    -------
    str
        :func:`~consultagg.text.ids.comment_id` of the cleaned text and the unit.

    Examples
    --------
    >>> content_id("建议补充。", "水利厅") == content_id(" 建议补充。", "水利厅")
    True
    >>> keys = {}
    >>> content_id("建议补充。", "水利厅", unit_keys=keys) == content_id("建议补充。", "水利厅"), keys
    (True, {'水利厅': '水利厅'})
    """
    text = replace_illegal_characters(text or "")[0]
    if unit_keys is None:
        return comment_id(text, department or "")
    unit = department or ""
    if (unit_key := unit_keys.get(unit)) is None:
        unit_key = unit_keys[unit] = content_key(unit)
    return id_from_keys(unit_key, content_key(text))
