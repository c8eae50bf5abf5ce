"""How a letter frames its requests: a first paragraph saying who writes, a last one closing in
courtesy, remarks on the whole draft before 具体意见如下, and a letter pasted as one line.

Examples
--------
>>> unfolded("某公司关于方案的意见 县政府办公室： 我公司提出以下建议： 1.建议明确公交场站用地保障，目前车辆夜间停放不足。"
...          " 2.建议将新能源公交车更新纳入重点项目，现有柴油车已接近报废年限。 3.建议建立公交运营财政补贴机制。"
...          " 以上建议，请予考虑。 某公司 2024年5月19日").split(chr(10))[3:6]
['1.建议明确公交场站用地保障，目前车辆夜间停放不足。', '2.建议将新能源公交车更新纳入重点项目，现有柴油车已接近报废年限。', '3.建议建立公交运营财政补贴机制。']
"""

from __future__ import annotations

import re

from consultagg.extract._asides import DRAFT_QUOTED
from consultagg.extract._base import Doc, Draft, location_of
from consultagg.extract._sentences import _QUOTED, TROUBLE, asks

__all__ = ["general_before_specific", "one_request_said", "prose_frame", "unfolded"]


# A numbered point after spaces in a letter pasted as one line (…提出以下建议： 1.建议… 2.建议…).
_POINT_AFTER_SPACE = re.compile(r"[ \t\u3000]+(?=(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.．、](?!\d))")


def unfolded(text: str) -> str:
    """A letter pasted from a web form as one line, its parts (title, salutation, points, closing,
    signature, date) divided by spaces only, with each space run's first character made a line break
    (the same length: offsets into the input hold)."""
    lines = [x for x in text.splitlines() if x.strip()]
    if not lines or len(lines) > 2:
        return text
    long = max(lines, key=len)
    runs = list(re.finditer(r"[ \t\u3000]+", long.strip()))
    if len(long) < 120 or len(_POINT_AFTER_SPACE.findall(long)) < 2 or len(runs) > len(long) / 15:
        return text
    at = text.index(long)
    chars = list(text)
    for m in re.finditer(r"(?<=\S)[ \t\u3000]+(?=\S)", long):
        chars[at + m.start()] = "\n"
    return "".join(chars)


# A line that opens the specific opinions after general ones (具体意见如下： / 具体修改意见和建议如下：), and
# what asks in so many words (a general remark that the draft 需要与财力相适应 does not).
# (or a heading of its own with no colon: 具体意见 / 二、具体修改意见 / （二）具体意见)
_SPECIFIC_FOLLOW = re.compile(r"^[ \t\u3000]*(?:(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\s*)?(?:现(?:提出|将)?)?"
                              r"具体(?:修改)?(?:意见|建议)(?:和建议|及建议)?(?:如下|反馈如下)?[：:]?[ \t\u3000]*$", re.M)
_EXPLICIT_ASK = re.compile(r"建议|请|希望|恳请|呼吁|应当|应该|不宜|修改为|调整为|改为|删除|增加|补充")


# A lead announcing the numbered points below (结合园区实际，建议如下： / 现提出如下意见：).
_POINTS_FOLLOW = re.compile(r"(?:建议|意见)[^。\n]{0,6}如下[：:][ \t\u3000]*$|如下(?:修改)?(?:意见|建议)[：:][ \t\u3000]*$", re.M)


def _account_before_points(doc: Doc, drafts: list[Draft], skips: list) -> list[Draft]:
    """A paragraph without a number before 建议如下： and the numbered points under it, that asks
    nothing and finds no fault in the draft (麂口工业园区为自治区级化工园区，…现有入园企业137家…):
    the writer's account of itself, context (skipped as 情况介绍)."""
    lead = next((m for m in _POINTS_FOLLOW.finditer(doc.clean)
                 if any(d.start >= m.end() and d.meta.get("numbering") for d in drafts)), None)
    if lead is None:
        return drafts
    account = [d for d in drafts if d.end <= lead.start() and not d.meta.get("numbering") and not d.speaker
               and not asks(t := doc.clean[d.start:d.end]) and not TROUBLE.search(t) and not location_of(t)
               and not DRAFT_QUOTED.search(t)]
    skips.extend((d.start, d.end, "情况介绍") for d in account)
    return [d for d in drafts if all(d is not a for a in account)]


def general_before_specific(doc: Doc, drafts: list[Draft], skips: list) -> list[Draft]:
    """Remarks before 具体意见如下： that ask in no word of their own (一、总体上看…原则同意 二、…目标任务需要与
    财政承受能力相适应): on the whole draft, context, not opinions (skipped as 总体评价); and an account
    of the writer before 建议如下： (:func:`_account_before_points`)."""
    drafts = _account_before_points(doc, drafts, skips)
    specific = _SPECIFIC_FOLLOW.search(doc.clean)
    if not specific or not any(d.start > specific.end() for d in drafts):
        return drafts
    general = [d for d in drafts if d.end <= specific.start() and not _EXPLICIT_ASK.search(_QUOTED.sub("", doc.clean[d.start:d.end]))]
    skips.extend((d.start, d.end, "总体评价") for d in general)
    return [d for d in drafts if all(d is not g for g in general)]


def prose_frame(doc: Doc, drafts: list, skips: list) -> list:
    """A letter in paragraphs without numbers: a first paragraph before any request that only says who
    writes and how they read the draft (我是…人大代表…读了很受鼓舞，谈几点想法) and a last one after
    them that only closes (以上是我的粗浅想法…我会继续关注…祝愿…) frame the requests: not opinions."""
    told = [d for d in drafts if not d.meta.get("background")]  # (a signature told as who writes: set aside later)
    if len(told) < 3 or any(d.speaker for d in drafts):
        return drafts
    frame = []
    for ends, why, cue in ((told[:2], "开头语", _LEAD_FRAME), (told[:-3:-1], "结束语", _TAIL_FRAME)):
        for d in ends:  # (the first two and the last two at most, from the letter's edge inwards; a numbered point is none)
            t = doc.clean[d.start:d.end]
            if d.meta.get("numbering") or not cue.search(t) or asks(_COURTESY_ASK.sub("", t)) or TROUBLE.search(t):
                break
            frame.append(d)
            skips.append((d.start, d.end, why))
    return [d for d in drafts if all(d is not f for f in frame)]


_LEAD_FRAME = re.compile(r"(?:我是|本人是|作为)[^。]{0,24}(?:代表|委员|教师|老师|居民|村民|职工|工作者)|读了|拜读|很受鼓舞|倍感|欣喜|振奋|"
                         r"(?:想|特)(?:把|将)[^。]{0,12}(?:想法|意见|建议|情况)(?:跟|向|给)[^。]{0,8}反映|"
                         r"有(?:几|两|三|一些)(?:件事|个问题|点想法|点意见)(?:想|要)?(?:跟|向|给|和)[^。]{0,8}(?:反映|汇报|说说|谈谈)|"
                         r"几点(?:个人|粗浅)?(?:的)?(?:想法|看法|意见|建议)|仅供参考|不一定(?:准确|成熟|对)")
_TAIL_FRAME = re.compile(r"^\s*(?:以上|上述)[^。]{0,16}(?:想法|意见|建议|看法|几件事)|祝愿|我(?:们)?(?:会|将)继续|再次(?:感谢|表示感谢)|"
                         r"文化不高|话说得不好|说得不对的|请[^。，,]{0,6}包涵|希望领导")
# What a letter's frame asks only in courtesy (请领导多包涵 / 希望领导能看看我们的意见).
_COURTESY_ASK = re.compile(r"请(?:各位)?(?:领导们?|你们)?多?(?:包涵|见谅|原谅|谅解)|(?:不当|不妥|不足|错误)之处[，,]?(?:敬请|恳请|请)(?:批评)?指正|"
                           r"希望(?:各位)?(?:领导|你们)(?:能|能够)?(?:看看|看一看|看一下|重视一下|考虑一下)(?:我们的|我的)?(?:意见|想法|建议|这封信)?")


# A letter saying it makes one request only (无其他意见，仅提一条建议： / 只提一点意见).
_ONLY_ONE_SAID = re.compile(r"(?:仅|只)(?:提|提出|有)(?:一|1)(?:条|点)(?:修改)?(?:意见|建议)")


def one_request_said(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A letter that says it makes one request (我局无其他意见，仅提一条建议：) and gives it in one paragraph
    without numbers: that paragraph is the one opinion (…未涉及…问题。…需要分流安置。建议增加…), not cut in two."""
    if len(drafts) < 2 or len({d.para for d in drafts}) > 1 or not _ONLY_ONE_SAID.search(doc.clean) \
            or any(d.meta.get("numbering") for d in drafts):
        return drafts
    first, last = drafts[0], drafts[-1]
    return [Draft(first.start, last.end, first.para, dict(first.meta), first.speaker, first.department, first.location)]
