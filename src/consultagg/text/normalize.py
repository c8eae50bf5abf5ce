"""Text normalisation: a matching form for comparing texts and a display form for the tracker.

Two pure functions do the work and a thin estimator wraps them for pipelines:

* :func:`normalize_text` — the *matching* form: NFKC, one form per punctuation mark, no OCR
  spacing, hard-wrapped lines joined, export noise removed. Two texts that differ only in width,
  punctuation variant, spacing or line wrapping get the same matching form.
* :func:`clean_display` — the *display* form: the original characters and punctuation are kept;
  only OCR spacing between CJK characters, hard wraps and export noise go.

Both are idempotent: applying one twice gives the same text as applying it once.

Examples
--------
>>> normalize_text("建议增加 黄河 流域\\n生态保护内容（第三章）。")
'建议增加黄河流域生态保护内容(第三章)。'
>>> clean_display("建议增加 黄河 流域\\n生态保护内容（第三章）。")
'建议增加黄河流域生态保护内容（第三章）。'
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Iterable

from sklearn.base import BaseEstimator

from consultagg.text._stateless import StatelessTextMixin

__all__ = [
    "TextNormalizer",
    "clean_display",
    "clean_display_with_offsets",
    "nfkc",
    "normalize_text",
    "split_keywords",
    "starts_with_numbering",
]

# ----------------------------------------------------------------------------- character classes
_CJK_LETTERS = (
    "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3038-\u303c\u3040-\u3096\u309b-\u30ff"
    "\u3100-\u312f\u3190-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0003134f"
)
# CJK punctuation, full-width forms and the quotes/ellipsis/dash that Chinese text uses.
_CJK_PUNCT = (
    "\u3000-\u3004\u3008-\u3020\u3030\u303d-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40"
    "\uff5b-\uff65\u2018\u2019\u201c\u201d\u2026\u2014\u00b7\u2e3a\u2e3b\u2460-\u24ff"
)
_CJKISH = re.compile(f"[{_CJK_LETTERS}{_CJK_PUNCT}]")

_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]"
)
# Escape sequences left as literal text by exports ("第一行\\n第二行").
_ESCAPE = re.compile(r"(?:\\r)?\\n|\\r|\\t")
_LINE_BREAK = re.compile("\r\n|[\r\x85\u2028\u2029]")
_SPACE_CHARS = re.compile("[\t\x0b\x0c\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SPACE_RUN = re.compile(" {2,}")
_AROUND_NL = re.compile(" *\n *")
_INLINE_SPACES = re.compile("(?<=[^\n]) +(?=[^\n])")
# Anything the display pipeline could change: without it, a text is already in display form.
_DISPLAY_WORK = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\x00-\x1f\x7f-\x9f\\\\ \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)

# Sentence-final marks in both widths; closers are looked through ("好。”" ends a sentence).
_FINAL = set("。．.！!？?；;：:…⋯")
_CLOSERS = "”’\"'）)」』】]〕〗"
_INNER_PUNCT = re.compile("[，。；！？,;!?]")

# Matching form: one form per mark. NFKC already folds the full-width ASCII variants
# (，；：？！（） -> ,;:?!()); the remaining CJK variants are folded here onto ASCII.
_PUNCT_MAP = str.maketrans(
    {
        **dict.fromkeys("“”„‟〝〞〟「」『』﹁﹂﹃﹄", '"'),
        **dict.fromkeys("‘’‚‛", "'"),
        **dict.fromkeys("【〔〖", "["),
        **dict.fromkeys("】〕〗", "]"),
        **dict.fromkeys("・•‧∙", "·"),
        "〜": "~",
    }
)
# Circled numbers would lose their role as list markers under NFKC (① -> 1); keep them as (1).
_CIRCLED = str.maketrans(
    {
        **{chr(0x2460 + i): f"({i + 1})" for i in range(20)},
        **{chr(0x3251 + i): f"({i + 21})" for i in range(15)},
        **{chr(0x32B1 + i): f"({i + 36})" for i in range(15)},
    }
)

_CN_NUM = "一二三四五六七八九十百零〇两"


def _spaced(word: str) -> str:
    """Regex for ``word`` that tolerates OCR spaces between its characters."""
    return r"\s*".join(re.escape(c) for c in word)


# A numbering marker at the start of a line: 一、 （一） 1. 1、 1． （1） 1) ① 第三章 一是 第一，
NUMBERING = re.compile(
    r"^\s*(?:"
    rf"[{_CN_NUM}]{{1,3}}\s*[、.．](?![\d{_CN_NUM}]{{1,3}}\s*[、.．])"
    rf"|[（(]\s*(?:[{_CN_NUM}]{{1,3}}|\d{{1,3}})\s*[）)]"
    r"|\d{1,3}\s*[、.．](?!\s*\d)"
    r"|\d{1,3}\s*[)）]"
    r"|[\u2460-\u2473\u2474-\u249b\u3251-\u325f\u32b1-\u32bf\u2776-\u2793]"
    rf"|第\s*[{_CN_NUM}\d]{{1,4}}\s*[章节篇部条](?!\s*[、，,])"
    rf"|[{_CN_NUM}]{{1,2}}\s*是(?=\s*[^\s，,。是])"
    rf"|[第其]\s*[{_CN_NUM}]{{1,3}}\s*[，,、：:]"
    r"|(?:首先|其次|再次|最后)\s*[，,、：:]"
    r"|[•●◆■□▪·]\s*"
    rf"|【\s*(?:意见|建议)\s*[{_CN_NUM}\d]{{1,3}}\s*】"  # 【意见一】第三章第二节 over its 原文：/修改为：/理由：
    r")"
)
_DATE_LINE = re.compile(
    r"^\s*[（(]?\s*(?:[12][\dOolI]{3}|[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*(?:[\dOolI]{1,2}|[一二三四五六七八九十]{1,3})"
    r"\s*月(?:\s*(?:[\dOolI]{1,2}|[一二三四五六七八九十]{1,3})\s*[日曰])?\s*[）)]?\s*$"  # (an OCR's 2O26年3月l2曰)
    r"|^\s*\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*$"
    r"|^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]\s*$"  # 6月11日 signed
)
# The line a fax machine prints over each page it sends (2021-03-30 15:43  FROM:某局办公室  FAX:…  P. 2/3).
# (or with no label: 07/14/2021 15:26  0913-5520118  某县政府办公室  P.001/003 — a date and time, the page)
_FAX_WHEN = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}/\d{1,2}/\d{2,4})[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]+"
_FAX_PAGE = r"(?:P|p|Page|页)\.?[ \t\u3000]*\d{1,3}[ \t\u3000]*/[ \t\u3000]*\d{1,3}[ \t\u3000]*$"
FAX_HEAD = re.compile(rf"[ \t\u3000]*(?:(?:{_FAX_WHEN})?(?:FROM|From|发自|发送方)[ \t\u3000]*[:：].{{0,80}}?|{_FAX_WHEN}.{{0,80}}?){_FAX_PAGE}")
_SEAL_LINE = re.compile(
    r"^\s*[（(]\s*(?:" + "|".join(_spaced(w) for w in ("盖章", "公章", "印章", "签章", "此页无正文"))
    + r")\s*[）)]\s*$"
)
_DOCNO_LINE = re.compile(r"^\s*\S{1,12}\s*[〔\[(（【]\s*\d{4}\s*[〕\])）】]\s*\d+\s*号\s*$")
# Form fields and contact lines ("单位：……", "联系人：……") stand on their own lines.
_CONTACT_LINE = re.compile(
    r"^\s*[（(]?\s*(?:"
    + "|".join(_spaced(w) for w in ("联系人", "经办人", "联系电话", "电话", "手机", "传真", "邮箱", "附件", "抄送",
                                    "单位", "提出单位", "反馈单位", "单位名称", "姓名", "意见", "修改意见", "日期",
                                    "专家签字", "签字", "签名"))
    + r"|E-?mail)\s*[:：]",
    re.IGNORECASE,
)
_TITLE_LINE = re.compile(
    rf"(?:{_spaced('关于')}|《).*(?:"
    + "|".join(_spaced(w) for w in ("意见", "函", "建议", "报告", "说明", "纪要", "通知", "反馈"))
    + r")\s*[》）)\]]*\s*$"
)


# A numbered line starting like a proposal is a point, not a heading, even when short.
_PROPOSAL_START = re.compile(
    r"^\s*(?:" + "|".join(_spaced(w) for w in ("建议", "应", "请", "希望", "要求", "拟", "将", "把")) + ")"
)

_ABOUT = re.compile(r"^\s*" + _spaced("关于"))
_SHORT_HEADING = re.compile(
    "(?:" + "|".join(_spaced(w) for w in ("意见", "建议", "方面", "部分", "问题", "意见表", "反馈表", "汇总表")) + r")\s*$"
)
_MINUTES_TITLE = re.compile("(?:" + "|".join(_spaced(w) for w in ("纪要", "会议记录", "发言摘要")) + r")\s*$")


def _nospace_len(s: str) -> int:
    return len(s) - s.count(" ")


# Full-width ASCII forms and the ideographic space: what NFKC changes in most Chinese text.
_WIDE = re.compile("[\uff01-\uff5e\u3000]")
_NARROW = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in [*range(0xFF01, 0xFF5F), 0x3000]}


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, several times faster on Chinese text.

    Chinese text is mostly NFKC already but for its full-width punctuation (，：（）): those are
    narrowed first, and the full normalisation runs only when something else remains.

    Examples
    --------
    >>> nfkc("建议将目标调整为６５％（第三章）。")
    '建议将目标调整为65%(第三章)。'
    """
    narrowed = _WIDE.sub(lambda m: _NARROW[m.group(0)], text)
    return narrowed if unicodedata.is_normalized("NFKC", narrowed) else unicodedata.normalize("NFKC", narrowed)


def starts_with_numbering(line: str) -> re.Match[str] | None:
    """Match a list-numbering marker at the start of ``line`` (一、 （一） 1. （1） ① 一是 第一，…).

    Examples
    --------
    >>> starts_with_numbering("（二）加强监管").group(0)
    '（二）'
    >>> starts_with_numbering("3.2节提到") is None
    True
    """
    return NUMBERING.match(line)


def _ends_final(s: str) -> bool:
    s = s.rstrip(_CLOSERS + " ")
    return bool(s) and s[-1] in _FINAL


def _is_block_line(s: str) -> bool:
    """Lines that always stand alone: headings, dates, seals, salutations, titles, contacts."""
    m = NUMBERING.match(s)
    if m:
        rest = s[m.end():]
        bare = _BRACKETED.sub("", rest)  # （二）刘某（某学院，教授）: the commas of the post in brackets
        if not _INNER_PUNCT.search(bare) and _nospace_len(bare) <= 24 and not _PROPOSAL_START.match(rest) \
                and not _ASKING_INSIDE.search(rest) and _closed(rest) and rest.count('"') % 2 == 0 \
                and not re.search(r"\d\s*[％%]", rest):  # (2．…控制率75％对应的…末附 wraps on: no heading holds a share)
            return True  # a numbered heading (1. 第十条建议增加计划用水 asks: it may wrap on; so does an open quote)
    if _DATE_LINE.match(s) or FAX_HEAD.match(s) or _SEAL_LINE.match(s) or _DOCNO_LINE.match(s) or _CONTACT_LINE.match(s) or _RULE_LINE.fullmatch(s):
        return True  # (a rule: the red line under a letterhead, or above the imprint)
    if NAME_TITLED.fullmatch(s.strip()):
        return True  # 韩某（教授、博士生导师）: a signer under the unit's line, never glued to it
    if _MARKED_HEADING.fullmatch(s.strip()):
        return True  # 【专家发言】 / ▲莫某教授: a part's heading or a speaker's, over the lines below
    if s[-1] in "：:" and _nospace_len(s) <= 20 and not re.search("[，。；！？,;!?、]", s[:-1]):
        return True
    if not _INNER_PUNCT.search(s) and (
        (_nospace_len(s) <= 20 and _ABOUT.match(s)) or (_nospace_len(s) <= 12 and _SHORT_HEADING.search(s))
    ):
        return True  # an unnumbered heading: 关于规划目标 / 具体修改意见
    return _nospace_len(s) <= 80 and bool(_TITLE_LINE.search(s) or _MINUTES_TITLE.search(s)) and _closed(s)


_BRACKETED = re.compile(r"[（(][^（）()]{1,40}[）)]")
_RULE_LINE = re.compile(r"\s*[—\-_=－─━~]{5,}\s*")
# A name with the signer's titles in brackets after it (韩某某（教授、博士生导师）).
NAME_TITLED = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4})\s*[（(](?P<titles>[^（）()。；，,]{0,20}?(?:教授|研究员|工程师|导师|院士|"
                         r"讲师|律师|经济师|规划师|会计师|博士)[^（）()。；，,]{0,20})[）)]")
# (▲孙某（某医科大学护理学院副院长）: the name and the post in brackets, the speech on the lines below)
_MARKED_HEADING = re.compile(r"[【〔][^】〕]{1,14}[】〕]|[▲△■◆◇★☆►▶]\s*[^，。；：:,;！？!?“”（）()]{1,12}(?:[（(][^（）()。；]{1,30}[）)])?")
_ASKING_INSIDE = re.compile(r"建议(?!如下)|应当|应该")


def _closed(s: str) -> bool:
    """Whether every bracket ``s`` opens it also closes: a title line never stops inside 《…》 or （…）."""
    return all(s.count(a) <= s.count(b) for a, b in ("《》", "（）", "〈〉", "()", "“”"))


# A line that stops on a word wanting its object (建议在 / 纳入 / 按照): the next line goes on with it,
# even when that line opens on a clause (建议在\n第八条中明确…).
_WANTS_OBJECT = re.compile(r"(?:[在将把对于从向与和及为按据至由给被]|按照|根据|依照|参照|纳入|列入|写入|修改为|调整为|增加|删除)\s*$")
_CLAUSE_START = re.compile(rf"^\s*第\s*[{_CN_NUM}\d]{{1,4}}\s*[章节篇部条]")


# A line that opens on the last character or two of a word and its sentence's end (工。 / 设施，).
_WORD_ENDS = re.compile(r"[\u4e00-\u9fff]{1,2}[。，；！？、]")


def _protected(x: str, y: str) -> bool:
    if _CLAUSE_START.match(y) and _WANTS_OBJECT.search(x) and not _is_block_line(x):
        return False
    if _WORD_ENDS.match(y) and NUMBERING.match(x) and not _ends_final(x) and not NUMBERING.match(y) and _nospace_len(x) >= 12:
        return False  # 第一，改造期间不要全街封闭施↵工。…: a point cut inside a word, no heading
    if x.rstrip()[-1:] in "，," and _CLAUSE_START.match(y) and not _is_block_line(x) and not _is_block_line(y):
        return False  # …你厅已采纳。经核对，↵第二章表1中仍保留…: the sentence goes on to the part of the draft it cites
    if re.search(r"[\u4e00-\u9fff]$", x.rstrip()) and re.fullmatch(r"(?:[\u4e00-\u9fff]{0,2}?(?:下|如下)(?:意见|建议|几(?:点|条)(?:意见|建议))?|"
                                                                 r"(?:几|[两三四五六七八九十])(?:点|条)(?:意见|建议))\s*[：:]", y.strip()):
        return False  # …经研究，提出以↵下意见: / …提以下↵几点意见: — a scan's line cut before the words the colon ends
    if re.search(r"(?:以下|如下|下列)[^，,。；;：:]{0,24}[\u4e00-\u9fff]$", x.rstrip()) and re.fullmatch(r"[\u4e00-\u9fff]{1,4}\s*[：:]", y.strip()):
        return False  # …建议将以下项目纳入规划重大项↵目表： — the lead's last word cut before its colon
    return bool(NUMBERING.match(y)) or _is_block_line(x) or _is_block_line(y)


def _is_combining(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def _join_sep(x: str, y: str) -> str:
    if _is_combining(y[0]):
        return " "
    return "" if (_CJKISH.match(x[-1]) or _CJKISH.match(y[0])) else " "


# A line that asks on its own (希望县里给点补助 / 要加宽 / 能不能装几盏路灯): one item of a list typed a line each.
_ASKS_IN_LINE = re.compile(r"希望|请|要求|要[\u4e00-\u9fff]|建议|能不能|能否|可不可以|想|应该|应当|需要|盼")


def _item_lines(lines: list[str], blank: list[bool]) -> set[int]:
    """Lines of a list typed one request a line without punctuation, under a line that announces it
    (写几条： / 意见如下：): two or more short lines that each ask. They are items, not a hard wrap."""
    items: set[int] = set()
    for i, line in enumerate(lines):
        if not line.rstrip().endswith(("：", ":")):
            continue
        run = []
        for j in range(i + 1, len(lines)):
            if blank[j] or _nospace_len(lines[j]) > 40 or not _ASKS_IN_LINE.search(lines[j]):
                break
            run.append(j)
            if _ends_final(lines[j]):
                break
        if len(run) >= 2 and sum(not _ends_final(lines[j]) for j in run) >= 2:
            items.update(run)
    return items


def _goes_on(x: str, y: str, x_indent: int, y_indent: int) -> bool:
    """Whether a numbered line set in like a paragraph's first line goes on in the next line, flush left
    and no number of its own (a scan's hard wrap): a point, not a heading."""
    return (x_indent >= 2 and y_indent == 0 and bool(NUMBERING.match(x)) and not _ends_final(x) and _nospace_len(x) >= 12
            and not NUMBERING.match(y) and not _is_block_line(y))


def _separators(lines: list[str], blank: list[bool], indents: list[int] | None = None) -> list[str]:
    """Separator after each non-blank line: ``""``/``" "`` (a hard wrap), ``"\\n"`` or ``"\\n\\n"``."""
    n = len(lines)
    items = _item_lines(lines, blank)
    base = [
        (not blank[i + 1]) and not _ends_final(lines[i]) and not _protected(lines[i], lines[i + 1])
        and i not in items
        for i in range(n - 1)
    ]
    lengths = [_nospace_len(s) for s in lines]
    column = False
    if n >= 6 and sum(base) >= max(3, 0.3 * n):
        med = statistics.median(lengths)
        near = sum(abs(v - med) <= 0.3 * med for v in lengths)
        column = 6 <= med <= 26 and near >= 0.5 * n
    seps = []
    for i in range(n - 1):
        x, y = lines[i], lines[i + 1]
        join = base[i]
        if column and not join and not _protected(x, y):
            width = statistics.median(lengths[max(0, i - 8): i + 9])
            if blank[i + 1]:
                # a page or column break inside a sentence (the OCR left an empty line); a line much
                # longer than the column is a paragraph of its own (a table's rows, then the text)
                join = not _ends_final(x) and lengths[i] >= 0.7 * width and lengths[i + 1] <= 1.5 * width
            else:
                # a full column line ending in punctuation continues the paragraph (a narrow column: lines
                # of a letter's width ending in 。 are its paragraphs, whatever short lines follow them)
                join = lengths[i] >= 6 and 0.85 * width <= lengths[i] <= 1.3 * width and width <= 45
        if not join and indents and _goes_on(x, y, indents[i], indents[i + 1]) and not blank[i + 1]:
            join = True  # 　　四、第四部分…审查后方↵可开工，…: an indented point, its next line flush left
        if join:
            seps.append(_join_sep(x, y))
        else:
            seps.append("\n\n" if blank[i + 1] else "\n")
    return seps


# ----------------------------------------------------------------------------- offset-aware editing
def _sub(pattern: re.Pattern[str], repl, text: str, pos: list[int] | None):
    """``pattern.sub`` that also rewrites the list of source offsets (one per character)."""
    if pos is None:
        return pattern.sub(repl, text), None
    out: list[str] = []
    opos: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        out.append(text[last:m.start()])
        opos.extend(pos[last:m.start()])
        r = repl if isinstance(repl, str) else repl(m)
        out.append(r)
        anchor = pos[m.start()] if m.start() < len(pos) else (pos[-1] + 1 if pos else 0)
        opos.extend([anchor] * len(r))
        last = m.end()
    out.append(text[last:])
    opos.extend(pos[last:])
    return "".join(out), opos


def _space_remover(matching: bool):
    def repl(m: re.Match[str]) -> str:
        s = m.string
        left = s[m.start() - 1]
        right = s[m.end()]
        if _is_combining(right):
            return m.group(0)
        lcjk, rcjk = bool(_CJKISH.match(left)), bool(_CJKISH.match(right))
        return "" if ((lcjk or rcjk) if matching else (lcjk and rcjk)) else " "

    return repl


# Katakana an OCR reads for the Chinese character of the same shape (施エ, 人ロ, 努カ), beside Chinese text,
# 笫 for 第 before a numeral (笫二): 笫 (a bed mat) is no word of a letter; 囚、 opening a point for 四、.
_KANA_HAN = {"エ": "工", "ロ": "口", "カ": "力", "笫": "第", "囚": "四"}
_KANA_FOR_HAN = re.compile(r"(?<=[\u4e00-\u9fff])[エロカ]|[エロカ](?=[\u4e00-\u9fff。，、；：！？])|笫(?=\s*[一二三四五六七八九十百\d])|(?<![\u4e00-\u9fff])囚(?=、)")


def _kana_to_han(text: str, pos: list[int] | None):
    """``text`` with :data:`_KANA_FOR_HAN` read as the Chinese characters they stand for (offsets kept)."""
    if "エ" in text or "ロ" in text or "カ" in text or "笫" in text or "囚" in text:
        return _sub(_KANA_FOR_HAN, lambda m: _KANA_HAN[m.group(0)], text, pos)
    return text, pos


def _pipeline(text: str, *, matching: bool, track: bool):
    pos = list(range(len(text))) if track else None
    text, pos = _sub(_INVISIBLE, "", text, pos)
    if matching:
        text = unicodedata.normalize("NFKC", text.translate(_CIRCLED))
    text, pos = _sub(_ESCAPE, lambda m: " " if m.group(0) == "\\t" else "\n", text, pos)
    text, pos = _sub(_LINE_BREAK, "\n", text, pos)
    text, pos = _sub(_SPACE_CHARS, " ", text, pos)
    text, pos = _kana_to_han(text, pos)  # 施エ (an OCR's 工 in katakana), 笫二 (an OCR's 第 before a numeral)
    if matching:
        text = text.translate(_PUNCT_MAP)
    # (how far each non-blank line is set in, before runs of spaces and those around line breaks go: a
    # paragraph's first line)
    leads = [len(x) - len(x.lstrip(" \u3000")) for x in text.split("\n") if x.strip(" \u3000")]
    text, pos = _sub(_SPACE_RUN, " ", text, pos)
    text, pos = _sub(_AROUND_NL, "\n", text, pos)
    # Lines with their offsets; blank lines become a flag on the next non-blank line.
    lines: list[str] = []
    starts: list[int] = []
    blank: list[bool] = []
    pending_blank = False
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip(" ")
        if stripped:
            lead = len(raw) - len(raw.lstrip(" "))
            lines.append(stripped)
            starts.append(offset + lead)
            blank.append(pending_blank and bool(lines[:-1]))
            pending_blank = False
        else:
            pending_blank = True
        offset += len(raw) + 1
    if not lines:
        return "", ([] if track else None)
    seps = _separators(lines, blank, leads if len(leads) == len(lines) else None) + [""]
    out: list[str] = []
    opos: list[int] | None = [] if track else None
    for line, start, sep in zip(lines, starts, seps):
        out.append(line)
        out.append(sep)
        if track:
            opos.extend(pos[start:start + len(line)])
            opos.extend([pos[start + len(line) - 1] + 1] * len(sep))
    text = "".join(out)
    text, opos = _sub(_INLINE_SPACES, _space_remover(matching), text, opos)
    text, opos = _kana_to_han(text, opos)  # (next to Chinese once lines are joined)
    return text, opos


# ----------------------------------------------------------------------------- public functions
def normalize_text(text: str) -> str:
    """The matching form of a text: what two texts must share to count as "the same words".

    Steps: invisible characters removed; NFKC (full-width letters, digits and punctuation become
    half-width); Chinese punctuation folded onto one form each (，→ ``,``, “ ” → ``"`` , 【】→ ``[]`` …,
    ``。`` and ``、`` kept); export noise removed (``\\t``, ``\\r``, no-break and ideographic spaces,
    literal ``\\n``/``\\t`` escapes, runs of whitespace, surrounding blanks); hard-wrapped lines inside
    a paragraph joined while paragraph breaks stay; spaces next to a CJK character removed while
    spaces between Latin words stay. The function is idempotent.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The matching form.

    Examples
    --------
    >>> normalize_text("建议：增加ＰＭ２．５ 指标 ，  完善“双碳”目标！")
    '建议:增加PM2.5指标,完善"双碳"目标!'
    >>> normalize_text("Green  and\\nlow-carbon")
    'Green and low-carbon'
    >>> normalize_text("一、总体意见\\n\\n\\n1．建议增加\\n黄河流域内容。")
    '一、总体意见\\n\\n1.建议增加黄河流域内容。'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize_text expects str, got {type(text).__name__}")
    return _pipeline(text, matching=True, track=False)[0]


def clean_display(text: str) -> str:
    """The display form of a text, as a drafting office should read it in the tracker.

    Keeps the original punctuation and full-width characters; removes OCR spacing between CJK
    characters, joins hard-wrapped lines inside a paragraph (a line break is a hard wrap when the
    line does not end with sentence-final punctuation, or when the text is laid out as a narrow
    newspaper column), never glues a heading or a new numbered point onto the previous line,
    strips export noise and surrounding whitespace. Idempotent.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The display form; paragraphs are separated by a blank line, other kept line breaks by one
        newline.

    Examples
    --------
    >>> clean_display("的 半 封 闭 老 旧 小 区 。\\u3000")
    '的半封闭老旧小区。'
    >>> clean_display("建议在第三章增加关于黄河\\n流域生态保护的内容；\\n（二）完善指标。")
    '建议在第三章增加关于黄河流域生态保护的内容；\\n（二）完善指标。'
    """
    if not isinstance(text, str):
        raise TypeError(f"clean_display expects str, got {type(text).__name__}")
    if not _DISPLAY_WORK.search(text):  # one line, no spaces, no escapes: nothing to do
        return text
    return _pipeline(text, matching=False, track=False)[0]


def clean_display_with_offsets(text: str) -> tuple[str, list[int]]:
    """:func:`clean_display` plus, for each output character, its offset in ``text``.

    Inserted characters (the newline of a kept break) point just past the character before them,
    so ``(offsets[i], offsets[j - 1] + 1)`` is the source span of ``clean[i:j]``.

    Examples
    --------
    >>> clean, offsets = clean_display_with_offsets("甲 乙\\n丙。")
    >>> clean, offsets
    ('甲乙丙。', [0, 2, 4, 5])
    """
    clean, offsets = _pipeline(text, matching=False, track=True)
    return clean, offsets


class TextNormalizer(StatelessTextMixin, BaseEstimator):
    """Stateless transformer applying :func:`normalize_text` or :func:`clean_display`.

    Parameters
    ----------
    form : {"match", "display"}, default="match"
        ``"match"`` gives the matching form, ``"display"`` the display form.

    Examples
    --------
    >>> TextNormalizer().fit_transform(["建议 增加 内容 ！", "Ａ１"])
    ['建议增加内容!', 'A1']
    >>> TextNormalizer(form="display").transform(["建议 增加 内容 ！"])
    ['建议增加内容！']
    """

    def __init__(self, *, form: str = "match"):
        self.form = form

    def _func(self):
        if self.form == "match":
            return normalize_text
        if self.form == "display":
            return clean_display
        raise ValueError(f"form must be 'match' or 'display', got {self.form!r}")

    def fit(self, texts: Iterable[str] | None = None, y=None) -> "TextNormalizer":
        """Validate the parameters; nothing is learnt. Returns ``self``."""
        self._func()
        self.n_texts_seen_ = 0 if texts is None else sum(1 for _ in texts)
        return self

    def transform(self, texts: Iterable[str]) -> list[str]:
        """Normalise each text; ``None`` becomes ``""``."""
        func = self._func()
        return [func("" if t is None else str(t)) for t in texts]

    def fit_transform(self, texts: Iterable[str], y=None) -> list[str]:
        texts = list(texts)
        return self.fit(texts).transform(texts)

    def __repr__(self) -> str:
        return f"TextNormalizer(form={self.form!r})" if self.form != "match" else "TextNormalizer()"


_KEYWORD_SEP = re.compile(r"[、，,;；\s]+")


def split_keywords(text: str | None) -> list[str]:
    """The words of a keyword cell as offices write them: separated by 、，, ; ； or spaces.

    >>> split_keywords("散煤、臭氧 PM2.5；重污染天气")
    ['散煤', '臭氧', 'PM2.5', '重污染天气']
    """
    return [w for w in _KEYWORD_SEP.split(text or "") if w]

