"""Which characters a typo or an OCR puts for one another, and which never.

The shipped confusables table (``data/confusables.txt``: 易混字, OCR shapes), characters read
alike (``pypinyin``'s table), and the characters that name something on their own (a pollutant, a
direction, a size, a colour) and so are never judged a typo.

Examples
--------
>>> typo_pair("己", "已"), typo_pair("东", "西")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from consultagg.data import read_lines

__all__ = ["confusable_sets", "typo_pair"]

_CJK = re.compile(r"[\u3400-\u9fff]")

# One character for another is a typo unless it names something on its own: an element or
# pollutant, a direction, a size.
_MEANINGFUL_CHAR = set("镉铊铅汞砷铬镍锌铜锰钴锑铍钒氨氮磷硫苯氟氯汞东南西北上下左右前后内外大小多少高低增减升降"
                       "省市县区乡镇村街路桥河湖山中终金银"
                       "零〇一二三四五六七八九十百千万亿两"
                       "或半要别电油"
                       "煤灰渣粪矸尘")  # 电单车 / 单车, 油车 / 电车; A和B / A或B: both, or either; 半 a half (四个半月, 收半费); 要 / 别 取缔; 储灰场 / 储煤场
# One character of colour or age put for another (白茶 / 红茶, 新建 / 旧改): another object, no typo.
_ATTRIBUTE_CHAR = frozenset("红黄蓝绿白黑紫青灰橙粉新旧冷热男女公私")
# Digits an OCR reads as letters (the characters an OCR or a pinyin typo puts for one another are
# the shipped confusables table).
_LOOKALIKE_LATIN = {frozenset(p) for p in ("0o", "1l", "1i", "5s", "8b", "2z", "0O", "1I", "5S", "8B", "2Z")}  # NOx / N0x, 第B条 / 第8条


@lru_cache(maxsize=1)
def confusable_sets() -> tuple[str, ...]:
    """The sets of characters a typo or an OCR puts for one another (``data/confusables.txt``); a
    line may hold several, apart by spaces (千干于 秆杆), and a character is confused within its own
    set only."""
    return tuple(group for line in read_lines("confusables.txt") for group in line.split())


@lru_cache(maxsize=1)
def _confusable() -> frozenset[frozenset[str]]:
    """Pairs of characters a typo or an OCR puts for one another."""
    return frozenset(frozenset((x, y)) for group in confusable_sets()
                     for x in group for y in group if x != y) | _LOOKALIKE_LATIN


# Characters a homophone typo never stands for: a negation, a numeral, a direction or size, an
# element or pollutant (不 / 布, 升 / 生, 铅 / 签 are judged as what they say).
_NO_HOMOPHONE = _MEANINGFUL_CHAR | set("不无没勿毋非未否莫别")


@lru_cache(maxsize=1)
def _readings() -> dict[int, str]:
    """Each character's readings with their tones (``pypinyin``'s table: ``护`` → ``hù``)."""
    from pypinyin.pinyin_dict import pinyin_dict
    return pinyin_dict


def typo_pair(x: str, y: str) -> bool:
    """Whether ``y`` put for ``x`` is a typo: a pair of the shipped confusables table (易混字, 形近字),
    or two characters read alike, tone included, as a pinyin input method offers them
    (保护 / 保户, 给予 / 给与, 处理 / 处里)."""
    if frozenset(x + y) in _confusable():
        return True
    if x in _NO_HOMOPHONE or y in _NO_HOMOPHONE or not (_CJK.match(x) and _CJK.match(y)):
        return False
    a, b = _readings().get(ord(x)), _readings().get(ord(y))
    return bool(a and b and set(a.split(",")) & set(b.split(",")))


# Characters a typo on the side that makes no word never stands for (纳入 / 纳出, 偏低 / 偏小).
_NEVER_TYPED_FOR = _NO_HOMOPHONE | _ATTRIBUTE_CHAR | set("出入进退正反长短宽窄轻重快慢早晚先")


def _read_alike(x: str, y: str) -> bool:
    """Whether two characters share a reading, tones aside (低 dī / 底 dǐ, 清 / 情): what a pinyin
    input method offers for one another (白 / 红 share none)."""
    a, b = _readings().get(ord(x)), _readings().get(ord(y))
    if not (a and b):
        return False

    def bare(r: str) -> set[str]:
        return {"".join(c for c in unicodedata.normalize("NFD", p) if not unicodedata.combining(c)) for p in r.split(",")}
    return bool(bare(a) & bare(b))
