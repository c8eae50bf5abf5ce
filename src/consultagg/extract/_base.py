"""What letters and minutes share: patterns of opinions, inline lists, drafts and the cleaned text.

:mod:`consultagg.extract.letters` (letters) and :mod:`consultagg.extract.minutes` (minutes) both build on it.

Examples
--------
>>> location_of("第三章第二节（第12页）：建议补充内容。")
'第三章第二节（第12页）'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from consultagg.text.normalize import FAX_HEAD, clean_display_with_offsets
from consultagg.text.numerals import chinese_to_int

# ----------------------------------------------------------------------------- patterns
CN = "一二三四五六七八九十百零〇两"
PUNCT = r"[，。；！？,;!?]"
UNIT_SUFFIX = (r"(?:厅|局|委|委员会|海关|工委|办|办公室|院|会|部|处|科|室|中心|政府|公署|公司|大学|集团|所|站|队|社|协会|联合会|商行|经营部|门市部|林场|农场|牧场|苗圃|幼儿园|托儿所|民宿|客栈|山庄|农家乐|小筑|酒店|宾馆|饭店|(?<=[车工电机务供辆])段|"
                r"政协|人大|党委|党组|党工委|法院|检察院|银行|医院|学校|小组|街道|社区|镇|乡|村|县|区|市|盟|旗)")
SALUTATION = re.compile(r"^[^，,。；;！？!?、：:“”《》]{2,30}[：:](?:\s*(?:你好|您好|大家好)[！!。，,]?)?$|^致\s*[：:]\s*[^，,。；;！？!?、：:“”《》]{2,40}$")
TITLE = re.compile(r"(?:关于|对|《).*(?:意见|函|建议|报告|说明|反馈|回复|诉求)[》）)]*(?:[（(](?:批注稿|修改稿|修订稿|送审稿|第[一二三四五\d]稿|批注版|修订版|对照版|更正稿|更正版|更正|第[一二三四五\d]次|补报|重报)(?:摘录|节选)?[）)])?$"
                   r"|^[^，。]{0,20}(?:意见|建议)\w{0,3}表$")  # (…的修改意见（批注稿）)
HEADER_UNIT = re.compile(r"^(?P<u>[^，,。；：:《》“”\s]{2,40}?)(?:关于|对)")
# A date; an OCR reads 0 as O (2O21年4月1O日).
DATE = re.compile(r"^[（(]?(?:[12][\dOolI]{3}|[〇零○一二三四五六七八九]{4})年(?:[\dOolI]{1,2}|[一二三四五六七八九十]{1,3})月"
                  r"(?:(?:[\dOolI]{1,2}|[一二三四五六七八九十]{1,3})[日曰])?[）)]?"
                  # a signature's date with the release note joined to it (2025年5月9日（此件公开发布）)
                  r"(?:[（(]此件[^（）()]{2,8}[）)])?$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$"
                  r"|^(?:[\dOo]{1,2}|[一二三四五六七八九十]{1,3})月(?:[\dOo]{1,2}|[一二三四五六七八九十]{1,3})[日曰号]$")  # 6月11日
TAIL_DATE = re.compile(r"\s+(?:[12][\dOo]{3}|[〇零○一二三四五六七八九]{4})\s*年.{1,6}[日曰]$"
                       r"|(?<=[厅局委办院府会室处司部])(?:[12][\dOo]{3}|[〇零○一二三四五六七八九]{4})\s*年.{1,6}[日曰]$")
SEAL = re.compile(r"[（(](?:盖章|公章|印章|签章|代章|印|章|此页无正文|[\u4e00-\u9fff]{2,12}?[部处科室](?:代章|代印|代盖))[）)]")  # (（安全环保部代章）)
CONTACT = re.compile(r"^[（(]?(?:联系人|经办人|联系电话|电话|手机|传真|邮箱|附件|抄送|E-?mail|地址|日期)[:：\s]", re.I)
UNIT_FIELD = re.compile(r"^(?:提出单位|反馈单位|单位名称|单位)[：:]\s*(?P<u>[^，,。；;：:]{2,40})$")
TEXT_FIELD = re.compile(r"^(?:意见|意见内容|修改意见|反馈意见|留言内容|来信内容|建议内容|补充说明|补充意见|其他说明|其他意见|回复)[：:]\s*")
# (an OCR'd number may read O for 0 and l for 1: 〔2O24〕56号, ( 2025 ) 3l号)
DOCNO = re.compile(r"(?:[〔\[(（【［]|(?<=[\u4e00-\u9fff])C)\s*(?=[\dOolI〇]*\d)[\dOolI〇]{4}\s*[〕\])）】］]\s*第?(?=[\dOolI\s]*\d)[\dOolI\s]+号$")


def docno_line(squashed: str) -> bool:
    """Whether a line (spaces taken out) is a 发文字号 alone: the issuer's short name, then the number (塔署函[2O21]43号)."""
    m = DOCNO.search(squashed)
    return bool(m) and bool(re.fullmatch(r"[\u4e00-\u9fff]{1,10}", squashed[:m.start()]))


CLOSING = re.compile(r"^(?:(?:本|以上)(?:意见|建议|报告)[^。！？]{0,40}(?:仅代表|不代表)[^。！？]{0,30}|"
                     # 我院正在承担…项目，如编制组需要，可以提供…: an offer of help, no request
                     r"[^。！？]{0,50}?(?:如|若)[^。，,！？]{0,10}需要[，,]?\s*(?:我[院局厅委所]|我中心|我们)?(?:可以|可|愿意|愿|将)(?:提供|协助|配合|参与)[^。！？]{0,40}[。！!]?$|以上(?:意见|建议|看法)[^。！？]{0,8}代表(?:本人|个人|我个人)[^。！？]{0,12}|(?:以上(?:意见|建议)[，,]\s*)?(?:不当|不妥)之处[，,]?(?:敬|恳)?请(?:批评)?指正|祝好|顺祝(?:商祺|时祺|工作顺利|安好)?|祝(?:你们|您|各位领导|各位)?工作顺利|祝好[！!。]?|[（(]此件(?:公开发布|不公开|不予公开|主动公开|依申请公开)[）)]|特此(?:函复|函告|复函|说明|报告|反馈|回复|复告)|此复|以上(?:意见|建议)?[，,]?妥否(?:[，,]\s*(?:请|敬请)(?:审阅|审定|批示|指示|示))?|专此(?:函复)?|此致|敬礼|谢谢|妥否|以上(?:几点)?(?:意见|看法|想法)(?:仅)?供参考|(?:以上(?:意见|建议))?[，,]?如有不妥[，,]?请随时(?:与我[厅局委处办]|与我们)?联系[。.]?$|"
                      r"请(?:审阅|审核|查收|收阅|审定|阅示|批示)|请(?:研究|研处|参考|参阅)[。.！!]?$|"
                      # 我就是个普通老百姓，说的不一定对，希望领导能看一看。: a plea to be read
                      r"(?:[^。！？!?]{0,16}[，,])?(?:我们?)?(?:说的|写的|讲的)?不一定(?:对|准确|妥当)[，,][^。！？!?]{0,4}(?:希望|请|望)[^。！？!?]{0,6}(?:看一看|看看|看一下|参考|批评指正|指正|见谅|包涵)[。！!]?$|"
                      # 请你局修改完善后按程序报批: the drafters' next step, not a request about the draft
                      r"请(?:你|贵)(?:局|厅|委|办|单位|部门|中心|院|处)?[^。，,]{0,4}(?:修改完善|修改|完善)后?[^。，,]{0,4}(?:报批|报送|印发|上报|报审|发布)|"
                      # routing inside the sender (请办公室审核后统一报送市城管局): not about the draft
                      r"请[^。，,]{0,8}(?:审核|审定|把关|汇总)后?[^。]{0,6}(?:报送|上报|转报|反馈|报)|"
                      r"以上[，,]\s*(?:恳请|敬请|请)(?:各位)?(?:领导)?(?:考虑|研究|参考|审阅|酌定|酌处)[。！!]?$|"
                      # 以上是我们的心里话，请领导们考虑我们的实际困难。
                      r"以上(?:是|为)[^。！？]{0,12}(?:心里话|想法|意见|建议|情况)[，,]\s*(?:恳请|敬请|请|望)(?:各位)?(?:领导)?们?(?:考虑|体谅|关心|重视|研究)[^。！？]{0,12}[。！!]?$|以上(?:意见|建议|想法|情况|请求|诉求|事项|报告)[^。！？]{0,14}?[，,](?:恳请|敬请|请予?|望予?|供)(?:各位)?(?:领导|贵[局厅委办院]|你们|您)?(?:予以)?(?:采纳|参考|研究|考虑|指正|斟酌|批评|酌定|酌处|酌|支持|审阅|审定|阅示)|以上(?:意见|建议)(?:[和及与、](?:意见|建议))?，?(?:恳请|敬请|请|供|仅供)|请予(?:采纳|参考|研究|考虑)|请酌(?:处|定)?|(?:仅|谨)供[^。，,]{0,8}参考|以上(?:意见|建议)[^。]{0,30}(?:仅|谨)供[^。，,]{0,8}参考|"
                      # 我们相信政府是真心想为老百姓办实事的，恳请予以重视。: trust, then a plea to heed the letter
                      r"(?:(?:我们|大家)?(?:相信|坚信)[^。！？!?，,]{0,30}[，,]\s*)?(?:恳请|敬请|请|望|希望)(?:各位)?(?:领导|政府|有关部门)?们?(?:予以|给予)?(?:高度)?重视[。！!]?$|"
                      # 请你厅在修改完善时一并考虑: the letter's closing plea
                      r"请[^。，,]{0,8}(?:在|于)?[^。，,]{0,4}(?:修改完善|修改|完善|定稿)[^。，,]{0,3}(?:时|中|过程中)?(?:一并|予以|统筹)(?:考虑|参考|研究|吸纳))")
# Why a letter from people is written (决定联名给领导写这封信，反映我们的想法。).
WHY_WRITTEN = re.compile(r"写(?:了)?这封信|联名(?:给[^。，,]{0,8})?写信|反映(?:一下)?我们的(?:想法|情况|诉求|心声)|"
                         r"(?:把|将)[^。，,]{0,8}(?:想法|意见|心里话|建议|呼声)写(?:下来|出来|成[^。，,]{0,4})")  # 把心里的想法写下来，请领导们看一看
PREAMBLE = re.compile(r"(?:几|两|三|四|五|\d+)(?:点|条)(?:[^。：:，,]{0,6}?的?)?(?:意见|建议|想法|看法|请求)[：:]$|收悉|获悉|来函|拜读|阅悉|应该说[，,]|通读了?(?:全文|一遍|征求意见稿)|》\s*(?:已阅|已收到|已收悉)[。.]?$|收到[^。，,]{0,8}(?:寄来|送来|发来)的[^。，,]{0,20}(?:征求意见稿|草案|送审稿)|经(?:认真)?研究|经[^。，,]{2,40}?会商[，,]|认真研究|"
                      r"承蒙(?:邀请|征询|征求|垂询)|深感荣幸|谨(?:提出|列出|提)来?(?:如下)?[，,]?供[^。！？]{0,10}参考|(?:认真|仔细)(?:学习|阅读|研读|看了|读了)|(?:谈|提|说|有|写了)(?:几|两|三|一些)点?(?:个人|粗浅|不成熟)?的?(?:意见|建议|看法|想法|体会)(?:[，,]仅?供参考)?[。.]?$|"
                       r"进行了(?:认真)?研究|进行了(?:认真|集中)?(?:学习讨论|研究讨论|学习|讨论)[。.]?$|高度重视|"
                       # 县政协于5月15日组织部分委员开展专题协商。: how the opinions were gathered
                       r"(?:组织|召开)[^。；;]{0,50}?(?:专题协商|协商座谈|座谈会?|研讨会?|专题讨论)[。.]?$|"
                       # 我们几个商量了一下，写了下面这些: what follows is the letter
                       r"(?:写|整理|列|归纳)了(?:下面|以下|如下)(?:这些|几点|几条)|现(?:将|就).{0,30}(?:反馈|函复|提出|报送|答复|汇报|送(?:你|贵|给)|呈送|转送)|"
                       r"(?:提出|反馈|函复)(?:以下|如下)|(?:意见|建议)(?:如下|见下)|如下(?:意见|建议)|以下(?:意见|建议)|"
                       r"(?:意见|建议|修改意见)[^。，,；]{0,4}(?:详)?见附件[。.]?$|"  # 具体意见见附件: the opinions are attached
                      # 大家商量后，决定联名给领导写这封信，反映我们的想法。: why the letter is written
                      + WHY_WRITTEN.pattern + r"|"
                      # 接到征求意见函后，我校组织…进行了研读。: how the reply came about
                      r"接到[^。，,]{0,12}(?:函|通知)|进行了?(?:认真|仔细)?(?:研读|审读)|"
                      # 还有以下几个方面可以进一步完善：: the points follow
                      r"以下(?:几|两|三|四|五|\d)?(?:个|点|条)?(?:方面|问题)[^。：:，,]{0,12}[：:]$|"
                      # 我们村有几个情况反映一下：: the points follow
                      r"(?:有)?(?:几|两|三|四|五|一些)(?:个|点|条|方面)?的?(?:情况|问题|事情|事)(?:[^。：:，,]{0,6}?)(?:反映|说|汇报|讲)(?:一下)?[：:]$")
AGREE = re.compile(r"(?:^|[，。：:])同意(?:该|本|此)?(?:规划|方案|草案|条例|办法|征求意见稿|稿)(?:文本|内容)?(?=[。，；;]|$)|"
                   r"(?:^|[，。：:])同意[^，。；;]{1,24}?的?(?:修改思路|思路|安排|汇报|说明|专家组意见)(?=[。，；;]|$)|原则(?:上)?同意|(?:总体|基本)(?:上)?同意|表示(?:同意|支持|赞同|赞成)|完全同意|同意该|(?<!不)赞同|(?<!不)赞成|无异议|没有异议|基本可行|(?<!不)拥护|(?:^|[，。])(?:我|我们|本人)(?:也)?同意|"
                    r"(?:希望|盼望|期待|建议)?(?:尽快|早日|按程序)(?:报批|印发|出台|发布|审议)|(?:同意|建议)(?:进一步)?(?:修改完善|修改|完善)后(?:按程序)?(?:报批|印发|上报|提交审议|报审)|"
                    # 我支持这个规定 / …这一条，支持！: support for what the draft provides
                    r"(?:我|我们)(?:也|完全|非常|坚决)?(?:支持|拥护)(?:这个|这一|该|此)(?:规定|条款|条|做法)|(?:^|[，,])(?:完全|非常|坚决)?支持[！!。]+$")
NONE = re.compile(r"(?:无|没有|没|暂无|并无)(?:任何|其他|其它|别的|不同|具体|修改|补充|书面|太多|什么|啥|更多)?(?:的)?(?:修改|补充|反馈)?(?:意见|建议)|"
                  r"(?:(?:无|没有|暂无)(?:其他|其它|新的|更多|别的)?(?:要)?|不再(?:另行)?)补充(?:的)?(?:意见|建议)?(?=[。，；！!]|$)|^无[。.]?$|^没有[。.]?$|"
                  r"^(?:其他|其它|补充)(?:意见|建议)?\s*[：:]\s*(?:无|没有|暂无)[。.]?$|"
                  # 规定很好，我完全支持，不必再改。: no change wanted
                  r"(?:不必|无需|无须|不用|不需要)(?:再)?(?:作)?(?:修改|改动|调整|改)(?=[。，；！!]|$)")
_SUGGEST = re.compile(r"建议|应当|应该|^应|，应|希望|一定要(?!求)|(?<![的实际展])需要|亟需|亟待|必须|呼吁(?![的过])|^要(?!是)|[，。；]要(?!是)|务必|不宜|不应|"
                      r"增加|删除|补充|修改|调整|完善|明确|细化|加强|强化|提高|降低|纳入")
# Strong proposal words for minutes; 建议 used as a noun (意见建议, 的建议, 条建议) does not count.
# (患者出院后需要长期照护, 整治需要大量资金投入, 保护需要全社会共同参与: what is needed, told; 需要补充… asks)
PROPOSE = re.compile(r"(?<![见的条])建议|应当|应该|^应|[，。；]应|希望|一定要(?!求)|必须|亟需|亟待|务必|呼吁(?![的过])|[，。；]要(?!求|靠|是|不然|不是|么)|^要(?!是|不然|不是|么)|(?<![的实际展])需要(?!(?:长期|专业|日常|全天)?(?:照护|照顾|护理|治疗|康复|救助|陪护|陪伴)|(?:大量|巨额|较大|较多|大笔|很多)的?(?:资金|投入|投资|经费|时间|人力|财力)|(?:全社会|社会各界|各方)(?:的)?共同)|"
                      r"不宜|不应|能不能|可不可以|(?<!是)能否|(?:多|再)给(?:我们|咱们|俺们)[^，,。；;]{0,8}?(?:搞|办|建|修|装|弄|安排|配|开)(?:点|些|一些|几)|(?:再加|再补充|再提|还有|另加)一条[，,：:](?=[^。！？]{4})|(?:是否可以|可否|是不是可以|是不是能|可以不可以)(?:再|适当|进一步)?(?=参照|考虑|给予|增加|设立|建立|将|把|适当|允许|放宽|延长|提高|降低|纳入|统一|出台)|[均也还亦都则]应(?!用|急|对)|(?<![已拟])(?:修改|更改)为|(?:认为|觉得)(?:应|宜|须)(?!用|急|对)")
# 需要 as a noun, what a thing falls short of (无法满足日常监测需要, 不能适应发展需要): no request.
NEED_NOUN = re.compile(r"(?:满足|适应|符合|跟不上|赶不上)[^，,。；;：:]{0,12}?需要(?![^，,。；;]{0,2}(?:建议|请|希望))")
# 意见/建议 as nouns of a preamble (以下建议, 修改意见如下), not as the verb that asks.
_ASK_NOUN = re.compile(r"(?:以下|如下|下列|几点|[一二两三四五六七八九十\d]+(?:点|条)|修改|具体|补充|反馈|书面|的|有关|相关|意见)"
                       r"(?:意见|建议)+(?:[和及与、](?:意见|建议))?|(?:意见|建议)(?:如下|见下|函复|反馈)|"
                       # …提出的旅游公路建设建议也已在规划中予以吸纳: the subject of what became of it
                       r"(?:意见|建议)(?=(?:也|均|都)?(?:已经|已|被|得到|获得|予以))|"
                       # 充分吸收了我市前期调研中提出的部分建议: what the draft took in, a noun
                       r"(?:吸收|吸纳|采纳|采用|听取)了?[^，,。；;！？!?]{0,48}?(?:意见|建议)+")
PROBLEM = re.compile(r"存在.{0,30}问题|不足|短板|困难|难以|缺乏|滞后")
OWN_START = re.compile(r"^(?:此外|另外|另|还有|其他|其它|最后|同时建议|还建议|再者|再次)")
HEADING_WORDS = re.compile(r"^关于[^，。；]{0,18}$|^[^，。；]{0,10}(?:意见|建议|方面|部分|问题)$|^(?:其他|其它|其他事项|另外)$")
_LOC_ATOM = (rf"第\s*[{CN}\d]+\s*(?:篇|章|节|条|款|项|目|段|部分)|第\s*\d+\s*(?:[-—~～至到]\s*\d+\s*)?[页行]"
             r"|[Pp]\s*\.?\s*\d+(?:\s*[-—~～]\s*\d+)?|[Ll]\s*\d+(?:\s*[-—~～]\s*\d+)?"
             r"|(?:表|图|专栏|附件|附表|附图)\s*\d+(?:\s*[-—.．]\s*\d+)*|附录\s*[A-Z](?:\.\d+)*|\d+(?:\.\d+){1,3}(?:\s*[节条款])?")
LOC = re.compile(rf"^(?:关于|对|在)?(?:规划|文本|原文|正文|征求意见稿)?(?P<loc>(?:{_LOC_ATOM})"
                  rf"(?:\s*[（(]\s*(?:{_LOC_ATOM})(?:\s*[、,，和及]?\s*(?:{_LOC_ATOM}))*\s*[）)]"
                  rf"|\s*[、,，和及\-]?\s*(?:{_LOC_ATOM})|[（(][{CN}]{{1,3}}[）)]|[{CN}]{{1,2}}(?=[（(]))*)")
_CHANGE_Q = re.compile(r"(?:修改为|改为|调整为|表述为|修改成|改成|替换为|更改为|修订为)[：:]?\s*[“\"「『](?P<q>[^”\"」』]+)[”\"」』]")
_CHANGE = re.compile(r"(?:修改为|改为|调整为|表述为|修订为)[：:]?\s*(?P<q>[^。；;\n]+)")


def nospace(s: str) -> int:
    return len(s.replace(" ", ""))


def location_of(text: str) -> str | None:
    """An explicit section/page reference at the start of an opinion, raw as written.

    Examples
    --------
    >>> location_of("第三章第二节（第12页）：建议补充内容。")
    '第三章第二节（第12页）'
    >>> location_of("建议补充内容。") is None
    True
    """
    m = LOC.match(text.strip())
    return m.group("loc").strip(" ，,、") if m else None


def proposed_change_of(text: str) -> str | None:
    """The wording proposed after 建议修改为/改为/修改为, preferring a quoted one.

    >>> proposed_change_of("第12页“加强”建议修改为“强化”。")
    '强化'
    """
    m = _CHANGE_Q.search(text) or _CHANGE.search(text)
    return m.group("q").strip() if m else None


# ----------------------------------------------------------------------------- inline lists
_B = r"(?:(?<=^)|(?<=[，,；;。：:！？!?\s]))"
_INLINE = (
    re.compile(rf"{_B}(?P<n>[一二三四五六七八九十])是"),
    re.compile(rf"(?:{_B}|(?<=建议))第(?P<n>[一二三四五六七八九十])[，,、：:]"),  # (建议)第一，…第二，…
    re.compile(rf"{_B}(?P<n>[一二三四五六七八九十]{{1,2}})、"),
    re.compile(rf"(?:{_B}|(?<=建议))[（(](?P<n>[一二三四五六七八九十]{{1,2}})[）)]"),  # (建议)（一）…（二）…
    re.compile(rf"(?:{_B}|(?<=建议))[（(](?P<n>\d{{1,2}})[）)]"),
    re.compile(rf"{_B}(?P<n>\d{{1,2}})[.．、](?!\d)"),
    re.compile(r"(?P<c>[\u2460-\u2473\u2474-\u2487\u2488-\u249b\u2776-\u277f])"),
    re.compile(rf"{_B}(?P<w>首先|其次|再次|最后)[，,]?"),
    re.compile(rf"{_B}(?P<w>一个是|(?:再|另)一个(?:就)?是|第二个(?:就)?是)"),  # 我说两个事，一个是…，再一个是…: spoken
)
_FIRST = {"首先": 1, "其次": 2, "再次": 3, "一个是": 1}


def inline_parts(s: str) -> list[tuple[str, int, int]]:
    """Markers of the outermost inline list (1, 2, … in order) in ``s``: (marker, start, content start)."""
    best: list[tuple[str, int, int]] = []
    for rx in _INLINE:
        seq: list[tuple[str, int, int]] = []
        for m in rx.finditer(s):
            want = len(seq) + 1
            if m.groupdict().get("c"):
                o = ord(m.group("c"))
                n = next(o - b + 1 for b in (0x2460, 0x2474, 0x2488, 0x2776) if b <= o < b + 20)
            elif m.groupdict().get("w"):
                n = _FIRST.get(m.group("w"), want if want > 1 else 0)  # 最后 closes any list
            else:
                n = chinese_to_int(m.group("n"))
            if n == want:
                seq.append((m.group(0).strip(), m.start(), m.end()))
        if len(seq) >= 2 and (not best or seq[0][1] < best[0][1]):
            best = seq
    return best


def opens_list(t: str) -> bool:
    """Whether ``t`` opens with the first marker of an inline list it goes on with (一是…；二是…, （1）…（2）…)."""
    parts = inline_parts(t)
    return bool(parts) and parts[0][1] == 0


@dataclass
class Draft:
    start: int
    end: int
    para: int
    meta: dict
    speaker: str | None = None
    department: str | None = None
    location: str | None = None


class Doc:
    """Cleaned text, offsets back into the input and the paragraphs (non-empty lines).

    ``standalone(line, next_line)`` names raw lines that stand on their own (a field line, a
    signature): they are cleaned apart from their neighbours, so a hard-wrap join never glues them
    to the line above or below; ``cuts`` are further input offsets no join crosses (a table's rows).
    """

    def __init__(self, text: str, standalone: Callable[[str, str | None], bool] | None = None,
                 cuts: tuple[int, ...] = ()):
        self.text = text
        self.clean, self.offsets = _clean_in_chunks(text, standalone, cuts)
        self.paras: list[tuple[int, int]] = []
        pos = 0
        for line in self.clean.split("\n"):
            if line.strip():
                self.paras.append((pos, pos + len(line)))
            pos += len(line) + 1

    def span(self, s: int, e: int) -> tuple[int, int]:
        return (self.offsets[s], self.offsets[e - 1] + 1)

    def at(self, pos: int) -> int:
        """The cleaned position of input offset ``pos`` (the first cleaned character at or after it)."""
        return bisect_left(self.offsets, pos)

    def indent(self, s: int) -> int:
        """How far the line holding ``clean[s]`` is indented in the input (an ideographic space counts two)."""
        pos = self.offsets[s] if s < len(self.offsets) else len(self.text)
        lead = self.text[self.text.rfind("\n", 0, pos) + 1:pos]
        return sum({" ": 1, "\u3000": 2, "\t": 4}.get(ch, 0) for ch in lead)


def _clean_in_chunks(text: str, standalone, cuts=()) -> tuple[str, list[int]]:
    if standalone is None and not cuts:
        return clean_display_with_offsets(text)
    standalone = standalone or (lambda line, nxt: False)
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    filled = [k for k, (s, e) in enumerate(lines) if text[s:e].strip()]
    nxt = {k: (text[lines[j][0]:lines[j][1]] if j is not None else None)
           for k, j in zip(filled, filled[1:] + [None])}
    cuts = sorted({c for k in filled if standalone(text[lines[k][0]:lines[k][1]], nxt[k])
                   for c in (lines[k][0], lines[k][1])} | {0, len(text)} | {c for c in cuts if 0 < c < len(text)})
    out, offsets = [], []
    for a, b in zip(cuts, cuts[1:]):
        piece, where = clean_display_with_offsets(text[a:b])
        if not piece.strip():
            continue
        if out:
            out.append("\n")
            offsets.append(max(a - 1, offsets[-1]))
        out.append(piece)
        offsets.extend(a + o for o in where)
    return "".join(out), offsets


def trim(clean: str, s: int, e: int, lead: str = " ，,：:、.．") -> tuple[int, int]:
    while s < e and clean[s] in lead:
        s += 1
    while e > s and clean[e - 1] in " ；;，,、\n":
        e -= 1
    return s, e


# What introduces the reasons of a request (这样规定，一是…；理由：一是…).
# (a reason telling what a rule or a plan requires, 国家…规划明确要求地方…, asks nothing of the draft)
# 要求 as a verb that asks, not the noun (对西部地区的要求, 不能体现改善要求；, 自治区要求明显严于国家) nor what a rule does not ask (未要求)
ASKING_YAOQIU = (r"(?<!明确)(?<!规定)(?<!明确提出)(?<![的未不没无])(?<!未强制)(?<!不强制)(?<!没有)要求"
                 r"(?![，,。；;！!、）)]|$|明显|过于|过高|过低|严于|高于|低于|较|更|太|相|不一致|一致)")
_ASKING_WORD = re.compile(r"建议|请(?!示)|希望|" + ASKING_YAOQIU + r"|呼吁|恳请|应当|应该")
_REASONS_LEAD = re.compile(r"(?:理由|原因|考虑|因为|这样(?:规定|修改|表述|调整)|目的|好处|依据)[^，,。；;：:]{0,8}[，,：:]?$")
# What was asked before, told (我长期关注…问题，去年还专门提过建议。).
_ASKED_BEFORE = re.compile(r"(?:提|说|反映|提出|写)过[^。，,]{0,6}?(?:建议|意见)")
# The conclusion after a request's last reason (…基层反映强烈。↵因此，建议在规划中单设一章…): the request said again.
CONCLUSION = re.compile(r"(?:\n\s*|(?<=[。！!]))(?:因此|为此|鉴于此|鉴于上述情况|综上所述|综上|所以)[，,]")


def before_conclusion(t: str) -> str:
    """``t`` up to a conclusion that says its request again (:data:`CONCLUSION`)."""
    return CONCLUSION.split(t, maxsplit=1)[0]

# A part that asks with its verb alone (一是加强资金保障；二是完善考核机制).
BARE_ASK = re.compile(r"\s*(?:加强|完善|增加|明确|建立|健全|推进|推动|提高|加大|加快|支持|鼓励|优化|补充|删除|修改|调整|设立|强化|"
                       r"落实|统筹|细化|规范|做好|加[快强大]|将|把|对|在|由)")


_CIRCLED = re.compile(r"[\u2460-\u2473\u2776-\u277f]")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


# An item that only names a thing (a project, a site, a body): no clause, no verb that asks or acts before it.
_NAMED_THING = re.compile(r"(?!加强|完善|建立|推进|开展|提高|加快|推动|强化|落实|实施|增加|补充|明确|制定|健全|做好|严格|优化|支持|鼓励|"
                          r"引导|保障|提升|深化|扩大|规范|统筹|新建|建设|改造|将|把|对|在)[^，,。；;：:！？!?]{2,38}"
                          r"(?:工程|项目|区|站|厂|园|基地|湖|河|段|点|场|线|路|库|村|镇|县|旗|市|公司|企业|单位|中心|医院|学校|保护区)")


def split_inline(doc: Doc, s: int, e: int, para: int, meta: dict, depth: int = 0) -> list[Draft]:
    """One draft for ``clean[s:e]``, or one per part when it holds an inline list (一是…；二是…)."""
    seg = doc.clean[s:e]
    parts = inline_parts(seg) if depth < 2 else []
    if not parts:
        s, e = trim(doc.clean, s, e)
        return [Draft(s, e, para, dict(meta))] if e > s else []
    out = []
    # (what each part says: the same before and after a request heading the list is taken off below)
    said = [seg[c:parts[j + 1][1] if j + 1 < len(parts) else len(seg)] for j, (_, _, c) in enumerate(parts)]
    head = seg[:parts[0][1]]
    # (…希望自治区加大对管网改造的资金支持力度。具体来说，一是…；二是…: a request of its own before the list that details it)
    k = head.rfind("。") + 1
    # (only when every part asks in words: 建议增加一条…。这样规定，一是便于…，二是便于… gives the request's reasons)
    if k and depth == 0 and PROPOSE.search(_ASK_NOUN.sub("", _ASKED_BEFORE.sub("", head[:k]))) \
            and not re.search(r"以下|如下|下列|几[点条项]|[两三四五六七八九十\d]+[点条项]|[：:]", head[:k]) \
            and not _REASONS_LEAD.search(head[k:].strip(" ，,：:；;")) \
            and all(_ASKING_WORD.search(t) for t in said):
        a, b = trim(doc.clean, s, s + k)
        out.append(Draft(a, b, para, dict(meta)))
        s, seg, parts = s + k, seg[k:], [(m, at - k, c - k) for m, at, c in parts]
    lead = seg[:parts[0][1]].strip(" ，,：:；;")
    if lead.count("“") > lead.count("”"):  # 建议修改为：“…重点做好以下工作：1.…；2.…。”: the proposed wording's own list
        s, e = trim(doc.clean, s, e)
        return out + ([Draft(s, e, para, dict(meta))] if e > s else [])
    # 建议增加一条……。这样规定，一是便于…，二是便于…: the reasons of one request; 建议…不搞一刀切”。一是山区农户
    # 居住分散…；二是…: a request, then its reasons (or its figures: 其中：①…②…); parts that ask stay apart
    # (主要考虑：①…；②…我区不宜自行加码。: after a lead that gives reasons, only a part asking in words of asking asks)
    if (_REASONS_LEAD.search(lead) and PROPOSE.search(lead) and not any(_ASKING_WORD.search(before_conclusion(t)) for t in said)) or (
            re.search(r"(?:。|(?:其中|包括|分别为|分别是|具体为|具体包括|主要有|措施|办法|方式|标准)[：:])$", seg[:parts[0][1]].rstrip())
            and PROPOSE.search(_ASK_NOUN.sub("", lead)) and not any(PROPOSE.search(t) or BARE_ASK.match(t) for t in said)) or (
            # 依托①某产业园、②某开发区，培育…: the places one request names, listed inside its words
            _CIRCLED.match(parts[0][0]) and parts[0][1] and _CJK_CHAR.match(seg[parts[0][1] - 1])
            and all(len(t) <= 24 and re.search(r"[、和及与]\s*$", t) for t in said[:-1])) or (
            # 建议将以下项目纳入规划附表：1.某流域综合治理工程；2.某污水处理厂提标改造工程。: the things one request names
            seg[:parts[0][1]].rstrip().endswith(("：", ":")) and PROPOSE.search(lead) and re.search(r"以下|下列|如下", lead)
            and all(_NAMED_THING.fullmatch(t.strip(" ；;。.、，,")) for t in said)):
        s, e = trim(doc.clean, s, e)
        return out + ([Draft(s, e, para, dict(meta))] if e > s else [])
    if not out and (why := _REASONS_LEAD.search(lead)) and re.search(r"[。，,；;]\s*(?:主要|具体)?$", lead[:why.start()]) \
            and PROPOSE.search(_ASK_NOUN.sub("", lead[:why.start()])):
        # (建议…调整为55%。理由：（1）…（2）…, a reason asking in words of its own: the request stays an opinion too;
        # not …但有几个问题需要考虑：, the lead of the points)
        a, b = trim(doc.clean, s, s + parts[0][1])
        out.append(Draft(a, b, para, dict(meta)))
    for j, (marker, _, cstart) in enumerate(parts):
        m = dict(meta)
        if "numbering" in m:
            m["parent_numbering"] = m["numbering"]
        m["numbering"] = marker.rstrip("，,、：:")
        if lead:
            m["lead"] = lead
        cend = parts[j + 1][1] if j + 1 < len(parts) else len(seg)
        out.extend(split_inline(doc, s + cstart, s + cend, para, m, depth + 1))
    return out
