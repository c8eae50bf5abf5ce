"""The sentences of a text that frame its request rather than make it.

A comment is written around its request: whom it addresses (省发展和改革委员会：), a lead-in
(关于规划纲要，我馆建议：), who writes (退休职工何淑芬，住纺织厂宿舍，今年72岁。), a greeting, a
thanks, a wish (祝工作顺利！), a plea to take it up (恳请予以采纳。), a signature with a date.
Two near-copies that differ only there ask for the same thing.

:func:`framing_removed` drops such sentences by what they are made of, not by a list of stock
phrases: a sentence that asks for nothing (no word that asks, no question) and holds a word of
courtesy, of address or of the sender's own person, or is a bare name and date, is framing; so is a
sentence whose only request is to be read (采纳, 参考, 重视, 回复). A sentence that names a place in
the draft, a number with a percent sign or a word of direction is never framing: it may be the
object of the request (第三章表述有误。建议删除。). A text with no sentence left that asks is
returned whole: then everything it says is the request.

Examples
--------
>>> framing_removed("您好！感谢政府给我们提意见的机会。建议在农村推广清洁取暖。祝工作顺利！")
'在农村推广清洁取暖。'
>>> framing_removed("退休职工何淑芬，住纺织厂宿舍，今年72岁。建议在每个社区建设老年食堂。")
'在每个社区建设老年食堂。'
>>> framing_removed("第三章第二节表述有误。建议删除。")
'第三章第二节表述有误。建议删除。'
"""

from __future__ import annotations

import re

__all__ = ["PERSONAL_NUMBER", "framing_removed"]

# Where a sentence ends; a head up to a colon (省发展和改革委员会： / 关于规划纲要，我馆建议：) is one too.
_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;\n]+|$)")
# never inside a bracket (（房号：…）), nor between the digits of a time (18:00)
_HEAD = re.compile(r"^(?:[^。！？!?；;\n：:（(]|[：:](?=\d)(?<=\d[：:])|[（(](?:[^（()）\n]|[（(][^（()）\n]*[)）])*[)）]){1,64}"
                   r"(?:(?<!\d)[：:]|[：:](?!\d))")
# Words that ask for something, and questions (什么时候能改造？) which ask too.
_ASKS = re.compile(r"(?<!以上)(?<!此条)(?<!此)建议(?!如下)|请求|恳请|希望|要求|呼吁|应当|应该|应|须|(?<!便)宜(?![家人居])|务必|亟需|需要|请|望|盼|能否|可否|是否|何时|什么时候|"
                   r"怎么|为什么|[？?]")
# A request only to be read and taken up: not a request of its own.
_PLEA = re.compile(r"(?:如有|若有)?(?:不妥|不当|疏漏|不足)?(?:之处)?(?:衷心|真诚|诚恳|真心|万分|热切)?(?:恳请|敬请|请|望|希望|盼|烦请|仅供|供)?(?:各位|贵[厅委局办院]|有关|相关)?(?:领导|部门|单位|编制组)?"
                   r"(?:予以|予|能够|能|给予|认真|及时|尽快|充分|高度|酌情)*"
                   r"(?:采纳|参考|考虑|研究|重视|关注|酌处|酌定|酌|指正|批评指正|回复|答复|(?<=盼)复|审阅|斟酌|支持|指示|批示|审定|审示)+"
                   r"(?:为盼|为谢|是盼|是荷|为感|此意见|我们的意见|以上意见)?[。！!.\s]*")
# What a sentence that frames holds: courtesy, address, the sender's own person, contact.
_FRAMING_WORD = re.compile(
    r"您|你们|大家|各位|领导|同志|谢谢|感谢|致谢|多谢|祝|此致|敬礼|问候|辛苦|打扰|百忙|荣幸|冒昧|拥护|点赞|收悉|来函|贵[厅委局办院]|"
    r"特此|函告|函复|妥否|酌|指正|如下|现将|现就|经研究|认真研究|以上意见|供参考|高兴|来信|我代表|(?:作|做)[^，,。]{0,4}发言|"
    r"以上(?:是|为)|初步(?:考虑|意见|想法)|粗浅|"
    r"我[厅委局办院会部司处室所馆校站队]|本单位|我单位|我公司|我司|本公司|本人|我是|我叫|我系|笔者|作为一名|"
    # who writes, not whom a complaint concerns (村里的小孩血铅超标，废气让村民呼吸困难 is the complaint)
    r"^(?:[^，,。]{0,12}(?:村民|居民|市民|业主|网友|职工|家长|退休)[^，,。]{0,6}[，,])|"
    r"(?:^|[，,\s])(?:村民|居民|市民|业主|网友|职工|家长)[：:]?[\u4e00-\u9fff]{2,3}$|退休|(?:今年|年龄|我|[，,])[^，,。]{0,3}\d+岁|电话|不妥|不当之处|疏漏|不足之处|手机|邮箱|微信|地址|住址|家住|住在|"
    r"联系|签名|署名|"
    r"留言|再次反映|再次|第[一二三四五六七八九十\d]+次|又来|重发|补发|浅见|拙见|@|"
    # what became of an earlier report (至今未解决, 到现在都没人来修, 说不归他们管): a re-post's status
    r"(?:至今|到现在|到今天|到目前|迄今|一直|仍然|仍|还是|都)[^。！？!?]{0,8}(?:未|没|不)[^。！？!?]{0,6}"
    r"(?:解决|答复|回复|处理|消息|动静|人管|人来|人修|人理|结果|进展|落实|改善|回音)|还是老样子|不归[^。！？!?]{0,4}管|"
    r"没人(?:管|理|来|修|处理)|未(?:获|得到)?答复|石沉大海|"
    # 期待条例早日出台！: a wish that the draft comes soon, said around the request
    r"^期待(?:条例|规划|办法|方案|草案|政策)?(?:能)?(?:早日|尽快|尽早)(?:出台|实施|施行|通过|颁布|落地)[！!。.]*$")
# A line that only says how to reach the sender (联系人：孙先生，电话：…，白天打不通请发短信。).
_CONTACT = re.compile(r"^\s*(?:联系人|联系电话|联系方式|电话|手机|邮箱|微信|地址|签名|署名|联名人|联署人|签名人|反映人|留言人|来信人|执笔|执笔人)"
                      r"[：:]")
# Whom a message board post is put to (@市交通局 ), and an aside in brackets (（重发，附件打不开）).
_MENTION = re.compile(r"^(?:\s*@[^\s，,。：:]{1,20}[\s，,：:]*)+")
PERSONAL_NUMBER = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d+\s*(?:岁|号楼|栋|幢|单元|室|号|层|楼|月份)|\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|"
                              r"\d{1,2}\s*月\s*\d{1,2}\s*日|[\d*]{7,}")
_STANCE = re.compile(r"支持|反对|赞成|同意")
# A line made only of fields that say who writes (业主：王磊　房号：7栋2单元1503 / 反映人：钱先生（城西社区）).
_IDENTITY_FIELD = (r"(?:业主|住户|户主|房号|门牌|姓名|年龄|性别|原住址|拆迁户|签名人?|留言人|反映人|来信人|联名人|联系人|"
                   r"联系电话|电话|手机|身份证号?|单位|职业)")
_FIELD_LINE = re.compile(rf"^\s*(?:{_IDENTITY_FIELD}\s*[：:]\s*[^：:\n]{{0,30}}?[\s，,　]*)+$")
_ASIDE = re.compile(r"[（(][^（）()]{1,40}[)）]")
# An aside made only of fields that say who writes (房号：5-1-702，业主：李某).
# (单位：万元 is no sender's field.)
_FIELDS_ONLY = re.compile(r"\s*(?:(?:业主|住户|户主|房号|门牌号?|姓名|签名人?|留言人|反映人|来信人|联名人|联系人|联系电话|电话|手机|身份证号?)"
                          r"\s*[：:]\s*[^：:，,、]{1,24}?[，,、\s]*)+")
# A house number in brackets after who writes (本户（桂花苑4-201）).
_HOUSE = re.compile(r"[\u4e00-\u9fff]{0,6}(?:苑|园|城|湾|府|庭|居|里|村|楼|栋|区|院)\d{1,3}\s*[-－—]\s*\d{2,4}")
# What the sentences of a text that asks for nothing in words may be dropped for: address and courtesy.
# (and an official letter's formulas around it: 贵厅《…的函》收悉。经研究，我厅意见如下： / 特此函复。)
_COURTESY_ONLY = re.compile(r"您|你们|大家|各位|领导|谢谢|感谢|辛苦|打扰|祝|此致|敬礼|就说这些|就讲这些|说一句|说几句|讲几句|谈一点|"
                            r"收悉|函复|此复|特此|专此|意见如下|^\s*经(?:认真|反复|深入)?研究[，,]?\s*$")
# A head that only names who writes (某供电公司意见： / 市人大代表某某：), over a request that asks in no words.
_SENDER_HEAD = re.compile(r"\s*[\u4e00-\u9fff（）()]{2,30}?(?:公司|集团|局|厅|委|委员会|办公室|政府|中心|协会|学会|商会|研究院|研究所|大学|学院|"
                          r"医院|合作社)(?:的)?(?:意见|建议|反馈意见|修改意见|意见建议)?\s*[：:]\s*")
# A bare signature: a name, perhaps with a date (王建国 2021年1月5日), or the date alone.
_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}"
_SIGNATURE = re.compile(rf"[\u4e00-\u9fff]{{2,4}}\s*(?:{_DATE})?|{_DATE}")
_STRIP = "。！？!?；;，,：:、\n \t"
# A request word opening what is left (建议加快… / 加快…): the same request either way.
# (and who asks before it, as a head says it: 施工企业建议挖掘… / 施工企业建议：挖掘…)
_LEADING_ASK = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?(?:企业|公司|单位|我们|我局|我厅|我委|我院|我司|我公司|本单位|本人|市民|居民|村民|"
                          r"业主|商户|代表|委员|协会|商会))?(?:建议|希望|恳请|请求|请)[：:，,]?")


def framing_removed(text: str, keep: re.Pattern | None = None) -> str:
    """``text`` without the sentences that frame its request (see the module docstring).

    Parameters
    ----------
    text : str
        One comment.
    keep : re.Pattern, optional
        What makes a sentence content whatever else it holds (the caller's words of direction
        and references to the draft); a section reference or a percentage always does.

    Returns
    -------
    str
        The sentences that ask, and those that may carry the request's object, in their order,
        without a request word opening the first (建议加快… and 加快… are one request); ``text``
        itself (stripped, without @-mentions and asides) when no sentence that asks would be left.

    Examples
    --------
    >>> framing_removed("关于规划纲要，我馆建议：加快推进县级文化馆图书馆总分馆制建设。")
    '加快推进县级文化馆图书馆总分馆制建设。'
    >>> framing_removed("建议加快推进县级文化馆图书馆总分馆制建设。以上意见妥否，请酌。")
    '加快推进县级文化馆图书馆总分馆制建设。'
    """
    s = (text or "").strip()
    s = _MENTION.sub("", s)
    lines = s.split("\n")
    while len(lines) > 1 and _FIELD_LINE.match(lines[0]) and not _content(lines[0], keep):
        lines = lines[1:]  # who writes, field by field, above the request
    s = "\n".join(lines).strip()
    s = _ASIDE.sub(lambda m: "" if (_FRAMING_WORD.search(m.group(0)) and _frames(m.group(0)[1:-1], keep))
                   or _HOUSE.fullmatch(m.group(0)[1:-1]) or _FIELDS_ONLY.fullmatch(m.group(0)[1:-1]) else m.group(0), s)
    parts: list[tuple[str, bool]] = []  # (sentence, framing)
    lead_in = False  # a head dropped that asks for what follows (我馆建议：)
    rest = s
    while True:  # heads up to a colon: whom it addresses, a lead-in
        head = _HEAD.match(rest)
        if not head or not rest[head.end():].strip():
            break
        framing = _head_says_nothing(head.group(0), keep) \
            and not re.search(r"[站厂场路桥园馆校湖河山街巷苑]\s*[：:]$", head.group(0)) \
            and not (re.search(r"关于|针对|对于", re.sub(r"《[^》]*》", "", head.group(0))) and not _ABOUT_THE_DRAFT.search(head.group(0)))
        # (a head kept for naming the draft's part asks too: 第三十三条…建议改为：居民…优先，其次…)
        lead_in = lead_in or bool(_ASKS.search(head.group(0)))
        parts.append((head.group(0), framing))
        rest = rest[head.end():]
    for sentence in _SENTENCE.findall(rest):
        if sentence.strip(_STRIP):
            # what a head that asks introduces is the request (希望规划明确：搅拌站离居民楼不得少于500米。)
            follows_ask = lead_in and bool(parts) and bool(_HEAD.fullmatch(parts[-1][0]))
            if not follows_ask:
                for lead in _lead_clauses(sentence, keep):  # 经认真研究， / 我简单说一点：
                    parts.append((lead, True))
                    sentence = sentence[len(lead):]
            parts.append((sentence, not follows_ask and _frames(sentence, keep)))
    kept = [x for x, framing in parts if not framing]
    if not kept:
        return s
    # 我们支持… takes a side, 我委对方案无修改意见 says it has none: what the text says
    if not (lead_in or any(_ASKS.search(x) or _STANCE.search(x) or _NO_OPINION.search(x) for x in kept)):
        # a complaint that asks in no words: only address and courtesy around it are set aside
        dropped = [x for x, framing in parts if framing]
        if not dropped or not all(_COURTESY_ONLY.search(x) or _SENDER_HEAD.fullmatch(x) for x in dropped):
            return s
    return _LEADING_ASK.sub("", "".join(kept).strip(_STRIP[5:]), count=1)


# A head about the draft itself (关于实施方案，我中心建议：), not about an object in it (关于城东污水处理厂：).
_ABOUT_THE_DRAFT = re.compile(r"(?:关于|针对|对于)(?:《[^》]*》|本?(?:规划|方案|实施方案|条例|办法|意见稿|征求意见稿|草案|纲要|计划|文件))"
                              r"(?:的?(?:征求意见稿|草案|修改))?[^，,：:]{0,2}(?:[，,：:]|$)")


# Clauses that open a sentence without saying anything of the request: how the writer came to it
# (经认真研究，/ 根据《……的函》要求，/ 按照会议安排，/ 我局认为，) and a speaker's lead-in up to a colon
# (我简单说一点：/ 具体意见如下：).
_LEAD_CLAUSE = re.compile(r"(?:经(?:认真|反复|深入)?(?:研究|讨论|研读|审阅|审核)[^，,。：:]{0,6}|(?:根据|按照|依据)[^，,。：:]{1,40}?"
                          r"(?:要求|安排|通知|部署)|(?:[我本](?:[局委厅办院会部处室所市县区镇乡]|中心|单位|公司|集团|协会)|我们|我)认为|"
                          r"(?:我|本人)(?:今年|已经|已)?\d{1,3}岁了?|"  # (我今年72岁，: who writes)
                          # (我会组织会员单位进行了讨论， / 我局对规划进行了认真研究，: how the sender came to it)
                          r"(?:[我本](?:[局委厅办院会部处室所市县区]|中心|单位|公司|集团|协会)|我们)(?:组织|召集)?[^，,。：:\d第《“对]{0,12}?"
                          r"(?:对(?:规划|方案|条例|办法|草案|征求意见稿|意见稿)[^，,。：:\d第“]{0,6}?)?"
                          r"(?:进行了|开展了|作了|做了)(?:认真|深入|反复)?(?:的)?(?:研究|讨论|研读|学习|梳理|审阅))[，,]")
# Praise of the draft as a whole, as letters open (思路清晰、重点突出、措施可行).
_PRAISE = re.compile(r"(?:立意|思路|定位|结构|框架|目标|重点|措施|任务|内容|体例|逻辑)[^，,。、]{0,2}"
                     r"(?:清晰|准确|合理|可行|完整|明确|突出|具体|有力|科学|全面|高远|得当|严谨|翔实|详实|丰富)|总体(?:赞同|认可|同意)")
_ORGAN_LINE = re.compile(r"[\u4e00-\u9fff]{2,24}(?:局|委|委员会|厅|办|办公室|院|政府|公司|中心|协会|学会|商会|研究所|大学|学院|支队|大队)")
# Putting forward a number of points (提一点 / 提出几条), as a speaker announces them.
_PUT_FORWARD = r"提(?:出)?(?:一|几|两|三|\d)?[点条]"
_SPEECH_HEAD = re.compile(r"看法|意见|说|谈|讲|几点|一点|发言|" + _PUT_FORWARD)
_NO_OPINION = re.compile(r"无(?:修改|补充|不同)?意见|没有(?:修改|补充|不同)?意见")


def _lead_clauses(sentence: str, keep: re.Pattern | None) -> list[str]:
    """The opening clauses of ``sentence`` that only say how the writer came to the request."""
    out = []
    if _CONTACT.match(sentence.strip()):
        return out  # 联系人：马先生，电话：…: a contact line as a whole
    while True:
        m = _LEAD_CLAUSE.match(sentence)
        if not m:
            head = _HEAD.match(sentence)
            if head and sentence[head.end():].strip(_STRIP) and _head_says_nothing(head.group(0), keep) \
                    and not _ASKS.search(_ANNOUNCED.sub("", head.group(0))) \
                    and (_FRAMING_WORD.search(head.group(0)) or _SPEECH_HEAD.search(head.group(0))):
                m = head
        if not m or not sentence[m.end():].strip(_STRIP):
            return out
        out.append(sentence[:m.end()])
        sentence = sentence[m.end():]


# A speaker announcing a suggestion (冒昧提一点建议： / 提几点建议：): what follows asks, the head does not.
_ANNOUNCED = re.compile(r"(?:冒昧|谨|在此)?" + _PUT_FORWARD + r"(?:小)?建议|冒昧(?:地)?建议")


def _content(sentence: str, keep: re.Pattern | None) -> bool:
    """Whether a sentence names a place in the draft, a percentage or (``keep``) a direction."""
    return bool(re.search(r"第\s*[\d一二三四五六七八九十]+\s*[章节条款项篇页行部]|(?:专栏|附件|附表)\s*[\d一二三四五六七八九十]|\d%",
                          sentence)
                or (keep is not None and keep.search(sentence)))


def _head_says_nothing(head: str, keep: re.Pattern | None) -> bool:
    """Whether a head up to a colon names no place in the draft, asks for no change itself and
    takes no side: what every head set aside as framing shares."""
    return not _content(head, keep) and not _asks_itself(head) and not _STANCE.search(head)


def _asks_itself(head: str) -> bool:
    """Whether a head up to a colon asks for something itself (建议将第三章改为：)."""
    return bool(re.search(r"改为|修改为|调整为|表述为|增加|删除", head))


# A fault, a lack or a side taken: what a complaint says, never framing (courtesy idioms and a
# re-post's status aside).
_FAULT = re.compile(r"不|没|未|无(?!私)|坏|漏|堵|污染|超标|事故|危险|老化|破损|开裂|积水|噪音|噪声|扰民|臭|缺|偏高|偏低|过高|过低|太|难|"
                    r"必要|可行|支持|反对|赞成|拥护")
_IDIOM = re.compile(r"不妥|不当|不周|不(?:一定|够|太)?成熟|不足之处|不吝|不胜|不尽|不辞|百忙|无私|"
                    r"(?:至今|到现在|到今天|到目前|迄今|一直|仍然?|还是?|都)[^。！？!?]{0,8}(?:未|没|不)[^。！？!?]{0,6}"
                    r"(?:解决|答复|回复|处理|消息|动静|人管|人来|人修|人理|结果|进展|落实|改善|回音)|还是老样子|不归[^。！？!?]{0,4}管|"
                    r"没人(?:管|理|来|修|处理)|未(?:获|得到)?答复|石沉大海|"
                    # the closing of a letter that has made its points (除上述意见外，我委无其他修改意见)
                    r"(?:除[^，,。]{0,8}外[，,]?)?[^，,。]{0,8}无(?:其他|其它)(?:修改|补充)?意见")


# The sender's offer of help, closing a message (如有需要，我公司愿意提供技术资料 / 需要的话我们可以派人参加座谈).
_OFFER = re.compile(r"(?:如有需要|如需要?|若有需要|若需要?|需要的话)[，,]?\s*(?:我|本)[^，,。；;]{0,8}?(?:愿意|乐意|可以|可|随时)"
                    r"[^，,。；;建]{0,24}?(?:提供|配合|协助|参与|参加|交流|介绍|派人|对接)[^，,。；;！!建]{0,24}[。！!.]?")


# A sentence that goes on with the request before it (并开通…, 同时公开…, 还要…).
_MORE_ASKED = re.compile(r"(?:并且?|同时|此外|另外|还要|还应|还需|也要|也应)[，,]?\s*[\u4e00-\u9fff]")


_TITLED = re.compile(r"《[^《》]*(?:〈[^〈〉]*〉[^《》]*)*》")


def _frames(sentence: str, keep: re.Pattern | None) -> bool:
    bare = sentence.strip(_STRIP)
    if _content(bare, keep) or (_STANCE.search(bare) and not re.search(r"感谢|谢谢", bare)):
        return False  # 本人支持 / 反对在该片区建设焚烧厂: a stance is what the text says
    if _MORE_ASKED.match(bare) and not re.search(r"感谢|谢谢|祝|辛苦", bare):
        return False  # 并开通专门的举报电话，接受群众监督。: the request goes on
    if _CONTACT.match(bare) or len(re.findall(r"[\u4e00-\u9fff]", bare)) <= 1 or _OFFER.fullmatch(bare):
        return True  # a contact line; 急！; 如有需要，我公司愿意提供技术资料。
    if _PRAISE.search(bare) and not re.search(r"[不没未无缺欠]|但|不过|然而|却|仍|还需|有待|偏", bare) and not _ASKS.search(bare):
        return True  # 规划定位准确、结构合理、措施可行，总体赞同规划内容: a general remark, no request
    if re.search(r"\d", PERSONAL_NUMBER.sub("", bare)):
        return False  # a number that is not an age, a date or a telephone may be the object
    if _FAULT.search(_IDIOM.sub("", _TITLED.sub("", bare))) and not _CONTACT.match(bare):  # (《…污染…条例》 names the draft)
        return False  # 红星村的饮水井大家都不敢用了: what the complaint is
    clauses = re.split(r"[，,]", bare)
    if _PLEA.fullmatch(clauses[-1]) and not any(_ASKS.search(c) for c in clauses[:-1]) \
            and all(_FRAMING_WORD.search(c) for c in clauses[:-1]):
        return True  # (以上意见妥否，)请酌 / 恳请予以采纳
    if all(_PLEA.fullmatch(c) or (_COURTESY_ONLY.search(c) and not _ASKS.search(c)) for c in clauses if c):
        return True  # 我就说这些，不妥之处请批评指正，谢谢大家
    if _ASKS.search(sentence):
        return False
    if _ORGAN_LINE.fullmatch(bare):
        return True  # the organ that signs, on a line of its own
    return bool(_FRAMING_WORD.search(bare) or (_SIGNATURE.fullmatch(bare) and not re.search(r"可行|必要|同意|好|对|行", bare)))
