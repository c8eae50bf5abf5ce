"""The parts of a 公文 around its opinions: letterhead, title, salutation, fields, signature, date, contacts.

GB/T 9704 puts a letter's parts in a fixed order (letterhead, 发文字号, title, salutation, body,
attachment note, signature, date, contact note); a feedback form adds field lines (填报单位（盖章）：…).
:func:`classify` marks each paragraph with the part it is and collects the names of the sending
unit found on the way (see :mod:`consultagg.extract.units` for the order of trust).

Examples
--------
>>> parts = classify(["自治区水利厅意见", "建议增加节水内容。", "2021年3月5日"])
>>> parts.kinds, parts.found
(['header', 'body', 'date'], {'标题': '自治区水利厅'})
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from consultagg.extract._base import (CONTACT, DATE, DOCNO, FAX_HEAD, PREAMBLE, PROBLEM, SALUTATION, SEAL, TAIL_DATE, TITLE, docno_line, nospace)
from consultagg.extract._closing import closes_only
from consultagg.extract._sentences import asks
from consultagg.extract._fields import HANDLING, REASONS, SIGNED_OFF, point_field, routing_lines
from consultagg.extract.units import (clean_unit_name, deputy, expert_signed, government_of, is_unit, joined_signature, lead_signer, person_line, person_name,
                                      posted_name, split_office, department_of_bureau, unit_of_cover, unit_of_field, unit_of_title, unit_self_named)
from consultagg.text.normalize import NAME_TITLED, NUMBERING

__all__ = ["MEETING_FIELD", "PUBLIC", "REASONS", "SEAT_NAMED", "Parts", "classify", "is_title", "org_of", "standalone"]

# A hearing's participant line above their words: 1号听证参加人　索朗卓玛（消费者代表，某街道居民）
#: A hearing participant's number before the name (1号听证参加人　, 发言人3　): minutes read it as numbering.
SEAT = (r"[【\[]?(?:第?[\d一二三四五六七八九十]+号)?(?:听证参加人|听证陈述人|听证代表|发言人|陈述人)\s*"
        r"(?:[\d一二三四五六七八九十]+号?)?[】\]]?\s*(?:(?<=[\d一二三四五六七八九十号])[：:]\s*)?")
#: A hearing's seat and who sits in it (陈述人一：包某某，某区居民 / 陈述人四：某公司 项目经理 甘某某).
SEAT_NAMED = re.compile(r"(?:陈述人|听证参加人|发言人|参加人)[一二三四五六七八九十\d]{0,3}\s*[：:]\s*(?P<rest>[^。；;！？!?]{2,60})")
_SEAT_LINE = re.compile(SEAT + r"[^\s，。；：:]{1,12}(?:[（(][^（）()]{2,40}[)）])?\s*$|"
                        + SEAT_NAMED.pattern + "$")  # (the seat and who sits in it, on a line of its own)
_FORM_NOTE = re.compile(r"^\s*(?:注|备注|说明|填表说明)\s*[：:].{0,60}(?:本表|此表|表格|反馈表|意见表|回执|填表|续页|附页|续下行|见下行|前反馈|前报送|盖章|加盖|对照稿|对照研究|“?【】)|"
                        # 请于7月15日前将本表（加盖公章扫描件）反馈至…: the form's printed request to return it
                        # （请于8月30日前报送市水务局河湖管理科）: when and where to return it
                        r"^\s*[（(]\s*请(?:于|在)[^，。；）)]{2,20}?前(?:将|把)?(?:本表|此表|该表|反馈表|意见表)?(?:报送|反馈|返回|发送|报|交|回传|发至|送至)[^）)]{0,30}[）)]\s*$|"
                        r"^\s*请(?:于|在)?.{0,24}?(?:将|把)(?:本表|此表|该表|反馈表|意见表).{0,40}?(?:反馈|报送|发送|传真|报|返回|回传|发至|送至)|"
                        # 2.无意见的请在表内填写“无意见”。/ 3.表格不够可自行增加行。: how to fill the form in
                        r"^\s*(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）])?\s*(?:无(?:修改)?意见的?(?:单位)?[，,]?请[^。]{0,16}(?:填写|注明|写明|标注)|"
                        r"(?:表格|本表|此表)?(?:行数)?(?:不够|不足|不敷使用)[，,]?(?:时)?可?(?:自行)?(?:增加|加|添加|续)(?:行|页)|"
                        r"(?:本表|此表)[^。]{0,16}(?:可复制|可续页|可加页|可自行))|"
                        # 注：以下页码均指征求意见稿（…版）页码。: how the points below cite the draft
                        r"^\s*(?:注|说明)\s*[：:]\s*(?:以下|下文|文中|本意见中?)?(?:所[列涉]?|提到的|引用的)?(?:页码|条款|章节|序号|编号)"
                        r"[^。；]{0,40}(?:指|为|按|以|对应|依据)[^。；]{0,40}[。.]?\s*$")

_FORM_TITLE = re.compile(r"(?:意见|建议)(?:反馈|征求|征集|汇总|采纳|收集|登记|转办|交办|办理)?(?:表|单|清单|回执)$|(?:修改)?(?:意见|建议)?对照表$|(?:反馈|征求意见|意见征集|建议征集)(?:表|回执)$")
_OTHER_FIELD = re.compile(r"^\s*(?:填报日期|填报时间|填表日期|填表时间|报送日期|报送时间|反馈日期|反馈时间|填报人|填表人|审核人|签发人|文件名称|方案名称|草案名称|项目名称|文件标题|征求意见稿名称|"
                          r"经办人|经办|审核|核稿人|核稿|承办人|承办|拟稿人|拟稿|校对|整理人|整理|纪要整理|"
                          # a message platform's export (留言编号：… 留言时间：… 回复状态：已转办)
                          r"征集主题|导出时间|导出条数|留言编号|留言标题|留言人|留言时间|回复状态|办理状态|回复时间|提交时间|发布时间|"
                          r"规划名称|材料名称|专家姓名|姓名|职称/职务|职称|职务|专家签名|研究方向|专业方向|专业领域|研究领域|学科领域|从事专业|专业特长|所学专业|"
                          r"技术职称|学历|学位|评审日期|咨询事项|评审事项|单位负责人|主要负责人|分管领导|负责人签字|领导签字|签字|"
                          # a congress's slip passing a deputy's suggestion on (建议编号：… 主办单位：… 办理要求：…)
                          r"建议编号|提案编号|转办日期|交办日期|主办单位|协办单位|会办单位|办理要求|办理时限|答复时限|答复要求|"
                          r"领衔代表|附议代表|联名代表|提出代表|领衔委员|附议委员|提案委员|(?:代表|委员)(?=\s*[（(](?:签名|签字)[）)]))\s*"
                          r"(?:[（(][^）)]{0,6}[）)])?\s*[：:]")
_PHONE = re.compile(r"(?:电话|手机|联系方式|Tel|TEL)\s*[：:]?\s*[\d\-－()（） ]{7,}")
_ATTACHMENT = re.compile(r"^附\s*(?:件|表)\s*\d*\s*(?:[：:].*)?$")  # 附件1：… / 附表
_ATTACHMENT_ITEM = re.compile(r"^\s*[（(]?\d{1,2}[.．、)）]\s*[^，,。；;！？!?]{2,40}$")
# (a two-character label is often spaced out to line up with the others: 时　间： / 地　点： / 列　席：)
# Who attended, in any of the words offices use: 出席专家 / 列席单位 / 与会代表 / 参加人员 ….
_ATTENDANCE = tuple(a + b for a in ("参会", "出席", "参加", "列席", "与会", "缺席")
                    for b in ("人员", "单位", "专家", "领导", "代表", "嘉宾", "部门", "同志"))
_MEETING_LABELS = ("时间", "地点", "主持人", "主持") + _ATTENDANCE + (
    "参会", "出席", "列席", "缺席", "评审专家", "专家组成员", "记录人", "记录",
    "听证陈述人", "听证参加人", "听证代表", "陈述人", "旁听人员", "听证事项", "听证主持人", "听证人", "听证员",
    "起草单位代表", "起草部门代表", "起草单位", "起草组", "论证专家", "参会专家", "与会专家", "列席单位", "会议议程", "议程")
# A speaker asked for more who has nothing to add (没有了。/ 没有补充。/ 无。).
NOTHING_MORE = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,4}[：:])?(?:我|我们)?(?:没有了?|没了|无|暂无|没有(?:其他|别的|什么)?(?:补充|要说|意见)的?了?)"
                          r"[。.！!]?\s*")
# An expert panel heading its points (一、专家组意见): its unit keeps its name, unlike 与会人员.
PANEL = re.compile(r"专家组|评审组|论证组")
# A meeting's fields, their labels spaced as typists align them (主 持 人：/ 时　　间：).
MEETING_FIELD = re.compile(r"^\s*(?:会议)?(?:" + "|".join("[ \u3000]*".join(w) for w in _MEETING_LABELS) + r")(?:\s*[：:]|\t)")  # (a table's row: 参会单位\t…)
_NOT_SALUTATION = re.compile(r"建议|关于|意见|对|具体|主要|时间|地点|主持|参会|会议|记录|附件")

# The titles and posts a speaker is named with (局长, 副主任, 教授), longest first.
TITLES = tuple(sorted("主任 副主任 委员 常委 代表 书记 副书记 局长 副局长 厅长 副厅长 处长 副处长 科长 主席 副主席 部长 副部长 院长 "
                "副院长 董事长 总经理 经理 主管 负责人 会长 副会长 秘书长 组长 社长 县长 市长 区长 镇长 乡长 村长 教授 研究员 专家 "
                "工程师 律师 医生 老师 居民 村民 业主 网格员 党员 队长 站长 所长 馆长 校长 理事长 总监 干部 职工 中心户 主任委员 "
                "议员 学者 博士 总工程师 高级工程师 副教授 副研究员 主任医师 副市长 副县长 副区长 副镇长 副乡长 盟长 副盟长 旗长 "
                "副旗长 州长 副州长 省长 副省长 副总经理 副秘书长 副巡视员 巡视员 调研员 二级巡视员 一级巡视员 总规划师 规划师 "
                "高级规划师 总工 首席专家 院士 正高级工程师 负责同志 有关负责同志 同志 高工 支队长 副支队长 大队长 副大队长 "
                "中队长 副中队长 政委 副政委 合伙人 高级合伙人 主任律师 执业律师 讲师 助理研究员 高级实验师 教师 特级教师 班主任 "
                "护士长 护士 总经济师 副总经济师 总会计师 经济师 会计师 副总工程师 首席经济学家 县长助理 市长助理 旗长助理 区长助理 总经理助理 董事长助理 院长助理 主任助理".split(), key=len, reverse=True))
# What finds fault, for a speech that says it has nothing to add (关心的问题都考虑到了 finds none).
FAULT = re.compile(PROBLEM.pattern + r"|不够|不一致|有误|错误|不准确|偏高|偏低|过高|过低|不符|欠缺|遗漏|缺少|未能|尚未")
# The drafters answering the meeting (编制组将认真梳理各位意见，能吸收的尽量吸收).
DRAFTERS_REPLY = re.compile(r"(?:我们|[\u4e00-\u9fff]{0,8}?(?:编制组|起草组|编制单位|课题组|工作专班))(?:将|会|一定)|"
                            # 对于会上提出的意见，将认真梳理研究: the office that asked, answering
                            r"(?:对于?|就|关于)[^。；]{0,24}(?:意见|建议)[^。；，,]{0,4}[，,]\s*(?:我们|我[局厅委办]|编制组|起草组|编制单位)?(?:将|会)")
# A speaker's pledge to carry the draft out, not a request (下一步我们将对照规划抓好落实).
PLEDGE = re.compile(r"(?:下一步|今后|我们(?:将|会|一定)|我[县市区镇乡村局委]将).{0,20}(?:落实|贯彻|执行|配合|推进|做好|抓好)")

# A point that finds nothing wrong (……，这个没有问题。).
NO_PROBLEM = re.compile(r"[，,]\s*(?:这个|这一?条|此条|该条|这里|这点)?(?:没有|没|无)(?:什么)?问题[。.！!]?\s*$")
# The drafters answering, named by their seat (起草组（黎某）：…, 起草单位：…, （起草组当场回应：…）).
DRAFTERS_SEAT = re.compile(r"\s*[（(]?\s*(?:(?:起草|编制)(?:组|单位|部门|小组)(?:代表)?\s*(?:[（(][^（）()]{1,20}[）)])?(?:当场|会上)?(?:回应|答复|说明|解释)?|"
                           r"[\u4e00-\u9fff·]{2,4}[（(](?:起草|编制)(?:组|单位|部门|小组)[^（）()]{0,12}[）)](?:回应|答复|说明|解释)?|"
                           r"[\u4e00-\u9fff·]{2,8}(?:回应|答复))\s*[：:]")  # 秦某（起草组）回应： / 曾某处长回应：
# A speech that ends by announcing points (谈几点。/ 我有三点建议： / 讲以下几个意见：): its points follow below.
POINTS_FOLLOW = re.compile(r"(?:谈|讲|说|提|有)(?:以下)?(?:几|两|三|四|五|\d)(?:点|个方面|条)(?:[^。：:]{0,8})?[。：:]\s*$|"
                            r"(?:意见|建议)(?:如下)?[：:]\s*$")


@dataclass
class Parts:
    """The part each paragraph is (``"body"`` for the letter's own text) and the unit names found.

    Attributes
    ----------
    kinds : list of str
        One of ``body`` or a key of :data:`REASONS`, per paragraph.
    header : str
        The title line(s), ``""`` when there is none.
    found : dict
        Source (标题, 落款, 版头, 填报单位, 正文) → the name as written.
    """

    kinds: list[str]
    header: str = ""
    found: dict[str, str] = field(default_factory=dict)


# A note on how the text was got, in brackets (【扫描件 OCR 识别结果，第1页/共2页】).
_SCAN_NOTE = re.compile(r"[\[【（(][^\]】）)]{0,40}(?:扫描|OCR|识别结果|第\d+页|共\d+页)[^\]】）)]{0,40}[\]】）)]")
# A unit's title over its opinions, in full (某镇人民政府关于《…》的意见), wherever it stands.
_COVER_LINE = re.compile(r"[（(][^（）()。，,]{2,40}(?:详)?见(?:批注|修订)[^（）()。，,]{0,6}[)）]")
_UNIT_TITLE = re.compile(r"[^。，,；;：:\s]{2,30}?关于(?:《[^《》]{2,80}》|[^。，,；;：:《》\s]{2,40}?)(?:的)?(?:修改|反馈)?(?:意见|建议)")


def is_title(t: str) -> bool:
    """A title line: ``…关于《…》的意见``, ``X意见``, ``《…》意见反馈表``.

    >>> is_title("自治区水利厅意见"), is_title("建议增加节水内容。")
    (True, False)
    """
    if t.endswith(("。", "：", ":", "；", ";")) or nospace(t) > 90:
        return False
    if re.fullmatch(r"\s*[（(]?《[^《》]{2,80}》[）)]?\s*", t):
        return True  # （《某市物业管理条例（修订草案征求意见稿）》） under a form's title
    t = re.sub(r"[（(](?:对照稿|修改稿|批注稿|修订稿|批注版|修订版|对照版|第[一二三四五]轮|第[一二三四五六七八九十\d]{1,3}批)[)）]\s*$", "", t)  # …的修改意见（对照稿）
    ends = bool(re.search(r"(?:意见|建议|函|复|报告|说明|反馈)[》）)]*$", t))
    return bool(TITLE.search(t) or (ends and unit_of_title(t)) or (nospace(t) <= 60 and _FORM_TITLE.search(t)))


def _bare(t: str) -> str:
    return TAIL_DATE.sub("", SEAL.sub("", t)).strip()


def _signature_unit(t: str) -> str | None:
    if re.search(r"[。！？!?]\s*$", t) or re.match(r"\s*请", t):
        return None  # a sentence (请办公室审核后统一报送市城管局。) is no signature
    if (signers := _SIGNERS.search(t)) and signers.start() > 0 and signers.end() == len(t):
        t = t[:signers.start()]  # 某律师事务所律师：严某祁某某 (the line under it joined in cleaning)
    name = clean_unit_name(_bare(t))
    if name and not is_unit(name) and (m := _SIGNED_TITLE.search(name) or _TITLE_THEN_NAME.search(name)):
        name = name[:m.start()]  # 某大学经济管理学院  教授  韦某某 (its spaces cleaned away): the post and the name
    if name and not is_unit(name) and (m := _SIGNED_TITLE.search(t)):
        name = clean_unit_name(_bare(t[:m.start()]))  # 北湖大学资源与环境学院  教授、博士生导师
    if name and not is_unit(name) and (split := split_office(name))[1] and is_unit(split[0]):
        return name  # 某县自然资源局国土空间规划股: an organ and its inner office
    return name if name and is_unit(name) else None


# A signer's titles and name after the unit, the spaces between them cleaned away (…学院教授韦某某).
_TITLE_THEN_NAME = re.compile(r"(?<=[院所校学司心局厅委会])(?:(?:正|副)?(?:教授|研究员|高级工程师|工程师|讲师|博士生导师|院长|所长|"
                              r"总规划师|规划师|总建筑师|总工程师|总工|首席专家))+"
                              r"[\u4e00-\u9fff]{2,3}$")
# A signer's titles after the unit on one line, set off by spaces or not (… 学院  教授、博士生导师).
_SIGNED_TITLE = re.compile(r"(?:[ \t\u3000]+|(?<=[院所校学司心局厅委会]))(?:(?:正|副)?(?:教授|研究员|高级工程师|工程师|博士生导师|硕士生导师|讲师|院士|"
                           r"主任|所长|院长|总工程师|总工)[、，,及和 \t\u3000]*)+$")

# A meeting record's title line, and a line opening with a unit that speaks (X协会：…, 市水务局李某：…).
_MINUTES_TITLE = re.compile(r"[^，。；：:,;]{4,40}(?:纪要|会议记录|听证会记录|笔录)")
_SPEAKER_LABEL = re.compile(r"[\u4e00-\u9fff（）()]{1,24}(?:局|厅|委|委员会|办|院|校|大学|所|中心|协会|学会|商会|公司|政府|"
                            r"街道|办事处|社区|集团|银行|联合会|研究会)(?:[\u4e00-\u9fff]{1,3}某{1,2}|[\u4e00-\u9fff]{2,3})?[：:]\S")

# A signer's titles before the name, on a line of their own (教授、博士生导师  韩  征).
_TITLES_BEFORE = re.compile(r"(?:(?:正|副)?(?:教授|研究员|高级工程师|工程师|博士生导师|硕士生导师|讲师|院士|博士|律师|总工程师)"
                            r"[、，,\s\u3000]*)+(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{1,6})")

# Who signs for a firm or a body, by role (律师：严某　祁某某 / 执笔人：何某).
_SIGNERS = re.compile(r"\s*(?:(?:提案人|建议人|承办律师|经办律师|律师|执笔人?|主要起草人|起草人|经办人|签发人|审核人|理事长|法定代表人|法人代表|负责人)\s*[：:]\s*"
                      r"[\u4e00-\u9fff·][\u4e00-\u9fff·、，,\s\u3000]{1,15}|"
                      # 荇塘村村民：钱某某、孙某某（手印）…: villagers or residents signing by name
                      r"[\u4e00-\u9fff]{0,12}(?:村民|居民|业主|家长|群众)(?:代表)?\s*[：:]\s*[\u4e00-\u9fff·]{2,4}(?:[（(][^（）()]{1,6}[)）])?"
                      r"(?:[、，,\s\u3000]+[\u4e00-\u9fff·]{2,4}(?:[（(][^（）()]{1,6}[)）])?)*[等]?)")
# A line that is one bracket: a signer's post under the name (（桐湾区樟湾社区党委书记）).
_POST_LINE = re.compile(r"[（(][^（）()。；]{2,40}[)）]")


def _titled_name(t: str) -> bool:
    """A signer's name with titles before it (教授、博士生导师　韩某) or in brackets after it (韩某（教授））."""
    m = _TITLES_BEFORE.fullmatch(t.strip()) or NAME_TITLED.fullmatch(t.strip())
    return bool(m) and person_name(m.group("name"))


def _is_date(t: str) -> bool:
    """A date line, its digits full-width too (２０２１年５月２４日, as a scan reads them)."""
    return bool(DATE.match(unicodedata.normalize("NFKC", t).replace(" ", "")))


# The 附注 of a 公文, in brackets under the date: （此件由市民政局代拟。联系人：…，电话：…）, （此件公开发布）.
_NOTE = re.compile(r"[（(]\s*(?:此件|本件)[^（）()]*[）)]|[（(][^（）()]*(?:联系人|联系电话)[^（）()]*[）)]")


def _contact(t: str) -> bool:
    return bool(CONTACT.match(t)) or (nospace(t) <= 50 and "。" not in t and bool(_PHONE.search(t))) \
        or bool(_NOTE.fullmatch(t.strip()))


def standalone(line: str, next_line: str | None) -> bool:
    """Whether a raw line stands on its own, never joined to its neighbours as a hard wrap.

    Field lines (填报单位（盖章）：…, 时间：…), a signature's unit above a date or a person's name, a
    person in a role (专家组组长：…（签字）), contact lines and full title lines.

    >>> standalone("自治区教育厅发展规划处 李娜", "2022年4月2日"), standalone("建议增加", "内容。")
    (True, False)
    """
    t = line.strip()
    if not t:
        return False
    if re.fullmatch(r"附\s*[件表]\s*\d{0,2}", t) or re.match(r"[\u4e00-\u9fff]{0,8}(?:组长|成员|整理|审核|分送|抄送)(?:[（(](?:签字|签名)[）)])?[：:]", t):
        return True  # 附件 over the attached list's title; 专家组组长（签字）：某某 / 纪要整理：… / 分送：… signing the record
    if unit_of_field(t) or _OTHER_FIELD.match(t) or MEETING_FIELD.match(t) or person_line(t) or _SEAT_LINE.match(t) or unit_of_cover(t):
        return True
    if (_contact(t) and nospace(t) <= 50) or deputy(t) or _POST_LINE.fullmatch(t):
        return True  # …, a line that is one bracket (a signer's post: （桐湾区樟湾社区党委书记）)
    squashed = re.sub(r"\s+", "", t)
    if _MINUTES_TITLE.fullmatch(squashed):
        return True  # 北岭市物业管理条例立法听证会记录
    if DOCNO.search(squashed) and nospace(t) <= 40 and next_line is not None and (is_unit(re.sub(r"\s+", "", next_line)) or docno_line(squashed)):
        return True  # a 发文字号 line (岑消函 ［2024） 19号) over the title's unit line, or alone: not one line with it
    if next_line and docno_line(re.sub(r"\s+", "", next_line)) and is_unit(squashed):
        return True  # the letterhead over it (塔 日纳盟行政公署 ↵ 塔署函[2O21]43号, a scan's space inside)
    nt = (next_line or "").strip()
    if nt and _SPEAKER_LABEL.match(nt):
        return True  # the next line opens with a speaker (北岭市物业管理协会：…): no wrap runs into it
    if point_field(t) or point_field(nt):
        return True  # 原文：无 / 建议增加：… / 理由：…: a point's fields, one a line
    words = t.split()
    if len(words) >= 2 and 2 <= len(words[-1]) <= 4 and nt.startswith(words[-1]) and not re.search(r"[。，,；;：:]", t):
        return True  # 青梧市水利局局长  林正 over 林正表示，……: the speaker's line
    if len(words) == 2 and person_name(words[1]) and words[0].endswith(TITLES) and nospace(t) <= 30 \
            and not re.search(r"[。，,；;：:]", t):
        return True  # 快递协会秘书长　杜某 over the words the speaker said
    if re.match(r"关于|《|对《", squashed) or unit_of_title(squashed) or _FORM_TITLE.search(squashed):
        if is_title(squashed):
            return True
    nt = (next_line or "").strip()
    if (person_name(t) or _titled_name(t)) and nt and (_is_date(nt) or _signature_unit(nt)):
        return True  # the signer's name above the unit or the date (王建国 / 北湖大学…学院  教授)
    name = _signature_unit(t)
    if name:
        if re.search(r"\S\s+\S", t) and name != re.sub(r"\s+", "", _bare(t)):
            return True  # a unit and a person's name: 自治区教育厅发展规划处 李娜
        nt = (next_line or "").strip()
        if not nt or _is_date(nt) or not _bare(nt) or _contact(nt) or person_line(nt) \
                or _titled_name(nt) or _seal_text(nt, t):
            return True
    nt = (next_line or "").strip()
    if _SPACED.fullmatch(t) and (_is_date(nt) or (nt and nospace(nt) <= 10 and not re.search(r"[，,。；;：:]", nt))):
        return True  # 宁 省 财 政 over the date: a seal's text the scan read (its parts on two lines too)
    return False


# A rule joined after a line's text (某政函[2021]58号------), as a wrapped line is joined.
_RULE_AFTER = re.compile(r"[—\-_=－]{3,}\s*$")
# A list of signers attached under a letter: its heading (附：参加讨论的业主代表签名（部分）, with the list
# joined to it or not), each signer by their flat or village and name, and the count (……（共计213户签名）).
_SIGNERS_ATTACHED = re.compile(r"\s*附[：:][^。！？!?]{0,30}(?:签名|签字|名单)[^。！？!?]*")
_SIGNER_LINE = re.compile(r"\s*(?:[\d一二三四五六七八九十]+(?:栋|幢|号楼)[^\s，,。]{0,12}|[\u4e00-\u9fff]{1,8}(?:村|组|小区|花园|苑)"
                          r"[^\s，,。]{0,8})\s+[\u4e00-\u9fff·]{2,4}\s*|[.…\s]*[（(]?(?:共计?|合计)\s*\d+\s*(?:户|人|名)[^）)]{0,16}[)）]?\s*")
# The imprint (版记) under an official letter: whom copies go to, and the office that printed it when.
_IMPRINT = re.compile(r"\s*(?:抄送|抄报|分送)\s*[：:].{0,80}$|\s*[^。，,；;]{2,30}\s+[\dOo〇零一二三四五六七八九]{4}\s*年.{1,8}[日曰]\s*印发\s*$")
# A line that only draws a rule (---, ———, ===).
_RULE = re.compile(r"[—\-_=*~－·.…\s]{3,}")
# Characters set apart by spaces, as a scan reads a seal (宁 省 财 政).
_SPACED = re.compile(r"(?:[\u4e00-\u9fff][ \t\u3000]+){1,11}[\u4e00-\u9fff]")


def _seal_text(line: str, unit: str) -> bool:
    """Whether ``line`` is the seal's text under the signing unit, read by a scan (宁 省 财 政 under
    昭宁省财政厅): a part of the unit's name, its characters spaced."""
    squashed = re.sub(r"\s+", "", line)
    return bool(_SPACED.fullmatch(line.strip())) and len(squashed) >= 2 and squashed in re.sub(r"\s+", "", unit)


def _title_lines(texts: list[str], i: int) -> int:
    """How many lines from ``i`` make up the title (a scanned title wraps over two or three lines)."""
    best = 0  # the longest run that reads as a title (《…》 / 征求意见反馈表 on the line below)
    for span in range(1, 5):
        lines = texts[i:i + span]
        if len(lines) < span or any(re.search(r"[。；;]$|^[（(]?[一二三四五六七八九十\d]+[、.．)）]", x) for x in lines[1:]):
            return best
        if any(DOCNO.search(x) for x in lines):
            return best  # a letterhead and its 发文字号 above the title are not part of it
        if is_title("".join(lines)) or (best and is_title(lines[-1])) or (
                span == 2 and re.match(r"\s*关于\s*《", lines[0]) and "》" not in lines[0] and "》" in lines[1]
                and nospace("".join(lines)) <= 80):
            # (专家咨询意见表 / （《…》）: a title line under the title; 关于《…条例 / (征求意见稿)》的反馈意儿:
            # a title whose book marks close on the next line, its last word misread)
            best = span
        elif best:
            return best
        if lines[-1].endswith(("。", "：", ":")):
            return best
    return best


# A writer's name over the text with where they work in brackets (苏某（某大学生态与环境学院教授，某委员会委员）).
_BYLINE = re.compile(r"\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*[（(](?P<aff>[^（）()]{4,80})[）)]\s*|"
                     # 审阅人：某某　某研究院 某所　教授级高级工程师: who reviewed, their institute after the name
                     r"\s*(?:审阅人|审查人|评审人|审稿人|执笔人|撰写人)\s*[：:]\s*(?P<rname>[\u4e00-\u9fff·]{2,3})[\s\u3000]*(?P<raff>[^，,。；;]{4,80})")


# A unit's name under a title with the month it writes (某研究中心　2021年9月).
_UNIT_DATED = re.compile(r"\s*(?P<unit>[\u4e00-\u9fff（）()]{4,40}?)[\s\u3000]*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*")


_HALL = re.compile(r"[\u4e00-\u9fff]{2,}(?:博物|图书|文化|纪念|美术|档案|科技|展览)馆$")


def _byline_unit(t: str) -> str | None:
    """The unit of a byline under a title: the first place its bracket names, without the post; a deputy
    or a member by name (自治区人大代表　某某（某嘎查党支部书记）)."""
    if (capacity := deputy(t)) is not None or not (m := _BYLINE.fullmatch(t)) \
            or not person_name(m.group("name") or m.group("rname")):
        return capacity
    first = re.split(r"[，,、；;\s\u3000]", (m.group("aff") or m.group("raff")).strip())[0]
    # (某规划设计研究院副总规划师: the longest start that is a unit, the post after it; 蓍州市博物馆馆长: a museum)
    return next(filter(None, (_signature_unit(first[:k]) or (first[:k] if _HALL.search(first[:k]) else None)
                              for k in range(len(first), 3, -1))), None)


def _top(texts: list[str], kinds: list[str], parts: Parts) -> None:
    """Letterhead, 发文字号, title and salutation at the top."""
    n = len(texts)
    # a form's field lines (专家姓名：…), a scan's note and a 发文稿纸 over the letter (its fields route it
    # inside the unit) do not count among the top's six lines
    uncounted = routing_lines(texts, kinds, parts.found)
    for i, t in enumerate(texts):
        if i - uncounted >= 6:
            break
        if kinds[i] != "body":
            continue
        if _SCAN_NOTE.fullmatch(t.strip()) or FAX_HEAD.match(t):
            kinds[i] = "note"  # [扫描件 OCR 识别结果，第1页/共2页] above the letterhead, or a fax's header line
            uncounted += 1
            continue
        if NUMBERING.match(t) and not t.startswith("第"):
            break
        nxt = texts[i + 1] if i + 1 < n else ""
        # (关于《某规划↵(征求意见稿)》的反馈意见: a title broken inside the draft's name, on two lines)
        title = nxt + (texts[i + 2].strip() if i + 2 < n and nxt.count("《") > nxt.count("》") else "")
        if DOCNO.search(_RULE_AFTER.sub("", t)) and nospace(_RULE_AFTER.sub("", t)) <= 30:
            kinds[i] = "docno"  # (某政函[2021]58号------: the red rule under it, joined as a wrapped line)
            pre = t[:m.start()] if (m := DOCNO.search(t)) else ""  # 某市农业农村局　　某农函〔2024〕15号: the letterhead beside it
            if head := next((pre[:k] for k in range(len(pre), 3, -1) if len(pre) - k <= 8 and is_unit(pre[:k])), None):
                parts.found.setdefault("版头", head)
        elif _RULE.fullmatch(t):
            kinds[i] = "rule"  # the red rule under a scanned letterhead
            uncounted += 1
        elif _SPACED.fullmatch(t.strip()) and is_unit(re.sub(r"\s+", "", t)):
            kinds[i] = "letterhead"  # 某 县 人 民 政 府: a letterhead set in spaced characters
            parts.found.setdefault("版头", re.sub(r"\s+", "", t))
        elif not parts.header and is_unit(t) and re.match(r"关于|对《", nxt) and is_title(title):
            for k in range(i, i + (3 if title != nxt else 2)):
                kinds[k] = "header"  # the unit on its own line above "关于《…》的意见"
            parts.header = t + title
            parts.found.setdefault("标题", t)
        elif not parts.header and is_unit(t) and is_unit(nxt) and i + 2 < n and re.match(r"关于|对《", texts[i + 2]):
            kinds[i] = "letterhead"  # the letterhead over the title's own unit line (…税务局办公室 / …税务局办公室 / 关于…)
            parts.found.setdefault("版头", t)
        elif not parts.header and (span := _title_lines(texts, i)):
            for k in range(i, i + span):
                kinds[k] = "header"
            parts.header = "".join(texts[i:i + span])
            # (某局便函 / 关于《…》的意见 on two lines: the unit is on the first)
            if u := unit_of_title(parts.header) or next(filter(None, map(unit_of_title, texts[i:i + span])), None):
                parts.found.setdefault("标题", u)
        elif not parts.header and (is_unit(t) or t.endswith("文件")) and (DOCNO.search(_RULE_AFTER.sub("", nxt)) or is_title(nxt)
                                                                         or (i == 0 and SALUTATION.match(nxt))):
            kinds[i] = "letterhead"
            if is_unit(t):
                parts.found.setdefault("版头", t)
        elif SALUTATION.match(t) and not _NOT_SALUTATION.match(t) and not PREAMBLE.search(t):
            kinds[i] = "salutation"
            break
        elif unit_of_field(t) or _OTHER_FIELD.match(t):
            uncounted += 1
            continue  # a form's fields above the table: marked below
        elif parts.header and i and kinds[i - 1] == "header" and re.fullmatch(r"\s*[（(][^（）()]{1,16}[)）]\s*", t):
            kinds[i] = "header"  # （第二轮） / （2021年8月） under the title: part of it
        elif parts.header and (u := _byline_unit(t)):
            kinds[i] = "byline"  # 苏某（某大学生态与环境学院教授，…委员） under the title: who writes, from where
            parts.found.setdefault("署名", u)
        elif parts.header and (dated := _UNIT_DATED.fullmatch(t)) and is_unit(dated.group("unit")):
            kinds[i] = "byline"  # 某气候与能源转型研究中心　2021年9月 under the title
            parts.found.setdefault("署名", dated.group("unit"))
        else:
            break


def _tail(texts: list[str], kinds: list[str], parts: Parts) -> None:
    """Signature, seal, date, contacts and closings at the end."""
    for i in range(len(texts) - 1, -1, -1):
        t = texts[i]
        if kinds[i] != "body":
            break
        if _IMPRINT.match(t) or HANDLING.match(t):  # (处理意见：… / 邵　9月20日 under a call's record: the office's own)
            kinds[i] = "imprint" if _IMPRINT.match(t) else "handling"  # 抄送：… / 某县人民政府办公室　2021年8月20日印发: the copy's imprint, not its signer
        elif _SIGNERS_ATTACHED.fullmatch(t) or _SIGNER_LINE.fullmatch(t):
            kinds[i] = "attachment"  # 附：业主代表签名 / 3栋2单元101　周某 / ……（共计213户签名）: who signed, attached
        elif _is_date(t):
            kinds[i] = "date"
        elif _RULE.fullmatch(t):
            kinds[i] = "rule"  # --- between the date and a contact line
        elif nospace(t) <= 12 and any(re.sub(r"\s+", "", t) in re.sub(r"\s+", "", texts[j]) and _signature_unit(texts[j])
                                      for j in range(max(0, i - 3), i)):
            kinds[i] = "signature"  # a seal's text under the unit (宁省财政 under 昭宁省财政厅; 管理局 / 澜州市城市)
        elif u := unit_of_field(t):
            kinds[i] = "field"
            parts.found.setdefault("填报单位", u)
        elif not _bare(t):
            kinds[i] = "signature"  # （盖章）
        elif _ATTACHMENT.match(t) and nospace(t) <= 40:
            kinds[i] = "attachment"
        elif _contact(t):
            kinds[i] = "contact"
        elif closes_only(t, asks) and nospace(t) <= 40:
            kinds[i] = "closing"
        elif person_line(t) or person_name(t) or _titled_name(t):
            kinds[i] = "signature"
        elif _POST_LINE.fullmatch(t) and i and ((u := expert_signed(texts[i - 1].strip() + t.strip())) or
                                                 deputy(texts[i - 1]) or _signature_unit(texts[i - 1]) or person_name(texts[i - 1])):
            kinds[i] = "signature"  # the signer's post in brackets under the name (专家：某某 ↵ （某大学某学院　教授）: its employer)
            if u:
                parts.found.setdefault("落款", u)
        elif _SIGNERS.fullmatch(t):
            kinds[i] = "signature"  # 律师：严某　祁某某 under a firm's name
        elif i and (name := posted_name(t)) and (cap := deputy(texts[i - 1])):
            kinds[i] = "signature"  # a deputy's own post and name under the capacity (某公司董事长　苏某): not the unit
            parts.found.setdefault("落款", cap + name if cap.endswith(("人大代表", "政协委员")) else cap)  # (…政协委员 ↵ …教授　某某)
        elif u := (deputy(t) or expert_signed(t) or _signature_unit(t)):  # (省政协委员、某学院副院长　某某: the member, not the college)
            kinds[i] = "signature"  # (政协某市委员会 over 文化文史和学习委员会: the committee of that body)
            if (lower := parts.found.get("落款")) and kinds[i + 1] == "signature" and (both := joined_signature(u, lower)):
                parts.found["落款"] = both
            parts.found.setdefault("落款", u)
        else:
            break


def _inner_signatures(texts: list[str], kinds: list[str], parts: Parts) -> None:
    """A signature block followed by more text (an attachment with the opinions after it)."""
    for i, t in enumerate(texts):
        if kinds[i] != "body" or not _is_date(t) or i == 0:
            continue
        j = i - 1
        while j >= 0 and kinds[j] == "body" and not _bare(texts[j]):
            j -= 1
        if j >= 0 and kinds[j] == "body" and (u := deputy(texts[j]) or _signature_unit(texts[j])):
            kinds[i], kinds[j] = "date", "signature"
            for k in range(j + 1, i):
                kinds[k] = "signature"
            parts.found.setdefault("落款", u)


def classify(texts: list[str]) -> Parts:
    """Mark each paragraph with the part of the letter it is and collect the unit names found.

    Examples
    --------
    >>> p = classify(["自治区生态环境厅：", "建议补充碳达峰内容。", "自治区发展改革委", "2021年3月5日"])
    >>> p.kinds, p.found["落款"]
    (['salutation', 'body', 'signature', 'date'], '自治区发展改革委')
    """
    kinds = ["body"] * len(texts)
    parts = Parts(kinds)
    _top(texts, kinds, parts)
    _tail(texts, kinds, parts)
    _inner_signatures(texts, kinds, parts)
    first_body = True
    for i, t in enumerate(texts):
        if kinds[i] != "body":
            continue
        if i and kinds[i - 1] == "attachment" and _ATTACHMENT_ITEM.match(t):
            kinds[i] = "attachment"  # 附件：1. 修改意见对照表 / 2. 风险普查成果简介: the list goes on
            continue
        if i and kinds[i - 1] == "attachment" and is_title(t.strip()):
            kinds[i] = "header"  # 附件 ↵ 《某规划》修改意见清单: the attached list's title
            continue
        if SIGNED_OFF.match(t):  # 委领导签批：… / 拟办意见：↵1.…↵某某　9月22日: the office's handling, up to the next part
            for k in range(i, next((k for k in range(i, len(texts)) if kinds[k] != "body"), len(texts))):
                kinds[k] = "handling"
        elif u := unit_of_field(t):
            kinds[i] = "field"
            parts.found.setdefault("填报单位", u)
        elif _UNIT_TITLE.fullmatch(t.strip()) and (u := unit_of_title(t.strip())):
            kinds[i] = "header"  # 杪山镇人民政府关于《…》的意见 further down (an attachment pasted into a mail)
            parts.found.setdefault("标题", u)
        elif (_COVER_LINE.fullmatch(t.strip()) and (u := unit_of_title(t.strip()))) or (u := unit_of_cover(t)):
            kinds[i] = "header"  # （某研究院修改意见见批注及修订） over a commented draft: who comments
            parts.found.setdefault("标题", u)
        elif u := lead_signer(t, texts[:i]):
            kinds[i] = "byline"  # 领衔代表：某某（…） over a deputy's suggestion: who writes (附议代表 seconds it)
            parts.found.setdefault("署名", u)
        elif _OTHER_FIELD.match(t):
            kinds[i] = "field"
        elif _UNTICKED.match(t) and nospace(t) <= 80:
            kinds[i] = "note"  # □ 有修改意见（请另附页…） under ☑ 原则同意，无修改意见: an option not chosen
        elif nospace(t) <= 32 and not re.search(r"[，,。；;：:！？!?]", t) and _FORM_TITLE.search(t.strip()):
            kinds[i] = "header"  # 意见反馈表 over the table below (after 附表): its title
        elif _FORM_NOTE.match(t) and nospace(t) <= (160 if re.match(r"\s*(?:注|填表说明)\s*[：:]", t) else 80):
            kinds[i] = "note"
        elif closes_only(t, asks) and nospace(t) <= 40:
            kinds[i] = "closing"
        elif _RULE.fullmatch(t):
            kinds[i] = "rule"
        elif _SEAL_ALONE.fullmatch(t.strip()):
            kinds[i] = "signature"  # （单位盖章） above or below a form's table, wherever it stands
        elif _ATTACHMENT.match(t) and nospace(t) <= 40:
            kinds[i] = "attachment"
        elif _contact(t) and (nospace(t) <= 40 or (CONTACT.match(t) and nospace(t) <= 80 and "。" not in t)):
            kinds[i] = "contact"  # (联系人：某（法务部）　联系电话：…　填报日期：… on one line)
        elif first_body:
            first_body = False
            if u := unit_self_named(t):
                parts.found.setdefault("正文", u)
    return parts


# A receipt's option left unticked (□ 有修改意见 / ☐ 无意见).
_UNTICKED = re.compile(r"\s*[□☐◻▢]\s*\S")
# A seal's place alone on a line (（单位盖章） / 单位（公章） / （签字）).
_SEAL_ALONE = re.compile(r"(?:单位|盖章)?\s*[（(]\s*(?:单位|本单位)?\s*(?:盖章|公章|印章|签章|签字|签名)\s*[）)]|(?:单位|本单位)?(?:盖章|公章)处?")


_HEADS = frozenset("市长 县长 区长 镇长 乡长 盟长 旗长 州长 省长".split())
# Who speaks as a member of the public (市民代表张女士, 消费者代表，某街道居民), and the category they take.
PUBLIC = "社会公众"
#: Who speaks at a meeting as an expert of no body (特邀专家, a former post).
EXPERTS = "与会专家"
_ROLE_ONLY = re.compile(r"(?:市民|居民|村民|群众|消费者|经营者|经营户|商户|摊主|网民|公众|社会公众|业主|听证参加人|听证人|老年人|老人|家长|患者|"
                        r"残疾人|从业人员|骑手|外卖骑手|快递员|配送员|司机|职工|学生|教师)(?:代表)?")
_PUBLIC_END = re.compile(r"(?:居民|村民|市民|群众|业主|经营者|经营户|商户|个体户|店主|摊主)(?:代表)?$")


def org_of(title: str | None) -> str | None:
    """The organisation in a speaker's title: 利通区政协常委 -> 利通区政协, 某县县长 -> 某县人民政府.

    A head of government speaks for the government and an inner office for its organ
    (自治区民政厅社会事务处处长 -> 自治区民政厅).
    """
    parts = [p.strip() for p in re.split(r"[、，,]", title or "") if p.strip()]
    org = parts[0] if parts else ""  # 自治区人大代表、某企业总工程师: the first capacity names the body
    if _ROLE_ONLY.fullmatch(org) or (_PUBLIC_END.search(org) and not is_unit(org)):
        # (鹿鸣区居民，退休教师: a member of the public, whatever their district)
        # 经营者代表，拉萨市公共交通有限公司: a role, then the body; 消费者代表，某街道居民: a member of the public
        body = next((p for p in parts[1:] if is_unit(p) and not _PUBLIC_END.search(p)), None)
        return split_office(body)[0] if body else PUBLIC
    if re.search(r"(?:人大代表|政协委员)$", org):
        # A deputy or member speaks for themself, not for the 人大常委会 or 政协 as a body.
        return org
    if re.match(r"(?:原|前|退休前|已退休的?)(?=[省市县区州盟旗自中国全])", org):
        return EXPERTS  # 原市信息化专家咨询委员会委员: a former post, no body the speaker speaks for now
    head = False
    while cut := next((t for t in TITLES if org.endswith(t)), None):
        head = head or cut.lstrip("副") in _HEADS
        org = re.sub(r"(?:(?:专职|常务|执行|兼职|驻会|名誉|原)副?|副)$", "", org[: -len(cut)])  # …办公室专职副主任, …院原总工程师, 环资委副主任委员
    org = re.sub(r"(?:相关|有关)$", "", org)
    if (party := re.search(r"(?:党委|党组|党支部|党总支)$", org)) and is_unit(org[:party.start()]):
        org = org[:party.start()]  # 某社区居民委员会党委书记: the committee its party body leads
    # 速达公司运营负责人 / 某集团安全总监: the line of work before the post is no part of the body
    org = re.sub(r"(?<=公司|集团|协会|商会|学会|中心)(?:运营|业务|技术|项目|安全|财务|市场|销售|法务|行政|生产|质量|客服|环保|环保安全)$", "", org)
    # 某物业管理有限公司荷风花园项目(经理) / …公司某小区管理处: the company's site, the company speaks
    org = re.sub(r"(?<=公司)[\u4e00-\u9fff]{2,12}?(?:项目部|项目|管理处|服务中心|服务处)$", "", org)
    if head and re.search(r"[市县区旗州省盟]$", org):
        org = government_of(org)
    if len(parts) == 1 and re.fullmatch(r"(?:已|已经)?退休(?:的)?", org):
        return EXPERTS  # 退休特级教师: no body now, one of the experts there (as a former post, 原…)
    if _HOW_INVITED.fullmatch(org):
        # 特邀专家 / 外聘专家: how the expert came to the meeting, no body; an expert asked in speaks
        # as one of the experts there
        return EXPERTS if parts and re.search(r"专家(?:组成员)?$", parts[0]) else None
    # (自治区公安厅交通管理局副局长某某: the bureau's official speaks for the department)
    return department_of_bureau(split_office(org)[0]) if org else None


# What is left of 特邀专家, 特约研究员, 外聘专家 once the title is cut: how they were asked, not a body.
_HOW_INVITED = re.compile(r"(?:特邀|特约|特聘|外聘|受邀|应邀|邀请|咨询|独立|资深|个人|评审|论证)?")
