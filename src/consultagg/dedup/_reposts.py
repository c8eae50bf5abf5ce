"""A re-post's wrapper and notes on its own history, set aside before two texts are compared.

A message sent again carries a note (上次附件没传上，正文再提交一次。/ 之前已经提过，希望这次能有回复。),
a reply quotes the message it answers (Re: … / > …), a forum post quotes an earlier floor and adds +1.
What is left is the message.

>>> repost_notes("之前已经提过，希望这次能有回复。建议在人民公园增设母婴室。", 8)
'建议在人民公园增设母婴室。'
>>> quoted_reply("引用 8楼 的发言：「建议夜间延长地铁运营时间。」同意，+1")
'「建议夜间延长地铁运营时间。」'
"""

from __future__ import annotations

import re

__all__ = ["DATE_TIME", "REFERENCE_WORD", "quoted_reply", "refers_within", "repost_notes"]

# A bracket holding any of these locates the text in the draft: never a signature.
REFERENCE_WORD = re.compile(r"第|页|章|节|条|款|专栏|附件|附表")
# An upload that failed (附件没传上): 附件 names no annex of the draft there.
_UPLOAD_FAILED = re.compile(r"(?:附件|图片|照片|文件|材料)(?:(?:没|未|没有)能?(?:传|上传|发|提交)(?:上|成功|出去)?|(?:无法|不能|打不)(?:打开|下载|查看|开))")
# A re-post's note on its own history, a sentence or a bracket of its own (跟帖：我也住在附近，情况一样。/
# 之前已经提过，希望这次能有回复。/ （此问题4月、6月已经两次留言，编号…，至今未解决。）/ ——已经反映过多次，
# 真的不能再拖了。): it asks for nothing but a reply.
_REPOST_MARK = re.compile(r"^\s*顶(?:一下|上去|起来)?[，,！!。]|问题(?:还在|依旧|依然存在)|(?:现在|目前)?(?:仍|还|依然)是如此|"
                          r"(?:反映|投诉|留言)(?:了)?多次|多次(?:反映|投诉|留言)|跟帖|(?:反映|提|说|留言|投诉|来信|发帖)过|[两二三几多数]次(?:留言|反映|投诉|来信|提出?|发帖)|"
                          r"再(?:次|一次)?反映|又反映|已经提|之前(?:已经?)?(?:提|说|反映|留言)|"
                          # 重复留言：… / 本问题于3月5日首次留言… / 前三次的回复都是…
                          r"重复(?:留言|反映|投诉)|首次(?:留言|反映|投诉)|前[两二三四五几\d]次|"
                          # 上次附件没传上，正文再提交一次 / 第二次提交: a submission that failed, sent again
                          rf"{_UPLOAD_FAILED.pattern}|再(?:提交|发|上传)一(?:次|遍)|第[二三四五\d]次提交|"
                          r"重新(?:提交|发送?|上传)|(?:页面|网络|系统)(?:报错|出错|故障)")
_REPLY_PLEA = re.compile(r"(?:希望|恳请|请|盼)(?:这次|此次|尽快|早日|务必|一定)?(?:有人)?(?:能|可以)?(?:有|得到|给(?:个|予)?)?(?:回复|答复|结果|回音|说法)"
                         r"|(?:希望|恳请|盼)(?:这次|此次)(?:能|可以)?(?:真正|彻底)?(?:解决|落实)")
_NOTE_ASK = re.compile(r"建议|请|希望|要求|应|须|呼吁|盼|必须|需要|另外|此外")
_LEAD_ASIDE = re.compile(r"[（(][^（）()]*[)）](?=[^。！？!?\n]{4,})")
# The message itself (此条意见 / 本条留言): no article of the draft.
_THIS_MESSAGE = re.compile(r"[此本该这]条(?:意见|留言|建议|信息)?")
# A sentence, its brackets inside it (one standing alone after a sentence is a sentence of its own).
_NOTE_PART = re.compile(r"(?:[（(][^（）()]*[)）]|[^。！？!?\n（()）])+[。！？!?\n]*|[（()）。！？!?\n]")


# The words a re-post's history is told in; what is left beside them may be the request's object
# (【再次反映】小区东门的路灯坏了: 路灯 is what is asked about), and then nothing is dropped.
_HISTORY_WORDS = re.compile(r"跟帖|同上|顶(?:一下|上去|起来)?|再次|又一次|反映|投诉|留言|来信|发帖|提出|提|说|已经|曾经|之前|此前|以前|"
                            r"上次|多次|几次|好几次|很多次|两次|二次|三次|这个问题|该问题|此问题|这件事|此事|问题|还在|依旧|"
                            r"依然存在|仍是如此|是如此|至今|仍然|仍|还|没有|没|未|解决|处理|回复|答复|希望|这次|能|有|得到|编号|"
                            r"分别为|情况一样|一样|同样|我家|我也|住在|家在|附近|真的|不能再拖|一次|一下|这是第|现在|目前|一直|正在研究|"
                            r"研究|下文|老样子|当时|整改|今年|去年|半年前|前|这里|再发|月份|"
                            # where the report went and what came of it (转交街道处理, 回复说已转办, 有人来看过)
                            r"(?:转交|转给|转到|转办|交给|交由)(?:[\u4e00-\u9fff]{1,6}?(?:处理|办理))?|重复|平台|网上|热线|"
                            r"到现在|到今天|上个?月|上周|首次|第一次|备注|来看过|看过|之后|后来|真正|彻底|"
                            r"补充|附件|图片|照片|正文|文字|传上|上传|刚才|提交|成功|一遍|务必|补发|重发|重新|页面|网络|系统|报错|出错|失败|本条|现|邮件|无法|打开|"
                            # (此条意见已于3月10日通过电子邮箱提交，现通过网站再提交一次: by which way it went before)
                            r"此条|意见|通过|电子邮箱|邮箱|网站|小程序|公众号|渠道|信函|邮寄|书面|线上|"
                            r"[已曾又了过都也我们和及为月日号次再就在是但说会见交份本于人的]")


def _only_history(part: str) -> bool:
    """Whether ``part`` tells nothing but a re-post's history (at most a few other characters)."""
    return len(re.findall(r"[\u4e00-\u9fff]", _HISTORY_WORDS.sub("", part))) <= 1


# A platform's number or a re-post's label heading a message ([意见编号YJ-0315] / 重复：), and what a copy sent again
# carries after its last sentence: who and when (刘某 2023年9月12日 10:24), (重复提交), （与9月10日提交内容一致）,
# （发送单位：某公司综合部）.
_ID_LABEL = re.compile(r"\s*(?:[\[【(（]\s*(?:意见|留言|来信|工单|诉求)?编号[：:]?\s*[A-Za-z0-9\-]{3,}\s*[\]】)）]|重复(?:提交|留言)?[：:]|"
                       # ［网友留言 编号20240611-0037 来源：县政府门户网站“我要建言”栏目］ over the message
                       r"[\[【][^\[\]【】\n]{0,12}编号[：:]?\s*[A-Za-z0-9\-至]{3,}[ \t\u3000]*(?:来源[：:][^\[\]【】\n]{2,40})?[\]】])\s*")
_AGAIN_STAMP = re.compile(r"(?<=[。！!？?])\s*(?:[\u4e00-\u9fff·]{2,4}\s+)?(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2})?\s*"
                              r"(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[（(](?:重复提交|再次提交|重复|补发|与[^（）()]{0,20}(?:提交|内容)[^（）()]{0,8}(?:一致|相同)|"
                              r"(?:发送|报送|提交|来源)单位[：:][^（）()]{2,30})[)）])?\s*$")


def repost_notes(s: str, min_core: int) -> str:
    """``s`` without the sentences (or brackets) that only tell a re-post's history; never all of
    what asks (``min_core``: the fewest characters left of a complaint that asks in no words)."""
    s = _AGAIN_STAMP.sub("", _ID_LABEL.sub("", s, count=1) if _ID_LABEL.match(s) else s)
    parts = _NOTE_PART.findall(s)
    if "".join(parts) != s:
        return s
    def history(p: str) -> bool:
        return bool(_REPOST_MARK.search(p) and not _NOTE_ASK.search(_REPLY_PLEA.sub("", p))
                    and not REFERENCE_WORD.search(_THIS_MESSAGE.sub("", _UPLOAD_FAILED.sub("", p))) and _only_history(p))

    # (（律师 某某）此条意见已于…提交，现通过网站再提交一次。: the signing bracket kept, the history after it dropped)
    kept = [(lead.group(0) if (lead := _LEAD_ASIDE.match(p)) and history(p[lead.end():]) else p) for p in parts if not history(p)]
    for i, p in enumerate(kept):  # 已经反映多次了，请督促…: a first clause that only tells the history
        head, comma, rest = (re.split(r"([，,])", p, maxsplit=1) + ["", ""])[:3]  # (NFKC made ，a ,)
        if comma and rest and _REPOST_MARK.search(head) and not _NOTE_ASK.search(head) and _NOTE_ASK.search(rest) \
                and _only_history(head):
            kept[i] = rest
    out = "".join(kept)
    # A complaint that asks in no words (医院收了陪护床费，却没有提供床。) keeps its complaint.
    still = any(_NOTE_ASK.search(p) for p in kept) or (
        not any(_NOTE_ASK.search(p) for p in parts) and len(re.findall(r"[\u4e00-\u9fff]", out)) >= min_core)
    return out if out != s and still else s


# A reply's subject line over the message it quotes, the quote marks of its lines, a forum's quote
# of an earlier post and the +1 that agrees with it: the quoted message is what is asked.
_REPLY_SUBJECT = re.compile(r"^(?:re|回复)\s*[:：][^\n]{0,40}\n(?=\s*(?:>|引用))", re.I)
_QUOTE_MARK = re.compile(r"^[ \t]*>+[ \t]?", re.M)
# 回复@某某：(同意你的说法。) opening a reply that repeats the message: whom it answers, and that it agrees
_REPLY_AT = re.compile(r"^\s*回复\s*@[^：:\s]{1,20}\s*[：:]\s*(?:(?:同意|赞同|支持|顶)(?:你|您)?的?(?:说法|意见|观点|看法)?[。！!，,]\s*)?")
_FORUM_QUOTE = re.compile(r"^引用\s*(?:\d{1,5}\s*楼|[^\n:：]{1,20}?\s*于\s*[\d\-/.年月日: ]{6,24})\s*(?:的)?(?:发言|回复|帖子|留言)?\s*[:：]\s*")
# 看到邻居发的这条意见，我完全同意，转发一下：“…” / 以下是…整理的意见，我代为转发：: a message passed on
_FORWARD_LEAD = re.compile(r"^[^“”「」\n]{0,40}(?:转发一下|代为转发|转发|代为转交|转交|转一下)(?:[^“”「」\n：:。]{0,16})?[：:]\s*(?=[“「『\"])|"
                           r"^[^“”「」\n]{0,40}(?:转发一下|代为转发|转发|代为转交|转交|转一下)[：:]\s*")
_QUOTED_WHOLE = re.compile(r"^[“「『\"](?P<m>.+)[”」』\"]$", re.S)
# （此件为重复报送，原件已于5月6日…报送，…现再次提交） opening a message sent again
_SENT_AGAIN = re.compile(r"^[（(][^（）()]{0,60}(?:重复报送|重复提交|再次提交|重新提交|再次发送|重新发送|重发|补交|补报|补充提交|"
                         r"代为?[^（）()，,。]{0,8}?(?:转交|转达|转报|录入)|"  # (（此条为代村民转交）: passed on for someone)
                         # (（本意见已于5月8日通过信函寄出，此为电子版） / （补充附件后重新上传，意见内容不变）)
                         r"此为电子版|电子版|纸质版|重新上传|(?:意见|内容)(?:内容)?不变|再(?:提交|发)一(?:次|遍)|重新?发一(?:次|遍)|"
                         r"内容与(?:前|上)一?条(?:相同|一致))[^（）()]{0,40}[)）]\s*")  # (（此条为补充提交，内容与前一条相同）)
# 重复提交，请合并处理。/ 再次提交（5月12日已通过信箱提交过一次，未收到回复）：opening a message sent again
_RESUBMIT_LEAD = re.compile(r"^(?:重复提交|重复留言|再次提交|重新提交|再次发送|重新发送)(?:[（(][^（）()]{0,60}[)）])?"
                            r"(?:[，,]\s*(?:请|烦请)?(?:合并处理|合并|忽略前一?条|以此为准)[^。！!：:\n]{0,10})?\s*[。！!：:]\s*|"
                            # 补充说明：昨天在网站上提交的意见显示为乱码，现重新提交——
                            r"^补充说明[：:][^。！!\n]{0,40}?(?:重新提交|再次提交|重新发送|再次发送)(?:如下)?\s*(?:——|—|[：:，,。])\s*")
# A line over a message telling it was transcribed (此条为网上留言板转录，原留言时间：…。) or sent again to mend a slip
# (更正：上条落款单位名称有误，应为“…”，特此重发。 / …为笔误，…意见内容不变。): its history, what it asks unchanged
_HEAD_NOTE = re.compile(r"^\s*(?:此条(?:为|系|是)[^。！!\n]{0,20}(?:转录|转载|转发|摘录|代录)[^！!\n]{0,50}|"
                        r"更正[：:][^\n]{0,80}?(?:笔误|有误|错别字|写错|错字)[^\n]{0,60}?(?:重发|不变|为准))[。.]?[ \t]*\n")
# 提交时间：2024-09-03 21:17　来源：政府网站意见征集专栏 — the platform's line under the message
_SUBMITTED_LINE = re.compile(r"\n\s*(?:提交|留言|发布|发送)(?:时间|日期)[：:][^\n]{0,60}$|"
                             # 本意见于2025-03-20 10:15:33通过“…”小程序提交: the platform's line under it
                             r"\n\s*本(?:意见|留言|条意见|建议)(?:于|在)[^\n]{0,40}?(?:通过|经)[^\n]{0,30}?(?:提交|发送|报送)[。.]?\s*$")
# 以上为原留言，因系统提示未收到，特此补交: the note under a message sent again
_ORIGINAL_NOTE = re.compile(r"[\s。]*[—\-]*\s*以上(?:为|是)原(?:留言|帖子?|消息|意见|内容)[^\n]{0,40}$")
_PLUS_ONE = re.compile(r"[\s。.!！]*(?:(?:同意|赞同|支持|附议|顶)[，,\s]*)?\+1[\s。.!！]*$")


# A platform's or a mail's line above or below a message: labelled fields (发件人：… / 提交人：… 提交时间：…
# / 【留言编号：…】【办理状态：…】), a time stamp and its source (2024-05-13 21:07:44 来自：…门户网站 / 发布于
# 2024-08-11 16:30 · 来自手机客户端), a reply's subject naming the notice (回复：关于《…》公开征求意见的公告).
_META_LINE = re.compile(r"\s*(?:(?:发件人|收件人|抄送|发送时间|发件时间|发送日期|日期|时间|主题|提交人|提交时间|提交日期|留言人|留言时间|留言编号|"
                        r"办理状态|处理状态|来源|来自|发布于|发布时间|IP属地|工单编号|工单号|诉求类型|问题分类|受理时间|来电时间)\s*[：:]?[^\n]{0,80}|(?:From|To|Cc|Sent|Date|Subject)\s*:[^\n]{0,80}|"
                        # 附：省自然资源厅国土空间规划处意见 / —— 转发自 某区住建局 —— above what is passed on
                        r"附[：:][^\n]{0,40}(?:意见|建议)|[-=—_]{2,}\s*转发自[^\n]{1,40}?[-=—_]{2,}|"
                        r"(?:(?:楼主|\d{1,4}\s*楼|#\d{1,4})?\s*(?:发布于|发表于)\s*)?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[^，。！？!?\n]{0,12}\d{1,2}[:：]\d{2}[^，。！？!?\n]{0,50}|"
                        r"(?:【[^】\n]{1,40}[：:][^】\n]{1,40}】\s*)+|[-=—_]{2,}\s*(?:转发的?邮件|原始邮件|原邮件|Forwarded message|Original Message)\s*[-=—_]{2,}|--|(?:回复|Re)[：:][^\n]{0,60}(?:公告|通知|征求意见稿|草案)[》」]?|"
                        # a mail's footer under its rule (——————↵本邮件由某局办公室发送，如有疑问请回复。)
                        r"[-=—_－]{3,}|(?:本|此)(?:邮件|电子邮件|信息)(?:由|系|从)[^\n]{0,40}(?:发送|发出)[^\n]{0,30})\s*")
# The channel a message came by (网页端提交, 微信小程序提交), in brackets at its start or its end.
_CHANNEL = r"(?:端|小程序|公众号|客户端|APP|App|app|网站|平台|热线|信箱|邮箱)(?:提交|留言|发送|反映)"
# （第二次提交，上次点了提交没反应，不知道成功没有。） below a message sent again
_SENT_AGAIN_TAIL = re.compile(r"\s*[（(](?:[^（）()]{0,20}(?:第[二三四五\d]次提交|再次提交|重复提交|重新提交|再提交|重发|又提交|又发|"
                              r"再次留言|重复留言|又留言|再留言)[^（）()]{0,40}|"
                              # （同时通过邮件和信件提交，内容一致） / （附件已补传）: how it was sent, not what it asks
                              r"(?:同时|另|已|也)?(?:通过|经)[^（）()]{1,16}(?:提交|报送|发送|寄送|反映)[^（）()]{0,12}|"
                              # （网页端提交） / （微信小程序提交）: the channel it came by
                              rf"[^（）()]{{0,8}}{_CHANNEL}|"
                              r"附件(?:已|已经)?(?:补传|补发|另附|上传|重新上传)[^（）()]{0,6}|"
                              r"(?:请大家|请|欢迎大家)?(?:帮忙)?(?:转发|扩散)+[^（）()]{0,6}|"  # （请大家转发扩散）
                              # （系统提示提交失败，补交） / （意见编号YJ-0612）: how it was sent again, the platform's number
                              r"[^（）()]{0,16}(?:提交失败|未提交成功|补交|补发)[^（）()]{0,8}|(?:意见|留言|工单|信件|来信|诉求)?编号[：:]?\s*[A-Za-z0-9][A-Za-z0-9\-_]{2,24})[)）]\s*$|"
                              # 【系统提示：该意见已于2025-03-15提交，本次为重复提交】: the platform's note on a message sent again
                              r"\s*[【\[](?:系统)?(?:提示|备注|说明)?[：:]?[^】\]\n]{0,50}(?:重复提交|再次提交|重复留言|重新提交)[^】\]\n]{0,20}[】\]]\s*$|"
                              # 【2025年3月2日 20:15】 under the message: when it was sent
                              r"\s*[【\[（(]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*(?:来自[^】\]）)\n]{1,20})?[】\]）)]\s*$")
# …。上次提交后未收到回执，特此再报。 after a message sent again
_RESENT_NOTE = re.compile(r"(?<=[。！!；;])\s*(?:上次|前次|此前|之前)(?:提交|反映|留言|报送)(?:后)?(?:一直)?(?:未|没有?)(?:收到|得到)(?:回执|回复|答复|反馈)"
                          r"[，,]?\s*(?:特此|现|故|所以)?(?:再报|再次提交|重新提交|补报|再次报送|重报|再发一次)[。.！!]?\s*$")
# [2025-04-10 20:31:07] opening a message: when it was posted
_HEAD_STAMP = re.compile(r"^\s*[\[【(（]\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?[\]】)）]\s*")
# （微信小程序提交） opening a message: the channel it came by (:data:`_CHANNEL`), as it may close one
_HEAD_CHANNEL = re.compile(rf"^\s*[（(【\[][^（）()【】\[\]\n]{{0,8}}{_CHANNEL}[)）】\]]\s*|"
                           # 【第2次提交，第一次好像没发出去】: a note that the message is sent again
                           r"^\s*[【\[（(][^【】\[\]（）()\n]{0,12}(?:第[二三四五六七八九\d]次提交|再次提交|重复提交|重新提交|再提交|补发|重发)"
                           r"[^【】\[\]（）()\n]{0,24}[】\]）)]\s*")
# A platform's or a re-poster's label opening a message (【网友留言】, [转载], 【转帖】, #市民建议#): a few
# characters in brackets or between hash marks, naming no place in the draft and no number.
# [转发自网站留言 #20250321-0457] / 【来源：12345热线 工单号…】: where it was passed on from, and its number there.
_HEAD_TAG = re.compile(r"^\s*(?:[【\[](?P<b>[\u4e00-\u9fff]{1,8})[】\]]|#(?P<h>[\u4e00-\u9fff]{1,12})#|"
                       r"[【\[](?P<s>(?:转发自|转自|转载自|来源|来自|摘自)[：:]?[^】\]\n]{1,40})[】\]]|"
                       # 来自“某市民意见征集”小程序： / @某市场监管 / 转：, what a post says of where it went or came from
                       r"来自[“\"][^”\"\n]{1,20}[”\"](?:小程序|公众号|APP|App|客户端|网站|平台)?[：:]|@[^\s@：:，,。]{1,20}\s+|转(?:帖|载)?[：:]|"
                       # 支持！//@某业主群：… (a re-post's chain) / 以下内容转自某业主微信群，请相关部门关注：
                       r"(?:(?:支持|顶|赞|同意|同求|转发|\+1)[！!。，,]*)?//@[^\s@：:/]{1,20}[：:]|"
                       r"(?:以下|下面)(?:内容|留言|意见|这条)?(?:转自|转载自|摘自|来自)[^：:\n。]{1,40}[：:])\s*(?=\S)")
# Where a re-posted message came from or when it was first posted, in a bracket at its end
# (【来源：12345市民热线】, （原帖发表于2025-03-02 21:14）, [转自：政务留言板]).
# A date with the time of day after it (2025-03-18 21:36 / 2025年3月10日 14:05:32), as a stamp writes it.
DATE_TIME = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
_TAIL_SOURCE = re.compile(r"\s*[【\[（(](?:来源|来自|转自|出处|原帖发表于|原帖发布于|原帖发于|原帖发在|原帖位于|发表于|发布于|原帖时间|(?:提交|留言|发布|发帖|填报|反馈|发送|发件)(?:时间|日期))[：:]?[^】\]）)\n]{1,40}[】\]）)]"
                          r"[\s。.]*$|"
                          # unbracketed after the text (… 提交时间：2025年3月10日 14:05 / … 发布于 2025-03-18 21:36)
                          rf"(?:\s+|(?<=[。！!？?]))(?:(?:提交|留言|发布|发帖|填报|反馈|发送|发件)(?:时间|日期)[：:]|发布于|发表于|(?:编辑|修改|更新)于)\s*{DATE_TIME}\s*$|"
                          # … 来自微博客户端 / 来自iPhone客户端: the client a post was sent from
                          r"\s*[【\[（(]\s*(?:来自)?\s*(?:微博|微信)?\s*(?:iPhone|Android|安卓|苹果|网页|手机|iPad)\s*(?:客户端|版|端)?\s*[)）】\]][\s。.]*$|"
                          r"(?:\s+|(?<=[。！!？?]))来自[^\s，,。！!？?（）()]{1,12}?(?:客户端|App|APP|app|网页版|手机版)\s*$|"
                          # （2024-07-15 09:02 编辑：修改了错别字） / （已编辑）: a post edited for its typos, what it asks unchanged
                          rf"\s*[（(【\[]\s*(?:{DATE_TIME}\s*)?(?:已|最后)?(?:编辑|修改|更正)(?:[，,]?\s*(?:编辑|修改)?于\s*{DATE_TIME})?\s*(?:[：:，,]\s*(?:修改|更正|改正|订正)了?"
                          r"(?:错别字|错字|笔误|格式|标点|排版|个别文字|文字错误))?\s*[)）】\]][\s。.]*$")


_REFERENCE = re.compile(r"第[\d一二三四五六七八九十百零]+[章节条款项篇页部]|(?:专栏|附件|附表|表)\s*[\d一二三四五六七八九十]+")


def refers_within(line: str, rest: str) -> bool:
    """Whether a title or subject ``line`` names no place in the draft that ``rest`` does not name
    too (Re: 关于第四十条的意见 over 第四十条…建议…): then it says nothing of its own."""
    line = re.sub(r"《[^《》]*》", "", line)  # (the draft's name: 《某某条例（草案）》 names no place in it)
    if not REFERENCE_WORD.search(line):
        return True
    found = _REFERENCE.findall(line)
    return bool(found) and all(f in rest for f in found)


def _without_head_tag(s: str) -> str:
    while (m := _HEAD_TAG.match(s)) and not REFERENCE_WORD.search(m.group(0)):
        s = s[m.end():]  # (【补发】【补发】: each tag)
    return s


# A mail's subject line over what it forwards or answers (FW: 某合作社意见 / Re: 关于办法的意见), naming no
# place in the draft (Re: 关于第三章的意见 says what the message is about).
_SUBJECT_LINE = re.compile(r"\s*(?:re|fw|fwd|回复|答复|转发)\s*[:：][^\n]{0,60}", re.I)


def _without_meta_lines(s: str) -> str:
    lines = s.split("\n")
    if len(lines) > 1 and _SUBJECT_LINE.fullmatch(lines[0]) and refers_within(lines[0], "\n".join(lines[1:])):
        lines.pop(0)
    while len(lines) > 1 and (not lines[0].strip() or _META_LINE.fullmatch(lines[0])):
        lines.pop(0)
    while len(lines) > 1 and (not lines[-1].strip() or _META_LINE.fullmatch(lines[-1])):
        lines.pop()
    return "\n".join(lines)


# 再次反映：…↵> 原留言（2023-05-28）：… — the message first sent, quoted under it again
# (同上，再次反映！↵>> 3月5日 某某：… — a re-post above the message it quotes, its date and writer)
_ORIGINAL_QUOTED = re.compile(r"\n[ \t>]*原(?:留言|帖子?|消息|邮件|件|文)[^\n：:]{0,30}[：:]\s*(?P<q>[^\n]{4,})\s*$|"
                              r"\n[ \t]*>+[ \t]*(?:\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})?[ \t]*"
                              r"(?:[\u4e00-\u9fff·]{2,4})?[：:][ \t]*(?P<q2>[^\n]{4,})\s*$")


def _original_aside(s: str) -> str:
    """``s`` without a quote of its first sending under it, when the quote says nothing new; the quote
    alone when what stands above it only says it is sent again (同上，再次反映！)."""
    m = _ORIGINAL_QUOTED.search(s)
    if not m:
        return s
    quote, head = m.group("q") or m.group("q2"), s[:m.start()]
    if _DROP_MARKS.sub("", quote) in _DROP_MARKS.sub("", head):
        return head
    if _REPOST_MARK.search(head) and _only_history(head):
        return quote
    return s


_DROP_MARKS = re.compile(r"[\s，,。．.；;：:！!？?、“”\"'‘’]")


def quoted_reply(s: str) -> str:
    """``s`` without a reply's wrapper around the message it quotes (see the patterns above)."""
    s = _REPLY_AT.sub("", _TAIL_SOURCE.sub("", _without_head_tag(_original_aside(s) if "原" in s or ">" in s else s)))
    if "\n" in s:
        s = _without_meta_lines(s)
    s = _SENT_AGAIN_TAIL.sub("", _QUOTE_MARK.sub("", _REPLY_SUBJECT.sub("", _HEAD_CHANNEL.sub("", _HEAD_STAMP.sub("", s)))))
    s = _RESENT_NOTE.sub("", _SUBMITTED_LINE.sub("", _RESUBMIT_LEAD.sub("", _HEAD_NOTE.sub("", s))))
    out = _ORIGINAL_NOTE.sub("", _PLUS_ONE.sub("", _FORUM_QUOTE.sub("", _SENT_AGAIN.sub("", s)))).strip()
    if lead := _FORWARD_LEAD.match(out):
        rest = out[lead.end():].strip()
        out = (m.group("m") if (m := _QUOTED_WHOLE.match(rest)) else rest) or out
    return out or s
