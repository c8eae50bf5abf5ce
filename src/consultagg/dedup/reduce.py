"""Reducing a comment to what carries its meaning, before two near-copies are compared.

Width, punctuation, quotation marks and spacing go; so do 虚词 (的, 地, 也), numerals written in
words (三十五 → 35, 百分之一点五 → 1.5%, 三分之一 → 1/3, 二〇二五 → 2025), digits an OCR read as
letters (1OOO → 1000), polite openings and closings (我单位认为：, 以上意见供参考), whom the text
addresses (自治区生态环境厅：), the sender's identity and signature (我是…村民, ——市民王某), and the time
a re-post says it has waited (快三个月了). What is left is compared character by character by
:func:`consultagg.dedup.verify.request_difference`.

Examples
--------
>>> _reduce("我单位认为：建议第3章删除“原则上”三个字。以上意见供参考。") == _reduce("建议第三章删除原则上三个字")
True
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from consultagg.data import read_lines
from consultagg.dedup._identity import NOT_IDENTITY, refers_back, unnamed
from consultagg.dedup._clock import CLOCK as _CLOCK, CLOCK_DIGITS as _CLOCK_DIGITS, NOT_NUMERAL as _NOT_NUMERAL
from consultagg.dedup._clock import BARE_HOUR as _BARE_HOUR, bare_hour as _bare_hour
from consultagg.dedup._clock import PM_COMMA as _PM_COMMA, clock as _clock, clock_digits as _clock_digits, cn_number as _cn_number
from consultagg.dedup._clock import trailing_zeros as _trailing_zeros
from consultagg.dedup._measures import measures
from consultagg.dedup._reposts import DATE_TIME as _DATE_TIME, REFERENCE_WORD as _REFERENCE_WORD, quoted_reply, refers_within, repost_notes
from consultagg.dedup._signed import LAST_LINE_SIGNED, POLITE_HEAD, POLITE_TAIL, tidy, without_topic_lead
from consultagg.text.normalize import nfkc
from consultagg.text.names import SURNAMES

_CN_DIGITS = "零〇○一二三四五六七八九十百千两"
_CN_RUN = f"[{_CN_DIGITS}]+"
_CLAUSE_END = "，,。；;！!？?\n"
# That the request was studied before it was written (经研究，建议… / 经认真研究，): how a reply opens.
_STUDIED = re.compile(r"^经(?:认真|慎重|集体)?(?:研究|讨论)[，,]\s*")
# A salutation: 尊敬的胡书记：/ 市长您好！/ 各位领导：— whom the letter is addressed to, not what it asks.
_SALUTATION = re.compile(r"^(?:(?:尊敬的|敬爱的|亲爱的)[^，,。：:！!]{1,30}[：:，,！!]\s*|[^，,。：:！!]{0,30}(?:您好|你好|们好|大家好|领导好|同志好|各位好|辛苦了)[！!，,。：:]\s*|打扰(?:您|你们)?了[！!，,。]\s*"
                         r"|[^，,。：:！!]{0,20}(?<![镇村乡区县市局厅委道])(?:领导|同志|书记|市长|县长|厅长|局长|主任|处长|部长|区长|镇长|乡长|省长|编制组)"
                         r"[：:]\s*)+")
# Who is writing, not what is asked: a first clause 我是北岭市红星村村民 / 作为一名…居民 / 我家住…;
# a signature ——市民王建军 / 居民：赵国庆 / 联名人：… at the end.
# A first sentence that only says who writes (我是…个体户，在镇上开了十年小卖部。/ 本人系…教师。).
_IDENTITY_SENTENCE = re.compile(r"^(?:我们?是|本人|我系|我叫|作为|我家|家住|我住在)[^。！？!?\n]{1,60}[。！？!?\n]")
# The opening clauses of a sentence that say who writes (本人张建国，柳江区三都村村民，坚决反对… /
# 我叫刘某，河南沈丘县人，在郑东新区干木工，…): the first names the writer, the next ones only who or
# where the writer is; the first clause that is neither (项目部拖欠2023年全年工资) is the request's own.
_LEAD_START = re.compile(r"(?:我们?是|本人|我系|我叫|作为|我家|家住|我住在|我在)")
_ROLE = r"(?:村民|居民|牧民|市民|业主|职工|家长|农民|渔民|个体户|退休职工|退休教师|教师|学生|工人|党员|代表|委员|户主|人)"
_ROLE_NAME = re.compile(rf"[^，,。！？!?\n\d]{{0,20}}(?:村民|居民|牧民|市民|业主|职工|家长)(?P<n>[\u4e00-\u9fff]{{2,4}})")
# 桃溪村村民杨某：…: the name is who signs; the village stays (村小学 may be that village's)
_ROLE_NAME_COLON = re.compile(r"([^，,。！？!?\n\d：:]{0,20}(?:村民|居民|牧民|市民|业主|职工|家长))[\u4e00-\u9fff]{2,4}[：:]\s*")
_IDENTITY_PIECE = re.compile(
    rf"(?:系|是)?[^，,。！？!?\n\d]{{0,20}}{_ROLE}|(?:家住|住在|住|家在)[^，,。！？!?\n\d]{{1,20}}|(?:今年|年龄|年纪)[：:]?\d{{1,3}}岁|\d{{1,3}}岁|"
    r"(?:男|女)|(?:身份证|电话|手机|联系电话)(?:号码|号)?[：:]?\s*[\dXx*＊×\- ]{4,}|[^，,。！？!?\n\d]{2,20}村\d{1,2}组|"
    # a plate or a staff number (车号宁A·T3521, 车牌苏A88D21, 工号A10235)
    r"(?:车号|车牌号?|工号|学号|编号|证号)[：:]?\s*[\u4e00-\u9fff]?[A-Za-z0-9·・.]{4,10}|"
    # an address down to the flat (锦绣家园3栋1单元502住户)
    r"[^，,。！？!?\n\d]{2,20}\d{1,3}(?:栋|幢|号楼)(?:\d{1,2}单元)?(?:\d{1,5}(?:室|号)?)?(?:住户|业主|居民)?")
_CLAUSE = re.compile(r"[^，,。！？!?\n]+[，,]?")


def _identity_lead(s: str) -> str:
    """``s`` without its opening clauses that only say who writes (see :data:`_LEAD_START`)."""
    if lead := _ROLE_NAME_COLON.match(s):
        s = lead.group(1) + "，" + s[lead.end():]  # 桃溪村村民杨某：请保留村卫生室。
    clauses = []
    for m in _CLAUSE.finditer(s):
        clauses.append(m)
        if not m.group(0).endswith(("，", ",")):
            break  # the first sentence only
    if len(clauses) < 2:
        return s
    first = clauses[0].group(0).rstrip("，,")
    if not ((_LEAD_START.match(first) or ((role := _ROLE_NAME.fullmatch(first)) and role.group("n")[0] in SURNAMES))
            and NOT_IDENTITY.search(first) is None):
        # (明确地下车库出租收益归全体业主所有: a role inside a request, no writer named after it)
        return s
    asks = next((j for j, c in enumerate(clauses) if j and _OPENS_ASKING.match(c.group(0))), None)
    if asks is not None and not any(NOT_IDENTITY.search(c.group(0)) or re.search(r"\d", c.group(0))
                                    for c in clauses[1:asks]) \
            and len(re.findall(r"[\u4e00-\u9fff]", s[clauses[asks].start():])) >= 12:
        # everything before the clause that asks says who writes (我是种粮大户吴某，今年流转了300亩地，建议…)
        if not refers_back(s[:clauses[asks].start()], s[clauses[asks].start():]):
            return s[clauses[asks].start():]
    k = 1
    while k < len(clauses) - 1 and _IDENTITY_PIECE.fullmatch(clauses[k].group(0).rstrip("，,")) \
            and not NOT_IDENTITY.search(clauses[k].group(0)):
        k += 1
    if refers_back(s[:clauses[k].start()], s[clauses[k].start():]):
        return s  # 我住在北湖小区，小区门口的公交站太远: the place the request is about
    return s[clauses[k].start():]


# A clause opening with a word that asks or takes a side (within its first four characters).
_OPENS_ASKING = re.compile(r"[^，,。！？!?\n]{0,4}(?:请求|建议|恳请|希望|要求|呼吁|请|支持|反对|赞成|同意)")


# Fields that only say who writes, in a bracket (（房号：5-1-702，业主：李某）) or as a first line run
# before the text (签名：刘某 电话：139… ｜ 反对……): a form letter's personal details.
_SENDER_FIELD = r"(?:房号|门牌号?|业主|住户|户主|姓名|签名|署名|联系人|联系电话|电话|手机|身份证号?)\s*[：:]\s*"
_FIELD_BRACKET = re.compile(rf"[（(]\s*(?:{_SENDER_FIELD}[^（）()：:，,、]{{1,24}}[，,、\s]*)+[)）]")
_FIELD_LEAD = re.compile(rf"^\s*(?:{_SENDER_FIELD}[^：:｜|/\n，,。]{{1,24}}?[\s，,　]*)+[｜|/\n]\s*")
# 签名：赵某 平川市东城区北关乡 我们支持……: a signature and the signer's place, then the text (before
# spaces are dropped: they are its only bounds)
_SIGNED_LEAD = re.compile(r"^\s*(?:签名人?|署名|联名人)[：:][ 　]*[\u4e00-\u9fff·]{2,4}"
                          r"(?:[ 　]+[\u4e00-\u9fff]{2,30}?(?:省|市|区|县|乡|镇|村|社区|街道|小区))?"
                          # further fields of who writes (住址：桂花园3栋 电话：139…)
                          r"(?:[ 　]+(?:住址|地址|电话|手机|房号|单位)[：:][ 　]*[^\s：:，,。]{1,24})*[ 　]+(?=\S)")
_REPORTING = re.compile(r"^(?:我要|我想|再次)?反映(?:一下)?[：:，,]?\s*")
# A title line over a citizen's letter (致“十四五”规划编制组的一封信).
_LETTER_TITLE = re.compile(r"^[^。！？!?\n]{0,40}(?:的一封信|的来信|公开信)[ 　]*\n"
                           # a title line over the text: 关于加强…的建议 / 某村委会关于申请…的报告
                           r"|^[^。！？!?\n：:]{0,30}关于[^。！？!?\n]{2,40}的?(?:建议|意见|请示|报告|函|反映|诉求|反馈)"
                           r"(?:[（(][^（）()\n]{1,12}[)）])?(?:[ 　]*\n|[：:])(?=[^\n]{8,})")
# Whom 我公司 / 本单位 / 本人 stands for, in a bracket after it (我公司（北岭恒达物流有限公司）).
_SELF_BRACKET = re.compile(r"(?:(?<=我公司|本公司|我单位|本单位)|(?<=我司|我村|我社|我校|我院|我会|我厂|本人))[（(][^（）()]{2,30}[)）]")
# A first sentence of the sender's fields (联名意见（第8号）签名人：马某，住址：…，身份证尾号1234。).
_FIELD_SENTENCE = re.compile(r"^[^。！？!?\n：:]{0,12}?(?:签名人?|署名|联名人|姓名|住址|家庭住址|联系电话|意见人|建议人|提议人|反映人)[：:]"
                             r"[^。！？!?\n]{1,80}[。！？!?\n](?:\s*(?:意见|建议)[：:])?")  # 意见人：某，身份证号…，某村一组。意见：…


# Who writes, in the part before the first word that asks: the sender's numbers (身份证号后四位0315,
# 工号1032, 房号8-2-1501), name (业主林某, 司机郑某, 姓名：白雪梅) and, after a name field, unit or
# address — a form letter's personal details, never what it asks. After the first word that asks,
# the same details are what the request is about (建议对业主林某依法处理) and stay.
_FIRST_ASK = re.compile(r"建议|要求|希望|请求|恳请|呼吁|(?<![申邀])请(?!问)|盼|反对|支持|赞成|同意")
_SENDER_NUMBER = re.compile(r"(身份证(?:号码|号)?(?:后四位|后4位|末四位|末4位|尾号|后六位|后6位)?|工号|学号|房号|房间号|门牌号?|车牌号?|证件号|(?:骑手|会员|员工|司机)编号|工牌号?)"
                            r"(?:是|为|[：:])?\s*[A-Za-z0-9·\-－—*＊×/]{2,20}")
# What follows a role word without being a name (居民楼太近, 村民小组, 业主委员会, 学生家长, 教师节).
_NOT_A_NAME = r"(?!楼|区|点|家|户|小|委|会|组|代表|们|群|意见|反映|生活|出行|健康|利益|节|宿舍|公寓|食堂)"
_ROLE_BEFORE_NAME = r"业主|司机|村民|居民|市民|职工|教师|老师|家长|网友|学生|工人|员工|患者|农民|渔民|牧民|摊主|店主|商户|经营户|本人|我叫"
_SENDER_NAME = re.compile(rf"(?:(?<={_ROLE_BEFORE_NAME.replace('|', ')|(?<=')}))(?:[\u4e00-\u9fff]某某?|{_NOT_A_NAME}[\u4e00-\u9fff]{{2,3}}(?=[，,；;。、（(\s]|$))"
                          r"(?:\s*[（(][^（）()]{1,30}[)）])?"  # 郑海（锦绣花园2-301）: the name's address or plate
                          r"|(?<=姓名|签名|署名|家长)([：:])\s*[\u4e00-\u9fff·]{2,4}(?=[，,；;。、\s]|$)")
_SENDER_HINT = re.compile(rf"身份证|工号|编号|学号|房号|门牌|车牌|证件号|某|姓名|签名|署名|{_ROLE_BEFORE_NAME}")
# The sender's workplace before the role (实验小学教师 / 育英小学教师): who writes.
_SENDER_WORKPLACE = re.compile(r"[\u4e00-\u9fff]{2,6}(?=(?:小学|中学|学校|医院|公司|工厂)(?:教师|老师|医生|护士|职工|员工|工人|司机)"
                               r"(?:[\u4e00-\u9fff]某某?|某|[\u4e00-\u9fff]{2,3})?$)")
# Where the sender lives, told with the name (住长江路18号, 住幸福小区3栋).
_SENDER_HOME = re.compile(r"(?<=[，,])(?:家住|住在|住)[^，,。；;]{1,20}(?=[，,])")
_FIRST_PERSON = re.compile(r"我|本人|姓名|签名|署名|联名")
_SENDER_FIELDS = re.compile(r"(?<=姓名[：:]某)(?:[，,；;、\s]*(?:单位|工作单位|所在单位|住址|地址|年龄|性别)[：:][^，,；;。：:]{1,30})+")


# A writer's group, building or class within the place named (3组, 7栋, 1年级3班), and a request
# that speaks of it (我们组, 本栋): then the number is the request's.
_SENDER_UNIT_NO = re.compile(r"[\d一二三四五六七八九十]{1,3}(?:组|栋|幢|单元|号楼)(?:[-－]?\d{3,4}(?:室|号|户)?)?|(?:[\d一二三四五六七八九十]{1,2}年级|[高初][一二三])(?:[（(]?[\d一二三四五六七八九十]{1,2}[）)]?班)?|"
                             r"[（(]?(?<!\d)\d{1,2}[）)]?班")
_OUR_UNIT = re.compile(r"(?:我们|本|这|该)(?:个)?(?:组|栋|幢|楼|单元|班|年级)")


def _sender_details(s: str) -> str:
    """``s`` with the sender's details before its first word that asks put as 某 / the label alone,
    when that part says who writes (a first person or a role with a name)."""
    ask = _FIRST_ASK.search(s)
    if ask is None:
        return s  # nothing asked (a sentence framing removed 建议 from): no telling who writes
    head, rest = s[:ask.start()], s[ask.start():]
    if not (_SENDER_NAME.search(head) or _FIRST_PERSON.search(head)):
        return s
    head = _SENDER_NUMBER.sub(r"\1", head)
    if not _OUR_UNIT.search(rest):  # 枳坪村3组村民 / 5组村民, 三年级（2）班的家长: the writer's own, unless asked of
        head = _SENDER_UNIT_NO.sub("", head)
    named = _SENDER_NAME.search(head)
    head = _SENDER_NAME.sub(lambda m: (m.group(1) or "") + "某", head)
    if named:
        head = _SENDER_WORKPLACE.sub("", _SENDER_HOME.sub("住", head))
    return _SENDER_FIELDS.sub("", head) + rest


_BRACKET_TAIL = re.compile(r"[（(]([^（）()]{1,40})[)）]\s*$")
_SIGNATURE_WORD = re.compile(r"(?:居民|村民|市民|业主|牧民|网友|家长)(?![区点楼委会组])|电话|手机|先生|女士|某|留言|回复|反映")
# Where a bracket locates something rather than signs (居民区北侧): never a signature.
_PLACE_WORD = re.compile(r"侧|旁|附近|周边|沿线|路口|以[东南西北内外]")
# What a signature never holds: a word that asks, takes a side, negates or changes something.
_NOT_SIGNED = r"(?![^，,。；;\n]*?(?:建议|请|希望|要求|应|须|盼|支持|反对|同意|不|没|无|未|禁止|增|减|删|改|调整|取消|保留|重点|是|为))"
# 我是…的一名村民 / 作为一位老党员: an article, no number to compare
_ONE_OF = re.compile(r"(我是|我系|作为|本人是)([^，,。！!？?]{0,20}?)(?:一名|一位|一个)")
_IDENTITY_CLAUSE = re.compile(rf"(?:^|(?<=[{_CLAUSE_END}：:]))(?:我们?是|我叫|作为一名|作为|我家住|家住|我住在|我在)"
                             rf"[^{_CLAUSE_END}]{{1,40}}[{_CLAUSE_END}](?:[\u4e00-\u9fff]{{2,4}}[{_CLAUSE_END}])?")
_IDENTITY_TAIL = re.compile(
    r"(?:[。.；;，,\s]*(?:(?<=[。.！!？?\n])[—\-－]{1,2}\s*" + _NOT_SIGNED + r"[^，,。；;—\-－]{1,30}|(?<![\u4e00-\u9fffA-Za-z0-9])(?:签名人?|署名|姓名|联系人|联名人|写信人|来信人|留言人|反映人|联系电话|电话|手机|邮箱|身份证(?:号码?|号)?(?:后四位|后4位|末四位|尾号)?)(?:[:：]"
    r"\s*[^，,。；;：:]{1,24}|\s*[\d*＊\- ]{7,}[^，,。；;：:]{0,10}))|[。.；;，,\s]+(?:市民|网友|村民|居民|业主|群众|牧民|家长|骑手|司机|职工|员工|志愿者)" + _NOT_SIGNED +
    r"(?:[:：]\s*[^，,。；;：:]{1,24}|\s*[\u4e00-\u9fff]{1,3}(?:某某?|先生|女士)?)"
    # the date a signature carries (never a date alone: 完成时限定为2025年12月31日 asks for it)
    r")+(?:[，,\s]*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}))?[。.]?\s*$")
# An organ (or several) the text is addressed to, on a line of its own before the text:
# 自治区生态环境厅：/ 市生态环境局、市发展改革委：
_ADDRESSEE = re.compile(r"^(?![^：:\n]*(?:关于|针对|对于|支持|反对|同意|赞成|第))(?:[\u4e00-\u9fffA-Za-z]{1,20}?(?:人民政府|政府|厅|局|委|委员会|办公室|办|编制组|(?<=监管)所)"
                        r"[、，,和及]?){1,8}(?<=[\u4e00-\u9fff])(?:反映|投诉|求助)?[：:]\s*")
# Time waited, as a re-post updates it (快三个月了 / 快四个月了): the trailing 了 says it is elapsed
# time, not a period asked for (整改期限三个月).
_WAITED = re.compile(r"(?<![工置成满逾超])(?<!连续)(?<!超过)(?:\d+(?:\.\d+)?个?多?|半个?)(?:月|年|天|周|星期|礼拜|小时)[多半]?(?:了|前(?=就|已|曾|反映|留言|投诉|来信)"
                     r"|(?=[，,]?(?:一直|都|还|仍)?(?:没|未|还没|都没|仍未|一直没)))"
                     r"|(?<=等了|拖了|已经|已有|反映|投诉|留言|提交)(?:\d+(?:\.\d+)?个?多?|半个?)(?:月|年|天|周|星期|礼拜|小时)[多半]?(?!的|以上|以下|以内)")
# A clause that only says what became of an earlier report (至今未解决, 到现在还没有人来看过) or that
# it was made before (去年就反映过, 今年5月就在留言板上反映过一次): a re-post's, not its request.
_STATUS_NOUN = r"(?:解决|答复|回复|处理|消息|动静|人管|人来|人修|人理|看过|结果|进展|落实|改善|回音|办结|下文|变化)"
_STATUS_CLAUSE = re.compile(
    r"(?:^|(?<=[，,。；;！!？?\n]))(?:"
    # 至今未解决 / 到现在三个星期了还没解决 (the time waited inside)
    r"(?:至今|到现在|到今天|到目前|迄今|一直|仍然|仍|还是|都)(?:[^，,。；;！!？?\n]{1,6}?了)?(?:仍|还|都|也|一直|依然|仍然|还是)?"
    rf"(?:未|没有?人?|不)[^，,。；;！!？?\n]{{0,4}}{_STATUS_NOUN}"
    r"|[^，,。；;！!？?\n]{0,8}(?:还是老样子|依然如故|毫无进展|没有任何变化)"
    # 去年就反映过 / 5月份已来函反映过 / 今年4月已在留言板反映过 / 上周说过了还是没人管
    r"|(?:这件事|此事|这个问题|该问题)?(?:我们?)?(?:(?:今年|去年)?\d{1,2}月(?:\d{1,2}[日号])?份?|去年|上次|之前|以前|前几天|前段时间|上个?月|上周|前期|此前"
    r"|[一二三四五六七八九十两半\d]+个?多?(?:月|周|星期|天|年)前)?(?:就|已经|也|曾|已)?"
    r"(?:在[^，,。；;！!？?\n]{1,8}?上?|向[^，,。；;！!？?\n]{1,10}|来函|来信|打电话|写信)?(?:提过|反映过|留言过|说过|投诉过)(?:一次|两次|这个事|此事)?了?"
    rf"(?:了?(?:还是|仍然|但|可|也)?(?:没有?人?|未)[^，,。；;！!？?\n]{{0,4}}{_STATUS_NOUN})?"
    r"|(?:前期|此前|之前|上次)?已(?:经)?向[^，,。；;！!？?\n]{1,10}(?:反映|投诉|留言)过?"
    # 之前给城管局留言也没用
    r"|(?:之前|此前|上次|以前)(?:给|向|在)[^，,。；;！!？?\n]{1,10}(?:留言|反映|投诉|打电话|打过电话)过?(?:也|都|但)?(?:没用|没有用|无果|没人管|没下文|没有下文)"
    # 现再次反映 / 这次再次提交
    r"|(?:所以|因此|故|特|现|现在|今|这次)*再次(?:反映|提交|留言|来信|投诉)"
    r")[，,]?(?=$|[^，,；;！!？?\n])")
# A re-post marked in brackets (致市住建局（再次反映）：).
_REPOST_ASIDE = re.compile(r"[（(【\[](?:(?:再次|又一次|重复|第[二三四五六七八九十\d]{1,2}次)(?:反映|提交|留言|来信|投诉|求助)|"
                           r"转(?:发)?自[^（）()【】\[\]]{1,12}|转发|转载)[)）】\]]")  # 【转自业主群】 / 【转发自业主群】
_NEARLY = re.compile(r"(?:快|将近|近|差不多)多时")
_STATUS_HINT = re.compile(r"反映|提过|说过|投诉|留言|未|没|老样子|依然|毫无|再次|顶|还在|仍是|重新|报错|出错|再提交|编号|^重复|\d:\d\d|日\s*$|单位[：:]")
# A date stamp that heads a post (7月2日：) or ends it in a bracket (（2024-04-18再次提交，上次未收到回复）).
_DATE_STAMP = re.compile(r"^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?[：:]\s*|^\d{4}[-./]\d{1,2}[-./]\d{1,2}[：:\s]\s*"
                         r"|[（(]\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:[，,\s]*(?:再次|重新|第[二三四五\d]次)(?:提交|反映|留言|发帖)"
                         r"(?:[，,]?(?:上次|前次|此前)?(?:未|没有?)(?:收到)?(?:回复|答复|下文))?)?[)）]\s*$")
# A name opening the text right before its telephone: who writes.
_NAME_PHONE = re.compile(r"^[\u4e00-\u9fff]{2,4}[，,\s]\s*(?=(?:联系)?(?:电话|手机)(?:号码)?[：:]?\s*[\d*＊]{3})")
# A name and a masked telephone opening the text, with no label (周某某，137****5521，要求…).
_NAME_MASKED_PHONE = re.compile(r"^[\u4e00-\u9fff]{2,4}[，,\s]\s*1\d{2}[*＊]{4}\d{4}[，,\s]*")
# A plate and its owner opening the text (车牌霖B·3K72Q车主，请求…).
_PLATE_LEAD = re.compile(r"^车牌(?:号)?[：:]?\s*[\u4e00-\u9fff]?[A-Za-z0-9·・.]{4,10}(?:的)?车主[，,\s]*")
# A telephone written after its label (手机号码135****6672, 电话：139 0000 1234): who writes, never the request.
_PHONE_CLAUSE = re.compile(r"(?:(?<![\u4e00-\u9fff])(?:手机|电话)|联系电话|联系方式|本人电话|我的电话)(?:号码)?[：:]?\s*[\d*＊xX×\- ]{7,}[，,]?")
_SPACE = re.compile(r"\s+")
_SIGN_HINT = re.compile(r"[-－~～—–≥≤＞＜><]")
_RANGE_DASH = re.compile(r"(?<=\d)\s*[-－~～—–]+\s*(?=\d)")
_MINUS = re.compile(r"(?<![\d\w])[-－](?=\d)")
_COMPARISON = str.maketrans({"≥": "不低于", "≤": "不高于", ">": "高于", "<": "低于", "＞": "高于", "＜": "低于"})
_QUOTES = re.compile(r"[“”\"'‘’「」『』〝〞]")
_DROP = re.compile(r"[^\w%.]|_")
# 虚词 a copy adds or drops without changing the request: removed from both texts.
_FILLER = re.compile("的话(?![语题])|的|(?<=[极真格快速断步实力效面觉动好细稳妥密])地|(?<=[做搞办建管干说写])得|也|了|着")
# Added or dropped alone, these are 虚词 too (an inserted 到, 中, 一些, 进一步).
_FILLER_SPAN = re.compile(r"(?:(?:当中|之中|里面)来(?![源自])|在|当|中|到|就|都|还|再|又|仍然|仍|依然|之|一些|些|进一步|切实|认真|有关|相关|当中|之中|方面|一下|一个|个|"
                          r"尽快|尽早|及时|抓紧|早日|马上|立即|立刻|赶紧|一定|真正|积极|到位|真的|确实|"
                          r"十分|非常|极其|极为|很|更|更加|较为|比较|那些|这些|那个|这个|时候|要|需要|还是|于|关于|"
                          r"相关部门|有关部门|一次|一项|一下|全面|进行|目前|当前|现阶段|予以|加以|来|真)+")
# Words of spoken Chinese a copy puts in or leaves out (我觉得吧，就是说呢，…那个…嘛), and the
# range sign between two years (2021-2030 / 二〇二一至二〇三〇): set aside when two short texts
# are matched as candidates and when a replaced span is judged, never in the reduction itself.
_SPOKEN = re.compile(r"我们?(?:觉得|认为|想说)吧?呢?|总的来说|总来说|其实|能够|就是说?|然后|实在是?|真心|到底|所以|对于|这边|那边|"
                     r"那里|这里|这个|那个|等等|力度|我们|(?<=点)钟|将(?!要|会|于)|[能把给对是吧呢啊呀嘛嗯哦哈啦们个我]|(?<=\d)[至到](?=\d)")
# Digits an OCR reads as letters, inside numbers and after 专栏/第.
_OCR_DIGIT = re.compile(r"(?<=\d)[oO]+|[oO](?=\d)|(?<![A-Za-z])[oO](?=\.\d)|(?<=\d)[lI](?![a-zA-Z])|(?<![a-zA-Z])[lI](?=\d)|(?<=\d\.)[sS](?![a-zA-Z])"
                        r"|(?<=专栏|附件|附表)[lIoO](?![a-zA-Z])|(?<=第)[lI](?=[章节条款项篇页行])")
_PERCENT = re.compile(rf"百分之([\d.]+|{_CN_RUN}(?:点[{_CN_DIGITS}]+)?)")
# A numeral in words: with 十/百/千 (三十五), a decimal (一点五), before a counter (一次, 三个),
# or either end of a range (两到三个).
_CN_DECIMAL = re.compile(rf"({_CN_RUN})点([{_CN_DIGITS}]+)")
_CN_TENS = re.compile(rf"[{_CN_DIGITS}]*[十百千][{_CN_DIGITS}]*")
# 一个, 一次, 1个: an article more than a number (建一个市场 / 建个市场); 2个 stays a number.
_INDEFINITE = re.compile(r"(?<![\d.第])(?:一|1)[个次项下些]"); _HOW_OFTEN = re.compile(r"每[年月周日天季][^，,。；;]{0,6}$|(?:至少|不少于|不低于|不超过|最多)$")  # (每月考核1次: a frequency)
# Two digits side by side make no numeral in words (十四五 is a plan's name).
_CN_RANGE = re.compile(rf"({_CN_RUN})(?=(?:到|至|~|-|－)(?:{_CN_RUN}|\d))")
_CN_ORDINAL = re.compile(rf"(第|专栏|表|附件|附表|图)\(?\s*({_CN_RUN}|\d+)\s*\)?")
_CN_COUNTED = re.compile(rf"({_CN_RUN})(?=[章节条款项篇部页行栏年月日号个万亿%次名人家座处所台辆吨米亩倍天周元户批期轮级类种位件份场届岁°本张趟盏棵株套间层栋幢头只]"
                         rf"|公里|公顷|小时|分钟|平方|立方|蒸吨|车道)")
# Numerals of amounts written against forgery (壹佰万元) are the same numbers.
_FINANCIAL = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")
# Variant shapes of a character an OCR or an input method gives (內 for 内, 戶 for 户): the same character.
_VARIANT = str.maketrans("內戶敎爲兌靑錄黒罸後", "内户教为兑青录黑罚后")
# Roman numerals (Ⅱ类水, Ⅰ级响应) as digits before width folding spells them as Latin letters.
_ROMAN = str.maketrans({"Ⅰ": "1", "Ⅱ": "2", "Ⅲ": "3", "Ⅳ": "4", "Ⅴ": "5", "Ⅵ": "6", "Ⅶ": "7", "Ⅷ": "8", "Ⅸ": "9",
                        "Ⅹ": "10", "ⅰ": "1", "ⅱ": "2", "ⅲ": "3", "ⅳ": "4", "ⅴ": "5"})
# How many times a re-post says it was sent (第5次反映 / 第6次反映): the count is not the request.
_TIMES_SENT = re.compile(r"(?:^|(?<=[，,。！!：:\s我是【\[（(]))第\d+次(?=反映|留言|投诉|来信|求助|提交)")
# (一万二: 12000, as said; 一万五千 / 1万5000: 15000, the smaller part added)
_WAN = re.compile(r"(\d+(?:\.\d+)?)(万)(?:([一二三四五六七八九两](?![十百千万亿\d]))|(\d{1,4})(?![\d.年月日号万亿]))?")
_YI = re.compile(r"(\d+(?:\.\d+)?)(亿)(?:([一二三四五六七八九两](?![十百千万亿\d]))|(\d{1,8})(?![\d.年月日号万亿]))?")  # (after 万)
_DEMONSTRATIVE_ONE = re.compile(r"(这|那|哪|同|每)一(?=[部块方个项条点])")  # 这一部分 names no number
_SPEED = re.compile(r"(\d+(?:\.\d+)?)\s*(?:km/h|(?:公里|千米)(?:/|每)小时)|时速(\d+(?:\.\d+)?)\s*(?:公里|千米)")
_CN_YEAR = re.compile(r"[〇零○一二三四五六七八九]{4}")
_SEP = "|"

_FRACTION = re.compile(rf"({_CN_RUN}|\d+)分之({_CN_RUN}|\d+)|(?<![\d/])(\d+)/(\d+)(?![\d/])")


def _fraction(m: re.Match) -> str:
    """A fraction as digits, numerator first: 三分之一 and 1/3 both give 1/3; a per mille as its percentage (千分之五, 5‰: 0.5%)."""
    if m.group(1) == "百":
        return m.group(0)  # 百分之… is a percentage (_PERCENT)
    num, den = (x if x.isdigit() else _cn_number(x) for x in ((m.group(2), m.group(1)) if m.group(1) else (m.group(3), m.group(4))))
    per_mille = den == "1000" and num.isdigit() and m.string[m.start() - 1:m.start()] != "."  # (not 2.5‰'s last digit)
    return f"{int(num) / 10:g}%" if per_mille else f"{num}/{den}"


def _scaled(m: re.Match) -> str:
    # (in decimals: 1.62万 is 16200, where floats give 16200.000000000002)
    value = (Decimal(m.group(1)) + (Decimal(int(_cn_number(m.group(3)))) / 10 if m.group(3) else 0)) \
        * (10_000 if m.group(2) == "万" else 100_000_000) + int(m.group(4) or 0)
    return str(int(value)) if value == int(value) else format(value.normalize(), "f")


@lru_cache(maxsize=1)
def _synonyms() -> tuple[re.Pattern, dict[str, str]]:
    """Words of ``data/synonyms.txt`` and the first word of their line."""
    canon = {w: line.split()[0] for line in read_lines("synonyms.txt") for w in line.split()}
    words = sorted(canon, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words))), canon


def _cn_decimal(run: str) -> str:
    """一点五 → 1.5, 零点八 → 0.8; a whole numeral as :func:`_cn_number` gives it."""
    whole, _, frac = run.partition("点")
    if not frac:
        return _cn_number(whole)
    digits = "".join(_cn_number(c) for c in frac)
    return f"{_cn_number(whole)}.{digits}" if digits.isdigit() else run


# Words that ask, for telling a sentence about the sender from one that requests.
_REQUEST_WORD = re.compile(r"建议|请求|恳请|希望|要求|呼吁|应当|应该|务必|请(?!问)|支持|反对|赞成|同意")


# Fewer meaning-carrying characters than this left after the framing is set aside: too little
# to call two texts one request on.
_MIN_CORE = 8
_LEAD_MARKER = re.compile(r"我们?是|本人|我系|我叫|作为|我家|家住|我住在|我在|村民|居民|牧民|市民|业主|签名人?[：:]|联名人[：:]|住址[：:]|"
                          r"(?:意见|建议|提议|反映)人[：:]")
_LEAD_CHARS = 80
# The last characters of a text where a signature or a polite closing is looked for.
_TAIL_CHARS = 160
# A signature after the request holding a telephone or an identity number's tail: （王丽华，139****5521）,
# 本人：孙玉兰，身份证后四位1208。, 河西村村民 胡金宝（身份证尾号2231）. Never a name without a number
# (建议依法查处违建户王丽华 asks about that person).
_SIGNED_NUMBER = re.compile(r"身份证|尾号|电话|手机|学号|工号|1\d{2}[*＊]{4}\d{4}|1\d{10}")
_SIGNED_TAIL = re.compile(
    r"(?:(?<=[。！？!?\n])|^)\s*(?:——|—|--)?\s*[（(]?\s*(?:本人[：:]?\s*)?(?:[\u4e00-\u9fff\d]{0,16}?(?:村民|居民|业主|市民|家长|职工|学生|教师|员工))?\s*"
    r"[\u4e00-\u9fff]{2,3}\s*[，,、]?\s*[（(]?\s*"
    r"(?:(?:身份证(?:号码?|号)?(?:后四位|后4位|末四位|尾号)|尾号|联系电话|电话|手机|学号|工号)[：:]?\s*[\dXx*＊A-Za-z\-]{4,18}|1\d{2}[\d*＊]{4}\d{4})"
    r"\s*[)）]?\s*[)）]?[。.]?\s*$")
# The sender's fields of a form letter, on a first line of their own (家长姓名：马丽娟 学生班级：三年级2班), before
# the text after a telephone (联系人：周女士 139****7702 要求…), or after its last sentence (。摊主：吴海 /
# 。提交人：何家村村民何永生，身份证后四位3318。): who writes, never what is asked.
_SENDER_LABEL = (r"(?:家长|学生|学生家长|本人|户主|职工|业主|员工|乘客|患者|村民|居民)?(?:姓名|班级|年级|住户|住址|家庭住址|电话|联系电话|"
                 r"手机|联系方式|联系人|摊主|店主|车主|提交人|填写人|填表人|提出人|申请人|投诉人|反映人|建议人|签名|署名|房号|门牌号?|"
                 r"工作单位|学号|工号|意见编号|留言编号|工单编号|受理编号|"
                 # a role as the label of the name (居民：谢某, 商户：鲁记面馆 鲁某, 业主代表：杜某)
                 r"(?:居民|村民|市民|业主|商户|网友|留言人|职工|家长|学生|乘客|患者|员工|渔民|牧民|司机|乡村医生|医生|教师|护士)(?:代表)?|"
                 r"船号|船主|车牌号?)")
# A number's tail that only identifies the sender (电话尾号5520, 学号后四位0312, 身份证后四位1208).
_TAIL_NUMBER = (r"(?:身份证(?:号码?|号)?|(?:联系)?(?:电话|手机)(?:号码)?|学号|工号|会员号|车牌号?)"
                r"(?:后四位|后4位|末四位|末4位|后六位|后6位|尾号)[：:]?\s*[\dA-Za-z*＊]{3,18}")
_FIELD_PAIR = (rf"(?:{_SENDER_LABEL}[：:]\s*(?![^：:\n。]*?(?:建议|要求|请|希望|恳请|呼吁))[^：:\n。；;！!？?，,]{{1,30}}?|"
               rf"{_TAIL_NUMBER})")
_FIELDS_HEAD = re.compile(rf"^\s*{_FIELD_PAIR}(?:[，,\s]*{_FIELD_PAIR})*[ \t\u3000]*\n|"
                          rf"^\s*联系人[：:]\s*[\u4e00-\u9fff]{{1,4}}\s*[\d*＊]{{7,}}\s+")
_FIELDS_TAIL = re.compile(rf"(?<=[。！!？?\n])\s*{_FIELD_PAIR}(?:[，,\s]*{_FIELD_PAIR})*[。.]?"
                          rf"(?:\s*{_DATE_TIME})?(?:\s*(?:本条|此条)?为?第[二三四五\d]次提交)?\s*$")  # …联系电话：138****6710↵2025年3月2日
# An address and a name heading a form letter, set off by a space or a line: who writes.
_SIGNED_HEAD = re.compile(r"^\s*[\u4e00-\u9fff]{2,10}?(?:\d+\s*(?:栋|幢|号楼)(?:\s*\d+\s*单元)?(?:\s*\d+\s*室)?|"
                          r"[一二三四五六七八九十\d]+组|\d+号)[ \t\u3000]+[\u4e00-\u9fff]{2,3}(?:[ \t\u3000]+|\n)")
_LATIN_OI = re.compile("[oOlIsS]")
_PAGE = re.compile(r"(?<![A-Za-z])[Pp]\.?\s*(\d{1,4})(?![\d.A-Za-z])")

# 千 an OCR put for 干 in a word, with no numeral before it (党员千部, 若千, 千预): no thousand
_QIAN_FOR_GAN = re.compile(r"(?<![\d一二三四五六七八九十百两几数万])千(?=部|净|预|扰|旱|线|涉|燥|枯|警|劲)|(?<=若)千")
_NIGHT = re.compile(r"(?:夜间|夜里)(?=[\d一二三四五六七八九十]{1,3}(?:[:：]|点|时))")
_KILO = {"千卡": "kcal", "千瓦": "kw", "千伏": "kv", "千帕": "kpa", "千焦": "kj", "千赫": "khz", "千克": "kg"}
# A date written with dashes, slashes or dots (2025-07-01 / 2025/7/1 / 2025.7.1).
_DASH_DATE = re.compile(r"(?<![\d.\-/])([12]\d{3})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.\-/])")


def dates_written_out(s: str) -> str:
    """Dates written with dashes, slashes or dots (2025-07-01 / 2025.7.1) as 2025年7月1日."""
    if "-" in s or "/" in s or "." in s:
        s = _DASH_DATE.sub(lambda m: f"{m.group(1)}年{int(m.group(3))}月{int(m.group(4))}日", s)
    return s
_KILO_UNIT = re.compile("|".join(_KILO))
_CASES = re.compile(rf"(?<![{_CN_DIGITS}])(?!一起)({_CN_RUN})(?=起(?![来床步草诉]))")
# A ratio written with a colon (按7:3比例分担, 7∶3的比例) or in words (按七比三比例).
_RATIO = re.compile(r"(?<![\d.:：∶])(\d{1,3})\s*[:：∶]\s*(\d{1,3})(?![\d.:：∶])")
_RATIO_AFTER = re.compile(r"\s*(?:的)?(?:比例|比重|分成|分担|配比)")
_RATIO_BEFORE = re.compile(r"比例|比重|配比")
_CN_RATIO = re.compile(r"(?<![一二三四五六七八九十百零〇两])([一二三四五六七八九十]{1,3})比([一二三四五六七八九十]{1,3})(?![一二三四五六七八九十百千万])")


def _ratio(m: re.Match) -> str:
    """Two numbers apart by a colon as a ratio when 按 goes before or 比例 after them; else as they were."""
    before = m.string[m.string.rfind("。", 0, m.start()) + 1:m.start()]  # (配备比例不低于1:3；…不低于1:6)
    if before[-1:] == "按" or _RATIO_AFTER.match(m.string, m.end()) or _RATIO_BEFORE.search(before):
        return f"{m.group(1)}比{m.group(2)}"
    return m.group(0)


_ANGLE_TITLE = re.compile(r"<{1,2}([^<>\d=]*[\u4e00-\u9fff][^<>\d=]*)>{1,2}")
_MIXED_NUMERAL = re.compile(r"(?<![\d.])(?:\d[千百十])+\d?(?![\d.])")
_TO_CN_DIGIT = str.maketrans("0123456789", "零一二三四五六七八九")
# (350千元 / 350000元, 35百 / 3500: a number of digits times 千 or 百, not 350 and 1000 side by side)
_DIGITS_TIMES = re.compile(r"(?<![\d.])(\d{2,}(?:\.\d+)?|\d\.\d+)([千百])(?![\d一二三四五六七八九十百千万亿零〇两分])")
_TENTHS = re.compile(r"(?<![\d.一二三四五六七八九十])([一二三四五六七八九]|\d)成(?![本员立果为绩交长功熟型品份])")
_AND_A_HALF = re.compile(r"(\d+)(天|年|个月|小时|周|个星期)半")
_HALF_COUNT = re.compile(r"(\d+)个半(?=小时|钟头|月|星期|礼拜|工作日)")


_ROMAN_CLASS = re.compile(r"(?<![A-Za-z])(IV|V|I{1,3})(?=类)")  # 劣V类 / 劣五类, IV类水质


# An hour in numerals before 时, where a time is told (夜间二十二时至次日七时), not 一时难以.
_CN_HOUR = re.compile(r"(?:(?<=夜间|晚上|早上|上午|下午|凌晨|中午|傍晚|次日|每日|每天|当日|翌日)|(?<=[至到]))([一二三四五六七八九十两零〇]{1,3})时|"
                      r"([一二三四五六七八九十两零〇]{1,3})时(?=[至到前后起]|以[前后])")


def _numerals(s: str) -> str:
    """Numerals in Arabic digits, whatever their writing (三十五, 百分之一点五, 二〇二五, 1OOO, 3公里)."""
    if "千" in s:  # 七百千卡: the unit kilocalorie, not 七百 and 千 (a 1,700 read into it)
        s = _QIAN_FOR_GAN.sub("干", _KILO_UNIT.sub(lambda m: _KILO[m.group(0)], s))  # 党员千部: an OCR's 干部
    if "起" in s:  # 三起事故 / 3起事故 (一起 is together)
        s = _CASES.sub(lambda m: _cn_number(m.group(1)), s)
    if "一半" in s:
        s = s.replace("一半", "50%")
    if "类" in s:
        s = _ROMAN_CLASS.sub(lambda m: {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5"}[m.group(1)], s)
    if _LATIN_OI.search(s):
        s = _OCR_DIGIT.sub(lambda m: "0" * len(m.group(0)) if m.group(0)[0] in "oO"
                           else "5" if m.group(0) in "sS" else "1", s)
    s = _DEMONSTRATIVE_ONE.sub(r"\1", s)
    if "点" in s or ":" in s or "：" in s or "∶" in s:  # 6:30 / 六点半 / 6点30分: one time of day, before 点 is read as a decimal
        s = _RATIO.sub(_ratio, s)  # 按7:3比例 / 按七比三比例: a ratio, no time
        s = _NIGHT.sub("晚上", s)  # 夜间22:00 / 晚上10点
        s = _CLOCK_DIGITS.sub(_clock_digits, s)
        s = _CLOCK.sub(_clock, s)
    if "时" in s:  # 每日6时至20时 / 每日早上6点至晚上8点 / 夜间二十二时至次日七时
        s = _BARE_HOUR.sub(_bare_hour, _CN_HOUR.sub(lambda m: _cn_number(m.group(1) or m.group(2)) + "时", _NIGHT.sub("晚上", s)))
    if "比" in s:
        s = _CN_RATIO.sub(lambda m: f"{_cn_number(m.group(1))}比{_cn_number(m.group(2))}", s)
    if "成" in s:  # 七成 / 70%
        s = _TENTHS.sub(lambda m: f"{_cn_number(m.group(1)) if not m.group(1).isdigit() else m.group(1)}0%", s)
    if "百" in s or "千" in s:  # 2百多户 / 两百多户, 1千5百万 / 一千五百万: digits written before Chinese units
        s = _MIXED_NUMERAL.sub(lambda m: m.group(0).translate(_TO_CN_DIGIT), s)
        s = _DIGITS_TIMES.sub(lambda m: format((Decimal(m.group(1)) * (1000 if m.group(2) == "千" else 100)).normalize(), "f"), s)
    s = _CN_YEAR.sub(lambda m: _cn_number(m.group(0)), s)
    s = s.replace("‰", "/1000")  # 5‰ / 千分之五
    if "分之" in s or "/" in s:  # 三分之一 / 1/3
        s = _FRACTION.sub(_fraction, s)
    if "百分之" in s:
        s = _PERCENT.sub(lambda m: (m.group(1) if m.group(1)[0].isdigit() else _cn_decimal(m.group(1))) + "%", s)
    s = _CN_ORDINAL.sub(lambda m: m.group(1) + (m.group(2) if m.group(2).isdigit() else _cn_number(m.group(2))), s)
    if "点" in s:
        s = _CN_DECIMAL.sub(lambda m: _cn_decimal(m.group(0)), s)
    s = _CN_RANGE.sub(lambda m: _cn_number(m.group(1)), s)
    s = _CN_COUNTED.sub(lambda m: _cn_number(m.group(1)), s)
    s = _CN_TENS.sub(lambda m: _cn_number(m.group(0)) if len(m.group(0)) >= 2 and not _NOT_NUMERAL.search(m.group(0))
                     else m.group(0), s)
    if "周" in s or "星期" in s:
        s = _WEEKS.sub(lambda m: f"{7 * int(m.group(1))}天", s)  # 两周 / 14天
    if "刻钟" in s:
        s = s.replace("一刻钟", "15分钟").replace("三刻钟", "45分钟")
    if "半" in s:  # 一天半 / 1.5天, 一个半小时 / 1.5小时, 半小时 / 30分钟
        s = _HALF_HOUR.sub("30分钟", s)
        s = _AND_A_HALF.sub(lambda m: f"{m.group(1)}.5{m.group(2)}", _HALF_COUNT.sub(r"\1.5", s))
    if "万" in s or "亿" in s:
        s = _YI.sub(_scaled, _WAN.sub(_scaled, s))
    if "km/h" in s or "/小时" in s or "每小时" in s or "时速" in s:
        s = _SPEED.sub(lambda m: f"每小时{m.group(1) or m.group(2)}公里", s)  # 30km/h / 30公里/小时 / 时速30公里 / 每小时30公里
    return measures(s)  # 3公里 / 3000米, 30cm / 30厘米, 二十世纪八十年代 / 1980年代


# A point's number at the start of a line or after a colon or a semicolon (一、…；二、… / 1.…↵2.…).
_LIST_MARK = re.compile(r"(?:^|(?<=[\n：:；;]))\s*(?:[一二三四五六七八九十]{1,3}[、.．](?!\d)|\d{1,2}[.．、)）](?!\d)|"
                        r"[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[①-⑳])")
_WEEKS = re.compile(r"(?<![第\d.])(\d{1,2})个?(?:周|星期)(?![末边年岁一二三四五六日天\d])")
_HALF_HOUR = re.compile(r"(?<![一二三四五六七八九十两\d])(?<![一二三四五六七八九十两\d]个)半个?(?:小时|钟头)")  # (一个半小时: 1.5)
_PAGE_INSIDE = re.compile(r"[ \t\u3000]+[—\-－–]{1,2}[ \t\u3000]*\d{1,3}[ \t\u3000]*[—\-－–]{1,2}[ \t\u3000]+")
_YEARS_IN_TRADE = re.compile(r"(?<=[，,])(?:我)?(?:已经?)?(?:干|做|从事|经营|开)(?:这行|这一行|这个工作|[\u4e00-\u9fff]{1,4}?)(?:已经?|有|了)?"
                             r"[\d一二三四五六七八九十两几]+多?年(?:多)?了?(?=[。，,])")
_OCR_DASH_ONE = re.compile(r"(?<=第)[—–－‐-](?=[章节条款篇部项])|(?<=第[一二三四五六七八九]十)[—–－‐-](?=[章节条款篇部项])|(?<=[统唯逐])[—–－‐](?=[\u4e00-\u9fff])|(?<=进)[—–－‐](?=步)|(?<=[\u4e00-\u9fff])[—–－‐](?=(?:律|旦|并)[\u4e00-\u9fff])")
_OCR_SECTION = re.compile(r"(第[一二三四五六七八九十百\d]{1,3})童")


@lru_cache(maxsize=1 << 16)  # a group's representative is compared with every member
def _reduce(text: str, lead: bool = False) -> str:
    """The meaning-carrying characters of a text: see the module docstring. With ``lead``, also
    without the clauses that say who writes before the request (:func:`_identity_lead`)."""
    s = nfkc((text or "").translate(_FINANCIAL).translate(_ROMAN).translate(_VARIANT).replace("摄氏度", "°C")).strip()
    s = tidy(s)  # a signature after the last sentence (…保障孩子安全。某小学三年级二班家长), who typed it in
    if s[:2] in ("Re", "RE", "re", "引用", "回复") or s[:1] in ">（(" or "+1" in s[-12:] or "原留言" in s \
            or "转" in s[:48] or s[:2] in ("重复", "再次", "重新") or "\n" in s or "提交" in s[-48:] or "转发" in s[-16:] \
            or s[:1] in "[【#" or s[-1:] in "】]）)" or "来自" in s[-24:] or "//@" in s[:40]:
        s = quoted_reply(s)  # Re: 关于路灯的意见 / > 建议… ; 引用 8楼 的发言：「…」同意，+1
    if "\n" in s[:40] or " " in s[:30] or "\u3000" in s[:30]:
        s = _SIGNED_HEAD.sub("", s)  # 阳光花园3栋1单元 许秀英 我们强烈要求… / 柳树村三组 邓德明↵要求…
    if "：" in s or ":" in s or "尾号" in s or "后四位" in s:  # 家长姓名：马丽娟 学生班级：三年级2班↵… / …。摊主：吴海 / 联系人：周女士 139****7702 …
        s = _FIELDS_TAIL.sub("", _FIELDS_HEAD.sub("", s))
    if "第" in s or "—" in s:
        s = _OCR_SECTION.sub(r"\1章", _OCR_DASH_ONE.sub("一", s))  # 第—章第—节, 第四十—条: an OCR'd 一; 第三童: an OCR'd 章
    if "月" in s[:12] or s[:4].isdigit() or s.endswith(("）", ")")):
        s = _DATE_STAMP.sub("", s)
    if s[:3] in ("签名：", "签名:", "署名：", "署名:") or s[:4] in ("签名人：", "联名人：", "签名人:", "联名人:"):
        s = _SIGNED_LEAD.sub("", s)
    if "\n" in s[-40:]:  # a last line of the writer's name and telephone, or the date alone
        s = LAST_LINE_SIGNED.sub("", s)
    if "—" in s or "-" in s or "－" in s:
        s = _PAGE_INSIDE.sub("", s)  # …同步设计、同 —3— 步建设: a scan's page number inside the sentence
    s = _SPACE.sub(lambda m: "\n" if "\n" in m.group(0) else "", s)
    s = _LIST_MARK.sub("", s)  # 一、/ 1. / （1） opening a point: its place in the list, not what it asks
    if "恳请" in s[:48] or "期盼" in s[:48] or "考虑" in s[:48]:
        # (某物业公司：恳请贵部门考虑…的实际困难，建议… / 全体业主殷切期盼，请求…: a plea before the request,
        # cut before the sender's details are masked, after a unit's name and its colon too)
        unit = re.match(r"[^，,。：:！!？?\s]{2,30}[：:]", s)
        s = (unit.group(0) if unit else "") + POLITE_HEAD.sub("", s[unit.end():] if unit else s)
    if _SENDER_HINT.search(s):
        s = _sender_details(s)
    if "," in s:
        s = _PM_COMMA.sub(r"\1.", s)
    if "<" in s:  # <安全生产条例(修订草案)>: title marks typed half-width, no comparison
        s = _ANGLE_TITLE.sub(r"《\1》", s)
    s = dates_written_out(s)  # 2025-07-01 / 2025年7月1日 (before a dash is read as a range)
    if _SIGN_HINT.search(s):  # 1-2层 / 12层, -10°C / 10°C, ≥ / ≤: signs that the punctuation drop would lose
        s = _RANGE_DASH.sub("至", _MINUS.sub("负", s)).translate(_COMPARISON)
    s = _QUOTES.sub(_SEP, s)
    if "：" in s or ":" in s:
        s = _FIELD_LEAD.sub("", _FIELD_BRACKET.sub("", s))
    if "信" in s[:48] or "关于" in s[:32]:
        s = _LETTER_TITLE.sub(lambda m: "" if refers_within(m.group(0), s[m.end():]) else m.group(0), s)
    if "我" in s or "本" in s:
        s = _SELF_BRACKET.sub("", s)
    if s[:2] == "反映" or s[:4] in ("我要反映", "我想反映", "再次反映"):
        s = _REPORTING.sub("", s)  # 反映龙泉村自来水浑浊 / 龙泉村自来水浑浊
    if _SIGNED_NUMBER.search(s[-60:]):
        s = s[:max(0, len(s) - 60)] + _SIGNED_TAIL.sub("", s[-60:])  # …。（王丽华，139****5521）
    bracket = _BRACKET_TAIL.search(s)
    if bracket and _SIGNATURE_WORD.search(bracket.group(1)) and not _REFERENCE_WORD.search(bracket.group(1)) \
            and not _PLACE_WORD.search(bracket.group(1)):
        contact = re.search(r"@|邮箱|电话|手机|微信|QQ|qq", bracket.group(1))
        if (contact or not re.search(r"[限含免可不须按由]|\d(?!\d*[月日])", bracket.group(1))) \
                and len(bracket.group(1)) <= (40 if contact else 16):
            s = s[:bracket.start()]
    # Signatures and closings sit in the last lines: matched there only (an end-anchored pattern
    # would otherwise be tried at every position of a long text).
    cut = max(0, len(s) - _TAIL_CHARS)
    s = s[:cut] + POLITE_TAIL.sub("", _IDENTITY_TAIL.sub("", s[cut:]))
    s = POLITE_HEAD.sub("", _STUDIED.sub("", _SALUTATION.sub("", _ADDRESSEE.sub("", s))))
    if s[:2] == "关于":
        s = without_topic_lead(s)
    if _STATUS_HINT.search(s) or "跟帖" in s or "转" in s[:12] or "编号" in s[:16]:
        s = _STATUS_CLAUSE.sub("", _REPOST_ASIDE.sub("", repost_notes(s, _MIN_CORE)))
    if "*" in s[:16] or "＊" in s[:16] or s[:2] == "车牌":
        s = _PLATE_LEAD.sub("", _NAME_MASKED_PHONE.sub("", s))
    if "电话" in s or "手机" in s or "联系方式" in s:
        s = _PHONE_CLAUSE.sub("", _NAME_PHONE.sub("", s))  # 刘某某，电话137****4412，支持…
    if lead:  # only ever compared with another text's lead-less form (request_difference)
        s = _FIELD_SENTENCE.sub(lambda m: m.group(0) if _REQUEST_WORD.search(m.group(0))
                                or refers_back(m.group(0), s[m.end():]) else "", s)
        s = _IDENTITY_SENTENCE.sub(lambda m: m.group(0) if _REQUEST_WORD.search(m.group(0))
                                   or NOT_IDENTITY.search(m.group(0)) or refers_back(m.group(0), s[m.end():])
                                   else "", s)
        s = _identity_lead(s)
    if "年" in s:
        s = _YEARS_IN_TRADE.sub("", s)  # …回收员某某，干这行十多年了。/ …，做回收五年了。: the sender's own years
    if "一" in s:
        s = _ONE_OF.sub(r"\1\2", s)
    s = POLITE_HEAD.sub("", _IDENTITY_CLAUSE.sub(lambda m: unnamed(m.group(0)) if NOT_IDENTITY.search(m.group(0))
                                                  or refers_back(m.group(0), s[m.end():]) else "", s))
    s = _numerals(s)
    if "." in s:  # 0.50 / 0.5 (and an OCR's O.60, read as digits above): a decimal's trailing zeros write the same value
        s = _DECIMAL_ZEROS.sub(lambda m: _trailing_zeros(m.group(1)), s)
    if "P" in s or "p" in s:
        s = _PAGE.sub(r"第\1页", s)  # P12 / p.12 / 第12页
    if "了" in s or "前" in s or "已" in s:
        s = _WAITED.sub("多时", s)
        if "多时" in s:
            s = _NEARLY.sub("多时", s)  # 快两个月了 / 一个多月了
    if "次" in s:
        s = _TIMES_SENT.sub("第几次", s)
    s = _INDEFINITE.sub(lambda m: m.group(0) if m.group(0)[-1] == "次" and _HOW_OFTEN.search(s, max(0, m.start() - 10), m.start()) else "", s)
    if "不" in s or "没" in s:  # 能不能增加 / 能增加 (a question that asks), against 不能增加
        s = _A_NOT_A.sub(r"\1", s)
    if "别" in s or "甭" in s:  # 别把路挖了就不管 / 不要把路挖了就不管
        s = _DONT.sub("不要", s)
    if "予以" in s or "加以" in s or "进行" in s:  # 对子女的探视义务予以明确 / 明确子女的探视义务: the verb put before its object
        s = _DONE_TO.sub(lambda m: m.group(3) + m.group(1), s)
    s = _DROP.sub("", s).lower()
    pattern, canon = _synonyms()
    s = pattern.sub(lambda m: canon[m.group(0)], s)
    if "一" in s:  # 多写一点 / 多写点, 查一查 / 查一下 / 查
        s = _A_LITTLE.sub("", s)
    return _FILLER.sub("", s.replace("的时候", "时") if "的时候" in s else s)  # 放学的时候 / 放学时


_DECIMAL_ZEROS = re.compile(r"(?<![\d.])(\d+\.\d*0)(?![\d.])")
# 对X(的行为)予以/加以/进行V: V X, the object put after its verb (对…的行为予以禁止 / 禁止…).
_DONE_TO = re.compile(r"对(?!于)((?:(?!要|应|须|依法|依规)[^，,。；;！？!?对]){2,30}?)(的行为)?(?:予以|加以|进行)(明确|禁止|规范|补充|保障|支持|处罚|公开|保护|规定|限制|鼓励|奖励|表彰|取缔|查处|纠正)")
# A question asked by a verb and its negation (能不能, 可不可以, 有没有): it asks for the verb.
_A_NOT_A = re.compile(r"([能会要可是有行好对肯愿想该应敢用需])[不没]\1")
# 别 / 甭 that forbid (别把…, 别再…), not the 别 of 特别, 分别, 区别, 别人: the verifier's negations too.
_DONT = re.compile(r"甭|(?<![特分区类级识告鉴辨差性派离甄判有职组错])(?<!(?<![这那])个)别(?![人的处墅称名具致样字])")
_A_LITTLE = re.compile(r"一(?:点儿?|下)|(?<=([\u4e00-\u9fff]))一(?=\1)")
