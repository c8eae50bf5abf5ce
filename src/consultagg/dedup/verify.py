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

import re
from collections import Counter
from difflib import SequenceMatcher
from typing import NamedTuple

from consultagg.dedup._clock import written_numbers
from consultagg.dedup._measures import another_unit, other_unit
from consultagg.dedup._notes import retells
from consultagg.dedup._typos import (_ATTRIBUTE_CHAR, _MEANINGFUL_CHAR, _NEVER_TYPED_FOR, _confusable, _read_alike,
                                     typo_pair as _typo_pair)
from consultagg.dedup._stories import own_place_asked, places_reduced_away, same_request_own_story
from consultagg.dedup._points import changed_sentences as _changed_sentences, clauses_reordered, list_reordered as _list_reordered, points as _points
from consultagg.dedup._words import dictionary, function_words_only, synonyms_swapped
from consultagg.dedup.framing import framing_removed
from consultagg.dedup._asking import asked_alike, asked_the_same
from consultagg.dedup.reduce import (_ANGLE_TITLE, _CN_DIGITS, _COMPARISON, _DONT, _DROP, _FILLER_SPAN, _LEAD_CHARS, _LEAD_MARKER,
                                     _MIN_CORE, _SEP, _SPOKEN, _cn_number, _reduce, dates_written_out)
from consultagg.text.normalize import nfkc

__all__ = ["Difference", "request_difference"]


class Difference(NamedTuple):
    """Why two near-copies are not one request.

    ``kind`` is ``"different"`` (another request) or ``"expanded"`` (the longer text repeats the
    other and adds requests of its own: related); ``reason`` is the Chinese sentence shown to the
    office (``数值不同：65% / 75%``).
    """

    kind: str
    reason: str


# -- judging what differs --------------------------------------------------------------------------
# A number; digits after a Latin letter are part of a name or code (A8县, PM2.5, GB50016).
_NUMBER = re.compile(r"(?<![a-z\d.])\d+(?:\.\d+)?%?")
_NEGATION = re.compile(r"不|无|没|勿|毋|非|未|暂缓|停止|取消|避免|防止|杜绝|拒绝|" + _DONT.pattern)
# Words that hold a negation character without negating anything (未来, 非常, 无论; 特别, 别人 beside 别把), and a
# question asked by a verb and its negation (能不能, 可不可以, 有没有): 能不能增加 asks for 增加.
_NOT_NEGATION = re.compile(r"未来|非常|不断|不胜|不仅|不但|无论|不管|不论|不久|不少|无权无势|无数|毫不|莫不|无不|"
                           r"([能会要可是有行好对肯愿想该应敢用需])[不没]\1")
# Words of direction: two texts using different ones ask for opposite things.
_DIRECTION = re.compile(
    r"增加|增设|增补|新增|增大|增强|增长|提高|提升|上调|调高|调增|扩大|扩展|加快|加大|加强|加密|延长|提前|放宽|放开|允许|鼓励|支持|同意|"
    r"保留|维持|纳入|列入|写入|设置|设立|恢复|强化|严格|收紧|高于|从严|从重|加重|"
    r"减少|减小|减低|降低|下调|调低|调减|缩小|缩减|缩短|放缓|推迟|延后|减弱|弱化|禁止|限制|反对|删除|删去|删掉|去掉|取消|"
    r"撤销|移出|剔除|调出|暂停|停止|放松|低于|从宽|从轻|减轻")
_REFERENCE = re.compile(r"第\d+(?:章|节|条|款|项|篇|部分|页|行)|专栏\d+|附件\d+|附表\d+|表\d+|图\d+|\(\d+\)")
# What an added passage must hold to be a request of its own: a word that asks, or the next
# point of an enumeration.
_REQUEST = re.compile(r"建议|请求|恳请|希望|应当|应该|必须|务必|亟需|呼吁|请(?!问|批评|酌)|要求(?=增加|补充|明确|删除|"
                      r"调整|纳入|设立|建立|加强|提高|降低)|[一二三四五六七八九十]是|再补充|另外|此外|^\d+\.|\d+[.、]")
# A closing that calls what came before a suggestion (以上是个人的一点建议，请予以参考), as reduced.
_CLOSING_FORMULA = re.compile(r"以上(?:是|为|仅为|只是|仅是)?[\u4e00-\u9fff]{0,8}?(?:意见|建议|看法|想法)"
                              r"(?:请|敬请|恳请|望|希望|仅供|供)?(?:能|能够)?(?:被|予以|给予)?(?:参考|采纳|斟酌|指正|研究)?(?:万分|十分|非常)?")
# A unit speaking of itself (我市, 我县, 我局, 我中心) as the subject of what it asks or thinks, and the
# words that follow such a subject.
_OWN_UNIT = re.compile(r"[市县区局委厅镇乡州院所办处部室校会司]|中心|单位|公司|集团|协会")
_SUBJECT_AFTER = re.compile(r"建议|认为|提出|研究|对|意见|无|经")
# Words naming the part of the draft a point is about, and a department's lead-in words, as reduced
# (关于X的规定 / 的相关规定 / 的内容 / 的情形; 鉴于, 提出建议, 相应, 进一步): no request of their own.
_DRAFT_PART = re.compile(r"(?:相关|有关|规定|内容|情形|条款|表述|条文|鉴于|提出|相应|进一步|予以|对其|进行|性)+")
# Negations alike (未予明确 / 没有明确 / 无明确规定).
_NOT_ALIKE = {"没": "未", "无": "未"}
_NOT_WORD = re.compile(r"[未没无](?:有|予|曾)?")
# Courtesy and context an opening or closing may hold without asking for anything.
_COURTESY = re.compile(r"您好|你好|领导|尊敬|感谢|谢谢|辛苦|麻烦|收悉|来函|研究|意见|反馈|如下|不妥|指正|函复|此致|敬礼|"
                       r"编制组|贵厅|贵局|贵委|你厅|你局|我局|我厅|我委|我单位|我们")
# Whom a text addresses: one title put for another (书记 / 市长) asks for nothing else.
_TITLE_WORD = r"(?:领导|同志|书记|市长|县长|厅长|局长|主任|处长|部长|区长|镇长|乡长|省长)"
_TITLE = re.compile(rf"(?:[\u4e00-\u9fff]{{0,3}}){_TITLE_WORD}(?:大人|同志)?")
# Who the official a plea is put to is (上级领导 / 县里领导 / 市领导): a level or a place before the title.
_OFFICIAL_QUALIFIER = re.compile(r"(?:上级|各级|有关|相关|[a-z0-9]{0,3}[\u4e00-\u9fff]{0,3}?[省市州县区镇乡里])?")
# A differing span this short that names an official on both sides (胡雄忠市长 / 书记胡华衡).
_MAX_OFFICIAL = 10
# Swapped spans longer than this are points of a letter in another order, not A and B swapped.
_MAX_SWAP = 8
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
# Courtesy at the end of a text up to this many characters (感谢您在百忙之中阅读我的留言); a longer
# passage there that happens to hold 研究 or 意见 is content (并研究在都市圈开行市域列车). A preamble
# at the start may be long (…来函收悉。经认真研究，现提出如下意见：).
_MAX_EDGE_COURTESY = 24
# What a closing's courtesy holds (a preamble's 研究 / 意见 / 如下 are not closings).
_CLOSING_COURTESY = re.compile(r"您好|你好|领导|尊敬|感谢|谢谢|辛苦|麻烦|不妥|指正|函复|此致|敬礼|编制组")
# Text put in or taken out that a campaign member's check still judges (不, 不宜, 禁止).
_MAX_EDIT_INSERT = 2
# Added text this long (characters of content) holding a request is a request of its own.
_MIN_ADDED_REQUEST = 8
# A room number put after the building and entrance of an address (5栋1单元 → 5栋1单元1502室).
_ROOM = re.compile(r"\d{3,4}(?:室|房|号房)?")
_ROOM_BEFORE = re.compile(r"\d+(?:单元|门洞)$")


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
    if same_request_own_story(a, b, _reduce):
        return None  # the senders' own lines before one shared request (dedup/_stories.py)
    fa, fb = framing_removed(a, _CONTENT), framing_removed(b, _CONTENT)
    if (fa, fb) != (a, b) and _difference(fa, fb, False) is None and not own_place_asked(a, b, fa):
        return None  # they differ only in sentences that frame the request (framing.py)
    return why




# A sentence holding one of these may carry the request's object: never set aside as framing.
_CONTENT = re.compile("|".join(w for w in _DIRECTION.pattern.split("|") if w not in ("支持", "鼓励")))


_DIGIT_GAP = re.compile(r"(?<=\d)[ \u3000]+(?=\d)|(?<=\d[.．])[ \u3000]+(?=\d)")


def _difference(a: str, b: str, edits_only: bool) -> Difference | None:
    # (a space an OCR put inside a number, X0 35 / 46. 5, is no second number)
    na, nb = (written_numbers(dates_written_out(_DIGIT_GAP.sub("", t))) for t in (a, b))
    if na != nb and "".join(na).replace(".", "") == "".join(nb).replace(".", ""):
        # the same digits, kept apart otherwise (1.5% / 15%, 第1、5条 / 第15条): what the
        # reductions below cannot see, as they keep letters and digits only
        return Difference("different", f"数值不同：{'、'.join(na)[:40]} / {'、'.join(nb)[:40]}")
    ra, rb = _reduce(a), _reduce(b)
    if len(ra) >= _MIN_CORE and (ra == rb or asked_the_same(ra, rb)):
        if places := places_reduced_away(a, b, asked_alike(ra), asked_alike(rb), _reduce):  # (我是石埠村村民。建议在村口…)
            return Difference("different", f"对象不同：{places[0][:20]} / {places[1][:20]}")
        return None  # (or asked as 我局认为条例应当… / 建议…: who thinks so, a modal and 虚词 aside)
    if _points(a) >= 2 and _changed_sentences(a, b) == 0 == _changed_sentences(b, a) and len(ra) >= _MIN_CORE:
        return None  # the same points, renumbered or in another order (一、…二、… / （1）…（2）…)
    # the texts as written (a comparison sign kept in words: <35 / >35)
    ka, kb = (_DROP.sub("", _ANGLE_TITLE.sub(r"\1", nfkc(t)).translate(_COMPARISON)) for t in (a, b))
    if _confused_only(ra, rb) or _confused_only(ka, kb):
        return None  # characters an OCR or a typo confuses, however the alignment would pair them (老年入纳人)
    if ra == rb:  # too little left to tell: the texts as written decide
        return None if ka == kb else Difference("different", f"文字不同（请核实是否同一诉求）：{a[:20]} / {b[:20]}")
    if _LEAD_MARKER.search(a[:_LEAD_CHARS]) or _LEAD_MARKER.search(b[:_LEAD_CHARS]):
        la = _reduce(a, lead=True)
        if len(la) >= _MIN_CORE and la == _reduce(b, lead=True) and _stances(ra) == _stances(rb) \
                and _parts_named(ra) == _parts_named(rb) and not own_place_asked(a, b, la, both=True):
            return None  # who writes, told before the request (form letters): the rest is one request
    ops = _merged([op for op in SequenceMatcher(None, ra, rb, autojunk=False).get_opcodes()
                   if op[0] != "equal" and not _confused(op, ra, rb)])
    digits_only = bool(ops) and all(ra[i1:i2].isdigit() and rb[j1:j2].isdigit() for _, i1, i2, j1, j2 in ops)
    if sorted(ra) == sorted(rb) and not digits_only:  # 32 / 23: a number, judged below
        # The same characters in another order: the points of a letter reordered, a list (A和B /
        # B和A), or two things exchanged where order is the request (先A再B, 以A为主、以B为辅).
        changed = _changed_sentences(a, b)
        if not changed or _list_reordered(a, b) or clauses_reordered(a, b):
            return None
        if _swapped(ops, ra, rb) or (changed == 1 and not all(_typo_swap(op, ra, rb) for op in ops)):
            _, i1, _, j1, _ = ops[0]
            _, _, i2, _, j2 = ops[-1]
            return Difference("different", f"顺序对调：{ra[i1:i2][:40]} / {rb[j1:j2][:40]}")
    if not edits_only:
        # One character put for another at two places or more (视障 / 听障 twice): a typo does not
        # repeat itself; a word chosen does.
        swaps = Counter((ra[i1], rb[j1]) for tag, i1, i2, j1, j2 in ops
                        if tag == "replace" and i2 - i1 == 1 == j2 - j1 and _CJK.match(ra[i1]) and _CJK.match(rb[j1]))
        again = [pair for pair, k in swaps.items() if k >= 2]
        if again:
            x, y = again[0]
            return Difference("different", f"文字不同（多处同样替换，请核实是否同一诉求）：{x} / {y}")
    expanded: Difference | None = None
    worded: Difference | None = None  # (edits only: a word a signer changed, judged after every other change)
    for op in ops:
        if edits_only and max(op[2] - op[1], op[4] - op[3]) > (_MAX_SWAP if op[0] == "replace" else _MAX_EDIT_INSERT):
            # a member's own words in the request (须补建 / 无须按本办法第二十六条补建): where one word was
            # put for them, its stance is judged (a negation or a direction at the start of the change)
            _, i1, i2, j1, j2 = op
            if op[0] == "replace" and (why := _stance_difference(ra, rb, i1, min(i2, i1 + 3), j1, min(j2, j1 + 3))):
                return why
            continue
        why = _judge(*op, ra, rb)
        if why is None:
            continue
        if why.kind == "expanded":
            expanded = expanded or why
            continue
        why = _swap_or(why, ops, ra, rb)
        if why is None:
            return None
        if worded is not None and not why.reason.startswith("章节不同"):
            continue  # (after a signer's word, only another part of the draft counts: their story is theirs)
        if edits_only and why.reason.startswith(_WORDED):
            # a signer's name or word (张三： / 钱七：) must not hide another article after it
            worded = worded or why
            continue
        return why
    return expanded or worded


_WORDED = ("文字不同", "文字增删")

def _parts_named(r: str) -> list[str]:
    """The parts of the draft a reduced text names (第3章, 专栏2, 表4), which no clause of who writes holds
    (作为一名读者，对于第三章，建议… / 对于第五章，…: another request)."""
    return [x for x in _REFERENCE.findall(r) if not x.startswith("(")]


def _stances(r: str) -> Counter:
    """The words of direction and the negations a reduced text holds: what the identity lead-in
    may never take away (本人支持… / 本人反对…)."""
    return Counter(_DIRECTION.findall(r)) + Counter(_negations(r, 0, len(r)))


def _same_digit(sa: str, sb: str) -> bool:
    """One digit and the same digit in words (4 / 四), as a counter the reduction does not know
    leaves it (四车道)."""
    if len(sa) != 1 or len(sb) != 1:
        return False
    digit, word = (sa, sb) if sa.isdigit() else (sb, sa)
    return digit.isdigit() and word in _CN_DIGITS and _cn_number(word) == digit


def _confused_only(ra: str, rb: str) -> bool:
    """Whether two texts of one length differ only in characters an OCR or a typo confuses
    (每千人口 / 每千入口, before 千人 is read as a number)."""
    return len(ra) == len(rb) >= _MIN_CORE and all(x == y or _typo_pair(x, y) for x, y in zip(ra, rb))


def _confused(op, ra: str, rb: str) -> bool:
    """One character an OCR or a typo puts for another (人 / 入, 护 / 户), judged before
    neighbouring changes are merged into one span (老年人纳入 / 老年入纳人)."""
    tag, i1, i2, j1, j2 = op
    if not (tag == "replace" and i2 - i1 == j2 - j1 == 1):
        return False
    if frozenset(ra[i1] + rb[j1]) in _confusable():
        return True
    # a homophone that makes a word on both sides is another word (鸡场 / 机场, 油船 / 游船)
    return _typo_pair(ra[i1], rb[j1]) and not _both_words(ra, rb, i1, i2, j1, j2)


# Animals and crops named by one character (流浪猫 / 流浪狗, 养猪 / 养牛, 蛇类 / 蛙类): no typo puts one for another.
_CREATURES = frozenset("猫狗犬猪牛羊鸡鸭鹅鱼虾蟹马驴骡兔鸽鸟蛇蜂蚕稻麦茶桑竹松柏杨柳桃梨枣蛙龟鳖熊鹿狐貂獾狼豹虎猴鼠雀鹰隼鹤鹭鸥蝎蚌螺蚓蝗蚊蝇豆薯棉麻瓜")


def _only_fillers_added(sa: str, sb: str) -> bool:
    """Whether the longer span is the shorter with only fillers or function words put in."""
    short, long_ = sorted((sa, sb), key=len)
    if not short or len(short) == len(long_):
        return False
    ops = SequenceMatcher(None, short, long_, autojunk=False).get_opcodes()
    if any(tag not in ("equal", "insert") for tag, *_ in ops):
        return False
    return all(_FILLER_SPAN.fullmatch(long_[j1:j2]) or function_words_only(long_[j1:j2])
               for tag, _, _, j1, j2 in ops if tag == "insert")


# Time waited added on its own (已经快一年了, reduced to 已经快多时): a re-post's update.
_WAITED_ONLY = re.compile(r"(?:已经|已|快|都|有|又)*多时了?")


def _unspoken(span: str) -> str:
    """A span without spoken fillers and 虚词 (那里设 → 设)."""
    return _FILLER_SPAN.sub("", _SPOKEN.sub("", span))


def _order_beside(s: str, lo: int, hi: int) -> bool:
    """Whether a word of order touches ``s[lo:hi]`` from outside or opens or closes it
    (先[A]再[B], [A优先于]B)."""
    span = s[lo:hi]
    return bool(_ORDER.search(s[max(0, lo - 3):lo] + _SEP + s[hi:hi + 3])
                or _ORDER.match(span) or _ORDER_AT_END.search(span))

_ORDERED_CHARS = _MEANINGFUL_CHAR | set("进出来去入退买卖借还收支先后不无没未")


# What follows a changed character that is part of a place's name (桑|塘村, 杏|坪镇, 长|江路).
_PLACE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:村|镇|乡|县|市|区|街道|社区|小区|路|街|巷|"
                          r"隧道|桥|河|江|湖|山|岭|水库|港|机场|车站|公路|铁路|湿地|湾|岛|峡|溪|渠)")  # (蕙岭隧道 / 萱岭隧道)


def _in_a_word(r: str, i: int) -> bool:
    """Whether the character at ``i`` makes a dictionary word with a neighbour (责任, 投诉): a
    common word, not a place's own name (桑塘村; 柳湾村, though 柳湾 is in the dictionary)."""
    words = dictionary()
    return (i >= 1 and words.is_word(r[i - 1:i + 1])) or (
        i + 2 <= len(r) and words.is_word(r[i:i + 2]) and not _PLACE_AFTER.match(r, i + 2, i + 4))


def _typo_in_one(ra: str, rb: str, i: int, j: int) -> bool:
    """One character put for another, read alike tones aside, that makes a word with a neighbour
    on one side only, the other side's character making none and saying nothing of its own (偏低 / 偏底):
    a typo or an OCR confusion, not another word chosen. A place's own name is never judged so."""
    if _PLACE_AFTER.match(ra, i + 1) or _PLACE_AFTER.match(rb, j + 1) or not (_CJK.match(ra[i]) and _CJK.match(rb[j])):
        return False
    word_a, word_b = _in_a_word(ra, i), _in_a_word(rb, j)
    if word_a == word_b:
        return False
    typed = rb[j] if word_a else ra[i]
    return (typed not in _NEVER_TYPED_FOR and _read_alike(ra[i], rb[j])
            and not _in_longer_word(rb if word_a else ra, j if word_a else i))


def _in_longer_word(r: str, i: int) -> bool:
    """Whether the character at ``i`` is inside a dictionary word of three or four characters."""
    words = dictionary()
    return any(words.is_word(r[k:k + n]) for n in (3, 4) for k in range(max(0, i - n + 1), i + 1)
               if k + n <= len(r))


def _typo_swap(op, ra: str, rb: str) -> bool:
    """Two or three characters typed in the wrong order (李继红 / 李红继)."""
    _, i1, i2, j1, j2 = op
    return (i2 - i1 == j2 - j1 <= 3 and sorted(ra[i1:i2]) == sorted(rb[j1:j2])
            and not set(ra[i1:i2]) & _ORDERED_CHARS  # 由东向西 / 由西向东, 只进不出 / 只出不进: no typo
            and not any(c.isdigit() for c in ra[i1:i2]))  # 32 / 23: another number


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


def _both_words(ra: str, rb: str, i1: int, i2: int, j1: int, j2: int) -> bool:
    """Whether the changed character makes a dictionary word with its neighbours in both texts
    (养猪 / 养鸭: another object), as a typo (环竟) or an OCR confusion rarely does."""
    words = dictionary()
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
        if spans_a.isdigit() and spans_b.isdigit():
            return why  # the same digits in another order at each mention (第32条 / 第23条): a number
        if not _swapped(ops, ra, rb):
            return None  # whole points in another order: the same requests
        first = ops[0]
        last = ops[-1]
        return Difference("different", f"顺序对调：{ra[first[1]:last[2]]} / {rb[first[3]:last[4]]}")
    return why


def _years_short(na: list[str], nb: list[str], ra: str, rb: str) -> bool:
    """Whether the numbers differ only in years written short on one side (2019年 / 19年)."""
    def short(x: str, y: str, text: str) -> bool:
        return len(x) == 4 and x[:2] in ("19", "20") and x[2:] == y and f"{y}年" in text
    return len(na) == len(nb) and all(x == y or short(x, y, rb) or short(y, x, ra) for x, y in zip(na, nb))


def _stance_difference(ra: str, rb: str, i1: int, i2: int, j1: int, j2: int) -> Difference | None:
    """A negation inserted or removed, or another word of direction, in the differing spans."""
    ga, gb = _negations(ra, i1, i2), _negations(rb, j1, j2)
    if [_NOT_ALIKE.get(x, x) for x in ga] != [_NOT_ALIKE.get(x, x) for x in gb]:  # (未予明确 / 没有明确)
        return Difference("different", f"否定不同：{''.join(ga) or '（无）'} / {''.join(gb) or '（无）'}")
    da, db = _tokens(_DIRECTION, ra, i1, i2), _tokens(_DIRECTION, rb, j1, j2)
    if da != db:
        return Difference("different", f"方向相反：{'、'.join(da) or '（无）'} / {'、'.join(db) or '（无）'}")
    return None


def _judge(tag: str, i1: int, i2: int, j1: int, j2: int, ra: str, rb: str) -> Difference | None:
    sa, sb = ra[i1:i2], rb[j1:j2]
    if _confused((tag, i1, i2, j1, j2), ra, rb):
        return None  # a typo or an OCR confusion (a delete and an insert merged into one change)
    if tag == "replace" and synonyms_swapped(ra, i1, i2, rb, j1, j2):
        return None  # one word for its synonym: 提高补贴 / 增加补贴, 公布 / 公开
    if tag == "replace" and ra[i1 - 1:i1] == "我" == rb[j1 - 1:j1] and _OWN_UNIT.fullmatch(sa) and _OWN_UNIT.fullmatch(sb) \
            and (_SUBJECT_AFTER.match(ra, i2) or ra[i1 - 2:i1 - 1] == "经"):
        return None  # 我市建议… / 我县建议…, 经我院研究 / 经我中心研究: who writes, the same request
    if tag == "replace" and _NOT_WORD.fullmatch(sa) and _NOT_WORD.fullmatch(sb) and _NOT_ALIKE.get(sa[0], sa[0]) == _NOT_ALIKE.get(sb[0], sb[0]):
        return None  # 未予明确 / 没有明确
    if tag != "replace" and _ROOM.fullmatch(sa + sb) and _ROOM_BEFORE.search((ra[:i1] if sa else rb[:j1])):
        return None  # the room of an address added (5栋1单元 / 5栋1单元1502室): who writes, not what is asked
    if tag == "replace" and _same_digit(sa, sb):
        return None  # 4车道 / 四车道: one digit written both ways
    if tag != "replace" and ((i1 == 0 and j1 == 0) or (i2 == len(ra) and j2 == len(rb))) \
            and retells(sb or sa, ra if sb else rb, _REQUEST, _DIRECTION):
        return None  # a re-post's note on its history (上个月已经留言，至今未回复，请尽快处理)
    # Section references.
    fa, fb = _tokens(_REFERENCE, ra, i1, i2), _tokens(_REFERENCE, rb, j1, j2)
    if fa != fb:
        return Difference("different", f"章节不同：{'、'.join(fa) or '（无）'} / {'、'.join(fb) or '（无）'}")
    # Numbers: compare every number the span touches, whole.
    if any(c.isdigit() for c in sa + sb):
        na, nb = _tokens(_NUMBER, ra, i1, i2), _tokens(_NUMBER, rb, j1, j2)
        if na != nb and not _years_short(na, nb, ra, rb):
            return Difference("different", f"数值不同：{'、'.join(na) or '（无）'} / {'、'.join(nb) or '（无）'}")
    if (why := _stance_difference(ra, rb, i1, i2, j1, j2)) is not None:
        return why
    ca, cb = len(_CJK.findall(sa)), len(_CJK.findall(sb))
    if tag == "replace" and ((_TITLE.fullmatch(sa) and _TITLE.fullmatch(sb))
                             or (max(len(sa), len(sb)) <= _MAX_OFFICIAL
                                 and re.search(_TITLE_WORD, sa) and re.search(_TITLE_WORD, sb))):
        return None  # addressed to another official (胡雄忠市长 / 书记胡华衡)
    if (re.match(_TITLE_WORD, ra[i2:]) and re.match(_TITLE_WORD, rb[j2:])
            and _OFFICIAL_QUALIFIER.fullmatch(sa) and _OFFICIAL_QUALIFIER.fullmatch(sb)):
        return None  # whom a plea is put to: 恳请上级领导重视 / 恳请县里领导重视 / 求助于市领导
    if tag == "replace" and 2 <= len(sa) <= 3 and sorted(sa) == sorted(sb) and not any(c.isdigit() for c in sa):
        return None  # two characters typed in the wrong order: 茂苑 / 苑茂 (S208 / S280 is another road)
    if tag == "replace" and _only_fillers_added(sa, sb):
        return None  # 在规划当中进一步明确 / 在规划中明确: words that carry nothing put in
    if tag == "replace" and _unspoken(sa) == _unspoken(sb):
        return None  # 设个 / 那里设: spoken fillers on either side, the same word between them
    if tag == "replace" and ca == cb == 1 and ra[i2:i2 + 1] == "某" == rb[j2:j2 + 1]:
        # another person (业主林某 / 业主黄某) in the request; the sender's own name was put as 某
        return Difference("different", f"姓名不同：{_show(ra, i1, i2 + 1)} / {_show(rb, j1, j2 + 1)}")
    if tag == "replace" and (units := other_unit(ra, rb, i1, i2, j1, j2)):
        return Difference("different", f"数值不同：{units}")  # 15亩 / 15公顷
    if tag == "replace" and another_unit(sa, sb, ra[i1 - 1:i1], rb[j1 - 1:j1]):
        return Difference("different", f"数值不同：{_show(ra, i1, i2)} / {_show(rb, j1, j2)}")  # 7天 / 7周
    if tag == "replace" and ca == cb == 1 and _typo_in_one(ra, rb, i1, j1):
        return None  # 偏低 / 偏底: a word on one side, none on the other, read alike
    if tag == "replace":
        if (max(ca, cb) >= 2 or set(sa + sb) & _MEANINGFUL_CHAR or ca != cb
                or (sa in _ATTRIBUTE_CHAR and sb in _ATTRIBUTE_CHAR)
                or (not ca and not cb and sa != sb)  # a letter or digit for another: A栋 / C栋
                or _both_words(ra, rb, i1, i2, j1, j2)):
            return Difference("different", f"文字不同（请核实是否同一诉求）：{_show(ra, i1, i2)} / {_show(rb, j1, j2)}")
        if (_PLACE_AFTER.match(ra, i2) or _PLACE_AFTER.match(rb, j2)) and not _in_a_word(ra, i1) \
                and not _in_a_word(rb, j1):
            # inside a place's name (桑塘村 / 藕塘村): another place; a typo there reads alike or looks alike
            return Difference("different", f"对象不同：{_show(ra, i1, i2)} / {_show(rb, j1, j2)}")
        if (i1 >= 2 and ra[i1 - 2:i1] + sb in ra) or (j1 >= 2 and rb[j1 - 2:j1] + sa in rb):
            # the other word is in the text itself (流浪狗和流浪猫都有…把流浪狗 / 流浪猫的收容写进去): chosen, no typo
            return Difference("different", f"对象不同：{_show(ra, i1, i2)} / {_show(rb, j1, j2)}")
        if sa in _CREATURES and sb in _CREATURES:
            return Difference("different", f"对象不同：{_show(ra, i1, i2)} / {_show(rb, j1, j2)}")  # 流浪猫 / 流浪狗
        if ra[i2:i2 + 1] in _CREATURES and rb[j2:j2 + 1] in _CREATURES and not (_typo_pair(sa, sb) or _read_alike(sa, sb)):
            # the kind of one creature, neither confused nor read alike (白鹭 / 夜鹭, 黄牛 / 牦牛): another species
            return Difference("different", f"对象不同：{_show(ra, i1, i2 + 1)} / {_show(rb, j1, j2 + 1)}")
        return None  # one character for one: a typo
    # Text added on one side only.
    added = sb if tag == "insert" else sa
    longer, end = (rb, j2) if tag == "insert" else (ra, i2)
    if added.endswith("到") and longer[end:end + 1].isdigit() and longer[end - len(added) - 1:end - len(added)] != "入":
        # 提高到200元 / 提高200元; not 纳入到2026年计划 / 纳入2026年计划, where 到 only says into
        return Difference("different", f"数值不同：{_show(longer, end - len(added), end + 3)}")
    start = end - len(added)
    if added == "多" and re.match(r"增加|增设|新增|设置|建设|安排|配备|开设|投放|安装", longer[end:end + 2]):
        return None  # 多增加一些投放点 / 增加投放点: more of what is asked, the same request
    if added.endswith("得") and 2 <= len(added) <= 3 and added[:-1] in longer[max(0, start - 4):start]:
        return None  # 排队排得很长 / 排队很长: the verb said again before 得
    if _DRAFT_PART.fullmatch(added) and longer[end:end + 1] not in ("", "的"):
        return None  # 关于老旧电梯更新（的规定）, 关于防洪排涝（的内容），（鉴于）…: the part of the draft named
    if _FILLER_SPAN.fullmatch(added) or _TITLE.fullmatch(added) or not _unspoken(added) or _WAITED_ONLY.fullmatch(added):
        return None  # a 虚词, spoken fillers (到这里), or whom the text addresses (恳请市长大人督促 / 恳请督促)
    at_edge = (i1 == 0 and j1 == 0) or (i2 == len(ra) and j2 == len(rb))
    if at_edge and (_CLOSING_FORMULA.fullmatch(added) or _REQUEST.fullmatch(added)):
        return None  # 以上是个人的一点建议，请予以参考 / 期盼（采纳）: a closing, a bare word that asks
    strong = _REQUEST.search(added) or re.match(r"(?:并且?|同时)(?!也|都)[\u4e00-\u9fff]{6}", added)  # …公示。并开通举报电话
    courtesy = _COURTESY.search(added)
    at_start = i1 == 0 and j1 == 0
    closing = courtesy and _CLOSING_COURTESY.search(added) and len(_CJK.findall(added)) <= _MAX_EDGE_COURTESY
    if not strong and ((at_edge and ((courtesy and at_start) or closing or len(_CJK.findall(added)) <= 4))
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
    if function_words_only(added):
        return None  # 嗯，就是说，那个 / 能够 / 到底 / 确实是: words that carry no content
    if n_cjk >= 2 or set(added) & _MEANINGFUL_CHAR:
        return Difference("different", f"文字增删（请核实是否同一诉求）：{added[:40]}{'…' if len(added) > 40 else ''}")
    return None
