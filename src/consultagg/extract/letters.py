"""Split feedback letters and meeting minutes into single opinions.

A letter (反馈意见/复函) carries a header, a salutation, a preamble, numbered points, a signature and a
date; meeting minutes (座谈会/协商会 reports, often OCR'd) carry quoted and reported speech inside
narrative. :func:`parse_letter` turns either into a :class:`Letter` whose ``opinions`` are
:class:`~consultagg.records.Comment` records with the unit, speaker, cited location, proposed wording,
the numbering and heading they sat under, and the span they came from. Letters are parsed here;
minutes by :mod:`consultagg.extract.minutes`, which :func:`parse_letter` dispatches to.

Examples
--------
>>> from consultagg.extract.letters import extract_opinions
>>> ops = extract_opinions("自治区发展改革委关于《规划》的反馈意见\\n自治区生态环境厅：\\n"
...                        "一、建议补充碳达峰内容。\\n二、第12页“加强”修改为“强化”。")
>>> [(c.department, c.text, c.meta["numbering"]) for c in ops]
[('自治区发展改革委', '建议补充碳达峰内容。', '一、'), ('自治区发展改革委', '第12页“加强”修改为“强化”。', '二、')]
>>> ops[1].location, ops[1].proposed_change
('第12页', '强化')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from consultagg.extract.minutes import SPEECH_VERB, colon_speaker, parse_minutes
from consultagg.extract._base import (
    AGREE,
    CLOSING,
    CN,
    CONTACT,
    DATE,
    DOCNO,
    HEADER_UNIT,
    HEADING_WORDS,
    LOC,
    NONE,
    OWN_START,
    PREAMBLE,
    PUNCT,
    SALUTATION,
    SEAL,
    TAIL_DATE,
    TEXT_FIELD,
    TITLE,
    UNIT_FIELD,
    UNIT_SUFFIX,
    Doc,
    Draft,
    formal_prefix,
    inline_parts,
    nospace,
    split_inline,
    location_of,
    proposed_change_of,
)
from consultagg.text.ids import comment_id, content_key
from consultagg.text.normalize import NUMBERING
from consultagg.records import Comment, Source

__all__ = ["Letter", "detect_kind", "extract_opinions", "location_of", "parse_letter", "proposed_change_of"]


@dataclass(frozen=True)
class Letter:
    """A parsed letter or minutes.

    Attributes
    ----------
    unit : str or None
        The replying unit as written (argument, header, signature or file name).
    no_opinion : bool
        True when the reply says it has no comments (无意见); ``opinions`` is then empty.
    opinions : tuple of Comment
        The single opinions in document order.
    header : str
        The title line (``XXX关于《…》的反馈意见``), ``""`` when there is none.
    kind : str
        ``"letter"`` or ``"minutes"``.
    """

    unit: str | None
    no_opinion: bool
    opinions: tuple[Comment, ...]
    header: str = ""
    kind: str = "letter"


# ----------------------------------------------------------------------------- letters
# Conventional heading order (GB/T 9704), used only when a style first appears above all seen ones.
_RANK = {"chapter篇": 0, "chapter部": 0, "chapter章": 1, "chapter节": 2, "chapter条": 2, "cn_dun": 3,
         "cn_paren": 4, "ar": 5, "ar_paren": 6, "ar_half": 6, "circled": 7, "shi": 8, "ordinal": 8, "bullet": 9}


def _marker_style(marker: str) -> str:
    m = marker.replace(" ", "")
    if m.startswith("第"):
        return "chapter" + m[-1] if m[-1] in "章节篇部条" else "ordinal"
    if m.endswith("是"):
        return "shi"
    if m[0] in "（(":
        return "cn_paren" if m[1] in CN else "ar_paren"
    if m[0] in CN:
        return "cn_dun"
    if m[0].isdigit():
        return "ar_half" if m[-1] in ")）" else "ar"
    return "circled" if "\u2460" <= m[0] <= "\u27bf" else "bullet"


class _Node:
    def __init__(self, level, marker, s, e, para, intro=False):
        self.level, self.marker, self.para, self.intro = level, marker, para, intro
        self.spans = [(s, e)]
        self.children: list[_Node] = []
        self.empty = False

    def own(self, doc: Doc) -> str:
        return doc.clean[self.spans[0][0]:self.spans[-1][1]].strip()

    def heading_like(self, doc: Doc) -> bool:
        t = self.own(doc)
        return self.intro or t.endswith(("：", ":")) or (
            not re.search(PUNCT, t) and nospace(t) <= 30
            and not re.match(r"(?:建议|应|请|希望|要求|将|把|增加|删除|补充|修改)", t))

    def label(self, doc: Doc) -> str:
        s = self.spans[0][0] - (len(self.marker) if self.marker else 0)
        return doc.clean[max(s, 0):self.spans[0][1]].strip().rstrip("：:")


def _unit_from_file(file: str | None) -> str | None:
    stem = PurePath((file or "").replace("\\", "/")).stem
    m = re.match(r"^[0-9A-Za-z]{1,4}[\s_\-－—.、]+(?P<u>[^_\-－—\s]+)", stem)
    u = re.sub(r"(?:的)?(?:反馈意见|修改意见|意见建议|意见|复函|回复|的函)$", "", m.group("u")) if m else ""
    return u or None


def _is_unit(t: str) -> bool:
    return (nospace(t) <= 30 and not re.search(r"[，。；！？,;!?：:]", t) and not NUMBERING.match(t)
            and bool(re.search(UNIT_SUFFIX + r"$", t)))


def _classify(texts: list[str]):
    """Mark header, salutation, signature/date tail and closing lines; find the unit they name."""
    n = len(texts)
    kinds = ["body"] * n
    header, header_unit, signature = "", None, None
    for i, t in enumerate(texts[:4]):
        if NUMBERING.match(t) and not t.startswith("第"):
            break
        if DOCNO.search(t):
            kinds[i] = "docno"
        elif not header and TITLE.search(t) and not t.endswith(("。", "：", ":")):
            kinds[i], header = "header", t
            m = HEADER_UNIT.match(t)
            header_unit = m.group("u") if m and not m.group("u").startswith(("关于", "对")) else None
        elif (i + 1 < n and not header and _is_unit(t) and re.match(r"关于|对《", texts[i + 1])
              and TITLE.search(texts[i + 1])):
            kinds[i] = kinds[i + 1] = "header"  # the unit on its own line above "关于《…》的意见"
            header, header_unit = t + texts[i + 1], t
        elif kinds[i] == "header":
            continue
        elif SALUTATION.match(t) and not re.match(r"建议|关于|意见|对|具体|主要", t) and not PREAMBLE.search(t):
            kinds[i] = "salutation"
            break
        else:
            break
    for i in range(n - 1, -1, -1):
        t = texts[i]
        bare = TAIL_DATE.sub("", SEAL.sub("", t)).strip()
        if kinds[i] != "body":
            break
        if DATE.match(t.replace(" ", "")) or not bare or CONTACT.match(t) or (
                CLOSING.match(t) and nospace(t) <= 40):
            kinds[i] = "tail"
        elif _is_unit(bare):
            kinds[i], signature = "tail", signature or bare
        else:
            break
    field_unit = None
    for i in range(n):
        if kinds[i] == "body" and CLOSING.match(texts[i]) and nospace(texts[i]) <= 40:
            kinds[i] = "closing"
        elif kinds[i] == "body" and (m := UNIT_FIELD.match(texts[i])):  # a comment form: 单位：……
            kinds[i], field_unit = "field", field_unit or m.group("u").strip()
    return kinds, header, header_unit or field_unit or signature


def _build_tree(doc: Doc, kinds: list[str]):
    """Numbered points, headings and plain paragraphs as a tree; also whether only formalities were seen."""
    levels: dict[str, float] = {}
    roots: list[_Node] = []
    stack: list[_Node] = []
    formal_only, started, closed = False, False, False

    def attach(node: _Node, keep: bool = True):
        while stack and stack[-1].level >= node.level:
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        if keep:
            stack.append(node)

    for i, (ps, pe) in enumerate(doc.paras):
        if kinds[i] != "body":
            closed = True  # a closing formula or form field ends the point above it
            continue
        t = doc.clean[ps:pe]
        ps += len(t) - len(t.lstrip())
        t = t.strip()
        if field := TEXT_FIELD.match(t):
            ps, t = ps + field.end(), t[field.end():]
        cut = formal_prefix(t)
        if cut >= len(t):
            formal_only = formal_only or bool(NONE.search(t) or AGREE.search(t))
            closed = True
            continue
        if not started:  # preamble sentences before the first point
            ps, t = ps + cut, t[cut:].lstrip()
            if t.endswith(("：", ":")) and (re.search(r"(?:如下|以下)[：:]$", t) or PREAMBLE.search(t)):
                continue
        started = True
        m = NUMBERING.match(t)
        if m and (inline_parts(t)[:1] or [(0, 1)])[0][1] == 0:
            m = None  # "一是……；二是……" opening the paragraph: an inline list, split later
        style = _marker_style(m.group(0)) if m else ""
        if style.startswith("chapter") and (re.search(PUNCT, t[m.end():]) or nospace(t[m.end():]) > 24):
            m = None  # "第三章第二节，建议……" cites a place; it is not a heading
        if m and not (style == "bullet" and not m.group(0).strip()):
            if style not in levels:
                higher = levels and all(_RANK[style] < _RANK[x] for x in levels)
                levels[style] = min(levels.values()) - 1 if higher else max(levels.values(), default=0) // 1 + 1
            node = _Node(levels[style], m.group(0).strip(), ps + m.end(), pe, i + 1)
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
            HEADING_WORDS.match(t))
        if top is not None and not (closed or top.heading_like(doc) or intro or OWN_START.match(t) or LOC.match(t)):
            top.spans.append((ps, pe))  # a further paragraph of the same point
            continue
        while stack and (not stack[-1].heading_like(doc) or (intro and stack[-1].intro)):
            stack.pop()  # an unnumbered heading follows the previous one as its sibling
        base = stack[-1].level if stack else 0
        attach(_Node(base + (0.5 if intro else 0.75), None, ps, pe, i + 1, intro=intro), keep=intro)
    return roots, formal_only


def _parse_letter(doc: Doc, unit: str | None, file: str | None):
    texts = [doc.clean[s:e].strip() for s, e in doc.paras]
    kinds, header, named = _classify(texts)
    found_unit = unit or named or _unit_from_file(file)
    roots, formal_only = _build_tree(doc, kinds)
    drafts: list[Draft] = []

    def walk(node: _Node, parents: list[_Node]):
        text = node.own(doc)
        trivial = node.heading_like(doc) and (node.children or node.intro)
        trivial = trivial or (NONE.search(text) and formal_prefix(text) >= len(text)) or (
            node.marker and not node.children and re.fullmatch(r"[^，。；]{0,10}(?:意见|建议)[：:]?", text))
        if text and not trivial:
            meta = {"numbering": node.marker} if node.marker else {}
            headings = [p.label(doc) for p in parents]
            if headings:
                meta["heading"] = headings[-1]
                if len(headings) > 1:
                    meta["heading_path"] = headings
            inherited = next((loc for p in reversed(parents)
                              if (loc := location_of(p.label(doc)) or location_of(p.own(doc)))), None)
            for d in split_inline(doc, node.spans[0][0], node.spans[-1][1], node.para, meta):
                d.location = location_of(doc.clean[d.start:d.end]) or location_of(d.meta.get("lead", "")) or inherited
                d.department = found_unit
                drafts.append(d)
        for child in node.children:
            walk(child, parents + [node])

    for root in roots:
        walk(root, [])
    no_opinion = not drafts and (formal_only or any(NONE.search(t) for t, k in zip(texts, kinds) if k == "body"))
    return found_unit, no_opinion, drafts, header


# ----------------------------------------------------------------------------- public API
def detect_kind(text: str) -> str:
    """``"minutes"`` for narrative meeting reports, ``"letter"`` otherwise.

    >>> detect_kind("座谈会上，市人大代表张伟说：“建议增加公园绿地。”与会委员表示赞同。")
    'minutes'
    >>> detect_kind("一、建议补充碳达峰内容。\\n二、建议量化指标。")
    'letter'
    """
    return _kind(Doc(text or ""))


def _kind(doc: Doc) -> str:
    lines = [doc.clean[s:e].strip() for s, e in doc.paras]
    numbered = sum(1 for t in lines if NUMBERING.match(t) and not t.startswith("第"))
    letter = 2 * any(SALUTATION.match(t) for t in lines[:4]) + 2 * any(TITLE.search(t) for t in lines[:3])
    letter += any(DATE.match(t.replace(" ", "")) for t in lines[-4:]) + min(numbered, 4)
    meeting = len(re.findall(r"座谈会|协商会|研讨会|论证会|征求意见会|听证会|会上|会议|与会|参会|纪要|委员|代表", doc.clean))
    speech = len(re.findall(rf"{SPEECH_VERB}[，,：:。]|[。！？]”", doc.clean))
    speech += sum(1 for t in lines[1:] if (who := colon_speaker(t)[0]) and who[0] != "org")
    minutes = min(meeting, 3) + min(speech, 3)
    return "minutes" if minutes >= 3 and minutes > letter else "letter"


def parse_letter(text: str, *, file: str | None = None, unit: str | None = None,
                 kind: str | None = None) -> Letter:
    """Split a feedback letter or meeting minutes into single opinions.

    Parameters
    ----------
    text : str
        The letter or minutes as plain text (OCR output and export noise are cleaned first).
    file : str, optional
        Source file name, stored in each opinion's ``source`` and used as a last resort for the
        unit (``03_自治区水利厅.txt`` gives ``自治区水利厅``).
    unit : str, optional
        The replying unit when the caller knows it; otherwise read from the header
        (``XXX关于《…》的反馈意见``), the signature, or the file name.
    kind : {None, "letter", "minutes"}
        Force the document kind; by default it is detected.

    Returns
    -------
    Letter
        Each opinion's ``text`` is the display form (:func:`~consultagg.text.normalize.clean_display`) of the
        point's own words without its list marker; ``source.paragraph`` counts the non-empty lines of
        the cleaned text (1-based) and ``source.span`` is ``(start, end)`` in ``text``. ``meta`` may hold
        ``numbering`` (``"1."``), ``heading`` (``"二、具体修改意见"``), ``heading_path``, ``lead`` and
        ``parent_numbering`` (inline lists), ``speaker_title``, ``subject``, ``summary`` and
        ``unattributed`` (minutes).

    Examples
    --------
    >>> letter = parse_letter("自治区生态环境厅：\\n经研究，我厅对该规划无修改意见。\\n自治区水利厅\\n2021年3月5日")
    >>> letter.unit, letter.no_opinion, letter.opinions
    ('自治区水利厅', True, ())
    >>> m = parse_letter("座谈会上，自治区人大代表王芳说：“建议增加城市绿地。”", kind="minutes")
    >>> m.opinions[0].speaker, m.opinions[0].meta["speaker_title"], m.opinions[0].text
    ('王芳', '自治区人大代表', '建议增加城市绿地。')
    """
    if kind not in (None, "letter", "minutes"):
        raise ValueError(f"kind must be None, 'letter' or 'minutes', got {kind!r}")
    doc = Doc(text or "")
    kind = kind or _kind(doc)
    header = ""
    if kind == "minutes":
        drafts, found_unit, no_opinion = parse_minutes(doc, unit), unit, False
    else:
        found_unit, no_opinion, drafts, header = _parse_letter(doc, unit, file)
    seen: dict[tuple[str, str], int] = {}
    opinions = []
    for d in drafts:
        body = doc.clean[d.start:d.end].strip()
        if not body:
            continue
        key = (content_key(body), content_key(d.department or ""))
        seen[key] = seen.get(key, 0) + 1
        opinions.append(Comment(
            id=comment_id(body, d.department, seen[key] - 1), text=body, department=d.department,
            speaker=d.speaker, location=d.location, proposed_change=proposed_change_of(body),
            source=Source(file=file, paragraph=d.para, span=doc.span(d.start, d.end)), meta=d.meta))
    return Letter(unit=found_unit, no_opinion=no_opinion and not opinions, opinions=tuple(opinions),
                  header=header, kind=kind)


def extract_opinions(text: str, *, file: str | None = None, unit: str | None = None,
                     kind: str | None = None) -> list[Comment]:
    """The opinions of a letter or minutes: ``list(parse_letter(...).opinions)``.

    Examples
    --------
    >>> [c.text for c in extract_opinions("建议：一是加强监测；二是完善考核。")]
    ['加强监测', '完善考核。']
    """
    return list(parse_letter(text, file=file, unit=unit, kind=kind).opinions)

