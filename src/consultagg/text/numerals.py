"""Chinese numerals as used in heading numbers and references.

Drafts number their parts with Chinese numerals (第二十一条, 十、, （三）) and comments cite them either
way (第21条, 第二十一条), so both directions are needed to compare them.

Examples
--------
>>> from consultagg.text.numerals import chinese_to_int, int_to_chinese
>>> chinese_to_int("二十一"), chinese_to_int("一百零三"), chinese_to_int("３６")
(21, 103, 36)
>>> int_to_chinese(110)
'一百一十'
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["CHINESE_DIGITS", "chinese_to_int", "int_to_chinese", "is_numeral"]

_DIGITS = {
    "〇": 0, "○": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

#: Every character that may appear in a Chinese numeral (for building regular expressions).
CHINESE_DIGITS = "".join(_DIGITS) + "".join(_SMALL_UNITS) + "".join(_BIG_UNITS)

_ARABIC = re.compile(r"^\d+$")
_VALID = re.compile(rf"^[{CHINESE_DIGITS}0-9]+$")


def is_numeral(text: str) -> bool:
    """True when ``text`` is a number written in Arabic or Chinese numerals.

    >>> is_numeral("十二"), is_numeral("１２"), is_numeral("十二五规划")
    (True, True, False)
    """
    text = unicodedata.normalize("NFKC", text or "").strip()
    return bool(text) and bool(_VALID.match(text))


def chinese_to_int(text: str) -> int:
    """Convert a Chinese (or Arabic, full- or half-width) numeral to an ``int``.

    Handles units (十二, 二十一, 一百零三, 三千零五十, 两万), a leading 十 (十二 = 12),
    financial forms (贰拾), 两 and 〇/零, digit-by-digit years (二〇三五 = 2035) and
    Arabic digits mixed with units (3万).

    Parameters
    ----------
    text : str
        The numeral, surrounding whitespace ignored.

    Returns
    -------
    int

    Raises
    ------
    ValueError
        When ``text`` is empty or not a numeral.

    Examples
    --------
    >>> [chinese_to_int(s) for s in ("十二", "二十一", "一百零三", "两", "〇", "二〇三五", "36", "一百五", "三万五")]
    [12, 21, 103, 2, 0, 2035, 36, 150, 35000]
    """
    raw = text
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text or not _VALID.match(text):
        raise ValueError(f"not a numeral: {raw!r}")
    if _ARABIC.match(text):
        return int(text)
    if not any(ch in _SMALL_UNITS or ch in _BIG_UNITS for ch in text):
        # Digit-by-digit form: 二〇三五, 一九, 5〇.
        return int("".join(str(_digit(ch)) for ch in text))
    total = 0       # completed 亿 groups
    section = 0     # completed 万 groups below the last 亿
    group = 0       # value below 万 being built
    number = None   # pending digit (or Arabic run) before a unit
    last_unit = 0   # the unit just before a trailing digit (一百五: 百), 0 after a 零
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            number = int(text[i:j])
            last_unit = 0
            i = j
            continue
        if ch in _DIGITS:
            if number is None and _DIGITS[ch] == 0:
                last_unit = 0  # 一百零五: the 5 is units
            number = _DIGITS[ch] if _DIGITS[ch] or number is None else number
        elif ch in _SMALL_UNITS:
            # A bare unit counts as one of it: 十二 = 12, 一百十 = 110.
            group += (1 if number is None else number) * _SMALL_UNITS[ch]
            number, last_unit = None, _SMALL_UNITS[ch]
        elif ch == "万" or ch == "萬":
            section += (group + (number or 0)) * 10_000
            group, number, last_unit = 0, None, 10_000
        else:  # 亿
            total += (section + group + (number or 0)) * 100_000_000
            section, group, number, last_unit = 0, 0, None, 100_000_000
        i += 1
    if number is not None and last_unit >= 100 and not text[-1].isdigit():
        # 一百五 = 150, 两千三 = 2300, 三万五 = 35000: a digit right after a unit counts in the next
        # lower one (一百零五 = 105 keeps its 零)
        number *= last_unit // 10
    return total + section + group + (number or 0)


def _digit(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch in _DIGITS:
        return _DIGITS[ch]
    raise ValueError(f"not a digit: {ch!r}")


_LOWER = "零一二三四五六七八九"


def int_to_chinese(n: int) -> str:
    """Write a non-negative integer in Chinese numerals, as a heading number is written.

    Parameters
    ----------
    n : int

    Returns
    -------
    str
        ``十`` … ``十九`` without a leading 一, ``一百一十`` for 110, ``一百零三`` for 103.

    Examples
    --------
    >>> [int_to_chinese(n) for n in (0, 10, 12, 21, 103, 110, 1005, 20000)]
    ['零', '十', '十二', '二十一', '一百零三', '一百一十', '一千零五', '二万']
    """
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise ValueError(f"expected a non-negative int, got {n!r}")
    if n == 0:
        return "零"
    parts: list[str] = []
    for unit_value, unit_name in ((100_000_000, "亿"), (10_000, "万"), (1, "")):
        chunk, n = divmod(n, unit_value)
        if chunk:
            # A gap before a lower group is read as 零: 一万零五, 一亿零三百万.
            if parts and chunk < 1000:
                parts.append("零")
            body = int_to_chinese(chunk) if chunk >= 10_000 else _below_10000(chunk)
            parts.append(body + unit_name)
    text = "".join(parts)
    if text.startswith("一十"):
        text = text[1:]
    return text


def _below_10000(n: int) -> str:
    out = []
    zero = False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero and out:
                out.append("零")
            out.append(_LOWER[d] + name)
            zero = False
        else:
            zero = True
    return "".join(out)
