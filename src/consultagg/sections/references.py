"""Find citations of the draft inside opinions and resolve them against the parsed plan.

Citations follow drafting practice: heading chains (第三章第二节, 第三章（二）, 第十条第二款),
pages and lines (P12, 第12-13页, P12 L3-5), boxes, tables, figures and annexes (专栏5, 表3-1, 附件1,
附录A.2), standards clauses (4.3.2) and quoted original wording (“……”, fuzzy-matched to the
paragraph that holds it). The raw citation is always kept next to the resolved section.

Examples
--------
>>> from consultagg.sections.plan import parse_plan
>>> plan = parse_plan("示例规划\\n第一章 总体要求\\n第二章 水生态环境保护\\n第一节 饮用水\\n"
...                   "第二节 黑臭水体\\n1.城市黑臭水体治理。到2025年基本消除。")
>>> ref = parse_references("第二章第二节提法不准确")[0]
>>> resolve_reference(ref, plan).path
('第二章 水生态环境保护', '第二节 黑臭水体')
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, replace

from consultagg.text.numerals import chinese_to_int
from consultagg.sections.plan import ANNEX, BOX, CN, NUM, page_map, parse_plan  # noqa: F401 (examples use parse_plan)
from consultagg.records import Plan, Section

__all__ = ["Reference", "cited_beyond", "match_quote", "original_wording", "page_line_of", "parse_references",
           "reference_candidates", "resolve_reference"]


@dataclass(frozen=True)
class Reference:
    """A place in the draft cited inside an opinion.

    Attributes
    ----------
    raw : str
        The citation as written: ``第三章第二节``, ``P12 L3-5``, ``表3-1`` or the quoted wording.
    kind : str
        ``section``, ``page``, ``line``, ``table``, ``box``, ``figure``, ``annex``,
        ``annex_table``, ``appendix``, ``clause`` (4.3.2) or ``quote``.
    levels : tuple of (str, int)
        Heading path as (family, number): ``(("章", 3), ("节", 2))``; family ``*`` is any numbered
        heading (第X点).
    paragraph, subitem : int or None
        款/段 and 项/目 below the last level; they are not separate sections.
    pages, lines : tuple of int or None
        ``(first, last)`` page and line ranges.
    label : str or None
        Id of a table, box, figure, annex or appendix (``3-1``, ``5``, ``A.2``) or a clause number.
    quote : str or None
        Quoted wording (at least 6 characters).
    proposed : bool
        The quote is wording the opinion proposes (改为“……”), not the draft's own.
    span : tuple of int
        ``(start, end)`` in the text the reference was found in.
    document : str or None
        The 《title》 the citation directly follows (《某某办法》第三章): it may cite another
        document rather than the draft.
    """

    raw: str
    kind: str
    levels: tuple[tuple[str, int], ...] = ()
    paragraph: int | None = None
    subitem: int | None = None
    pages: tuple[int, int] | None = None
    lines: tuple[int, int] | None = None
    label: str | None = None
    quote: str | None = None
    proposed: bool = False
    span: tuple[int, int] = (0, 0)
    document: str | None = None

    def _level(self, *families: str) -> int | None:
        return next((n for f, n in self.levels if f in families), None)

    part = property(lambda self: self._level("篇", "部分"), doc="Number of the cited 篇 or 部分.")
    chapter = property(lambda self: self._level("章"), doc="Number of the cited 章.")
    section = property(lambda self: self._level("节"), doc="Number of the cited 节.")
    article = property(lambda self: self._level("条"), doc="Number of the cited 条.")


_UNIT_ORDER = {"篇": 0, "部分": 0, "章": 1, "节": 2, "条": 3, "para": 4, "sub": 5}
_UNIT_FAMILY = {"篇": "篇", "部分": "部分", "章": "章", "节": "节", "条": "条", "点": "*"}
_RANGE = r"\s*[-–—~～至到]\s*"
_COMP = re.compile(
    rf"第\s*(?P<n>{NUM})\s*(?P<u>篇|部分|章|节|条|款|项|段|点|目)"
    rf"|第?\s*[（(]\s*(?P<pc>{CN})\s*[）)]\s*(?P<pu>[条项点款目])?"
    rf"|第?\s*[（(]\s*(?P<pa>\d{{1,3}})\s*[）)]"
    rf"|(?P<bare>(?P<bc>{CN})\s*(?:[、.．]|(?=[（(]))|(?<![\d.])(?P<ba>\d{{1,3}})(?:\s*[.．、](?!\d)|(?![\d.])))")
_PLACE = r"[省市区县镇乡村州盟旗]"  # L12市, P3区: masked place names, not pages or lines
_PAGE_REF = re.compile(
    rf"(?<![A-Za-z])[Pp]{{1,2}}\s*\.?\s*(?P<a>\d{{1,4}})(?:{_RANGE}[Pp]{{0,2}}\.?\s*(?P<b>\d{{1,4}}))?"
    rf"(?![A-Za-z\d]|{_PLACE})|第\s*(?P<c>{NUM})\s*(?:页?{_RANGE}第?\s*(?P<d>{NUM})\s*)?页")
_LINE_REF = re.compile(
    rf"第\s*(?P<c>{NUM})\s*(?:行?{_RANGE}第?\s*(?P<d>{NUM})\s*)?行"
    rf"|(?<![A-Za-z])L\s*\.?\s*(?P<a>\d{{1,4}})(?:{_RANGE}L?\s*(?P<b>\d{{1,4}}))?"
    rf"(?![A-Za-z\d]|{_PLACE})")
_OBJ_KIND = {"专栏": "box", "附表": "annex_table", "附件": "annex", "附录": "appendix", "表": "table",
             "图": "figure"}
_OBJ_FAMILY = {v: k for k, v in _OBJ_KIND.items()}
_OBJ = re.compile(
    r"(?P<k>专栏|附表|附件|附录|(?<![代发报列仪水电量])表|(?<![地蓝意试企版草构示插路])图)\s*"
    rf"(?P<id>[A-Z](?:\s*[.．]\s*\d+)*|\d+(?:\s*[-－—.．]\s*\d+)*|{CN})(?![\d])")
# 1.2.3栋 and 7.8.9号 are lists of numbers, not clauses.
_CLAUSE = re.compile(r"(?<![A-Za-z0-9.．])第?\s*(?P<a>\d{1,2}(?:[.．]\d{1,2}){2,4})(?![0-9.．%％栋号楼层室户元个])"
                     r"|(?<![A-Za-z0-9.．])(?:第\s*(?P<b>\d{1,2}[.．]\d{1,2})|(?P<c>\d{1,2}[.．]\d{1,2})"
                     r"(?=\s*[条节款]))(?![0-9.．%％])\s*[条节款]?")
# A location column may write a clause as 4.3.
_CLAUSE_LOOSE = re.compile(_CLAUSE.pattern
                           + r"|(?<![A-Za-z0-9.．])(?P<c2>\d{1,2}[.．]\d{1,2})(?![0-9.．%％])")
_QUOTE = re.compile(r"[“\"「『]([^“”\"「」『』\n]{2,400})[”\"」』]")
_PROPOSING = re.compile(r"(?:改为|改成|修改为|修改成|调整为|替换为|表述为|增加|增补|补充|加上|写入|新增|提法为)"
                        r"[^“\"「『]{0,4}$")
_CHAIN_GAP = re.compile(r"^[\s的之中里]*$")
# Characters without which a text cites no page or line (_PAGE_REF, _LINE_REF) and quotes nothing
# (_QUOTE): most opinions, which then need no parsing for those columns.
_MAY_CITE_PAGE = re.compile(r"[页行PpL]")
_MAY_QUOTE = re.compile(r"[“\"「『]")


def _int(raw: str | None) -> int | None:
    if not raw:
        return None
    try:
        return chinese_to_int(raw)
    except ValueError:
        return None


def _norm_id(raw: str) -> str:
    raw = re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw)).replace("—", "-").replace("－", "-")
    n = _int(raw)
    return str(n) if n is not None else raw


def parse_references(text: str, *, location: bool = False) -> list[Reference]:
    """Find citations of the draft inside an opinion.

    Parameters
    ----------
    text : str
        Opinion text, or the content of a location column (章节/条款) when ``location`` is True.
    location : bool, default=False
        Also read bare numbers the way a location column writes them: ``三、（二）``, ``36``,
        ``（二）``, ``4.3``. In running text these are too ambiguous (a writer's own 1. 2. points).

    Returns
    -------
    list of Reference
        In text order. Adjacent page and line citations (``P12 L3-5``) form one reference.

    Examples
    --------
    >>> [(r.kind, r.levels or r.pages or r.label) for r in parse_references(
    ...     "建议第三章第二节增加内容；第12页第3-5行、表3-1和专栏5的数据需更新。")]
    [('section', (('章', 3), ('节', 2))), ('page', (12, 12)), ('table', '3-1'), ('box', '5')]
    """
    return list(_parsed(text or "", bool(location)))


@lru_cache(maxsize=1 << 16)
def _parsed(text: str, location: bool) -> tuple[Reference, ...]:
    """:func:`parse_references`, once per text: the section matcher, the page and line column and
    the original wording all read the same opinion's references, and copies repeat their text."""
    found: list[Reference] = list(_quotes(text))
    for m in _OBJ.finditer(text):
        found.append(Reference(m.group(), _OBJ_KIND[m.group("k")], label=_norm_id(m.group("id")),
                               span=m.span()))
    for m in (_CLAUSE_LOOSE if location else _CLAUSE).finditer(text):
        number = next(g for g in m.groupdict().values() if g)
        found.append(Reference(m.group(), "clause", label=_norm_id(number).replace("．", "."),
                               span=m.span()))
    for pattern, kind in ((_PAGE_REF, "page"), (_LINE_REF, "line")):
        for m in pattern.finditer(text):
            a, b = _int(m.group("a") or m.group("c")), _int(m.group("b") or m.group("d"))
            if a is not None:
                rng = (a, b if b is not None and b >= a else a)
                found.append(Reference(m.group(), kind, span=m.span(),
                                       **{"pages" if kind == "page" else "lines": rng}))
    found = _drop_overlaps(found)
    taken = [r.span for r in found]
    found += _chains(text, taken, location)
    found.sort(key=lambda r: r.span)
    out, doc, prev_end = [], None, 0
    titles = [(m.end(), m.group(1)) for m in re.finditer(r"《([^《》]{1,60})》", text)]
    for r in _merge_page_lines(text, found):
        if r.kind != "quote":
            # 《某某办法》第三章第七条 cites that document; the caller decides whether it is the draft.
            if doc and re.search(r"[。；;！？!?]", text[prev_end:r.span[0]]):
                doc = None
            doc = next((t for end, t in reversed(titles) if prev_end <= end <= r.span[0]
                        and re.fullmatch(r"[^。；;！？!?]{0,12}", text[end:r.span[0]])), doc)
            r, prev_end = replace(r, document=doc), r.span[1]
        out.append(r)
    return tuple(out)


def _quotes(text: str):
    """The quotations of ``text`` as :func:`parse_references` gives them: none is ever dropped there
    (quotes win over what overlaps them and never overlap one another), so they can be read alone."""
    for m in _QUOTE.finditer(text):
        q = m.group(1).strip()
        if len(re.sub(r"[\W_]", "", q)) >= 6:
            yield Reference(m.group(), "quote", quote=q, span=m.span(),
                            proposed=bool(_PROPOSING.search(text[max(0, m.start() - 8):m.start()])))


def _drop_overlaps(refs: list[Reference]) -> list[Reference]:
    # Quotes win over anything cited inside them; otherwise the longer match wins.
    order = sorted(refs, key=lambda r: (r.kind != "quote", -(r.span[1] - r.span[0]), r.span))
    kept: list[Reference] = []
    for r in order:
        if all(r.span[1] <= k.span[0] or r.span[0] >= k.span[1] for k in kept):
            kept.append(r)
    return kept


def _chains(text: str, taken: list[tuple[int, int]], location: bool) -> list[Reference]:
    """第三章第二节, 第三章（二）, 第十条第二款 … as one reference each."""
    comps = []
    for m in _COMP.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if m.group("bare") and not location and not (
                comps and comps[-1][1] == m.start() and comps[-1][3]
                and m.group().rstrip()[-1:] in "、.．"):
            continue  # in running text only right after a citation: 第四章第二节二、
        if m.group("n"):
            unit, n = m.group("u"), _int(m.group("n"))
            key = ("para", n) if unit in ("款", "段") else ("sub", n) if unit in ("项", "目") \
                else (_UNIT_FAMILY[unit], n)
        elif m.group("pc"):
            unit = m.group("pu") or ""
            key = ("sub" if unit in "项目" and unit else "para" if unit == "款" else "（一）",
                   _int(m.group("pc")))
        elif m.group("pa"):
            key = ("（1）", int(m.group("pa")))
        else:
            key = ("一、", _int(m.group("bc"))) if m.group("bc") else ("1.", int(m.group("ba")))
        if key[1] is not None:
            comps.append((m.start(), m.end(), key, bool(m.group("n"))))
    refs, chain = [], []

    def flush():
        if not chain:
            return
        keys = [c[2] for c in chain]
        levels = tuple(k for k in keys if k[0] not in ("para", "sub"))
        first_is_anchor = chain[0][3] or location
        # 第三条意见 / 第3点建议 number the writer's own points.
        own_point = (len(chain) == 1 and keys[0][0] in ("条", "*")
                     and re.match(r"\s*(?:意见|建议)", text[chain[0][1]:]))
        lone_star = not location and len(levels) == 1 and levels[0][0] == "*"
        if levels and first_is_anchor and not own_point and not lone_star:
            start, end = chain[0][0], chain[-1][1]
            refs.append(Reference(text[start:end], "section", levels=levels, span=(start, end),
                                  paragraph=next((n for f, n in keys if f == "para"), None),
                                  subitem=next((n for f, n in keys if f == "sub"), None)))
        chain.clear()

    for comp in comps:
        # A chain runs from larger to smaller units (第四项第一条 is two citations, or none).
        new, last = comp[2][0], chain[-1][2][0] if chain else None
        if chain and (not _CHAIN_GAP.match(text[chain[-1][1]:comp[0]])
                      or new in {c[2][0] for c in chain}
                      or _UNIT_ORDER.get(new, 9) <= _UNIT_ORDER.get(last, -1)):
            flush()
        chain.append(comp)
    flush()
    return refs


def _merge_page_lines(text: str, refs: list[Reference]) -> list[Reference]:
    out: list[Reference] = []
    for r in refs:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "page" and r.kind == "line" and prev.lines is None
                and re.fullmatch(r"[\s,，、;；/的]{0,3}", text[prev.span[1]:r.span[0]])):
            span = (prev.span[0], r.span[1])
            out[-1] = Reference(text[span[0]:span[1]], "page", pages=prev.pages, lines=r.lines,
                                span=span)
        else:
            out.append(r)
    return out


def _grams(text: str, n: int) -> set[str]:
    key = re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text or "").lower())
    return {key[i:i + n] for i in range(len(key) - n + 1)} if len(key) >= n else ({key} if key else set())


def match_quote(quote: str, plan: Plan, *, min_score: float = 0.5,
                cache: dict | None = None) -> list[tuple[Section, float]]:
    """Sections whose own wording contains a quoted passage, best first.

    The score is the share of the quote's character trigrams (bigrams for short quotes) found in
    the section's title and own text, so small edits in the quotation still match. ``cache``
    (a dict kept by the caller) holds the sections' n-grams between calls on the same plan.

    >>> plan = parse_plan("一、总则\\n1.目标。到2025年，地表水优良比例达到80%。\\n2.任务。治理黑臭水体。")
    >>> [(s.id, round(x, 2)) for s, x in match_quote("地表水优良比例达到百分之八十", plan)]
    [('s1.1', 0.58)]
    """
    n = 2 if len(re.sub(r"[\W_]", "", quote)) < 10 else 3
    q = _grams(quote, n)
    if not q:
        return []
    cache = {} if cache is None else cache
    for s in plan.sections:
        if (s.id, n) not in cache:
            cache[(s.id, n)] = _grams(s.title + s.text, n)
    scored = [(s, len(q & cache[(s.id, n)]) / len(q)) for s in plan.sections]
    return sorted([(s, x) for s, x in scored if x >= min_score], key=lambda t: -t[1])


def _structural(s: Section) -> bool:
    return s.kind not in BOX and s.kind not in ANNEX


_PLAIN = ("一、", "1.")  # numbers a location column writes for any level (三（二） / 3.2 / 三、（二）)
_BRACKETED = ("（一）", "（1）")


def _as_chapters(levels, plan: Plan):
    """A location column's plain numbers in a draft of 章 and 节 (三（二）, 三、（二）) as its 章 and 节; a bracketed number
    alone (（二）) as no heading at all. Levels of the draft's own top family are kept as they are."""
    if not levels or levels[0][0] not in _PLAIN + _BRACKETED:
        return levels
    top = {s.kind for s in plan.sections if s.parent_id is None and _structural(s)}
    if "章" not in top or levels[0][0] in top:
        return levels
    kinds = {s.kind for s in plan.sections}
    if levels[0][0] in _BRACKETED:  # (（二） names no chapter: where the draft has no （二）, nothing rather than 第二章)
        return levels if levels[0][0] in kinds else ()
    out = [("章", levels[0][1])]
    if len(levels) > 1 and levels[1][0] in _PLAIN + _BRACKETED and "节" in kinds:
        out.append(("节", levels[1][1]))
        return tuple(out) + tuple(levels[2:])
    return tuple(out) + tuple(levels[1:])


def cited_beyond(ref: Reference, plan: Plan) -> bool:
    """Whether a heading reference cites a level the draft does not have (第四章第五节 where 第四章 has three 节):
    it is placed as deep as the draft goes, and that is to be checked.

    >>> plan = parse_plan("第一章 总则\\n第一节 目标\\n第二章 任务")
    >>> cited_beyond(parse_references("第一章第三节")[0], plan), cited_beyond(parse_references("第一章第一节")[0], plan)
    (True, False)
    """
    if ref.kind != "section":
        return False
    levels = _as_chapters(ref.levels, plan)
    reached = _walk(levels, plan, depth=True)
    # (a level of a family the draft never numbers, 第三条 in a 节 of plain paragraphs, is no missing heading)
    return reached < len(levels) and levels[reached][0] in {s.kind for s in plan.sections}


def _walk(levels, plan: Plan, depth: bool = False):
    """The sections ``levels`` lead to, as deep as the draft goes (``depth``: how many levels were found)."""
    kids: dict[str | None, list[Section]] = {}
    for s in plan.sections:
        kids.setdefault(s.parent_id, []).append(s)
    kinds = {s.kind for s in plan.sections}
    current: list[Section | None] = [None]
    reached = 0
    for fam, n in levels:
        found: list[Section] = []
        for parent in current:
            pid = parent.id if parent else None
            pool = [s for s in plan.sections if pid is None or s.id.startswith(pid + ".")]
            direct = [s for s in kids.get(pid, []) if _structural(s)]
            if fam == "部分" and fam not in kinds and "篇" in kinds:
                fam = "篇"
            if fam in kinds and fam != "*":
                hits = [s for s in direct if s.kind == fam and s.ordinal == n] or \
                    [s for s in pool if s.kind == fam and s.ordinal == n]
            elif fam == "条" and "1." in kinds:
                # Plans numbered 1. 2. … 60. are cited as 第36条.
                hits = [s for s in pool if s.kind == "1." and s.ordinal == n]
            else:
                # A family the draft does not use: by number, else by position (（1） = first).
                hits = [s for s in direct if s.ordinal == n] or (direct[n - 1:n] if n > 0 else [])
            found.extend(h for h in hits if h not in found)
        if not found:
            break  # cite as far as the draft goes: 第三章第九节 → 第三章
        current, reached = found, reached + 1
    return reached if depth else [s for s in current if s is not None]


def _owned_lines(plan: Plan) -> dict[str, tuple[int, int]]:
    """Lines each section owns itself (heading and text, not its children)."""
    secs = [s for s in plan.sections if s.line is not None]
    end = max([b for _, _, b in page_map(plan)] + [0])
    return {s.id: (s.line, max(s.line, nxt.line - 1 if nxt is not None else end))
            for s, nxt in zip(secs, secs[1:] + [None])}


# Printed lines per page in a standard 公文 page (GB/T 9704: 22 lines).
_PRINTED_LINES = 22


def _by_lines(ref: Reference, plan: Plan) -> list[Section]:
    pages = {p: (a, b) for p, a, b in page_map(plan)}
    if ref.pages is None or ref.pages[0] not in pages:
        return []
    first, last = pages[ref.pages[0]][0], pages.get(ref.pages[1], pages[ref.pages[0]])[1]
    if ref.lines is not None and ref.pages[0] == ref.pages[1]:
        size = last - first + 1
        pos = [first + min(size - 1, (x - 1) * size // _PRINTED_LINES) for x in ref.lines]
        first, last = pos[0], max(pos)
    overlap = {sid: min(b, last) - max(a, first) + 1 for sid, (a, b) in _owned_lines(plan).items()}
    ranked = sorted((s for s in plan.sections if overlap.get(s.id, 0) > 0),
                    key=lambda s: -overlap[s.id])
    return ranked


def reference_candidates(ref: Reference, plan: Plan) -> list[Section]:
    """Every section a reference may point to, most likely first (see :func:`resolve_reference`).

    >>> plan = parse_plan("第一章 总则\\n第一节 目标\\n第二章 任务\\n第一节 治水")
    >>> [s.id for s in reference_candidates(parse_references("第一节")[0], plan)]
    ['s1.1', 's2.1']
    """
    if ref.kind == "section":
        found = _walk(_as_chapters(ref.levels, plan), plan)
        if ref.subitem and len(found) == 1:
            # 第四章第一节第二项 in a draft whose 节 hold numbered items: the second of them.
            kids = [s for s in plan.sections if s.parent_id == found[0].id and _structural(s)]
            hit = [s for s in kids if s.ordinal == ref.subitem] or kids[ref.subitem - 1:ref.subitem]
            found = hit[:1] or found
        return found
    if ref.kind in ("page", "line"):
        return _by_lines(ref, plan) if ref.kind == "page" else []
    if ref.kind == "quote":
        return [s for s, _ in match_quote(ref.quote or "", plan)]
    target = _norm_id(ref.label or "")
    if ref.kind == "clause":
        return [s for s in plan.sections if s.kind.startswith("1.1") and _norm_id(s.label) == target]
    family = _OBJ_FAMILY[ref.kind]
    hits = [s for s in plan.sections if s.kind == family
            and _norm_id(s.label[len(family):]) == target]
    if not hits and ref.kind == "appendix" and "." in target:
        # 附录A.2: the A.2 clause, or failing that appendix A itself.
        hits = [s for s in plan.sections if _norm_id(s.label) == target] or \
            [s for s in plan.sections if s.kind == family and _norm_id(s.label[2:]) == target[0]]
    return hits


def resolve_reference(ref: Reference, plan: Plan, *, candidates: list[Section] | None = None) -> Section | None:
    """The section a reference points to, or None when it is absent or ambiguous.

    Heading references resolve as deep as the draft goes (``第三章第九节`` in a chapter with
    eight sections gives 第三章); a bare ``第二节`` in a draft where several chapters have one is
    ambiguous and gives None (:func:`reference_candidates` lists them). Page references give the
    narrowest section holding all the cited lines (or, across chapters, the one owning most of
    them; line numbers on a page are placed assuming 22 printed lines per page); quotes the
    section whose wording contains them. Line numbers without a page cannot be placed. ``candidates``
    are the reference's :func:`reference_candidates` when the caller has them already.

    Examples
    --------
    >>> plan = parse_plan("第一章 总则\\n第一节 目标\\n第二节 原则\\n第二章 水环境\\n第一节 饮用水\\n"
    ...                   "第二节 黑臭水体")
    >>> resolve_reference(parse_references("第二章第二节")[0], plan).id
    's2.2'
    >>> print(resolve_reference(parse_references("第二节")[0], plan))
    None
    """
    found = reference_candidates(ref, plan) if candidates is None else candidates
    if ref.kind == "page" and found:
        # The narrowest section holding everything cited, else the one with most of its lines.
        parts = [s.id.split(".") for s in found]
        common = [p[0] for p in zip(*parts) if len(set(p)) == 1]
        ids = {s.id: s for s in plan.sections}
        return ids.get(".".join(common), found[0])
    if ref.kind == "quote":
        return found[0] if found else None
    return found[0] if len(found) == 1 else None


def _span_text(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"


def page_line_of(text: str | None, location: str | None = None) -> str:
    """The pages and lines an opinion cites, written the tracker's way (``P12 L3-5``).

    Parameters
    ----------
    text : str or None
        Opinion text.
    location : str or None
        A location column (章节/页码), read first.

    Returns
    -------
    str
        Citations joined by ``；`` in the order found, without repeats; ``""`` when none.

    Examples
    --------
    >>> page_line_of("第12页第3-5行的表述不准确，另见P14。")
    'P12 L3-5；P14'
    >>> page_line_of("建议修改", location="第12-13页")
    'P12-13'
    >>> page_line_of("第3行“加快推进”一词重复")
    'L3'
    """
    out: list[str] = []
    for source, loose in ((location, True), (text, False)):
        if not source or not (loose or (_MAY_CITE_PAGE.search(source)
                                        and (_PAGE_REF.search(source) or _LINE_REF.search(source)))):
            continue  # no page or line citation anywhere (行 alone is in 进行, 行业): no need to parse
        for ref in parse_references(source, location=loose):
            if ref.kind not in ("page", "line"):
                continue
            parts = [f"P{_span_text(*ref.pages)}"] if ref.pages else []
            parts += [f"L{_span_text(*ref.lines)}"] if ref.lines else []
            cited = " ".join(parts)
            if cited and cited not in out:
                out.append(cited)
    return "；".join(out)


def original_wording(text: str | None) -> str:
    """The draft's own wording an opinion quotes, not the new wording it proposes.

    ``建议将“A”改为“B”`` quotes A from the draft and proposes B; ``建议增加“C”`` only proposes.

    Parameters
    ----------
    text : str or None
        Opinion text.

    Returns
    -------
    str
        The quoted original wording (several joined by ``；``), or ``""``.

    Examples
    --------
    >>> original_wording("建议将“基本消除城市黑臭水体”修改为“全面消除城市黑臭水体”。")
    '基本消除城市黑臭水体'
    >>> original_wording("建议增加“推进农村生活污水治理”的内容")
    ''
    """
    out: list[str] = []
    if not text or not _MAY_QUOTE.search(text):
        return ""
    for ref in _quotes(text):  # the quotations alone: the rest of parse_references is not needed
        if not ref.proposed and ref.quote not in out:
            out.append(ref.quote)
    return "；".join(out)
