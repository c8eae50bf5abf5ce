"""Meeting minutes: quoted, reported and summarised speech turned into opinions with speakers.

Minutes of a 座谈会 or 协商会 (often an OCR'd newspaper report) carry opinions inside narrative:
quoted speech (``“……”张伟说`` / ``张伟说：“……”``), reported speech (``与会人员提出……；……等问题``),
summaries (``委员们从……等方面提了意见建议``) and ``李明（市政协委员）：……`` records. The public entry
points stay in :mod:`consultagg.extract.letters` (:func:`~consultagg.extract.letters.parse_letter` dispatches here for
minutes); this module holds the speaker and title tables and the minutes parser.

Examples
--------
>>> from consultagg.extract.letters import parse_letter
>>> m = parse_letter("座谈会上，自治区人大代表王芳说：“建议增加城市绿地。”", kind="minutes")
>>> m.opinions[0].speaker, m.opinions[0].meta["speaker_title"]
('王芳', '自治区人大代表')
"""

from __future__ import annotations

import re

from consultagg.extract._base import (DATE, NONE, PROBLEM, PROPOSE, TITLE, Doc, Draft, inline_parts, location_of, opens_list,
                                      split_inline, trim)
from consultagg.extract._fullnames import attendance_line, full_names, officers as _officers
from consultagg.extract._parts import DRAFTERS_REPLY as _DRAFTERS_REPLY, DRAFTERS_SEAT as _DRAFTERS_SEAT, FAULT as _FAULT
from consultagg.extract._parts import NO_PROBLEM as _NO_PROBLEM, POINTS_FOLLOW as _POINTS_FOLLOW, SEAT, TITLES as _TITLES
from consultagg.extract._parts import EXPERTS, MEETING_FIELD as _MEETING_FIELD, NOTHING_MORE as _NOTHING_MORE, PANEL as _PANEL, PLEDGE, PUBLIC, SEAT_NAMED, org_of
from consultagg.extract._record import (BRACKET_HEADING, EXPERT_TITLE, EXPERTS_GROUP, LIST_APPENDED, MARK, NAME_AFTER_SEAT, QA_SEAT,
                                        RUN_IN_UNIT, SECTION_ASIDE, TOLD_THEN_SAYS, by_surname, bracketed_part, cppcc_level, held_by, host,
                                        issuer_line, officials, public_meeting, roster, short_for, signature_last, spoken_for)
from consultagg.extract._speakers import (_COLON, _PRONOUN_ORG, _mentioned, _speaker, alone_speaker, capacity_named, chairs as _chairs,
                                          colon_speaker, member_named)
from consultagg.extract._sentences import OWN_OPENER, SAID_AGAIN, SOON, TROUBLE, asks, formal_sentences, formal_suffix, request_cuts
from consultagg.extract.units import is_unit, person_name
from consultagg.text.normalize import NUMBERING

__all__ = ["SPEECH_VERB", "colon_speaker", "parse_minutes"]

SPEECH_VERB = (r"(?:说|表示|指出|认为|强调|建议|提出|介绍|坦言|呼吁|谈到|补充(?:道|说)?(?=[，,：:])|反映|发言(?=[，,：:。])"
               r"|转达(?:了)?(?:[^，,。；;]{0,6}?(?:意见|诉求|呼声|建议))?)")  # 转达居民意见，希望……: the body passes it on
_SP = r"[^，,。；;：:“”‘’！？!?\s《》（）()]"
_AFTER = re.compile(rf"^[，,]?(?P<sp>{_SP}{{2,30}}?){SPEECH_VERB}(?:道)?(?=[。，,：:]|$)")
_BEFORE = re.compile(rf"(?:^|(?<=[，,。；;！？!?”]))(?P<sp>[他她]|{_SP}{{2,30}}?){SPEECH_VERB}(?:道)?[：:，,]\s*$")
_INDIRECT = re.compile(rf"(?:^|(?<=[，,。；;！？!?”]))(?P<sp>[他她]|[^，,。；;：:“”！？!?\s《》]{{2,40}}?)(?P<v>{SPEECH_VERB})(?:道|了)?"
                       rf"(?P<p>[：:，,]|(?=[^“的]))")
_LIST_END = re.compile(r"等(?:问题|意见建议|意见|建议|困难|诉求|方面|事项)")
_SUMMARY = re.compile(r"(?:^|(?<=[，,。；;！？!?]))(?P<sp>[^，,。；;：:“”！？!?]{2,60}?)(?:从|就|围绕|针对)(?P<body>[^。]+?)"
                      r"等(?:方面|内容|问题|领域)(?:(?:提出?了?|提了|发表了?|交流了?)(?:宝贵)?(?:意见|建议|看法)|建言献策)")
# (刘某（法工委副主任）插话：… — the way of speaking after the seat)
# The drafters or an official answering (听证人冯某就…作了回应 / 针对企业提出的问题，…李处长作了回应：…).
_OFFICIALS_REPLY = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:副)?(?:科长|局长|处长|主任|站长|所长|队长)(?:当场|现场|随即)(?:回应|答复|解答)[：:，,]|"
                              r"(?:听证人|听证主持人|起草(?:组|单位|部门)|编制(?:组|单位))[\u4e00-\u9fff·]{0,4}"
                              r"(?:就|对|针对|表示|回应|说明|作了|答复)|"
                              r"^[^。：:]{0,40}(?:作了?回应|作出回应|作了?答复|作出答复|作了?说明|回应如下|答复如下)[：:，,]")
# An inner office named alone (综合统计处, 对外贸易处, 城市建设科): no organ's name in it.
_OFFICE_ALONE = re.compile(r"(?![^处科室股]*(?:厅|局|委|院|政府|中心|公司|大学))[\u4e00-\u9fff]{2,12}(?:处|科|室|股)")
# A turn labelled as an answer (市住建局副局长蒋某回应： / 李处长答复：).
_REPLY_LABEL = re.compile(r"(?:回应|答复|回复|解答|作答)\s*[：:]\s*$")
_POST_ALONE = re.compile(r"[（(][^（）()。；，,]{2,40}[)）]")
# A point's number where a request cut falls (…。2.建议…).
_NEXT_NUMBER = re.compile(r"\s*\d{1,2}[.．、](?!\d)\s*")
# The place a body or a draft is named with (溯川省 / 蕙垣市 / 苡溪县).
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治区|省|市|自治州|州|盟|县|区|旗)")
_LEAD_IN = re.compile(r"\s*(?:[他她我]|我们)?(?:同时|另外|此外|还|并|也)?(?:提出|提了|谈了?|补充)(?:[一两二三四五几\d]+点(?:意见|建议|看法)?)?[：:]")
_RESPONSE = re.compile(r"^(?:我们)?(?:将|会|一定|马上|立即|正在|已经|已|下一步将|今后将)")
_NOBODY = ("group", None, None, None)
_MINUTES_TITLE = re.compile(r"(?:纪要|会议记录|记录|发言摘要)[）)]?$|^[（(][^）)]*[）)]$")
# A numbered heading naming a group as the speaker of the points below it (一、与会专家提出).
_GROUP_HEADING = re.compile(r"(?P<sp>[^，,。；;：:“”]{2,10}?)(?:提出|的意见|意见|建议|提出的意见)[：:]?")
_SECTION = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}部分)")
# A line signed or left out in the record: 专家组组长：（签字）/ 专家组成员签字表（略）.
# The chair's or a leader's closing words: 最后，孙某某作总结讲话。他指出，… / 主持人陈某某总结：…
_CLOSING_REMARKS = re.compile(r"^(?:会议)?最后[，,]\s*(?:会议)?(?:主持人|[^。；，,]{1,12}?(?:同志|局长|主任|处长|厅长|主持人))?(?:要求|强调|指出)|"
                              r"^会议(?:要求|议定|决定|商定|明确)[，,：:]|^(?:最后[，,]\s*)?[^。；]{0,30}?(?:作总结讲话|作总结发言|总结讲话|作了?总结|总结指出|总结[：:]|小结[：:]|"
                              r"(?:在|作)总结(?:时|中)?(?:表示|指出|强调|说|要求)|最后(?:指出|强调|要求|表示)[：:，,])")
# (会议要求，某局汇总各方意见，于…前报送: the meeting's arrangements.) In the host's closing words, a request of its own for a change in the draft (建议市住建局在方案中增加…).
_HOST_ASKS = re.compile(r"(?<=[。；：:])\s*建议[^。；]{0,16}?(?:在|对)(?:本)?(?:方案|规划|条例|办法|草案|征求意见稿)[^。；]{0,6}?"
                        r"(?:增加|补充|增设|明确|删除|修改|调整)")
# Who recorded or issued the minutes: （记录：市水利局规划计划处 2023年9月15日印发）
_RECORDED = re.compile(r"^[（(]?\s*(?:(?:纪要|会议)?(?:记录|记录人|整理|整理人)|印发|抄送|分送)[：:]|^[（(][^）)]{0,40}印发[）)]$|"
                       r"^[^。；]{0,30}[（(]\s*(?:记录|记录人|整理)[：:][^（）()]{1,10}[）)]$")  # 市司法局立法一处（记录：戚某某）
_SIGNED = re.compile(r"[（(](?:签字|签名|略)[）)]\s*$|签字表|签到表|"
                     # 专家组组长：王某某 — a role and a name, signing the record
                     r"^\s*[\u4e00-\u9fff]{0,8}(?:组长|主任|负责人|记录人|审核人|签发人|成员)(?:[（(](?:签字|签名)[）)])?[：:]\s*[\u4e00-\u9fff·]{2,4}"
                     r"(?:[、，,\s]+[\u4e00-\u9fff·]{2,4})*\s*$")
# What the meeting asks of the drafters as a whole, with no request of its own.
_REVISE_AS_SAID = re.compile(r"[^。]{0,20}(?:建议|请|要求|要)[^。]{0,12}(?:根据|按照|按|结合|吸收|吸纳|梳理吸纳)[^。]{0,20}意见[^。]{0,16}"
                             r"(?:修改完善|修改|完善)[^。]{0,16}。?")


# A panel's conclusion announcing its numbered opinions below (专家组认为，…建议起草组根据以下意见修改完善后按程序报批：).
_COLLECTIVE = re.compile(r"(专家组|评审组|论证组)[^：:]*?(?:以下|如下|下列)(?:几点|几条)?(?:意见|建议)[^。：:]{0,24}[：:]\s*$")
# A numbered label over a part of the record (（五）专家意见, 三、其他单位发言).
_LABEL_HEADING = re.compile(r"[\u4e00-\u9fff]{0,8}(?:意见|发言|建议|意见建议)[。.]?")
def _nothing_asked(t: str, formal: list) -> bool:
    """Whether words said ask for nothing: formal throughout (``formal``, its formal sentences), or
    无意见 or a pledge (下一步我们将…抓好落实) with no request and no fault found beside it."""
    return bool(formal and formal[-1][1] >= len(t.rstrip())) or bool(
        NONE.search(t) and not asks(SOON.sub("", NONE.sub("", t))) and not _FAULT.search(t)) or bool(  # (…希望尽快落地见效)
        PLEDGE.search(t) and not asks(t) and not TROUBLE.search(t) and not _FAULT.search(t))


def _named_next(t: str, nxt: str) -> bool:
    """A line naming a speaker whose name opens the next paragraph (青梧市水利局局长林正 / 林正表示，…)."""
    who = _speaker(t.strip()) if t.strip() and not re.search(r"[，,。；;！？!?：:]", t) else None
    return bool(who and who[0] == "person" and who[1] and nxt.lstrip().startswith(who[1]))


def _post_and_name(t: str) -> bool:
    """A line that is a post and a name and nothing more (快递协会秘书长　杜某), over the words said."""
    if re.search(r"[，,。；;！？!?：:“”《》（）()]", t) or len(t.strip()) > 30:
        return False
    who = _speaker(t.strip())
    return bool(who and who[0] == "person" and who[1] and who[2] and t.strip().endswith(who[1])
                and who[2].endswith(_TITLES) and not _MINUTES_TITLE.search(t.strip()))


# An answer to what another speaker raised (李某反映的三组水压问题，我们已经报上去了 / 刚才说的水价问题，规划里有专门的一节).
_REPLY_TO = re.compile(r"\s*(?:刚才)?[\u4e00-\u9fff]{0,4}(?:反映|提出|提|说|讲|问)的[^。！？!?]{0,30}?(?:问题|情况|事情|事|意见)[，,]\s*"
                       r"(?:我们|镇里|县里|区里|市里|这个)?[^。！？!?]{0,8}?(?:已经|已|会|将|正在|马上|立即|一并|规划里|方案里)")
# Words of those who hold the meeting answering or inviting (您这个意见我们请区里再研究 / 起草时也考虑过，我们会后研究… /
# 今天的意见我们都记下来了 / 大家有什么意见尽管提): no request of the speaker's own.
_INVITING = re.compile(r"大家有什么意见(?:建议)?")
_ANSWERING = re.compile(r"您(?:这个|的)(?:意见|建议|问题)|会后(?:[与和同][^。，,]{1,12})?(?:再)?(?:研究|对接|沟通|核对|考虑)|"
                        r"再(?:研究|对接)|一并考虑|(?:都)?记下来了|(?:会|将)认真研究|尽量吸收|起草时(?:也)?(?:考虑|研究)过|"
                        r"下一步会把|要[跟和与][^。，,]{1,8}研究|我们倾向于|" + _INVITING.pattern + r"|[（(]介绍略[）)]")
# A record's speaker in square brackets on a line of their own (【市人大代表 苏敏】, 【居民代表 周某（某街道居民）】).
_BRACKET_SPEAKER = re.compile(r"[【\[]([^【】\[\]]{2,60})[】\]]")


def _bracket_speaker(t: str, whole: bool):
    """The person a square bracket opening ``t`` names (【市人大代表 苏某】) and where the bracket ends;
    with ``whole``, only when the bracket is all of ``t``."""
    said = (_BRACKET_SPEAKER.fullmatch if whole else _BRACKET_SPEAKER.match)(t)
    who = speaker_line(re.sub(r"\s+", "", said.group(1)) + "：") if said else None
    return (who, said.end()) if who and who[0] == "person" and who[1] else (None, 0)


def _seated(rest: str):
    """Who a seat line names: a name and what they are (包某某，某区居民), or a body, a post and a name."""
    bare = re.sub(r"[（(][^（）()]*[)）]", "", rest).strip()
    parts = [x for x in re.split(r"[，,、\s]+", bare) if x]
    if len(parts) >= 2 and person_name(parts[0]):
        name, detail = parts[0], "".join(parts[1:])
    elif len(parts) == 1 and bare != rest.strip():
        return None  # 张某某（某协会秘书长）: the seat's own reading (what the bracket says) takes it
    elif parts and (who := _speaker("".join(parts))) and who[0] == "person" and who[1]:
        return who
    else:
        return None
    org = org_of(detail)
    return ("person", name, detail, org if org and (org in (PUBLIC, EXPERTS) or is_unit(org)) else PUBLIC)


def speaker_line(t: str, bare: bool = False):
    """``北岭市生态环境局：`` or ``李明（市政协委员）：`` standing alone: the speaker of the lines below.

    With ``bare`` (after a number: ``二、省人力资源社会保障厅``, ``（一）湖南大学建筑学院陈某某教授``),
    a line without a colon is one too when it names a unit or a person with a title and no more.
    """
    m = _COLON.match(t)
    if bare and not m and not re.search(r"[，,。；;！？!?：:“”《》]", re.sub(r"[（(][^（）()]*[)）]", "", t)):
        who = _speaker(t.strip())
        return who if who and who[0] in ("person", "org") and (who[2] or who[3]) else None
    if seat := SEAT_NAMED.fullmatch(t.strip()):
        return _seated(seat.group("rest"))
    if not m or t[m.end():].strip():
        return None
    sp, inner = m.group("sp"), m.group("inner")
    who = _speaker(inner) if inner else None
    named = _speaker(sp)
    if named and named[0] == "person" and who and who[3] and (
            not named[3] or (named[3] == PUBLIC and who[3] != PUBLIC and is_unit(who[3]))):
        # 王某教授（临江大学土木工程学院）： speaks for the body in brackets; 商户代表陈某（某电动车商行负责人） for their business
        return named[:3] + (who[3],)
    return named or who


def parse_minutes(doc: Doc, unit: str | None, skips: list | None = None) -> list[Draft]:
    """Opinions of minutes with their speakers; what is set aside goes to ``skips`` as ``(start, end, reason)``.

    Speakers come from ``X说/表示``, ``姓名（单位职务）：`` records and unit lines (``某局：``) over the
    lines below them; the chair's words, the meeting's own sections (会议要求) and 无意见 are set aside.

    >>> doc = Doc("河西市生态环境局：\\n建议增加监测站；建议补充执法能力建设。\\n河东市生态环境局：\\n无意见。")
    >>> [(d.department, doc.clean[d.start:d.end]) for d in parse_minutes(doc, None)]
    [('河西市生态环境局', '建议增加监测站'), ('河西市生态环境局', '建议补充执法能力建设。')]
    """
    drafts: list[Draft] = []
    skips = [] if skips is None else skips
    known: dict[str, tuple] = {}  # a speaker named once with a title keeps it later ("张伟还说")
    last = [None]  # the latest named speaker, for 他/她 ("她还建议……")
    heading_unit = [None]  # （一）自治区统计局 over its officials' words: the organ of an office named alone
    chairs = _chairs(doc)
    officers = _officers(doc)
    context: dict[str, str] = {}  # a speaker's background sentence, kept with their next request

    came = roster(doc)  # 参会专家：陈×× 南昌大学建筑工程学院教授 … — who speaks for which body
    answering = officials(doc) if public_meeting(doc) else set()  # a township's officials at a village meeting
    holder, cppcc = host(doc), cppcc_level(doc)
    if holder and (title := re.search(r"《([^》]{2,80})》", doc.clean[:1500])) and (place := _PLACE.match(title.group(1))) \
            and (own := _PLACE.match(holder)) and own.group(0) != place.group(0):
        holder = None  # 某市生态环境局 gathering opinions on 《某省…规划》 is consulted: its own office speaks

    def add(s, e, para, meta, who=_NOBODY, split=True, asked=False):
        kind, name, title, org = who
        if name and not org and name in known and known[name][3]:
            kind, title, org = known[name][0], title or known[name][2], known[name][3]  # 【市政协委员 冯某】 then 冯某委员认为
        elif name and (title or org):
            known[name] = who
        elif name in known:
            kind, name, title, org = known[name]
        listed = came.get(name) or by_surname(name, came)  # (程委员 listed as 程某某 among the members)
        if name and listed and (not org or (org == PUBLIC and is_unit(re.sub(r"[（(].*$", "", listed))) or len(org) <= 1
                                or (org != listed and short_for(org, listed))
                                or (org != PUBLIC and not is_unit(org) and is_unit(listed))):  # （水文地质，…）: a field
            # (a member of the public listed with what they do, 某区个体经营户（经营宠物美容店）, stays one)
            org = listed  # 宋某（颐康护理院院长） listed as 黛川市澄溪区颐康护理院院长: the full name
        if not org and name and kind == "person" and heading_unit[0]:
            org = heading_unit[0]  # 副秘书长某某提出：… under （四）某盟行政公署。 run in before it
        if org and heading_unit[0] and _OFFICE_ALONE.fullmatch(org) and org not in heading_unit[0]:
            meta = {**meta, "office": org}  # 综合统计处张立新处长表示 under （一）自治区统计局: the bureau speaks
            org = heading_unit[0]
        kind, name, title, org = member_named(kind, name, title, org, doc.clean[:800])  # 道尔吉委员： named 自治区政协委员道尔吉
        org = org or capacity_named(kind, title, doc.clean[:800])  # 张某代表： where 部分自治区人大代表…参加会议
        if name: last[0] = (kind, name, title, org)  # noqa: E701
        s, e = trim(doc.clean, s, e, lead=" ，,：:")
        body = doc.clean[s:e]
        if name and cppcc and kind == "person" and re.search(re.escape(name) + r"(?:常委|委员)", doc.clean[max(0, s - 40):s]):
            org = f"{cppcc}政协委员"  # 滕某委员（某公司董事长）： at a CPPCC body's meeting speaks as a member
        if name in chairs and PROPOSE.search(body) and (behalf := spoken_for(body, doc)):
            org = behalf  # the chair: 我代表村委会说两点：一是建议…
        elif name in chairs or name in officers:
            skips.append((s, e, "主持人发言" if name in chairs else officers[name]))
            return
        if name in answering and not PROPOSE.search(body):
            skips.append((s, e, "答复"))  # 3组的路乡里已经报到县交通局了: an official at a meeting of the public
            return
        if holder and org and held_by(org, holder):
            skips.append((s, e, "起草方答复"))  # the body holding the meeting answers what it heard
            return
        if _BRIEFING.match(body) and not asks(body):
            skips.append((s, e, "情况介绍"))  # 介绍了草案的起草背景… / 我补充说明一下，…: asks nothing
            return
        formal = formal_sentences(body)
        if (ahead := _POINTS_FOLLOW.search(body)) and not asks(body[:ahead.start()]) and not TROUBLE.search(body):
            skips.append((s, e, "开头语"))  # 街道是…一线。提两条：— the points below are the speaker's
            return
        if _nothing_asked(body, formal):
            skips.append((s, e, "表态"))  # 无意见 / 我同意……没有补充 (after praise in any words)
            return
        if _DRAFTERS_REPLY.match(body) and not PROPOSE.search(body):
            skips.append((s, e, "起草方答复"))  # 规划编制组将认真梳理各位意见…: the drafters answer
            return
        if formal and (listed := inline_parts(body)):
            formal = [f for f in formal if f[1] <= listed[0][1]]  # 我谈三点。第一，我赞成…第二，…: the list stays whole
        if formal and kind != "group":  # "规划总体不错。建议……": the remark is not part of the request
            skips.extend((s + a, s + b, why) for a, b, why in formal)
            s, e = trim(doc.clean, s + formal[-1][1], e, lead=" ，,：:")
        if (tail := s + formal_suffix(doc.clean[s:e])) < e and asks(doc.clean[s:tail]):
            skips.append((tail, e, "结束语"))  # ……建议明确征询的期限。条例的整体框架我是认同的，其他没有意见。
            e = tail
        if lead_in := _LEAD_IN.match(doc.clean, s, e):  # 同时提出：建议… / 提两点意见：
            s = lead_in.end()
        if title and kind == "person":
            meta = {**meta, "speaker_title": title}
        if name in context:
            meta = {**meta, "context": context.pop(name)}
        for part in (split_inline(doc, s, e, para, meta) if split else [Draft(s, e, para, dict(meta))]):
            said = doc.clean[part.start:part.end].strip()
            if part.meta.get("numbering") and (_NO_PROBLEM.search(said) or _nothing_asked(said, formal_sentences(said))):
                skips.append((part.start, part.end, "表态"))  # 第一，我赞成…… / 第三，……设定合理，我没有意见。
                continue
            cuts = [part.start + c for c in request_cuts(doc.clean[part.start:part.end], asked, spoken=True)] if split else []
            for a, b in zip([part.start] + cuts, cuts + [part.end]):
                a, b = trim(doc.clean, a, b, lead=" ，,：:")
                if again := SAID_AGAIN.match(doc.clean, a, b):
                    a = again.end()  # 他还提到，基层…建议…: the request without the words that pass it on
                if a > part.start and (mark := _NEXT_NUMBER.match(doc.clean, a, b)):
                    a = mark.end()  # 1.建议…。2.建议…: the paragraph's own number was its first point's
                d = Draft(a, b, para, dict(part.meta))
                if kind == "person" and name and not org and title and EXPERT_TITLE.fullmatch(title):
                    org = EXPERTS  # 周某研究员：… / 马某研究员指出，… — an expert named without a body
                d.speaker, d.department = name, unit or (org if kind != "group" else title if title and _PANEL.fullmatch(title)
                                                      else EXPERTS if EXPERTS_GROUP.search(title or meta.get("subject") or "")
                                                      else "与会人员")
                d.location = location_of(doc.clean[d.start:d.end])
                drafts.append(d)

    def add_items(s, body, para, meta, sep):
        if inline_parts(body):
            return add(s, s + len(body), para, meta)
        pos = 0
        for piece in re.split(f"({sep})", body):
            if piece.strip() and not re.fullmatch(sep, piece):
                add(s + pos, s + pos + len(piece), para, meta, split=False)
            pos += len(piece)

    current = None  # the speaker of a "北岭市生态环境局：" line, for the lines below it
    aside = None  # the reason the lines of a section are set aside (会议要求 …)
    attending = False  # under 与会人员： with nothing after it: the lines naming who came (省民政厅：聂某、丁某)
    post_below = False  # a speaker's name alone, the post on the line below
    question, spoken, turn = False, set(), None  # the chair has just asked a speaker; who has spoken; the last turn
    collective = None  # the panel whose numbered opinions follow (专家组…根据以下意见修改完善：)
    for k, (ps, pe) in enumerate(doc.paras, start=1):
        t = doc.clean[ps:pe]
        # the chair or a hearing officer asking (听证人（梁某）：…能否…？): the answer asks nothing new unless it asks
        asked_now = bool(re.match(r"\s*(?:听证)?(?:主持人|听证人)(?:[（(][^（）()]{2,12}[)）])?\s*[：:]", t)) \
            and t.rstrip().endswith(("？", "?"))
        question, was_asked = asked_now, question
        if attending and "。" not in t and not PROPOSE.search(t) and not MARK.match(t) \
                and not BRACKET_HEADING.fullmatch(t.strip()) and not t.rstrip().endswith(("：", ":")):
            skips.append((ps, pe, "会议信息"))
            continue
        attending = False
        if k == 1 and (_MINUTES_TITLE.search(t) or TITLE.search(t)) and not re.search(r"[。；]", t):
            skips.append((ps, pe, "标题"))
            continue
        if DATE.match(t.replace(" ", "")) or _MEETING_FIELD.match(t):
            skips.append((ps, pe, "日期" if DATE.match(t.replace(" ", "")) else "会议信息"))
            field = _MEETING_FIELD.match(t)
            attending = bool(field) and not t[field.end():].strip()
            continue
        if signature_last(doc, k, t):
            current = None
            skips.append((ps, pe, "落款"))  # the body issuing the minutes, above the date at the end
            continue
        if LIST_APPENDED.match(t):
            current, aside = None, "会议信息"  # 附件：参会人员名单 — who came, listed below
            skips.append((ps, pe, "会议信息"))
            continue
        if who := _bracket_speaker(t.strip(), whole=True)[0]:
            current, aside, known[who[1]] = who, None, who  # 【市人大代表 苏敏】 over the words below
            skips.append((ps, pe, "发言人"))
            continue
        if bracket := BRACKET_HEADING.fullmatch(t.strip()):
            current, aside = None, bracketed_part(bracket.group("h"))  # 【起草组回应】: what follows is aside
            skips.append((ps, pe, "小标题"))
            continue
        numbered = NUMBERING.match(t) or _SEAT.match(t) or MARK.match(t)  # 1号听证参加人　索朗卓玛（消费者代表，…）
        lead = numbered.end() if numbered else 0
        if numbered and (run_in := RUN_IN_UNIT.match(t, lead)) and is_unit(run_in.group("u")):
            heading_unit[0] = run_in.group("u")  # （三）某厅。某处副处长某某建议，…: the unit, run in
        nxt = doc.clean[slice(*doc.paras[k])] if k < len(doc.paras) else ""
        if numbered and collective and not _SECTION.match(t):  # 1. 进一步凝练… under 专家组…根据以下意见修改完善：
            add(ps + lead, pe, k, {"numbering": numbered.group(0).strip()}, ("group", None, collective, None))
            continue
        collective = (m.group(1) if (m := _COLLECTIVE.search(t)) else None)
        if post_below:  # （嘉南大学法学院教授） under the name: read with it
            post_below = False
            skips.append((ps, pe, "发言人"))
            continue
        if person_name(t) and _POST_ALONE.fullmatch(nxt.strip()) and (who := speaker_line(t.strip() + nxt.strip() + "：")):
            current, known[who[1]], post_below = who, who, True  # 陈明远 / （嘉南大学法学院教授） / the words below
            skips.append((ps, pe, "发言人"))
            continue
        # (陈述人一：包某，某区居民 read whole: the seat's number is part of the line speaker_line reads)
        if (SEAT_NAMED.fullmatch(t.strip()) and (who := speaker_line(t))) \
                or (who := speaker_line(t[lead:], bare=bool(numbered) or _named_next(t, nxt) or _post_and_name(t))):
            current = who  # 省财政厅社会保障处： / 一、省财政厅社会保障处： / （一）湖南大学…陈某某教授 / 陈述人一：包某，某区居民
            heading_unit[0] = who[3] if who[0] == "org" else None
            spoken.add(who[1])
            aside = None if numbered else aside  # (二、与会单位和专家意见 ends the part set aside above it)
            if who[0] == "person" and who[1]:
                known[who[1]] = who  # 青梧市水利局局长林正 over 林正表示，……
            skips.append((ps, pe, "发言人"))
            continue
        group = _GROUP_HEADING.fullmatch(t[lead:].strip()) if numbered else None
        if group and (who := (("group", None, group.group("sp"), None) if _PANEL.fullmatch(group.group("sp"))
                              else _speaker(group.group("sp")))) and who[0] == "group":
            current, aside = who, None  # 一、与会专家提出 / 一、专家组意见: the points below are theirs
            skips.append((ps, pe, "发言人"))
            continue
        if numbered and _SECTION.match(t) and not PROPOSE.search(t):
            heading_unit[0] = None
            skips.append((ps, pe, "会议议程"))
            # 三、编制组答复 / 一、参会人员 / 四、会议要求: parts where nobody gives an opinion
            current, aside = None, (bracketed_part(t[numbered.end():]) or ("会议要求" if SECTION_ASIDE.search(t) else None))
            continue
        if aside:
            skips.append((ps, pe, aside))
            continue
        if (current is None or not numbered) and (who := alone_speaker(t[lead:])):
            current, aside = who, None  # 某某教授（某大学林学院）: the speech is below
            spoken.add(who[1])
            skips.append((ps, pe, "发言人"))
            continue
        recorded = _RECORDED.match(t)
        if _OFFICIALS_REPLY.match(t[lead:]):
            current = None  # 听证人冯某就陈述人提出的问题作了回应：… — the drafters answer
            skips.append((ps, pe, "起草方答复"))
            continue
        if recorded or _CLOSING_REMARKS.match(t[lead:]):
            current = None
            own = None if recorded else _HOST_ASKS.search(t)
            if own and (issuer := unit or holder or issuer_line(doc)):
                # …同时街道也有一个想法：建议市住建局在方案中增加…: the host's own request, amid its summary
                skips.append((ps, ps + own.start(), "会议总结"))
                add(ps + own.start(), pe, k, {}, ("org", None, None, issuer))
                continue
            skips.append((ps, pe, "记录" if recorded else "会议总结"))
            continue
        if _SIGNED.search(t) or _REVISE_AS_SAID.fullmatch(t.strip()):
            skips.append((ps, pe, "签字" if _SIGNED.search(t) else "会议结论"))
            continue
        if attendance_line(t[lead:]):
            skips.append((ps, pe, "会议信息"))  # 蕖阳市快递行业协会：杜鹏 — who came, not what was said
            continue
        # 问（唐某）：… / 答（罗某）：… — a question and its answer; 1号陈述人（郑某）：… — the name after a seat
        if qa := QA_SEAT.match(t[lead:]) or (lead and not NUMBERING.match(t) and NAME_AFTER_SEAT.match(t[lead:])):
            who, start = _speaker(qa.group("who")), qa.end()
            who = who if who and who[0] == "person" else None
        elif (said := _bracket_speaker(t[lead:], whole=False))[0] and t[lead + said[1]:].strip():
            who, start = said  # 【居民代表 周某（某街道居民）】我们小区… (the bracket's line joined to the words)
        else:
            who, start = colon_speaker(t[lead:])
        answer = t[lead + start:]  # (…所以也希望条例把报告程序写清楚: a request about the draft in the answer)
        if who and was_asked and who[1] and who[1] in spoken and not re.search(r"建议|请求|恳请", answer) \
                and not (asks(answer) and re.search(r"条例|规划|办法|草案|方案|第[一二三四五六七八九十百\d]+条", answer)):
            skips.append((ps, pe, "答问"))  # 主持人：……有没有具体标准？ / 方某：没有具体想法，…: an answer, no new request
            continue
        if who and (_REPLY_TO.match(answer) or (_ANSWERING.search(answer) and who[3] != PUBLIC)
                    or _REPLY_LABEL.search(t[lead:lead + start])) \
                and not re.search(r"建议|希望|恳请|呼吁", _INVITING.sub("", answer)):
            skips.append((ps, pe, "答复"))  # 李某反映的三组水压问题，我们已经报上去了…: an official answering
            continue
        if _DRAFTERS_SEAT.match(t[lead:]):
            current = None  # 起草组（黎某）：关于补偿决定，… / > 编制组：压采目标已…: the drafters answer
            skips.append((ps, pe, "起草方答复"))
            continue
        if who:  # 二、自治区林业局生态保护修复处黄副处长：…  — a new speaker ends the one above
            current = None
            spoken.add(who[1])
            if _POINTS_FOLLOW.search(t[lead + start:]):
                current = who  # 杜某：我从立法技术角度谈几点。 / 第一，… — the points below are the speaker's
            if _NOTHING_MORE.fullmatch(t[lead + start:]):  # 陈述人2：林某某：没有了。
                skips.append((ps, pe, "表态"))
                continue
            add(ps + lead + start, pe, k, {}, who)
            turn = (k, who)
            continue
        if current is None and turn and turn[0] == k - 1 and OWN_OPENER.match(t.lstrip()) and asks(t):
            turn = (k, turn[1])  # 同时，…建议… in a paragraph of its own under a speaker's turn: theirs
            add(ps, pe, k, {}, turn[1])
            continue
        said = _INDIRECT.match(t[lead:] if numbered and MARK.match(t) else t)  # (▲姚某表示，…: after the mark)
        if current is not None and said and "是" not in said.group("sp") and (sp := _speaker(said.group("sp"))) not in (None, current) \
                and not (sp[1] and sp[1] == current[1]) \
                and not _PRONOUN_ORG.search(said.group("sp")):
            current = None  # 衡阳市住房和城乡建设局表示，…: a speaker of its own after a speaker's lines (该局…: the same;
            # …停车难是社区群众反映最集中的问题: what the speaker says people report, no speaker)
        if numbered and _LABEL_HEADING.fullmatch(t[numbered.end():].strip()):
            current = None  # （五）专家意见: a heading over the speakers below, no request
            skips.append((ps, pe, "小标题"))
            continue
        if current is not None:
            # (the paragraph's own number kept when it opens a list the paragraph goes on with: （1）…（2）…（3）…)
            s = ps + (numbered.end() if numbered and not inline_parts(t[:numbered.end() + 2]) and not opens_list(t) else 0)
            add(s, pe, k, {"numbering": numbered.group(0).strip()} if s > ps else {}, current)
            continue
        # 三、省住房和城乡建设厅认为，…: the number is not part of the speaker
        _paragraph(doc, t[lead:], ps + lead, pe, k, add, add_items, last, context, skips)
        if _LEADS_POINTS.search(t) and (who := _reporter(t[lead:])):  # 韩某副院长认为，…。她提出：↵（1）…↵（2）… — the points below are hers
            current, drafts[:] = who, [d for d in drafts if not (d.start >= ps and _LEADS_POINTS.fullmatch(doc.clean[d.start:d.end].strip()))]
    drafts.sort(key=lambda d: d.start)
    full_names(doc, drafts)
    return drafts


# Reported speech that ends announcing the points below it (她提出： / 他建议如下：).
_LEADS_POINTS = re.compile(r"(?:提出|建议|认为|指出|表示|强调)(?:了)?(?:如下|以下)?(?:[一两二三四五几\d]+点(?:意见|建议|看法))?[：:]\s*$|"
                           r"建议(?:进一步)?(?:修改|完善|补充|充实|优化)+(?:完善)?(?:以下(?:内容|方面))?[：:]\s*$")  # (…同意通过论证。建议进一步修改完善：)


def _reporter(t: str):
    """The person or body a paragraph of reported speech is about (韩某副院长认为，…。她提出：)."""
    for m in _INDIRECT.finditer(t):  # (专家组认为，…: the panel)
        who = _speaker(m.group("sp")) or (("group", None, m.group("sp"), None) if EXPERTS_GROUP.search(m.group("sp")) else None)
        if who and who[0] in ("person", "org", "group") and (who[1] or who[3] or who[0] == "group"):  # (专家组认为，…)
            return who
    return None


# A speaker's words that only report what was presented (介绍了…起草背景, 汇报了编制情况, 通报了…).
# (她从人口结构变化的角度分析了…需求。她认为，…将持续增长。: an analysis told, no request)
_BRIEFING = re.compile(r"^(?:[他她]|我)?(?:从[^。，,]{1,20}(?:角度|方面|层面))?(?:主要|简要|重点|详细)?(?:介绍|汇报|通报|说明|报告|分析)了|"
                       r"^(?:我|我们)?(?:再)?(?:补充)?(?:说明|介绍|解释)(?:一下)?[，,：:]")  # 我补充说明一下，…: an explanation
_SEAT = re.compile(r"\s*" + SEAT + r"(?=\S)")
def _sentence_end(t: str, s: int) -> int:
    full = t.find("。", s)
    return full + 1 if full >= 0 else len(t)


def _paragraph(doc, t, ps, pe, k, add, add_items, last, context, skips) -> None:
    """Quoted, summarised, reported and unattributed speech in one paragraph of narrative minutes."""
    all_quotes = [(m.start(), m.end()) for m in re.finditer(r"“[^“”]*”", t)]
    quotes = [(a, b) for a, b in all_quotes if b - a >= 10 and re.search(r"[，。！？,!?；]", t[a:b])]
    claimed: list[tuple[int, int]] = []

    def free(a, b):
        return all(b <= x or a >= y for x, y in claimed) and not any(x <= a < y for x, y in all_quotes)

    who, start = colon_speaker(t)
    if who:  # a record of who said what: the whole paragraph is that speaker's
        add(ps + start, pe, k, {}, who)
        return

    # quoted speech: XXX说：“……” / “……”XXX说 / an unattributed “要……” proposal
    for a, b in quotes:
        inner = t[a + 1:b - 1]
        before = _BEFORE.search(t[:a])
        who = _speaker(before.group("sp"), lambda: _mentioned(t[:a]) or last[0]) if before else None
        if who is None:
            after = _AFTER.match(t[b:])
            who = _speaker(after.group("sp")) if after else None
            # “规划实施离不开群众参与。”XX表示，建议……: the proposal after the attribution carries it
            rest = t[b + after.end():] if who else ""
            if rest[:1] in "，,：:" and PROPOSE.search(rest.split("“")[0]) and len(inner) < 25 and not (
                    PROPOSE.search(inner) or PROBLEM.search(inner)):
                continue
        if who is None and ((a > 0 and t[a - 1] not in "。！？!?”：:，,；; ") or not PROPOSE.search(inner)):
            continue
        add(ps + a + 1, ps + b - 1, k, {} if who else {"unattributed": True}, who or _NOBODY)
        claimed.append((a, b))
    # summaries: 委员们从……；……等方面提了意见建议
    for m in _SUMMARY.finditer(t):
        if free(m.start("body"), m.end("body")):
            bs, body = m.start("body"), m.group("body")
            obj = re.match(r"《[^》]*》的?", body)
            if obj:
                bs, body = bs + obj.end(), body[obj.end():]
            sep = r"[；;]" if re.search(r"[；;]", body) else r"[、，,]|以及|和|及"
            add_items(ps + bs, body, k, {"summary": True, "subject": m.group("sp")}, sep)
            claimed.append((m.start(), m.end()))
    # reported speech: XXX说，……  /  与会人员提出……；……等问题
    # commas inside a speaker's brackets (刘某委员（市政协委员，某律师事务所主任）认为，) do not end the phrase
    masked = re.sub(r"[（(][^（）()。]{2,30}[)）]", lambda b: re.sub("[，,]", "、", b.group(0)), t)
    cands: list = []
    for m in _INDIRECT.finditer(masked):
        # 他/她: the person introduced latest before it, in this paragraph first ("X说，……。她还提出，")
        near = next(((c.end(), w) for c, w in reversed(cands) if w[0] == "person" and w[1]), (0, None))
        if (free(m.start(), m.end())
                and (m.group("p") or m.group("v") in ("建议", "呼吁", "提出")
                     or (m.group("v") == "发言" and masked[m.end():m.end() + 1] == "。"))  # X代表Y发言。建议…
                and (w := _speaker(m.group("sp"), lambda m=m, n=near: _mentioned(t[n[0]:m.start()]) or n[1] or last[0]))
                and (m.group("p") or w[0] != "group" or m.group("v") in ("建议", "呼吁")  # 大家一致建议增加…
                     or _LIST_END.search(t, m.end(), _sentence_end(t, m.end())))):
            cands.append((m, w))
    # 保护区管理局局长某某介绍了…的情况，提出两点意见：一是…: the speaker named before what they told, the verb of
    # the proposal after a comma with no subject of its own
    for m in TOLD_THEN_SAYS.finditer(masked):
        if free(m.start(), m.end()) and not any(c.start() <= m.start("v") < c.end() for c, _ in cands) \
                and (w := _speaker(m.group("sp"))) and w[0] in ("person", "org") and (w[1] or w[3]):
            cands.append((m, w))
    cands.sort(key=lambda c: c[0].start())
    carry = None  # where a speaker's remark opens that runs on into their proposal in one sentence
    for j, (m, who) in enumerate(cands):
        kind, verb, s = who[0], m.group("v"), m.end()
        if verb == "发言" and t[s:s + 1] == "。":
            s += 1  # the words spoken follow in the next sentences
        stop = min([c.start() for c, _ in cands[j + 1:]] + [x for x, _ in claimed if x >= s] + [len(t)])
        if kind == "group":
            full = t.find("。", s)
            stop = min(stop, full + 1 if full >= 0 else len(t))
            listed = _LIST_END.search(t, s, stop)
            if listed:
                stop = listed.start()
            elif not (verb in ("提出", "建议", "反映") or PROPOSE.search(t[s:stop]) or PROBLEM.search(t[s:stop])):
                continue
        body = t[s:stop].strip(" ，,：:")
        # after a quote ("……”桂宁说，……"), from an organisation, or a promise: only proposals count
        weak = (m.start() > 0 and t[m.start() - 1] == "”") or kind == "org" or _RESPONSE.match(body)
        nxt = cands[j + 1][1] if j + 1 < len(cands) else None
        proposes_next = bool(nxt) and cands[j + 1][0].group("v") in ("建议", "呼吁")
        if kind == "person" and nxt and nxt[1] == who[1] and stop == cands[j + 1][0].start() and not (
                asks(body) or (PROBLEM.search(body) and not proposes_next) or verb in ("建议", "呼吁")):
            if proposes_next and (PROBLEM.search(body) or location_of(body) or not re.search(r"[。！？!?；;]\s*$", t[s:stop])):
                # X认为，……不够明确，她建议……: one sentence, one request; X认为，……是短板。他建议……:
                # the fault found is what the proposal answers; 表1中…目标偏保守。她建议…: so is a remark on a part
                carry = s
            else:
                context[who[1]] = body  # 她说，……(background)。她建议：…… — the background is context
                skips.append((ps + s, ps + stop, "背景介绍"))
        elif body.strip("。") and not (weak and verb not in ("建议", "呼吁") and not PROPOSE.search(body)):
            if kind == "group":
                add_items(ps + s, t[s:stop], k, {"subject": who[2]}, r"[；;]")
            else:
                add(ps + (s if carry is None else carry), ps + stop, k, {}, who,
                    asked=verb in ("建议", "呼吁") or (verb == "提出" and m.group("p") in ("：", ":")) or carry is not None)
            carry = None
        claimed.append((m.start(), stop))
    # unattributed proposals in the narrative: 建议……
    for m in re.finditer(r"(?:^|(?<=[。！？!?]))(?:建议|希望|呼吁)", t):
        if free(m.start(), m.end()):
            stop = min([x for x, _ in claimed if x > m.start()] + [len(t)])
            if _REVISE_AS_SAID.fullmatch(t[m.start():stop].strip()):
                skips.append((ps + m.start(), ps + stop, "会议结论"))  # 建议编制单位根据专家意见修改完善
                claimed.append((m.start(), stop))
                continue
            add(ps + m.start(), ps + stop, k, {"unattributed": True})
            claimed.append((m.start(), stop))
