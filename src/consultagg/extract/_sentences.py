"""Sentences inside a paragraph: formalities and general remarks around the requests, and several requests.

A paragraph may open with formalities (来函收悉。经研究，…如下：), agreement (原则同意), a general
remark on the draft (总体上看，规划思路清晰…) and close with 其他无意见 or 以上意见供参考; none of these
asks for anything. One point may also hold two requests (``建议删除…；建议增加…``, ``…。另外，建议…``,
``…；同时建议…``): each is an opinion of its own.

Examples
--------
>>> [why for _, _, why in formal_sentences("来函收悉。总的来看，规划结构完整。建议增加绿道。")]
['开头语', '总体评价']
>>> request_cuts("建议删除第三章的表述；建议增加分年度推进的内容。")
[11]
"""

from __future__ import annotations

import re

from consultagg.extract._asides import ASKED_BY_OFFICE, FORWARDING, LAYOUT_NOTE, NOTE_LABEL, NOT_SUBMITTED, told_aside
from consultagg.extract._closing import closes_only
from consultagg.extract._base import AGREE, CLOSING, NEED_NOUN, NONE, PREAMBLE, PROBLEM, PROPOSE, WHY_WRITTEN, _ASK_NOUN, _SUGGEST
from consultagg.text.courtesy import MODESTY

__all__ = ["OWN_OPENER", "SAID_AGAIN", "SOON", "TROUBLE", "asks", "asks_again", "formal_prefix", "formal_sentences", "formal_suffix", "general_remark", "request_cuts"]

_SENTENCE = re.compile(r"[^。！？!?：:；;]+[。！？!?：:；;]*[”’]?")
GENERAL = re.compile(r"总体(?:上)?(?:看|来看|而言|上看|来说)|总体(?:赞同|认可|赞成)(?=[。！!]?$)|总体上(?=[，,])|体例(?:完整|规范|合理|清晰)|总的(?:来看|来说|看|感觉|印象)|总体(?:感觉|印象)|整体(?:上)?(?:看|来看|而言)|"
                     r"(?:委员们|专家们|专家组|我[厅局委办院会司部]|我们|我单位)(?:一致)?认为|"
                     r"思路清晰|结构(?:完整|合理|清晰)|框架(?:完整|清晰)|重点突出|较为(?:全面|合理|完整|科学|清晰|充分|深入|透彻|扎实)|"
                     r"针对性(?:和可操作性)?(?:较)?强|可操作性(?:较)?强|体现了|贯彻(?:落实)?了?|编制依据充分|基本合理|"
                     r"立意高远|内容全面|总体(?:较好|很好|良好|可行|不错|成熟|合理|科学)|(?:普遍|一致|都)?(?:认为|觉得)(?:是|比较|较为)?(?:可行|合理|科学|恰当|适宜)的?[。.]?$|基本成熟|(?:整体)?框架合理|基本准确|(?:定位|表述)(?:准确|清晰|明确)|"
                     r"符合[^，。；]{0,12}实际|切合[^，。；]{0,12}实际|目标明确|措施(?:可行|有力|具体|得当)|切实可行|"
                     r"具有(?:积极|重要|重大|十分重要的)意义|充满期待|大家(?:一致)?认为|(?:基本|较好|有效|总体)(?:相)?衔接[。！]?$|"
                     r"站位(?:高|高远|很高)|令人耳目一新|内容(?:全|丰富)(?=[，,、。])")
TROUBLE = re.compile(PROBLEM.pattern + r"|不够|不一致|有误|错误|不准确|偏高|偏低|过高|过低|过紧|不符|欠缺|着墨不多|"
                      r"较为原则|不明确|不清|遗漏|缺少|没有|未能|尚未|问题(?!导向|分析|的?(?:梳理|剖析|研判))(?![^，,。；]{0,2}(?:作了|作出|进行了)回应)")  # (坚持问题导向 / 针对突出问题作了回应 praise)
# "我厅无其他意见，仅提一条修改意见：" before the one request.
_ONLY_ONE = re.compile(r"(?:我[厅局委市县区办院会司部]|我们|本单位|我单位)?(?:对规划)?(?:无|没有)其[他它](?:修改)?(?:意见|建议)[，,]\s*"
                       r"(?:仅|只)(?:(?:提|提出|有)(?:一|1|以下一)(?:条|点)(?:修改)?(?:意见|建议)[：:，,]?\s*)?(?=\S)")
# What opens a further request inside a point, after a ；or a full stop.
_OPENER = re.compile(r"^(?:(?:另外|此外|同时|另|还|再|并)[，,]?)?(?:建议|请|希望|要求)(?![的是])")
# A further suggestion after a comma: …，同时建议… / …，另外建议…
_AFTER_COMMA = re.compile(r"\s*(?:(?:同时|另外|此外|并)(?:还)?|另一方面[，,]?(?:也|还)?)(?:建议|请求|希望)|\s*(?:另外|此外)(?=[^。！？!?；;，,]{2,30}[，,]\s*(?:建议|希望|请求|恳请))")
# A clause that asks with a modal verb (泵站要抬高, 应予统筹, 须报备), 要 not inside another word (主要, 需要, 要求).
_MUST = re.compile(r"(?<![主重需只想不紧摘纲概])(?:要|应|须)(?![求素点是的么不])[\u4e00-\u9fff]")
# A speaker's further point passed on (他还提到， / 她同时指出：): it opens a request of its own.
_PASSED_ON = r"(?:[他她]|我们?)(?:还|也|同时|另外|又)(?:提到|提出|指出|表示|认为|强调|谈到)"
SAID_AGAIN = re.compile(_PASSED_ON + r"[，,：:]\s*")
# The next point of an enumeration told in sentences (一是…。二是建议…): its own request when it asks.
_NEXT_POINT = re.compile(r"(?:[二三四五六七八九十]是|第[二三四五六七八九十][，,、]|其[二三四五][，,])")
# 另外/还有 with a topic of its own after it and no comma (还有我家… / 另外沿街门面…), not 还有的 / 还有一些
_NEW_TOPIC = r"(?:另外|还有)(?![的是些点人个种就])(?=[\u4e00-\u9fff])"
OWN_OPENER = re.compile(r"^(?:另外|另|此外|同时|其次|再者|还有|再有|同时提出|另外提出|还提出|" + _PASSED_ON + r")[，,：:]"
                         r"|^" + _NEW_TOPIC + r"|^(?:还有就是|另外就是|再就是|再一个是?)"  # (还有就是…: no comma)
                         r"|^还可以(?=[\u4e00-\u9fff])|^[\u4e00-\u9fff]{2,8}还(?:提出|反映)[，,：:]")  # 还可以探索… / 部分会员企业还提出，


# The writing unit's own intent (下一步，我厅将积极支持规划实施): a statement, not a request.
_INTENT = re.compile(r"^(?:下一步|今后|下步|[^，,。；;]{0,14}?(?:出台|印发|颁布|施行|实施|发布|通过)(?:后|以后|之后)|"
                     # 规划中涉及我厅的“…”等任务，我厅将按照职责分工认真抓好落实: the tasks that are its own, then its intent
                     r"(?:规划|方案|征求意见稿|草案)[中里]?(?:涉及|有关|关于)我[厅局委办院部市县区]的?[^。；;]{0,60}?(?:任务|工作|内容|事项)[，,])?[，,]?(?:我(?:[厅局委办院部市县区校所站队会司镇乡村]|单位|们|中心|集团|公司|协会|学会|街道)|本(?:单位|部门|公司|集团))(?:将|会|也将)")


# The draft's tasks that are the writer's own, already in its own plans (…涉及我厅的…任务，已纳入《…》统筹推进).
_OWN_TASKS_TAKEN = re.compile(r"(?:《[^》]{1,60}》|规划|方案|征求意见稿)[中里]?(?:涉及|有关)我[厅局委办院市县区]的[^。]{0,80}?(?:任务|工作|内容)[，,]\s*"
                              r"(?:已|均已|已经)(?:纳入|列入|写入|体现在)[^。]{0,60}?(?:推进|落实|实施|安排)[。.]?\s*$")


# A wish for the office's support beside the writer's own plans (也希望省厅继续加强对我市商务工作的指导和支持), or to work
# with it (希望与你厅进一步加强沟通衔接，共同推动规划各项任务落地见效): courtesy.
_SUPPORT_WISH = re.compile(r"[，,]?\s*(?:也|并|同时)?(?:希望|恳请|请)[^。，,；;]{0,8}?(?:继续|一如既往地?)?(?:加强|加大|给予)?(?:对我[^。，,；;]{0,14})?"
                           r"的?(?:指导|支持|关心|帮助)(?:和(?:指导|支持|关心|帮助))?|"
                           r"[，,]?\s*(?:也|并|同时)?(?:希望|期待|愿)(?:与|同|和)(?:你|贵)[厅局委办院部司](?:进一步|继续)?(?:加强|保持|密切)?"
                           r"(?:沟通|衔接|协调|对接|联系|配合|合作|协作|交流){1,3}(?:[，,]\s*(?:共同|合力)(?:推动|推进|抓好|做好)[^。，,；;]{0,20})?|"
                           # (希望你厅在规划实施过程中继续加强与我局的沟通衔接，共同推动…)
                           r"[，,]?\s*(?:也|并|同时)?(?:希望|期待)(?:你|贵)[厅局委办院部司](?:在[^。，,；;]{0,16})?(?:进一步|继续)?(?:加强|保持|密切)"
                           r"(?:与|同|和)我[厅局委办院部司市县区]的?(?:沟通|衔接|协调|对接|联系|配合|合作|协作|交流){1,3}"
                           r"(?:[，,]\s*(?:共同|合力)(?:推动|推进|抓好|做好)[^。，,；;]{0,30})?")
# A further request said as one (另外建议… / 此外，希望… / 还有康复训练费用…): a message that asks again.
_FURTHER = re.compile(r"(?:另外|此外|同时|还有|再者|其次)[，,]?(?:还)?(?:建议|希望|请求|恳请|呼吁|请(?!问))|" + _NEW_TOPIC
                      # 另外，环湖绿道在东岸断开了约800米，建议予以贯通。: a topic of its own, asked of in the sentence
                      + r"|(?:另外|此外|还有|再者|其次)[，,](?=[^。！？!?]*?(?:建议|希望|请求|恳请|呼吁|能否|能不能))")


def asks_again(t: str) -> bool:
    """Whether a part of a message opens by saying it asks again (另外建议…, 还有电梯费用希望…).

    >>> asks_again("另外，建议增设公交站。"), asks_again("还有的居民不同意。")
    (True, False)
    """
    return _FURTHER.match(t) is not None


def opens_on_part(t: str) -> bool:
    """Whether a part of a message opens on a part of the draft of its own (第十章“公众参与”部分写得太简单，应当…): the
    next request of a message that asked about something else before it.

    >>> opens_on_part("第十章“公众参与”部分写得太简单，应当明确举报奖励制度。"), opens_on_part("这一章写得太简单。")
    (True, False)
    """
    return _CLAUSE_START.match(t.lstrip()) is not None


def asks(t: str) -> bool:
    """Whether a text asks for something (建议…, 应…, 请…), 意见/建议 as nouns aside.

    >>> asks("现提出以下建议："), asks("经研究，建议补充内容。")
    (False, True)
    """
    t = _DRAFT_RULE.sub("", t)  # 第二十六条规定…应当开展考古调查: the draft's rule, quoted, asks nothing
    t = _QUOTED.sub("“”", t)  # 仅规定“养犬人应当…”: wording in quotes is the draft's or the proposed text
    # (请保姆一个月要六七千: 请 as hiring someone asks nothing)
    t = _PAST_ASK.sub("", t)  # 2023年9月，我局曾建议市人民政府建立…: what was asked before, of someone else, told
    t = NEED_NOUN.sub("", _ANSWERED.sub("", t))  # (有居民询问是否需要…，社区已做好解释工作: told, answered; 无法满足…需要)
    return bool(PROPOSE.search(PREAMBLE.sub("", _ASK_NOUN.sub("", t))) or re.search(r"(?:^|[，。；]|[另还并恳敬烦])请(?!问|各|大家|保姆|护工|护理员|阿姨|钟点工|月嫂|家政|了|过|假|(?:各位)?领导们?(?:看一看|看看|过目|审阅|参阅|阅示)|(?:审阅|查阅|参阅|阅示|查收|批示|指正|斧正|参考)(?=[。！!，,]|$))"
                                                                       r"|请(?:不要|勿|别|务必|一定)|(?<![的此该之项下于])请求(?!权|书|人|事项|[：:]|如下)", t)  # (我们请求把…; not 如下请求：, 关于请求…)
                or _PLEASE_DO.search(t) or _CORRECTION.search(t))


# A correction of the draft's wording (第12页“秸杆”应为“秸秆” / …有误，应为…): a request without 建议
# (第12页，2020年地区生产总值应为17360亿元。: a figure of the page named, put right)
_CORRECTION = re.compile(r"“”[，,]?(?:应|宜)(?:为|改为|改成|是|(?:统一)?(?:表述|写|规范|修改)为)“”|(?:有误|错误|笔误|错字)[，,]?(?:应|宜)(?:为|改为|改成)|"
                         r"^\s*第[\d一二三四五六七八九十]+(?:页|行)[^。；;]{0,60}?应(?:为|改为)(?=\d)")


# …的责任主体请予明确: a change asked for after its object (请予采纳/参考/研究 close a letter instead)
# (…部分请补充… / …的表述请修改为…: 请 before a change, wherever it stands; 申请补充资金 asks nothing of the draft)
_PLEASE_DO = re.compile(r"请予以?(?:明确|补充|规定|完善|修改|删除|增加|调整|细化|取消|保留|澄清|更正)|"
                        r"(?<![申邀聘宴提])请(?:补充|增加|修改|删除|删去|明确|调整|核实|更正|完善|细化|核对|统一|增补|充实|(?:采用|使用|用)(?![^。；，,]{0,16}(?:填写|填报|打印|书写|报送)))|"
                        # (能耗双控指标请与我委核对后再填写 / 项目投资规模请结合财力情况从严测算: 请, the way, then the change)
                        r"(?<![申邀聘宴提])请(?:与|同|和|跟)[^。；;，,]{1,12}?(?:核对|核实|对接|衔接|沟通|协商|商定)|"
                        r"(?<![申邀聘宴提])请以[^。；;，,]{1,30}?为(?:准|依据)|"  # (…指标值请以国家下达的为准)
                        r"(?<![申邀聘宴提])请(?:再|重新|进一步|认真|从严)(?:作|做|进行|予以)?(?:测算|核算|复核|核定|论证|评估)|"  # (投资估算请再作测算)
                        r"(?<![申邀聘宴提])请(?:结合|根据|按照|参照|依据)[^。；;]{2,30}?(?:测算|核算|修改|调整|完善|明确|确定|补充|核实|核定|填写)|"
                        # (补充一下，第2条里再加上“巡护道路”: a point before, added to)
                        r"(?:第[\d一二三四五六七八九十]{1,3}条|这一?条|上面那?条|刚才那?条)(?:里|中|里面)?(?:再|也|还)?(?:加上|补上|加入|补充上)|"
                        # (…我们市里报的是90.5%，麻烦核对一下。: a chat's polite request)
                        r"麻烦(?:您|你们|各位|你|贵[厅局委处])?(?:帮忙)?(?:核对|核实|修改|更正|改一下|补充|确认|调整)")

_QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」")
_ANSWERED = re.compile(r"[^。！？!?]*(?:询问|咨询|问及|问到)[^。！？!?]{0,60}[，,][^。！？!?，,]{0,12}(?:已|均已|已经|当场|现场)"
                       r"[^。！？!?，,]{0,6}(?:解释|解答|答复|回复|说明)[^。！？!?]*[。！!]?")
_PAST_ASK = re.compile(r"(?:曾经?|此前|先前|之前|早前)(?:向[^，。；]{0,14})?(?:建议|提出|要求)|"
                       # 我办已就规划中涉及机构编制的内容提出建议，你厅…已予吸纳: advice given before, told
                       r"(?:已|已经)(?:就|对|针对)[^，。；]{2,30}?(?:提出|提供|反馈)了?(?:书面)?(?:意见|建议)|"
                       # what others advised, told (医生建议她每周透析三次 / 领导…提出了很多宝贵建议)
                       r"(?:(?:医生|大夫|专家|老师|领导|朋友|亲戚|律师)(?:们)?|(?:后来|之后|当时))(?:都|也|还|又)?建议(?:他|她|我|我们|他们|患者|病人)|"
                       r"提出了?(?:很多|许多|不少|大量)(?:宝贵|中肯)?的?(?:意见|建议)|"
                       # 请村里的何老师帮忙写了这封信: someone asked to write the letter, told
                       r"请[^，,。；;]{0,10}?(?:帮忙|帮着|帮我们|代为|代)(?:写|起草|执笔|打字)|"
                       # 听村干部讲，省里…要听听老百姓的意见: the office's wish to hear, told
                       r"(?:要|想|准备)(?:听听|听取|征求|收集)[^，,。；;]{0,12}(?:意见|建议|想法)")
# What the draft provides, told in its own words up to the clause's end (第二十六条规定…应当…，).
_DRAFT_RULE = re.compile(r"(?:条|款|项|草案|办法|条例|规划|方案|细则)(?:中)?(?:规定|明确|要求)(?!.{0,2}建议)[^，。；;]*"
                         # 根据《环境影响评价法》和《…条例》规定，…应当编制环境影响报告书: the law's rule, told
                         r"|^(?:根据|按照|依据)《[^》]{2,40}》(?:[和及、与]《[^》]{2,40}》)*(?:的)?(?:有关|相关)?规定[，,][^。；;！？]*")


def general_remark(t: str) -> bool:
    """A remark on the draft as a whole that neither asks for nor objects to anything.

    >>> general_remark("总体上看，规划思路清晰，我厅原则同意。")
    True
    >>> general_remark("总体上看，规划内容全面，但对城郊关注不够，建议补充。")
    False
    """
    return bool(GENERAL.search(t)) and not asks(t) and not TROUBLE.search(t)


# An offer of the writer's help (我校…愿为规划实施提供智力支撑): a statement, not a request.
_OFFER = re.compile(r"^(?:[^，,。！？]{0,14}(?:后|时|以后|之后)[，,])?(?:(?:此外|另外|同时)[，,]?)?(?:我|本|(?:该|我们)?(?:公司|协会|企业|学校|单位|集团|商会|学会))[\u4e00-\u9fff]{0,3}[^。！？]{0,40}?(?:愿|愿意|乐意)(?!望|景)[\u4e00-\u9fff]|"
                    # 另：我局制定的《…指引》可供起草时参考: material offered, no request
                    r"^(?:另[：:，,]?)?[^。！？]{0,40}?可供[^。！？]{0,10}参考|"
                    # (上面是我们团队做的调查报告封面，需要的话可以发给你们)
                    r"^(?:[^。！？，,]{0,40}[，,])?(?:如有需要|如需要?|若有需要|必要时|需要的话)[，,]?[^。！？]{0,24}?(?:可以|可|愿意|愿|将|会)(?:派员|安排|配合|参与|参加|提供|发给|寄给|转给)|"
                    # 如需我区提供…基础资料，请与区住建局联系，我区将全力配合。: where to ask for the writer's help
                    r"^(?:[^。！？，,]{0,12}?(?:过程中|期间|中|时)[，,]?)?(?:如需|如需要|若需)[^。！？]{0,40}?[，,]\s*(?:请|可)(?:与|同|联系)[^。！？]{0,30}?(?:联系|对接|沟通)|"
                    # 另，规划中引用的…数据，我局可在规划定稿前配合再作一次核对。: the writer's own help offered
                    r"^(?:另|另外|此外)?[，,：:]?[^。！？]{0,40}?[，,]\s*我(?:[局厅委办院所中心]|单位|们)(?:可|可以|愿|愿意|将)(?:在[^。！？，,]{0,16})?"
                    r"(?:配合|协助|帮助|提供)[^。！？]{0,20}[。.]?$")


# A writer introducing themselves in one sentence (我是…代表…韩某。/ 本人系…).
_SELF_INTRO = re.compile(r"(?:我是|我们是|我系|本人是|本人系|我叫)[^，,。！？!?]{2,60}[。！!]$|"
                         # 我们是某市场的经营户，在这个市场做生意最短的也有七八年了。: who writes, and how long
                         r"我们是[^，,。！？!?]{2,30}(?:经营户|商户|村民|居民|业主|职工|员工|会员)[，,][^。！？!?]{2,60}[。！!]$|"
                         # 我是市政协委员，在…从事…二十余年，也参加过…: who writes, at more length
                         r"(?:我是|我系|本人是|本人系)[^，,。！？!?]{2,20}[，,][^。！？!?]{2,80}[。！!]$|"
                         # 我们是某街的几家个体户，听社区说…，写了下面这些，说得不对的地方请领导见谅。: who writes, and how
                         r"我们是[^，,。！？!?]{2,20}[，,][^。！？!?]{2,100}(?:下面这些|以下几点|如下几点|几点(?:想法|意见|建议)|"
                         r"请[^。！？!?，,]{0,6}(?:见谅|包涵|谅解|海涵))[^。！？!?]{0,20}[。！!]$")


# A sentence that opens by agreeing with something (赞同《规划》提出的…, 我们赞成将…).
_AGREES_WITH = re.compile(r"\s*(?:我[\u4e00-\u9fff]{0,3}|本人)?(?:完全|非常|十分)?(?:赞同|赞成)")


# A request only to keep what the draft says, after praise of it (这个思路很好，希望保留。).
_KEEP_ONLY = re.compile(r"[，,]\s*(?:我们?|本人)?(?:希望|建议|请|恳请)(?:予以|继续|能够?)?(?:保留|维持|坚持)(?:这一?|此|该|上述)?"
                        r"(?:条|款|规定|条款|表述|做法|思路|内容|写法)?[。！!]?\s*$")
_PRAISE = re.compile(r"很好|较好|非常好|合理|科学|得当|可行|赞同|赞成|支持|认可|肯定|值得|准确|恰当|妥当|到位|"
                     r"符合[^，,。]{0,8}实际|切合[^，,。]{0,8}实际")
# The speaker's own experience told first (近年来我所代理了…, 去年我们协会调研了…).
_OWN_WORK = re.compile(r"\s*(?:近年来|近几年|这些年|去年|今年|前期|此前|多年来)[，,]?(?:我|本)(?:所|院|校|局|会|们|单位|公司|协会|团队)"
                       r"[^。！？!?]{0,60}[。！!]\s*$|"
                       # 我近二十年一直从事老城历史建筑的调查与修缮研究，通读征求意见稿后，感到…: who writes, from what work
                       r"\s*我(?:近|这)?[一二三四五六七八九十几多\d]{0,3}十?多?年(?:来)?一直(?:从事|研究|关注)[^。！？!?]{0,100}[。！!]\s*$")
# Holding to what one said before (我还是坚持删除的意见, 保留原意见).
_HOLDS_TO = re.compile(r"(?:我|我们)?(?:还是|仍然|仍|依然|依旧)?(?:坚持|保留)(?:原来|之前|刚才|前面|上述)?的?[^。，,；;]{0,10}?的?(?:意见|看法|观点)[。.！!]?\s*$")
# A part of the draft named as a label before what is said of it (第二章　总体要求：同意。).
_PART_LABEL = re.compile(r"^\s*第[一二三四五六七八九十百\d]+[章节条](?:至第[一二三四五六七八九十百\d]+[章节条])?[\s\u3000]*[^\s。，,；;：:]{0,24}\s*[：:]")
# Agreement and nothing else (同意。, 原则同意本条规定。).
_AGREE_ALONE = re.compile(r"\s*(?:我[\u4e00-\u9fff]{0,3}|本人)?(?:完全|基本|原则上?)?同意(?:此|本|该|这一?)?"
                          r"(?:条|款|项|条款|规定|表述|内容|修改)?(?:的?(?:规定|表述|内容))?[。.！!；;]?\s*$")


# Points announced after a general remark (总体上，体例完整，但有两个问题需要注意。): the points follow.
_POINTS_AHEAD = re.compile(r"[，,](?:但|但是|不过)?(?:也)?(?:有|存在)(?:两|几|三|四|五|\d)(?:个|点)(?:问题|方面|地方)"
                           r"(?:需要|值得|要|应当)?(?:注意|说明|商榷|探讨|讨论|研究|考虑)?[。：:]?\s*$")


# Praise and support and nothing else (写得很实在，给起草的同志点个赞！/ 非常支持出台这部条例！).
# 希望早日实施: support for the draft as it stands, no request of its own
SOON = re.compile(r"(?:希望|期待|盼望)(?:条例|办法|规划|方案|《[^》]{1,40}》)?(?:(?:出台|印发|实施)(?:后|以后))?(?:能够?)?(?:早日|尽快|早点|尽早)(?:出台|印发|发布|实施|通过|落地|落实|施行)(?:实施|见效)?|"
                   r"(?:希望|期待|盼望)(?:能)?(?:早日|尽快|早点|尽早)(?:实现|达到)(?:碳达峰|碳中和|双碳目标|目标)|(?:希望|期待)[^，,。！!？?]{0,6}?(?:抓好|切实|认真|狠抓)(?:落实|贯彻|实施)(?=[。！!，,]|$)|"
                   # 希望早日实现蓝天白云、繁星闪烁: the aim of the draft, wished for
                   r"(?:希望|期待|盼望)(?:能)?(?:早日|尽快|早点|尽早)(?:实现|迎来|看到|重现)(?:天更蓝|水更清|[^，,。！!？?]{0,6}?"
                   r"(?:蓝天白云|碧水蓝天|蓝天碧水|青山绿水|绿水青山|繁星满天|繁星闪烁|空气清新))(?:[、和][^，,。！!？?]{2,6})?|"
                   r"(?:期待|盼望)[^，,。！!？?]{2,24}?(?:早日|尽快|早点)(?:开通|建成|通车|投用|投运)")  # 期待城际铁路早日开通
_PRAISE_ONLY = re.compile(r"点赞|点个赞|赞一个|(?:很好|挺好|非常好|不错|^好)[，,！!。]?\s*(?:支持|赞成)[！!。]?\s*$|"
                          r"出台(?:得)?(?:很|非常)?及时|写得(?:很|非常|特别|挺|真|十分)?(?:好|实|细|实在|到位|接地气|周到)|"
                          r"考虑得(?:很|非常|特别|十分)?(?:周到|周全|细致)|(?:非常|十分|坚决|完全|大力)?(?:支持|拥护)(?:政府|市里|县里)?"
                          r"(?:出台|制定|实施)|好政策|民心工程|为民办实事|辛苦了|期待(?:早日)?(?:出台|实施)|"
                          r"(?:非常|十分|完全|很)?(?:赞同|认同)(?:这个|本|该|此)?(?:规划|条例|办法|方案|政策)(?:的?内容)?(?=[，,！!。]|$)|"
                          r"(?:想|说|做)(?:在|到)了?(?:老百姓|群众|百姓)(?:的)?(?:前头|心坎)|"
                          r"期待(?:家乡|我们?[县市区镇乡村])?(?:越来越好|更加美好)|感谢(?:县里|市里|区里|政府|领导)的?(?:重视|关心|关注)|"
                          # 大家普遍觉得规划是好事: the draft welcomed as a good thing
                          r"(?:规划|方案|条例|办法|政策)(?:是|是个|是件)(?:大)?好事")


# What a wish for the draft to take effect soon may still ask beside it (希望早日实施，并增加停车位).
_ALSO_ASKS = re.compile(r"[并且]|同时|增加|增设|补充|修改|删除|调整|提高|降低|明确|建设|设置|取消|加大|加强|完善|解决|难|太|不够|没有")


def _asks_beyond_soon(t: str) -> bool:
    rest = SOON.sub("", t)
    return asks(rest) or bool(SOON.search(t) and _ALSO_ASKS.search(rest))


# Where a reply is to go or be read (请转市公安局, 请查收): asks nothing of the draft.
_ROUTING = re.compile(r"请(?:查收|查阅|审阅|审核|转交|转送|转报|转至|转)[^，,。；;]{0,12}")
# A sentence that only says where the letter is to go or where the formal opinions are (请贵局协助转交起草单位，
# 谢谢！ / 附件为正式意见（已盖章），请查收。): no request of the draft.
_PASS_ON = re.compile(r"\s*(?:(?:下面|以下|附件)是[^。！!？?]{0,30}(?:意见|建议)[，,]\s*)?(?:烦请|请|麻烦)(?:贵[局委厅办院]|你[局委厅办]|贵单位|您)?(?:协助|帮忙|代为)?(?:转交|转送|转报|转至|转给)"
                      r"[^。！!？?]{0,20}[。！!]?(?:谢谢[！!。]?)?\s*|"
                      r"\s*(?:附件为|附件是|正式意见见|以附件为准)[^。！!？?]{0,20}(?:意见|函)[^。！!？?]{0,16}[。！!]?\s*|"
                      # 思远：定稿见下，请按时报市城管局。: a colleague asked to send the reply on
                      r"\s*(?:[\u4e00-\u9fff]{1,3}[：:])?(?:定稿|全文|正文|材料|意见)?(?:见下|如下|见附件)?[，,]?\s*(?:请|烦请)"
                      r"(?:按时|及时|尽快|抓紧)?(?:报|报送|上报|送|送交)(?:给)?(?:[省市县区]|自治区)?[\u4e00-\u9fff]{1,10}"
                      r"(?:局|委|办|厅|政府|处|科|室)[。！!]?\s*|"
                      # 正式函件已走公文交换，请查收。: the formal letter goes by another way
                      r"\s*(?:正式|纸质)(?:函件|复函|文件|公文|版|件)[^。！!？?请]{0,16}(?:[，,]\s*请(?:注意)?查收)?[。！!]?\s*|"
                      # 另，请在…前将修改稿再发我委一份。: a document asked for, not a change of the draft
                      r"\s*(?:另[，,：:]?)?(?:请|烦请)[^。！!？?]{0,40}(?:再发|发送|发给|送|抄送|报送)(?:给)?(?:我委|我局|我厅|我办|我们|我单位|我院)"
                      r"[^。！!？?]{0,8}[。！!]?\s*")


# An earlier round's opinion, taken up or let go, not raised again (第一轮我局提的…意见已采纳，不再重复。 /
# 第一轮我们提出的…的意见，你处反馈“不属于规划内容”，我们理解，本次不再提出。).
_NOT_AGAIN = re.compile(r"(?:第一轮|上一轮|上轮|前一轮|前期|此前|上次|之前)[^。！？!?]{0,60}(?:意见|建议)[^。！？!?]{0,50}"
                        r"(?:不再(?:重复|提出|坚持|另提)|不再另行提出)|"
                        # 我旗的意见已书面报送，这里不再重复。 / 意见已直接函复贵厅，此处不再重复。: sent on its own way
                        r"意见(?:已经?|业已)(?:直接|单独|另行)?(?:以)?(?:书面|正式|公文|函件)?(?:形式)?(?:函复|报送|反馈|上报|提交|送达?|发送|寄送)"
                        r"[^。！？!?，,]{0,12}[，,]\s*(?:此处|这里|在此|会上)?不再(?:重复|赘述|列出|另行?提出)")
# A note on the reply's way through the sender's office (电力处整理，8月20日。 / 已经局领导审阅，请规财处直接汇总，不再另行发文。),
# and a colleague asked to send it on in the unit's name (…已经分管领导审核，请以局名义报送。).
_DESK_PIECE = (r"(?:[\u4e00-\u9fff]{2,10}(?:整理|执笔|汇总|起草)[，,]\s*\d{1,2}月\d{1,2}日|"
               r"(?:已经?|业经)[^。！？!?，,]{0,6}(?:领导|局长|厅长|主任|处长)(?:审阅|审定|审核|同意)|"
               r"请[^。！？!?，,]{0,8}直接(?:汇总|报送|上报)|不再另行(?:发文|行文|报送))")
_DESK_NOTE = re.compile(rf"\s*{_DESK_PIECE}(?:[，,。；;]\s*{_DESK_PIECE})*[。！!]?\s*")
_ON_BEHALF = re.compile(r"请(?:以|用)[^。！？!?，,]{0,4}名义(?:报送|上报|转报|转送|呈报|反馈|发送|行文|印发)|"
                        r"代拟(?:了|的)?[^。！？!?]{0,80}请(?:审核|审定|审阅|审签|把关)")  # 我局代拟了区政府的反馈意见，请审核


# Agreeing with what the draft says (…，这一点我非常赞同 / 对此表示完全赞成).
# A label over an excerpt of the draft naming where it stands (摘录一：第四章第二节（第27页）).
_EXCERPT_PLACE = re.compile(r"\s*(?:摘录|节选|原文摘录|条款摘录)[一二三四五六七八九十\d]{0,3}\s*[：:]\s*(?:第[一二三四五六七八九十百\d]{1,3}[章节条篇]){1,3}"
                            r"\s*(?:[（(]第?\s*\d{1,3}\s*页[)）])?")
# A part of the draft named, then the sender's word that it has nothing to change there (…一节，我市无意见。).
_PART_AGREED = re.compile(r"[，,]\s*(?:我[市局厅委区县旗院办]|我们|本单位|我单位)?(?:对此)?(?:无意见|没有意见|无修改意见|无异议|"
                          r"同意(?:现|此|该|上述|目前的?)?(?:表述|提法|内容|修改|写法))[。.！!]?\s*$")
_THIS_AGREED = re.compile(r"(?:这一点|这一条|这个提法|这一提法|此条|这条)[^。！!？?，,]{0,6}(?:非常|十分|完全|很|也)?(?:赞同|赞成|同意|支持|认同)")
# Agreeing with the speakers before and adding nothing (前面几位说的我都同意，我没有什么补充的。).
_SAME_AS_OTHERS = re.compile(r"\s*(?:前面|刚才|上面|其他)(?:几位|各位|大家|同志们?|代表们?|专家们?)?(?:说|讲|提|谈)的?(?:意见)?(?:我|我们)?(?:都|完全|也)?"
                             r"(?:同意|赞同|赞成)[，,]?\s*(?:我|我们)?(?:没有|没|无)(?:什么|其他)?(?:补充|意见)?的?[。！!]?\s*$|"
                             # 同意大家的意见。: the speakers before agreed with, nothing of one's own
                             r"\s*(?:我|我们|本人)?(?:都|完全|也)?(?:同意|赞同|赞成)(?:大家|各位|前面几位|其他同志|以上各位)的?(?:意见|发言|看法)[。！!]?\s*$|"
                             # 同意专家组意见。 / 同意以上专家的意见: an expert agreeing with the panel, nothing of their own
                             r"\s*(?:我|本人)?(?:完全)?(?:同意|赞同|赞成)(?:专家组|以上专家|其他专家|各位专家|前面专家)的?(?:意见|结论|论证意见)[。！!]?\s*$")


def _formal_reason(sent: str) -> str | None:
    if _PASS_ON.fullmatch(sent) or _DESK_NOTE.fullmatch(sent):
        return "结束语"  # 请贵局协助转交起草单位，谢谢！ / 另，请…将修改稿再发我委一份。
    if _NOT_AGAIN.search(sent) and not re.search(r"建议|请(?!示)", _QUOTED.sub("", sent)):
        return "表态"  # 第一轮…的意见已采纳，不再重复。
    if FORWARDING.fullmatch(sent):
        return "转送说明"  # 现将…委员提出的意见建议转送你局，请认真研究吸纳，并于…前将采纳情况书面反馈我委。
    if _ON_BEHALF.search(sent) and "建议" not in sent:
        return "结束语"  # 我科…起草了反馈意见，已经分管领导审核，请以局名义报送。: a colleague asked to send it on
    if general_remark(sent) or ((ahead := _POINTS_AHEAD.search(sent)) and general_remark(sent[:ahead.start()] + "。")):
        return "总体评价"
    if re.fullmatch(r"\s*(?:另|另外|此外|再者)[：:]\s*", sent):
        return "开头语"  # 另：… — what follows says what it is
    if why := told_aside(sent):
        return why  # (what the writer tells of the letter, the earlier round, how the points were made: _asides)
    if (agreed := _PART_AGREED.search(sent)) and not asks(_QUOTED.sub("", sent[:agreed.start()])) \
            and not TROUBLE.search(_QUOTED.sub("", sent[:agreed.start()])):
        return "表态"  # 第九章新增的“…”一节，我市无意见。 / 第六章第二节已按我市意见作了修改，同意现表述。
    if _THIS_AGREED.search(sent) and not asks(_QUOTED.sub("", sent)) and not TROUBLE.search(_QUOTED.sub("", sent)):
        return "表态"  # 最后，规划提出“应当加强水文化建设…”，这一点我非常赞同: the draft's own words, agreed with
    if _SAME_AS_OTHERS.match(sent) or (SOON.search(sent) and not asks(SOON.sub("", sent)) and not TROUBLE.search(sent)):
        return "表态"  # 前面几位说的我都同意，我没有什么补充的。 / 这个规划我们看了很受鼓舞，希望能早点实施，早点落地。
    if _SELF_INTRO.match(sent) and not asks(sent) and not TROUBLE.search(re.sub(r"关注[^，,。]{0,30}问题", "", sent)):
        return "开头语"  # 我是省人大代表、某医院主任韩某。: who writes
    if closes_only(sent, asks) and not re.search(r"建议|应当|应该", re.sub(r"^以上(?:意见|建议)", "", sent)):
        return "结束语"  # 请你厅在修改完善时一并考虑 (修改 and 完善 are no request here)
    if _OFFER.match(sent) and not asks(re.sub(r"(?:如有需要|如需要?|若有需要|需要的话)|(?:请|可)(?:与|同)[^。！？，,]{0,30}?(?:联系|对接|沟通)", "", sent)):
        return "表态"
    if _SUPPORT_WISH.fullmatch(re.sub(r"[。！!]?\s*$", "", sent)):
        return "结束语"  # 希望你厅在规划实施过程中继续加强与我局的沟通衔接，共同推动…: courtesy, alone
    if _OWN_TASKS_TAKEN.match(sent) and not asks(_QUOTED.sub("", sent)):
        return "表态"  # 《规划》中涉及我厅的“…”等任务，已纳入《…教育事业发展规划》统筹推进。: its own work, told
    if _INTENT.match(sent) and not PROPOSE.search(_SUPPORT_WISH.sub("", sent)):
        return "表态"  # 我市将积极配合做好《规划》的修改完善… (…，也希望省厅继续加强对我市…的指导和支持): its own work
    if re.fullmatch(r"\s*(?:我|我们)?(?:主要)?(?:从[^，,。]{1,16}(?:角度|层面|方面))?(?:谈|讲|说|提)(?:一下|[一两二三四五几\d](?:点|条))(?:意见|建议)?[。：:]\s*", sent):
        return "开头语"  # 我从实务角度讲一下。: what follows is the speech
    if _OWN_WORK.match(sent) and not asks(sent) and not TROUBLE.search(sent):
        return "开头语"  # 近年来我所代理了十余起…案件，主要集中在…两个环节。: who speaks, from what experience
    if re.fullmatch(r"\s*(?:最后|另外|此外|再)?[，,]?(?:说|谈|讲)(?:一|几|两)点(?:个人的?)?(?:感受|体会|感想|看法)[：:。]\s*", sent):
        return "开头语"  # 最后说一点感受：… — what follows says what it is
    if (keep := _KEEP_ONLY.search(sent)) and _PRAISE.search(sent[:keep.start()]) and not asks(sent[:keep.start()]) \
            and not TROUBLE.search(sent[:keep.start()]):
        return "表态"  # …我觉得这个思路很好，希望保留。: asks only to keep what the draft says
    if _HOLDS_TO.search(sent) and not PROPOSE.search(_HOLDS_TO.sub("", sent)):
        return "表态"  # 我还是坚持删除的意见。: what was said before, said again
    if _AGREE_ALONE.match(sent):
        return "表态"  # 同意。 / 同意本条规定。 (after a clause label: 第二十一条  同意。)
    if (_PRAISE_ONLY.search(sent) or SOON.match(sent.strip())) and not _asks_beyond_soon(sent) \
            and not TROUBLE.search(sent):  # (希望早日实施，还老百姓一个安全的出行环境。: support for the draft)
        return "表态"  # 写得很实在，处处为业主着想，给起草的同志点个赞！
    if _AGREES_WITH.match(sent) and not PROPOSE.search(sent) and not TROUBLE.search(sent):
        return "表态"  # 赞同将A、B纳入“十四五”重大项目: what the draft does, agreed with
    if AGREE.search(sent) and NONE.search(sent) and not PROPOSE.search(sent):
        return "表态"  # 我们赞成…的各项规定，特别是将…纳入…的规定，没有补充意见: what it praises is no request
    if _SENT_FOR_USE.match(sent):
        return "开头语"  # 现将调研报告送你局，供规划修改完善时研究参考。: the report below is the opinions
    untold = _PAST_ASK.sub("", sent)  # (what others asked or advised, told: 请何老师帮忙写了这封信)
    if _SUGGEST.search(PREAMBLE.sub("", _ASK_NOUN.sub("", NONE.sub("", AGREE.sub("", _DRAFT_RULE.sub("", untold)))))):
        return None  # "经研究，建议……" asks; "现提出以下建议：" does not
    if _IN_COMMENTS.search(sent):
        return "开头语"  # 具体修改意见以批注形式标注在下文相关位置，请研究采纳。: the comments are the opinions
    if closes_only(sent, asks):
        return "结束语"
    if NONE.search(sent) or AGREE.search(sent) or _INTENT.match(sent):
        return "表态"
    if (PREAMBLE.search(sent) and not re.search(r"(?<![邀申聘延敦提])请(?!问|(?:各位)?领导们?(?:看一看|看看|过目)|参考(?=[。！!，,]|$))", _ROUTING.sub("", _MODESTY.sub("", untold)))) or re.search(r"(?:详)?见附件|您好|你好|你们好|大家好|各位好", sent):
        return "开头语"  # (请政府引起高度重视，实施全面整治 asks: 高度重视 opens only 我局高度重视…)
    return None


# A lead-up naming what the points below improve (以下几点是我认为还需要加强的地方): it asks nothing itself.
# A writer's modesty (说得不对的地方请领导见谅): courtesy, no request.
_MODESTY = re.compile(MODESTY)
_LEAD_UP_SELF = re.compile(r"以下(?:几|两|三|四|五|\d)?(?:点|个方面)[^。：:！？]{0,16}(?:地方|方面|问题|不足)")


# A cover note sending a report for use (现将调研报告送你局，供规划修改完善时研究参考。).
_SENT_FOR_USE = re.compile(r"\s*现将[^。，,]{1,30}(?:送|报|转|呈|提供)[^。，,]{0,8}[，,]\s*(?:供|请)[^。]{0,24}(?:参考|参阅|研用|参酌|吸纳|采纳|研究)"
                           # (…汇总转去，请予研究吸纳，并将采纳情况反馈我办。: and to be told what became of them)
                           r"(?:[，,]\s*并(?:将|请)[^。]{0,20}(?:反馈|告知|函告)[^。，,]{0,6})?[。.]?\s*$")
# Where a cover note says the opinions are: in the draft's comments (io.wordcomments reads them).
_IN_COMMENTS = re.compile(r"以批注(?:的)?(?:形式|方式)|批注(?:形式)?(?:标注|列|写)在|(?:意见|建议)(?:详)?见(?:批注|修订)|“?【】”?内(?:为|是)")


# A clause of the draft as the label of a remark (第三十八条：……, **第十八条**：).
_CLAUSE_LABEL = re.compile(r"\s*\**第[一二三四五六七八九十百零\d]+条(?:第[一二三四五六七八九十\d]+款)?\**\s*"
                           r"(?:[：:]\s*|(?=(?:完全|基本|原则上?)?(?:同意|赞同|赞成)|无(?:修改)?意见|没有(?:修改)?意见))")
# A label opening a remark on the draft as a whole (总体意见：……).
# Whom a paragraph opens by addressing, on its line (规划起草组：承蒙送阅征求意见稿，…).
_ADDRESSED = re.compile(r"[^，,。：:；;！？!?]{0,10}(?:起草组|编制组|起草单位|编制单位|领导|同志们|各位领导|各位专家)[：:]\s*(?=\S)")
_OVERALL_LABEL = re.compile(r"\s*(?:总体|总的|整体)(?:意见|评价|看法|认识)[：:。.．]\s*(?=\S)")


def formal_sentences(t: str) -> list[tuple[int, int, str]]:
    """The leading sentences of a paragraph that ask for nothing, as ``(start, end, reason)``.

    Reasons: 开头语 (收悉, 经研究, 如下), 表态 (原则同意, 无意见), 总体评价, 结束语.

    >>> t = "来函收悉。我厅原则同意。建议补充内容。"
    >>> [(t[a:b], why) for a, b, why in formal_sentences(t)]
    [('来函收悉。', '开头语'), ('我厅原则同意。', '表态')]
    """
    out: list[tuple[int, int, str]] = []
    if ASKED_BY_OFFICE.fullmatch(t):
        return [(0, len(t), "提纲问题")]  # 问题1：您认为…是否科学合理？有何修改建议？ (the reply's answer is below it)
    excerpt = _EXCERPT_PLACE.match(t)  # 摘录一：第四章第二节（第27页） over the excerpt it names
    if excerpt and not t[excerpt.end():].strip():
        return [(0, len(t), "原文位置")]
    if excerpt and asks(t[excerpt.end():]):
        out.append((0, excerpt.end(), "原文位置"))  # (the label's line joined to the request under it)
        return out + [(excerpt.end() + a, excerpt.end() + b, why) for a, b, why in formal_sentences(t[excerpt.end():])]
    if (clause := _CLAUSE_LABEL.match(t) or _PART_LABEL.match(t)) and t[clause.end():].strip():
        # 第三十八条：我非常赞成这一条。 / 第二章　总体要求：同意。: the label goes with a remark that is formal throughout
        rest = formal_sentences(t[clause.end():])
        if rest and rest[-1][1] >= len(t[clause.end():].rstrip()):
            return [(0, clause.end(), "开头语")] + [(clause.end() + a, clause.end() + b, why) for a, b, why in rest]
    if label := _OVERALL_LABEL.match(t) or _ADDRESSED.match(t) or (
            (note := NOTE_LABEL.match(t)) and (LAYOUT_NOTE.match(t, note.end()) or told_aside(t[note.end():])) and note):  # 总体意见：规划文本结构完整…… / 规划起草组：承蒙送阅… / 说明：以下摘录…
        out.append((0, label.end(), "开头语"))
    for m in _SENTENCE.finditer(t, label.end() if label else 0):
        reason = _formal_reason(m.group(0))
        if reason is None:
            break
        out.append((m.start(), m.end(), reason))
    if not out and (m := re.match(r"(?:您好[！!，,]?)?经(?:认真)?研究(?:讨论)?[，,]", t)):
        out.append((0, m.end(), "开头语"))
    end = out[-1][1] if out else 0
    if out and out[-1][2] == "表态" and _OFFER.match(t[out[-1][0]:end].strip()) and t[:end].rstrip().endswith(("：", ":")) \
            and not asks(t[end:]):
        return out + [(end, len(t), "表态")]  # 协会愿意…配合做好实施工作：一是…；二是…: what it offers, listed
    if m := _ONLY_ONE.match(t, end):  # "我市无其他意见，仅建议……": the request is what follows
        out.append((end, m.end(), "表态"))
    sentences = [m.group(0) for m in _SENTENCE.finditer(t) if m.group(0).strip()]
    if sentences and end < len(t.rstrip()) and (lead_up := re.search(r"(?:(?:如下|以下)(?:请求|诉求|意见|建议)?(?:[^。：:！？]{0,12}?[，,](?:仅|谨)?供(?:参考|参阅|研究))?|"
                                                                  # 以下几点是我认为还需要加强的地方。
                                                                  r"以下(?:几|两|三|四|五|\d)?(?:点|个方面)[^。：:！？]{0,16}(?:地方|方面|问题|不足)|"
                                                                  r"(?:谈|讲|说|提|有)(?:出)?(?:了)?(?:以下)?(?:几|两|三|四|五|一些)(?:点|个方面)(?:建议|意见|看法|想法)?|"
                                                                  r"(?:讲|说|谈)一下|"
                                                                  # 下面说说我们的想法：
                                                                  r"(?:下面|以下|接下来)(?:说说|谈谈|讲讲|说一说|谈一谈|讲一讲)[^。：:]{0,10}(?:想法|看法|意见|建议))[。：:]\s*$", t)) \
            and not asks(_LEAD_UP_SELF.sub("", t[:lead_up.start()] + lead_up.group(0))) and not TROUBLE.search(t):
        # a paragraph that only leads up to the points below (我会组织…研讨。…现将修改建议报送如下。)
        return out + [(end, len(t), "开头语")]
    if sentences and end < len(t.rstrip()) and NOT_SUBMITTED.search(sentences[-1]):
        return out + [(end, len(t), "说明")]  # 另，部分专家提出…。经…讨论，…故不作为正式意见提出，仅供起草组参考。: a view told, not made
    if len(sentences) >= 2 and end < len(t.rstrip()) and WHY_WRITTEN.search(sentences[-1]) \
            and _formal_reason(sentences[-1]) == "开头语" and not asks(t):
        # 你们好！我们是…村民。前几天…。大家商量后，决定联名给领导写这封信，反映我们的想法。: who writes and
        # why, ending on why the letter is written, asking nothing
        return out + [(end, len(t), "开头语")]
    rest = t[end:].strip()
    agreed = any(why == "表态" and (AGREE.search(t[a:b]) or _AGREES_WITH.match(t[a:b])) for a, b, why in out)
    announced = bool(out) and out[-1][2] == "开头语" and bool(re.search(r"(?:建议|意见|看法)[：:]\s*$", t[out[-1][0]:end]))
    if rest and (agreed or any(why == "总体评价" for *_, why in out)) and not asks(rest) and not TROUBLE.search(rest) \
            and not NONE.search(rest) and not (agreed and _SUGGEST.search(rest)) and not announced:
        # (提两点建议：1.…；2.…: what follows the announcement is the points, though they use no word that asks)
        # what follows a remark on the draft as a whole and neither asks nor finds fault is more of
        # it (……我委原则同意。规划的实施对我区文商旅融合发展具有重要意义。)
        out.append((end, len(t), "总体评价"))
    return out


def formal_prefix(t: str) -> int:
    """Length of the leading formal sentences (收悉/经研究/原则同意/无意见/总体评价 …) of a paragraph.

    >>> formal_prefix("经研究，建议补充内容。")
    4
    """
    found = formal_sentences(t)
    return found[-1][1] if found else 0


# A note after the last request: where the rest is (详细修改意见见附件), in whose name it is written.
_TAIL_NOTE = re.compile(r"(?:详细|具体|其他)?[^。！？]{0,20}(?:详)?见附件|以上(?:是|为)?(?:我|本人)(?:以个人名义)?(?:提出)?的?(?:个人)?(?:意见|建议)|"
                        # the formal letter follows by another way (正式函件走OA，稍后发送 / 正式复函另行寄送)
                        r"\s*(?:正式|纸质)(?:函件|复函|文件|公文|版)[^。！？]{0,16}(?:另行|稍后|随后|后续|再)[^。！？]{0,6}(?:发送|寄送|报送|送达|发出|行文|提交)")


def formal_suffix(t: str) -> int:
    """Where the trailing formalities of an opinion start (其他无意见。以上意见供参考。); ``len(t)`` if none.

    >>> t = "建议增加监控内容。其他无意见。"
    >>> t[:formal_suffix(t)]
    '建议增加监控内容。'
    """
    sents = list(_SENTENCE.finditer(t))
    cut = len(t)
    for m in reversed(sents[1:]):
        s = m.group(0)
        if _PASS_ON.fullmatch(s):
            cut = m.start()  # 附件为正式意见（已盖章），请查收。
            continue
        if asks(s) or not (CLOSING.match(s) or (NONE.search(s) and (len(s) <= 12 or not TROUBLE.search(NONE.sub("", s))))
                           or _TAIL_NOTE.match(s) or _NOT_AGAIN.search(s)):
            break  # (…：意见已直接函复贵厅，此处不再重复。: sent on its own way)
        cut = m.start()
    return cut


# A sentence that opens on a clause of the draft (第十八条关于…，建议…): a request of its own.
# A sentence telling a matter of its own (after its topic, 关于固体废物，), then asking of it after a comma (某湿地近年来水面萎缩明显，建议将…),
# not pointing back at the sentence before (纲要对该指标以…表述，建议…).
_TOLD_THEN_ASKED = re.compile(r"(?:关于[^，,。；;]{2,20}[，,])?(?![^，,。；;]*?(?:该|此|这|上述|其|同样|对此|为此|因此|所以|但|也))[^，,。；;]{4,40}[，,]\s*(?:建议|希望)(?![的是很])")
_CLAUSE_START = re.compile(r"(?:草案|条例|规划)?第[一二三四五六七八九十百零\d]+[条章节款页]")
# A sentence whose first clause sets out what it is about and whose second asks (对因禁捕受到损失的村民，建议…).
# A sentence that names what it is about and asks in its first clause (该项任务的牵头单位建议由…调整为… /
# 已纳入项目库的项目，请与…衔接): a request of its own (建议 as a noun, 该建议 / 上述建议, is not one).
_ASKS_IN_CLAUSE = re.compile(r"^对[^，,。；;]{2,30}[，,]\s*建议|"
                             r"^(?![^，,。；;]*?(?:理由|原因|依据|目的)[是为])[^，,。；;]{2,24}?(?<![个条点项述该此这的些出提])建议(?![的是很])|"
                             r"^[^，,。；;]{2,30}的(?:项目|内容|地区|区域|企业|村庄|部分|任务|指标|设施|单位)[，,]\s*请(?![示求教])|"
                             # (个别数据如“全区水土流失面积”，请与…核对: a matter named, then 请 and what to do with it)
                             # (not 以上意见，请予采纳, a closing; nor 目前…不一致，请核实后统一, the point before it told again)
                             r"^(?!\s*(?:目前|现在|现|当前|其中|经|据|而|由于|因为|以上|上述))"
                             r"(?![^，,。；;]*?(?:该|此|这|上述|其|同样|对此|为此|因此|所以|但|也|理由|原因))[^，,。；;]{2,30}[，,]\s*"
                             r"请(?:与|同|跟|结合|根据|按照|参照|依据|予以?(?!采纳|参考|研究|考虑|酌)|补充|增加|修改|删除|明确|调整|核实|更正|完善|细化|核对|统一)")


# An article's label and its rule as the draft words it, asking in no word of the writer's own.
_RULE_QUOTED = re.compile(r"\s*(?:第[一二三四五六七八九十百零\d]+条(?:第[一二三四五六七八九十\d]+款)?)[：:]"
                          r"(?![^。；;]*(?:建议|希望|请|恳请|呼吁))[^。；;]*[。；;]\s*$")


# A plea for attention and nothing more (应当引起重视, 请予以高度重视): it asks for no change of its own.
# Reasons numbered after a lead that gives them (主要考虑：①…；②…): a part asks only in words of asking.
_REASONS_GIVEN = re.compile(r"(?:主要)?(?:考虑|理由|原因|依据)(?:如下|是|为|有)?[：:]\s*(?:[①⑴(（]|1[.．、](?!\d)|一是|第一[，,、]|其一[，,、])?")
_NEXT_REASON = re.compile(r"\s*[\u2461-\u2473\u2475-\u2487]|\s*[（(][2-9２-９][)）]|\s*[2-9][.．、](?!\d)|\s*(?:[二三四五六七八九]是|第[二三四五六七八九][，,、]|其[二三四五][，,、])")
_ASKED_IN_WORDS = re.compile(r"建议|请(?!示)|希望|要求|呼吁|恳请")
_ATTENTION = re.compile(r"(?:应当|应该|应|需要|要|必须|请|希望)?(?:引起|予以|给予)?(?:各方|有关部门|相关部门)?的?(?:高度|足够|充分)?重视|"
                        # …残膜污染问题突出，应作为农业面源污染防治的重点。建议增加…: the weight of the matter, then the request
                        r"(?:应当|应该|应)(?:作为|列为|视为)[^，,。；;]{0,20}(?:重点|重中之重|关键|优先)(?:领域|任务|内容)?(?=[。；;]|$)|"
                        # 规划应当把农村牧区饮用水水源的保护放在更加突出的位置。…建议单列一节…: the weight, then the request
                        r"(?:应当|应该|应|要)?(?:把|将)[^，,。；;]{1,40}(?:放在|摆在|摆到|放到)(?:更加|更为|十分|非常)?(?:突出|重要|优先|首要)的?(?:位置|地位)(?=[。；;]|$)")


# A clause on a condition (如上位法已有规定，… / 若…，则…): it goes on with the request before it.
# A paragraph that opens as one point of a letter told in words (第二个是孩子上学的事。 / 最后一个，…).
_TOPIC_OPEN = re.compile(r"\s*(?:第[一二三四五六七八九十]个(?:是|就是)?|最后一个(?:是)?|还有一个(?:是)?)[^。！？!?]{0,16}?(?:的事|的问题|问题|方面)?[。，,：:]")
_IF = re.compile(r"\s*(?:如果?|若|倘若|假如|如若)(?!下|上述|上所|何|此|今|期|实)|"
                 # …须事先与我厅沟通衔接；未经衔接的，统一修改为…: what the request does in the other case
                 r"\s*(?:未经|凡|确需|确有|确实|确因|不符合|无法|难以|其余|其他|其它)[^，,。；;]{0,14}的[，,]")


# A clause saying what something of the draft must agree with (规划中的…投资估算应与…项目库对接): a request of its own.
_SHOULD_MATCH = re.compile(r"[^，,。；;]{2,30}?(?:应|须|需|要)(?:与|同|和)[^，,。；;]{2,30}?(?:对接|衔接|保持一致|相一致|一致|相协调|协调|相衔接)")


def request_cuts(t: str, asked: bool = False, spoken: bool = False) -> list[int]:
    """Offsets where a further request starts inside one point (after ；or a full stop, outside quotes).

    Each side must ask for something: ``关于农田退水。建议…`` stays one opinion; ``asked`` says the
    text is a request as a whole (what someone 建议 in minutes), so its first part asks. ``spoken``: a
    speaker's words in minutes, not numbered, where a sentence that tells a matter of its own and asks
    of it after a comma (…萎缩明显，建议将…纳入…) is a request of its own.

    >>> request_cuts("城区积水点多，建议补充排涝内容。另外，建议将管廊纳入重点工程。")
    [16]
    """
    depth, starts, straight, modal = 0, [0], False, set()
    for k, ch in enumerate(t):
        if ch == '"':
            straight = not straight  # "…;…": straight quotes open and close alike
            depth += 1 if straight else -1
            depth = max(depth, 0)
        elif ch in "“‘《（(「『":
            depth += 1
        elif ch in "”’》）)」』":
            depth = max(depth - 1, 0)
        elif ch in "，," and depth == 0 and _AFTER_COMMA.match(t, k + 1):
            starts.append(k + 1)  # …问题突出，建议把A列入清单，同时建议在B部分提出要求
        elif ch in "；;。！!？?" and depth == 0 and k + 1 < len(t):
            rest = t[k + 1:].lstrip()
            if ch in "？?" and (not OWN_OPENER.match(rest) or re.match(r"[^。！!；;]*[？?]", rest)):
                continue  # …能否…？同时，…是否可以…。: a further request; 请明确…？建议…: the question and its answer; …？还有没有希望？: a question
            first = re.split(r"[；;。]", rest)[0]
            # …；碳达峰内容待方案印发后衔接，目前建议采用原则性表述: after a semicolon, a clause that asks
            if _OPENER.match(rest) or ((OWN_OPENER.match(rest) or ch in "；;" or _ASKS_IN_CLAUSE.match(first)
                                        or _CLAUSE_START.match(rest) or _NEXT_POINT.match(rest)
                                        or (spoken and ch in "。" and _TOLD_THEN_ASKED.match(first))) and asks(first)):
                starts.append(len(t) - len(rest))
            elif (OWN_OPENER.match(rest) and _MUST.search(first)) or (ch in "；;" and _SHOULD_MATCH.match(first)):
                # (…；规划中的重大工程投资估算应与发展改革部门项目库对接，避免重复统计: a matter told, what it must agree with)
                starts.append(len(t) - len(rest))  # …；同时，配电房设在地下的泵站要抬高或迁移 / …。还有，补偿标准要公开。
                modal.add(starts[-1])
    cuts, prev = [], 0
    for b, c in zip(starts[1:], starts[2:] + [len(t)]):
        # (…出现“拆真建假”的苗头，应当引起重视。建议…: a plea for attention opens the request after it)
        if prev == 0 and _RULE_QUOTED.match(t[:b]) and re.match(r"\s*建议", t[b:c]):
            continue  # 第二十八条：集中充电场所运营单位应当配备消防器材。建议进一步明确…: the draft's rule, then the request
        if _IF.match(t, b):
            continue  # 建议核实罚款额度；如上位法已有处罚规定，应当在其幅度内规定: the same request, on a condition
        if _NEXT_REASON.match(t, b) and _REASONS_GIVEN.search(t, prev, b) and not _ASKED_IN_WORDS.search(t, b, c):
            continue  # …建议删除…。主要考虑：①…；②…我区不宜自行加码。: the request's reasons, numbered
        if prev == 0 and _TOPIC_OPEN.match(t) and not (OWN_OPENER.match(t, b) or _FURTHER.match(t, b)):
            continue  # 第二个是孩子上学的事。现在…要交满一年社保…。希望…放宽: a point told, then what it asks
        if ((asks(t[prev:b]) and asks(_ATTENTION.sub("", t[prev:b]))) or (asked and prev == 0)) and (asks(t[b:c]) or b in modal):
            cuts.append(b)
            prev = b
    return cuts
