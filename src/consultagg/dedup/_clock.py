"""Times of day read alike however written (晚上十点, 晚上22:00, 22:00), numerals in words as digits,
and the numbers a text writes as written.

>>> CLOCK.sub(clock, "晚上十点半"), CLOCK_DIGITS.sub(clock_digits, "22:30")
('晚上22时30', '晚上22时30')
>>> cn_number("二〇二五"), cn_number("一两")
('2025', '一两')
"""

from __future__ import annotations

import re

from consultagg.text.numerals import chinese_to_int

__all__ = ["BARE_HOUR", "CLOCK", "CLOCK_DIGITS", "NOT_NUMERAL", "PM_COMMA", "bare_hour", "clock", "clock_digits", "cn_number", "trailing_zeros", "written_numbers"]

# Two digit words side by side (一两, 三五): about so many, no number.
NOT_NUMERAL = re.compile("[一二三四五六七八九两][一二三四五六七八九两]")


def cn_number(run: str) -> str:
    """A numeral in Arabic digits (十五 → 15, 二〇二五 → 2025); what is no numeral, as it was."""
    if len(run) >= 2 and (NOT_NUMERAL.fullmatch(run) or NOT_NUMERAL.match(run)):
        return run  # 一两 / 三五: about one or two, no number
    try:
        return str(chinese_to_int(run))
    except ValueError:
        return run


_CN_SMALL = r"[一二三四五六七八九十两零〇]{1,3}|\d{1,2}"
# A time of day: 6:30, 6点30分, 六点半, 早上六点 (点 alone after a time word: 六点建议 counts points).
CLOCK_DIGITS = re.compile(r"(早上|上午|下午|晚上|凌晨|中午|傍晚)?(?<![\d.])(\d{1,2})[:：](\d{2})(?![\d:：])")
CLOCK = re.compile(rf"(?P<when>早上|上午|下午|晚上|凌晨|中午|傍晚|每天|每日|次日|翌日|当日)?(?P<h>{_CN_SMALL})点"
                   rf"(?:(?P<m>{_CN_SMALL})分|(?P<half>半)|(?P<oclock>钟|整))?")


# The first time of a range just before a time (下午2:00到|5:30, 8点30分至|12点, 下午14时00到|5点半).
# (点 alone starts one only after 上午 / 晚上 …: 三点到五点建议 counts points)
_WHEN = "早上|上午|下午|晚上|凌晨|中午|傍晚"
_RANGE_START = re.compile(rf"(?:(?P<when>{_WHEN})(?P<h>{_CN_SMALL})点|(?P<when2>{_WHEN})?(?P<h2>{_CN_SMALL})(?:[:：]\d{{2}}|时\d{{2}}"
                          rf"|点(?:(?:{_CN_SMALL})分|半|钟|整)))(?:到|至|~|～|-|－|—)$")


# A time of day told unmistakably somewhere in the text (8:30, 八点半, 上午八点, 8点30分).
_TIMES_TOLD = re.compile(rf"\d{{1,2}}[:：]\d{{2}}|点半|点(?:{_CN_SMALL})分|(?:{_WHEN})(?:{_CN_SMALL})点")


def _range_start(m: re.Match) -> re.Match | None:
    """The first time of the range that ``m``'s time ends (下午2:00到|5:30), if it ends one."""
    return _RANGE_START.search(m.string, max(0, m.start() - 16), m.start())


def _range_hour(start: re.Match, hour: int) -> int:
    """The hour of a time that ends the range ``start`` opens, read with the part of the day the
    start names (下午2:00到5:30 ends at 17:30)."""
    first, when = start.group("h") or start.group("h2"), start.group("when") or start.group("when2")
    first = first if first.isdigit() else cn_number(first)
    first = int(first) if first.isdigit() else 0
    if when in _AFTERNOON and 1 <= first < 12:
        first += 12
    return hour + 12 if first >= 12 and 1 <= hour < 12 and hour + 12 > first else hour


def clock(m: re.Match) -> str:
    """A time of day as 晚上22时30 (``CLOCK``'s matches); what is no time, as it was."""
    start = _range_start(m)
    if not (m.group("m") or m.group("half") or m.group("oclock") or m.group("when") or start
            or (_TIMES_TOLD.search(m.string) and not m.string.startswith("建议", m.end()))):
        return m.group(0)  # 六点建议, 一点五: not a time (八点 is one where the text tells times: 八点半才开门，提前到八点)
    hour = cn_number(m.group("h")) if not m.group("h").isdigit() else m.group("h")
    minute = 30 if m.group("half") else (m.group("m") if (m.group("m") or "").isdigit()
                                         else cn_number(m.group("m")) if m.group("m") else 0)
    if not str(hour).isdigit() or not str(minute).isdigit():
        return m.group(0)
    hour = int(hour)
    if m.group("when") in _AFTERNOON and 1 <= hour < 12:
        hour += 12  # 晚上十一点 / 晚上23:00
    elif not m.group("when") and start:
        hour = _range_hour(start, hour)
    day = m.group("when") if m.group("when") in _DAYS else ""
    return f"{day}{_part_of_day(hour)}{hour}时{int(minute):02d}"


_AFTERNOON = ("下午", "晚上", "傍晚")
_DAYS = ("每天", "每日", "次日", "翌日", "当日")


def _part_of_day(hour: int) -> str:
    """One word for the part of the day an hour is in: 晚上十点, 晚上22:00 and 22:00 read alike."""
    return "凌晨" if hour < 6 else "早上" if hour < 12 else "下午" if hour < 18 else "晚上"


def clock_digits(m: re.Match) -> str:
    """A time written with a colon (``CLOCK_DIGITS``'s matches) as :func:`clock` writes it."""
    hour = int(m.group(2))
    if 1 <= hour < 12 and m.group(1) in _AFTERNOON:
        hour += 12  # 晚上9:00 / 晚上21:00
    elif not m.group(1) and (start := _range_start(m)):
        hour = _range_hour(start, hour)
    return f"{_part_of_day(hour) if hour < 24 else ''}{hour}时{int(m.group(3)):02d}"


# An hour written with 时 alone (每日6时至20时, 23时以后), as a clock's time is written.
BARE_HOUR = re.compile(r"(?P<when>早上|上午|下午|晚上|凌晨|中午|傍晚)?(?<![\d.:：])(?P<h>\d{1,2})时(?![\d间候期段代常刻])")


def bare_hour(m: re.Match) -> str:
    """``BARE_HOUR``'s match as :func:`clock` writes a time (20时 / 晚上8点 → 晚上20时00)."""
    hour = int(m.group("h"))
    if hour > 24:
        return m.group(0)
    if m.group("when") in _AFTERNOON and 1 <= hour < 12:
        hour += 12
    return f"{_part_of_day(hour)}{hour}时00"


_WRITTEN_NUMBER = re.compile(r"\d+(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?")
# full-width digits and the marks written between digits, as their ASCII forms (NFKC's, faster)
_NUMBER_FORMS = str.maketrans("０１２３４５６７８９．，·", "0123456789.,.")


def written_numbers(text: str) -> tuple[str, ...]:
    """The numbers a text writes, as written: ``1.5`` and ``15`` differ, ``1,500`` is ``1500``.

    >>> written_numbers("由1.5%调整为１，５００元，见第1、5条")
    ('1.5', '1500', '1', '5')
    """
    text = text.translate(_NUMBER_FORMS)
    if "," in text:
        text = PM_COMMA.sub(r"\1.", text)  # PM2,5: an OCR'd decimal point
    # (0.50 is 0.5, 2.0 is 2: a decimal's trailing zeros write the same value)
    return tuple(trailing_zeros(x.replace(",", "")) for x in _WRITTEN_NUMBER.findall(text))


def trailing_zeros(number: str) -> str:
    """``number`` without a decimal's trailing zeros (``0.50`` → ``0.5``, ``2.0`` → ``2``)."""
    return number.rstrip("0").rstrip(".") if "." in number and number[-1:] == "0" else number


PM_COMMA = re.compile(r"(?i)(pm2)[,，](?=5)")
