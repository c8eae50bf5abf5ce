"""Parse a draft plan into a tree of sections, and find references to it inside opinions.

Heading families follow GB/T 9704 and common drafting practice: 第一篇 / 第一部分 → 第一章 → 第一节 →
第一条 → 一、 → （一） → 1. → （1） → 1） → ①, plus boxes and tables (专栏N, 表N, 图N), annexes (附件N,
附表N, 附录A) and standards-style numbers (4.3.2). Every level is optional and drafts mix them, so the
hierarchy of the weak families is learned from the document: a family first seen under another one
ranks below it (a draft that starts with 一、 and has 1. under it is parsed as 一、 → 1.).

Examples
--------
>>> from consultagg.plan import parse_plan, parse_references, resolve_reference
>>> plan = parse_plan("示例规划\\n第一章 总体要求\\n第二章 水生态环境保护\\n第一节 饮用水\\n"
...                   "第二节 黑臭水体\\n1.城市黑臭水体治理。到2025年基本消除。")
>>> [s.id for s in plan.sections]
['s1', 's2', 's2.1', 's2.2', 's2.2.1']
>>> ref = parse_references("第二章第二节提法不准确")[0]
>>> resolve_reference(ref, plan).path
('第二章 水生态环境保护', '第二节 黑臭水体')
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from .numerals import CHINESE_DIGITS, chinese_to_int
from .records import Plan, Section

__all__ = ["Reference", "match_quote", "page_map", "page_of_line", "parse_plan", "parse_references",
           "reference_candidates", "resolve_reference"]

_CN = rf"[{CHINESE_DIGITS}]+"
_NUM = rf"[{CHINESE_DIGITS}0-9０-９]+"
_AR = r"[0-9０-９]{1,3}"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"
_SEP = r"[\s:：、.．]*"

# (family, pattern, group kind) in matching order; "strong" families have a fixed rank, "box"
# families hang under the current section, "annex" families start a new top-level part.
_STRONG_RANK = {"篇": 0, "部分": 0, "章": 1, "节": 2, "条": 3}
_BOX = ("专栏", "表", "图")
_ANNEX = ("附件", "附表", "附录")
_HEADINGS: list[tuple[str, re.Pattern]] = [
    ("篇", re.compile(rf"^(第\s*({_NUM})\s*篇){_SEP}(.*)$")),
    ("部分", re.compile(rf"^(第\s*({_NUM})\s*部分){_SEP}(.*)$")),
    ("章", re.compile(rf"^(第\s*({_NUM})\s*章){_SEP}(.*)$")),
    ("节", re.compile(rf"^(第\s*({_NUM})\s*节){_SEP}(.*)$")),
    ("条", re.compile(rf"^(第\s*({_NUM})\s*条)(?:\s+|[:：]|(?=[\u4e00-\u9fff“（]))(.*)$")),
    ("专栏", re.compile(rf"^(专栏\s*({_NUM})){_SEP}(.*)$")),
    ("附表", re.compile(rf"^(附表\s*({_NUM}(?:[-－.．]\d+)*)?){_SEP}(.*)$")),
    ("附件", re.compile(rf"^(附件\s*({_NUM})?){_SEP}(.*)$")),
    ("附录", re.compile(rf"^(附录\s*([A-Z]|{_NUM})){_SEP}(.*)$")),
    ("表", re.compile(r"^(表\s*([0-9０-９]+(?:[-－.．][0-9０-９]+)*))\s*(.*)$")),
    ("图", re.compile(r"^(图\s*([0-9０-９]+(?:[-－.．][0-9０-９]+)*))\s*(.*)$")),
    ("一、", re.compile(rf"^(({_CN})\s*[、.．])\s*(.*)$")),
    ("（一）", re.compile(rf"^([（(]\s*({_CN})\s*[）)])\s*(.*)$")),
    ("1.1", re.compile(r"^(((?:[A-Z]|\d{1,2})(?:[.．]\d{1,2}){1,4}))"
                       r"(?:\s+|(?=[\u4e00-\u9fff])(?![万亿千百元倍个年月日号米吨]))(.*)$")),
    ("1.", re.compile(rf"^(({_AR})\s*[.．、])(?![0-9０-９])\s*(.*)$")),
    ("（1）", re.compile(rf"^([（(]\s*({_AR})\s*[）)])\s*(.*)$")),
    ("1）", re.compile(rf"^(({_AR})[）)])\s*(.*)$")),
    ("①", re.compile(rf"^(([{_CIRCLED}]))\s*(.*)$")),
]
# The usual order of the weak families, used only to flag a draft that nests them unusually.
_USUAL = ["一、", "（一）", "1.", "（1）", "1）", "①"]
_PAGE = [
    re.compile(r"^[-—–－─―~～·•]{1,3}\s*(\d{1,4})\s*[-—–－─―~～·•]{1,3}$"),
    re.compile(r"^第\s*(\d{1,4})\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$"),
    re.compile(r"^(\d{1,4})\s*[/／]\s*\d{1,4}$"),
    re.compile(r"^(?i:page)\s*(\d{1,4})(?:\s*(?i:of)\s*\d{1,4})?$"),
]
_PAGE_NOTE = "页码（页:行）："
_MD = re.compile(r"^#{1,6}\s+|^\*\*|\*\*$")
_SENT_END = re.compile(r"[。！？!?]")
_DOC_TYPES = ("规划", "纲要", "方案", "意见", "办法", "条例", "建议", "计划", "通知", "决定", "规定",
              "细则", "标准", "要点", "征求意见稿", "草案", "送审稿", "讨论稿")


def _ordinal(raw: str) -> int | None:
    if raw in _CIRCLED:
        return _CIRCLED.index(raw) + 1
    last = re.split(r"[-.]", unicodedata.normalize("NFKC", raw))[-1]
    if re.fullmatch(r"[A-Z]", last):
        return ord(last) - ord("A") + 1
    try:
        return chinese_to_int(last)
    except ValueError:
        return None


def _family_of(family: str, number: str) -> str:
    # Standards numbering: 4.3 and 4.3.2 are different levels.
    if family == "1.1":
        return "1" + ".1" * (len(re.split(r"[.．]", number)) - 1)
    return family


def _match_heading(line: str) -> tuple[str, str, str, str] | None:
    """(family, label, number, rest) when ``line`` starts with a heading number."""
    for family, pattern in _HEADINGS:
        m = pattern.match(line)
        if not m:
            continue
        label, number, rest = m.group(1).strip(), m.group(2) or "", m.group(3).strip()
        if family in _BOX + _ANNEX and (len(rest) > 40 or "。" in rest or (
                not number and rest and not re.match(r"附件\s*[:：]", line))):
            return None  # 表1显示，… or 附件中列出的… are sentences, not captions
        return _family_of(family, number), label, number, rest
    return None


def _split_title(family: str, rest: str) -> tuple[str, str]:
    """Heading title and the body text that follows it on the same line."""
    if not rest:
        return "", ""
    if family == "条":
        return "", rest  # an article's line is its text
    m = _SENT_END.search(rest)
    title, body = (rest[:m.start()], rest[m.end():].strip()) if m else (rest, "")
    if len(title) > 60:
        # Long first sentence: keep a short handle as title and the whole line as text.
        cut = re.search(r"[，；：,;:]", title[:60])
        title, body = title[:cut.start()] if cut else title[:60] + "…", rest
    return title.strip(), body


def _display(label: str, title: str) -> str:
    if not title:
        return label
    return f"{label} {title}" if re.search(r"[\u4e00-\u9fff0-9A-Za-z]$", label) else label + title


def _page_number(line: str) -> int | None:
    m = next((m for m in (p.match(line) for p in _PAGE) if m), None)
    return int(m.group(1)) if m else None


def _looks_like_title(line: str) -> bool:
    return (4 <= len(line) <= 80 and not re.search(r"[。；;：:]$|。", line)
            and len(re.findall(r"[\u4e00-\u9fff]", line)) >= 4)


class _Node:
    __slots__ = ("family", "label", "title", "ordinal", "line", "text", "children", "box")

    def __init__(self, family, label, title, ordinal, line, box=False):
        self.family, self.label, self.title = family, label, title
        self.ordinal, self.line, self.box = ordinal, line, box
        self.text: list[str] = []
        self.children: list[_Node] = []


class _Builder:
    """Stack-based tree builder; learns the order of the weak families as it goes."""

    def __init__(self):
        self.roots: list[_Node] = []
        self.stack: list[_Node] = []
        self.notes: list[str] = []
        self._reset_scope()

    def _reset_scope(self):
        self.above: set[tuple[str, str]] = set()   # (upper family, lower family)
        self.outside: set[str] = set()             # families seen outside boxes
        self.last: dict[str, int] = {}             # last ordinal per family (numbering may run on)
        self.parents: dict[str, set[str]] = {}     # families each family was seen under

    def _is_above(self, upper: str, lower: str) -> bool:
        seen, todo = set(), [upper]
        while todo:
            fam = todo.pop()
            for a, b in self.above:
                if a == fam and b not in seen:
                    if b == lower:
                        return True
                    seen.add(b)
                    todo.append(b)
        return False

    def _must_close(self, top: _Node, node: _Node) -> bool:
        f, t = node.family, top.family
        if t in _ANNEX:
            return False
        if f in _STRONG_RANK:
            return t not in _STRONG_RANK or _STRONG_RANK[t] >= _STRONG_RANK[f]
        if node.box:
            return top.box
        if top.box:
            return f in self.outside
        if t in _STRONG_RANK:
            return False
        return self._is_above(f, t)

    def add(self, node: _Node) -> None:
        stack, fam = self.stack, node.family
        top = stack[-1] if stack else None
        same = [i for i, n in enumerate(stack) if n.family == fam]
        if fam in _ANNEX:
            stack.clear()
            self._reset_scope()
        elif node.box:
            while any(n.box for n in stack):
                stack.pop()
        elif top is not None and top.box and node.ordinal == 1 and fam not in _STRONG_RANK:
            pass  # a list starting at 1 right after a box caption is the box's content
        elif same:
            # Pop to the open heading of this family whose numbering this one continues.
            cont = [i for i in same if node.ordinal is not None and stack[i].ordinal is not None
                    and stack[i].ordinal + 1 == node.ordinal]
            del stack[(cont or same)[-1]:]
        else:
            while stack and self._must_close(stack[-1], node):
                stack.pop()
        parent = stack[-1] if stack else None
        self._check(parent, node)
        (parent.children if parent else self.roots).append(node)
        stack.append(node)

    def _check(self, parent: _Node | None, node: _Node) -> None:
        f = node.family
        where = f"第{node.line}行 {node.label}"
        if parent is not None and not parent.box and not node.box and parent.family not in _ANNEX:
            p = parent.family
            if p not in _STRONG_RANK and f not in _STRONG_RANK and (p, f) not in self.above:
                if f in _USUAL and p in _USUAL and _USUAL.index(f) < _USUAL.index(p):
                    self.notes.append(f"{where}：“{f}”层级排在“{p}”之下，与常规顺序不同")
                self.above.add((p, f))
            # Seen before under a family that ranks below this parent: a level was skipped.
            lower = [q for q in self.parents.get(f, ()) if q != p and (
                (q in _STRONG_RANK and p in _STRONG_RANK and _STRONG_RANK[q] > _STRONG_RANK[p])
                or self._is_above(p, q))]
            if lower and not any(c.family == f for c in parent.children):
                self.notes.append(f"{where}：直接出现在{parent.label}下，跳过了“{lower[0]}”层级")
            self.parents.setdefault(f, set()).add(p)
        if parent is None or not parent.box:
            self.outside.add(f)
        if node.ordinal is None or node.box or f in _ANNEX:
            return
        siblings = [c for c in (parent.children if parent else self.roots) if c.family == f]
        prev = siblings[-1].ordinal if siblings else None
        ok = {prev + 1} if prev is not None else {1, self.last.get(f, 0) + 1}
        if node.ordinal not in ok:
            self.notes.append(f"{where}：序号不连续（前一个为{prev if prev is not None else '无'}）")
        self.last[f] = node.ordinal


def parse_plan(text: str, *, source: str | None = None, title: str | None = None) -> Plan:
    """Parse the text of a draft plan into a :class:`~consultagg.records.Plan`.

    Parameters
    ----------
    text : str
        The draft as plain text, one paragraph per line (``.md`` heading marks are ignored).
    source : str or None
        File name recorded on the plan.
    title : str or None
        The plan's title; by default the first non-empty line when it looks like a title.

    Returns
    -------
    Plan
        Sections in document order with ids ``s1``, ``s1.2``, ``s1.2.3`` by tree position.
        ``Plan.report`` holds notes on skipped numbers, unusual nesting and the page map
        (read it back with :func:`page_of_line`).

    Examples
    --------
    >>> plan = parse_plan("关于示例的规划\\n一、总体要求\\n1.指导思想。坚持生态优先。\\n"
    ...                   "2.主要目标。到2025年水质改善。\\n— 1 —\\n二、重点任务\\n3.治理污染。")
    >>> [(s.id, s.label, s.title) for s in plan.sections][:3]
    [('s1', '一、', '总体要求'), ('s1.1', '1.', '指导思想'), ('s1.2', '2.', '主要目标')]
    >>> plan.sections[1].text, plan.title
    ('坚持生态优先。', '关于示例的规划')
    >>> page_of_line(plan, 7)
    2
    """
    builder = _Builder()
    preamble: list[str] = []
    markers: list[tuple[int, int]] = []
    first_content = last_content = None
    plan_title, title_line = title, None
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, raw in enumerate(lines, 1):
        line = _MD.sub("", raw.replace("\u3000", " ").strip()).strip()
        if not line:
            continue
        page = _page_number(line)
        if page is not None:
            markers.append((number, page))
            continue
        heading = _match_heading(line)
        last_content = number
        if first_content is None:
            first_content = number
            if heading is None and _looks_like_title(line):
                plan_title, title_line = plan_title or line, line
                continue
        else:
            tail, title_line = title_line, None
            joined = _join_title(tail, line) if tail and heading is None else None
            if joined:
                plan_title = title or joined
                continue
        if heading is None:
            (builder.stack[-1].text if builder.stack else preamble).append(line)
            continue
        family, label, num, rest = heading
        head, body = _split_title(family, rest)
        node = _Node(family, label, head, _ordinal(num) if num else None, number,
                     box=family in _BOX)
        builder.add(node)
        if body:
            node.text.append(body)
    report = list(builder.notes)
    pages = _pages(markers, first_content, last_content, len(lines), report)
    if pages:
        report.append(_PAGE_NOTE + " ".join(f"{p}:{a}-{b}" for p, a, b in pages))
    if not builder.roots:
        report.append("未识别到任何标题，全文作为前言")
    return Plan(title=plan_title or "", sections=tuple(_freeze(builder.roots)), source=source,
                preamble="\n".join(preamble), report=tuple(report))


def _join_title(first: str, line: str) -> str | None:
    """The title continued on a second line: （征求意见稿）, or a line ending in a document type."""
    if len(first) + len(line) > 90:
        return None
    if re.fullmatch(r"[（(][^）)]{2,12}[）)]", line) and re.search("|".join(_DOC_TYPES[-4:]), line):
        return first + line
    if _looks_like_title(line) and line.endswith(_DOC_TYPES) and not first.endswith(_DOC_TYPES):
        return first + line
    return None


def _freeze(roots: list[_Node]) -> list[Section]:
    out: list[Section] = []

    def walk(nodes, parent_id, path, depth):
        for i, node in enumerate(nodes, 1):
            sid = f"{parent_id}.{i}" if parent_id else f"s{i}"
            p = path + (_display(node.label, node.title),)
            out.append(Section(id=sid, label=node.label, kind=node.family, title=node.title,
                               ordinal=node.ordinal, depth=depth, path=p, parent_id=parent_id,
                               text="\n".join(node.text), line=node.line))
            walk(node.children, sid, p, depth + 1)

    walk(roots, None, (), 1)
    return out


def _pages(markers, first_content, last_content, n_lines, report) -> list[tuple[int, int, int]]:
    """(page, first line, last line) from page-number lines: footers, unless one comes first."""
    if not markers:
        return []
    out = []
    if first_content is None or markers[0][0] < first_content:  # page numbers in the header
        ends = [ln - 1 for ln, _ in markers[1:]] + [n_lines]
        out = [(page, ln, end) for (ln, page), end in zip(markers, ends)]
    else:
        start = 1
        for ln, page in markers:
            out.append((page, start, ln))
            start = ln + 1
        if last_content is not None and last_content >= start:
            out.append((markers[-1][1] + 1, start, n_lines))
    numbers = [p for p, _, _ in out]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        report.append("页码标记不连续：" + "、".join(map(str, numbers[:30])))
    return out


def page_map(plan: Plan) -> list[tuple[int, int, int]]:
    """The plan's pages as ``(page, first_line, last_line)``; empty without page markers.

    >>> page_map(parse_plan("一、总则\\n正文\\n- 1 -\\n二、任务\\n- 2 -"))
    [(1, 1, 3), (2, 4, 5)]
    """
    stored = getattr(plan, "pages", None)
    if stored:
        return [tuple(p) for p in stored]
    for note in plan.report:
        if note.startswith(_PAGE_NOTE):
            return [tuple(int(x) for x in re.split("[:-]", item))
                    for item in note[len(_PAGE_NOTE):].split()]
    return []


def page_of_line(plan: Plan, line: int) -> int | None:
    """The page a 1-based source line is on, or None when the draft has no page numbers.

    >>> plan = parse_plan("一、总则\\n正文\\n— 7 —\\n二、任务")
    >>> page_of_line(plan, 2), page_of_line(plan, 4)
    (7, 8)
    """
    for page, first, last in page_map(plan):
        if first <= line <= last:
            return page
    return None


# --------------------------------------------------------------------------------- references

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
    rf"第\s*(?P<n>{_NUM})\s*(?P<u>篇|部分|章|节|条|款|项|段|点|目)"
    rf"|第?\s*[（(]\s*(?P<pc>{_CN})\s*[）)]\s*(?P<pu>[条项点款目])?"
    rf"|第?\s*[（(]\s*(?P<pa>\d{{1,3}})\s*[）)]"
    rf"|(?P<bare>(?P<bc>{_CN})\s*[、.．]|(?<![\d.])(?P<ba>\d{{1,3}})(?:\s*[.．、](?!\d)|(?![\d.])))")
_PLACE = r"[省市区县镇乡村州盟旗]"  # L12市, P3区: masked place names, not pages or lines
_PAGE_REF = re.compile(
    rf"(?<![A-Za-z])[Pp]{{1,2}}\s*\.?\s*(?P<a>\d{{1,4}})(?:{_RANGE}[Pp]{{0,2}}\.?\s*(?P<b>\d{{1,4}}))?"
    rf"(?![A-Za-z\d]|{_PLACE})|第\s*(?P<c>{_NUM})\s*(?:页?{_RANGE}第?\s*(?P<d>{_NUM})\s*)?页")
_LINE_REF = re.compile(
    rf"第\s*(?P<c>{_NUM})\s*(?:行?{_RANGE}第?\s*(?P<d>{_NUM})\s*)?行"
    rf"|(?<![A-Za-z])L\s*\.?\s*(?P<a>\d{{1,4}})(?:{_RANGE}L?\s*(?P<b>\d{{1,4}}))?"
    rf"(?![A-Za-z\d]|{_PLACE})")
_OBJ_KIND = {"专栏": "box", "附表": "annex_table", "附件": "annex", "附录": "appendix", "表": "table",
             "图": "figure"}
_OBJ_FAMILY = {v: k for k, v in _OBJ_KIND.items()}
_OBJ = re.compile(
    r"(?P<k>专栏|附表|附件|附录|(?<![代发报列仪水电量])表|(?<![地蓝意试企版草构示插路])图)\s*"
    rf"(?P<id>[A-Z](?:\s*[.．]\s*\d+)*|\d+(?:\s*[-－—.．]\s*\d+)*|{_CN})(?![\d])")
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
    text = text or ""
    found: list[Reference] = []
    for m in _QUOTE.finditer(text):
        q = m.group(1).strip()
        if len(re.sub(r"[\W_]", "", q)) >= 6:
            found.append(Reference(m.group(), "quote", quote=q, span=m.span(),
                                   proposed=bool(_PROPOSING.search(text[max(0, m.start() - 8):m.start()]))))
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
    return out


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
        if m.group("bare") and not location:
            continue
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
    return s.kind not in _BOX and s.kind not in _ANNEX


def _walk(levels, plan: Plan) -> list[Section]:
    kids: dict[str | None, list[Section]] = {}
    for s in plan.sections:
        kids.setdefault(s.parent_id, []).append(s)
    kinds = {s.kind for s in plan.sections}
    current: list[Section | None] = [None]
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
        current = found
    return [s for s in current if s is not None]


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
        return _walk(ref.levels, plan)
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


def resolve_reference(ref: Reference, plan: Plan) -> Section | None:
    """The section a reference points to, or None when it is absent or ambiguous.

    Heading references resolve as deep as the draft goes (``第三章第九节`` in a chapter with
    eight sections gives 第三章); a bare ``第二节`` in a draft where several chapters have one is
    ambiguous and gives None (:func:`reference_candidates` lists them). Page references give the
    narrowest section holding all the cited lines (or, across chapters, the one owning most of
    them; line numbers on a page are placed assuming 22 printed lines per page); quotes the
    section whose wording contains them. Line numbers without a page cannot be placed.

    Examples
    --------
    >>> plan = parse_plan("第一章 总则\\n第一节 目标\\n第二节 原则\\n第二章 水环境\\n第一节 饮用水\\n"
    ...                   "第二节 黑臭水体")
    >>> resolve_reference(parse_references("第二章第二节")[0], plan).id
    's2.2'
    >>> print(resolve_reference(parse_references("第二节")[0], plan))
    None
    """
    found = reference_candidates(ref, plan)
    if ref.kind == "page" and found:
        # The narrowest section holding everything cited, else the one with most of its lines.
        parts = [s.id.split(".") for s in found]
        common = [p[0] for p in zip(*parts) if len(set(p)) == 1]
        ids = {s.id: s for s in plan.sections}
        return ids.get(".".join(common), found[0])
    if ref.kind == "quote":
        return found[0] if found else None
    return found[0] if len(found) == 1 else None
