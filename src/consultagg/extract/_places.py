"""A unit named short, given its place: 省工业和信息化厅 replying on 《东陵省…方案》 is 东陵省工业和信息化厅;
a department replying with its government's consent for the place (经市政府同意 / 已经区政府审定 … 我市意见) speaks for
the government.

Examples
--------
>>> with_place("省工业和信息化厅", "", "关于《东陵省“十四五”节能减排综合工作方案》的意见")
'东陵省工业和信息化厅'
"""

from __future__ import annotations

import re

from consultagg.extract.units import abbreviates, government_of, head_place, is_unit, own_county

__all__ = ["department_with_region", "for_the_government", "forwarded_for", "passed_on", "passed_on_under", "with_place"]


def with_place(name: str | None, header: str, text: str) -> str | None:
    """A unit named short (省工业和信息化厅, 市交通运输局) with the one place of its level that the title
    or the drafts' names in 《》 start with, or with the places the letter names it with when it
    introduces itself (我们是某县某镇石埂村村民委员会); None when it is named in full or no one place is found."""
    if name and len(name) >= 4 and (own := re.search(r"(?:我们是|我单位是|本单位是|我们|我单位|本单位)\s*(?P<place>(?:[\u4e00-\u9fff]{1,8}?"
                                                 r"(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道))+)" + re.escape(name), text)):
        return own.group("place") + name  # 我们是某县某镇石埂村村民委员会, signed 石埂村村民委员会
    if name and re.match(r"[\u4e00-\u9fff]{2,4}?(?:乡|镇|街道)[\u4e00-\u9fff]{1,6}?(?:村|社区)", name) \
            and (county := head_place([header] if header else [], text, "县")):
        return county + name  # 梣岭乡芎湾村村民委员会 replying on 《某县…规划》: the county's village
    if name and (full := department_with_region(name, f"{header or ''}\n{text or ''}")) != name:
        return full  # 工业和信息化厅 replying on 《自治区…规划》: the region's department
    if not name or name[0] not in "省市县州" or re.match(r"市场|[省市县州]级", name):
        return None  # (a deputy named with the name, 省政协委员某某, takes the one place of its level the title names)
    place = head_place([header] if header else [], text, name[0])
    if not place and name[0] == "县":
        place = own_county(text)  # 石门县山区道路里程长…结合我县实际 / signed 县交通运输局
    return place + name[1:] if place else None


# A provincial department named without its place (工业和信息化厅, 应急管理厅).
_BARE_DEPARTMENT = re.compile(r"(?!区)(?!.*(?:省|自治区|市(?!场)|县|州|盟|旗|地区))[\u4e00-\u9fff]{2,12}厅")
_DRAFT_REGION = re.compile(r"《[“\"]?(自治区|[\u4e00-\u9fff]{2,4}?(?:省|自治区))")


def _region_of_drafts(text: str) -> str | None:
    """The one province or region the drafts' names in 《》 start with (《自治区“十四五”…》)."""
    places = set(_DRAFT_REGION.findall(text or ""))
    return places.pop() if len(places) == 1 else None


def department_with_region(name: str | None, text: str) -> str | None:
    """A provincial department named without its place (应急管理厅 speaking in minutes, 工业和信息化厅 signing a
    mail), with the one province or region the drafts' names in ``text`` start with; else ``name``."""
    return (region + name) if name and _BARE_DEPARTMENT.fullmatch(name) and (region := _region_of_drafts(text)) else name


# A reply made with the government's consent, for the place (经市政府同意 … 我市意见): the government's.
_GOVERNMENT_CONSENT = re.compile(r"(?:已经|已由|经)(?:本)?(?P<level>市|县|区|州|旗|盟)(?:人民)?政府(?:同意|批准|审定|审核)")


def for_the_government(name: str | None, text: str) -> str | None:
    """The government a department's reply speaks for (璟阳市发展和改革委员会 → 璟阳市人民政府) when the
    reply says it was made with the government's consent and gives the place's opinion; else None."""
    if not name or "政府" in name or not (m := _GOVERNMENT_CONSENT.search(text)):
        return None
    level = m.group("level")
    place = re.match(r"[\u4e00-\u9fff]{1,10}?" + level, name)
    if not place or not re.search("(?:我|本)" + level + r"(?:对《[^》]{1,60}》)?(?:的)?(?:意见|建议)", text):
        return None
    return government_of(place.group(0))


# A government's general office (某县人民政府办公室; in a chat also 某县人民政府办, 某市政府办, 某盟行署办), and the words that
# say it writes for the government itself.
_GOVERNMENT_OFFICE = re.compile(r"(.{2,20}?人民政府)(办公室|办公厅)")
_CHAT_GOVERNMENT_OFFICE = re.compile(r"(.{1,20}?[省市区县州旗盟])(?:人民)?(?:政府|(行政公署|行署))办(?:公室)?")
# A chat message passing on its place's government's opinion (我们旗政府的意见：…), whoever sends it.
_RELAYED = re.compile(r"\s*(?:@\S+\s*)?(?:我们|我)?([市区县州旗盟])(?:人民)?政府(?:的)?(?:修改)?意见[：:]")
_SPEAKS_FOR_GOVERNMENT = re.compile(r"经(?:[省市区县州旗盟]|自治区)(?:人民)?政府(?:同意|研究|审定)|"
                                    r"我们?(?:[省市区县州旗盟]|自治区)(?:的|对[^。；]{0,40}?提出(?:如下|以下)?)?(?:书面|修改|反馈)?(?:意见|建议)|"
                                    r"(?:[省市区县州旗盟]|自治区)(?:人民)?政府这边|我们?[省市区县州旗盟]这边|^\s*[市区县州旗盟]里的?(?:意见|建议)")


def office_for_government(name: str | None, text: str, chat: bool = False) -> tuple[str, str] | None:
    """``(government, office)`` when ``name`` is a government's general office and ``text`` speaks for the government
    (经区政府同意，现将我区修改意见函告如下 / 我县意见：…); else None. ``chat``: a work group's short sender names too.

    >>> office_for_government("梧堡县人民政府办", "我县意见：建议…", chat=True)
    ('梧堡县人民政府', '办公室')
    >>> office_for_government("青禾旗生态环境分局", "我们旗政府的意见：建议…", chat=True)
    ('青禾旗人民政府', '青禾旗生态环境分局')
    """
    if not name:
        return None
    if chat and (m := _RELAYED.match(text)) and (place := re.match(r"[\u4e00-\u9fff]{1,10}?" + m.group(1), name)):
        return government_of(place.group(0)), name  # 某旗生态环境分局：我们旗政府的意见：…
    if not _SPEAKS_FOR_GOVERNMENT.search(text):
        return None
    if m := _GOVERNMENT_OFFICE.fullmatch(name):
        return m.group(1), m.group(2)
    if chat and (m := _CHAT_GOVERNMENT_OFFICE.fullmatch(name)):
        return m.group(1) + ("行政公署" if m.group(2) else "人民政府"), "办公室"
    return None


# A cover letter's title that sends on another body's opinions (关于转报市生态环境局对《…》修改意见的函).
_FORWARDS = re.compile(r"关于转(?:报|送|发|呈)(?P<whose>[\u4e00-\u9fff]{2,30}?)(?:对|关于|提出的|的)")
# …and the cover's own words (现将市生态环境局提出的修改意见随文报送，请予研究采纳).
_SENDS_ON = re.compile(r"现将(?![我本])(?P<whose>[\u4e00-\u9fff]{2,30}?)(?:提出|研究提出|反馈)的[^。；]{0,30}?(?:意见|建议)"
                       r"(?:随文|一并|予以)?(?:转报|报送|转送|呈报|转去|送上|报上)")


def forwarded_for(title: str, signed: str | None, text: str) -> str | None:
    """The body whose opinions a cover letter sends on (its attachment signed by it, 柏崚市生态环境局), when the
    title or the cover names it (关于转报市生态环境局对《…》修改意见的函 / 现将市生态环境局提出的修改意见随文报送)
    and the cover does not make them its
    government's (经市政府同意 / 已经区政府审定: :func:`for_the_government`'s case); else None.

    >>> forwarded_for("某市人民政府办公室关于转报市生态环境局对《某规划》修改意见的函", "某市生态环境局", "")
    '某市生态环境局'
    """
    m = _FORWARDS.search(title or "") or _SENDS_ON.search(text[:1500])
    if not m or not signed or _GOVERNMENT_CONSENT.search(text):
        return None
    whose = m.group("whose")
    return signed if signed == whose or signed.endswith(whose[1:] if whose[0] in "省市县区州盟旗" else whose) \
        or abbreviates(whose, signed) else None


# A body passing on others' points with its own (另，我局征求了市直有关部门意见，…提出的意见一并报送如下：).
_PASSES_ON = re.compile(r"(?:一并|随文)(?:报送|转报|报上|呈报|附后|如下)|汇总[^。；：]{0,12}?(?:报送|转报|报上|呈报|报告|附后|如下)"
                        r"|征求了[^。；]{0,20}意见")
# A department gathering its own offices' and affiliated units' points (组织厅内相关处室和直属单位进行了研读): all its own.
_OWN_OFFICES = re.compile(r"(?:厅|局|委|办|院)内(?:相关|有关|各)?(?:处室|科室|部门)|(?:相关|有关|各)处室|直属单位|内设机构")
# (浩日布市住房和城乡建设局： / 呼和乌拉苏木人民政府（经乌兰苏海县人民政府转报）：, a unit named in full, and a
# note in brackets of how its points came)
_UNIT_LEAD = re.compile(r"(?P<unit>(?:省|自治区|市|州|盟|县|区|旗)[^：:，,。；;\s（(]{2,18}|"
                        r"[\u4e00-\u9fff]{1,10}?(?:市|盟|县|旗|区|苏木|镇|乡|街道)[^：:，,。；;\s（(]{2,16}|"
                        # a village's committee (乌达木嘎查村民委员会, 红星村村委会)
                        r"[\u4e00-\u9fff]{1,8}?(?:嘎查|村)(?:村民委员会|村委会|委员会|居民委员会|委会))"
                        r"(?:[（(][^（）()]{2,24}[)）])?[：:]\s*(?=\S|$)")


def passed_on(body: str, own: str | None, text: str) -> tuple[str, int] | None:
    """The body a point passed on is from, with its own place (市发展改革委：建议… in 沙尔泰市生态环境局's reply that
    passes on others' points → 沙尔泰市发展改革委), and where its words start; None when ``text`` passes on nothing.

    >>> passed_on("市发展改革委：建议列入重大工程。", "某市生态环境局", "…提出的意见一并报送如下：")
    ('某市发展改革委', 7)
    """
    m = _UNIT_LEAD.match(body or "")
    if not m or not own or not is_unit(m.group("unit")) or not _PASSES_ON.search(text) or own.endswith(m.group("unit")[1:]) \
            or re.search(r"(?<!办事)处$|[科室股]$", m.group("unit")) or _OWN_OFFICES.search(text[:1500]):
        return None  # (园区发展处：… in a department's reply gathering its own offices' points: the department's)
    return _in_own_place(m.group("unit"), own), m.end()


# A township, a town or a street named without its county (德茂镇, 金桥街道办事处).
_TOWN = r"[\u4e00-\u9fff]{1,8}?(?:街道|镇|乡|苏木)"


def _in_own_place(unit: str, own: str) -> str:
    """``unit`` named short by its level (市发展改革委) given the place of the body passing it on (某市生态环境局 →
    某市发展改革委); a unit named in full, or of the region (自治区…), as it is."""
    place = re.match(r"[\u4e00-\u9fff]{1,10}?" + unit[0], own) if unit[0] in "省市州盟县区旗" else None
    if not place and re.match(_TOWN, unit) and (county := re.match(r"(?!自治区)[\u4e00-\u9fff]{1,10}?(?<!自治)[县区旗]", own)):
        return county.group(0) + unit  # 金桥街道办事处 in a district's 汇总: the district's street office
    return place.group(0) + unit[1:] if place else unit


# A heading naming whose points stand under it (二、某旗人民政府意见 / 四、某苏木人民政府意见（经某旗人民政府转报）).
_UNIT_HEADING = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．])?\s*"
                           r"(?P<unit>[^：:，,。；;\s（()）]{3,30}?)(?:的)?(?:反馈|修改|书面)?(?:意见|建议|意见建议)"
                           r"(?:[（(][^（）()]{2,24}[)）])?[：:]?")


# A government calling what it sends its own view (现将我旗意见汇总如下 / 以区政府名义): not its departments' points passed on.
_OUR_VIEW = re.compile(r"将我(?:[省市区县旗盟]|自治区)(?:的)?(?:修改|反馈)?意见|以[省市区县旗盟]?(?:人民)?政府(?:的)?名义")


def passed_on_under(heading: str, own: str | None, text: str, lead: str = "") -> str | None:
    """The body whose points stand under ``heading`` (二、某旗人民政府意见 over 1.… 2.…), or after ``lead`` (某县人民政府：
    before inline 1．…2．…), in a reply that passes on others' points; None when neither names another body or ``text``
    passes on nothing.

    >>> passed_on_under("二、青禾旗人民政府意见", "某盟生态环境局", "…现将有关意见汇总报送如下：")
    '青禾旗人民政府'
    """
    if own and re.search(r"(?:人民政府|行政公署|政府)$", own) and _OUR_VIEW.search(text):
        return None  # 现将我旗意见汇总如下：一、旗林业和草原局意见…: the government's own view, compiled from its departments'
    if lead and (passed := passed_on(lead + "：", own, text)) and passed[1] > len(lead):
        return passed[0]
    bare = re.sub(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])\s*", "", (heading or "").strip())
    if re.search(r"[、，,]", bare) or re.match(r"(?:各|其他|其余|有关|相关)|(?:街道办事处|乡镇|苏木镇|街道|部门)(?:的)?(?:意见|建议)", bare):
        return None  # 五、某盟统计局、某盟交通运输局 over 无意见。/ 四、各街道意见: no one unit whose points follow
    if bare and (passed := passed_on(bare.rstrip("：:") + "：", own, text)) and passed[1] >= len(bare.rstrip("：:")):
        return passed[0]  # （三）某县人民政府： over 1.… 2.…: the unit alone as the heading
    if own and (town := re.fullmatch(_TOWN, bare.rstrip("：:"))) and _PASSES_ON.search(text) \
            and not own.startswith(town.group(0)):
        return _in_own_place(town.group(0), own)  # 五、德茂镇 in a county government's 汇总: the county's town
    m = _UNIT_HEADING.fullmatch((heading or "").strip())
    if not m or not own or not _PASSES_ON.search(text):
        return None
    unit = m.group("unit")
    parts = re.split(r"[及和与、]", unit)  # (区农业农村和水利局 is one unit; 市统计局和市交通运输局 two)
    if not is_unit(unit) or "等" in unit or own.endswith(unit[1:]) or (len(parts) > 1 and all(
            re.search(r"(?:局|厅|委|委员会|办|办公室|政府|行政公署|中心|院|所|公司|集团|办事处|镇|乡|苏木|协会)$", p) for p in parts)):
        return None
    return _in_own_place(unit, own)
