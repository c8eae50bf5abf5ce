"""Speakers' units named short in minutes (省卫生健康委, 市生态环境局) given their full names: the name
the opening lists among those attending, or the one city, county or province of the meeting.

>>> from consultagg.extract._base import Doc, Draft
>>> doc = Doc("座谈会纪要\\n兰州市自然资源局召开座谈会，兰州市生态环境局参加会议。\\n市生态环境局：建议增加监测站。")
>>> d = Draft(0, 1, 3, {})
>>> d.department = "市生态环境局"
>>> full_names(doc, [d]); d.department
'兰州市生态环境局'
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from consultagg.extract._base import Doc, Draft
from consultagg.extract.units import abbreviates, head_place, is_unit, person_name, split_office, university_part

__all__ = ["attendance_line", "full_names", "officers"]

_VENUE = re.compile(r"会议室|宾馆|酒店|饭店|礼堂|报告厅|会议中心|大厦|楼")  # where the meeting was held
_ATTENDING = re.compile(r"参加|出席|参会|列席|与会|邀请")
# A college named without its university, and the count of people after a list (5位专家组成…).
_COLLEGE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:学院|系)")
_HOW_MANY = re.compile(r"(?:等)?\d+(?:位|名|人).*$")
_PIECE_CUT = re.compile(r"(?<=[厅局委办院会府])在|召开|组织|邀请|参加|出席|参会|列席|以及|及|等单位|等部门|的?有关负责同志|的?负责同志|的?有关同志|的?同志|的?代表|人员")


_LISTED = re.compile(r"\s*([\u4e00-\u9fff（）()]{4,30}?)[：:]\s*[\u4e00-\u9fff·*×]{2,4}(?:[（(][^（）()。]{1,20}[）)])?(?:[、，,][^。]*)?$")


def attendance_line(t: str) -> str | None:
    """The unit of a line that names who came for it and nothing more (蕖阳市快递行业协会：杜鹏 /
    省民政厅：聂某、丁某（副处长）), else None.

    >>> attendance_line("蕖阳市司法局：魏某某、裘某某"), attendance_line("市司法局：建议增加一条。")
    ('蕖阳市司法局', None)
    """
    m = re.match(r"\s*([\u4e00-\u9fff（）()]{4,30}?)[：:]\s*(.+)$", t)
    if not m or not is_unit(m.group(1)):
        return None
    names = [re.sub(r"[（(][^（）()]{1,20}[）)]$", "", x.strip()) for x in re.split(r"[、，,；;\s]+", m.group(2).strip(" 。.")) if x.strip()]
    return m.group(1) if names and all(person_name(x) or "·" in x for x in names) else None


def _attendees(doc: Doc) -> list[str]:
    """Units named in the opening paragraphs as attending (甘肃省财政厅、甘肃省卫生健康委员会…参加会议),
    and in a list of who came, wherever it stands (岑州市人大常委会法制工作委员会：冯某（副主任）)."""
    names: list[str] = []
    for k, (ps, pe) in enumerate(doc.paras):
        t = doc.clean[ps:pe]
        listed = _LISTED.match(t) if k < 24 else None
        unit = listed.group(1) if listed and is_unit(listed.group(1)) else attendance_line(t)
        if unit and unit not in names:
            names.append(unit)
    for ps, pe in doc.paras[:8]:
        t = doc.clean[ps:pe]
        if not _ATTENDING.search(t):
            continue
        school = None  # 某大学交通运输学院、土木工程学院: the colleges after the first are the same university's
        for piece in re.split(r"[、，,。；;]|(?<=[局厅委办院会府司所处])和(?=[\u4e00-\u9fff])", t):
            for part in _PIECE_CUT.split(_HOW_MANY.sub("", piece)):  # 甘肃省老龄协会有关负责同志 → 甘肃省老龄协会
                # (参会单位：… or, a table's row joined in cleaning, 参会单位自治区发展和改革委员会: the label is no part of a name)
                # (…部门代表和规划编制单位某院参加会议: the role names no unit)
                part = re.sub(r"^(?:和|及|与|以及)?(?:规划|方案|文本)?(?:编制|起草|承担|技术支撑)单位", "", part)
                part = re.sub(r"^(?:部分|有关|相关|各|了)", "", re.sub(r"^[^：:]{0,8}[：:]|^(?:参会|出席|列席|参加|与会)?(?:单位|人员|部门)(?=[\u4e00-\u9fff]{4})", "", part.strip()))
                if university_part(part):
                    school = split_office(part)[0]
                elif school and _COLLEGE.fullmatch(part):
                    part = school + part
                if 3 <= len(part) <= 30 and is_unit(part) and part not in names and not _VENUE.search(part):
                    names.append(part)
    return names


# The hearing's officers and the drafters named in its head (听证人：裘某（…）、宁某（…） / 起草单位代表：苗某（…）).
_OFFICERS = re.compile(r"^\s*(?P<role>听证人|听证员|起草单位代表|起草单位|起草部门代表)\s*[：:]\s*(?P<names>.+)$")


def officers(doc: Doc) -> dict[str, str]:
    """Names of a hearing's officers and the drafters' representatives: their words are answers, not opinions."""
    found: dict[str, str] = {}
    for ps, pe in doc.paras[:20]:
        line = doc.clean[ps:pe]
        if line.startswith("列席"):  # 列席：县文旅局  黄某（副局长、规划起草组组长）: the drafters answer
            for d in re.finditer(r"([\u4e00-\u9fff]{2,3})[（(][^（）()]*(?:起草|编制)[^（）()]*[）)]", line):
                if person_name(d.group(1)):
                    found[d.group(1)] = "起草方答复"
        m = _OFFICERS.match(line)
        if not m:
            continue
        for piece in re.split(r"[、，,；;]", re.sub(r"[（(][^（）()]*[）)]", "", m.group("names"))):
            piece = piece.strip()
            # (市司法局立法一处 郑某某, its space lost in cleaning: the body, then the name)
            name = next((piece[-n:] for n in (3, 2) if len(piece) > n and person_name(piece[-n:]) and is_unit(piece[:-n])), piece)
            if person_name(name):
                found[name] = "起草方答复" if m.group("role").startswith("起草") else "听证人发言"
    return found


def _key(name: str) -> str:
    return name.replace("和", "").replace("委员会", "委").replace("人民政府", "政府")


def _to_university(d: Draft) -> None:
    """A college's opinion is its university's, the college kept as office."""
    if university_part(d.department):
        d.department, d.meta["office"] = split_office(d.department)


def full_names(doc: Doc, drafts: list[Draft]) -> None:
    """A speaker's unit by its short name (省卫生健康委) takes the full name the opening paragraph
    lists among those attending (甘肃省卫生健康委员会), when exactly one listed name ends like it."""
    listed = _attendees(doc)
    regions = Counter(m.group(1) for f in listed if (m := re.match(r"(?![省市县州])([\u4e00-\u9fff]{2,8}?(?:省|自治区))", f)))
    top = regions.most_common(1)
    region = top[0][0] if top and top[0][1] * 3 >= 2 * sum(regions.values()) else None
    opening = doc.clean[:doc.paras[min(len(doc.paras), 8) - 1][1]] if doc.paras else ""
    place_of = cache(lambda level: _place(doc, opening, level))  # once per level, not per speaker
    for d in drafts:
        if not d.department:
            continue
        _to_university(d)  # 某学院建筑与规划学院: the college speaks for its university
        if d.speaker and re.search(r"(?:人大代表|政协委员)$", d.department):
            # 区人大代表张秀兰 named in full among those attending (北京市朝阳区人大代表张秀兰)
            # (a name starts after anything but a Chinese character: a roster's columns joined in cleaning
            # read …范某大队长代表委员市人大代表蒋某, and 范某大队长代表委员市 is no place)
            full = re.search(rf"(?<![\u4e00-\u9fff])(?:以及|及|和|与|还有)?([\u4e00-\u9fff]{{0,10}}?(?:人大代表|政协委员))\s*{re.escape(d.speaker)}", opening)
            if full and full.group(1).endswith(d.department) and len(full.group(1)) > len(d.department):
                d.department = full.group(1)
                continue
        if region and d.department.startswith("省"):
            d.department = region[:-1] + d.department  # 省人大代表 at a meeting of 河北省 units
            continue
        found = [] if d.department in listed else [
            f for f in listed if len(f) > len(d.department)
            and (_key(f).endswith(_key(d.department)) or abbreviates(d.department, f)
                 or f.startswith(d.department) and f[len(d.department):] in ("人民政府", "政府"))]
        if not found and _DISTRICT.match(d.department):
            # 滨河区人民政府 speaking, named in full elsewhere in the record (临河市滨河区人民政府 王某某)
            # (at the start of a line or in a list, not inside a sentence: 近日，吴忠市利通区政协… tells a story)
            found = list(dict.fromkeys(re.findall(rf"(?:^|\n|[、：:])[ \t\u3000]*([\u4e00-\u9fff]{{2,6}}?[市州盟]"
                                                  rf"{re.escape(d.department)})", doc.clean)))
        if len(found) == 1:
            d.department = found[0]
            _to_university(d)  # 交通运输学院 named in full, 某交通大学交通运输学院: the university
        if d.department[0] in "市县省州" and (place := place_of(d.department[0])):
            d.department = place + d.department[1:]  # 市生态环境局 at a meeting 兰州市自然资源局 called
        elif _TOWN.match(d.department) and (place := place_of("县")) and not _places(opening, "县"):
            # 城关镇人民政府 at a meeting of 柏林县's organs all named short; an opening that names the
            # county's organs in full (白石县教育局…城关镇人民政府) names the town as it wants it
            d.department = place + d.department
        elif ((district := _CITY_DISTRICT.match(d.department)) and not _BELOW_DISTRICT.search(d.department)
              and (place := place_of("市")) and place[0] not in "区县省市州镇乡"
              and not re.search(rf"[\u4e00-\u9fff]{{2,6}}?[市州盟]{re.escape(district.group(0))}", doc.clean)):
            # (a district told in full inside a story, 近日，吴忠市利通区政协对…进行了调研, is the story's: the
            # record named its speakers short on purpose)
            # 栎桥区人民政府 / 栎桥区人大代表 at a meeting of 蓼滨市's organs: the city's district (a county
            # keeps its own name: 凫溪县人民政府 is how it signs)
            d.department = place + d.department
        if _BARE_TOWN.search(d.department) and not re.search(r"村|社区|园区", d.department):
            # 槲埠镇 among the units speaking: the town's government (某县某镇人民政府, 某街道办事处)
            d.department += "办事处" if d.department.endswith("街道") else "人民政府"


# A township named alone as a unit that speaks (槲埠镇, 矶垅乡, 镡泉街道).
_BARE_TOWN = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:[县区市旗])?[\u4e00-\u9fff]{1,4}(?:镇|乡|街道)$")


# A district's own organ or deputies (栎桥区人民政府, 栎桥区住建局, 栎桥区人大代表), not 社区 / 园区 / 自治区.
_CITY_DISTRICT = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?<![社园小景片城校厂矿营治新])区(?!域)")
_BELOW_DISTRICT = re.compile(r"村|社区|街道|镇|乡|居委|居民委员会|学校|小学|中学|医院|公司")
_DISTRICT = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:区|县|旗)(?!域)")
_TOWN = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?:人民政府|政府|办事处)?$")
def _place(doc: Doc, opening: str, level: str) -> str | None:
    """The one city (``level`` 市), county (县), prefecture (州) or province (省) of a meeting: the one
    whose organs the opening names in full (兰州市自然资源局), else the one the title and the drafts'
    names in 《》 start with (临江市国土空间生态修复规划…纪要); None when there are none or several."""
    places = _places(opening, level) if level != "省" else set()
    if places:
        return places.pop() if len(places) == 1 else None
    title = [doc.clean[ps:pe] for ps, pe in doc.paras[:3]]
    return head_place([t for t in title if len(t) <= 60 and not t.rstrip().endswith("。")], opening, level)


def _places(text: str, level: str) -> set[str]:
    """The cities (``level`` 市) or counties (县) whose organs ``text`` names in full (兰州市自然资源局)."""
    organ = r"(?=[\u4e00-\u9fff]{1,12}?(?:局|委员会|委|厅|办公室|人民政府|政府|中心|院))"
    name = r"[^\W\d_由在向于对经会议及和与为将把从等召开组织邀请参加听取现按报请送交提]"  # 会议由市… names no city
    # (a name starts after anything but a Chinese character: the start, punctuation, a space)
    # (主持：何某某　市住房和城乡建设局副局长: after a label for a person, a name, no city)
    # (某区城市管理局 names no city 某区城: the 市 of 城市管理, and a district is inside a city, not one)
    return {m.group(1) for m in re.finditer(rf"(?<![\u4e00-\u9fff])(?![市县区省州])({name}{{2,4}}?{level}){organ}", text)
            if len(m.group(1)) >= 3 and not _PERSON_LABEL.search(text, 0, m.start()) and not _SOME.match(m.group(1))
            and not (level == "市" and (re.search(r"[区县]", m.group(1)[:-1])
                                        or (m.group(1).endswith("城市") and text.startswith("管理", m.end(1)))))}


# Words that count or pick out units, not a place (部分市政协委员, 各市县人民政府, 有关市直部门).
_SOME = re.compile(r"部分|各|有关|相关|其他|其它|全体|若干|多个|个别|所有|全")
_PERSON_LABEL = re.compile(r"(?:主持人?|记录人?|整理|审核|签发|联系人|主讲|发言人)\s*[：:]\s*$")
