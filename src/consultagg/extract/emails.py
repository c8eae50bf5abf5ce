"""E-mails and the layout noise of letters: what is set aside before a letter is read.

An e-mail reply carries header lines (发件人/收件人/发送时间/主题, From/To/Sent/Subject), often the
quoted earlier message (``-----原始邮件-----``, ``> `` lines, ``在…写道：``), a signature after ``--``
and a confidentiality footer; a forwarded e-mail carries the forwarding note above the forwarded
message, which is the reply to read. Scans and Markdown add page numbers (``— 2 —``) and markup
(``## ``, ``**``). :func:`set_aside` blanks all of these out of the text (keeping every other
character where it was, so spans still point into the original) and says what it set aside and why.

Examples
--------
>>> aside = set_aside("发件人：自治区体育局规划处\\n主题：意见\\n\\n建议增加体育公园内容。")
>>> aside.sender, aside.is_email, aside.text.strip()
('自治区体育局规划处', True, '建议增加体育公园内容。')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from consultagg.extract._base import DOCNO, FAX_HEAD
from consultagg.extract._sentences import asks
from consultagg.extract.units import _MAIL, clean_unit_name, is_unit, person_name, split_office
from consultagg.text.normalize import NUMBERING

__all__ = ["SetAside", "set_aside"]

_HEADER = re.compile(r"^\s*(?P<k>发件人|发件单位|来自|收件人|收件单位|致|抄送|密送|发送时间|发送日期|发件时间|时间|日期|"
                     r"主题|事由|附件|From|To|Cc|Bcc|Sent|Date|Subject|Attachments?)\s*[:：]\s*(?P<v>.*)$", re.I)
# The forwarder speaking for the unit whose opinions it forwards (现将我集团对规划的意见转发给您).
# (我局意见已另行报送: the forwarder's own opinions go apart, what is forwarded is another's;
# 我局对规划无其他意见 / 我局收到某协会报送的意见 / 我局自身的意见将在座谈会上提出 in a forwarding note: no authorship)
_FIRST_PERSON = re.compile(r"我(?:集团|司|公司|局|委|厅|办|单位|院|校|会|区|市|县|部|中心)(?:(?!无|没有|暂无|收到|接到|转来|报送|转发|转交)[^。！？!?]){0,12}(?:意见|建议)"
                           r"(?![^。！？!?]{0,24}(?:另行|单独|另文|另报|另函|会上提出|会上提过|会上已提|不再重复))")
# A forwarder with no opinion of its own (我局对规划无其他意见 / 我委无修改意见).
_NONE_OF_OURS = re.compile(r"我(?:局|厅|委|办|单位|部门|中心|院|区|县|市)(?:对[^。，,]{0,20})?(?:无|没有|暂无)(?:其他|其它|修改|不同|别的)?(?:的)?(?:修改)?(?:意见|建议)")
# A two-character label spaced out to align with three-character ones (主  题：, 日  期：).
_SPACED_LABEL = re.compile(r"^\s*[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff](?=\s*[:：])")
# A fax or memo cover (致：/来自：/事由：) is read like an e-mail's header.
_SENDER_KEYS = ("发件人", "发件单位", "来自", "from")
_TOPIC_KEYS = ("主题", "事由", "subject", "收件人", "收件单位", "致", "to")
_SEPARATOR = re.compile(r"^\s*[-=_—]{2,}\s*(?P<w>原始邮件|原邮件|邮件原文|Original Message|(?:被)?转发(?:的)?邮件(?:信息|内容)?|"
                        r"Forwarded message|Forwarded Message)\s*[-=_—]{2,}\s*$", re.I)
_FORWARD = re.compile(r"转发|forward|^\s*fwd?\s*[:：]", re.I)
# A note saying its opinions are in the message below it (我处意见见下方邮件 / 具体意见见下).
_SEE_BELOW = re.compile(r"(?:意见|建议)(?:详)?见(?:下方|下面|下文|以下|下)(?:邮件|原邮件|来信)?|见下方邮件|如下方邮件")
_WROTE = re.compile(r"^\s*>?\s*(?:在|On)\s.{4,80}(?:写道|wrote)\s*[:：]\s*$", re.I)
_QUOTED = re.compile(r"^\s*>")
_SIG_SEP = re.compile(r"^\s*(?:--|[—\-_=*~－]{4,})\s*$")
_DISCLAIMER = re.compile(r"本邮件|此邮件|该邮件|保密信息|机密|免责|请勿转发|confidential|disclaimer|intended only", re.I)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_BULLET = re.compile(r"^([ \t]*)[-*+](?=[ \t]+\S)", re.M)
_MD_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_MD_TABLE_RULE = re.compile(r"[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?(?=\S)", re.M)  # a Markdown block quote (> 注：…), outside an e-mail
# A page number on a line of its own (— 2 —, 第 1 页 共 3 页, 2/5), dashes or rules around it allowed;
# between dashes OCR's l, I and O for 1 and 0 (- l -).
_PAGE = re.compile(r"^[ \t\u3000]*(?:[—\-－–=_]{3,}[ \t\u3000]*)?(?:[—\-－–]{1,2}[ \t\u3000]*[\dlIO]{1,3}[ \t\u3000]*[—\-－–]{1,2}|"
                   r"一[ \t\u3000]*[\dlIO]{1,3}[ \t\u3000]*一|"  # (an OCR's 一 1 一 for — 1 —)
                   r"第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3}|[·•]\s*\d{1,3}\s*[·•]|"
                   r"(?:CS|cs)?[ \t\u3000]*扫描全能王(?:[ \t\u3000]*(?:扫描创建|\d亿(?:人|用户)都在用的扫描(?:App|APP|app)))?|"
                   r"\d亿(?:人|用户)都在用的扫描(?:App|APP|app)|由扫描全能王扫描创建|CamScanner)"  # (a scanner app's watermark)
                   r"(?:[ \t\u3000]*[—\-－–=_]{3,})?[ \t\u3000]*$", re.M)
_FINAL = "。！？；：!?;:”’」』）)"


@dataclass
class SetAside:
    """A text with its non-letter parts blanked out.

    Attributes
    ----------
    text : str
        The input with the set-aside characters replaced by spaces (line breaks kept, or joined
        across a page number inside a sentence): same length, same offsets.
    skips : list of (int, int, str)
        ``(start, end, reason)`` of what was set aside, in input offsets: 邮件头, 引用的原邮件, 转发说明,
        邮件签名, 免责声明, 页码.
    sender : str or None
        The 发件人 of the message that is read (the forwarded one in a forward), as written.
    signature : str or None
        The unit an e-mail's signature block (below ``--``) names, as written.
    person : str or None
        The person who wrote a forwarded message when its 发件人 names a person, not a unit (a member
        of the public whose message the office passes on: the forwarder is not the writer).
    is_email : bool
        Whether the text starts with e-mail header lines.
    forwarder_none : str or None
        The organ that forwards a message and says in its note it has no opinion of its own
        (我局对规划无其他意见): a reply for the roster, no opinion.
    """

    text: str
    skips: list[tuple[int, int, str]] = field(default_factory=list)
    sender: str | None = None
    signature: str | None = None
    is_email: bool = False
    person: str | None = None
    forwarder_none: str | None = None


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _blank(chars: list[str], s: int, e: int) -> None:
    for k in range(s, e):
        if chars[k] != "\n":
            chars[k] = " "


def _header_block(text: str, lines, start: int) -> tuple[int, dict[str, str]]:
    """Header lines from line ``start`` (blank lines allowed between): (first line after, fields)."""
    fields: dict[str, str] = {}
    k = start
    while k < len(lines):
        s, e = lines[k]
        line = text[s:e]
        m = _HEADER.match(_SPACED_LABEL.sub(lambda x: re.sub(r"[ \u3000]", "", x.group(0)), line.lstrip("> ")))
        if m:  # 主  题：/ 日  期： as typists align the labels
            fields.setdefault(m.group("k").lower(), m.group("v").strip())
        elif line.strip() or not fields:
            break
        k += 1
    while k > start and not text[lines[k - 1][0]:lines[k - 1][1]].strip():
        k -= 1
    return k, fields


def _is_header(fields: dict[str, str]) -> bool:
    return any(k in fields for k in _SENDER_KEYS) and any(k in fields for k in _TOPIC_KEYS) or len(fields) >= 3


def _domain(fields: dict[str, str]) -> str | None:
    """The mail domain of a header block's sender (``zhangmin@wxcdo.com.cn`` → ``wxcdo.com.cn``)."""
    m = re.search(r"@([\w-]+(?:\.[\w-]+)+)", _sender_field(fields))
    return m.group(1).lower() if m else None


def _sender_field(fields: dict[str, str]) -> str:
    """A header block's 发件人 as written (``省水利厅办公室 <bgs@…>``), or ``""``."""
    return next((fields[k] for k in _SENDER_KEYS if k in fields), "")


def _sender(fields: dict[str, str]) -> str | None:
    name = clean_unit_name(_sender_field(fields))
    return name if name and is_unit(split_office(name)[0]) else None


_MAX_SIG_LINES = 4
# A company's name in English after its Chinese name on a signature line (某某有限公司 | Ailing … Co., Ltd.).
_LATIN_TAIL = re.compile(r"(?<=[\u4e00-\u9fff）)])\s*(?:[|｜/]\s*)?[A-Za-z][A-Za-z0-9 .,&'()\-]*$")
_SIG_LINE_PUNCT = re.compile(r"[。，,；;！!？?：:]")


# A capacity a person writes in: a deputy of a people's congress, a member of a CPPCC.
_CAPACITY = re.compile(r"([\u4e00-\u9fff]{0,12}(?:人大代表|政协委员|政协常委|人大常委会委员))(?:[、，,\s].*)?$")


# A name that holds an organ of its own (a government, a bureau, a company), not a department alone.
_ORGAN_NAMED = re.compile(r"政府|委员会|公署|大学|学院|公司|集团|协会|学会|商会|[厅局委院]")
# An inner office named alone on a signature line (技术研发部, 综合处).
_INNER_OFFICE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:处|科|室|办公室|股|部|中心)")


def _text_below(text: str, lines, k: int) -> bool:
    """Whether the lines below rule ``k`` (up to the next rule or quote) hold sentences of a letter:
    two or more (a confidentiality footer is one)."""
    sentences = 0
    for s, e in lines[k + 1:]:
        line = text[s:e].strip()
        if _SIG_SEP.match(line) or _SEPARATOR.match(line) or _WROTE.match(line):
            break
        sentences += len(re.findall(r"[\u4e00-\u9fff]", line)) >= 12 and bool(re.search(r"[。；;]", line)) \
            and not _DISCLAIMER.search(line)  # (【免责声明】本邮件…: a footer under the signature, however long)
    return sentences >= 2


def _signature_line(line: str) -> bool:
    """A line a signature block is made of: short, not a sentence (a unit, a name, a phone)."""
    t = line.strip()
    if re.match(r"(?:手机|电话|联系电话|办公电话|邮箱|电子邮箱|传真|微信|Tel|TEL|E-?mail|Email)\s*[：:]", t):
        return len(t) <= 40  # 手机：138 0000 ××××
    return bool(t) and len(t) <= 30 and not _SIG_LINE_PUNCT.search(t) and not asks(t)


_MIN_REPLY = 60
# A note saying whose opinions it passes on (市工信局的意见转给你们, 现将…意见转发给你们), and one giving its own.
_PASSES_ON = re.compile(r"意见(?:现)?(?:转给|转发给|转来|转交|转送|转请|转你|转至)|现将[^。]{0,30}意见(?:转|一并转)")
_OWN_OPINIONS = re.compile(r"我(?:局|厅|委|办|单位|们|处|科|司|院|中心)(?:的|对[^。]{0,30})?(?:意见|建议)(?:如下|是|为)")


def _reply_on_top(text: str, lines, start: int, forward: int) -> bool:
    """Whether the text above a forwarded message is a reply of its own — numbered points or a
    request, and more than a forwarding note — rather than the note (请阅 / 转来XX厅意见)."""
    above = text[lines[start][0]:lines[forward][0]] if start < forward else ""
    points = sum(1 for s, e in lines[start:forward] if NUMBERING.match(text[s:e]))
    # 请查收 / 请审阅 ask the reader to read what follows, not for a change in the draft
    # (请一并研究 / 请研处 / 请参考 pass the forwarded message on to be weighed, no request of the note's own)
    asking = asks(re.sub(r"请(?:查收|查阅|审阅|审核|阅示|收阅|阅知|阅|批示|指示|转交|转)|"
                         r"请(?:予以|你们|你处|你局|贵处)?(?:一并)?(?:研究|研处|考虑|参考|参阅|酌处|阅处|处理|办理|吸纳)", "", above))
    if not points and _PASSES_ON.search(above) and not _OWN_OPINIONS.search(above):
        return False  # 市工信局的意见转给你们，请研究吸收。其中第二条…请核实后再定: the note passes them on
    return len(re.sub(r"\s+", "", above)) >= _MIN_REPLY and (points >= 1 or asking)


def _reply_below(text: str, lines, k: int) -> int | None:
    """The first line of a reply written below the message it quotes (在…写道：↵> …↵> …↵省厅规划处：↵…), or None
    when nothing but the quote follows."""
    q = k + 1
    while q < len(lines) and (not text[lines[q][0]:lines[q][1]].strip() or _QUOTED.match(text[lines[q][0]:lines[q][1]])):
        q += 1
    rest = text[lines[q][0]:] if q < len(lines) else ""
    return q if q > k + 1 and len(re.findall(r"[\u4e00-\u9fff]", rest)) >= _MIN_REPLY else None


def _email(text: str, chars: list[str], aside: SetAside) -> None:
    lines = _lines(text)
    first = next((k for k, (s, e) in enumerate(lines) if text[s:e].strip()), None)
    if first is None:
        return
    end, fields = _header_block(text, lines, first)
    if not _is_header(fields):
        return
    aside.is_email, aside.sender = True, _sender(fields)
    subject = next((fields[k] for k in ("主题", "subject") if k in fields), "")
    marks = []  # (line index, what)
    for k in range(end, len(lines)):
        line = text[lines[k][0]:lines[k][1]]
        if m := _SEPARATOR.match(line):
            marks.append((k, "forward" if _FORWARD.search(m.group("w")) else "quote"))
        elif _WROTE.match(line) or (_QUOTED.match(line) and not (
                marks and _QUOTED.match(text[lines[marks[-1][0]][0]:lines[marks[-1][0]][1]]))):
            marks.append((k, "quote"))  # the first '>' line, also below a forwarded message
        elif _SIG_SEP.match(line) and not _text_below(text, lines, k):
            marks.append((k, "signature"))  # (a rule over a pasted letter, 以下为正文：↵-----↵…, is no signature)
    spans = [(lines[first][0], lines[end - 1][1], "邮件头")]
    body_end = len(lines)
    forward = next((k for k, what in marks if what == "forward"), None)
    if forward is None and _FORWARD.search(subject[:6]):
        forward = next((k for k, what in marks if what == "quote"), None)
    if forward is not None and _reply_on_top(text, lines, end, forward):
        # the reply written above the messages it forwards (区政府办公室将来函转我局办理。我局意见如下：…):
        # what follows is the request's chain, quoted
        marks = [(k, "quote" if k == forward else w) for k, w in marks]
        forward = None
    if forward is not None:
        # the forwarding note above is the drafting office's own; the forwarded message is the reply
        spans.append((lines[end][0] if end < len(lines) else len(text), lines[forward][1], "转发说明"))
        inner_end, inner = _header_block(text, lines, forward + 1)
        if inner:
            spans.append((lines[forward + 1][0], lines[inner_end - 1][1], "邮件头"))
            inner_sender = _sender(inner)
            aside.sender = inner_sender or aside.sender
            writer = _MAIL.sub("", _sender_field(inner)).strip()
            if not inner_sender and person_name(writer):
                aside.sender, aside.person = None, re.sub(r"\s+", "", writer)  # 发件人：刘晓晨 <…>, passed on
            note = text[lines[end][0]:lines[forward][0]] if end < forward else ""
            if _NONE_OF_OURS.search(note) and (outer := _sender(fields)):
                aside.forwarder_none = split_office(outer)[0]  # 我局对规划无其他意见: the forwarder replied
            # (one domain may serve a whole government: a sender naming an organ of its own is no
            # department of the forwarder's, 青禾县人民政府办公室 forwarded by 市财政局预算处)
            if (_domain(inner) and _domain(inner) == _domain(fields)
                    and not (inner_sender and _ORGAN_NAMED.search(inner_sender))) or _FIRST_PERSON.search(note):
                # forwarded inside one organisation (张部长 sends on what 技术研发部 wrote): the
                # forwarder's signature names the unit
                units = [u for s, e in lines[end:forward] if (u := clean_unit_name(text[s:e]))
                         and _signature_line(text[s:e]) and is_unit(split_office(u)[0])]
                # (厅办公室 signed, 发件人：汶泽省自然资源厅办公室 above: the organ is the sender's)
                named = [u for u in units + [_sender(fields)] if u and (not _INNER_OFFICE.fullmatch(u) or split_office(u)[1])]
                aside.signature = named[0] if named else units[0] if units else None
        marks = [(k, w) for k, w in marks if k > forward]
    # where the message over the next mark starts (below a forwarded message's own header)
    above = lines[forward][0] if forward is not None else lines[end][0] if end < len(lines) else len(text)
    below = 0
    for k, what in marks:
        if what == "quote":
            if k < below:
                continue  # (the first '>' line of the quote under 在…写道：)
            if not re.search(r"[\u4e00-\u9fffA-Za-z]", text[above:lines[k][0]]) and (below := _reply_below(text, lines, k) or 0):
                spans.append((lines[k][0], lines[below - 1][1], "引用的原邮件"))  # the message quoted above the reply
                continue
            if _SEE_BELOW.search(text[above:lines[k][0]]) and (inner_end := _header_block(text, lines, k + 1))[1]:
                # 我处意见见下方邮件 over the message it sends on: that message is the reply, its header aside
                spans.append((lines[k][0], lines[inner_end[0] - 1][1], "邮件头"))
                above = lines[k][0]
                continue
            spans.append((lines[k][0], len(text), "引用的原邮件"))
            body_end = min(body_end, k)
            break
    for k, what in marks:
        if what == "signature" and k < body_end:
            stop = lines[body_end - 1][1] if body_end < len(lines) else len(text)
            spans.append((lines[k][0], stop, "邮件签名"))
            units = [u for s, e in lines[k + 1:body_end]
                     if (u := clean_unit_name(_LATIN_TAIL.sub("", text[s:e]))) and is_unit(split_office(u)[0])]
            organs = [u for u in units if not _INNER_OFFICE.fullmatch(u)]
            offices = [u for u in units if _INNER_OFFICE.fullmatch(u)]
            # 政策法规科 over 太原市住房和城乡建设局: the organ, its office kept
            aside.signature = (organs[0] + offices[0] if organs and offices and split_office(organs[0])[1] is None
                               else (organs or units or [aside.signature])[0])
            body_end = k
            break
    if not any(what == "signature" and k < body_end for k, what in marks):
        # a signature without a separator: the last short lines of the body, none of them a
        # sentence, one naming a unit (广西壮族自治区林业局 / 生态保护修复处 梁某 / 0771-…)
        k = body_end
        while k > end and not text[lines[k - 1][0]:lines[k - 1][1]].strip():
            k -= 1
        top = k
        while top > end and top > k - _MAX_SIG_LINES and _signature_line(text[lines[top - 1][0]:lines[top - 1][1]]):
            top -= 1
        named = [u for s, e in lines[top:k] if (u := clean_unit_name(_LATIN_TAIL.sub("", text[s:e]))) and is_unit(split_office(u)[0])]
        # a deputy or a member writing in person signs with the capacity (青原省政协委员、北岭学院教授)
        named = named or [m.group(1) for s, e in lines[top:k] if (m := _CAPACITY.match(text[s:e].strip()))]
        # or a name over an inner office only (李振宇 / 技术研发部): the unit, if any, is the forwarder's
        inner_office = [u for s, e in lines[top:k] if _INNER_OFFICE.fullmatch(u := text[s:e].strip())]
        block = bool(named) or bool(inner_office and k - top <= 3)
        named = [u for u in named if not (aside.signature and (u in inner_office or _INNER_OFFICE.fullmatch(u)))]
        if top < k and block:
            spans.append((lines[top][0], lines[k - 1][1], "邮件签名"))
            aside.signature = named[0] if named else aside.signature
            body_end = top
    for k in range(end, body_end):  # a confidentiality footer without a separator
        s, e = lines[k]
        if _DISCLAIMER.search(text[s:e]) and len(text[s:e].strip()) >= 20 and k >= body_end - 3:
            spans.append((s, e, "免责声明"))
    for s, e, why in spans:
        _blank(chars, s, e)
        aside.skips.append((s, e, why))


def _markup(text: str, chars: list[str], email: bool = False) -> None:
    for m in _MD_HEADING.finditer(text):
        _blank(chars, m.start(), m.end())
    if not email:
        for m in _MD_QUOTE.finditer(text):
            _blank(chars, m.start(), m.end())
    for m in _MD_STRONG.finditer(text):
        mark = len(m.group(1))
        _blank(chars, m.start(), m.start() + mark)
        _blank(chars, m.end() - mark, m.end())
    for m in _MD_BULLET.finditer(text):
        chars[m.end() - 1] = "•"
    for m in _MD_TABLE_ROW.finditer(text):  # | 页码 | 原文 | 意见 |: a table's row, its cells as a Word table's
        if _MD_TABLE_RULE.fullmatch(m.group(0)):
            chars[m.start():m.end()] = "\t" * (m.end() - m.start())  # |------|: a row of empty cells, the table goes on
            continue
        bars = [m.start() + k for k, c in enumerate(m.group(0)) if c == "|"]
        for k in bars:
            chars[k] = "\t"
        chars[bars[0]] = chars[bars[-1]] = " "


_LETTERHEAD = re.compile(r"[\u4e00-\u9fff（）()]{2,20}(?:文件|公函)")


def _pages(text: str, chars: list[str], aside: SetAside) -> None:
    for m in _PAGE.finditer(text):
        s, e = m.start(), m.end()
        before = text[:s].rstrip()
        after = len(text) - len(text[e:].lstrip())
        line_end = text.find("\n", after)
        line_end = len(text) if line_end < 0 else line_end
        head = text[after:line_end]
        compact = re.sub(r"\s+", "", head)
        # (or the letterhead again: 某自治区应急管理厅文件)
        running = (DOCNO.search(compact) or _LETTERHEAD.fullmatch(compact)) \
            and len(compact) <= 24 and not re.search(r"[，。；：,;:]", head) or FAX_HEAD.match(head)
        if running:  # the next page's running head (芸文旅函 [2024] 33 号 / 某市人民政府　　某政函〔2021〕97号)
            aside.skips.append((after, line_end, "页眉"))
        if before and before[-1] not in _FINAL:
            # the sentence runs on across the page break: join it
            s = len(before)
            e = len(text) - len(text[line_end:].lstrip()) if running else after
            for k in range(s, e):
                chars[k] = " "
        else:
            _blank(chars, s, e)
            if running:
                _blank(chars, after, line_end)
        aside.skips.append((m.start(), m.end(), "水印" if re.search(r"扫描|CamScanner", m.group(0)) else "页码"))


def set_aside(text: str) -> SetAside:
    """Blank out e-mail headers, quoted and forwarded-from parts, signatures, page numbers and markup.

    Parameters
    ----------
    text : str
        A letter, e-mail or form as read.

    Returns
    -------
    SetAside
        The blanked text (same length) with what was set aside, the sender and whether it is an e-mail.

    Examples
    --------
    >>> a = set_aside("From: 河西市生态环境局 <hx@example.cn>\\nSubject: RE: 意见\\n\\n建议增加监测站。\\n\\n"
    ...               "> 在 2022年3月1日，规划处 写道：\\n> 请反馈意见。")
    >>> a.sender, a.text.split()
    ('河西市生态环境局', ['建议增加监测站。'])
    >>> [why for _, _, why in a.skips]
    ['邮件头', '引用的原邮件']
    """
    text = text or ""
    chars = list(text)
    aside = SetAside(text)
    _email(text, chars, aside)
    _markup(text, chars, aside.is_email)
    _pages(text, chars, aside)
    aside.text = "".join(chars)
    aside.skips.sort()
    return aside
