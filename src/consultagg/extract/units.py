"""Who speaks: a unit's name as written, the organ behind an inner office, and where the name was found.

A drafting office trusts the places a reply names its sender in this order (CONVENTIONS §6): a
form's 填报单位/报送单位 line, the title (``X关于《…》的意见``, ``X意见``), the signature above the
date (落款), the letterhead, an e-mail's 发件人 or signature, a body sentence naming the sender (``X意见如下：``),
and only as a last resort the file name, which is then a guess. An inner office (``…厅科教处``,
``…大学…学院``) speaks for its organ: :func:`split_office` separates the two.

Examples
--------
>>> split_office("自治区农业农村厅科教处")
('自治区农业农村厅', '科教处')
>>> unit_of_field("填报单位（盖章）：自治区交通运输厅　　填报日期：2021年3月10日")
'自治区交通运输厅'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consultagg.extract._base import UNIT_SUFFIX, nospace
from consultagg.text.names import SURNAMES
from consultagg.text.normalize import NUMBERING

__all__ = ["SOURCES", "SURNAMES", "UnitFinding", "abbreviates", "choose_unit", "clean_unit_name", "deputy", "expert_signed", "government_of", "head_place", "is_unit", "joined_signature", "lead_signer", "person_line", "person_name", "posted_name",
           "split_office", "department_of_bureau", "unit_of_cover", "unit_of_field", "unit_of_title", "unit_self_named", "university_part",
           "writes_for_itself"]

#: Where a unit was read, most trusted first; ``文件名`` is a guess.
SOURCES = ("指定", "填报单位", "标题", "落款", "署名", "邮件签名", "版头", "发件人", "正文", "文件名")


# Where an organ's name ends. 办 alone is an organ (外事办) but not the first half of 办公室.
_ORGAN_END = (r"(?:委员会|常委会|海关|办公室|办公厅|人民政府|政府|行政公署|公署|大学|集团|有限公司|公司|协会|联合会|总局|"
              r"研究院|科学院|法院|检察院|医院|政协|人大|党委|办事处|厅|局|委|办(?!公|事处)|院|部(?!门))")
# What an inner office's name ends with; 学院 only inside a 大学; a bureau's 大队 and 中队 (公安局…户政中队).
_OFFICE_END = r"(?:处|科|室|办公室|股|学院|系|部|大队|中队)"
# A committee that coordinates and works through its 办公室, the organ that writes (编办, 安委办, 网信办):
# one of a party committee (省委…委员会), or of a government's standing coordination.
_STANDING_COMMITTEE = re.compile(r"(?:[省市县区州盟旗]委|党委)[\u4e00-\u9fff]{2,14}委员会$|"
                                 r"(?:机构编制|安全生产|食品安全|防灾减灾|减灾|网络安全和信息化|教育督导|爱国卫生运动)委员会$")
# A brigade or a centre and its own office (消防救援支队办公室), tried when no organ's name ends before.
_BRIGADE_OFFICE = re.compile(r"^(.{2,30}?(?:支队|总队|大队|中心))(办公室|综合科|综合处|秘书科|政治处)$")
_ORGANISH = re.compile(r"委员会|政府|公署|大学|公司|集团|[厅局委院]")
_ORGAN_ENDS = re.compile(_ORGAN_END)
_OFFICE = re.compile(rf"^.{{0,12}}?{_OFFICE_END}$")
_SEAL = re.compile(r"[（(]\s*(?:[\u4e00-\u9fff]{0,12}代章|代[\u4e00-\u9fff]{1,10}|盖章|公章|印章|签章|印|章|签字|签名)\s*[）)]")  # (（规划计划处代章）, （代厅办公室）)
_MAIL = re.compile(r"<[^<>]*>|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FIELD = re.compile(r"^\s*(?:\*\*)?(?P<label>填报单位|报送单位|提出单位|来文单位|来电单位|来函单位|反馈单位|出具单位|填报部门|报送部门|单位名称|工作单位|"
                    r"所在单位|单位)\s*(?:[（(][^）)]{0,6}[）)])?\s*[：:]\s*(?:\*\*)?\s*(?P<u>.*?)(?:\*\*)?\s*$")  # (**出具单位：** X: Markdown)
# The same field on a scanned or typed form, its value after spaces or none (工作单位   某学院, its spaces lost
# in cleaning): the value must be a unit.
_FIELD_SPACED = re.compile(r"^\s*(?P<label>工作单位|单位名称|所在单位|填报单位)[ \t\u3000]*(?P<u>[^\s：:].*?)\s*$")
_NEXT_FIELD = re.compile(r"\s{2,}|[\u3000\t]|(?:(?:填报|填表|报送|反馈)(?:日期|时间)|日期|时间|联系人|联系电话|电话|填报人|填表人|审核人|签发人|经办人|手机|邮箱|(?:经办|承办|填报|责任)?处室)\s*[：:]")
_FIELD_DATE = re.compile(r"\s*(?:[12][\dOo]{3}|[〇零○一二三四五六七八九]{4})\s*年\s*[\dOo一二三四五六七八九十]{1,3}\s*月"
                         r"(?:\s*[\dOo一二三四五六七八九十]{1,3}\s*[日曰号])?$")
_TITLE_OF = re.compile(r"^(?P<u>[^，,。；：:《》“”\s]{2,40}?)(?:关于|对《|对\s*[^，。]{0,20}(?:意见|建议)|"
                       r"(?=《[^《》]{2,80}》的?(?:修改|反馈|书面|补充|(?:技术)?(?:审核|审查|评审|论证|咨询))?(?:意见|建议)))")  # (某研究院《某规划》修改意见（批注稿摘录）)
_TITLE_SHORT = re.compile(r"^(?P<u>[^，,。；：:《》“”\s]{2,40}?)(?:的)?(?:反馈意见|修改意见|补充意见|意见建议|书面意见|意见|复函|回函|便函)$")
_SELF = re.compile(r"^(?P<u>[^，,。；：:《》“”\s]{2,40}?)(?:(?:的)?(?:反馈意见|修改意见|意见建议|意见)(?:如下)?"
                   r"|对《[^》]{1,80}》(?:（[^）]{0,12}）)?(?:提出|反馈)?(?:如下|以下)(?:修改)?(?:意见|建议))[：:]")
_PERSON_ROLE = re.compile(r"^[^，。；：:]{0,12}(?:组长|主任|负责人|经办人|联系人|填报人|审核人|签发人|专家)(?:签字|签名)?[：:]\s*"
                          r"[\u4e00-\u9fff·]{2,4}\s*(?:[（(](?:签字|签名)[）)])?$")


@dataclass(frozen=True)
class UnitFinding:
    """A unit as found in a letter.

    Attributes
    ----------
    name : str or None
        The organ as written (an inner office removed).
    source : str or None
        One of :data:`SOURCES`: 指定, 填报单位, 标题, 落款, 署名, 邮件签名, 版头, 发件人, 正文, 文件名.
    confidence : str or None
        ``"high"``, or ``"guess"`` for a name taken from the file name.
    office : str or None
        The inner office the text named (科教处), when it did.
    """

    name: str | None = None
    source: str | None = None
    confidence: str | None = None
    office: str | None = None


def is_unit(t: str) -> bool:
    """Whether a short line is a unit's name (it ends like an organ and is no sentence).

    >>> is_unit("自治区水利厅"), is_unit("建议增加节水内容。"), is_unit("贵州省林业局"), is_unit("贵厅")
    (True, False, True, False)
    """
    t = t.strip()
    return (2 <= nospace(t) <= 40 and not re.search(r"[，。；！？,;!?：:“”《》]", t) and not NUMBERING.match(t)
            and bool(re.search(UNIT_SUFFIX + r"$", t)) and not _NOT_A_NAME.match(t))


# 关于…, 我厅 / 你局 / 贵委 / 各单位: words about a unit, not its name (贵州省林业局 is a name)
_NOT_A_NAME = re.compile(r"关于|[我你贵本](?:厅|局|委|办|院|单位|部门|司|公司|中心|处|市|县|区|省|们|部)|各(?:单位|部门|有关|位|级|地)")


def person_line(t: str) -> bool:
    """A signature line naming a person in a role (专家组组长：某某（签字）) rather than a unit.

    >>> person_line("专家组组长：赵某（签字）")
    True
    """
    return bool(_PERSON_ROLE.match(t.strip()))


def person_name(t: str) -> bool:
    """A line holding only a person's name (a signature under an e-mail or a form).

    >>> person_name("张三"), person_name("水利厅")
    (True, False)
    """
    return _is_person(re.sub(r"\s+", "", t or ""))


def writes_for_itself(poster: str | None) -> bool:
    """Whether whoever posted a public message is an organ or a company writing for itself
    (某建筑设计有限公司), not a person from the public (王**).

    >>> writes_for_itself("石梁蓝峰能源有限公司"), writes_for_itself("王**"), writes_for_itself(None)
    (True, False, False)
    """
    return bool(poster) and is_unit(split_office(poster)[0]) and not person_name(poster)


# Who a poster is, as a platform's 身份 column says it (退休职工, 社区工作者, 企业, 个人): no unit's name.
_IDENTITY = re.compile(r"(?:个人|企业|单位|机关|事业单位|社会组织|社团|其他|其它|匿名|游客|"
                       r"(?:退休|离退休|在职|在校|普通|基层|外来|新)?[\u4e00-\u9fff]{0,4}?"
                       r"(?:职工|员工|市民|居民|村民|群众|网友|公众|志愿者|工作者|从业者|经营者|学生|家长|教师|老师|医生|"
                       r"护士|护工|律师|农民|牧民|农牧民|渔民|工人|个体户|个体工商户|业主|人员|老人|老年人|专家|学者|代表|委员))")


def is_identity(value: str | None) -> bool:
    """Whether a 单位/身份 cell says what kind of person posted (退休职工, 企业) rather than naming a unit.

    >>> is_identity("退休职工"), is_identity("企业"), is_identity("芗河区民政局"), is_identity("市人大代表")
    (True, True, False, False)
    >>> is_identity("牧民（某旗某苏木某嘎查）")
    True
    """
    # (牧民（某旗某苏木某嘎查）: where the poster lives, in brackets after who they are)
    v = re.sub(r"(?<=[\u4e00-\u9fff])[（(][^（）()]{2,30}[）)]$", "", re.sub(r"\s+", "", value or ""))
    return bool(v) and len(v) <= 10 and not is_unit(v) and _IDENTITY.fullmatch(v) is not None \
        and not re.search(r"人大|政协|党代表", v)


def clean_unit_name(t: str) -> str | None:
    """A unit's name without seal marks, mail addresses, quotes and a trailing person's name.

    >>> clean_unit_name("红柳盟生态环境局 监测科 孙丽")
    '红柳盟生态环境局监测科'
    >>> clean_unit_name('"规划处" <ghc@example.cn>')
    '规划处'
    """
    t = _MAIL.sub(" ", _SEAL.sub(" ", t or "")).replace('"', " ").replace("“", " ").replace("”", " ")
    t = re.sub(r"(?<=[\u4e00-\u9fff])\s*[-－—_]+\s*(?=[\u4e00-\u9fff]{2,4}\s*$)", " ", t)  # 财政厅资源环境处-韩立新 (a mail's name)
    parts = t.split()
    # (a person's name after the unit; or a seal's text the scan read beside it, pieces of the name itself:
    # 都仁乌拉盟行政公署   政 公署)
    while len(parts) > 1 and (_is_person(parts[-1]) or (len(parts[-1]) <= 3 and parts[-1] in "".join(parts[:-1]))):
        parts.pop()
    name = "".join(parts).strip(" ，,。：:；;")
    # 芩川县生态环境局（水生态环境股）: the organ and its inner office, read as 某局某股 is
    name = re.sub(r"(?<=[局委厅办院府])[（(]([\u4e00-\u9fff]{1,12}(?:股|科|处|室|办公室))[）)]$", r"\1", name)
    name = re.sub(r"[（(][\u4e00-\u9fff]{0,12}(?:代复|代章|代发|代拟|代签)[）)]$", "", name)  # 某局（产业发展科代复）
    name = re.sub(r"[（(][\u4e00-\u9fff]{1,20}?(?:整理|汇总|执笔|承办|拟稿)[）)]$", "", name)  # 某研究院（规划所整理）: who compiled it
    m = re.match(rf"^(?P<u>.+{UNIT_SUFFIX})(?P<p>[\u4e00-\u9fff]{{2,3}})$", name)
    if m and not is_unit(name) and _is_person(m.group("p")):
        name = m.group("u")  # the spaces between unit and person were cleaned away
    if _OCR_IN_NAME.search(name):
        name = _OCR_IN_NAME.sub(lambda m: _OCR_WORDS[m.group(0)], name)  # 某市教肓局 (a scan's 育 read as 肓)
    for k in (4, 3, 2):  # 都仁乌拉盟行政公署政公署: a seal's text the scan read after the name, its own end again
        if len(name) > 3 * k and name[:-k].endswith(name[-k:]) and is_unit(name[:-k]):
            name = name[:-k]
            break
    if "扃" in name:  # 自治区林业和草原扃: a scan's 局 (扃, a door's bolt, names no body)
        name = re.sub(r"扃(?=$|[\u4e00-\u9fff]{1,10}(?:处|科|室|股|中心|办公室)$)", "局", name)
    if "届" in name:  # 省十三届人大代表某某: the term is no part of who speaks
        name = re.sub(r"(?<=[省市县区州旗盟])第?[一二三四五六七八九十]{1,3}届(?=人大代表|人民代表大会代表|政协委员)", "", name)
    return name or None


# Words of units' names a scan reads wrong (肓 for 育, 坏 for 环, 没 for 设, 刬 for 划), never a name's own.
_OCR_WORDS = {"教肓": "教育", "坏境": "环境", "环镜": "环境", "建没": "建设", "规刬": "规划", "卫牛": "卫生", "发屣": "发展"}
_OCR_IN_NAME = re.compile("|".join(_OCR_WORDS))


def _is_person(w: str) -> bool:
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", w) or re.search(UNIT_SUFFIX + "$", w):
        return False
    return w[0] in SURNAMES or w[:2] in ("欧阳", "司马", "上官", "诸葛")


# A university and one of its own parts (学院, 研究院, 研究所, 系, 处, 办公室, 中心).
_UNIVERSITY_PART = re.compile(r"^(.{2,20}?(?:大学|学院|社会科学院))(.{2,24}?(?:学院|研究院|研究所|系|处|室|办公室|中心))$")
# A design or research institute's 所 (某省城乡规划设计研究院市政规划所) speaks for the institute.
_INSTITUTE_PART = re.compile(r"^(.{2,24}?(?:设计研究院|规划研究院|设计院|研究院))([\u4e00-\u9fff]{2,8}所)$")
# An association's committee or branch speaks for the association (北湖市律师协会环境资源法律专业委员会).
_ASSOCIATION_PART = re.compile(r"^(.{2,20}?(?:协会|学会|商会))(.{2,20}?(?:专业委员会|工作委员会|分会))$")
# A company's own institute (国网某省电力有限公司经济技术研究院) speaks for the company; a 分公司 or 子公司 is one of its own.
# A development zone's committee's own bureau (高新区管委会规划建设局, …开发区管理委员会经济发展局) speaks for the committee.
_ZONE_PART = re.compile(r"^(.{2,30}?(?:管委会|管理委员会))(.{2,12}?(?:局|处|科|办|办公室|部|中心))$")
_COMPANY_PART = re.compile(r"^(.{2,30}?(?:有限公司|有限责任公司|股份公司|集团))((?!.*公司).{2,16}?(?:研究院|研究所|设计院|研究中心|技术中心|"
                           r"(?<=事务|事业|管理|发展|市场|合规|法务|战略|规划|运营|安环|安全|环保|技术|综合|行政|办公)部))$")  # (…股份有限公司政府事务部)


def university_part(name: str) -> bool:
    """Whether ``name`` is a part of a university or an academy (某大学法学院, 某学院建筑与规划学院)."""
    return _UNIVERSITY_PART.match(re.sub(r"\s+", "", name or "")) is not None


_OFFICE_BRACKET = re.compile(r"(.{2,40}?)[（(]([^（）()]{2,14})[）)]")


def split_office(name: str) -> tuple[str, str | None]:
    """The organ and the inner office of a unit's name: an office (处, 科, 室, 办公室, 学院) speaks for its organ.

    Names that merely end like an office (人大常委会法工委, 人民政府办公厅, …中心站) stay whole, and so
    does a government's own 办公室 (a department of its own).

    Examples
    --------
    >>> split_office("自治区教育厅发展规划处")
    ('自治区教育厅', '发展规划处')
    >>> split_office("青原大学资源与环境学院")
    ('青原大学', '资源与环境学院')
    >>> split_office("自治区人大常委会法工委")
    ('自治区人大常委会法工委', None)
    """
    whole = re.sub(r"\s+", "", name or "")
    if (m := _OFFICE_BRACKET.fullmatch(whole)) and _OFFICE.match(m.group(2)) and not _ORGANISH.search(m.group(2)):
        return m.group(1), m.group(2)  # 某县医疗卫生服务共同体（医共体办公室）: the office named in brackets
    if m := _UNIVERSITY_PART.match(whole) or _INSTITUTE_PART.match(whole) or _ASSOCIATION_PART.match(whole) or _COMPANY_PART.match(whole) \
            or _ZONE_PART.match(whole):
        # 宁波大学…研究院…办公室: the university
        return m.group(1), m.group(2)
    # the longest organ whose remainder is an office: 委员会办公室 splits after 委员会, not after 委
    ends = sorted({m.end() for k in range(len(whole)) if (m := _ORGAN_ENDS.match(whole, k))}, reverse=True)
    for end in ends:
        organ, office = whole[:end], whole[end:]
        if nospace(organ) < 2 or not _OFFICE.match(office) or (organ.endswith("办") and office.startswith("事处")):
            continue  # 街道办事处 is an organ, not 街道办 and its 事处
        if organ.endswith(("办公室", "办公厅")) and end - 3 in ends and not organ[:-3].endswith(("政府", "委员会", "常委会")):
            continue  # 某局办公室秘书科 / 某海关办公室: the organ's own office, not an organ of its own
        body = re.sub(_OFFICE_END + "$", "", office)
        if _ORGANISH.search(body) or (office.endswith("学院") and not organ.endswith("大学")):
            continue
        if office.endswith("部") and not organ.endswith(("公司", "集团")):
            continue  # a company's 安全环保部 speaks for it; 党委宣传部 is an organ of its own
        if organ.endswith("政府") and (office == "办公室" or office.endswith(("街道办事处", "街道办"))):
            return whole, None  # a government's 办公室, or its 街道办事处 (派出机关), is an organ of its own
        if office == "办公室" and _STANDING_COMMITTEE.search(organ):
            return whole, None  # 省委机构编制委员会办公室 (编办), 安全生产委员会办公室 (安委办): organs of their own
        return organ, office
    if m := _BRIGADE_OFFICE.match(whole):
        return m.group(1), m.group(2)  # 消防救援支队办公室: a brigade's or a centre's office, when no organ ends before
    return whole, None


# A bureau or a corps inside a department (公安厅交通管理局, 公安厅高速公路交通警察总队): no place of its own.
_BUREAU_IN_DEPARTMENT = re.compile(r"(.{2,24}?厅)([^\W\d_省市县区州盟旗]{2,10}(?:管理局|局|总队))")


def department_of_bureau(name: str) -> str:
    """The department a bureau inside it belongs to (自治区公安厅交通管理局 → 自治区公安厅), else ``name``: whom
    the bureau's official speaks for at a meeting (a letter the bureau signs is its own).

    >>> department_of_bureau("自治区公安厅交通管理局"), department_of_bureau("自治区林业和草原局")
    ('自治区公安厅', '自治区林业和草原局')
    """
    m = _BUREAU_IN_DEPARTMENT.fullmatch(name or "")
    return m.group(1) if m and not m.group(1).endswith("办公厅") else name


# A place at the start of a title or of a draft's name (临江市国土空间…规划, 《北陵省…条例》); not 超大城市
# (州 inside a name before 市 or 省: 杭州市, 贵州省)
_HEAD_PLACE = re.compile(r"(?:^|[《与和、及])([^\W\d_各全本该每省市县州]{1,2}州[省市]|[^\W\d_各全本该每省市县州]{2,3}?[省市县州])")


def head_place(titles, text: str, level: str) -> str | None:
    """The one place of ``level`` (省, 市, 县 or 州) that ``titles`` and the drafts' names in 《》 of
    ``text`` start with, or None when there are none or several.

    >>> head_place(["东陵省节能减排方案意见"], "关于《东陵省“十四五”节能减排综合工作方案》的意见", "省")
    '东陵省'
    >>> head_place(["临江市与南屿市跨界河流联防联治方案"], "", "市") is None
    True
    """
    heads = [*titles, *re.findall(r"《([^《》]{2,60})》", text or "")]
    places = {p for h in heads for p in _HEAD_PLACE.findall(re.sub(r"\s+", "", h))
              if p.endswith(level) and not re.search(r"(?:城|级|都|超|门)[省市县州]$", p)}
    return places.pop() if len(places) == 1 else None


# A county the letter names (。石门县山区…, 与石门县、青田县, 结合石泉县实际): not 农业县, 山区县, 全县, 由县级.
_COUNTY = re.compile(r"(?=([\u4e00-\u9fff]{2}县))")  # two characters before each 县 (石泉县 in 结合石泉县实际)
_NOT_IN_A_NAME = re.compile(r"[将把在对于的是了为从向到由建议请按各全本该每我你他其此这那及与和同等年月日]")
_NOT_A_COUNTY = re.compile(r"(?:[农牧林渔工商]业|山区|贫困|薄弱|偏远|边远|落后|产粮|边境|试点|示范|重点|中心|人口|经济|民族|大|强|小|兄弟|周边|各|全|本|我|该|每|邻)县$")


def own_county(text: str) -> str | None:
    """The one county a letter calls its own (我县, 本县) and names; None when it names none or several.

    >>> own_county("石门县山区道路里程长。结合我县实际，提出以下意见：")
    '石门县'
    >>> own_county("我县与石门县、青田县接壤。") is None
    True
    """
    if not re.search(r"[我本]县", text or ""):
        return None
    named = {m.group(1) for m in _COUNTY.finditer(text)
             if not _NOT_A_COUNTY.search(m.group(1)) and not _NOT_IN_A_NAME.search(m.group(1))
             and text[m.start() + 3:m.start() + 4] not in ("级", "域", "城", "乡", "区")}
    return named.pop() if len(named) == 1 else None


def unit_of_field(line: str) -> str | None:
    """The unit on a form's 填报单位/报送单位/单位名称 line, without seal marks or the next field.

    >>> unit_of_field("报送单位：自治区国资委（盖章）　　联系人：周某")
    '自治区国资委'
    """
    m = _FIELD.match(line or "") or _FIELD_SPACED.match(line or "")
    if not m or (m.re is _FIELD_SPACED and not is_unit(_NEXT_FIELD.split(m.group("u").strip(), maxsplit=1)[0])):
        return None
    value = _SEAL.sub("", m.group("u"))
    value = re.sub(r"(?<=[处科室股部])(?:汇总|整理|承办|代拟|填报)(?=[）)])", "", value)  # （…修复处汇总）: the office that gathered them
    value = _NEXT_FIELD.split(value.strip(), maxsplit=1)[0]
    value = _FIELD_DATE.sub("", value)  # the date written after the unit (its spaces lost)
    value = clean_unit_name(value)
    return value if value and nospace(value) <= 40 and not re.search(r"[，。；！？]", value) else None


# A signer's post in a company or a body (某公司董事长): a deputy writes under it.
_POSTS = "(?:董事长|总经理|经理|主任|书记|院长|校长|教授|医生|局长|主席|会长|村长|社长|所长|厂长|教师|工程师|律师|研究员)"
_POST_OF = rf"[\u4e00-\u9fff（）()]{{2,30}}?{_POSTS}[ \t\u3000]*"  # (某公司董事长　)
# A deputy or a member signing in person (棠州市第十七届人民代表大会代表　吴秀兰 / 市政协委员 何某): writes in
# that capacity, which is the unit (the convention of minutes and e-mails: 自治区人大代表, speaker 王芳).
_DEPUTY = re.compile(r"\s*(?P<place>[\u4e00-\u9fff]{1,12}?)(?:第[一二三四五六七八九十\d]{1,3}届)?"
                     r"(?P<cap>人民代表大会代表|人大代表|政协委员)(?:[：:、，,]?[ \t\u3000]*"
                     # (the deputy's own post between, its line joined in cleaning: …人大代表某公司董事长　苏某)
                     rf"(?:{_POST_OF})?(?P<name>[\u4e00-\u9fff·]{{2,4}})(?:\s*[（(][^（）()]{{2,40}}[)）])?|[：:]?[ \t\u3000]*(?P<long>[\u4e00-\u9fff·]{{5,6}}))?\s*")  # (苏和巴特尔; not after 、: a post)


def deputy(t: str) -> str | None:
    """The capacity a deputy or a member signs in, with the name when the line gives it
    (棠州市人大代表吴秀兰: two deputies are two senders, never one unit), or None."""
    m = _DEPUTY.fullmatch(t)
    if not m or (m.group("long") and re.search(f"{_POSTS}$|{UNIT_SUFFIX}|[某省市县区旗盟]", m.group("long"))):
        return None  # (自治区人大代表某公司董事长: a post, no name of five)
    return m.group("place") + ("政协委员" if m.group("cap") == "政协委员" else "人大代表") + (m.group("name") or m.group("long") or "")


def government_of(place: str) -> str:
    """The government of a place named with its level (某盟 → 某盟行政公署, 某旗 → 某旗人民政府).

    >>> government_of("青禾盟"), government_of("青禾旗")
    ('青禾盟行政公署', '青禾旗人民政府')
    """
    return place + ("行政公署" if place.endswith("盟") else "人民政府")


# An expert signing with where they work in brackets (咨询专家：某某（某研究院研究员）).
_EXPERT_SIGNED = re.compile(r"\s*(?:咨询|评审|论证|特邀|特聘|受邀)?专家(?:签名|签字)?\s*[：:]\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*"
                            r"[（(](?P<aff>[^（）()]{2,60})[)）]\s*")
_EMPLOYER = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:大学|学院|研究院|研究所|研究中心|设计院|中心|公司|集团|厅|局|委员会|委)")


def expert_signed(t: str) -> str | None:
    """The unit an expert signs for: the body they work for, or the expert by name when retired or of none.

    >>> expert_signed("咨询专家：田某某（北湖研究院研究员）"), expert_signed("咨询专家：田某某（北湖研究院研究员，已退休）")
    ('北湖研究院', '田某某')
    >>> expert_signed("专家：韩某（某农业大学草业与草原学院教授）"), expert_signed("专家：韩某（原某研究院院长）")
    ('某农业大学', '韩某')
    """
    if not (m := _EXPERT_SIGNED.fullmatch(t or "")):
        return None
    work = _EMPLOYER.match(m.group("aff"))
    return m.group("name") if re.search(r"退休|(?:^|[，,、；;])原[^，,]{2}", m.group("aff")) or not work else work.group(0)


# A post and a name (某市恒昌农牧业有限公司董事长　苏某): how a deputy signs under the capacity.
_POSTED_NAME = re.compile(_POST_OF + r"(?P<name>[\u4e00-\u9fff·]{2,4})")


def posted_name(t: str) -> str | None:
    """The name when a line is a post and a name (某公司董事长　苏某), as a deputy signs under the capacity, else None."""
    return m.group("name") if (m := _POSTED_NAME.fullmatch(t)) else None


# The deputy or member who leads a suggestion or a proposal (领衔代表：某某（某代表团，…）), and the
# congress or conference named above it (某省人民代表大会常务委员会…).
_LEAD_SIGNER = re.compile(r"\s*(?P<cap>领衔代表|提出代表|领衔委员|提案委员)\s*[：:]\s*(?P<name>[\u4e00-\u9fff·]{2,4})(?![\u4e00-\u9fff])")
_CONGRESS = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,12}?)(?:人民代表大会|人大常委会|政协|政治协商会议)")


def lead_signer(line: str, above: list[str]) -> str | None:
    """The capacity and name a suggestion's lead deputy or a proposal's lead member writes in.

    >>> lead_signer("领衔代表：宓某（某代表团，某村党总支书记）", ["某省人民代表大会常务委员会代表工作委员会"])
    '某省人大代表宓某'
    >>> lead_signer("建议人：自治区政协委员韩某某", [])
    '自治区政协委员韩某某'
    """
    m = _LEAD_SIGNER.match(line or "")
    if not m:
        # 提出人：某某（省政协委员，…）: a proposal's writer named with the capacity in brackets
        if (p := _PROPOSER.match(line or "")) and (cap := re.match(r"(.{0,12}?)(人大代表|政协委员)", p.group("aff"))):
            return cap.group(1) + cap.group(2) + p.group("name")
        # 建议人：自治区政协委员某某 (over a proposal and under it): the capacity, then the name
        return deputy(line[p.end():]) if (p := _PROPOSER_LABEL.match(line or "")) else None
    place = next((c.group("place") for t in above if (c := _CONGRESS.search(t))), "")
    return place + ("人大代表" if "代表" in m.group("cap") else "政协委员") + m.group("name")


_PROPOSER_LABEL = re.compile(r"\s*(?:提出人|建议人|提案人|撰写人)\s*[：:]\s*")
_PROPOSER = re.compile(r"\s*(?:提出人|建议人|提案人|撰写人)\s*[：:]\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*[（(](?P<aff>[^（）()]{4,80})[)）]")


# A cover note over a commented draft naming who comments ((审阅稿）某研究院某某研究员审阅意见见文中批注。…).
_COVER_NOTE = re.compile(r"^\s*(?:[（(][^（）()]{1,8}[)）])?\s*(?P<who>[^。；，,（）()]{2,40}?)(?:的)?(?:审阅|审读|修改|反馈|书面)?意见"
                         r"(?:详)?见(?:文中|下文|正文|文内|文档)?(?:批注|修订)|"
                         # 【某公司反馈：我司修改意见已在文中以批注形式标注，请审阅。】
                         r"^\s*[【\[（(]?\s*(?P<by>[^。；，,：:【】（）()]{2,40}?)(?:反馈|意见|回复)\s*[：:][^。]{0,30}?(?:批注|修订)|"
                         # （审阅稿：某医科大学护理学院 某某，2021.7.11，意见见批注）
                         r"^\s*[【\[（(]\s*(?:审阅稿|审阅人|审读人|批注人|审阅)\s*[：:]\s*(?P<rev>[^，,。：:（）()]{2,40})[，,][^。]{0,30}?(?:批注|修订)|"
                         # （某厅修改稿，意见见批注）
                         r"^\s*[（(【\[]\s*(?P<cov>[^。；，,：:（）()【】]{2,40}?)(?:的)?(?:修改稿|审阅稿|批注稿|修订稿|反馈稿)[，,]\s*(?:修改)?意见(?:详)?见(?:文中)?(?:批注|修订)|"
                         # 【某局修改意见】我局意见已在文中以修订和批注形式标注，…
                         r"^\s*[【\[]\s*(?P<tag>[^。；，,：:【】\[\]]{2,40}?)(?:的)?(?:修改|反馈|审阅|书面)?(?:意见|建议)\s*[】\]][^。]{0,40}?(?:批注|修订)|"
                         # 某旗人民政府反馈意见已在文中以批注形式标注。
                         # (某厅对征求意见稿第十一章的修改意见以批注形式标注于文中: what it commented on, after 对)
                         r"^\s*(?P<put>[^。；，,：:（）()对]{2,40}?)(?:对[^。；，,：:]{0,30}?)?(?:的)?(?:反馈|修改|审阅|书面)?意见"
                         r"(?:已(?:在|于)(?:文中|正文|文内|文档中|原文中)?)?以?(?:批注|修订)(?:形式|方式|模式)?(?:标注|标出|列出|提出)")
# …修改意见以批注形式标注在文中。——某大学某学院 某某 2026年4月11日: the commenter signing the cover note
_DASH_BYLINE = re.compile(r"[—－-]{2}\s*(?P<who>[^—－，,。]{2,48}?)\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*$")
# …以修订和批注方式提出修改意见，…一并报送。（某市发展和改革委员会，2025年9月25日）: the unit and the date in brackets
_BRACKET_BYLINE = re.compile(r"[（(](?P<who>[^（）()，,]{4,40})[，,]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[)）]\s*$")
_TITLE_AFTER = re.compile(r"(?:研究员|副研究员|教授|副教授|高级工程师|工程师|博士|专家|同志|老师)$")


def unit_of_cover(line: str) -> str | None:
    """The unit a commented draft's cover note names, its commenter's name and title aside.

    >>> unit_of_cover("（审阅稿）省林科院郗某某研究员审阅意见见文中批注。省林科院科技处转")
    '省林科院'
    """
    m = _COVER_NOTE.match(line or "") or ((_DASH_BYLINE.search(line or "") or _BRACKET_BYLINE.search(line or ""))
                                         if re.search("批注|修订", line or "") else None)
    who = re.sub(r"\s+", "", next((v for v in m.groupdict().values() if v), "")) if m else ""  # (the one way of naming that matched)
    if (named := re.fullmatch(r"[\u4e00-\u9fff·]{2,4}[（(]([^（）()]{4,40})[)）]", who)) and is_unit(named.group(1)):
        return named.group(1)  # ——某某（某大学某学院）: the commenter's name, the unit in brackets
    if who and not is_unit(who):
        # (the commenter's name, two to four characters, after the unit, a title perhaps after it)
        cut = title.start() if (title := _TITLE_AFTER.search(who)) else len(who)
        who = next((u for n in (2, 3, 4) if is_unit(u := who[:cut - n])), "")
    return who if who and is_unit(who) else None


_PARENT_BODY = re.compile(r"(?:政协|政治协商会议|人民代表大会常务委员会|人大常委会)[\u4e00-\u9fff]{0,12}$|(?:委员会|人民政府|大学)$")
_INNER_BODY = re.compile(r"[\u4e00-\u9fff]{2,16}(?:委员会|办公室|研究室)")


def joined_signature(upper: str, lower: str) -> str | None:
    """A body's committee or office signing on the line under the body (政协某市委员会 ↵
    文化文史和学习委员会): the two as one name, or None when the lower line names a place of its own.

    >>> joined_signature("政协某市委员会", "文化文史和学习委员会")
    '政协某市委员会文化文史和学习委员会'
    >>> joined_signature("自治区住房和城乡建设厅", "建筑节能与科技处")
    '自治区住房和城乡建设厅建筑节能与科技处'
    """
    if _PARENT_BODY.search(upper) and _INNER_BODY.fullmatch(lower) and not re.search(r"[省市县区州旗盟]", lower[:-3]):
        return upper + lower
    if is_unit(upper) and split_office(upper + lower) == (upper, lower):
        return upper + lower  # 某自治区住房和城乡建设厅 ↵ 建筑节能与科技处（代厅）: the organ's office signing for it
    return None


def unit_of_title(title: str) -> str | None:
    """The unit a title names: ``X关于《…》的意见``, ``X对《…》的修改意见``, ``X意见``, ``X的复函``.

    >>> unit_of_title("自治区水利厅意见")
    '自治区水利厅'
    >>> unit_of_title("关于《规划》的意见") is None
    True
    """
    t = re.sub(r"\s+", "", title or "")
    if t[:1] in "（(" and t[-1:] in "）)":  # （某局修改意见见批注及修订）: a cover line over a commented draft
        t = re.sub(r"(?:详)?见(?:批注|修订)(?:[及和与](?:批注|修订))?$", "", t[1:-1])
    m = _TITLE_OF.match(t) or _TITLE_SHORT.match(t)
    if not m:
        return None
    u = m.group("u")
    u = u[:len(u) // 2] if len(u) % 2 == 0 and u[:len(u) // 2] == u[len(u) // 2:] else u  # (a letterhead over its title's own unit line)
    return u if is_unit(u) else None


def unit_self_named(sentence: str) -> str | None:
    """The unit a body sentence names as the sender: ``X意见如下：``, ``X的意见：``.

    >>> unit_self_named("红柳盟生态环境局意见如下：一是……")
    '红柳盟生态环境局'
    """
    m = _SELF.match(re.sub(r"\s+", "", sentence or ""))
    return m.group("u") if m and is_unit(m.group("u")) else None


def _organ_key(name: str) -> str:
    """A name as its abbreviations are compared: 委员会 → 委, a zone's 管理委员会 → the zone."""
    name = re.sub(r"[（()）\s]", "", name)
    name = re.sub(r"(区)管理委员会$|(区)管委会$", r"\1\2", name)
    return re.sub(r"委员会$", "委", re.sub(r"人民政府$", "政府", name))


# The last word of an organ named whole: an abbreviation keeps it as it stands.
_WHOLE_ORGAN_WORD = re.compile(r"(?:科学院|研究院|研究所|设计院|医院)$")


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is an abbreviation of ``full``: its characters in order, the same kind of organ.

    Chinese abbreviations keep characters of the full name in their order (市发改委 / 市发展和改革委员会,
    北方稀土公司 / 中国北方稀土（集团）高科技股份有限公司); the organ's last word is kept too, so
    市委 does not abbreviate 市委宣传部.

    >>> abbreviates("市发改委", "赣州市发展和改革委员会"), abbreviates("市委", "市委宣传部")
    (True, False)
    >>> abbreviates("县工商联", "白石县工商业联合会"), abbreviates("市科协", "北岭市科学技术协会")
    (True, True)
    """
    a, b = _organ_key(short), _organ_key(full)
    if b.endswith("公司") and a.endswith("集团"):  # 某水务集团 / 某水务投资集团有限责任公司
        b = re.sub(r"(集团)(?:股份)?(?:有限)?(?:责任)?公司$", r"\1", b)
    if a.endswith("联") and b.endswith("联合会"):  # 县工商联 / 白石县工商业联合会, 市妇联 / 妇女联合会
        b = b[:-2]
    elif a.endswith("协") and b.endswith("协会"):  # 市科协 / 市科学技术协会
        b = b[:-1]
    if len(a) < 3 or len(b) <= len(a) or a[-1] != b[-1]:
        return False
    if (end := _WHOLE_ORGAN_WORD.search(a)) and not b.endswith(end.group(0)):
        return False  # 某自治区科学院 is an academy, no short name of 某自治区环境科学研究院
    rest = iter(b)
    return all(c in rest for c in a)


_PLACE_ALONE = re.compile(r"[\u4e00-\u9fff]{1,10}[省市县区镇乡旗]")


def choose_unit(found: dict[str, str | None]) -> UnitFinding:
    """The most trusted of the names found, as its organ; ``found`` maps a source to a name.

    >>> choose_unit({"落款": "自治区教育厅发展规划处", "文件名": "教育厅"})
    UnitFinding(name='自治区教育厅', source='落款', confidence='high', office='发展规划处')
    """
    for source in SOURCES:
        name = clean_unit_name(found.get(source) or "")
        if name:
            organ, office = (name, None) if source == "指定" else split_office(name)
            if source != "指定" and office is None:
                # an inner office named alone (发件人：综合规划处) and with its organ elsewhere
                # (云南省交通运输厅综合规划处): the organ
                with_organ = [split_office(c) for n in found.values()
                              if n and (c := clean_unit_name(n) or "") != name and c.endswith(name)]
                with_organ = [(o, f) for o, f in with_organ if f and is_unit(o)]
                if with_organ:
                    organ, office = with_organ[0]
            if source != "指定":
                # the same organ named in full elsewhere (自治区林业局 / 广西壮族自治区林业局): the full name
                fuller = [o for n in found.values() if n and (o := split_office(clean_unit_name(n) or "")[0])
                          and len(o) > len(organ) and (o.endswith(organ) or abbreviates(organ, o)
                                                       or (_PLACE_ALONE.fullmatch(organ) and o.endswith((organ + "人民政府", organ + "政府"))))
                          and is_unit(o)]  # (滢埠镇 in the title, 柘峪县滢埠镇人民政府 signing: the government)
                organ = max(fuller, key=len) if fuller else organ
                if office is None:  # the inner office another source names (发件人：自治区林草局保护处)
                    office = next((f for n in found.values() if n and (o_f := split_office(clean_unit_name(n) or ""))
                                   and (f := o_f[1]) and (organ.endswith(o_f[0]) or abbreviates(o_f[0], organ))), None)
            return UnitFinding(organ, source, "guess" if source == "文件名" else "high", office)
    return UnitFinding()
