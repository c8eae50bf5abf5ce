"""Messages from the public that ask for nothing: praise and support alone (写得很实在，给起草的同志点个赞！) and
questions of fact alone (请问规划全文在哪里可以下载？). A reader of a platform's export sets them aside and says so.

>>> praise_only("支持！盼着家乡的天更蓝、水更清。"), question_only("请问全文在哪里下载？")
(True, True)
"""

from __future__ import annotations

import re

from consultagg.extract._sentences import (_PRAISE_ONLY, _SENTENCE, SOON, TROUBLE, _asks_beyond_soon, _formal_reason,
                                            asks)

__all__ = ["praise_only", "question_only"]

_SYMBOLS = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+")


def praise_only(t: str) -> bool:
    """Whether a message only praises or supports the draft, asking for nothing and finding no fault.

    >>> praise_only("看了征求意见稿，写得很实在，给起草的同志点个赞！"), praise_only("写得很好，建议增加路灯。")
    (True, False)
    """
    if re.fullmatch(r"(?:好|很好|非常好|支持|大力支持|赞成|赞|点赞|拥护)+", re.sub(r"[\W_]+", "", t)):
        return True  # 好！支持！
    if _SYMBOLS.search(t) and not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", t):
        return True  # 👏👏👏: applause, no words
    t = _WISH_BETTER.sub("", _SYMBOLS.sub("", t))  # 支持！家乡越来越好👍👍 / 希望我们的天更蓝、水更清。
    # (a particle after the clause, 家乡的天越来越蓝了; support said alone, 点赞！)
    clauses = [re.sub(r"(?<=.)(?:了|啦|呀|啊|哦)+$", "", c) for c in re.split(r"[，,。！!；;…~～\s]+", t) if c]
    if clauses and all(_PRAISE_CLAUSE.fullmatch(c) or SOON.fullmatch(c) or _SUPPORT_WORD.fullmatch(c) for c in clauses):
        return True  # 这个方案很好，我们都支持，早就该搞了。
    sentences = [x for x in _SENTENCE.findall(t) if x.strip()]
    return (bool(sentences) and bool(_PRAISE_ONLY.search(t) or SOON.search(t)) and not _asks_beyond_soon(t) and not TROUBLE.search(t)
            and all(_formal_reason(x) for x in sentences))


# A wish that the place be better (希望我们的天更蓝、水更清): no request the office can answer.
_WISH_BETTER = re.compile(r"(?:希望|祝愿?|愿)[^，,。！!；;]{0,6}?(?:天|水|山|草原|家乡|环境|空气)[^，,。！!；;]{0,2}更(?:蓝|清|绿|美|好)"
                          r"(?:[、，,][^，,。！!；;]{0,4}更(?:蓝|清|绿|美|好))*[。！!]?")


# A message that only asks questions of fact (请问规划全文在哪里可以下载？ / 园区到底建在哪里？什么时候开工？):
# a question word in each, nothing asked for (能不能…？ asks), no 为什么 (a question that objects).
# (附件2的表格是要我们旗县分局填吗？: who fills in or sends what, a question of procedure)
_QUESTION_WORD = re.compile(r"哪里|哪儿|在哪|什么时候|何时|几时|截止|多久|多长时间|可以[^？?]{0,16}吗|(?:是|要|需要|由)[^？?]{0,16}(?:填写?|填报|报送|上报|提交|反馈)吗(?=[？?])|(?:会|能)(?!不)[^？?]{0,12}(?:经过|途经|包括|涉及|覆盖|通到|通往|延伸到)[^？?]{0,12}吗(?=[？?])")
# A question that pleads or objects (我们该怎么办？ / 合理吗？ / 期望相关部门…): it asks for something.
_OBJECTS = re.compile(r"为什么|为何|凭什么|难道|怎么能|怎能|怎么办|如何|怎样|合理|期望|[盼望]|该")
_SHORT_QUESTION = 60


def question_only(t: str) -> bool:
    """Whether a message only asks questions of fact, the rest telling why and asking nothing.

    >>> question_only("请问规划全文在哪里可以下载？网站上只看到通知。"), question_only("全文在哪里看？建议公开。")
    (True, False)
    >>> question_only("园区到底建在哪里？什么时候开工？"), question_only("能不能把路修一修？")
    (True, False)
    """
    if len(t.strip()) > _SHORT_QUESTION:
        return False  # (a long message tells of more than a question)
    if re.fullmatch(r"\s*(?:来电|来信)?咨询[^。！!？?]{2,50}[。？?]?\s*(?:[（(][^（）()]{0,12}答复[^（）()]{0,6}[)）])?[。]?\s*", t) \
            and not re.search(r"建议|希望|请求|恳请|呼吁|要求|应当|应该", t):
        return True  # 咨询征求意见截止时间及纸质稿查阅地点。（已当场答复）: a hotline's note of a question of fact
    parts = [p for p in re.findall(r"[^。！!？?]+[。！!？?]*", t.strip()) if p.strip()]
    questions = [p for p in parts if p.rstrip().endswith(("？", "?"))]
    if any(TROUBLE.search(q) for q in questions):
        return False  # (a question telling of trouble asks for it to be dealt with)
    return (bool(questions) and parts[0] in questions and all(_QUESTION_WORD.search(q) for q in questions)
            and not asks(t.replace("请问", "")) and not _OBJECTS.search(t) and not re.search(r"建议|希望|请求|恳请|呼吁|要求", t))


# A clause that only praises or supports (这个方案很好 / 我们都支持 / 早就该搞了 / 支持方案).
_SUPPORT_WORD = re.compile(r"(?:非常|坚决|大力)?(?:支持|点赞|赞成|拥护|赞)")
_PRAISE_CLAUSE = re.compile(
    r"(?:期待|好期待|很期待|太好了|加油)|(?:家乡|我们?[县市区镇乡村]|[县市区])?(?:会)?(?:越来越好|更加美好|越变越好)|"  # 期待！家乡越来越好
    # 盼着家乡的天更蓝、水更清: the hoped-for result, no request (给子孙后代留下蓝天绿水, too)
    r"(?:给|为)(?:子孙后代|后代|下一代|后人)(?:留下|留住)[\u4e00-\u9fff]{0,8}|"
    r"(?:盼着|盼望|期盼|期待|希望|祝愿?)?(?:家乡|我们?[县市区镇乡村]|[县市区])?的?[天水山地草林空气环境]{1,2}(?:更|越来越)(?:蓝|清|绿|美|好|净)(?:[、，,]?[天水山地草林空气环境]{1,2}(?:更|越来越)(?:蓝|清|绿|美|好|净))*|"
    r"(?:这个|本|该|此|整个)?(?:方案|规划|条例|办法|政策|文件|征求意见稿)?(?:写得|定得|制定得|做得)?(?:很|非常|特别|挺|十分|真|相当)?"
    r"(?:好|不错|及时|实在|到位|周到|合理|细|细致|全面|用心|扎实)(?:啊|呀|的)?|"
    # 看了规划 / 感谢政府重视城市内涝问题 / 老百姓下雨天出门不再蹚水: reading it, thanks, the hoped-for result
    r"(?:我|我们)?(?:已经?)?(?:认真|仔细)?(?:看了|读了|学习了|阅读了?|研读了?|审阅了?)(?:一下|一遍)?(?:这个|本)?(?:规划|方案|条例|办法|征求意见稿|文件)?|"
    r"(?:感谢|谢谢)(?:政府|领导|各位|你们|有关部门)?(?:对|重视|关心|关注)[\u4e00-\u9fff]{0,14}|(?:感谢|谢谢)(?:政府|领导|你们|党和政府)|"
    r"(?:老百姓|群众|市民|居民|大家|我们)?[\u4e00-\u9fff]{0,8}不再[\u4e00-\u9fff]{1,8}|"
    r"(?:我们?|大家|群众|老百姓|居民|市民)?(?:都|也|完全|非常|十分|坚决|大力|举双手)?(?:支持|赞成|拥护|赞同|欢迎|认可|点赞)"
    r"(?:这个|本|该|此)?(?:方案|规划|条例|办法|政策|文件)?|"
    # 支持县里加快县城建设: support for the work the draft plans, asking nothing of the text
    r"(?:都|也|完全|非常|大力)?(?:支持|拥护)(?:政府|省里|市里|县里|区里|镇里)(?:加快|推进|抓紧|大力推进)[\u4e00-\u9fff]{2,12}|"
    # (来电人表示)看到…征求意见的公告 / 无具体意见建议: where the caller read of it, and that they ask nothing
    r"(?:来电人|来信人|留言人|网友|市民)?(?:表示)?(?:看到|看了|得知|获悉)[^，,。]{0,30}(?:公告|通知|消息)|"
    r"(?:暂)?(?:无|没有|没)(?:具体|其他|别的|什么)?(?:的)?(?:意见建议|意见|建议)|"
    r"(?:早就|早)?(?:该|应该)(?:搞|出台|实施|这样(?:搞|做)?|落实|管管|管一管|管|整治|治治)了?|"
    # 期待早日实现 / 为家乡点赞 / 给规划点个赞
    r"(?:期待|盼望|希望)(?:能)?(?:早日|尽快|早点)(?:实现|建成|落地)|(?:为|给)[\u4e00-\u9fff]{1,8}?点(?:个)?赞|"
    # a wish for the place (希望我们这里的天越来越蓝 / 水越来越清)
    r"(?:希望|期待|祝愿?|愿)?[\u4e00-\u9fff]{0,12}?越来越(?:蓝|清|绿|好|美|干净|漂亮|宜居)(?:啊|呀)?|"
    # 去年我们小区改造，施工队很负责，改完小区变化很大，希望这样的好事多做: thanks for work done, and more of it
    r"(?:去年|今年|前年|之前)[\u4e00-\u9fff]{0,10}?(?:改造|整治|修缮|建设)(?:了|完)?|[\u4e00-\u9fff]{1,8}(?:很|非常|特别)(?:负责|认真|用心|到位)|"
    r"(?:改完|修完|建成)(?:后|以后)?[\u4e00-\u9fff]{0,8}?变化(?:很|非常|特别)?大|希望(?:这样的|这种)?好事(?:多做|多办)(?:一些|点)?")
