"""The layout of a meeting's record: the list of who came with their bodies, the marks and bracketed
headings its parts stand under, the seats of a question and its answer.

>>> from consultagg.extract._base import Doc
>>> roster(Doc("参会专家：\\n  1. 莫某某　石梁大学法学院教授\\n  2. 柯　宁　石梁市社会科学院研究员\\n"))
{'莫某某': '石梁大学', '柯宁': '石梁市社会科学院'}
"""

from __future__ import annotations

import re

from consultagg.extract._base import Doc
from consultagg.extract._parts import TITLES as _TITLES, org_of
from consultagg.extract.units import SURNAMES
from consultagg.text.normalize import NUMBERING

__all__ = ["BRACKET_HEADING", "by_surname", "DOT_NAME", "LIST_APPENDED", "MARK", "NAME_AFTER_SEAT", "QA_SEAT", "SECTION_ASIDE",
           "bracketed_part", "roster", "short_for"]

# A name written with a middle dot (阿不都热合曼·买买提, 古丽娜尔·吐尔逊): a person's, whatever its first character.
DOT_NAME = r"[\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8})?"
_ROSTER_ENTRY = re.compile(r"(?P<name>" + DOT_NAME + r"|[\u4e00-\u9fff][\u4e00-\u9fff×＊*Ｘ]{1,2})[ \t\u3000]+"
                           r"(?P<who>[^\s，,。；;：:（）()]{3,40}?(?:" + "|".join(_TITLES) + r"))(?:[（(][^（）()]{1,8}[)）])?")


# The other order: the body and post, then the name (沄州市鹤汀县人民政府副县长　钱某某).
_ROSTER_POST_FIRST = re.compile(r"(?P<who>[^\s，,。；;：:（）()、]{4,40}?(?:" + "|".join(_TITLES) + r"))[ \t\u3000]+"
                                r"(?P<name>[\u4e00-\u9fff]{2,3})")
# The body, the name, then the post, in columns (某交通大学交通运输学院    孙某某  教授).
_ROSTER_COLUMNS = re.compile(r"(?P<unit>[^\s，,。；;：:]{4,40})[ \t\u3000]{2,}(?P<name>[\u4e00-\u9fff]{2,3})[ \t\u3000]+"
                             r"(?P<title>(?:" + "|".join(_TITLES) + r"))")
# A title set apart from the body before it (涪阳大学环境科学与工程学院　教授).
_TITLE_APART = re.compile(r"[ \t\u3000]+(?=(?:" + "|".join(_TITLES) + r")$)")
QA_SEAT = re.compile(r"\s*(?:问|答)\s*[（(](?P<who>[^（）()]{2,20})[)）]\s*[：:]")
# The name in brackets after a seat (1号陈述人（郑某某）：…).
NAME_AFTER_SEAT = re.compile(r"\s*[（(](?P<who>[^（）()]{2,20})[)）]\s*[：:]")
# A seat in a hearing's list of speakers with the name and who they are (1号陈述人：郑某某，某街道居民).
_SEAT_ENTRY = re.compile(r"(?:第?[\d一二三四五六七八九十]+号)?(?:陈述人|听证参加人|听证陈述人|发言人)[\d一二三四五六七八九十]*号?[：:]\s*"
                         r"(?P<name>[\u4e00-\u9fff]{2,3})[，,、\s]+(?P<who>[^，,。；;：:]{2,40})")
_SPACED_NAME = re.compile(r"^([\u4e00-\u9fff])[ \t\u3000]([\u4e00-\u9fff])(?=[ \t\u3000]+\S)")
# A mark before a speaker's heading or a point (▲莫某教授, ● 建议…): read as a number is.
MARK = re.compile(r"\s*[▲△■□◆◇●○★☆►▶◎※]\s*")
# A heading in square brackets over a part of the record (【专家发言】, 【起草组回应】, 【主持人小结】).
BRACKET_HEADING = re.compile(r"[【\[〔](?P<h>[^】\]〕]{2,12})[】\]〕]")


# A run-on line of who came (出席：市人大代表陈某（…），某公司总经理曹某，…), and one entry of it.
_ATTENDING_LINE = re.compile(r"(?:(?:出席|列席|参会|参加|与会)(?:人员|会议人员|单位和人员|专家)?|(?:特邀|评审|论证)?专家(?:组成员)?)\s*[：:]")
_NAME_THEN_POST = re.compile(r"(?:^|(?<=[，,、；;\s]))(?P<name>[\u4e00-\u9fff]{2,3})[（(](?P<post>[^（）()]{2,40})[)）]")
_BRACKETED = re.compile(r"[（(][^（）()]{0,40}[)）]")
_POST_THEN_NAME = re.compile(r"(?P<who>[^\s，,。；;：:（）()、]{2,40}?(?:" + "|".join(_TITLES) + r"))(?P<name>[\u4e00-\u9fff]{2,3})")


# A member of the public on the list (何某　市民代表（某区）): a role of two characters and 代表.
_ROSTER_PUBLIC = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})[ \t\u3000]+(?P<who>(?:市民|居民|村民|群众|消费者|业主|网民)(?:代表)?)"
                            r"(?:[（(][^（）()]{1,12}[)）])?")
# A capacity and the names of those who came in it (县人大代表    付某某  袁某某).
_CAPACITY_NAMES = re.compile(r"(?P<who>[\u4e00-\u9fff]{0,12}?(?:人大代表|政协委员|人大常委会委员|政协常委))[ \t\u3000]{2,}"
                             r"(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,3})*)")
_SEAT_NUMBER = re.compile(r"^第?[\d一二三四五六七八九十]{1,3}号(?:陈述人|发言人)?[ \t\u3000]+")


def by_surname(name: str | None, came: dict[str, str]) -> str | None:
    """The body of the one listed person a speaker named by surname and capacity is (程委员 / 付代表)."""
    if not name or len(name) != 3 or name[1:] not in ("委员", "代表"):
        return None
    found = [came[n] for n in came if n[0] == name[0] and re.search(name[1:] + "$", came[n])]
    return found[0] if len(found) == 1 else None


def short_for(short: str, full: str) -> bool:
    """Whether a speaker's body named short (安居物业, 颐康护理院) is the one the list of who came names
    in full for them (石梁市青禾区安居物业服务有限公司): its characters in order."""
    rest = iter(full)
    return len(short) >= 2 and all(c in rest for c in short)


def roster(doc: Doc) -> dict[str, str]:
    """Names of a participants list with their body (陈×× 南昌大学建筑工程学院教授 → 南昌大学), wherever
    the list stands (at the head, or appended: 附：专家组名单): a speaker named without a unit, or
    with the body named short, speaks for it.

    The list's lines as written: cleaning joins a list's short lines and drops the spaces between
    name and body. A line is ``name body+post`` or ``body+post name``; a post set apart by a space
    (…学院　教授) is read with its body.
    """
    found: dict[str, str] = {}

    def listed(name: str, who: str) -> bool:
        """``name`` taken as speaking for the body ``who`` names, when it starts with a surname."""
        if name[0] in SURNAMES and (org := org_of(who)):
            found.setdefault(name, org)
            return True
        return False

    for line in doc.text.split("\n"):
        line = NUMBERING.sub("", line.strip(), count=1).strip()  # 1. 莫某　某大学法学院教授
        line = _SEAT_NUMBER.sub("", line)  # 1号　何某　市民代表（某区）: a hearing's list of speakers
        if (seat := _SEAT_ENTRY.fullmatch(line)) and listed(seat.group("name"), seat.group("who")):
            continue  # 1号陈述人：郑某某，某街道居民
        if attending := _ATTENDING_LINE.match(line):
            # 出席：市人大代表陈某（…），某公司总经理曹某，…: one run-on line, a post before each name
            rest = line[attending.end():]
            for m in _NAME_THEN_POST.finditer(rest):  # 专家：韩某（某大学法学院教授）、钱某（…）
                listed(m.group("name"), m.group("post"))
            for entry in re.split(r"[，,、；;]", _BRACKETED.sub("", rest)):
                if m := _POST_THEN_NAME.fullmatch(entry.strip()):
                    listed(m.group("name"), m.group("who"))
            continue
        if not line or len(line) > 60 or re.search(r"[，,。；;：:]", line):
            continue
        if (group := _CAPACITY_NAMES.fullmatch(line)) and (org := org_of(group.group("who"))):
            # 县人大代表    付某某  袁某某  金某某: one capacity, the names after it
            for name in group.group("names").split():
                if name[0] in SURNAMES and 2 <= len(name) <= 3:
                    found.setdefault(name, org)
            continue
        joined = re.sub(r"(?<=\s)([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])(?=\s)", r"\1\2", line)  # 韩  蕾
        if (cols := _ROSTER_COLUMNS.fullmatch(joined)) and listed(cols.group("name"), cols.group("unit") + cols.group("title")):
            continue
        line = _TITLE_APART.sub("", _SPACED_NAME.sub(r"\1\2", line))  # 柯　宁　…研究员 / …学院　教授
        m = _ROSTER_ENTRY.fullmatch(line) or _ROSTER_POST_FIRST.fullmatch(line) or _ROSTER_PUBLIC.fullmatch(line)
        if m and (m.group("name")[0] in SURNAMES or "·" in m.group("name") or "•" in m.group("name")
                  or "・" in m.group("name")) and (org := org_of(m.group("who"))):
            found.setdefault(m.group("name"), org)
    return found


# A meeting's own parts: what it required, concluded or arranged (会议要求, 评审结论), no one's opinion.
SECTION_ASIDE = re.compile(r"会议(?:要求|指出|强调|认为|总结|议定|决定)|下一步工作|总结讲话|领导讲话|主持人讲话|工作安排|"
                            r"(?:评审|论证|会议|审查)结论")
# 附件：参会人员名单 — who came, listed below the record.
LIST_APPENDED = re.compile(r"\s*附(?:件|表)?\s*\d*\s*[：:]?\s*[^。，,]{0,16}名单\s*$")


def bracketed_part(heading: str) -> str | None:
    """Why the part under a bracketed heading is set aside (the drafters answering, the chair
    summing up, the agenda), or None for a part where people speak."""
    if re.search(r"起草|编制|回应|答复|说明", heading):
        return "起草方答复"
    if re.search(r"(?:参会|出席|列席|参加)(?:人员|单位|名单)|名单$", heading):
        return "会议信息"
    if re.search(r"议程|主持|小结|总结|结论|要求", heading) or SECTION_ASIDE.search(heading):
        return "会议议程" if "议程" in heading else "会议总结"
    return None
