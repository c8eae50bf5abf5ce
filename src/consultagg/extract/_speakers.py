"""Who speaks in minutes: a speaker phrase read as a person, a group or a unit.

``李明（市政协委员）：……`` opens a record line; ``自治区统计局陈静副处长表示`` names a speaker before a
verb of speech; 他 / 她 / 该局 point back to the one named before.

Examples
--------
>>> colon_speaker("群众代表（个体工商户）贺先生：建议给予补偿。")[0]
('person', '贺先生', '群众代表（个体工商户）', '社会公众')
"""

from __future__ import annotations

import re

from consultagg.extract._base import UNIT_SUFFIX, Doc
from consultagg.extract._parts import EXPERTS, PUBLIC, TITLES as _TITLES, org_of
from consultagg.extract._record import ACADEMIC_TITLE as _ACADEMIC_TITLE, DOT_NAME
from consultagg.extract.units import SURNAMES, is_unit, person_name, split_office

__all__ = ["FIELD_LABEL", "by_name", "capacity_named", "chairs", "colon_speaker", "signed_in_person"]

_MENTION = re.compile("(?:" + "|".join(_TITLES) + ")")
_TITLED = re.compile("(?:" + "|".join(_TITLES) + ")$")  # (程委员, 林教授: a surname and a post, no name)
_AFTER_NAME = re.compile(r"(?:结合|表示|说|认为|谈|提|指出|在|对|就|围绕|强调|建议|介绍|发言|也|还|则|从|[，,。])")
_GROUP = re.compile(r"委员们|代表们|专家们|与会|参会|大家|各位|群众|居民们|各部门|各单位|有关部门|相关部门|人员")
_GROUP_END = re.compile(r"(?:们|人员|代表|委员|专家|大家|群众|居民|村民|部门|单位|负责人|企业|商户|业主)$")
_NOT_SUBJECT = re.compile(r"^(?:按照|根据|对于|关于|收集|办理|解决|针对|通过|结合|听取|梳理)")

_ADVERBS = re.compile(r"(?:也|还|则|又|都|均|一致|纷纷|普遍|首先|最后|随后|接着|进一步|在发言中|发言时|补充|同时)+$")

# (群众代表（个体工商户）贺先生： — a capacity, its detail in brackets, then the name)
_COLON = re.compile(r"^(?P<sp>[^，,。；;：:“”！？!?\s（）()]{2,30}?)(?:[（(](?P<inner>[^（）()]{2,30})[）)](?:(?!插话|补充|回应|答复|发言)(?P<name>[\u4e00-\u9fff·]{2,5}?))?)?"
                    r"(?:插话|补充|回应|答复|发言)?\s*[：:]")
# A person named as people are called (贺先生, 谢阿姨, 伍师傅, 李某某).
_CONNECTIVE = re.compile(r"但是?|可是|不过|所以|因此|因而|而且|并且|同时|另外|此外|然后|最后|首先|其次|再次|总之|当然|那么")
_NAMED_MEMBER = re.compile(r"(?:代表|委员)[\u4e00-\u9fff]{2,3}$")
_CALLED = re.compile(r"[\u4e00-\u9fff](?:先生|女士|阿姨|师傅|大爷|大妈|大姐|大哥|老师|某某|某)$")

def _mentioned(text: str):
    """The last person introduced with a title in ``text`` ("……书记杨海龙结合……。他说"), for 他/她."""
    found = None
    for m in _MENTION.finditer(text):
        e = m.end()
        fits = [n for n in (3, 2) if len(text[e:e + n]) == n and text[e] in SURNAMES
                and _AFTER_NAME.match(text, e + n)]
        # "孙丽说，" is 孙丽 + 说 rather than 孙丽说 + ，: a following word beats a following comma
        size = next((n for n in fits if text[e + n] not in "，,。"), fits[0] if fits else 0)
        start = max(text.rfind(c, 0, m.start()) for c in "，。；！？”") + 1
        if size:
            who = _speaker(text[start:e + size])
            found = who if who and who[1] else found
        elif _AFTER_NAME.match(text, e) and not re.search(r"[、：:]|建议|希望|要求|请", text[start:e]) \
                and (who := _speaker(text[start:e])) and who[0] == "person" and who[1]:
            found = who  # 溪畔街道办事处邓某副主任介绍了…。他提出，: the name before the title
    return found

# A unit named by a pronoun (该局副局长张某某表示): the unit spoken of just before.
_PRONOUN_ORG = re.compile(r"该(?:局|厅|委|委员会|办|办公室|单位|部门|院|校|公司|中心|会|所|站|处|集团|政府)")


_NAME_BEFORE_TITLE = re.compile(r"[\u4e00-\u9fff·]{2,6}(?:" + _ACADEMIC_TITLE + r"|委员|(?:常务)?副?主任(?:委员)?)")


def _speaker(phrase: str, previous=None):
    """(kind, name, title, org) for a speaker phrase, kind in person/group/org, or None."""
    who = _speaker_of(phrase, previous)
    if who and who[0] == "person" and who[3] and who[3] != PUBLIC and _PUBLIC_ROLE.match(phrase) \
            and not re.search(r"人大代表|政协委员", phrase) and not _COMMUNITY.search(who[3]):
        who = who[:3] + (PUBLIC,)  # 居民代表王某（某小区）: a resident, whatever the estate (a 社区 or 村 speaks as one)
    if who and who[0] == "person" and not who[1] and who[2] and who[3] and _NAME_BEFORE_TITLE.fullmatch(who[2]) \
            and who[2].startswith(who[3]) and len(who[2]) > len(who[3]) and not is_unit(who[3]) \
            and (who[3][0] in SURNAMES or (len(who[3]) >= 4 and not _NO_NAME.search(who[3]))):
        # 乌兰托娅教授 / 苏和巴特尔研究员 / 萨仁高娃委员: a name of four or more characters before the title, no unit
        # (娜仁高娃: a name that starts with no surname, four characters or more)
        who = ("person", who[3], who[2][len(who[3]):], None)
    if who and who[3] and _PRONOUN_ORG.fullmatch(who[3]):
        prev = previous() if callable(previous) else previous
        who = who[:3] + ((prev[3] if prev and prev[3] and not _PRONOUN_ORG.fullmatch(prev[3]) else None),)
    return who


# Words before a title that say what kind of expert, not who (特邀专家教授, 资深研究员).
_NO_NAME = re.compile(r"专家|代表|特邀|资深|退休|知名|高级|首席|客座|兼职|外聘|评审|咨询|[省市县区州]|[的之与和及]")
_SOME_EXPERTS = re.compile(r"(?:(?:还|另|也)?有(?:的|些|位|一些)?|部分|个别|少数|多位|几位)(?:与会|参会|特邀)?专家们?")


def _speaker_of(phrase: str, previous=None):
    p = _ADVERBS.sub("", re.sub(r"^(?:座谈会上|会上|会议上|调研中|讨论中|发言中|在发言中|其中)", "", phrase)).strip()
    p = re.sub(r"(?:在)?发言(?:时|中)?$", "", p)  # 河池市生态环境局代表发言（指出）
    p = re.sub(r"^(?:听证)?(?:陈述人|参加人|发言人|代表)[、，,]", "", p)  # 陈述人、X公司经理某某: the role in the meeting
    if _CONNECTIVE.fullmatch(p) or _FIELD_WORD.fullmatch(p):
        return None  # …我们是支持的，但是建议…: a word that joins clauses; 原文：/ 理由：: a field, no speaker
    if _SOME_EXPERTS.fullmatch(p):
        return ("person", None, phrase, EXPERTS)  # 有与会专家提出，… / 还有专家建议，…: experts not named
    if p in ("他", "她", "其"):
        return previous() if callable(previous) else previous
    if not p or len(p) > 40:
        return None
    if (on_behalf := re.fullmatch(r"(?P<who>.{2,30}?)代表(?P<org>[^，,。：:（）()]{2,20})", p)) \
            and (who := _speaker(on_behalf.group("who"))) and who[0] == "person" \
            and (is_unit(on_behalf.group("org")) or re.search(r"(?:联|会|委)$", on_behalf.group("org"))):
        # 民盟东陵省委会副主委陈芳代表民盟省委会（发言）: the body spoken for, named in full where the title has it
        org, own = on_behalf.group("org"), who[3] or who[2] or ""
        inside = re.match(".*?".join(map(re.escape, org)), own)  # 民盟省委会 in 民盟东陵省委会副主委
        return ("person", who[1], who[2], own[:inside.end()] if inside else org)
    bracket = re.fullmatch(r"(?P<a>[^（(]{2,20})[（(](?P<b>[^）)]{2,30})[)）]", p)
    if bracket:  # 陈某某（兰州市政协委员）: one is the name, the other the title or unit
        a, b = _speaker(bracket.group("a")), _speaker(bracket.group("b"))
        if a is None and b and b[0] == "person" and not b[1] and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", bracket.group("a")) \
                and not re.search(UNIT_SUFFIX + "$", bracket.group("a")):
            return ("person", bracket.group("a"), b[2], b[3])  # 格桑（消费者代表，某街道居民）: a name no surname list knows
        if named := _named_in_capacity(bracket.group("a"), b):
            return named
        if a and a[1] and _TOOK_PART.fullmatch(bracket.group("b")):
            return a  # 退休特级教师某某（特邀）: how they took part, not who they are
        if unlisted := _unlisted_name(a, b):
            return unlisted
        name = next((w[1] for w in (a, b) if w and w[1]), None)
        title = bracket.group("b") if a and a[1] else bracket.group("a")
        if a and a[1] and a[3] == EXPERTS and not is_unit(org_of(title) or ""):
            return ("person", a[1], f"{a[2]}（{title}）", EXPERTS)  # 特邀专家某某（正高级工程师）: an expert, the title in brackets
        return ("person", name, title, org_of(title) or title) if name else (a or b)
    if _GROUP.search(p):
        if _GROUP_END.search(p) and not _NOT_SUBJECT.match(p):
            return ("group", None, p, None)
        if not (_CALLED.search(p) or _NAMED_MEMBER.search(p)):  # (群众代表谢阿姨, 从业人员代表罗某某: one person)
            return None
    if dotted := re.fullmatch(f"({DOT_NAME.replace('{1,8}', '{1,8}?')})((?:{'|'.join(_TITLES)})?)", p):  # 阿不都热合曼·买买提教授
        rest = dotted.group(2) or None
        return ("person", dotted.group(1), rest, org_of(rest) if rest else None)
    title = next((t for t in _TITLES if p.endswith(t)), None)
    if title and re.search(r"(?:常务)?副$", p[:-len(title)]):
        title = re.search(r"(?:常务)?副$", p[:-len(title)]).group(0) + title  # 祁某某副主任委员: 副 goes with the post
    if title and len(p) > len(title) + 1:  # 自治区统计局陈静副处长 / 马建军副厅长: the name before the title
        rest = p[:-len(title)]
        for size in (3, 2, 1):  # 1: a surname before the title (农局长)
            name, before = rest[-size:], rest[:-size]
            if size == 1 and not before:
                continue
            if (len(name) == size and name[0] in SURNAMES and not re.search(UNIT_SUFFIX + "$", name)
                    and (not before or re.search(UNIT_SUFFIX + "$", before)
                         or (size > 1 and any(before.endswith(t) for t in _TITLES)))):  # (某学院院长蒋某某教授)
                return ("person", name, before + title, org_of(before + title) if before else None)
    for size in (3, 2, 4):
        name, before = p[-size:], p[:-size]
        if len(name) < size or (name[0] not in SURNAMES and name[:2] not in ("欧阳", "司马", "上官", "诸葛")):
            continue
        if re.search(UNIT_SUFFIX + "$", name) or name in _TITLES:
            continue  # 市司法局, 市城市管理局: a unit, though 司 and 管 are surnames; 居民 is a capacity
        if not before or any(before.endswith(t) for t in _TITLES) or re.search(UNIT_SUFFIX + "$", before):
            return ("person", name, before or None, org_of(before))
    if title and (named := _NAME_AFTER_UNIT.fullmatch(p[:-len(title)])) and not _NOT_A_NAME.search(named.group("name")) \
            and not re.search(UNIT_SUFFIX, named.group("name")) and is_unit(named.group("before")):
        # 北疆农牧大学资源与环境学院巴图孟和教授: the body, a name no surname list knows, the title
        return ("person", named.group("name"), named.group("before") + title, org_of(named.group("before") + title))
    if any(p.endswith(t) for t in _TITLES):
        return ("person", None, p, org_of(p))
    if (after := _NAME_AFTER_POST.fullmatch(p)) and not re.search(UNIT_SUFFIX + "$", after.group("name")) \
            and (not after.group("before") or re.search(r"[处科室局厅委署院]$|人大$|政协$|" + UNIT_SUFFIX + "$", after.group("before"))) \
            and not any(t in after.group("name") for t in _TITLES) and not _NOT_A_NAME.search(after.group("name")):
        # 资源开发处副处长娜仁 / 副秘书长孟和巴雅尔: a post, then a name no surname list knows
        post = after.group("before") + after.group("post")
        return ("person", after.group("name"), post, org_of(post) if after.group("before") else None)
    if re.search(UNIT_SUFFIX + "$", p) and len(p) >= 3:
        return ("org", None, None, split_office(p)[0])  # 省财政厅社会保障处 speaks for 省财政厅
    return None


def _unlisted_name(a, b):
    """其木格教授（某大学某学院）: a name no surname list knows before a title, the body in brackets; or None."""
    if a and a[0] == "person" and not a[1] and a[2] and a[3] and a[2].startswith(a[3]) and not is_unit(a[3]) \
            and b and b[3] and is_unit(b[3]) and re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", a[3]) \
            and a[2][len(a[3]):] not in ("代表", "委员"):  # (乌云其其格代表（某嘎查党支部书记）: a deputy, in that capacity)
        return ("person", a[3], a[2][len(a[3]):], b[3])
    return None


# A body, then a name of two to six characters (…学院巴图孟和, before a title).
_NAME_AFTER_UNIT = re.compile(rf"(?P<before>.+{UNIT_SUFFIX})(?P<name>[\u4e00-\u9fff·]{{2,6}})")
# A post, then a name of two to six characters (…处副处长娜仁, 副秘书长孟和巴雅尔), and words that are no name.
_NAME_AFTER_POST = re.compile(r"(?P<before>.{0,30}?)(?P<post>(?:常务)?副?(?:" + "|".join(_TITLES) + r"))(?P<name>[\u4e00-\u9fff·]{2,6})")
_NOT_A_NAME = re.compile(r"[的了与及在对就从把被说表示认为提出指出强调建议介绍同志们等意见组会部局处科室院所团队签字名单表户]|联系|负责|经办|填表|记录|^和|助理")
# The label of a point's field (原文：… / 理由：… / 说明：…), though 原 and 说 are surnames.
_FIELD_WORD = re.compile(r"(?:原文|原条文|原表述|现表述|条文原文|理由|依据|说明|备注|修改为|结论|现状|位置|页码|出处|示例|"
                         r"(?:修改|具体|审核|技术)(?:建议|意见))(?:表述|内容)?|"
                         r"来电(?:时间|单位|人|号码|电话)|接听人|记录人|事由")  # (the fields of a call's record)
# A line opening with such a label (原文：“…。” quotes the draft, 修改建议：… is the point): no one speaks.
FIELD_LABEL = re.compile(rf"\s*(?:{_FIELD_WORD.pattern})\s*[：:]")
_ON_BEHALF_LEAD = re.compile(r"\s*(?:我)?代表[^：:，,。]{1,10}?(?:提|说|谈|讲|发言)")
# A member of the public named by their role before the name (居民代表王某（某小区，退休教师）): the
# bracket says where they live or what they do, not a body they speak for.
_PUBLIC_ROLE = re.compile(r"\s*(?:居民|村民|市民|群众|业主|消费者|网民|家长)代表")


_COMMUNITY = re.compile(r"(?:社区|(?<!新)村|街道|镇|乡|委员会|居委会|村委会)$")


# How a speaker took part, in brackets after the name (特邀, 列席, 书面发言, 补充发言): not who they are.
_TOOK_PART = re.compile(r"特邀|特约|列席|书面(?:发言)?|视频(?:发言|连线)?|线上|代(?:发言|读)?|补充(?:发言)?|再次发言|插话")
# A body named by its own place or kind, not a department inside another (人力资源部, 招聘主管, 副总经理).
_BODY_OF_ITS_OWN = re.compile(r"[省市县区州盟旗乡镇村]|自治区|国家|中国|公司|集团|大学|学院|医院|协会|商会|学会|研究院|研究所|委员会|人大|政协")


def _named_in_capacity(outer: str, inner_who) -> tuple | None:
    """苏和巴雅尔代表（自治区人大代表）: a name of up to six characters before 代表/委员, the capacity in brackets."""
    if inner_who and re.search(r"(?:人大代表|政协委员)$", inner_who[3] or "") \
            and (m := re.fullmatch(r"([\u4e00-\u9fff·]{2,6}?)(?:代表|委员)", outer)):
        return ("person", m.group(1), inner_who[2], inner_who[3])
    return None


def colon_speaker(t: str):
    """``李明（市政协委员）：……`` / ``自治区发展改革委：……`` opening a paragraph: (who, content start)."""
    m = _COLON.match(t)
    if not m and (alias := _OFFICE_ALIAS.search(t, 0, max(0, t.find("：")))):
        # 省农业农村厅科技教育处（农业生态环境处）调研员某某：… — an office's other name in brackets
        who, at = colon_speaker(t[:alias.start()] + t[alias.end():])
        return (who, at + alias.end() - alias.start()) if who else (None, 0)
    if not m or not t[m.end():].strip() or _ON_BEHALF_LEAD.match(t):
        return None, 0  # (代表社区提两点：… is the speaker above speaking for their body)
    sp, inner = m.group("sp"), m.group("inner")
    if inner and m.group("name"):  # 群众代表（个体工商户）贺先生: the capacity and its detail, then the name
        who = _speaker(sp + m.group("name"))
        if not (who and who[0] == "person" and who[1]):
            return None, 0
        org = (who[3] if who[3] and (who[3] == PUBLIC or is_unit(who[3]) or re.search(r"(?:人大代表|政协委员)$", who[3]))
               else org_of(inner) or PUBLIC)
        return ("person", who[1], f"{sp}（{inner}）", org), m.end()
    if inner and _TOOK_PART.fullmatch(inner):
        inner = None  # 詹某（补充发言）：… — how they spoke, not who they are
    if inner and (unlisted := _unlisted_name(_speaker(sp), _speaker(inner))):
        who = unlisted
    elif inner and (named := _named_in_capacity(sp, _speaker(inner))):
        who = named
    elif inner:  # one of the two is the name, the other the title or unit
        a, b = _speaker(sp), _speaker(inner)
        name = next((w[1] for w in (a, b) if w and w[1]), None)
        title = inner if a and a[1] else sp
        org = org_of(title) or title
        if a and a[1] and a[3] and is_unit(a[3]) and not _BODY_OF_ITS_OWN.search(org):
            # 某精密机械有限公司詹某（人力资源部经理）：… — the company before the name, the post inside it
            title, org = f"{a[2]}{inner}", a[3]
        if a and a[1] and a[3] == EXPERTS and not is_unit(org):
            title, org = f"{a[2]}（{inner}）", EXPERTS  # 特邀专家某某（高级工程师）：… — an expert, the title in brackets
        if name and org not in (PUBLIC, EXPERTS) and not is_unit(org) and not re.search(r"(?:人大代表|政协委员)$", org):
            org = PUBLIC  # 方某（外卖配送员）：… — a trade, no body: a member of the public
        if a and a[1] and a[3] == PUBLIC and not re.search(r"(?:公司|集团|协会|商会|学会|合作社|商行|中心|医院|学校|委员会|局|厅|委)$", org):
            org = PUBLIC  # 居民代表赵某（春晖小区）：… — a resident, where they live in brackets
        who = ("person", name, title, org) if name else (a or b)
    else:
        who = _speaker(sp)
    return who, (m.end() if who else 0)


# An office's other name in brackets inside a speaker's name (科技教育处（农业生态环境处）调研员某某).
_OFFICE_ALIAS = re.compile(r"(?<=[处科室])[（(][^（）()：:]{2,12}[处科室][）)](?=[\u4e00-\u9fff])")


# A paragraph that only names a speaker with a title and the unit in brackets (**某某教授（某大学林学院，
# 专家组组长）**), the speech in the paragraphs below.
_ALONE = re.compile(r"[\u4e00-\u9fff·]{2,4}" + _ACADEMIC_TITLE + r"?\s*[（(][^（）()。；;：:]{2,40}[）)]")


def alone_speaker(t: str):
    """The person a paragraph names as the speaker of the paragraphs below, or None.

    >>> alone_speaker("周某某研究员（省林业科学研究院）")[3]
    '省林业科学研究院'
    """
    t = t.strip()
    if not _ALONE.fullmatch(t):
        return None
    who = _speaker(t)
    return who if who and who[0] == "person" and who[3] else None


# Who chairs a meeting (会议由某某主持 / 主持人：某某 / 某某主持座谈会).
_CHAIR = re.compile(r"(?:会议|座谈会|论证会)?由(?P<who>[^，。；：:]{2,40}?)主持|主持人?[：:]\s*(?P<name>[^，。；\n]{2,30})"
                    r"|(?:^|(?<=[，。；]))(?P<by>[^，。；：:]{2,30}?)主持(?:会议|座谈会|论证会|评审会)")


def chairs(doc: Doc) -> set[str]:
    """Names of whoever chairs the meeting (主持人：X, 会议由……X主持): their words are not opinions."""
    names = set()
    for m in _CHAIR.finditer(doc.clean):
        who = re.sub(r"[（(].*", "", m.group("who") or m.group("name") or m.group("by")).strip()
        if m.group("name") and not person_name(who):
            # 主持人：市司法局副局长魏某 names the chair; 主持人：下面请聂某 is the chair calling a speaker
            said = _speaker(who)
            if not (said and said[0] == "person" and said[2] and said[2].endswith(_TITLES) and who.endswith(said[1] or "-")):
                continue
            names.add(said[1])  # (…副主任刘某: 刘某, not 任刘某)
            continue
        for size in (3, 2):
            name = who[-size:]
            if len(name) == size and (name[0] in SURNAMES or name[:2] in ("欧阳", "司马")):
                names.add(name)
                break
    return names


def by_name(department: str | None, speaker: str | None) -> str | None:
    """A deputy's or a member's capacity with their name (自治区政协委员 and 郭秀英 → 自治区政协委员郭秀英), as their
    letters, chats and table rows name them: two members at one meeting are two proposers. Any other unit as it is.

    >>> by_name("自治区政协委员", "郭秀英"), by_name("自治区财政厅", "马")
    ('自治区政协委员郭秀英', '自治区财政厅')
    """
    if department and speaker and re.fullmatch(r"[\u4e00-\u9fff]{0,12}?(?:人大代表|政协委员)", department) \
            and re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", speaker) and not _CALLED.search(speaker) and not _TITLED.search(speaker):
        return department + speaker
    return department


def member_named(kind: str, name: str | None, title: str | None, org: str | None, head: str) -> tuple:
    """A speaker called 某某委员 / 某某代表 whose name no surname list knows, read as a unit named 某某 (道尔吉委员 →
    unit 道尔吉), read as the member the record's opening names (…及自治区政协委员道尔吉参加会议): the name kept as the
    speaker's and the unit left to the capacity. Any other speaker as it is.

    >>> member_named("person", None, "道尔吉委员", "道尔吉", "…自治区政协委员道尔吉参加会议。")
    ('person', '道尔吉', '委员', None)
    """
    if kind == "person" and not name and org and title in (org + "委员", org + "代表") \
            and re.search(r"(?:人大代表|政协委员)" + re.escape(org), head):
        return kind, org, title[len(org):], None
    return kind, name, title, org


def capacity_named(kind: str, title: str | None, head: str) -> str | None:
    """The capacity of a speaker called 某某代表 / 某某委员 in a record whose opening says deputies or members came
    (部分自治区人大代表、政协委员参加会议 → 自治区人大代表 / 自治区政协委员), or None.

    >>> capacity_named("person", "代表", "…部分自治区人大代表、政协委员参加会议。")  # (部分: some of them)
    '自治区人大代表'
    >>> capacity_named("person", "委员", "…部分自治区人大代表、政协委员参加会议。")
    '自治区政协委员'
    """
    if kind != "person" or title not in ("代表", "委员"):
        return None
    role = "人大代表" if title == "代表" else "政协委员"
    m = re.search(r"(自治区|省|[\u4e00-\u9fff]{0,8}?[市州盟县区旗])?(?:人大代表、?(?:和|及)?政协委员|政协委员、?(?:和|及)?人大代表|"
                  + role + ")", head)
    if not m:
        return None
    place = re.split(r"部分|有关|相关|各|及|和|与|的|等", m.group(1) or "")[-1]  # (部分自治区人大代表; 发展改革委和部分自治区…)
    if len(place) > 1 and place != "自治区" and head.count(place) <= head.count(place + m.group(0)[len(m.group(1) or ""):]):
        place = place[-1]  # (陈晗市政协委员 in a roster run together: a name before 市, no place the record names elsewhere)
    return place + role


# A review an expert was asked for (受邀对《…》进行审阅，现提出个人意见如下): their own words.
_REVIEWED = re.compile(r"受邀|应邀|专家|审阅|评审|咨询|论证")


def signed_in_person(texts: list[str], kinds: list[str], opening: str) -> str | None:
    """The name an expert signs a review with, alone on the line above the date (``texts``: the
    letter's paragraphs, ``kinds``: their parts, ``opening``: its first lines), or ``None``.

    >>> signed_in_person(["受邀审阅规划，现提出个人意见如下。", "建议补充…", "阎树林", "2021年4月18日"],
    ...                  ["body", "body", "signature", "date"], "受邀审阅规划，现提出个人意见如下。")
    '阎树林'
    """
    if not _REVIEWED.search(opening):
        return None
    return next((re.sub(r"\s+", "", t) for t, k in zip(reversed(texts), reversed(kinds))
                 if k == "signature" and person_name(t)), None)
