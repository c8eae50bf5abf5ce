"""Feedback forms inside a letter: tables given as tab-separated rows, one opinion per row.

A form (意见反馈表) is a table ``序号 | 章节/条款/页码 | 原文 | 修改意见 | 理由`` in any order and
naming. When the table reader does not take it as a table (its opinion column is called 修改建议,
say), it reaches the letter as rows of cells joined by tabs, a cell's paragraphs on lines of their
own. :func:`find_forms` finds such tables by their header row and reads each row: the opinion cell
is the opinion (one per numbered paragraph when it holds several), 章节 the location, 原文 the
quoted wording and 理由 the reason; a row repeating the header (a new page) and a row naming a
group (一、总体意见) are no opinions.

Examples
--------
>>> forms = find_forms("序号\\t修改建议\\t涉及章节\\t理由\\n1\\t建议增加监测站。\\t第九章\\t职责")
>>> [(r.cells["opinion"], r.cells["location"], r.cells["reason"]) for f in forms for r in f.rows]
[('建议增加监测站。', '第九章', '职责')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from consultagg.io.columns import match_header
from consultagg.text.listed import LISTS_BELOW, attached_facts
from consultagg.text.normalize import NUMBERING

__all__ = ["Form", "FormRow", "bracketed_comments", "find_forms", "opinion_parts", "unboxed"]

_REASON = re.compile(r"理由|依据|原因|说明")
_ORIGINAL = re.compile(r"原文|原稿|现行表述|原表述|^(?:征求意见稿|草案|意见稿|送审稿)(?:表述|内容|数值|目标值)?$")


@dataclass
class FormRow:
    """One row of a form: cell texts by role (opinion, location, reason, original, number) and spans.

    ``spans`` gives the ``(start, end)`` of each role's cell in the text; ``heading`` is the group
    row (一、总体意见) the row sits under.
    """

    cells: dict[str, str] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    heading: str | None = None


@dataclass
class Form:
    """A table read as a form: its extent in the text, its rows and the pieces that are no opinion."""

    start: int
    end: int
    rows: list[FormRow] = field(default_factory=list)
    skipped: list[tuple[int, int, str]] = field(default_factory=list)
    bounds: list[int] = field(default_factory=list)  # where the header and each row start and end


# A form's opinion cell that keeps the draft as it is (维持 / 不变); 无修改意见 is read as the unit's state.
_KEEP_AS_IS = re.compile(r"(?:建议)?(?:维持|保持|不变|维持不变|保持不变|维持原值|维持原稿|维持原状)[。.]?")


# A column naming what a row is about (指标 | 项目名称 | 事项): a short opinion's subject.
_SUBJECT_HEAD = re.compile(r"指标|项目|名称|事项|条目|对象|要素")


def _roles(cells: list[str]) -> dict[str, int] | None:
    """Which column plays which role, from a header row; None when the row is no form header."""
    found: dict[str, list[int]] = {}
    for k, cell in enumerate(cells):
        h = cell.strip()
        hit = match_header(h)
        fld = hit[0] if hit else None
        if fld == "text" and _REASON.search(h) and not re.search(r"意见|建议", h):
            fld = None  # 理由说明 is a reason, not an opinion
        role = {"text": "text", "proposed_change": "change", "location": "location", "id": "number"}.get(fld or "")
        if role is None:
            role = "original" if _ORIGINAL.search(h) else "reason" if _REASON.search(h) else None
        if role:
            found.setdefault(role, []).append(k)
    opinion = (found.get("text") or found.get("change") or [None])[0]
    if opinion is None:
        return None
    roles = {"opinion": opinion}
    roles.update({r: ks[0] for r, ks in found.items() if r in ("location", "number", "original", "reason")})
    return roles if len(roles) > 1 else None


def _rows(text: str, start: int, ncols: int):
    """Rows of ``ncols`` tab-separated cells from ``start``: (row start, row end, cell spans)."""
    pos = start
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        if "\t" not in text[pos:line_end]:
            return
        cells, cell_start, k, tabs = [], pos, pos, 0
        while k < len(text):
            ch = text[k]
            if ch == "\t":
                cells.append((cell_start, k))
                cell_start, tabs = k + 1, tabs + 1
            elif ch == "\n" and tabs >= ncols - 1:
                break
            k += 1
        cells.append((cell_start, k))
        yield pos, k, cells
        pos = k + 1


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# A table drawn in box characters, as pasted from WPS or Word into plain text: its rules and its rows.
_BOX_RULE = re.compile(r"[ \t\u3000]*[┌├└╔╠╚┏┣┗+][─━═┬┼┴╦╬╩┳╋┻┐┤┘╗╣╝┓┫┛+\-]*[ \t\u3000]*")
_BOX_BAR = re.compile(r"[│┃║]")
_BOX_ROW = re.compile(r"[ \t\u3000]*[│┃║].*[│┃║][ \t\u3000]*")


def unboxed(text: str) -> str:
    """Tables drawn in box characters (┌─┬─┐ / │序号│意见│ / ├─┼─┤) written as rows of tab-separated cells,
    one line a row: a cell wrapped over several lines of its box is joined, a row ends at a rule or
    where the next line's first cell starts anew. Other text is returned as it was.

    >>> unboxed("┌──┬──────┐\\n│序号│修改意见│\\n├──┼──────┤\\n│1 │建议增加│\\n│  │绿道。│\\n└──┴──────┘").split(chr(10))
    ['序号\\t修改意见', '1\\t建议增加绿道。']
    """
    if not _BOX_BAR.search(text):
        return text
    out: list[str] = []
    row: list[str] | None = None

    def close():
        nonlocal row
        if row is not None:
            out.append("\t".join(c.strip() for c in row))
            row = None

    for line in text.split("\n"):
        if _BOX_RULE.fullmatch(line) and re.search("[─━═]", line):
            close()
            continue
        if not _BOX_ROW.fullmatch(line):
            close()
            out.append(line)
            continue
        cells = _BOX_BAR.split(line.strip())[1:-1]
        if row is None or len(cells) != len(row) or cells[0].strip():
            close()
            row = [c.strip() for c in cells]
        else:  # the row's cells go on, wrapped, on this line
            row = [a + b.strip() for a, b in zip(row, cells)]
    close()
    return "\n".join(out)


def find_forms(text: str) -> list[Form]:
    """The forms among the tab-separated tables of ``text``, with their rows read.

    Examples
    --------
    >>> f = find_forms("序号\\t修改意见\\t理由\\n1\\t1.建议增加绿道。\\n2.建议补充古树名木保护。\\t规划衔接")[0]
    >>> [r.cells["opinion"] for r in f.rows]
    ['1.建议增加绿道。\\n2.建议补充古树名木保护。']
    """
    forms: list[Form] = []
    pos = 0
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        roles = _roles(line.split("\t")) if "\t" in line else None
        above = text[:pos].rstrip("\n").rsplit("\n", 2)[-2:]
        # (建议按下表调整…： — the table is that request's own; 附件 ↵ 某项目清单 — what the writer tells of itself)
        if roles is None or LISTS_BELOW.search(above[-1]) or attached_facts(above):
            pos = line_end + 1
            continue
        ncols = line.count("\t") + 1
        form = Form(pos, line_end, skipped=[(pos, line_end, "表头")], bounds=[pos, line_end])
        header = [c.strip() for c in line.split("\t")]
        heading = None
        for r_start, r_end, cells in _rows(text, line_end + 1, ncols):
            form.end = r_end
            form.bounds += [r_start, r_end]
            values = [text[a:b].strip() for a, b in cells]
            if values == header:
                form.skipped.append((r_start, r_end, "重复的表头"))
                continue
            filled = [v for v in values if v]
            if len(filled) == 1 and values[0] and len(values[0]) <= 30 and not re.search(r"[。；]", values[0]):
                heading = values[0]
                form.skipped.append((r_start, r_end, "分组标题"))
                continue
            row = FormRow(heading=heading)
            for role, k in roles.items():
                if k < len(cells):
                    a, b = _trimmed(text, *cells[k])
                    if b > a and not re.fullmatch(r"[/／—\-–无（）()]*|（无）|\(无\)", text[a:b]):
                        row.cells[role], row.spans[role] = text[a:b], (a, b)
            if "opinion" not in row.cells and len(filled) == 1:
                # a row merged across the table (其他意见：建议…): its one cell is the opinion
                k = next(i for i, v in enumerate(values) if v)
                a, b = _trimmed(text, *cells[k])
                row.cells["opinion"], row.spans["opinion"] = text[a:b], (a, b)
            if "opinion" in row.cells and len(re.sub(r"\s+", "", row.cells["opinion"])) <= 20:
                if _KEEP_AS_IS.fullmatch(row.cells["opinion"].strip()):
                    form.skipped.append((r_start, r_end, "维持原文"))  # 指标 | 75% | 维持: nothing to change
                    continue
                # 雨水资源化利用率 | 3% | 提高至5%: a short cell says the change only with its row's subject
                subject = next((k for k in range(roles["opinion"]) if k not in roles.values() and k < len(cells)
                                and _SUBJECT_HEAD.search(header[k]) and text[slice(*cells[k])].strip()), None)
                if subject is not None:
                    a, _ = _trimmed(text, *cells[subject])
                    row.cells["opinion"], row.spans["opinion"] = text[a:row.spans["opinion"][1]], (a, row.spans["opinion"][1])
            if "opinion" in row.cells:
                form.rows.append(row)
            elif filled:
                form.skipped.append((r_start, r_end, "空白意见行"))
        forms.append(form)
        pos = form.end + 1
    return forms


def opinion_parts(cell: str) -> list[tuple[int, int, str | None]]:
    """The opinions of one opinion cell: one per numbered paragraph (1.… 2.…), else the whole cell.

    >>> cell = "1.建议增加绿道。\\n2.建议补充古树名木保护。"
    >>> [(cell[a:b], mark) for a, b, mark in opinion_parts(cell)]
    [('建议增加绿道。', '1.'), ('建议补充古树名木保护。', '2.')]
    """
    lines, pos = [], 0
    for line in cell.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    marks = [NUMBERING.match(cell[a:b]) for a, b in lines]
    if len(lines) < 2 or not all(marks):
        return [(0, len(cell), None)]
    return [(a + m.end(), b, m.group(0).strip()) for (a, b), m in zip(lines, marks)]


# A comment written into the draft's own text in brackets (对照稿: “…原文…【意见1：建议…】…”).
# (or a commented excerpt's note: 【批注4：建议…】 inside the draft's words, 【批注3】建议… opening a paragraph)
# (【荞坝县意见：…】, 【我局意见：…】: who comments before the label)
_BRACKETED = re.compile(r"【\s*(?:[\u4e00-\u9fff]{1,12}?)?(?:修改)?(?:意见|建议|批注)\s*[\d一二三四五六七八九十]{0,3}\s*[：:]\s*(?P<c>[^【】]+?)\s*】|"
                        r"^[ \t\u3000]*【\s*批注\s*[\d一二三四五六七八九十]{0,3}\s*】\s*(?P<d>[^\n【]+)", re.M)  # (not 【意见一】, a block's number)
# Where in the draft the quoted text below stands (■ 原文第三章第五节“…”： / P6　第二章第二节　主要目标).
_PLACE_LINE = re.compile(r"\s*[■□◆●▲▶►]?\s*原文[^\n]{0,60}[：:]\s*$|"
                         r"\s*(?:[Pp]\.?\s*\d{1,3}|第\s*\d{1,3}\s*页)[ \t\u3000]+第[一二三四五六七八九十百\d]+[章节篇条][^\n，。；：:]{0,40}")
_QUOTED_LINE = re.compile(r"\s*(?:[“\"]|原文\s*[：:])")
_DRAFT_SECTION = re.compile(r"\s*第[一二三四五六七八九十百\d]{1,3}[章节条][\s\u3000]*\S")
_ASKS_AGAIN = re.compile(r"(?<=[。！？!?；;])\s*(?=(?:另|另外|此外|同时|还)[，,]?(?:请|建议|希望))")


def bracketed_comments(text: str) -> Form | None:
    """A side-by-side draft (对照稿): the draft's own paragraphs quoted, the sender's comments in
    brackets inside or under them (【意见1：建议…】). Each bracket is a row (its quoted draft text before
    it the 原文, the 原文… line above it the location); the draft's own words are no opinion. None
    unless two brackets or more are found on lines of the draft or of their own.

    >>> f = bracketed_comments("“鼓励发展。【意见1：建议增加数据共享。】规范发展。【意见2：建议修改为支持发展。】”")
    >>> [(r.cells["opinion"], r.cells["original"]) for r in f.rows]
    [('建议增加数据共享。', '鼓励发展。'), ('建议修改为支持发展。', '规范发展。')]
    """
    found = list(_BRACKETED.finditer(text))
    if len(found) < 2:
        return None
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    inside = [(a, b) for a, b in lines if _PLACE_LINE.fullmatch(text[a:b]) or _QUOTED_LINE.match(text[a:b])
              or any(a <= m.start() < b for m in found)]
    last = max(b for _, b in inside)
    for a, b in lines:  # the draft's own sections after the last comment (第四节　…，…要建立…): its text, no comment
        if a > last and text[a:b].strip():
            if not _DRAFT_SECTION.match(text[a:b]):
                break
            inside.append((a, b))
            last = b
    first = min(a for a, _ in inside)
    form = Form(first, max(b for _, b in inside), bounds=[first])
    place = None
    for a, b in lines:
        if b <= first or a > form.end or not text[a:b].strip():
            continue
        if _PLACE_LINE.fullmatch(text[a:b]):
            place = _trimmed(text, a, b)
            form.skipped.append((a, b, "原文位置"))
            form.bounds += [a, b]
            continue
        here = [m for m in found if a <= m.start() < b]
        if not here and not _QUOTED_LINE.match(text[a:b]):
            form.skipped.append((*_trimmed(text, a, b), "征求意见稿原文" if _DRAFT_SECTION.match(text[a:b]) else "对照稿说明"))  # (listed, never lost)
            form.bounds += [a, b]
            continue
        cursor = a
        for m in here:
            before = _trimmed(text, cursor, m.start())
            if before[1] > before[0]:
                form.skipped.append((before[0], before[1], "征求意见稿原文"))
            c = "c" if m.group("c") is not None else "d"
            ca, cb = _trimmed(text, *m.span(c))
            # (…建议改为“…”。另请在本节补充…: a comment asking again in a sentence of its own holds two requests)
            cuts = [ca] + [ca + k.start() for k in _ASKS_AGAIN.finditer(text[ca:cb])] + [cb]
            for k, (ra, rb) in enumerate(zip(cuts, cuts[1:])):
                row = FormRow()
                row.cells["opinion"], row.spans["opinion"] = text[ra:rb].strip(), _trimmed(text, ra, rb)
                if before[1] > before[0] and not k:
                    row.cells["original"], row.spans["original"] = text[before[0]:before[1]].strip("“”\"，,"), before
                if place:
                    row.cells["location"], row.spans["location"] = text[place[0]:place[1]], place
                form.rows.append(row)
            form.bounds += [m.start(), m.end()]
            cursor = m.end()
        rest = _trimmed(text, cursor, b)
        if rest[1] > rest[0]:
            form.skipped.append((rest[0], rest[1], "征求意见稿原文"))
            form.bounds += [rest[0], rest[1]]
    form.bounds.append(form.end)
    return form
