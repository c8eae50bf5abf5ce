"""Whether two near-copies ask for the same thing: the request lives in the few characters that differ.

Shingles measure how much text two comments share. In a consultation the characters that differ
are usually the request (65 % / 75 %, 删除 / 保留, 第三章 / 第五章, 银川市 / 中卫市), so a pair the
MinHash step found is verified once more by what differs: both texts are reduced to what carries
meaning (width, punctuation, quotes, spacing, 虚词, numeral style, polite openings and closings,
the sender's own identity are set aside), aligned character by character, and every differing span
is judged:

- a number, percentage, year, date or amount that differs → ``数值不同``;
- a negation inserted or removed (不, 不宜, 不再, 无需 …) → ``否定不同``;
- a word of direction replaced (增加 / 减少, 删除 / 保留, 允许 / 禁止 …) → ``方向相反``;
- a section reference that differs (第三章 / 第五章, 专栏2 / 专栏4) → ``章节不同``;
- the same words in another order (由A调整为B / 由B调整为A) → ``顺序对调``;
- any other change of two or more characters of content (a place, an industry, a pollutant, an
  object; but also a reworded re-post) → ``文字不同（请核实是否同一诉求）``: kept apart, and said
  to be a difference of wording, not claimed to be another request;
- a longer text that adds a request of its own (a quoted earlier message with new points, the long
  version of a letter) → ``补充了新的诉求``: *related*, not a copy.

A single character replaced (a typo, an OCR confusion: 己 / 已, 末 / 未) is tolerated, and so is
what frames a text rather than asks: whom it addresses (an organ line before the text, 胡书记 /
胡市长, 市长大人), the sender's contact line, the time waited (快三个月了 / 快四个月了), two
characters of a name typed in the wrong order, points of a letter given in another order.

Campaigns (:mod:`consultagg.dedup.campaigns`) are judged more loosely: members
make a form letter their own with their words, names, places and stories, so only a sentence of the
template that asks for something, rewritten with another number, negation, direction, section or
order, takes a member out.

:func:`request_difference` gives ``None`` for two copies of one request, else a
:class:`Difference` whose ``reason`` the tracker shows (``数值不同：65% / 75%``).

Examples
--------
>>> request_difference("建议将收集率目标由70%调整为65%。", "建议将收集率目标由70%调整为75%。").reason
'数值不同：65% / 75%'
>>> request_difference("建议删除第三章中燃煤锅炉淘汰的表述。", "建议保留第三章中燃煤锅炉淘汰的表述。").reason
'方向相反：删除 / 保留'
>>> request_difference("建议第3章第2节删除具体数值。", "我单位认为：建议第三章第二节删除具体数值。以上意见供参考。") is None
True
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

import jieba
import numpy as np
from jieba.posseg import POSTokenizer

from consultagg.data import read_lines
from consultagg.dedup.framing import framing_removed
from consultagg.text.numerals import chinese_to_int
from consultagg.text.segment import JiebaSegmenter

__all__ = ["Difference", "request_difference"]


class Difference(NamedTuple):
    """Why two near-copies are not one request.

    ``kind`` is ``"different"`` (another request) or ``"expanded"`` (the longer text repeats the
    other and adds requests of its own: related); ``reason`` is the Chinese sentence shown to the
    office (``数值不同：65% / 75%``).
    """

    kind: str
    reason: str


# -- reducing a text to what carries meaning -------------------------------------------------
_CN_DIGITS = "零〇○一二三四五六七八九十百千两"
_CN_RUN = f"[{_CN_DIGITS}]+"
_CLAUSE_END = "，,。；;！!？?\n"
# Openings and closings that are courtesy, not content (cut before punctuation is dropped).
_POLITE_HEAD = re.compile(
    r"^(?:(?:经(?:认真)?研究|我(?:单位|厅|局|委|办|部门|院|中心|们)(?:认为|意见如下|提出如下意见)?|现(?:将)?(?:反馈|提出)"
    r"(?:意见)?如下|(?:具体)?意见(?:建议)?如下|反馈意见如下|提出(?:以下|如下)意见|"
    r"我(?:想|要)?(?:提|提出)(?:个|一个|几个|一点|以下)?(?:建议|意见)|我?(?:再|又)次?(?:反映|留言|投诉)(?:一次|一下)?|"
    r"这是我?第[一二三四五六七八九十\d]+次(?:留言|反映|投诉|来信)|感谢[^。！!：:]{0,24}|[^，,。：:]{1,12}认为|"
    r"[^，,。：:]{2,12}(?:信箱|专栏|平台|热线|留言板))"
    r"[，,：:！!。]\s*"
    # a preamble up to 意见如下： / 提出一条修改意见：(根据贵委来函要求，我县认真研究了…，现提出意见如下：)
    r"|(?:(?!第|专栏|附件|附表)[^。：:]){0,60}(?:研究|征求|来函|如下|提出|反馈)(?:(?!第|专栏|附件|附表)[^。：:]){0,30}"
    r"(?:意见|建议)(?:如下)?[：:]\s*)+")
# A salutation: 尊敬的胡书记：/ 市长您好！/ 各位领导：— whom the letter is addressed to, not what it asks.
_SALUTATION = re.compile(r"^(?:(?:尊敬的?|敬爱的?|亲爱的?)[^，,。：:！!]{1,30}[：:，,！!]\s*|[^，,。：:！!]{0,30}(?:您好|你好|好)[！!，,。：:]\s*"
                         r"|[^，,。：:！!]{1,20}(?:领导|同志|书记|市长|县长|厅长|局长|主任|处长|部长|区长|镇长|乡长|省长|编制组)"
                         r"[：:]\s*)+")
_POLITE_TAIL = re.compile(
    r"(?:[。；;，,\s]*(?:以上(?:意见|建议)(?:仅)?供参考|以上(?:意见|建议)[，,]?请?(?:予)?(?:采纳|参考|研究|酌)|"
    r"特此(?:函复|函告|复函|说明)|此复|请予(?:采纳|参考|研究|考虑)|请酌(?:处|定)?|谢谢(?:您|你们)?|感谢|辛苦了|"
    r"此致敬礼|妥否[，,]?请指示|如有不妥[，,]?请批评指正|盼复|盼回复|期待(?:您的)?回复|望回复|"
    r"(?:恳请|请|望)(?:各位)?领导(?:高度)?重视|(?:除此之外|此外|其他)?(?:我单位|我们|我)?(?:无|没有)其他(?:意见|建议)|"
    r"(?:恳请|请|望|敬请)?(?:予以)?采纳(?:为盼)?|为盼|(?:如需|如有)[^。！!]{0,12}(?:致电|联系|来电)[^。！!]{0,24})"
    r"[。.!！]*)+\s*$")
# Who is writing, not what is asked: a first clause 我是北岭市红星村村民 / 作为一名…居民 / 我家住…;
# a signature ——市民王建军 / 居民：赵国庆 / 联名人：… at the end.
# A first sentence that only says who writes (我是…个体户，在镇上开了十年小卖部。/ 本人系…教师。).
_IDENTITY_SENTENCE = re.compile(r"^(?:我们?是|本人|我系|我叫|作为|我家|家住|我住在)[^。！？!?\n]{1,60}[。！？!?\n]")
# The opening clauses of a sentence that say who writes, up to the clause that asks
# (我家在石门乡，前年装了屋顶光伏，请求规划…).
_IDENTITY_LEAD = re.compile(r"^(?:我们?是|本人|我系|我叫|作为|我家|家住|我住在|我在)[^。！？!?\n]{1,60}?[，,](?=[^，,。！？!?\n]{0,4}"
                            r"(?:请求|建议|恳请|希望|要求|呼吁|请))")
# A signature in brackets at the end (红柳镇居民 马某 / 4月3日留言), with no page or section in it.
_BRACKET_TAIL = re.compile(r"[（(]([^（）()]{1,40})[)）]\s*$")
_SIGNATURE_WORD = re.compile(r"居民|村民|市民|业主|牧民|网友|家长|电话|手机|先生|女士|某|留言|回复|反映")
_IDENTITY_CLAUSE = re.compile(rf"(?:^|(?<=[{_CLAUSE_END}：:]))(?:我们?是|我叫|作为一名|作为|我家住|家住|我住在|我在)"
                             rf"[^{_CLAUSE_END}]{{1,40}}[{_CLAUSE_END}](?:[\u4e00-\u9fff]{{2,4}}[{_CLAUSE_END}])?")
_IDENTITY_TAIL = re.compile(
    r"(?:[。.；;，,\s]*(?:(?<=[。.！!？?\n])[—\-－]{1,2}\s*[^，,。；;—\-－]{1,30}|(?:签名|署名|姓名|联系人|联名人|联系电话|电话|手机|邮箱)[:：]?"
    r"\s*[^，,。；;：:]{1,24})|[。.；;，,\s]+(?:市民|网友|村民|居民|业主|群众|牧民|家长)(?:[:：]\s*[^，,。；;：:]{1,24}"
    r"|\s*[^\s，,。；;：:\d]{1,8})"
    # the date a signature carries (never a date alone: 完成时限定为2025年12月31日 asks for it)
    r")+(?:[，,\s]*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}))?[。.]?\s*$")
# An organ (or several) the text is addressed to, on a line of its own before the text:
# 自治区生态环境厅：/ 市生态环境局、市发展改革委：
_ADDRESSEE = re.compile(r"^(?:[\u4e00-\u9fffA-Za-z]{1,20}?(?:人民政府|政府|厅|局|委|委员会|办公室|办|公司|中心|工作组|编制组)"
                        r"[、，,和及]?){1,8}[：:]\s*")
# Time waited, as a re-post updates it (快三个月了 / 快四个月了): the trailing 了 says it is elapsed
# time, not a period asked for (整改期限三个月).
_WAITED = re.compile(r"\d+(?:\.\d+)?个?多?(?:月|年|天|周|星期|小时)(?:了|前(?=就|已|曾|反映|留言|投诉|来信))")
_SPACE = re.compile(r"\s+")
_QUOTES = re.compile(r"[“”\"'‘’「」『』〝〞]")
_DROP = re.compile(r"[^\w%.]|_")
# 虚词 a copy adds or drops without changing the request: removed from both texts.
_FILLER = re.compile("[的地得也了着]")
# Added or dropped alone, these are 虚词 too (an inserted 到, 中, 一些, 进一步).
_FILLER_SPAN = re.compile(r"(?:在|当|中|到|就|都|还|再|又|之|一些|些|进一步|切实|认真|有关|相关|当中|之中|方面|一下|一个|个|"
                          r"尽快|尽早|及时|抓紧|早日|马上|立即|立刻|赶紧|一定|真正|积极|到位|真的|确实|"
                          r"严重|十分|非常|特别|极其|极为|很|更|更加|较为|比较|那些|这些|那个|这个|时候|要|需要|还是|于|关于|"
                          r"相关部门|有关部门|一次|一项|一下|全面|进行)+")
# Digits an OCR reads as letters, inside numbers and after 专栏/第.
_OCR_DIGIT = re.compile(r"(?<=\d)[oO]+|[oO](?=\d)|(?<=\d)[lI](?![a-zA-Z])|(?<![a-zA-Z])[lI](?=\d)"
                        r"|(?<=专栏|附件|附表)[lIoO](?![a-zA-Z])|(?<=第)[lI](?=[章节条款项篇页行])")
_PERCENT = re.compile(rf"百分之([\d.]+|{_CN_RUN}(?:点[{_CN_DIGITS}]+)?)")
# A numeral in words: with 十/百/千 (三十五), a decimal (一点五), before a counter (一次, 三个),
# or either end of a range (两到三个).
_CN_DECIMAL = re.compile(rf"({_CN_RUN})点([{_CN_DIGITS}]+)")
_CN_TENS = re.compile(rf"[{_CN_DIGITS}]*[十百千][{_CN_DIGITS}]*")
# 一个, 一次, 1个: an article more than a number (建一个市场 / 建个市场); 2个 stays a number.
_INDEFINITE = re.compile(r"(?<![\d.第])(?:一|1)[个次项下些]")
# Two digits side by side make no numeral in words (十四五 is a plan's name).
_NOT_NUMERAL = re.compile("[一二三四五六七八九][一二三四五六七八九]")
_CN_RANGE = re.compile(rf"({_CN_RUN})(?=(?:到|至|~|-|－)(?:{_CN_RUN}|\d))")
_CN_ORDINAL = re.compile(rf"(第|专栏|表|附件|附表|图)\(?\s*({_CN_RUN}|\d+)\s*\)?")
_CN_COUNTED = re.compile(rf"({_CN_RUN})(?=[章节条款项篇部页行栏年月日号个万亿%次名人家座处所台辆吨米亩倍天周元户批期轮级类种位件份场届岁]"
                         rf"|公里|公顷|小时|平方|立方|蒸吨)")
_WAN = re.compile(r"(\d+(?:\.\d+)?)(万|亿)")
_DEMONSTRATIVE_ONE = re.compile(r"(这|那|哪|同|每)一(?=[部块方个项条点])")  # 这一部分 names no number
_CN_YEAR = re.compile(r"[〇零○一二三四五六七八九]{4}")
_SEP = "|"


_FRACTION = re.compile(rf"({_CN_RUN}|\d+)分之({_CN_RUN}|\d+)|(?<![\d/])(\d+)/(\d+)(?![\d/])")


def _fraction(m: re.Match) -> str:
    """A fraction as digits, numerator first: 三分之一 and 1/3 both give 1/3."""
    if m.group(1):
        den, num = m.group(1), m.group(2)
        if den == "百":
            return m.group(0)  # 百分之… is a percentage (_PERCENT)
        return f"{num if num.isdigit() else _cn_number(num)}/{den if den.isdigit() else _cn_number(den)}"
    return f"{m.group(3)}/{m.group(4)}"


def _cn_number(run: str) -> str:
    """A numeral in Arabic digits (十五 → 15, 二〇二五 → 2025); what is no numeral, as it was."""
    try:
        return str(chinese_to_int(run))
    except ValueError:
        return run


def _scaled(m: re.Match) -> str:
    value = float(m.group(1)) * (10_000 if m.group(2) == "万" else 100_000_000)
    return str(int(value)) if value == int(value) else repr(value)


@lru_cache(maxsize=1)
def _synonyms() -> tuple[re.Pattern, dict[str, str]]:
    """Words of ``data/synonyms.txt`` and the first word of their line."""
    canon = {w: line.split()[0] for line in read_lines("synonyms.txt") for w in line.split()}
    words = sorted(canon, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words))), canon


def _cn_decimal(run: str) -> str:
    """一点五 → 1.5, 零点八 → 0.8; a whole numeral as :func:`_cn_number` gives it."""
    whole, _, frac = run.partition("点")
    if not frac:
        return _cn_number(whole)
    digits = "".join(_cn_number(c) for c in frac)
    return f"{_cn_number(whole)}.{digits}" if digits.isdigit() else run


# Words that ask, for telling a sentence about the sender from one that requests.
_REQUEST_WORD = re.compile(r"建议|请求|恳请|希望|要求|呼吁|应当|应该|务必|请(?!问)")
# A bracket holding any of these locates the text in the draft: never a signature.
_REFERENCE_WORD = re.compile(r"第|页|章|节|条|款|专栏|附件|附表")


# Fewer meaning-carrying characters than this left after the framing is set aside: too little
# to call two texts one request on.
_MIN_CORE = 8
_LEAD_MARKER = re.compile(r"我们?是|本人|我系|我叫|作为|我家|家住|我住在|我在")
_LEAD_CHARS = 80
# The last characters of a text where a signature or a polite closing is looked for.
_TAIL_CHARS = 160
_LATIN_OI = re.compile("[oOlI]")


def _reduce(text: str, lead: bool = False) -> str:
    """The meaning-carrying characters of a text: see the module docstring. With ``lead``, also
    without the clauses that say who writes before the clause that asks (:data:`_IDENTITY_LEAD`)."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    s = _SPACE.sub(lambda m: "\n" if "\n" in m.group(0) else "", s)
    s = _QUOTES.sub(_SEP, s)
    bracket = _BRACKET_TAIL.search(s)
    if bracket and _SIGNATURE_WORD.search(bracket.group(1)) and not _REFERENCE_WORD.search(bracket.group(1)):
        s = s[:bracket.start()]
    # Signatures and closings sit in the last lines: matched there only (an end-anchored pattern
    # would otherwise be tried at every position of a long text).
    cut = max(0, len(s) - _TAIL_CHARS)
    s = s[:cut] + _POLITE_TAIL.sub("", _IDENTITY_TAIL.sub("", s[cut:]))
    s = _POLITE_HEAD.sub("", _SALUTATION.sub("", _ADDRESSEE.sub("", s)))
    if lead:  # only ever compared with another text's lead-less form (request_difference)
        s = _IDENTITY_SENTENCE.sub(lambda m: m.group(0) if _REQUEST_WORD.search(m.group(0)) else "", s)
        s = _IDENTITY_LEAD.sub("", s)
    s = _POLITE_HEAD.sub("", _IDENTITY_CLAUSE.sub("", s))
    if _LATIN_OI.search(s):
        s = _OCR_DIGIT.sub(lambda m: "0" * len(m.group(0)) if m.group(0)[0] in "oO" else "1", s)
    s = _DEMONSTRATIVE_ONE.sub(r"\1", s)
    s = _CN_YEAR.sub(lambda m: _cn_number(m.group(0)), s)
    if "分之" in s or "/" in s:  # 三分之一 / 1/3
        s = _FRACTION.sub(_fraction, s)
    if "百分之" in s:
        s = _PERCENT.sub(lambda m: (m.group(1) if m.group(1)[0].isdigit() else _cn_decimal(m.group(1))) + "%", s)
    s = _CN_ORDINAL.sub(lambda m: m.group(1) + (m.group(2) if m.group(2).isdigit() else _cn_number(m.group(2))), s)
    if "点" in s:
        s = _CN_DECIMAL.sub(lambda m: _cn_decimal(m.group(0)), s)
    s = _CN_RANGE.sub(lambda m: _cn_number(m.group(1)), s)
    s = _CN_COUNTED.sub(lambda m: _cn_number(m.group(1)), s)
    s = _CN_TENS.sub(lambda m: _cn_number(m.group(0)) if len(m.group(0)) >= 2 and not _NOT_NUMERAL.search(m.group(0))
                     else m.group(0), s)
    if "万" in s or "亿" in s:
        s = _WAN.sub(_scaled, s)
    if "了" in s or "前" in s:
        s = _WAITED.sub("多时", s)
    s = _INDEFINITE.sub("", s)
    s = _DROP.sub("", s).lower()
    pattern, canon = _synonyms()
    return _FILLER.sub("", pattern.sub(lambda m: canon[m.group(0)], s))


# -- judging what differs --------------------------------------------------------------------------
# A number; digits after a Latin letter are part of a name or code (A8县, PM2.5, GB50016).
_NUMBER = re.compile(r"(?<![a-z\d.])\d+(?:\.\d+)?%?")
_NEGATION = re.compile(r"不|无|没|勿|毋|非|未|暂缓|停止|取消")
# Words that hold a negation character without negating anything (未来, 非常, 不断, 无论).
_NOT_NEGATION = re.compile(r"未来|非常|不断|不仅|不但|无论|不管|不论|不久|不少|无权无势|无数|毫不|莫不|无不")
# Words of direction: two texts using different ones ask for opposite things.
_DIRECTION = re.compile(
    r"增加|增设|增补|新增|增大|增强|增长|提高|提升|上调|扩大|扩展|加快|加大|加强|加密|延长|提前|放宽|放开|允许|鼓励|支持|同意|"
    r"保留|维持|纳入|列入|写入|设置|设立|恢复|强化|严格|收紧|"
    r"减少|减小|减低|降低|下调|缩小|缩减|缩短|放缓|推迟|延后|减弱|弱化|禁止|限制|反对|删除|删去|删掉|去掉|取消|"
    r"撤销|移出|剔除|调出|暂停|停止|放松")
_REFERENCE = re.compile(r"第\d+(?:章|节|条|款|项|篇|部分|页|行)|专栏\d+|附件\d+|附表\d+|表\d+|图\d+|\(\d+\)")
# What an added passage must hold to be a request of its own: a word that asks, or the next
# point of an enumeration.
_REQUEST = re.compile(r"建议|请求|恳请|希望|应当|应该|必须|务必|亟需|呼吁|请(?!问|批评|酌)|要求(?=增加|补充|明确|删除|"
                      r"调整|纳入|设立|建立|加强|提高|降低)|[一二三四五六七八九十]是|再补充|另外|此外|^\d+\.|\d+[.、]")
# Courtesy and context an opening or closing may hold without asking for anything.
_COURTESY = re.compile(r"您好|你好|领导|尊敬|感谢|谢谢|辛苦|麻烦|收悉|来函|研究|意见|反馈|如下|不妥|指正|函复|此致|敬礼|"
                       r"编制组|贵厅|贵局|贵委|你厅|你局|我局|我厅|我委|我单位|我们")
# Whom a text addresses: one title put for another (书记 / 市长) asks for nothing else.
_TITLE_WORD = r"(?:领导|同志|书记|市长|县长|厅长|局长|主任|处长|部长|区长|镇长|乡长|省长)"
_TITLE = re.compile(rf"(?:[\u4e00-\u9fff]{{0,3}}){_TITLE_WORD}(?:大人|同志)?")
# A differing span this short that names an official on both sides (胡雄忠市长 / 书记胡华衡).
_MAX_OFFICIAL = 10
# Swapped spans longer than this are points of a letter in another order, not A and B swapped.
_MAX_SWAP = 8
# One character for another is a typo unless it names something on its own: an element or
# pollutant, a direction, a size.
_MEANINGFUL_CHAR = set("镉铊铅汞砷铬镍锌铜锰钴锑铍钒氨氮磷硫苯氟氯汞东南西北上下左右前后内外大小多少高低增减升降"
                       "零〇一二三四五六七八九十百千万亿两")
# Digits an OCR reads as letters (the characters an OCR or a pinyin typo puts for one another are
# the shipped confusables table).
_LOOKALIKE_LATIN = {frozenset(p) for p in ("0o", "1l", "1i")}


@lru_cache(maxsize=1)
def _confusable() -> frozenset[frozenset[str]]:
    """Pairs of characters a typo or an OCR puts for one another (``data/confusables.txt``)."""
    return frozenset(frozenset((x, y)) for line in read_lines("confusables.txt")
                     for x in line for y in line if x != y) | _LOOKALIKE_LATIN
_CJK = re.compile(r"[\u3400-\u9fff]")
# Differing spans this close (equal characters between them) are one change: 刘家台 / 王家冲.
_MERGE_GAP = 1
# A plea any letter ends with (请相关部门尽快解决, 请领导重视): no request of its own.
_PLEA = re.compile(r"(?:请|希望|恳请|望)?(?:相关|有关)?(?:部门|领导|政府|单位)?(?:予以|给予|能够|能)?(?:高度)?(?:重视|关注|尽快|及时)?"
                   r"(?:解决|处理|回复|答复|落实|督促|调查|核实|查处|关注|重视)(?:此事|此问题|问题|一下)?")
# Words that make the order of two things the request (先A再B, A优先于B, 由A调整为B, A并入B).
_ORDER = re.compile(r"先|再|后|优先|之前|之后|然后|首先|其次|调整为|改为|并入|由")
_ORDER_AT_END = re.compile(f"(?:{_ORDER.pattern})$")
# Courtesy inside a text (您好，来信收悉) up to this many characters is set aside.
_MAX_COURTESY = 12
# Text put in or taken out that a campaign member's check still judges (不, 不宜, 禁止).
_MAX_EDIT_INSERT = 2
# Added text this long (characters of content) holding a request is a request of its own.
_MIN_ADDED_REQUEST = 8


def _tokens(pattern: re.Pattern, s: str, lo: int, hi: int) -> list[str]:
    """Matches of ``pattern`` in ``s`` that overlap or touch ``[lo, hi]``."""
    return [m.group(0) for m in pattern.finditer(s) if m.start() <= hi and m.end() >= lo]


def _negations(s: str, lo: int, hi: int) -> list[str]:
    """Negations of ``s`` inside ``[lo, hi)``, words that only hold a negation character
    (未来, 非常, 无论) set aside."""
    masked = _NOT_NEGATION.sub(lambda m: "\0" * len(m.group(0)), s)
    return [m.group(0) for m in _NEGATION.finditer(masked) if m.start() < hi and m.end() > lo]


def _show(s: str, lo: int, hi: int, pad: int = 4) -> str:
    """The differing span with a little context, as the office reads it."""
    if hi - lo >= 2:
        return s[lo:hi]
    return s[max(0, lo - pad):min(len(s), hi + pad)]


def request_difference(a: str, b: str, *, edits_only: bool = False) -> Difference | None:
    """``None`` when ``a`` and ``b`` ask for the same thing, else why they do not.

    Parameters
    ----------
    a, b : str
        Two texts the shingle step found to be near-copies.
    edits_only : bool, default=False
        Judge only words replaced (up to ``_MAX_SWAP`` characters), and negations or directions of
        up to ``_MAX_EDIT_INSERT`` characters put in or taken out; longer text added, cut or
        rewritten is set aside (a campaign member's own text, shown as its own opinion).

    Returns
    -------
    Difference or None
        ``Difference("different", reason)`` for two requests, ``Difference("expanded", reason)``
        when one text repeats the other and adds a request of its own (related, not a copy).

    Examples
    --------
    >>> request_difference("建议对钢铁行业实施超低排放改造。", "建议对水泥行业实施超低排放改造。").reason
    '文字不同（请核实是否同一诉求）：钢铁 / 水泥'
    >>> request_difference("湿地保护率宜作为约束性指标。", "湿地保护率不宜作为约束性指标。").reason
    '否定不同：（无） / 不'
    >>> request_difference("石峡市尾矿库已停用多年，建议纳入排查。", "石峡市尾矿库己停用多年，建议纳入排查。") is None
    True
    """
    why = _difference(a, b, edits_only)
    if why is None or edits_only:
        return why
    fa, fb = framing_removed(a, _CONTENT), framing_removed(b, _CONTENT)
    if (fa, fb) != (a, b) and _difference(fa, fb, False) is None:
        return None  # they differ only in sentences that frame the request (framing.py)
    return why


# A sentence holding one of these may carry the request's object: never set aside as framing.
_CONTENT = re.compile("|".join(w for w in _DIRECTION.pattern.split("|") if w not in ("支持", "鼓励")))


def _difference(a: str, b: str, edits_only: bool) -> Difference | None:
    ra, rb = _reduce(a), _reduce(b)
    if ra == rb and len(ra) >= _MIN_CORE:
        return None
    if _confused_only(ra, rb) or _confused_only(*(_DROP.sub("", unicodedata.normalize("NFKC", t)) for t in (a, b))):
        return None  # characters an OCR or a typo confuses, however the alignment would pair them (老年入纳人)
    if ra == rb:  # too little left to tell: the texts as written decide
        ka, kb = _DROP.sub("", unicodedata.normalize("NFKC", a)), _DROP.sub("", unicodedata.normalize("NFKC", b))
        return None if ka == kb else Difference("different", f"文字不同（请核实是否同一诉求）：{a[:20]} / {b[:20]}")
    if _LEAD_MARKER.search(a[:_LEAD_CHARS]) or _LEAD_MARKER.search(b[:_LEAD_CHARS]):
        la = _reduce(a, lead=True)
        if len(la) >= _MIN_CORE and la == _reduce(b, lead=True):
            return None  # who writes, told before the request (form letters): the rest is one request
    ops = _merged([op for op in SequenceMatcher(None, ra, rb, autojunk=False).get_opcodes()
                   if op[0] != "equal" and not _confused(op, ra, rb)])
    if sorted(ra) == sorted(rb):
        # The same characters in another order: the points of a letter reordered, a list (A和B /
        # B和A), or two things exchanged where order is the request (先A再B, 以A为主、以B为辅).
        changed = _changed_sentences(a, b)
        if not changed or _list_reordered(a, b):
            return None
        if _swapped(ops, ra, rb) or (changed == 1 and not all(_typo_swap(op, ra, rb) for op in ops)):
            _, i1, _, j1, _ = ops[0]
            _, _, i2, _, j2 = ops[-1]
            return Difference("different", f"顺序对调：{ra[i1:i2][:40]} / {rb[j1:j2][:40]}")
    expanded: Difference | None = None
    for op in ops:
        if edits_only and max(op[2] - op[1], op[4] - op[3]) > (_MAX_SWAP if op[0] == "replace" else _MAX_EDIT_INSERT):
            continue
        why = _judge(*op, ra, rb)
        if why is None:
            continue
        if why.kind == "expanded":
            expanded = expanded or why
            continue
        return _swap_or(why, ops, ra, rb)
    return expanded


def _confused_only(ra: str, rb: str) -> bool:
    """Whether two texts of one length differ only in characters an OCR or a typo confuses
    (每千人口 / 每千入口, before 千人 is read as a number)."""
    return len(ra) == len(rb) >= _MIN_CORE and all(x == y or frozenset(x + y) in _confusable() for x, y in zip(ra, rb))


def _confused(op, ra: str, rb: str) -> bool:
    """One character an OCR or a typo puts for another (人 / 入), judged before neighbouring
    changes are merged into one span (老年人纳入 / 老年入纳人)."""
    tag, i1, i2, j1, j2 = op
    return tag == "replace" and i2 - i1 == j2 - j1 == 1 and frozenset(ra[i1] + rb[j1]) in _confusable()


def _only_fillers_added(sa: str, sb: str) -> bool:
    """Whether the longer span is the shorter with only fillers or function words put in."""
    short, long_ = sorted((sa, sb), key=len)
    if not short or len(short) == len(long_):
        return False
    ops = SequenceMatcher(None, short, long_, autojunk=False).get_opcodes()
    if any(tag not in ("equal", "insert") for tag, *_ in ops):
        return False
    return all(_FILLER_SPAN.fullmatch(long_[j1:j2]) or _function_words_only(long_[j1:j2])
               for tag, _, _, j1, j2 in ops if tag == "insert")


def _order_beside(s: str, lo: int, hi: int) -> bool:
    """Whether a word of order touches ``s[lo:hi]`` from outside or opens or closes it
    (先[A]再[B], [A优先于]B)."""
    span = s[lo:hi]
    return bool(_ORDER.search(s[max(0, lo - 3):lo] + _SEP + s[hi:hi + 3])
                or _ORDER.match(span) or _ORDER_AT_END.search(span))


def _typo_swap(op, ra: str, rb: str) -> bool:
    """Two or three characters typed in the wrong order (李继红 / 李红继)."""
    _, i1, i2, j1, j2 = op
    return i2 - i1 == j2 - j1 <= 3 and sorted(ra[i1:i2]) == sorted(rb[j1:j2])


def _swapped(ops, ra: str, rb: str) -> bool:
    """Whether two things were exchanged where order is the request: some differing span is
    short (a name, a number) or sits beside a word of order. Typos of order are left out; long
    passages moved with no word of order beside them are the points of a letter in another order."""
    for op in ops:
        _, i1, i2, j1, j2 = op
        if not _typo_swap(op, ra, rb) and (max(i2 - i1, j2 - j1) <= _MAX_SWAP or _order_beside(ra, i1, i2)
                                           or _order_beside(rb, j1, j2)):
            return True
    return False


_ENUMERATION = re.compile(rf"^\s*(?:\d+[.、)）]|[(（]\d+[)）]|[{_CN_DIGITS}]+[、.]|[(（][{_CN_DIGITS}]+[)）]|第[{_CN_DIGITS}]+[，,、]"
                          rf"|[{_CN_DIGITS}]是)")
# Where a sentence or a numbered point ends: before 一是 / 第二， / 2. / （3）.
_SENTENCE_END = re.compile(rf"[。；;！!？?\n]+|(?=[{_CN_DIGITS}]是|第[{_CN_DIGITS}]+[，,、]|(?<!\d)\d+[.、](?!\d)|[(（][\d{_CN_DIGITS}]+[)）])")
_CONJUNCTIONS = ("以及", "或者", "和", "与", "及", "或", "跟", "同", "、", "，", ",")


def _changed_sentences(a: str, b: str) -> int:
    """How many sentences of ``a`` (their numbering aside) ``b`` does not hold: 0 when ``b`` gives
    the same points in another order, 1 when the change is inside one sentence."""
    def keys(t):
        return Counter(_reduce(_ENUMERATION.sub("", x)) for x in _SENTENCE_END.split(unicodedata.normalize("NFKC", t))
                       if x.strip())
    return sum((keys(a) - keys(b)).values())


def _list_reordered(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two items of a list exchanged (加强监管和执法 / 加强执法和监管)."""
    a, b = (_QUOTES.sub("", _SPACE.sub("", unicodedata.normalize("NFKC", t))) for t in (a, b))
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    m = 0
    while m < min(len(a), len(b)) - n and a[-1 - m] == b[-1 - m]:
        m += 1
    mid_a, mid_b = a[n:len(a) - m], b[n:len(b) - m]
    for conj in _CONJUNCTIONS:
        x, sep, y = mid_a.partition(conj)
        if sep and x and y and mid_b == y + conj + x:
            return True
    return False


def _merged(ops):
    """Differing spans with at most ``_MERGE_GAP`` equal characters between them, as one replace."""
    out = []
    for op in ops:
        if out and op[1] - out[-1][2] <= _MERGE_GAP and op[3] - out[-1][4] <= _MERGE_GAP:
            _, i1, _, j1, _ = out[-1]
            out[-1] = ("replace", i1, op[2], j1, op[4])
        else:
            out.append(op)
    return out


# Parts of speech that carry no request (jieba's tags): adverbs, pronouns, particles, prepositions,
# conjunctions, modal particles, interjections, onomatopoeia, measure words; and modal verbs.
_FUNCTION_TAGS = frozenset({"d", "r", "u", "uj", "ul", "uz", "ug", "uv", "ud", "p", "c", "y", "e", "o", "zg", "x", "q",
                            "ad", "f", "a"})
_MODAL = frozenset("能够 能 可以 要 想 是 就是 就是说 说 还是 确实 到底 其实 主要 认为 觉得 想说 看 话 相应 大力 全面 力度 "
                   "有效 一块 这块 等等 等".split())


@lru_cache(maxsize=1)
def _tagger() -> POSTokenizer:
    jieba.setLogLevel(logging.WARNING)  # as the text kit's segmenter does: no dictionary chatter
    return POSTokenizer(jieba.Tokenizer())


def _function_words_only(span: str) -> bool:
    """Whether every word of ``span`` is a function word or a modal verb (no noun, verb or
    adjective of content, no number)."""
    return all(w in _MODAL or flag in _FUNCTION_TAGS for w, flag in _tagger().lcut(span)) and \
        not any(c.isdigit() for c in span)


@lru_cache(maxsize=1)
def _dictionary():
    return JiebaSegmenter(stopwords=())


def _both_words(ra: str, rb: str, i1: int, i2: int, j1: int, j2: int) -> bool:
    """Whether the changed character makes a dictionary word with its neighbours in both texts
    (养猪 / 养鸭: another object), as a typo (环竟) or an OCR confusion rarely does."""
    words = _dictionary()
    for left in (0, 1, 2):
        for right in (0, 1, 2):
            if not 1 <= left + right <= 3 or i1 - left < 0 or j1 - left < 0:
                continue
            wa, wb = ra[i1 - left:i2 + right], rb[j1 - left:j2 + right]
            if len(wa) >= 2 and len(wb) >= 2 and words.is_word(wa) and words.is_word(wb):
                return True
    return False


def _swap_or(why: Difference, ops, ra: str, rb: str) -> Difference | None:
    """``顺序对调`` when the differing spans of both texts hold the same characters."""
    spans_a = "".join(ra[i1:i2] for _, i1, i2, _, _ in ops)
    spans_b = "".join(rb[j1:j2] for _, _, _, j1, j2 in ops)
    if len(ops) >= 2 and len(spans_a) >= 2 and sorted(spans_a) == sorted(spans_b):
        if not _swapped(ops, ra, rb):
            return None  # whole points in another order: the same requests
        first = ops[0]
        last = ops[-1]
        return Difference("different", f"顺序对调：{ra[first[1]:last[2]]} / {rb[first[3]:last[4]]}")
    return why


def _judge(tag: str, i1: int, i2: int, j1: int, j2: int, ra: str, rb: str) -> Difference | None:
    sa, sb = ra[i1:i2], rb[j1:j2]
    if tag == "replace" and len(sa) == len(sb) == 1 and frozenset(sa + sb) in _confusable():
        return None  # a typo or an OCR confusion
    # Section references.
    fa, fb = _tokens(_REFERENCE, ra, i1, i2), _tokens(_REFERENCE, rb, j1, j2)
    if fa != fb:
        return Difference("different", f"章节不同：{'、'.join(fa) or '（无）'} / {'、'.join(fb) or '（无）'}")
    # Numbers: compare every number the span touches, whole.
    if any(c.isdigit() for c in sa + sb):
        na, nb = _tokens(_NUMBER, ra, i1, i2), _tokens(_NUMBER, rb, j1, j2)
        if na != nb:
            return Difference("different", f"数值不同：{'、'.join(na) or '（无）'} / {'、'.join(nb) or '（无）'}")
    # A negation inserted or removed.
    ga, gb = _negations(ra, i1, i2), _negations(rb, j1, j2)
    if ga != gb:
        return Difference("different", f"否定不同：{''.join(ga) or '（无）'} / {''.join(gb) or '（无）'}")
    # Words of direction.
    da, db = _tokens(_DIRECTION, ra, i1, i2), _tokens(_DIRECTION, rb, j1, j2)
    if da != db:
        return Difference("different", f"方向相反：{'、'.join(da) or '（无）'} / {'、'.join(db) or '（无）'}")
    ca, cb = len(_CJK.findall(sa)), len(_CJK.findall(sb))
    if tag == "replace" and ((_TITLE.fullmatch(sa) and _TITLE.fullmatch(sb))
                             or (max(len(sa), len(sb)) <= _MAX_OFFICIAL
                                 and re.search(_TITLE_WORD, sa) and re.search(_TITLE_WORD, sb))):
        return None  # addressed to another official (胡雄忠市长 / 书记胡华衡)
    if tag == "replace" and 2 <= len(sa) <= 3 and sorted(sa) == sorted(sb):
        return None  # two characters typed in the wrong order: 茂苑 / 苑茂
    if tag == "replace" and _only_fillers_added(sa, sb):
        return None  # 在规划当中进一步明确 / 在规划中明确: words that carry nothing put in
    if tag == "replace":
        if (max(ca, cb) >= 2 or set(sa + sb) & _MEANINGFUL_CHAR or ca != cb
                or (not ca and not cb and sa != sb)  # a letter or digit for another: A栋 / C栋
                or _both_words(ra, rb, i1, i2, j1, j2)):
            return Difference("different", f"文字不同（请核实是否同一诉求）：{_show(ra, i1, i2)} / {_show(rb, j1, j2)}")
        return None  # one character for one: a typo
    # Text added on one side only.
    added = sb if tag == "insert" else sa
    if _FILLER_SPAN.fullmatch(added) or _TITLE.fullmatch(added):
        return None  # a 虚词, or whom the text addresses (恳请市长大人督促 / 恳请督促)
    at_edge = (i1 == 0 and j1 == 0) or (i2 == len(ra) and j2 == len(rb))
    strong = _REQUEST.search(added)
    courtesy = _COURTESY.search(added)
    if not strong and ((at_edge and (courtesy or len(_CJK.findall(added)) <= 4))
                       or (courtesy and len(_CJK.findall(added)) <= _MAX_COURTESY)):
        return None  # a greeting, a thanks, the letter's head: courtesy and context
    other = ra if tag == "insert" else rb
    if any(len(x) >= 4 and x in other for x in (added, added[1:], added[:-1], added[1:-1])):
        # a passage moved, not added (its edges may be one character off)
        lo, hi = (j1, j2) if tag == "insert" else (i1, i2)
        here = rb if tag == "insert" else ra
        if _order_beside(here, lo, hi):  # 先A再B / 先B再A
            return Difference("different", f"顺序对调：{added[:40]}{'…' if len(added) > 40 else ''}")
        return None  # the points of a letter in another order
    if _PLEA.fullmatch(added):
        return None  # a plea to deal with it, as every letter ends
    n_cjk = max(ca, cb)
    if n_cjk >= _MIN_ADDED_REQUEST and strong:
        return Difference("expanded", f"补充了新的诉求：{added[:40]}{'…' if len(added) > 40 else ''}")
    if _function_words_only(added):
        return None  # 嗯，就是说，那个 / 能够 / 到底 / 确实是: words that carry no content
    if n_cjk >= 2 or set(added) & _MEANINGFUL_CHAR:
        return Difference("different", f"文字增删（请核实是否同一诉求）：{added[:40]}{'…' if len(added) > 40 else ''}")
    return None
