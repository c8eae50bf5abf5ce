"""A work group's chat exported as text: each message under a line naming its sender and the time.

Offices gather points in a WeChat or DingTalk group as often as by letter; the export reads

    省交通厅规划处 王某  09:41
    1、第三章第三节……建议改成“完成国家下达目标”
    2、……

Each message is its sender's: the unit is the organ the sender line names (an inner office kept as
detail, 规划处 → 省交通厅), the person its speaker. The group's organiser, who opens the chat asking
for the points (请各单位…反馈 / 截止时间…), answers rather than gives opinions, and so does anyone
writing from the organiser's organ. A message that asks for nothing (收到 / 好的，辛苦 / 我们局的正式函
今天下午发) is an acknowledgement, listed in the reading report, not an opinion.

>>> text = "工作群聊天记录\\n\\n市生态环境局-陈某  09:12\\n请各单位周五前反馈意见。\\n\\n市水务局 刘某某  09:40\\n收到\\n\\n"
>>> text += "市水务局 刘某某  09:41\\n建议第三章增加再生水利用内容。\\n"
>>> [(m.sender, text[m.start:m.end].strip()) for m in chat_messages(text)]
[('市生态环境局-陈某', '请各单位周五前反馈意见。'), ('市水务局 刘某某', '收到'), ('市水务局 刘某某', '建议第三章增加再生水利用内容。')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consultagg.extract._speakers import _speaker
from consultagg.extract.units import government_of, is_unit, split_office

__all__ = ["ChatMessage", "chat_messages", "compiled_by", "is_organiser", "level_of_chat", "member_named", "qualified", "sender_unit",
           "withdrawn", "without_lead"]

# A sender line: who, then the time (and perhaps the date) alone on the line; or the time first.
_SENDER_LINE = re.compile(
    r"^[ \t]*(?P<who>[^\s\d：:，,。【\[<>#*-][^\n：:，,。]{0,40}?)[ \t\u3000]+(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?[ \t]*$|"
    r"^[ \t]*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]+(?P<who2>[^\s\d：:，,。][^\n：:，,。]{0,40}?)[ \t]*[：:]?[ \t]*$|"
    # one message a line (2021-03-16 09:02  某局某处-刘：请各单位…; not a fax's FROM:…), and the notice of one taken back
    r"^[ \t]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]+"
    r"(?P<who3>[\u4e00-\u9fff][^\n：:，,。]{0,40}?)(?:[ \t]*[：:](?=[ \t]*\S)|[ \t]*(?=撤回了一条消息[ \t]*$))",
    re.M)
# The fewest sender lines that make a text a chat (two when both carry a full date).
_MIN_MESSAGES = 3
_DATED = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


@dataclass(frozen=True)
class ChatMessage:
    """One message: its sender as the export names them, and where its words are (``text[start:end]``)."""

    sender: str
    start: int
    end: int
    line: int  # where its sender line starts


def chat_messages(text: str) -> list[ChatMessage]:
    """The messages of a chat export, or ``[]`` when ``text`` is not one."""
    heads = list(_SENDER_LINE.finditer(text or ""))
    if len(heads) < _MIN_MESSAGES and not (len(heads) == 2 and all(_DATED.search(m.group(0)) for m in heads)):
        return []  # (two messages each under a dated sender line are a chat too)
    out = []
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        out.append(ChatMessage((m.group("who") or m.group("who2") or m.group("who3")).strip(), m.end(), end, m.start()))
    said = sum(bool(text[m.start:m.end].strip()) for m in out)
    # (an agenda's lines, 签到　8:30 / 开幕　9:00, hold no words under them)
    return out if said >= min(_MIN_MESSAGES, len(out)) and 3 * said >= 2 * len(out) else []


# A government by its place's short name, or its office (某县政府 / 某旗政府办): the government, in full.
_SHORT_GOVERNMENT = re.compile(r"(.{1,20}?[市区县州旗盟])政府(?:办|办公室)?")


def sender_unit(sender: str) -> tuple[str | None, str | None, str | None]:
    """``(unit, office, person)`` a sender line names (省交通厅规划处 王某 → 省交通厅, 规划处, 王某)."""
    if head := re.match(r"[ \t\u3000]*([^-—–·|｜\s]{3,30})[ \t\u3000]*[-—–|｜]", sender):
        named, rest = head.group(1), sender[head.end():].strip() or None
        if re.fullmatch(r"[\u4e00-\u9fff]{2,12}(?:苏木|嘎查|镇|乡)", named) and not re.search(r"[厅局委办院所]", named):
            return named, None, rest  # 浩勒图苏木-巴特尔 / 某镇-王某: a township or a village
        if len(named) >= 4 and is_unit(named) and not re.search(r"办(?:公室)?$", named):
            # 某经济技术开发区管委会-刘: the unit before the dash, whole (某县政府办-小周: below, the office of its government)
            return *split_office(named), rest
    who = re.sub(r"[ \t\u3000]*[-—–·|｜][ \t\u3000]*", "", sender)
    who = re.sub(r"[ \t\u3000]+", "", who)
    if (said := _speaker(who)) and said[3]:
        organ, office = split_office(said[3])
        if short := _SHORT_GOVERNMENT.fullmatch(organ):
            return government_of(short.group(1)), None, said[1]  # 某旗政府办-郑某: the banner's government, in full
        return organ, office or _office_of(said[2], organ), said[1]
    if m := re.match(r"(.{2,30}?(?:厅|局|委员会|管委会|委(?!员)|办|中心|公司|集团|院|所|政府|街道办事处))", who):  # (王某委员: a member)
        organ, office = split_office(m.group(1))
        rest = who[m.end():]
        if short := _SHORT_GOVERNMENT.fullmatch(organ):  # 某县政府办-小周: the county's government, in full
            organ, rest = government_of(short.group(1)), re.sub(r"^办(?:公室)?", "", rest)
        return organ, office, rest or None
    return None, None, who or None


def member_named(intro: str, person: str | None) -> str | None:
    """The capacity the chat's intro gives a sender named as a member or deputy (王某委员, over 说明：自治区政协委员、
    某大学…王某同志…): 自治区政协委员王某, or None."""
    m = re.fullmatch(r"([\u4e00-\u9fff·]{2,4}?)(?:委员|代表)", person or "")
    c = re.search(r"([\u4e00-\u9fff]{0,12}?)(政协委员|人大代表)[^。\n]{0,60}?" + re.escape(m.group(1)), intro) if m else None
    return c.group(1) + c.group(2) + m.group(1) if c else None


def compiled_by(intro: str) -> set[str]:
    """The names of who compiled the export (整理人：规划财务处 某某): the office's own staff, answering."""
    return {n for line in intro.split("\n") if (f := re.search(r"(?:整理人|记录人|整理|记录)\s*[：:]\s*([^\n]{2,30})", line))
            for n in re.findall(r"[\u4e00-\u9fff·]{2,4}", f.group(1))}


def _office_of(title: str | None, organ: str) -> str | None:
    return title[len(organ):] or None if title and title.startswith(organ) else None


# The organiser's opening: a deadline or a call for the points.
_CALLS = re.compile(r"截止|请(?:各|大家|还没|尚未|抓紧)|请(?:于|在)[^。；，,]{0,12}?前|抓紧(?:反馈|报送)|(?:先|统一)汇总|征求意见")


def is_organiser(first_message: str) -> bool:
    """Whether the chat's first message is the organiser's call for opinions."""
    return bool(_CALLS.search(first_message))


# A lead-in before a message's points (补充一点： / @某某 还有一条： / 我们苏木的意见：).
_LEAD = re.compile(r"^\s*(?:@\S+\s*)*(?:(?:补充|再补充|另外补充)(?:一下|一点|一条|两点)?|还有一[条点]|"
                   r"(?:我们?|本)[\u4e00-\u9fff]{0,4}?的?(?:意见|建议)(?:如下)?)[：:，,]\s*")  # (我们苏木的意见：建议…)


def without_lead(body: str, asks) -> tuple[str, list[str]]:
    """A message's points without the lines before them that ask for nothing (收到。…要点贴过来 /
    还漏了一条), and those lines; ``asks`` tells a line that asks."""
    lines = [x for x in body.strip().split("\n") if x.strip()]
    lead = []
    while len(lines) > 1 and not asks(lines[0]):
        lead.append(lines.pop(0).strip())
    text = "\n".join(lines)
    if (m := _LEAD.match(text)) and not re.match(r"第[\d一二三四五六七八九十]{1,3}条(?:里|中)", text[m.end():]):  # (…，第2条里再加上…)
        lead.append(m.group(0).strip())
        text = text[m.end():]
    return text, lead


def withdrawn(body: str) -> str | None:
    """What a sender's message takes back of what they said before (更正一下，刚才说的人工影响天气那条不用改了 →
    人工影响天气), or None.

    >>> withdrawn("更正一下，刚才说的人工影响天气那条不用改了，原文表述可以"), withdrawn("建议增加监测站")
    ('人工影响天气', None)
    """
    m = _WITHDRAWN.search(body)
    return m.group("what") if m else None


# 刚才说的某某那条不用改了 / 前面提的关于某某的建议撤回 / 上面那条某某的意见作废: a sender taking a point back.
_WITHDRAWN = re.compile(r"(?:刚才|上面|前面|之前|早上|昨天)(?:说|提|发|讲)?的?(?:关于)?(?P<what>[\u4e00-\u9fff“”]{2,16}?)的?"
                        r"(?:那条|那点|那个|这条|那一条|意见|建议)[^。！!]{0,8}?(?:不用改了|不改了|不用改|撤回|收回|作废|不算|删掉|不提了|不要了)")


def level_of_chat(text: str, organs) -> str | None:
    """The level word (自治区 / 省) of a provincial consultation's chat, for its senders named by their organ alone
    (住建厅-城建处 / 气象局): the one the chat's words use (《自治区“十四五”…规划》, 省生态环境厅, 全省), when a sender or
    the organiser is a 厅 (only a province's organs are); ``None`` when neither or both are used, or when no 厅
    speaks (a city's chat, whose bureaus 住建局 / 气象局 keep their names).

    >>> level_of_chat("请各单位对《自治区“十四五”生态环境保护规划》提出意见", ["生态环境厅", "气象局"])
    '自治区'
    >>> level_of_chat("请各单位对《“十四五”生态环境保护规划》提出意见", ["生态环境厅", "气象局"]) is None
    True
    """
    if not any(o and o.endswith("厅") for o in organs):
        return None
    words = {w for w, said in (("自治区", "自治区" in text), ("省", bool(_PROVINCE_SAID.search(text)))) if said}
    return words.pop() if len(words) == 1 else None


# A province named by its level word (省生态环境厅, 全省, 我省), not the 省 of 节省 or 反省.
_PROVINCE_SAID = re.compile(r"(?<![\u4e00-\u9fff])省(?=[\u4e00-\u9fff]{1,10}?(?:厅|局|委))|全省|我省|本省")
def qualified(organ: str | None, level: str | None) -> str | None:
    """``organ`` with the consultation's level word before it when named alone (住建厅 → 自治区住建厅).

    >>> qualified("住建厅", "自治区"), qualified("北岭市水务局", "自治区"), qualified("住建厅", None)
    ('自治区住建厅', '北岭市水务局', '住建厅')
    """
    if not organ or not level or re.match(r"自治区|省|市|县|区|旗|盟|州|国家|中国", organ) \
            or not re.fullmatch(r"[\u4e00-\u9fff]{1,12}(?:厅|局|委员会|委)", organ):
        return organ
    # (an organ named with its place, 北岭市水务局, 开发区管委会, keeps it; the 市 of 城市管理局 names no place)
    return organ if re.search(r"[省市县旗盟州区]", organ.replace("城市", "")) else level + organ
