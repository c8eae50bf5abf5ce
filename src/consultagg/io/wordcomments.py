"""Opinions given as Word comments (批注) on the draft's own text.

An office often returns the draft itself, or an excerpt of it, with its opinions as comments in the
margin and a cover note above (我局…修改意见以批注形式标注在下文相关位置). The paragraphs of the draft are
then the text commented on, not opinions: :func:`commented_draft` gives them as the rows of a comment
form, one row per paragraph (序号 | 章节条款 | 原文内容 | 修改意见), a commented paragraph giving one row
per comment with the words the comment is anchored to as 原文内容, a paragraph without a comment a row
with an empty 修改意见 (read as a row without an opinion, and reported as such). A comment that only
agrees or praises (此处表述准确，同意。) is put under 备注, not 修改意见: it asks for nothing. Paragraphs before the
draft (the cover note, its 落款) stay paragraphs.

Examples
--------
>>> commented_draft([("市自然资源和规划局：", []), ("第一条　到2035年耕地保有量不低于386.5万亩。", [("386.5万亩", "建议核实。")])])
(1, 2, [['序号', '章节条款', '原文内容', '修改意见', '备注'], ['1', '第一条', '386.5万亩', '建议核实。', '']])
"""

from __future__ import annotations

import re

__all__ = ["FORM_HEADER", "anchored", "commented_draft", "comment_author", "docx_comments"]

#: The comment form's header: what each column of its rows holds.
FORM_HEADER = ["序号", "章节条款", "原文内容", "修改意见", "备注"]
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
# A heading of the draft right above its first commented paragraph (（征求意见稿节选）, （节选：第三章第三节）, 第四章　…, 一、…).
_DRAFT_HEAD = re.compile(r"^\s*(?:[（(【]?[^，,。：:]{0,30}(?:征求意见稿|草案|送审稿|节选|摘录)(?:[：:][^。]{0,40}?|[^，,。：:]{0,10})[)）】]?\s*$|"
                         r"第[一二三四五六七八九十百\d]+[编章节部分篇条](?:第[一二三四五六七八九十百\d]+[节条款])?[\s\u3000]|[一二三四五六七八九十]+、[^。]{0,30}$|"
                         r"附(?:件\s*\d?)?[：:][^。]{0,40}$|"  # 附：征求意见稿相关条款及修改意见（批注）
                         r"[^，,。：:；;]{2,40}(?:规划|条例|办法|方案|纲要|细则|规定)(?:[（(][^（）()]{0,24}[)）])?\s*$)")  # the draft's own title
# The draft's name over its text (（征求意见稿）), and what only the writer says (a cover note on the comments,
# 我司 / 我局 / 我们, a signature's date): the bounds of a draft sent back whole.
_DRAFT_NAME = re.compile(r"^\s*[（(](?:征求意见稿|草案|送审稿|修订草案|草案征求意见稿)[)）]\s*$")
_OWN_WORDS = re.compile(r"批注|修订模式|我司|我局|我单位|我公司|我们|我院|我厅|我委|我办|本单位|联系人|^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
# A line under the commented draft saying the rest is left as it is (（以下无修改）, （以下略）).
_DRAFT_TAIL = re.compile(r"^\s*[（(]?(?:以下|下文|其余|后文|其他)(?:内容|部分|条款)?(?:均)?(?:无修改|未修改|无意见|不变|略|省略)[)）]?\s*$")
# A comment that agrees or praises and asks nothing (此处表述准确，同意。 / 该数据已核对，无误。): said beside the draft, no opinion.
_AGREES = re.compile(r"同意|赞同|认可|准确|恰当|妥当|合理|可行|很好|清晰|无意见|没有意见|写得好|翔实|详实|到位|严谨|精炼|全面|无误|属实|正确|一致")
_ASKS = re.compile(r"建议|请|应|宜|须|需|要|增加|删除|修改|补充|调整|明确|改为|核实|不|未|缺|偏|但|？|\?")
# 需要 and 要求 as nouns (符合群众实际需要, 我市已按此要求建立清单): no request.
_NEEDS_NOUN = re.compile(r"(?:实际|现实|发展|群众|工作|客观)需要|(?:按|此|该|这一?|上述|相关|有关)要求")
# The drafting office's own (规划起草组 as a comment's author; 起草组注：… opening a comment): a note left in the
# draft it sent out, no opinion of the sender's (put under 备注 with the comments that agree).
_DRAFTING = r"起草组|编制组|起草小组|起草单位|编制单位"
_DRAFTERS = re.compile(_DRAFTING)
_DRAFTERS_NOTE = re.compile(rf"\s*(?:规划|方案|条例)?(?:{_DRAFTING})(?:注|批注|备注|说明)?\s*[：:]")
_WHERE = re.compile(r"^\s*(第[一二三四五六七八九十百零〇\d]+[编章节条款])")


def _comments_part(doc):
    """The parsed comments part of a python-docx ``Document``, or None when it has none."""
    from docx.oxml import parse_xml

    for rel in doc.part.rels.values():
        if rel.reltype == _COMMENTS_REL and not rel.is_external:
            return parse_xml(rel.target_part.blob)
    return None


def docx_comments(doc) -> dict[str, str]:
    """The comments of a python-docx ``Document``: ``{comment id: text}`` (empty when it has none)."""
    root = _comments_part(doc)
    return {} if root is None else {c.get(_W + "id"): "\n".join("".join(t.text or "" for t in p.iter(_W + "t"))
                                                               for p in c.iter(_W + "p")).strip()
                                    for c in root.iter(_W + "comment")}


def comment_author(doc) -> str | None:
    """The one author of every comment of a python-docx ``Document`` when it is written in Chinese (硕拉图市生态环境局
    土壤科: who commented, as Word records it), else None (no comments, several authors, Administrator)."""
    root = _comments_part(doc)
    if root is None:
        return None
    authors = {(c.get(_W + "author") or "").strip() for c in root.iter(_W + "comment")}
    authors = {a for a in authors if not _DRAFTERS.search(a)}  # (a leftover comment of the drafters' own)
    one = authors.pop() if len(authors) == 1 else ""
    return one if re.search(r"[\u4e00-\u9fff]{2}", one) else None


def anchored(par, comments: dict[str, str]) -> list[tuple[str, str, str]]:
    """The comments on a paragraph element: ``(comment id, the words it is anchored to, the comment)``."""
    out, open_at, text = [], {}, []
    for el in par.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "commentRangeStart":
            open_at[el.get(_W + "id")] = len("".join(text))
        elif tag == "commentRangeEnd":
            cid = el.get(_W + "id")
            whole = "".join(text)
            out.append((cid, whole[open_at.pop(cid, 0):]))
        elif tag == "t":
            text.append(el.text or "")
        elif tag == "commentReference":
            cid = el.get(_W + "id")
            if cid not in {c for c, _ in out}:
                out.append((cid, ""))  # a comment on a point, with no range
    return [(cid, words.strip(), comments[cid]) for cid, words in out if cid in comments]


def commented_draft(paragraphs: list[tuple[str, list[tuple[str, str]]]]):
    """Where the commented draft lies among ``paragraphs`` and its rows as a comment form.

    Parameters
    ----------
    paragraphs : list of (str, list of (str, str))
        The document's paragraphs in order, each with its comments as ``(anchored words, comment)``.

    Returns
    -------
    (int, int, list of list of str) or None
        The first and one past the last paragraph of the draft, and the form's rows (a header, then
        a row per comment or per paragraph without one); ``None`` when no paragraph has a comment.
    """
    marked = [k for k, (_, notes) in enumerate(paragraphs) if notes]
    if not marked:
        return None
    start, end = marked[0], marked[-1] + 1
    while start and paragraphs[start - 1][0].strip() and _DRAFT_HEAD.match(paragraphs[start - 1][0]) \
            and not paragraphs[start - 1][1]:
        start -= 1  # the draft's headings above its first commented paragraph
    after = next((k for k in range(end, len(paragraphs)) if paragraphs[k][0].strip()), None)
    if after is not None and _DRAFT_TAIL.match(paragraphs[after][0]) and not paragraphs[after][1]:
        end = after + 1  # （以下无修改）: the rest of the draft, left as it is
    # The whole draft sent back with comments (its title with （征求意见稿） above the first comment): its
    # paragraphs without a comment, above and below, are the draft's too, up to what the writer says
    # themselves (a cover note, 我司…, a signature).
    top = start
    while top and not _OWN_WORDS.search(paragraphs[top - 1][0]):
        top -= 1
    if any(_DRAFT_NAME.search(t) for t, _ in paragraphs[top:min(end, start + 3)]):
        start = top
        while end < len(paragraphs) and not _OWN_WORDS.search(paragraphs[end][0]):
            end += 1
    rows, chapter = [list(FORM_HEADER)], ""
    for text, notes in paragraphs[start:end]:
        where = _WHERE.match(text)
        if where and where.group(1)[-1] in "编章节":
            chapter = where.group(1)
        place = " ".join(x for x in (chapter if not where or where.group(1) != chapter else "",
                                     where.group(1) if where else "") if x)
        for words, note in notes or [(text.strip(), "")]:
            if words or note:
                agrees = (bool(_AGREES.search(note)) and not _ASKS.search(_NEEDS_NOUN.sub("", note))) or bool(_DRAFTERS_NOTE.match(note))
                rows.append([str(len(rows)), place, words or text.strip(), "" if agrees else note, note if agrees else ""])
    return start, end, rows
