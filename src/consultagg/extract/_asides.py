"""What a letter tells without asking for anything: how it came and how it is laid out, what became of the
writer's opinions of an earlier round, how its points were made, what it leaves out or marks elsewhere.

>>> told_aside("关于我局前次所提小型水库除险加固的意见，我局撤回，不再坚持。")
'表态'
>>> told_aside("建议将某河治理纳入第六章。") is None
True
"""

from __future__ import annotations

import re

__all__ = ["ASKED_BY_OFFICE", "DRAFT_QUOTED", "FORWARDING", "LAYOUT_NOTE", "NOTE_LABEL", "NOT_SUBMITTED", "REQUESTS_FOLLOW", "told_aside"]

# A covering letter passing on what others wrote (现将祁某委员提出的意见建议转送你局，请认真研究吸纳，并于…前将采纳情况
# 书面反馈我委。): whom it is from and when to answer, not a request on the draft.
FORWARDING = re.compile(r"\s*(?:现|特|兹)?将[^。！!？?]{1,40}?(?:意见建议|意见|建议|提案|来信|材料)(?:汇总)?(?:转送|转交|转报|转去|转来|送)(?:你|贵)[局委厅办院司单位]+"
                        r"(?:[，,]\s*请[^。！!？?]{0,40}?(?:研究|研处|吸纳|办理|参考|采纳|处理)[^。！!？?]{0,40}?)?[。！!]?\s*|"
                        # 某苏木、某园区管委会提出的意见原文附后，请一并研究。: the others' letters attached below
                        r"\s*[^。！!？?]{2,60}?(?:提出|反馈|报送)的(?:意见建议|意见|建议)(?:原文|原件)?(?:附后|见附件|附在后面|一并附上)"
                        r"(?:[，,]\s*请(?:一并)?(?:研究|研处|参考|审阅|阅处|处理))?[。！!]?\s*")
# Smaller points marked on a printed copy sent apart (我已在打印稿上直接标注，随后寄送…，这里不再赘述).
_MARKED_ELSEWHERE = re.compile(r"(?:已|将|均)(?:在|于)?[^。；;]{0,8}(?:打印稿|纸质稿|纸质版|原稿|稿件|书面稿|修改稿|文本|电子文档|电子版|文档|修订稿)(?:上|中|里)"
                               r"(?:直接)?(?:以修订(?:模式|方式)|以批注(?:形式|方式))?(?:标注|标出|修改|批注|圈出)"
                               r"[^。；;]{0,30}(?:不再赘述|不再逐条列出|不再一一列出|不一一列出|不再列出|另行(?:寄送|报送|送达)|随后(?:寄送|报送|送达|送))")
# How the draft reached the writer with a call to comment (…代表工委转来了《…》，请我们代表提提意见。), the writer's
# thoughts offered for reference (…有一些想法，写下来供你们参考), and a view passed on but not as an opinion (…故不作为
# 正式意见提出，仅供起草组参考): no request.
_HOW_IT_CAME = re.compile(r"(?:转来|转发|送来|发来|寄来)(?:了)?(?:《[^》]{2,80}》|征求意见稿|草案)[^。！!？?]{0,12}[，,]\s*(?:请|让|要)(?:我们?|各位|大家)?"
                          r"(?:代表|委员|专家)?(?:们)?(?:提提?|提出|谈谈|说说)(?:意见|建议|看法)[。！!]?\s*$")
_THOUGHTS_OFFERED = re.compile(r"(?:有|提|谈|说)(?:了)?(?:一些|几点|一点|点)(?:个人)?(?:的)?(?:想法|看法|体会)[，,]\s*(?:现)?(?:写下来|整理如下|写出来)?[，,]?\s*"
                               r"(?:不一定(?:准确|对|妥当)[，,]\s*)?(?:供|请)[^。！!？?]{0,8}参考")
NOT_SUBMITTED = re.compile(r"不作为(?:正式|本单位|我会|我单位|学会)?(?:的)?(?:意见|建议)(?:提出|报送|上报)?[，,]\s*(?:仅|只)?供[^。！!？?]{0,10}参考|"
                           # …表示，上述意见他将在…以书面建议形式正式提出，今天先电话反映，供起草组参考: how they come later
                           r"(?:上述|以上|这些)(?:意见|建议)[^。！!？?]{0,6}将(?:在|于)[^。！!？?]{0,24}(?:正式)?(?:提出|报送|提交)[^。！!？?]{0,30}")
# What became of the writer's opinions of an earlier round: told (…对规划初稿提出了4条意见 / …等3条意见已被采纳，在此
# 表示感谢 / …的意见未采纳，我局理解起草组的考虑) or withdrawn (…的意见，我局撤回，不再坚持).
_EARLIER_ROUND = re.compile(r"(?:对|就)?(?:规划|方案|办法)?(?:初稿|第一稿|上一稿|前一稿|一稿|征求意见稿)(?:提出|提)了?[\d一二三四五六七八九十]+条(?:意见|建议)|"
                            r"(?:意见|建议)(?:均|已|都)?(?:已经?|均已)?被?(?:采纳|吸收|吸纳)[，,]\s*(?:在此)?(?:表示)?(?:衷心)?感谢|"
                            r"(?:意见|建议)(?:未|没有)(?:被)?(?:采纳|吸收)[，,]\s*(?:我[局厅委办院]|我们|本单位)(?:理解|尊重)[^。！!？?]{0,60}|"
                            r"(?:意见|建议)[，,]\s*(?:我[局厅委办院]|我们|本单位)?(?:予以)?(?:撤回|收回)(?:[，,]\s*不再(?:坚持|提出))?|"
                            # 我区前期提出的关于…等建议，已在征求意见稿中予以采纳(，无需再作修改)
                            r"(?:前期|此前|之前|上次|上一轮|第一轮)[^。！!？?，,]{0,16}?(?:提出|反馈|报送)的[^。！!？?]{0,80}?(?:意见|建议)[，,]?\s*"
                            r"(?:(?:征求意见稿|规划|方案)(?:中)?)?(?:已|均已|已经)(?:基本|全部)?"
                            r"(?:在[^。！!？?，,]{0,20})?(?:予以)?(?:采纳|吸收|吸纳)(?:[，,]\s*(?:无需|不再|不必)[^。！!？?，,]{0,10})?")
# How the points were made (这几条是…一起议出来的，我整理了一下文字), and a matter left out (…这个不属于规划的事，…就不写进去了).
# (上述意见由我校某学院牵头汇总，参与研读专家名单附后。: who compiled them)
_HOW_MADE = re.compile(r"(?:这几条|这些|以上|下面|上述)(?:意见|建议)?(?:都)?是[^。！!？?]{0,60}(?:议|讨论|商量|研究|整理|汇总)出来的|"
                       r"^\s*(?:以上|上述|本)(?:意见|建议)+(?:系|是)?由[^。！!？?，,]{2,40}?(?:牵头)?(?:汇总|整理|起草|组织研究|研究提出|提出)(?:形成)?[，,。]|"
                       r"不属于(?:规划|方案|条例|办法|本次征求意见)的?(?:事|事情|内容|范围)|(?:就|也)?不(?:写进去|写进来|写入|列入)了|"
                       r"^\s*其中第[\d一二三四五六七八九十]+条(?:意见|建议)?(?:比较|最为|特别|尤其|更为)?(?:急|紧迫|迫切|重要|关键)")
# Requests announced before they are listed (此外，还有两点建议：一是…；二是…): what follows asks, in so many words or not.
REQUESTS_FOLLOW = re.compile(r"(?:还有|另有|再提|补充|提出|提)?(?:以下|如下)?(?:几|两|三|四|五|六|\d)(?:点|条)(?:具体)?(?:建议|意见|请求)[：:]")
# The draft quoted (规划提出“…” / 建议…表述为“…”), not the name of the writer's own work in quotes (“某家长学校”).
DRAFT_QUOTED = re.compile(r"(?:规划|计划|方案|条例|办法|意见稿|草案|文本|提出|表述|写明|明确)[^。“”]{0,12}“")
# The office's questions a reply answers in turn (问题1：您认为…是否科学合理？有何修改建议？ / 问题6：其他意见建议。),
# and an attachment pasted below (现将附件内容粘贴如下).
ASKED_BY_OFFICE = re.compile(r"\s*(?:问题|提纲)\s*[\d一二三四五六七八九十]{1,2}\s*[：:.．、][^。]{0,80}?(?:[？?]|(?:其他|其它)(?:意见|建议)+[。.]?)\s*$")
_PASTED = re.compile(r"(?:附件|正文)(?:内容)?(?:粘贴|附|列)(?:如下|于下|在下面|附后)|粘贴如下")
# A note on how the letter is laid out (说明：为便于对照，以下摘录征求意见稿相关原文，我局意见附于原文之后).
NOTE_LABEL = re.compile(r"\s*(?:说明|注|备注)\s*[：:]\s*")
LAYOUT_NOTE = re.compile(r"\s*(?:说明\s*[：:]\s*)?(?:[^。；;，,]{0,30}?(?:批注|修订)[^。；;，,]{0,10}[，,]\s*)?"
                         r"(?:为(?:便于|方便)(?:对照|查阅|阅读|核对)[，,])?(?:以下|下文|下表|现将)[^。；;]{0,16}?(?:摘录|列出|对照|逐条|附于)|"
                         # “原文”为征求意见稿内容，“【批注】”为我院意见。: the legend of a commented excerpt
                         r"\s*[“\"][^“”\"]{1,10}[”\"]为(?:征求意见稿|草案|规划|原文)[^。；;]{0,6}[，,]\s*[“\"][^“”\"]{1,10}[”\"]为(?:我|本)|"
                         # 以下楷体为征求意见稿原文节选，红色加粗字为我县修改意见: the same legend told by the type
                         r"\s*(?:说明\s*[：:]\s*)?(?:以下)?[^。；;，,]{0,8}为(?:征求意见稿|草案|规划)?原文[^。；;，,]{0,6}[，,]\s*[^。；;，,]{0,10}为(?:我|本)[^。；;，,]{0,4}(?:修改)?(?:意见|建议)")


# The same told in a later clause (说明：按照…要求，我局…进行了研究，以下摘录相关段落，意见以批注形式标注在对应位置，请审阅。).
_LAYOUT_CLAUSE = re.compile(r"[，,]\s*(?:以下|下文|下表)[^。；;，,]{0,16}?(?:摘录|列出|对照|逐条|附于)|"
                            r"(?:意见|建议)[^。；;，,]{0,6}以(?:批注|修订)(?:形式|方式|模式)|"
                            r"[，,]\s*采用[^。；;，,]{0,20}?对照的?(?:方式|形式)(?:列出|列明|提出)")  # (…，采用原文、修改后文字对照的方式列出)


# A department's lead to its own office, sending its opinions up to be approved and sent on.
_UP_THE_CHAIN = re.compile(r"\s*现将[^。！!？?]{0,80}?(?:意见|建议)(?:汇总|整理)?如下[，,]\s*(?:请|烦请)[^。！!？?，,]{0,6}?(?:审定|审核|审阅|审示|审签)后?"
                           r"(?:报|转报|报送|呈报|上报|送)[^。！!？?，,]{0,30}[。！!]?\s*")


# What the writer has done, or checked and found right (…的要求，我公司已于2020年全部完成。 / …基础数据，经核对与我盟统计
# 数据一致。): no request.
_DONE_OR_CHECKED = re.compile(r"[^。]{0,80}[，,]\s*(?:(?:我|本)(?:公司|单位|局|厅|委|院|市|县|旗|盟|区)(?:已|已经|均已)(?:于[^，,。]{2,12})?"
                              r"(?:全部|全面)?(?:完成|建成|实现|落实)|经(?:核对|核实|比对)[^。，,]{0,20}?(?:一致|无误|准确))[。.]?\s*")


def told_aside(sent: str) -> str | None:
    """The reason a sentence is no request when it tells one of the things above, else None."""
    if _DONE_OR_CHECKED.fullmatch(sent) and not re.search(r"建议|请(?!批评)|希望|应当|应该", sent):
        return "表态"
    if _MARKED_ELSEWHERE.search(sent) and not re.search(r"建议|请(?!批评)|希望|应当", sent):
        return "另行标注"  # 另外，文字方面的小问题我已在打印稿上直接标注，随后寄送规划处，这里不再赘述。
    if _HOW_IT_CAME.search(sent) or _THOUGHTS_OFFERED.search(sent) and not re.search(r"建议|希望|应当", sent):
        return "开头语"  # 前些天，…转来了《…》，请我们代表提提意见。 / …有一些想法，写下来供你们参考，说得不对的地方请批评。
    if NOT_SUBMITTED.search(sent):
        return "说明"  # 另，部分专家提出…。经…讨论，…，故不作为正式意见提出，仅供起草组参考。
    if _EARLIER_ROUND.search(sent) and not re.search(r"建议(?!已|均|被|未)|请(?!核实)|希望", _EARLIER_ROUND.sub("", sent)):
        return "表态"  # …等3条意见已被采纳，在此表示感谢。 / 关于…的意见，我局撤回，不再坚持。: the earlier round
    if _HOW_MADE.search(sent) and not re.search(r"建议|希望|请(?!查收)", sent):
        return "开头语"  # 这几条是7月14日晚上村两委…一起议出来的，我整理了一下文字。 / …这个不属于规划的事，就不写进去了。
    if ASKED_BY_OFFICE.match(sent):
        return "提纲问题"  # 问题1：您认为《行动计划》确定的发展目标是否科学合理？有何修改建议？: the office's own question
    if _PASTED.search(sent) and not re.search(r"建议|希望|应当", sent):
        return "开头语"  # 考虑到部分邮箱无法直接预览附件，现将附件内容粘贴如下，请审阅。
    if _UP_THE_CHAIN.fullmatch(sent):
        return "开头语"  # 现将我区…的意见汇总如下，请审定后报市自然资源和规划局。: to its own office, to send on
    if (LAYOUT_NOTE.match(sent) or _LAYOUT_CLAUSE.search(sent)) and not re.search(r"建议|请(?!批评|审阅|查阅|查收|阅示|予采纳|予参考)|希望|应当", sent):
        return "开头语"  # 说明：以下摘录…原文，我局意见附于原文之后，以【修改意见】标注；: how the letter is laid out
    return None
