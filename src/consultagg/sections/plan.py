"""Parse a draft plan into a tree of sections (references to it: :mod:`consultagg.sections.references`).

Heading families follow GB/T 9704 and common drafting practice: 第一篇 / 第一部分 → 第一章 → 第一节 →
第一条 → 一、 → （一） → 1. → （1） → 1） → ①, plus boxes and tables (专栏N, 表N, 图N), annexes (附件N,
附表N, 附录A) and standards-style numbers (4.3.2). Every level is optional and drafts mix them, so the
hierarchy of the weak families is learned from the document: a family first seen under another one
ranks below it (a draft that starts with 一、 and has 1. under it is parsed as 一、 → 1.).

Examples
--------
>>> from consultagg.sections.plan import parse_plan
>>> from consultagg.sections.references import parse_references, resolve_reference
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

from consultagg.text.numerals import CHINESE_DIGITS, chinese_to_int
from consultagg.records import Plan, Section

__all__ = ["page_map", "page_of_line", "parse_plan", "section_path"]

CN = rf"[{CHINESE_DIGITS}]+"
NUM = rf"[{CHINESE_DIGITS}0-9０-９]+"
_AR = r"[0-9０-９]{1,3}"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"
_SEP = r"[\s:：、.．]*"

# (family, pattern, group kind) in matching order; "strong" families have a fixed rank, "box"
# families hang under the current section, "annex" families start a new top-level part.
_STRONG_RANK = {"篇": 0, "部分": 0, "章": 1, "节": 2, "条": 3}
BOX = ("专栏", "表", "图")
ANNEX = ("附件", "附表", "附录")
_HEADINGS: list[tuple[str, re.Pattern]] = [
    ("篇", re.compile(rf"^(第\s*({NUM})\s*篇){_SEP}(.*)$")),
    ("部分", re.compile(rf"^(第\s*({NUM})\s*部分){_SEP}(.*)$")),
    ("章", re.compile(rf"^(第\s*({NUM})\s*章){_SEP}(.*)$")),
    ("节", re.compile(rf"^(第\s*({NUM})\s*节){_SEP}(.*)$")),
    ("条", re.compile(rf"^(第\s*({NUM})\s*条)(?:\s+|[:：]|(?=[\u4e00-\u9fff“（]))(.*)$")),
    ("专栏", re.compile(rf"^(专栏\s*({NUM})){_SEP}(.*)$")),
    ("附表", re.compile(rf"^(附表\s*({NUM}(?:[-－.．]\d+)*)?){_SEP}(.*)$")),
    ("附件", re.compile(rf"^(附件\s*({NUM})?){_SEP}(.*)$")),
    ("附录", re.compile(rf"^(附录\s*([A-Z]|{NUM})){_SEP}(.*)$")),
    ("表", re.compile(r"^(表\s*([0-9０-９]+(?:[-－.．][0-9０-９]+)*))\s*(.*)$")),
    ("图", re.compile(r"^(图\s*([0-9０-９]+(?:[-－.．][0-9０-９]+)*))\s*(.*)$")),
    ("一、", re.compile(rf"^(({CN})\s*[、.．])\s*(.*)$")),
    ("（一）", re.compile(rf"^([（(]\s*({CN})\s*[）)])\s*(.*)$")),
    ("1.1", re.compile(r"^(((?:[A-Z]|\d{1,2})(?:[.．]\d{1,2}){1,4}))"
                       r"(?:\s+|(?=[\u4e00-\u9fff])(?![万亿千百元倍个年月日号米吨]))(.*)$")),
    ("1.", re.compile(rf"^(({_AR})\s*[.．、])(?![0-9０-９])\s*(.*)$")),
    # A standard's chapter, "4 照明方式": a short title only, so "3 个工作日内" stays text.
    ("1.1", re.compile(r"^((\d{1,2}))\s+(?![万亿千百元倍个年月日号米吨次项名人])"
                       r"([\u4e00-\u9fff][^。，；：,;:!?！？\d]{1,23})$")),
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
_MD = re.compile(r"^#{1,6}\s+|^\*\*|\*\*$")
_CONTENTS = re.compile(r"目\s*录")  # a draft's table of contents, and a line of it (a leader, then the page)
_LEADER = re.compile(r"(?:[.…·．]{3,}|…{2,}|-{4,})\s*\d{1,4}\s*$")
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
        if family in BOX + ANNEX and (len(rest) > 40 or "。" in rest or (
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
    __slots__ = ("family", "label", "title", "ordinal", "line", "text", "children", "box", "clause")

    def __init__(self, family, label, title, ordinal, line, box=False, clause=None):
        self.family, self.label, self.title = family, label, title
        self.ordinal, self.line, self.box = ordinal, line, box
        # Standards numbering ("4.3.2", appendix "A"): the number itself says where it belongs.
        self.clause = clause
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
        if t in ANNEX:
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
        if fam in ANNEX:
            stack.clear()
            self._reset_scope()
        elif node.clause and node.family != "附录" and any(n.clause for n in stack):
            # 4.3.2 goes under the open 4.3 (or 4, or 附录A for A.2), whatever came in between.
            while stack and (stack[-1].box or stack[-1].clause
                             and not node.clause.startswith(stack[-1].clause + ".")):
                stack.pop()
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
        if parent is not None and not parent.box and not node.box and parent.family not in ANNEX:
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
        if node.ordinal is None or node.box or f in ANNEX:
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
        ``Plan.report`` holds notes on skipped numbers and unusual nesting; ``Plan.pages``
        the page map as ``(page, first line, last line)`` (see :func:`page_of_line`).

    Examples
    --------
    >>> plan = parse_plan("关于示例的规划\\n一、总体要求\\n1.指导思想。坚持生态优先。\\n"
    ...                   "2.主要目标。到2025年水质改善。\\n— 1 —\\n二、重点任务\\n3.治理污染。")
    >>> [(s.id, s.label, s.title) for s in plan.sections][:3]
    [('s1', '一、', '总体要求'), ('s1.1', '1.', '指导思想'), ('s1.2', '2.', '主要目标')]
    >>> plan.sections[1].text, plan.title
    ('坚持生态优先。', '关于示例的规划')
    >>> plan.pages
    ((1, 1, 5), (2, 6, 7))
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
        if _CONTENTS.fullmatch(line) or (_LEADER.search(line) and _match_heading(line) is not None):
            continue  # 目录 and its lines (第一章 总则……1): the headings come again below
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
        clause = None
        if family == "1" or family.startswith("1.1") or family == "附录":
            clause = re.sub(r"\s+", "", unicodedata.normalize("NFKC", num)) or None
        node = _Node(family, label, head, _ordinal(num) if num else None, number,
                     box=family in BOX, clause=clause)
        builder.add(node)
        if body:
            node.text.append(body)
    report = list(builder.notes)
    pages = _pages(markers, first_content, last_content, len(lines), report)
    if not builder.roots:
        report.append("未识别到任何标题，全文作为前言")
    return Plan(title=plan_title or "", sections=tuple(_freeze(builder.roots)), source=source,
                preamble="\n".join(preamble), report=tuple(report), pages=tuple(pages))


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
    return [tuple(p) for p in plan.pages]


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


def section_path(section: Section, by_id: dict[str, Section], title_chars: int = 18) -> str:
    """``八、 31. 推进美丽河湖建设``: the numbers from the root, then the heading's own title.

    A number alone (``八、 31.``) cannot be checked against the draft at a glance; the title is
    shortened to ``title_chars`` characters.

    Examples
    --------
    >>> plan = parse_plan("生态环境保护规划\\n第四章 大气污染防治\\n第一节 加强细颗粒物和臭氧协同控制\\n推进清洁取暖。")
    >>> by_id = {s.id: s for s in plan.sections}
    >>> section_path(plan.sections[-1], by_id)
    '第四章 第一节 加强细颗粒物和臭氧协同控制'
    """
    labels = []
    s: Section | None = section
    while s is not None:
        labels.append(s.label)
        s = by_id.get(s.parent_id) if s.parent_id else None
    path = " ".join(reversed(labels))
    title = (section.title or "").strip().rstrip("。；;")
    if title:
        path += " " + (title if len(title) <= title_chars else title[:title_chars - 1] + "…")
    return path
