"""Measures and decades read alike however written, once numerals are digits (reduce._numerals).

Lengths and weights in letters or words (30cm / 30厘米 / 0.3米, 3公里 / 3000米, 5kg / 5公斤 / 5千克), an amount
in 元 and 角 (二元五角 / 2.5元) and a decade by its century (二十世纪八十年代 / 上世纪80年代 / 80年代 / 1980年代) are one writing each.

>>> measures("胸径30cm以上"), measures("3公里"), measures("20世纪80年代"), measures("80年代批准")
('胸径0.3米以上', '3000米', '1980年代', '1980年代批准')
>>> measures("不小于50厘米"), measures("不小于0.5米")
('不小于0.5米', '不小于0.5米')
>>> measures("每1年至少1次"), measures("0.5小时内到场")
('每年至少一次', '30分钟内到场')
"""

from __future__ import annotations

import re
from decimal import Decimal

from consultagg.dedup._clock import cn_number

__all__ = ["another_unit", "measures", "other_unit"]

_KM = re.compile(r"(\d+(?:\.\d+)?)\s*(?:公里|千米|km|KM|Km)(?![A-Za-z/])")
# Other units of length and weight written in letters, or a word for another (公斤 / 千克).
_UNIT = re.compile(r"(?<=\d)\s*(?:(?P<cm>cm|CM|Cm)|(?P<mm>mm|MM)|(?P<kg>kg|KG|Kg|公斤))(?![A-Za-z/²³])")
_UNIT_WORD = {"cm": "厘米", "mm": "毫米", "kg": "千克"}
_CM = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*厘米")
# A count per year or a time said with 1 in digits (每1年至少1次 / 每年至少一次), and hours in decimals (0.5小时 / 30分钟).
_PER_ONE = re.compile(r"每1(?=年|月|周|天|日|季度)")
_ONE_TIME = re.compile(r"(?<![\d.第])1次")  # (not 第1次: an ordinal)
_DECIMAL_HOURS = re.compile(r"(?<![\d.])(\d+\.\d+)(?:个)?小时")
# An amount in 元, 角 and 分 (2元5角 / 2.5元): the 元 already in digits, 角 and 分 in either script.
_YUAN_JIAO = re.compile(r"(\d+)元([\d一二三四五六七八九])角(?:([\d一二三四五六七八九])分)?")
# A decade by its century (20世纪80年代, 上世纪80年代), or by its tens alone from the fifties on (80年代).
_DECADE = re.compile(r"(?:(?P<c>20|21)世纪|(?P<last>上个?世纪))(?P<d>\d)0年代|(?<![\d.])(?P<bare>[5-9])0年代")


def _metres(m: re.Match) -> str:
    value = float(m.group(1)) * 1000
    return f"{int(value) if value == int(value) else value}米"


def _decade(m: re.Match) -> str:
    century = "20" if m.group("c") == "21" else "19"
    return f"{century}{m.group('d') or m.group('bare')}0年代"


def measures(s: str) -> str:
    """``s`` with its lengths, weights and decades in one writing each (see the module)."""
    if "公里" in s or "千米" in s or "km" in s or "KM" in s or "Km" in s:
        s = _KM.sub(_metres, s)  # 3公里 / 3000米, 0.5公里 / 500米, 48km
    if re.search(r"[cmkCMK][mgMG]|公斤", s):
        s = _UNIT.sub(lambda m: _UNIT_WORD[m.lastgroup], s)
    if "厘米" in s:  # 50厘米 / 0.5米 (never 平方厘米: no digit before 厘米 there)
        s = _CM.sub(lambda m: f"{format((Decimal(m.group(1)) / 100).normalize(), 'f')}米", s)
    if "每1" in s or "1次" in s:
        s = _ONE_TIME.sub("一次", _PER_ONE.sub("每", s))  # 每1年至少开展1次 / 每年至少开展一次
    if "小时" in s and "." in s:
        s = _DECIMAL_HOURS.sub(lambda m: f"{float(m.group(1)) * 60:g}分钟" if (float(m.group(1)) * 60).is_integer() else m.group(0), s)
    if "元" in s and "角" in s:  # 二元五角 / 2.5元
        s = _YUAN_JIAO.sub(lambda m: f"{m.group(1)}.{cn_number(m.group(2))}{cn_number(m.group(3) or '')}元", s)
    if "年代" in s:
        s = _DECADE.sub(_decade, s)
    if "半年" in s:
        s = _HALF_YEAR.sub("6个月", s)  # 不少于半年 / 不少于6个月
    if "年底" in s or "年末" in s:
        s = _YEAR_END.sub(r"\1年12月31日", s)  # 2000年底前 / 2000年12月31日前
    return s


_HALF_YEAR = re.compile(r"(?<![一二三四五六七八九十两\d上下个多])半年(?!度|报|底|末|内外)")
_YEAR_END = re.compile(r"(\d{4})年(?:底|末)")


# A unit of measure or of time after a number: 7天 / 7周, 500元 / 500万 are other amounts (天 and 日 one).
_UNIT_CHARS = frozenset("天日周月年时分秒米里元角亿万千百个次人户辆台座所家张本件项层栋吨斤克升倍度岁")
_NUMERAL_END = re.compile(r"(?:\d|[一二三四五六七八九十两百千万零〇半几])$")


# Units of two characters or more, as the reduction writes them (5千米 → 5000米, 3平方米 → 3m2): 15亩 / 15公顷.
_UNIT_AFTER_NUMBER = re.compile(r"平方公里|公顷|亩|m2|m3|立方米|千克|毫克|微克|克|吨|分贝|米|元|升")
_NUMERAL_CHAR = re.compile(r"[\d一二三四五六七八九十两百千万零〇半几]")


def _unit_at(r: str, i: int) -> tuple[str, str] | None:
    """The number and the unit written after it whose unit covers ``r[i]`` (the change may start inside it)."""
    for k in range(i, max(0, i - 3), -1):
        if _NUMERAL_CHAR.match(r, k - 1) and (m := _UNIT_AFTER_NUMBER.match(r, k)) and m.end() > i:
            return _NUMBER_BEFORE.search(r, max(0, k - 12), k).group(0), m.group(0)
    return None


_NUMBER_BEFORE = re.compile(r"[\d.一二三四五六七八九十两百千万零〇半几]+$")


def other_unit(ra: str, rb: str, i1: int, i2: int, j1: int, j2: int) -> str | None:
    """``15亩 / 15公顷`` when one unit after the same number was put for another, the change inside the units."""
    ua, ub = _unit_at(ra, i1), _unit_at(rb, j1)
    if ua and ub and ua[1] != ub[1] and i2 - i1 <= len(ua[1]) and j2 - j1 <= len(ub[1]):
        return f"{''.join(ua)} / {''.join(ub)}"
    return None


def another_unit(sa: str, sb: str, before_a: str, before_b: str) -> bool:
    """Whether one unit after the same number was put for another (7天 / 7周), not a typo
    (``before_a``, ``before_b``: the character before each span, empty at the start)."""
    return (len(sa) == len(sb) == 1 and sa != sb and {sa, sb} <= _UNIT_CHARS and {sa, sb} != {"天", "日"}
            and bool(_NUMERAL_END.search(before_a)) and bool(_NUMERAL_END.search(before_b)))
