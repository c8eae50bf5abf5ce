"""The layout of a meeting's record: the list of who came with their bodies, the marks and bracketed
headings its parts stand under, the seats of a question and its answer.

>>> from consultagg.extract._base import Doc
>>> roster(Doc("参会专家：\\n  1. 莫某某　石梁大学法学院教授\\n  2. 柯　宁　石梁市社会科学院研究员\\n"))
{'莫某某': '石梁大学', '柯宁': '石梁市社会科学院'}
"""

from __future__ import annotations

import re

from consultagg.extract._base import DATE, Doc
from consultagg.extract._parts import TITLES as _TITLES, org_of
from consultagg.extract.units import SURNAMES, is_unit
from consultagg.text.normalize import NUMBERING

__all__ = ["ACADEMIC_TITLE", "BRACKET_HEADING", "by_surname", "DOT_NAME", "EXPERT_TITLE", "EXPERTS_GROUP", "RUN_IN_UNIT", "TOLD_THEN_SAYS", "held_by", "LIST_APPENDED", "MARK", "NAME_AFTER_SEAT", "QA_SEAT", "SECTION_ASIDE",
           "bracketed_part", "cppcc_level", "host", "issuer_line", "officials", "public_meeting", "roster", "short_for", "spoken_for"]

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
_ATTENDING_LINE = re.compile(r"(?:(?:出席|列席|参会|参加|与会)(?:人员|会议人员|单位和人员|单位|专家)?|(?:特邀|评审|论证)?专家(?:组成员)?)(?:\s*[：:]|\t)")
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

    columns: dict[str, int] | None = None  # a table's header: 姓名 | 职称 | 单位 | 专业, in any order
    for line in doc.text.split("\n"):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) >= 2 and (head := _roster_header(cells)):
            columns = head
            continue
        if columns and len(cells) == columns["n"]:  # 程立新 | 教授 | 某农业大学资源与环境学院 | 土壤学
            name = re.sub(r"[ \u3000]", "", cells[columns["name"]])
            if 2 <= len(name) <= 4 and listed(name, cells[columns["unit"]]):
                continue
        else:
            columns = None
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
        if (sat := _UNIT_THEN_NAMES.fullmatch(line)) and not re.search(r"[。；;]|签字|签名", line) and (
                is_unit(sat.group("who")) or re.search(r"人大代表|政协委员", sat.group("who"))):
            # 自治区发展和改革委员会：王某（资源节约和环境保护处处长） / 自治区政协委员、某大学教授：赵某 — who sat for whom
            for name in re.split(r"[、，,]", _BRACKETED.sub("", sat.group("names"))):
                if 2 <= len(name.strip()) <= 4:
                    listed(name.strip(), sat.group("who"))
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
    _told_attending(doc.clean[:2000], listed)
    return found


# An attendance list's line: the body (and a capacity), then who sat for it, each with a post in brackets.
_UNIT_THEN_NAMES = re.compile(r"(?P<who>[\u4e00-\u9fff、（）()]{4,40}?)[：:]\s*(?P<names>[\u4e00-\u9fff·]{2,4}(?:[（(][^（）()]{1,30}[)）])?"
                              r"(?:[、，,]\s*[\u4e00-\u9fff·]{2,4}(?:[（(][^（）()]{1,30}[)）])?)*)")


# The sentence of a record that tells who came (…主持会议，环资委副主任委员祁某、委员萨某，某大学教授宁某，特邀专家郗某
# 参加会议。), and one of its entries: a body and post before a name (the body left out: the entry's before).
_CAME = re.compile(r"[^。；;]{4,600}?(?:(?:参加|出席|列席)(?:了)?(?:会议|座谈会?|论证会?|评审会?|听证会?)|应邀(?:参会|参加|出席))")
# A scholar's or an engineer's title after the name (某某教授, 某某高级工程师, 某某高工).
ACADEMIC_TITLE = r"(?:正高级工程师|高级工程师|工程师|高工|教授|副教授|研究员|副研究员|博士|院士)"
_ENDS = r"(?:主持(?:会议|座谈会?)?|(?:应邀)?(?:参加|出席|列席|参会)(?:了)?(?:会议|座谈会?|论证会?)?|等)?"
_ENTRY = re.compile(r"(?P<who>[^\s，,。；;：:（）()、]{0,40}?(?P<post>" + "|".join(_TITLES) + r"))(?P<name>(?!委员|主任|副|代表)[\u4e00-\u9fff·]{2,6}?)"
                    r"(?:" + ACADEMIC_TITLE + ")?" + _ENDS)
# (某大学水利与环境学院祁某教授: the body, the name, the title after it)
_NAMED_TITLED = re.compile(r"(?P<who>[^\s，,。；;：:（）()、]{2,40}?(?:大学|学院|研究院|研究所|研究中心|设计院|公司|集团|医院))"
                           r"(?P<name>[\u4e00-\u9fff·]{2,3})(?P<post>" + ACADEMIC_TITLE + ")" + _ENDS)


def _told_attending(opening: str, listed) -> None:
    """Each entry of the sentences in ``opening`` that tell who came, given to ``listed(name, body and post)``."""
    for sentence in _CAME.finditer(opening):
        body = ""
        for entry in re.split(r"[，,、]|(?<=[\u4e00-\u9fff])(?:及|和|以及)(?=[\u4e00-\u9fff])", sentence.group(0)):
            # (参会专家有某大学某教授: who came, announced before the entry)
            entry = re.sub(r"^(?:及|和|以及|由|(?:会议|本次会议|座谈会|论证会)?(?:特别|特)?邀请(?:了)?|"
                           r"(?:参会|与会|出席|列席|参加)(?:会议)?的?(?:专家|人员|代表|领导|同志)?(?:有|包括|为))", "", entry.strip())
            # (the first reading naming a person: 某研究院李某研究员参加会议 is no post 研究员 before a name 参加会议)
            m = next((x for x in (_ENTRY.fullmatch(entry), _NAMED_TITLED.fullmatch(entry)) if x and x.group("name")[0] in SURNAMES), None)
            if not m:
                body = ""
                continue
            who = m.group("who") + (m.group("post") if m.re is _NAMED_TITLED else "")
            if who == m.group("post") and body:  # 委员萨某 after 环资委副主任委员祁某: the same body
                who = body + who
            body = who[: len(who) - len(m.group("post"))] if len(who) > len(m.group("post")) else body
            listed(m.group("name"), who)


def _roster_header(cells: list[str]) -> dict[str, int] | None:
    """The name and unit columns of a list of who came, from its header row (姓名 | 职称 | 工作单位 | 专业),
    or None."""
    found: dict[str, int] = {"n": len(cells)}
    for i, c in enumerate(cells):
        c = re.sub(r"\s", "", c)
        if c in ("姓名", "专家姓名", "名字"):
            found.setdefault("name", i)
        elif re.fullmatch(r"(?:工作|所在)?单位(?:名称)?|单位及职务|工作单位及职务|所在单位及职务", c):
            found.setdefault("unit", i)
    return found if "name" in found and "unit" in found else None


# A meeting's own parts: what it required, concluded or arranged (会议要求, 评审结论), no one's opinion.
SECTION_ASIDE = re.compile(r"会议(?:要求|指出|强调|认为|总结|议定|决定)|下一步工作|总结讲话|领导讲话|主持人讲话|工作安排|"
                            r"(?:评审|论证|会议|审查)结论")
# 附件：参会人员名单 — who came, listed below the record.
LIST_APPENDED = re.compile(r"\s*附(?:件|表)?\s*\d*\s*[：:]?\s*[^。，,]{0,16}名单\s*$")


def bracketed_part(heading: str) -> str | None:
    """Why the part under a bracketed heading is set aside (the drafters answering, the chair
    summing up, the agenda), or None for a part where people speak."""
    if re.search(r"起草|编制|回应|答复|说明", heading) \
            and not re.search(r"(?:意见|建议|发言)[^及和与、]{0,4}[及和与、]", heading):  # 专家意见及编制组说明: both speak
        return "起草方答复"
    if re.search(r"(?:参会|出席|列席|参加)(?:人员|单位|名单)|名单$", heading):
        return "会议信息"
    if re.search(r"议程|主持|小结|总结|结论|要求", heading) or SECTION_ASIDE.search(heading):
        return "会议议程" if "议程" in heading else "会议总结"
    return None


# Who holds the meeting (市城市管理局在局三楼会议室召开… / 省人大常委会法工委在某州召开… / 县政协农业和农村委员会组织…召开).
_HOST = re.compile(r"(?P<host>[^在于就来对向到组\W\d_]{2,24}(?:法工委|工委|委员会|局|厅|委|办公室|政府|中心|办))"
                   r"(?:调研组|工作组)?[^。；：:]{0,60}?(?:召开|举行)")
# A meeting of the public: its own record names it so (村民代表会议记录 / 居民代表座谈会).
_PUBLIC_MEETING = re.compile(r"村民代表|居民代表|群众代表|村民会议|居民会议|居民座谈|村民座谈|业主代表|群众座谈")
# A post in government (副乡长, 党委委员, 科长, 主任 …) and the bodies of the public's own side (村, 社区, a company).
_OFFICIAL_POST = re.compile(r"(?:乡|镇|县|区|市|州|省)长|书记|党委委员|主任|科长|股长|局长|处长|站长|干部|工作人员|"
                            r"(?:局|委|办|政府|中心|站|所|科|股|处|街道办事处)$")
_OWN_SIDE = re.compile(r"村(?:民|委|两委|党支部)?|社区|居委|居民委员会|村民委员会|公司|企业|合作社|协会|学校|医院|物业|业主|居民|村民")


def host(doc: Doc) -> str | None:
    """The body that holds the meeting, as the record's opening names it (None if it does not)."""
    for sentence in re.split(r"[。\n]", doc.clean[:800]):
        if m := _HOST.search(re.sub(r"^\s*\d{4}年\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?[，,]?", "", sentence)):
            return re.sub(r"^(?:会议|座谈会)?由", "", m.group("host"))
    return None


def _head(doc: Doc, n: int = 3) -> str:
    """The record's first ``n`` paragraphs (its title and the lines under it), joined."""
    return "".join(doc.clean[s:e] for s, e in doc.paras[:n])


def public_meeting(doc: Doc) -> bool:
    """Whether the record is of a meeting of the public (村民代表会议, 居民代表座谈会)."""
    return bool(_PUBLIC_MEETING.search(_head(doc)))


def officials(doc: Doc) -> set[str]:
    """Names listed among those who came with a post in government, not of the public's own side
    (菥湾乡党委委员、副乡长覃某某 / 乡农业综合服务中心主任吴某某 / 某区城市管理局蔡某)."""
    found = set()
    for line in doc.text.split("\n")[:16]:  # (as written: cleaning joins a record's short field lines)
        m = _ATTENDING_LINE.match(line.strip())
        if not m:
            continue
        for entry in re.split(r"[，,；;]", _BRACKETED.sub("", line.strip()[m.end():])):
            post = ""
            for piece in entry.strip().split("、"):  # 某乡党委委员、副乡长覃某某 / 某局科长陈某、某科胡某
                post += piece
                name = next((piece[-n:] for n in (3, 2) if len(piece) > n and piece[-n] in SURNAMES), None)
                if not name:
                    continue
                if _OFFICIAL_POST.search(post[:-len(name)]) and not _OWN_SIDE.search(post[:-len(name)]):
                    found.add(name)
                post = ""
    return found


# A record of a CPPCC body (政协某县委员会…委员会 / 县政协…): its members speak as 政协委员.
_CPPCC = re.compile(r"(?:(?P<a>省|市|县|区|州|自治区)政协|政协[\u4e00-\u9fff]{2,10}?(?P<b>省|市|县|区|州|自治区)委员会)")


def cppcc_level(doc: Doc) -> str | None:
    """The level of the CPPCC whose record this is (县 for 政协某县委员会 / 县政协), or None."""
    m = _CPPCC.search(_head(doc))
    return (m.group("a") or m.group("b")) if m else None


# Whom a speaker speaks for, saying so (我代表村委会说两点 / 代表社区居委会谈几点).
_ON_BEHALF = re.compile(r"(?:我|本人)?代表(?P<org>[^，,。：:说讲谈提]{2,12}?)(?:说|讲|谈|提)")
_PLACE_IN_TITLE = re.compile(r"(?P<p>[\u4e00-\u9fff]{2,12}?(?P<level>村|社区))")


def spoken_for(body: str, doc: Doc) -> str | None:
    """The body a speaker says they speak for, a village's or a community's committee named in full
    from the record's title (菥湾乡蕻坡村村民代表会议记录: 我代表村委会 → 菥湾乡蕻坡村村民委员会)."""
    m = _ON_BEHALF.search(body)
    if not m:
        return None
    org = m.group("org")
    if (place := _PLACE_IN_TITLE.search(_head(doc, 1))) and re.fullmatch(r"村委会|村两委|村委|村民委员会|居委会|社区居委会|社区居民委员会|社区", org):
        if (place.group("level") == "村") == org.startswith("村"):
            return place.group("p") + ("村民委员会" if place.group("level") == "村" else "居民委员会")
    return org


def signature_last(doc: Doc, k: int, t: str) -> bool:
    """A unit's name alone on a line, followed only by dates and signature lines to the end."""
    t = t.strip()
    if re.search(r"[，,。；;：:！？!?“”]", t) or not is_unit(t):
        return False
    rest = [doc.clean[a:b].strip() for a, b in doc.paras[k:]]
    return len(rest) <= 2 and all(DATE.match(x.replace(" ", "")) or (is_unit(x) and not re.search(r"[，。；]", x))
                                  for x in rest)


def issuer_line(doc: Doc) -> str | None:
    """The unit that issues the record, on a line of its own with the date under the title (某街道办事处　2025年3月15日)."""
    for s, e in doc.paras[:4]:
        if (m := re.match(r"\s*(\S{2,30}?)\s+\d{4}\s*年", doc.clean[s:e])) and is_unit(m.group(1)):
            return m.group(1)
    return None


def held_by(org: str, holder: str) -> bool:
    """Whether a speaker's body is the one holding the meeting (泷渚省人大常委会法工委 / 省人大常委会法工委)."""
    if org == holder:
        return True
    for short, full in ((holder, org), (org, holder)):  # 省人大常委会法工委 is 泷渚省人大常委会法工委; 芩口区住建局 is no 市住建局
        if len(short) >= 4 and short[0] in "省市县区州" and full.endswith(short[1:]):
            place = full[:len(full) - len(short) + 1]
            return len(place) >= 2 and place.endswith(short[0])
    return False


# A speaker named before what they told, then the verb of their proposal after a comma with no subject of its own
# (保护区管理局局长某某介绍了…的情况，提出两点意见：一是…).
TOLD_THEN_SAYS = re.compile(r"(?:^|(?<=[。！？!?]))(?P<sp>[^，,。；;：:“”！？!?\s《》]{2,40}?)(?:介绍|回顾|分析|通报|汇报|谈)了"
                            r"[^。！？!?：:]{0,100}?[，,]\s*(?:并|还|同时|也)?(?P<v>提出|建议|指出|认为|强调)(?P<p>[：:，,])?")
# An expert's title alone (研究员, 特邀专家高级工程师): an expert named without a body speaks as 与会专家.
EXPERT_TITLE = re.compile(r"(?:特邀|特聘)?(?:专家)?" + ACADEMIC_TITLE)
# A group of experts speaking (与会专家, 专家们): the experts, not those attending at large.
EXPERTS_GROUP = re.compile(r"专家")
# A numbered paragraph that opens with its unit and a full stop, the speaker's words after it
# (（三）自治区文化和旅游厅。资源开发处副处长某某建议，…).
RUN_IN_UNIT = re.compile(r"\s*(?P<u>[^。；;：:，,（）()\s]{3,30}?)[。.]\s*(?=\S)")
