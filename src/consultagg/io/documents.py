"""Office files opened within the input limits: ``.xlsx`` workbooks and ``.docx`` documents.

Both are zip archives read by a third-party library (openpyxl, python-docx) that the function
opening them imports when it runs. Each archive's zip directory is checked first
(:func:`consultagg.io.limits.check_archive`), and a workbook's sheets are read within the row,
cell-count and cell-length limits; a file that cannot be opened is reported with an input error
naming it. :func:`docx_blocks` gives a document's paragraphs and tables in document order, so a
comment form inside a letter can be read as a table; :func:`read_plan_text` reads the draft's text.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from consultagg.errors import ConsultaggInputError
from consultagg.io.cells import Spanned, once
from consultagg.io.columns import match_header
from consultagg.io.limits import check_archive, guard_worksheet
from consultagg.io.textfiles import decode_text
from consultagg.io.unreadable import cannot_open
from consultagg.io.wordcomments import FORM_HEADER, anchored, comment_author, commented_draft, docx_comments
from consultagg.text.numerals import int_to_chinese

__all__ = ["UNSUPPORTED_FORMATS", "docx_blocks", "docx_text", "open_workbook", "read_plan_text"]

_DOCX_HINT = "reading .docx needs python-docx: pip install 'consultagg[docx]'"

#: Formats no reader reads, with what the office should do: ``suffix -> (Chinese, English)``.
UNSUPPORTED_FORMATS = {
    ".doc": ("Word 97-2003 文档（.doc）无法直接读取，请用 Word 或 WPS 打开后另存为 .docx 再分析",
             "old Word documents (.doc) are not read; open it in Word or WPS and save it as .docx"),
    ".wps": ("WPS 文字文档（.wps）无法直接读取，请用 WPS 打开后另存为 .docx 再分析",
             "WPS Writer documents (.wps) are not read; open it in WPS and save it as .docx"),
    ".pdf": ("PDF 文件无法直接读取，请另存为 .docx 或 .txt 再分析（扫描件需先做文字识别）",
             "PDF files are not read; save it as .docx or .txt (put a scan through OCR first)"),
}


def open_workbook(p: Path, name: str):
    """``p`` opened read-only with cached values; a clear error naming the file otherwise.

    The zip directory is checked against :mod:`consultagg.io.limits` first, and every sheet's rows
    are read within its row, cell-count and cell-length limits.
    """
    from openpyxl import load_workbook

    check_archive(p, name)
    try:
        wb = load_workbook(p, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, InvalidFileException, KeyError ...
        raise cannot_open(p, name, " Excel 工作簿", p.suffix.lower() or ".xlsx", "an xlsx workbook") from exc
    for ws in wb.worksheets:
        guard_worksheet(ws, name)
    return wb


def docx_blocks(p: Path) -> list:
    """A .docx in document order: paragraph texts (str) and tables (lists of rows of cell texts, one
    a grid column: a merged cell's text in each further column it spans is a :class:`~consultagg.io.cells.Spanned`).

    The document is read as Word shows it: a paragraph numbered by Word's list numbering (``w:numPr``
    on the paragraph or its style) starts with the number Word displays (``1.``, ``（一）``, ``①``),
    and a numbered paragraph indented deeper than the document's outermost numbered ones starts with
    two ideographic spaces per step in. In a table, a merged cell is read once, a row whose 序号 is
    empty continues the row above (a row broken over a page), and form fields written as table rows
    (``填报单位 | 某单位`` above the header, ``报送单位：某单位`` merged across the last row) are given
    as paragraphs before or after the table.

    Examples
    --------
    >>> import docx, pathlib, tempfile
    >>> d = docx.Document()
    >>> for text in ("建议增加监测站。", "建议补充执法能力。"):
    ...     _ = d.add_paragraph(text, style="List Number")
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "意见.docx"
    >>> d.save(path)
    >>> docx_blocks(path)
    ['1.建议增加监测站。', '2.建议补充执法能力。']
    """
    try:
        import docx
    except ImportError as exc:
        raise ImportError(_DOCX_HINT) from exc
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_archive(p, os.fspath(p))
    try:
        doc = docx.Document(os.fspath(p))
    except Exception as exc:  # (python-docx's PackageNotFoundError, a zip without a document …)
        raise cannot_open(p, os.fspath(p), " Word 文档", ".docx", "a .docx document") from exc
    lists = _Lists(doc)
    children = list(doc.element.body.iterchildren())
    # A draft returned with its opinions as comments (批注): its paragraphs (first and last child) give way
    # to the comment form; comments anchored in no body paragraph (a table's cell) are rows of it too.
    span, form, in_draft, author = None, None, set(), None
    if comments := docx_comments(doc):
        # (a table of the draft is one of its paragraphs here: a comment on its cells keeps its place; a
        # feedback form's own table, 序号 | 修改意见 |…, is never part of the draft: its rows are the opinions)
        pars = [k for k, c in enumerate(children) if c.tag == _W + "p" or (c.tag == _W + "tbl" and not _opinion_form(c))]
        in_draft = set(pars)
        notes = [anchored(children[k], comments) for k in pars]
        found = commented_draft([(Paragraph(children[k], doc).text if children[k].tag == _W + "p" else _table_text(children[k]),
                                  [(w, c) for _, w, c in n]) for k, n in zip(pars, notes)])
        if found:
            span, form = (pars[found[0]], pars[found[1] - 1]), found[2]
        form = form or [FORM_HEADER]
        placed = {cid for n in notes for cid, _, _ in n}
        form += [[str(len(form)), "", "", note, ""] for cid, note in comments.items() if note and cid not in placed]
        author = comment_author(doc)

    def shown(par) -> str:
        return (lists.label(par)[0] or "") + Paragraph(par, doc).text

    blocks: list = []
    indents: list[tuple[int, int]] = []  # (block index, left indent) of numbered paragraphs
    for at, child in enumerate(children):
        tag = child.tag.rsplit("}", 1)[-1]
        if span and span[0] <= at <= span[1] and at in in_draft:
            if at == span[0]:
                if author and not any(isinstance(b, str) and re.search("批注|修订", b) and _ORGAN_WORD.search(b) for b in blocks):
                    # who commented, as Word records it, on the first line, where no cover note names who it is
                    blocks.insert(0, f"（批注人：{author}，意见见批注）")
                blocks.append(form)  # the commented draft as a comment form (see io.wordcomments)
            continue
        if tag == "p":
            label, indent = lists.label(child)
            if label is not None:
                indents.append((len(blocks), indent))
            blocks.append(shown(child))
        elif tag == "tbl":
            rows = []
            for row in Table(child, doc).rows:
                cells, seen = [], []
                for cell in row.cells:
                    if any(cell._tc is tc for tc in seen):  # a merged cell repeats in every column it spans:
                        cells.append(Spanned(cells[-1]))  # kept in the grid, marked (a row is read across once)
                        continue
                    seen.append(cell._tc)
                    cells.append("\n".join(shown(par) for par in cell._tc.iterchildren(_W + "p")).strip())
                rows.append(cells)
            if (k := _table_goes_on(blocks, rows)) is not None:
                rows, blocks[k:] = blocks[k] + rows[1:], []  # （续表）: the table above, going on over the page
            above, rows, below = _form_fields(_continued(rows))
            blocks.extend(above)
            blocks.append(rows)
            blocks.extend(below)
    if span is None and form and len(form) > 1:
        blocks.append(form)  # comments anchored in no paragraph of the body (in a table): read, never lost
    depth = {v: k for k, v in enumerate(sorted({i for _, i in indents}))}
    for at, indent in indents:
        blocks[at] = "\u3000\u3000" * depth[indent] + blocks[at]
    return blocks


def _opinion_form(tbl) -> bool:
    """Whether a Word table's first row names a column of opinions (修改意见 / 意见建议): a feedback form."""
    first = next(tbl.iter(_W + "tr"), None)
    cells = ["".join(t.text or "" for t in tc.iter(_W + "t")) for tc in first.iter(_W + "tc")] if first is not None else []
    return any((hit := match_header(c.strip())) and hit[0] in ("text", "proposed_change") for c in cells)


def _table_text(tbl) -> str:
    """A Word table's text, its cells joined by spaces (a commented draft's table, as one paragraph)."""
    return " ".join("".join(t.text or "" for t in tc.iter(_W + "t")) for tc in tbl.iter(_W + "tc"))


# --------------------------------------------------------------------------------------------- Word lists
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _attr(el, name: str):
    return None if el is None else el.get(_W + name)


def _child(el, *path):
    for name in path:
        el = None if el is None else el.find(_W + name)
    return el


def _left(ppr) -> int | None:
    ind = _child(ppr, "ind")
    value = _attr(ind, "left") or _attr(ind, "start")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _number_text(n: int, fmt: str) -> str:
    """``n`` written in a Word number format (decimal, chineseCounting, decimalEnclosedCircle …)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographLegalTraditional", "chineseLegalSimplified"):
        return int_to_chinese(n)  # (壹、贰 of the legal formats read as 一、二: the same numbering)
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        out, rest = "", n
        for value, name in _ROMAN:
            while rest >= value:
                out, rest = out + name, rest - value
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "none":
        return ""
    return str(n)


class _Lists:
    """Word's automatic numbering: the label a numbered paragraph shows and how far it is indented.

    Counters run per abstract list, as Word counts them (two paragraphs of the same list with other
    text between continue its count); a deeper level restarts when a shallower one advances.
    """

    def __init__(self, doc):
        self.levels: dict[str, dict[int, tuple[int, str, str, int | None]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counts: dict[str, dict[int, int]] = {}
        self.applied: set[str] = set()
        self.cache: dict[int, tuple[object, tuple[str | None, int]]] = {}
        self.styles: dict[str, tuple[str | None, str | None, int | None, str | None]] = {}
        try:
            root = doc.part.numbering_part.element
        except Exception:  # no numbering part: nothing is numbered automatically
            root = None
        for ab in (root.findall(_W + "abstractNum") if root is not None else ()):
            levels = {}
            for lvl in ab.findall(_W + "lvl"):
                start = _attr(_child(lvl, "start"), "val")
                levels[int(_attr(lvl, "ilvl") or 0)] = (
                    int(start) if start and start.lstrip("-").isdigit() else 1,
                    _attr(_child(lvl, "numFmt"), "val") or "decimal",
                    _attr(_child(lvl, "lvlText"), "val") or "", _left(_child(lvl, "pPr")))
            self.levels[_attr(ab, "abstractNumId")] = levels
        for num in (root.findall(_W + "num") if root is not None else ()):
            overrides = {}
            for ov in num.findall(_W + "lvlOverride"):
                start = _attr(_child(ov, "startOverride"), "val")
                if start and start.isdigit():
                    overrides[int(_attr(ov, "ilvl") or 0)] = int(start)
            self.nums[_attr(num, "numId")] = (_attr(_child(num, "abstractNumId"), "val"), overrides)
        for style in doc.styles.element.findall(_W + "style"):
            ppr = _child(style, "pPr")
            num_pr = _child(ppr, "numPr")
            self.styles[_attr(style, "styleId")] = (
                _attr(_child(num_pr, "numId"), "val"), _attr(_child(num_pr, "ilvl"), "val"), _left(ppr),
                _attr(_child(style, "basedOn"), "val"))

    def _style(self, style_id: str | None):
        """(numId, ilvl, left indent) a paragraph style gives, following its basedOn chain."""
        num_id = ilvl = left = None
        for _ in range(10):
            if style_id not in self.styles:
                break
            s_num, s_ilvl, s_left, style_id = self.styles[style_id]
            num_id, ilvl, left = num_id or s_num, ilvl or s_ilvl, left if left is not None else s_left
        return num_id, ilvl, left

    def label(self, par) -> tuple[str | None, int]:
        """The number Word shows before the paragraph ``par`` (a ``w:p`` element) and its left indent."""
        hit = self.cache.get(id(par))
        if hit is None or hit[0] is not par:  # the element is kept so that its id is not reused
            hit = self.cache[id(par)] = (par, self._label(par))
        return hit[1]

    def _label(self, par) -> tuple[str | None, int]:
        ppr = _child(par, "pPr")
        num_pr = _child(ppr, "numPr")
        s_num, s_ilvl, s_left = self._style(_attr(_child(ppr, "pStyle"), "val"))
        num_id = _attr(_child(num_pr, "numId"), "val") or s_num
        ilvl_text = _attr(_child(num_pr, "ilvl"), "val") or s_ilvl or "0"
        if not num_id or num_id == "0" or num_id not in self.nums:
            return None, 0
        ilvl = int(ilvl_text) if ilvl_text.isdigit() else 0
        abstract, overrides = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        if ilvl not in levels:
            return None, 0
        counts = self.counts.setdefault(abstract, {})
        if num_id not in self.applied:
            self.applied.add(num_id)
            for lv, start in overrides.items():
                counts[lv] = start - 1
        counts[ilvl] = counts.get(ilvl, levels[ilvl][0] - 1) + 1
        for deeper in [lv for lv in counts if lv > ilvl]:
            del counts[deeper]  # a deeper level restarts under the next item
        start, fmt, text, lvl_left = levels[ilvl]
        left = _left(ppr)
        left = left if left is not None else (lvl_left if lvl_left is not None else (s_left or 0))
        if fmt == "bullet":
            return "• ", left

        def fill(m):
            lv = int(m.group(1)) - 1
            n = counts.get(lv, levels.get(lv, (1,))[0])
            return _number_text(n, levels.get(lv, (1, "decimal"))[1])

        return re.sub(r"%([1-9])", fill, text), left


# --------------------------------------------------------------------------------------------- form tables
_SEQ = re.compile(r"^(?:序号|编号|序|No\.?|NO\.?)$")
# A word that ends an organ's name (a cover note naming who comments: 省林科院郗某研究员审阅意见见文中批注).
_ORGAN_WORD = re.compile(r"院|局|厅|委|会|公司|大学|中心|政府")
_FIELD_LABEL = re.compile(r"^(?:填报单位|报送单位|提出单位|反馈单位|单位名称|单位|填报人|填表人|联系人|联系电话|电话|手机|"
                          r"邮箱|填报日期|报送日期|日期|地址)\s*(?:[（(][^）)]{0,6}[）)])?\s*[：:]?")
_FINAL = "。！？；：!?;:”’）)"


def _table_goes_on(blocks: list, rows: list[list[str]]) -> int | None:
    """The index of the table a new table goes on from: the same header row, and between them only
    empty paragraphs or a （续表） label (a form broken over a page into two tables)."""
    k = next((j for j in range(len(blocks) - 1, -1, -1) if not isinstance(blocks[j], str)), None)
    if k is None or not rows or not blocks[k] or any(b.strip() and not _NEXT_PART.fullmatch(b.strip()) for b in blocks[k + 1:]):
        return None
    return k if [c.strip() for c in rows[0]] == [c.strip() for c in blocks[k][0]] and len(rows[0]) > 1 else None


_NEXT_PART = re.compile(r"[（(]?续(?:表|上表|前表)?[）)]?|[（(]?接上(?:页|表)[）)]?")
_GOES_ON = re.compile(r"^\s*[（(]?(?:接上页|续上页|上接)[）)]?[：:]?\s*")


def _continued(rows: list[list[str]]) -> list[list[str]]:
    """Rows whose 序号 cell is empty joined to the numbered row above (a row broken over a page)."""
    header = next((k for k, r in enumerate(rows[:4]) if r and _SEQ.match(r[0].replace(" ", ""))), None)
    if header is None:
        return rows
    out = rows[:header + 1]
    for row in rows[header + 1:]:
        prev = out[-1]
        if [c.strip() for c in row] == [c.strip() for c in rows[header]]:
            continue  # the header repeated at the top of the next page
        if (len(out) > header + 1 and row and not row[0] and len(row) == len(prev) and prev[0].strip().isdigit()
                and any(row[1:])):
            # (a cell merged down over both rows, the unit's name, is the same cell: kept once)
            row = [_GOES_ON.sub("", c) for c in row]  # （接上页）: the page's own mark, not the text
            out[-1] = [a + ("" if not a or a[-1] not in _FINAL else "\n") + b if b and b != a else a for a, b in zip(prev, row)]
        else:
            out.append(row)
    return out


def _field_row(row: list[str]) -> str | None:
    """``填报单位 | 某单位 | 联系人 | 某人`` or one merged ``报送单位：某单位　联系人：……`` cell, as a line."""
    row = once(row)
    filled = [c for c in row if c.strip()]
    if any((match_header(c) or ("",))[0] in ("text", "proposed_change") for c in filled):
        return None  # a header row (单位 | 意见), not a field
    if len(filled) == 1 and _FIELD_LABEL.match(filled[0]) and re.match(r"^[^：:]{2,12}[：:]\s*\S", filled[0]):
        return filled[0]
    if len(row) >= 2 and all(_FIELD_LABEL.fullmatch(row[k].strip()) for k in range(0, len(row) - 1, 2)):
        pairs = [(row[k].strip().rstrip("：:"), row[k + 1].strip()) for k in range(0, len(row) - 1, 2)]
        if pairs and pairs[0][1]:
            return "　　".join(f"{a}：{b}" for a, b in pairs if b)
    return None


def _form_fields(rows: list[list[str]]) -> tuple[list[str], list[list[str]], list[str]]:
    """Form fields written as the first or last rows of a table, taken out as lines of text."""
    above, below = [], []
    while rows and (line := _field_row(rows[0])):
        above.append(line)
        rows = rows[1:]
    while rows and (line := _field_row(rows[-1])):
        below.insert(0, line)
        rows = rows[:-1]
    return above, rows, below


def docx_text(p: Path) -> str:
    """Paragraphs and table rows of a .docx in document order; table cells joined by tabs."""
    lines: list[str] = []
    for block in docx_blocks(p):
        lines.extend([block] if isinstance(block, str) else ("\t".join(once(row)) for row in block))
    return "\n".join(lines)


def read_plan_text(path) -> str:
    """The text of the draft plan (征求意见稿): a ``.txt``/``.md`` file (encoding detected) or a
    ``.docx`` (python-docx).

    Raises
    ------
    ConsultaggInputError
        A missing file or another format.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "draft.txt"
    >>> _ = p.write_bytes("第一章 总体要求".encode("gb18030"))
    >>> read_plan_text(p)
    '第一章 总体要求'
    """
    p = Path(path)
    name = os.fspath(path)
    if not p.is_file():
        raise ConsultaggInputError(f"{name}：文件不存在。File not found: {name}")
    suffix = p.suffix.lower()
    if suffix == ".docx":
        return docx_text(p)
    if suffix in (".txt", ".md", ""):
        return decode_text(p.read_bytes(), name)[0]
    raise ConsultaggInputError(f"{name}：不支持的规划文件格式“{suffix}”（支持 .txt、.md、.docx）。"
                               f" Unsupported plan format {suffix!r}: use .txt, .md or .docx.")
