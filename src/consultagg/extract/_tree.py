"""A letter's body as a tree of numbered points, headings and paragraphs; its leaves are the opinions.

Numbering styles (一、（一）1.（1）① …) get levels in the order they first appear, with the GB/T 9704
order deciding only when a style first appears above all seen ones. A container heading
(``二、关于重点任务``) carries its title into its children's ``meta["heading"]``; what is neither an
opinion nor context is recorded as skipped with the reason (开头语, 无意见表态 …).

Examples
--------
>>> from consultagg.extract._base import Doc
>>> doc = Doc("一、关于目标\\n（一）建议提高污水收集率。\\n（二）建议增加海绵城市。")
>>> roots, _ = build_tree(doc, ["body"] * 3, [])
>>> [len(r.children) for r in roots]
[2]
"""

from __future__ import annotations

import re

from consultagg.extract._base import (AGREE, ASKING_YAOQIU, BARE_ASK, CN, before_conclusion, HEADING_WORDS, LOC, NONE, OWN_START, PREAMBLE, PUNCT, TEXT_FIELD,
                                      Doc, Draft, location_of, nospace, opens_list, split_inline, trim)
from consultagg.extract._asides import REQUESTS_FOLLOW
from consultagg.extract._closing import asked_after_closing
from consultagg.extract._sentences import _ATTENTION, TROUBLE, _SENTENCE, _formal_reason, asks, formal_sentences, formal_suffix, request_cuts
from consultagg.text.listed import ATTACHED, attached_facts
from consultagg.text.normalize import NUMBERING
from consultagg.text.numerals import chinese_to_int

__all__ = ["Node", "build_tree", "leaves"]

# Conventional heading order (GB/T 9704), used only when a style first appears above all seen ones.
_RANK = {"chapter篇": 0, "chapter部": 0, "block": 1, "chapter章": 1, "chapter节": 2, "chapter条": 2, "cn_dun": 3,
         "cn_paren": 4, "ar": 5, "ar_paren": 6, "ar_half": 6, "circled": 7, "shi": 8, "ordinal": 8, "bullet": 9}


def _marker_style(marker: str) -> str:
    m = marker.replace(" ", "")
    if m.startswith(("首先", "其次", "再次", "最后")):
        return "ordinal"
    if m.startswith("【"):
        return "block"  # 【意见一】
    if m.startswith(("第", "其")):  # 第三章 / 第一， / 其一，
        return "chapter" + m[-1] if m[-1] in "章节篇部条" else "ordinal"
    if m.endswith("是"):
        return "shi"
    if m[0] in "（(":
        return "cn_paren" if m[1] in CN else "ar_paren"
    if m[0] in CN:
        return "cn_dun"
    if "\u2460" <= m[0] <= "\u27bf":
        return "circled"  # before isdigit(), which ① passes
    if m[0].isdigit():
        return "ar_half" if m[-1] in ")）" else "ar"
    return "bullet"


# A point's own title before its words: "二、关于重点任务。规划……" / "1.水环境方面：……"
_NO_OBJECTION_END = re.compile(r"[，,；;。]\s*(?:经研究，)?(?:我们|我局|我厅|我委|我办|我院|我单位)?(?:对[^，。；]{0,8})?(?:无|没有|暂无)(?:修改|其他|不同)?(?:意见|建议|异议)[。.！!]?$")
_TITLE_ALONE = re.compile(r"(?:关于(?:[^。；：:！？，,“”]|“[^“”。；，,]{1,16}”){1,24}|[^，。；：:！？,“”]{1,14}(?:方面|问题|部分))[。.]?")
_POINT_TITLE = re.compile(r"(?:关于[^。；：:！？，,]{1,24}|[^，。；：:！？,]{1,14}(?:方面|问题|部分))[。：:]\s*(?=\S)")


# A section over remarks on the draft as a whole, and the words that ask in so many words.
_OVERALL_TITLE = re.compile(r"(?:总体|总的|整体|综合)(?:意见|评价|看法|认识|评估)[。.：:]?")
# A heading that names its clause in brackets at its end (二、关于改造时限（第三十三条）).
_BRACKETED_REF = re.compile(r"[（(]\s*(第[一二三四五六七八九十百零\d]+[章节条款项篇](?:第[一二三四五六七八九十百零\d]+[节条款项])*"
                            r"(?:\s*[、，,至和及—－-]\s*第?[一二三四五六七八九十百零\d]+[章节条款项])*)\s*[）)]\s*[。.：:]?$")


def _bracketed_ref(label: str) -> str | None:
    m = _BRACKETED_REF.search(label.strip())
    return m.group(1) if m else None


# A paragraph telling the writer's own work (此外，我委近期正会同…修订《…规范》，…): an account, not a request.
_OWN_ACCOUNT = re.compile(r"^(?:此外|另外|同时|目前|近期|近年来)?[，,]?(?:我|本)(?:[委局厅办院部市县区校所站队会司]|单位|中心|公司|集团|协会)"
                          r"(?!认为|建议|提出|希望|请求|恳请)|"
                          r"^[^，,。]{2,30}(?:成立于|始建于|创建于|组建于)")  # 某协会成立于1998年，现有会员单位…


def _own_account(text: str) -> bool:
    """Whether a paragraph tells the writer's own work (此外，我委近期正会同…修订…); the difficulties
    met in that work are no fault found in the draft."""
    return bool(_OWN_ACCOUNT.match(text)) and not TROUBLE.search(
        re.sub(r"(?:遇到|面临|碰到)了?(?:不少|一些|很多|许多)?的?(?:困难|问题)", "", text))


# A heading over the writer's own situation (行业基本情况, 面临的主要问题, 我市工作开展情况).
_SITUATION_TITLE = re.compile(r"(?:基本|有关|相关|工作|发展|开展|行业|总体)?情况(?:介绍|说明|简介)?[。.：:]?$|(?:面临|遇到|反映|发现|存在)的?(?:主要|突出)?(?:问题|困难|挑战)(?:[和及与、](?:问题|困难|挑战|不足))?(?:[和及与](?:下步|下一步)(?:工作)?(?:打算|安排|思路))?[。.：:]?$|"
                              r"(?:关于)?(?:工作|已有)(?:基础|成效|进展)[。.：:]?$|"
                              r"^[一二三四五六七八九十\d]*[、.．]?\s*(?:背景|现状|概况)[。.：:]?$")
_PROBLEMS_TITLE = re.compile(r"(?:问题|困难|挑战)(?:[和及与](?:下步|下一步)(?:工作)?(?:打算|安排|思路))?[。.：:]?$")
# A fault found in the draft itself (规划对…着墨较少 / 征求意见稿存在以下不足 / 第六章…未作回应).
_DRAFT_FAULT = re.compile(r"(?:规划|草案|征求意见稿|意见稿|文本|全篇|通篇|《[^《》]{1,40}》)[^。；;]{0,24}?(?:着墨|篇幅|表述|提及|涉及|分析|"
                          r"内容|未|没有|缺|不足|偏|过于|较少|回应|存在)|第[一二三四五六七八九十百\d]+[章节条款]|专栏\s*\d")
_PLAIN_ASK = re.compile(r"建议|请|应当|应该|希望|(?<![按照的])要求|恳请|务必|不宜|不应")  # (按要求压减负荷 tells)
# A point that only says what kind of remarks follow it (具体修改建议。/ 修改意见：).
_CHANGE_VERB = re.compile(r"增加|增设|新增|删除|删去|补充|修改|修订|调整|完善|明确|细化|加强|强化|提高|降低|纳入|列入|取消|设立|建立|"
                          r"将|把|改为|[不无没未]")
# What names the draft or its wording: a paragraph without it tells of the writer's own situation.
_DRAFT_NAMED = re.compile(r"规划|草案|征求意见稿|意见稿|方案|条例|办法|细则|《|第[一二三四五六七八九十百\d]+[章节条款项篇]|专栏|附表|表\s*\d|“[^”]{6,}”")
# A request's words that announce the figures or items listed under it (其中： / 包括： / 分别为：).
_FIGURES_FOLLOW = re.compile(r"(?:其中|包括|分别为|分别是|具体为|具体包括|主要有|明细如下|(?:治理|分类|具体)?(?:措施|办法|方式|标准))[：:]$")
# The draft's words quoted under a label, opening a block of fields (原文：“…” / 原条文：…).
_ORIGINAL_OPENS = re.compile(r"(?:原文|原条文|原表述|条文原文)(?:表述|内容)?\s*[：:]")
# A point's verdict that the draft's words stand (…，无需修改。 / 同意原文表述。).
_KEPT_AS_IS = re.compile(r"(?:不必|无需|无须|不用|不需要)(?:再)?(?:作|做)?(?:修改|改动|调整)[。.！!]?\s*$|(?:同意|维持|保留)原文(?:的)?(?:表述)?[。.！!]?\s*$")
# A request's reasons announced as the points below it (…改为“…”。理由如下： over 1.… 2.…).
_REASONS_FOLLOW = re.compile(r"[。；;，,]\s*(?:主要)?(?:理由|原因|依据|考虑)(?:如下|主要有|是|为|有)?[：:]$")
# A bullet under a request that asks on its own (建议… / 请…, or opening with a verb that asks: 加强…): no reason of it.
_ASK_WORD = re.compile(r"建议|请|希望|" + ASKING_YAOQIU + r"|恳请")
_BARE_TITLE = re.compile(r"[^，,。；;：:]{0,10}(?:意见|建议)[。.：:]?")


def _marker_number(marker: str) -> int | None:
    m = re.search(rf"\d+|[{CN}]+", marker)
    if m:
        return int(m.group(0)) if m.group(0).isdigit() else chinese_to_int(m.group(0))
    ch = marker.strip()[:1]
    return next((ord(ch) - b + 1 for b in (0x2460, 0x2474, 0x2488, 0x2776) if ch and b <= ord(ch) < b + 20), None)


def _level_key(style: str, marker: str, indent: int, indents: dict[str, int]) -> str:
    """The level a numbering marker opens: its style, or the style restarted at 1 further indented.

    Word shows two nested lists in the same format (1. under 1.) apart only by their indentation.
    """
    same = {k: v for k, v in indents.items() if k.split("@")[0] == style}
    if not same:
        indents[style] = indent
        return style
    exact = next((k for k, v in same.items() if v == indent), None)
    if exact:
        return exact
    if _marker_number(marker) == 1 and indent >= indents[style] + 2:
        indents[f"{style}@{indent}"] = indent
        return f"{style}@{indent}"
    return min(same, key=lambda k: abs(same[k] - indent))


# A line that only names the place its fields below concern, in brackets (【第4页　第二部分第（二）项】, 【其他】).
_PLACE_LINE = re.compile(r"[【\[［]\s*(?P<p>[^】\]］。；;]{1,40}?)\s*[】\]］]")


def _placed_heading(t: str) -> bool:
    m = _PLACE_LINE.fullmatch(t)
    return bool(m) and (bool(location_of(m.group("p"))) or m.group("p") in ("其他", "其它", "总体", "总体意见", "其他意见"))


class Node:
    """A numbered point, a heading or a plain paragraph, with the paragraphs that continue it."""

    def __init__(self, level, marker, s, e, para, intro=False):
        self.level, self.marker, self.para, self.intro = level, marker, para, intro
        self.spans = [(s, e)]
        self.children: list[Node] = []
        self.empty = False
        self.title_end: int | None = None  # where a leading title sentence ends, when there is one

    def own(self, doc: Doc) -> str:
        return doc.clean[self.spans[0][0]:self.spans[-1][1]].strip()

    def heading_like(self, doc: Doc) -> bool:
        t = self.own(doc)
        if self.intro or t.endswith(("：", ":")) or _TITLE_ALONE.fullmatch(t):
            return True  # 二、关于发展目标。 over （一）（二）: a title, though it ends in a full stop
        if self.children and _BARE_TITLE.fullmatch(t):
            return True  # 二、具体修改建议。 over ①②③: it names what the points below are
        if t.count("“") != t.count("”") or t.count("《") != t.count("》") or asks(t):
            return False  # a wrapped line of a sentence, or a request: not a heading
        if self.children and t.endswith(("。", ".")) and not re.search(PUNCT, t[:-1]) and nospace(t) <= 16 \
                and not re.match(r"(?:建议|应|请|希望|要求|将|把|增加|删除|补充|修改)", t):
            return True  # （一）工业用地保有量。 over 1.…2.…: a title with a full stop
        if len(self.children) >= 2 and t.endswith(("。", ".")) and not re.search(PUNCT, t[:-1]) and nospace(t) <= 30 \
                and all(c.marker and asks(c.own(doc)) for c in self.children):
            return True  # 三、加大对牧区生活污水和垃圾治理的支持力度。 over （一）建议…（二）建议…: the points ask, it heads them
        if re.search(PUNCT, t) or nospace(t) > 30 or re.match(r"(?:建议|应|请|希望|要求)", t):
            return False
        # a short line over numbered points of its own names their subject even when it opens
        # with a verb (1.补充重点项目 over ①…②…): the points carry the requests
        return not re.match(r"(?:将|把|增加|删除|补充|修改)", t) or (bool(self.children) and nospace(t) <= 12)

    def titled(self) -> bool:
        """A container whose first sentence is its title, followed by words of its own."""
        return self.title_end is not None and bool(self.children)

    def label(self, doc: Doc) -> str:
        s = self.spans[0][0] - (len(self.marker) if self.marker else 0)
        end = self.title_end - 1 if self.titled() else self.spans[0][1]
        return doc.clean[max(s, 0):end].strip().rstrip("：:。")


# A number typed loosely before a point (1 我家小区… / 3，规划里说…): a point's number only in a run of numbers.
_LOOSE = re.compile(r"\s*\d{1,2}(?:[ \t\u3000]+|[，,](?!\d))(?=[\u4e00-\u9fff“])")
_ARABIC = re.compile(r"\s*(\d{1,2})(?=[、.．)）]|[ \t\u3000]+[\u4e00-\u9fff“]|[，,][\u4e00-\u9fff“])")


def _loose_numbers(texts: list[str]) -> set[int]:
    """The paragraphs whose loosely typed number goes on from the one before or after (1 / 2. / 3，)."""
    if any(re.match(r"\s*\d{1,2}\.\d", t) for t in texts):
        return set()  # 1 主要指标 / 1.1 …: an outline numbered in decimals, read as such
    numbers = [(i, int(m.group(1))) for i, t in enumerate(texts) if (m := _ARABIC.match(t))]
    loose = set()
    for k, (i, n) in enumerate(numbers):
        if not _LOOSE.match(texts[i]) or NUMBERING.match(texts[i]):
            continue
        before = numbers[k - 1][1] if k else None
        after = numbers[k + 1][1] if k + 1 < len(numbers) else None
        if before == n - 1 or after == n + 1:
            loose.add(i)
    return loose


def build_tree(doc: Doc, kinds: list[str], skips: list[tuple[int, int, str]]):
    """Numbered points, headings and plain paragraphs as a tree; also whether only formalities were seen.

    ``skips`` receives ``(start, end, reason)`` for the formal sentences left out (开头语, 无意见表态).
    """
    levels: dict[str, float] = {}
    indents: dict[str, int] = {}  # where each numbering style (or its indented sub-list) was first seen
    roots: list[Node] = []
    stack: list[Node] = []
    formal_only, started, closed, after_formal = False, False, False, False

    loose = _loose_numbers([doc.clean[ps:pe].strip() if k == "body" else "" for (ps, pe), k in zip(doc.paras, kinds)])

    def attach(node: Node, keep: bool = True):
        while stack and stack[-1].level >= node.level:
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        if keep:
            stack.append(node)

    quoted, carried = 0, 0  # quotation marks left open by the paragraphs above: the words a point proposes, going on
    attached = False  # under 附：公司基本情况 / 附件 ↵ 某项目清单: the writer's own figures or list, attached
    for i, (ps, pe) in enumerate(doc.paras):
        t = doc.clean[ps:pe]
        ps += len(t) - len(t.lstrip())
        t = t.strip()
        above = doc.clean[slice(*doc.paras[i - 1])] if i else ""  # the paragraph before
        if ATTACHED.match(t) or (i and kinds[i - 1] == "attachment"):
            attached = attached_facts([above, t])
            if attached and kinds[i] == "body":
                skips.append((ps, pe, "附件"))
                continue
        elif attached and kinds[i] == "body" and not asks(t):
            skips.append((ps, pe, "附件内容"))
            continue
        if kinds[i] != "body":
            closed = True  # a closing formula or form field ends the point above it
            continue
        if quoted and stack and carried < 12:  # 建议修改为：↵“…重点做好以下工作：↵1.…；↵2.…。”: the proposed wording's own list
            quoted, carried = max(quoted + t.count("“") - t.count("”"), 0), carried + 1  # (12: a quote never closed)
            stack[-1].spans.append((ps, pe))
            continue
        # (a paragraph opening the proposed wording under a point ending 建议修改为：, leaving the quote open)
        quoted, carried = (max(t.count("“") - t.count("”"), 0) if t.startswith("“") and i and kinds[i - 1] == "body"
                           and above.rstrip().endswith(("：", ":")) else 0), 0
        if (field := TEXT_FIELD.match(t)) and t[field.end():].strip():
            ps, t = ps + field.end(), t[field.end():]
        if started and (asked := asked_after_closing(t, asks)):
            # 以上意见供参考，同时请在第七章补充… / 以上意见，请酌处。另外，…应补充…: the closing set aside, and a
            # request of its own after it, not the point above's
            skips.append((ps, ps + asked, "结束语"))
            ps, t, closed = ps + asked, t[asked:], True
        formal = formal_sentences(t)
        cut = formal[-1][1] if formal else 0
        if cut >= len(t.rstrip()):
            formal_only = formal_only or bool(NONE.search(t) or AGREE.search(t))
            skips.extend((ps + a, ps + b, why) for a, b, why in formal)
            closed = True
            after_formal = True
            continue
        if not started:  # preamble sentences before the first point
            skips.extend((ps + a, ps + b, why) for a, b, why in formal)
            ps, t = ps + cut, t[cut:].lstrip()
            if t.endswith(("：", ":")) and (re.search(r"(?:如下|以下)[：:]$", t) or PREAMBLE.search(t) or (
                    after_formal and re.fullmatch(r"(?:意见|如下|意见如下)[：:]", t))) \
                    and not (_REASONS_FOLLOW.search(t) and asks(t)):  # (1．建议…。理由如下：, the first point; or a request unnumbered)
                said = [x.start() for x in _SENTENCE.finditer(t)]
                if len(said) < 2 or not (asks(t[:said[-1]]) and re.search(r"建议|希望|应当|应该|恳请", t[:said[-1]])) or NUMBERING.match(t):
                    skips.append((ps, pe, "开头语"))
                    continue
                # …总体表示赞同。规划对…考虑不够充分，希望…给予适当过渡期。具体意见如下：: a request, then the lead
                skips.append((ps + said[-1], pe, "开头语"))
                t = t[:said[-1]].rstrip()
                pe = ps + len(t)
        after_formal = False
        started = True
        m = NUMBERING.match(t) or (_LOOSE.match(t) if i in loose else None)
        if m and opens_list(t):
            m = None  # "一是……；二是……" opening the paragraph: an inline list, split later
        style = _marker_style(m.group(0)) if m else ""
        if style.startswith("chapter") and (re.search(PUNCT, t[m.end():]) or nospace(t[m.end():]) > 24):
            m = None  # "第三章第二节，建议……" cites a place; it is not a heading
        if m and not (style == "bullet" and not m.group(0).strip()):
            key = _level_key(style, m.group(0), doc.indent(ps), indents)
            if key not in levels and key != style:  # the same numbering restarted further in: a sub-list
                levels[key] = levels[style] + 0.5
            if key not in levels:
                higher = levels and all(_RANK[style] < _RANK[x.split("@")[0]] for x in levels)
                levels[key] = min(levels.values()) - 1 if higher else max(levels.values(), default=0) // 1 + 1
            node = Node(levels[key], m.group(0).strip(), ps + m.end(), pe, i + 1)
            if title := _POINT_TITLE.match(t, m.end() + len(t[m.end():]) - len(t[m.end():].lstrip())):
                node.title_end = ps + title.end()
            attach(node)
            closed = False
            rest = t[m.end():].strip().rstrip("：:")
            node.empty = not rest or location_of(rest) == rest  # "2. 第三章第一节" then the text below
            continue
        top = stack[-1] if stack else None
        if top is not None and top.empty:
            top.spans, top.empty = [(ps if top.own(doc) in "：:" else top.spans[0][0], pe)], False
            continue
        intro = (t.endswith(("：", ":")) and nospace(t) <= 40 and not re.search(r"[。；;]", t)) or bool(
            HEADING_WORDS.match(t)) or _placed_heading(t)
        if top is not None and not (closed or top.heading_like(doc) or intro or OWN_START.match(t) or LOC.match(t)
                                    or _ORIGINAL_OPENS.match(t)):  # (原文：“…” after the last block's 说明：…: the next block)
            top.spans.append((ps, pe))  # a further paragraph of the same point
            continue
        while stack and (not stack[-1].heading_like(doc) or (intro and stack[-1].intro)):
            stack.pop()  # an unnumbered heading follows the previous one as its sibling
        base = stack[-1].level if stack else 0
        attach(Node(base + (0.5 if intro else 0.75), None, ps, pe, i + 1, intro=intro), keep=intro)
    return roots, formal_only


def _split(doc: Doc, d: Draft, skips: list[tuple[int, int, str]]) -> list[Draft]:
    """Trailing formalities cut off (其他无意见。) and several requests in one point split apart."""
    text = doc.clean[d.start:d.end]
    if _NO_OBJECTION_END.search(text.strip()) and not asks(text):
        skips.append((d.start, d.end, "表态"))  # 一是关于粮食生产。目标…与实际基本相符，无意见。
        return []
    end = d.start + formal_suffix(text)
    if end < d.end:
        skips.append((end, d.end, "结束语"))
    cuts = [d.start + c for c in request_cuts(doc.clean[d.start:end])]
    out = []
    for a, b in zip([d.start] + cuts, cuts + [end]):
        a, b = trim(doc.clean, a, b, lead=" ，,：:")
        if b > a:
            out.append(Draft(a, b, d.para, dict(d.meta), d.speaker, d.department, d.location))
    return out


def _one_request(doc: Doc, node: Node, own: str) -> bool:
    """Whether a point that asks and what stands under it are one request: its figures or items
    (2.建议…优先安排在国有林场实施。…其中：①杉木…3万亩；②楠木…2万亩。), the table it lists (建议将下列…纳入…：
    over a table of places), its reasons announced (…。理由如下： over 1.… 2.…), or its reasons as bullets (三、建议在第四章增加…的内容。 over • 目前我省… • 国家已部署…)."""
    children = node.children
    if not children or not asks(own) or any(c.children for c in children):
        return False
    said = [c.own(doc) for c in children]
    if _REASONS_FOLLOW.search(own):
        # …改为“…”。理由如下： over 1.我区以草原畜牧业为主… 2.…: reasons, announced as such, unless one asks in so many
        # words (a reason's 需要政策引导 tells why); the conclusion after the last reason (↵因此，建议在规划中单设一章…)
        # asks again for what the point asked
        return not any(_ASK_WORD.search(before_conclusion(t)) or BARE_ASK.match(t) for t in said)
    if _PROBLEM_FOLLOWS.search(own):  # 建议统筹解决…能力不足问题：over （1）仅有…（2）设备老化…: the problem's facts
        return not any(asks(t) or BARE_ASK.match(t) for t in said)
    if _FIGURES_FOLLOW.search(own) or (own.endswith(("：", ":")) and all(
            (c.marker is None or _marker_style(c.marker) == "bullet") and not BARE_ASK.match(t) for c, t in zip(children, said))):
        # (…明确以下要求：over - 泄漏检测与修复全覆盖； - 储罐油气回收；: the items the request lists)
        return not any(asks(t) for t in said)
    return own.endswith("。") and all(c.marker == "•" and not _ASK_WORD.search(t) and not BARE_ASK.match(t) for c, t in zip(children, said))


# A request ending on the problem it would solve, its facts listed below (…监测能力不足问题：, …的困难：).
_PROBLEM_FOLLOWS = re.compile(r"(?:问题|困难|短板|不足|现状)[：:]\s*$")


def _told_then_asked(text: str) -> int:
    """Where the request starts in a paragraph that tells the writer's situation at length (two sentences or
    more that ask nothing) and then asks (鉴于此，建议…), or 0."""
    at, told = 0, 0
    for m in _SENTENCE.finditer(text):
        if asks(m.group(0)) or TROUBLE.search(m.group(0)):
            return at if told >= 2 else 0
        at, told = m.end(), told + 1
    return 0


# A point's topic alone as its first sentence (关于规划基数。…).
_TOPIC_FIRST = re.compile(r"\s*关于[^。，,；;：:！？!?“”]{2,30}[。.]")
# A paragraph that ends announcing the points below it (…现就…问题提出以下建议。).
_OPENS_POINTS = re.compile(r"(?:提出|提|谈|报告|反馈)(?:(?:以下|如下)(?:几点|几条|[一二两三四五六七八九十\d]+(?:点|条))?(?:意见|建议|意见建议|看法)|"
                           r"(?:几|[一二两三四五六七八九十\d]+)(?:点|条)(?:意见|建议|意见建议|看法)?)[。：:]\s*$")  # (…开会商量了，提两条：)


def leaves(doc: Doc, roots: list[Node], skips: list[tuple[int, int, str]],
           contexts: list[tuple[int, int]] | None = None) -> list[Draft]:
    """The opinions of the tree: leaves and points with words of their own, with heading and location context.

    ``contexts`` receives the spans of the points that gave opinions or carried them (headings,
    leads, markers): what is in them is an opinion or an opinion's context.

    >>> doc = Doc("一、关于目标\\n（一）建议提高污水收集率。")
    >>> roots, _ = build_tree(doc, ["body"] * 2, [])
    >>> [(doc.clean[d.start:d.end], d.meta["heading"]) for d in leaves(doc, roots, [])]
    [('建议提高污水收集率。', '一、关于目标')]
    """
    drafts: list[Draft] = []
    contexts = [] if contexts is None else contexts

    def walk(node: Node, parents: list[Node]):
        _adopt_reasons(doc, node.children)
        start, end = node.spans[0][0], node.spans[-1][1]
        if merged := _one_request(doc, node, doc.clean[start:end].rstrip()):
            end, node.children = node.children[-1].spans[-1][1], []
            node.spans = [(start, end)]
        if node.titled():  # 二、关于重点任务。规划……，建议……: the words after the title are an opinion
            start = node.title_end
        text = doc.clean[start:end].strip()
        trivial = (node.heading_like(doc) and (node.children or node.intro)) or (node.titled() and not asks(text)) or (
            # 二、关于重大项目。建议将以下项目纳入规划重大项目表： over （一）…（二）…: the lead of the points below
            bool(node.children) and all(c.marker for c in node.children) and text.rstrip().endswith(("：", ":"))
            and bool(re.search(r"以下|如下|下列", text)))
        # 一、关于县域定位 / 征求意见稿将…存在一定偏差。 over （一）建议…（二）建议…: the heading's own lead,
        # asking nothing, is the context of the points below
        siblings = parents[-1].children if parents else roots  # (paragraphs at the top of the tree: the roots are their siblings)
        lead = (not node.marker and not node.children and parents and siblings[0] is node and parents[-1].marker
                and any(c.marker for c in siblings[1:]) and not asks(text))
        # 近日，我从…看到《…》正在公开征求意见。…现就…问题提出以下建议。 over 一、…二、…: the letter's opening
        lead = lead or (not node.marker and not node.children and not asks(text)
                        and bool(_OPENS_POINTS.search(text)) and any(c.marker for c in siblings[siblings.index(node) + 1:]))
        # (第二，关于沙尘天气影响扣除。…这部分我认为写得很好，不再赘述。: the point's topic before what it says)
        said = text[topic.end():] if not node.children and (topic := _TOPIC_FIRST.match(text)) else text
        formal = formal_sentences(said)
        # 一、总体意见。我市原则同意…主要内容，认为其…具有重要作用。: agreement and praise ask nothing
        none = formal and formal[-1][1] >= len(said) and (
            NONE.search(said) or any(why in ("表态", "总体评价") for *_, why in formal))
        # 五、第六章原文“…应…”。我市…已建成投运，该表述与我市实际相符，无需修改。: the wording kept, nothing asked
        none = none or (not node.children and bool(_KEPT_AS_IS.search(text)) and not asks(text))
        bare = node.marker and not node.children and (re.fullmatch(
            r"[^，。；]{0,10}(?:意见|建议|评价|看法)[：:。]?|(?:存在的?|主要)?问题[：:。]?|其[他它][：:。]?", text)
            # ## 三、有关工作意愿 over an offer set aside: a heading left alone, no verb that changes anything
            or (node.heading_like(doc) and not asks(text) and not _CHANGE_VERB.search(text)))
        # under 一、总体意见: what does not ask in so many words is the general remark (迫切需要加快补齐)
        above = parents[-1].label(doc) if parents else ""  # the heading this point stands under
        overall = bool(parents) and bool(_OVERALL_TITLE.fullmatch(above.lstrip("一二三四五六七八九十、.．（）() ")))
        none = none or (overall and not node.children and not _PLAIN_ASK.search(text))
        # under 一、行业基本情况 / 二、面临的主要问题: the writer's own situation, unless it asks
        # (under 存在的问题, 亟待加强 / 需要引起高度重视 weigh a problem: only 建议/应当/请… ask, and a fault
        # found in the draft itself, 规划对…着墨较少, stays an opinion)
        situation, problems = bool(_SITUATION_TITLE.search(above)), bool(_PROBLEMS_TITLE.search(above))
        told = situation and not (_PLAIN_ASK.search(text) or _DRAFT_FAULT.search(text) if problems else asks(text))
        # 4.关于工作基础。2021年以来，我地区累计完成…: the point's own title says it tells the writer's work
        told = told or (bool(_SITUATION_TITLE.search(re.split(r"(?<=[。：:])", text, maxsplit=1)[0])) and not asks(text))

        if text and (not (trivial or none or bare) or (trivial and node.children)):
            s0 = node.spans[0][0] - (len(node.marker) if node.marker else 0)
            contexts.append((max(s0, 0), end))
        if lead:
            contexts.append((start, end))
            skips.append((start, end, "引言"))  # the lead of a numbered heading, before its numbered points
        elif text and not (trivial or none or bare):
            meta = {"numbering": node.marker} if node.marker else {}
            if told or not node.marker and not node.children and not asks(text) and not REQUESTS_FOLLOW.search(text) and (_own_account(text) or not any(
                    _DRAFT_NAMED.search(x) and not _formal_reason(x) for x in _SENTENCE.findall(text))):
                meta["background"] = True  # the writer's own situation, unnumbered (我市地处…，…问题仍然突出。)
            headings = [p.label(doc) for p in parents]
            if headings:
                meta["heading"] = headings[-1]
                if len(headings) > 1:
                    meta["heading_path"] = headings
            if situation and not problems and not told and (cut := _told_then_asked(text)):
                # 一、产业发展情况 / 我镇是全县粮食主产区…。鉴于此，建议将…: the account is the request's context
                lead_at = doc.clean.index(text, start)
                skips.append((lead_at, lead_at + cut, "情况介绍"))
                contexts.append((lead_at, lead_at + cut))
                start = lead_at + cut
            inherited = next((loc for p in reversed(parents)
                              if (loc := location_of(p.label(doc)) or location_of(p.own(doc)) or _bracketed_ref(p.label(doc)))), None)
            # (a list that finds fault with the draft anywhere, 规划对…着墨较少，…，三是…内容缺失, is about the draft throughout;
            # the draft named in a part that asks, 规划第三章提出…，建议…, finds no fault)
            # (a point and the items it details, joined above, are one request: never split again as an inline list)
            parts = list(split_inline(doc, start, end, node.para, meta, depth=2 if merged else 0))
            told_each = situation and problems and not told and not any(
                _DRAFT_FAULT.search(x) and not _PLAIN_ASK.search(x) for x in (doc.clean[p.start:p.end] for p in parts))
            for part in parts:
                if told_each:  # 一是…二是…三是… under 存在的主要问题: each problem told, unless it asks
                    said = _ATTENTION.sub("", doc.clean[part.start:part.end])  # (有关部门应当引起重视: a plea, no request)
                    if not (_PLAIN_ASK.search(said) or _DRAFT_FAULT.search(said)):
                        part.meta = {**part.meta, "background": True}
                for d in _split(doc, part, skips):
                    d.location = (location_of(doc.clean[d.start:d.end]) or location_of(d.meta.get("lead", ""))
                                  or inherited)
                    drafts.append(d)
        elif text and not (trivial and node.children):
            skips.append((start, end, "表态" if none else "小标题"))
        for child in node.children:
            walk(child, parents + [node])

    _adopt_reasons(doc, roots)
    for root in roots:
        walk(root, [])
    return drafts


def _adopt_reasons(doc: Doc, siblings: list[Node]) -> None:
    """An unnumbered request announcing its reasons (…建议调整为…。理由如下：) takes the numbered points after it
    ((1)…(2)…(3)…, its siblings in the tree) as its children, for :func:`_one_request` to judge."""
    k = 0
    while k < len(siblings):
        node = siblings[k]
        if not node.marker and not node.children and _REASONS_FOLLOW.search(node.own(doc).rstrip()):
            j = k + 1
            while j < len(siblings) and siblings[j].marker and not siblings[j].children \
                    and _marker_style(siblings[j].marker) == _marker_style(siblings[k + 1].marker or ""):
                j += 1
            if j > k + 1:
                node.children, siblings[k + 1:j] = siblings[k + 1:j], []
        k += 1
