"""A point written as a form's fields, one per item (原文：… / 修改意见：… / 理由：…), made one opinion.

>>> _FIELD_ROLE["理由"]
'reason'
"""

from __future__ import annotations

import re

from consultagg.extract._base import Doc, Draft
from consultagg.extract.units import deputy, is_unit, unit_of_field

__all__ = ["BARE_LABEL", "HANDLING", "REASONS", "SIGNED_OFF", "TITLE_ALONE", "TOPIC_ALONE", "field_points", "point_field", "quoted_original", "routing_lines", "routing_sheet"]


# Where a quote stands, after its label: a page or place in brackets (（第19页）) or a part of the draft (第五章第四节).
_BRACKETED_PLACE = r"[（(][^（）()：:]{1,16}[)）]"
_PART_NAMED = r"第[一二三四五六七八九十百\d]+[章节条款项页](?:第[一二三四五六七八九十百\d]+[节条款项])*"
# A point written as a form's fields, one per item (- 原文：… / - 修改意见：… / - 理由：…).
# (【原文】… / 【修改意见】…: the label in brackets, with or without a colon)
_FIELD_LABEL = re.compile(r"\s*(?P<open>[【〔\[])?(?P<label>位置|所在位置|章节(?:条款)?|页码|出处|原文(?:表述|内容)?|原条文|原表述|现表述|条文原文|修改意见|修改建议|建议修改为|具体意见|意见(?:和?建议)?|"
                          r"对策建议|修改为|建议(?:增加|删除|补充|增补|调整为|表述为|改为|措施)?|"
                          r"修改理由|理由|依据|修改依据|理由及依据|说明|问题[一二三四五六七八九十\d]{0,3}|存在(?:的)?问题)"
                          # (原文（第19页）：“…”: where the quote is, in brackets after the label)
                          rf"(?P<where>{_BRACKETED_PLACE}|{_PART_NAMED})?"
                          r"(?(open)[】〕\]]\s*[：:]?|\s*[：:])\s*")
# The fields that stand on a line of their own, never joined to the line above as a wrap.
_LINE_FIELD = re.compile(r"(?:原文(?:表述|内容)?|原条文|原表述|现表述|建议(?:修改为|增加|删除|补充|调整为|表述为|改为)|修改为|"
                         rf"修改(?:意见|建议|理由)|理由|依据)(?:{_BRACKETED_PLACE}|{_PART_NAMED})?\s*[：:]")


def point_field(t: str) -> bool:
    """Whether a line is one of a point's fields with its content (原文：无 / 建议增加：… / 理由：…);
    a bare label (…现提出以下↵修改意见:) is a wrapped line's end.

    >>> point_field("原文：无"), point_field("修改意见:")
    (True, False)
    """
    return bool((m := _LINE_FIELD.match(t or "")) and t[m.end():].strip())


# A point's opinion field that agrees (意见：同意，无修改意见。).
_AGREED_FIELD = re.compile(r"(?:意见|修改意见|修改建议|建议)\s*[：:]\s*(?:同意|原则同意|无修改意见|无意见|维持原文|不作修改|无[。.]?\s*$)")
# What still asks in an opinion field that opens by agreeing (同意。另建议…): then it is no mere agreement.
_STILL_ASKS = re.compile(r"建议|请(?!予)|应当|应该|希望|[，。；]应|须")
_FIELD_ROLE = {"原文": "original", "原文表述": "original", "原文内容": "original", "原条文": "original", "原表述": "original",
               "现表述": "original", "条文原文": "original", "修改理由": "reason", "理由": "reason", "依据": "reason",
               "修改依据": "reason", "理由及依据": "reason", "说明": "reason",
               "位置": "location", "所在位置": "location", "章节": "location", "章节条款": "location", "页码": "location",
               "出处": "location"}


# A note that says how the points below are laid out (以下按…逐条列出 / 下列各条).
_LAID_OUT = re.compile(r"(?:以下|下列|下面)[^。]{0,40}?(?:逐条|逐项|分条|列出|列示|列明|排列|填写)|逐条列出|逐项列出")


def _label(doc: Doc, d: Draft):
    """The field label opening a draft's line: at its start, or just before it on its line when the
    reader took the label for the point's marker (意见：“重点区域”范围不明确，建议…)."""
    m = _FIELD_LABEL.match(doc.clean, d.start, d.end)
    if m is None and (line := doc.clean.rfind("\n", 0, d.start) + 1) < d.start \
            and (before := _FIELD_LABEL.match(doc.clean, line, d.end)) and before.end() == d.start:
        return before
    return m


def field_points(doc: Doc, drafts: list[Draft], skips: list) -> list[Draft]:
    """Items that are the fields of one point (原文：… / 修改意见：… / 理由：…) made one opinion: the
    修改意见 item, with the quoted wording and the reason as its ``original_text`` and ``reason``."""
    out: list[Draft] = []
    k = 0
    while k < len(drafts):
        run = []
        while k + len(run) < len(drafts):
            d = drafts[k + len(run)]
            m = _label(doc, d)
            if not m or (run and d.meta.get("heading") != run[0][0].meta.get("heading")):
                break
            role = "problem" if "问题" in m.group("label") else _FIELD_ROLE.get(m.group("label"), "opinion")
            if any(r == role for _, _, r in run):
                break  # the next point's 原文 after this one's 理由
            if m.group("label") == "说明" and not run:
                break  # 说明：以下摘录原文，我局意见附于其后: a note on the blocks below, no point's reason
            run.append((d, m, role))
        if not run and _LAID_OUT.search(doc.clean, drafts[k].start, drafts[k].end) and k + 1 < len(drafts) \
                and (m := _FIELD_LABEL.match(doc.clean, drafts[k].start, drafts[k].end)) and m.group("label") == "说明" \
                and _FIELD_LABEL.match(doc.clean, drafts[k + 1].start, drafts[k + 1].end):
            # 说明：…以下按“位置—原文—修改建议—理由”逐条列出，【】内为建议修改的文字: how the points below are laid out
            skips.append((drafts[k].start, drafts[k].end, "填表说明"))
            k += 1
            continue
        roles = [r for _, _, r in run]
        # 原文：… / 意见：同意原文表述。我市已于2020年启动…: the opinion field agrees and asks for nothing
        agreed = [d for d, m, r in run if r == "opinion" and _AGREED_FIELD.match(doc.clean, m.start())
                  and not _STILL_ASKS.search(doc.clean, m.end(), d.end)]
        if ("opinion" not in roles or agreed) and "original" in roles and len(run) >= 2 and (agreed or _AGREED_FIELD.search(
                doc.clean, run[0][0].end, run[-1][0].start)):
            # 原文：… / 意见：同意，无修改意见。 / 说明：…: the point agrees; its quote and its note ask nothing
            skips.extend((d.start, d.end, {"original": "原文", "opinion": "表态", "location": "位置"}.get(role, "理由"))
                         for d, _, role in run)
            k += len(run)
            continue
        if roles.count("opinion") == 1 and len(run) >= 2:
            main = next((d, m) for d, m, r in run if r == "opinion")
            # 问题一：… over 建议：…: the problem the request answers opens the opinion
            problem = next((m for _, m, r in run if r == "problem"), None)
            d = Draft(problem.end() if problem else main[1].end(), main[0].end, main[0].para, dict(main[0].meta),
                      main[0].speaker, main[0].department, main[0].location)
            d.meta.pop("background", None)  # (修改建议：核实数据，…应为26…: the label says it is the point)
            for other, m, role in run:
                if m.group("where") and not d.location:  # 原文（第19页）：…: the point's place in the draft
                    d.location = m.group("where").strip("（()） ") or None
                if role == "location":  # 位置：第二章第一节，P6第3段: where in the draft the point is
                    d.location = d.location or doc.clean[m.end():other.end].strip() or None
                    skips.append((other.start, other.end, "位置"))
                elif role not in ("opinion", "problem"):
                    d.meta["reason" if role == "reason" else "original_text"] = doc.clean[m.end():other.end].strip()
                    skips.append((other.start, other.end, "理由" if role == "reason" else "原文"))
            out.append(d)
            k += len(run)
        else:
            out.append(drafts[k])
            k += 1
    return out


#: Why a paragraph of each part of a letter is not an opinion, as the office reads it.
REASONS = {"header": "标题", "letterhead": "版头", "docno": "发文字号", "salutation": "称谓", "signature": "落款",
           "date": "日期", "contact": "联系方式", "closing": "结束语", "field": "表头信息", "attachment": "附件说明",
           "table": "意见表", "rule": "分隔线", "note": "填表说明", "byline": "署名", "imprint": "版记",
           "routing": "发文稿纸", "handling": "办理记录"}
# The sheet a unit's letter is routed on before it is sent (某大学发文稿纸 / 发文处理笺), and its fields;
# the office's record of a call (电话记录), whose 来电单位 is the unit, read by the caller; and a unit's slip
# for a letter that came in (部门意见反馈单 / 收文处理单), whose 来文单位 asked for the opinions.
_ROUTING_SHEET = re.compile(r"[\u4e00-\u9fff（）()]{0,30}(?:发文稿纸|发文处理[单笺]|发文审批[单表笺]|发文单|签发单|发文笺|"
                            r"(?:电话|来电)(?:记录|登记)(?:单|表|簿)?|(?:部门)?意见反馈单|(?:收文|办文)(?:处理|办理)?[单笺]|阅办单)")
_ROUTING_FIELD = re.compile(r"\s*(?:签[\s\u3000]*发|会[\s\u3000]*签|核[\s\u3000]*稿|拟稿单位|拟[\s\u3000]*稿人?|文[\s\u3000]*号|缓[\s\u3000]*急|"
                            r"密[\s\u3000]*级|主[\s\u3000]*送|抄[\s\u3000]*送|标[\s\u3000]*题|附[\s\u3000]*件|印[\s\u3000]*数|校[\s\u3000]*对|"
                            r"打[\s\u3000]*印|公开属性|公开方式|来[\s\u3000]*电[\s\u3000]*(?:人|单位|时间|电话|号码)|接[\s\u3000]*听[\s\u3000]*(?:人|时间)|"
                            r"记[\s\u3000]*录[\s\u3000]*(?:人|内容)|来电内容|通话内容|事[\s\u3000]*由|通话时间|编[\s\u3000]*号|"
                            r"来文(?:单位|编号|文号|标题)|收文(?:日期|时间|编号)|反馈时限|承办(?:科室|处室|人)|拟办意见)[\s\u3000]*[：:]")
_RULE_LINE = re.compile(r"[━─—\-_=]{6,}")
# A leader's word on the slip or the office's proposal for handling, wherever it stands (委领导签批：同意，请按时反馈。
# 某某　3月21日 / 拟办意见：↵1.…).
SIGNED_OFF = re.compile(r"\s*(?:[委局厅办院部处科]?领导(?:签批|批示|审批|审签|阅示)|签批意见|批示意见|拟办意见|阅处意见|办理意见)\s*[：:]")
# The office's own handling written under what came in, at the end (处理意见：请起草组研究吸纳… / 邵　9月20日 /
# （某某已答复来电人：…）).
HANDLING = re.compile(SIGNED_OFF.pattern + r"|\s*处理意见\s*[：:]|\s*[\u4e00-\u9fff]{1,3}[ \t\u3000]+\d{1,2}月\d{1,2}日\s*$|"
                      r"\s*[（(][^（）()]{0,20}(?:已答复|已回复|已告知|答复来电人)[^（）()]*[）)]\s*$")


def routing_sheet(line: str) -> bool:
    """Whether a line names a routing sheet, a call's record or a slip for a letter that came in (来 电 记 录)."""
    return bool(_ROUTING_SHEET.fullmatch(re.sub(r"[\s\u3000]+", "", line)))


def _caller(line: str) -> str | None:
    """A deputy or a member calling in person (来电人：邴某（省人大代表，某公司董事长）): the capacity and the name."""
    m = re.match(r"\s*来[\s\u3000]*电[\s\u3000]*人\s*[：:]\s*(?P<n>[\u4e00-\u9fff·]{2,4})[（(](?P<b>[^）)，,、]+)", line)
    return (cap + m.group("n")) if m and (cap := deputy(m.group("b"))) else None


def routing_lines(texts: list[str], kinds: list[str], found: dict[str, str]) -> int:
    """How many lines at the top are a 发文稿纸 (its name, rules and fields 签发、会签、拟稿单位、文号、主送、标题…),
    marked ``routing`` in ``kinds``; a call's 来电单位 is marked ``field`` and put in ``found`` as 填报单位, a
    unit's name over its slip ``letterhead`` (版头).

    >>> routing_lines(["某大学发文稿纸", "签　　发：某某", "文　　号：某函〔2021〕5号", "关于…的意见"], ["body"] * 4, {})
    3
    """
    start = 1 if len(texts) > 1 and is_unit(texts[0].strip()) else 0  # (某市发展和改革委员会 ↵ 部门意见反馈单)
    if not texts or kinds[start] != "body" or not _ROUTING_SHEET.fullmatch(re.sub(r"[\s\u3000]+", "", texts[start])):
        return 0
    if start:
        kinds[0] = "letterhead"
        found.setdefault("版头", texts[0].strip())
    k = start + 1
    while k < len(texts) and kinds[k] == "body" and (_RULE_LINE.fullmatch(texts[k].strip()) or _ROUTING_FIELD.match(texts[k])):
        k += 1
    for j in range(start, k):
        kinds[j] = "routing"
        at = re.search(r"来[\s\u3000]*电[\s\u3000]*(?:单位|人)[\s\u3000]*[：:]", texts[j])  # (its field lines may be joined in cleaning)
        if at and (u := unit_of_field(texts[j][at.start():]) or _caller(texts[j][at.start():])):  # 来电单位：… on a call's record: who called
            kinds[j] = "field"
            found.setdefault("填报单位", u)
    return k


# Inside one point: a heading that only says where (第二章第三节（第18页）), the draft's words quoted under
# 原文：, then the request unlabelled on the lines below.
_PLACE_ONLY = re.compile(r"\s*(?:第[一二三四五六七八九十百\d]{1,3}[章节条篇部分]|表\s*\d|附[件表]|专栏)[^。，,；;：:\n]{0,30}\s*(?:\n|$)")
_ORIGINAL_LINE = re.compile(rf"[ \t\u3000]*原文(?:表述|内容)?(?P<where>{_PART_NAMED})?\s*[：:][^\n]*(?:\n|$)")
# The label over the request under it (意见：建议删除… / 修改意见：…).
_OPINION_LABEL = re.compile(r"[ \t\u3000]*(?:修改|具体)?(?:意见|建议)\s*[：:]\s*")


def quoted_original(doc: Doc, drafts: list[Draft], skips: list) -> list[Draft]:
    """A point of a place heading, a 原文： line and the request below them: the request alone, the place its
    location and the quoted words its ``original_text`` (both listed as set aside)."""
    out = []
    for d in drafts:
        out.append(d)
        t = doc.clean[d.start:d.end]
        at, place = 0, _PLACE_ONLY.match(t)
        if place:
            at = place.end()
        quoted = _ORIGINAL_LINE.match(t, at)
        if quoted and not t[quoted.end():].strip() and not at:
            skips.append((d.start, d.end, "原文"))  # 原文第五章第四节：“…”。 over 意见：无。 set aside: the draft's words alone
            out.pop()
            continue
        if not quoted or not t[quoted.end():].strip():
            continue
        if place:
            d.location = d.location or t[:place.end()].strip()
            skips.append((d.start, d.start + place.end(), "原文位置"))
        elif quoted.group("where"):  # 原文第五章第四节：“…”: where the quote is
            d.location = d.location or quoted.group("where")
        d.meta["original_text"] = re.sub(r"^\s*原文[^：:]{0,24}[：:]", "", t[quoted.start():quoted.end()]).strip()
        skips.append((d.start + quoted.start(), d.start + quoted.end(), "原文"))
        d.start += quoted.end()
        label = _OPINION_LABEL.match(doc.clean, d.start, d.end)
        if label and _AGREED_FIELD.match(doc.clean, d.start, d.end) and not _STILL_ASKS.search(doc.clean, label.end(), d.end):
            skips.append((d.start, d.end, "表态"))  # 意见：无。 / 意见：同意。: the point agrees with the quote
            out.pop()
        elif label:
            d.start = label.end()  # 意见：建议删除…: the request without its label
    return out


BARE_LABEL = re.compile(r"[\u4e00-\u9fff]{1,8}\s*[：:]|(?:其他|其它|总体|具体|补充)(?:意见|建议|方面|事项|问题)?[。.]?|"
                         r"(?:(?:意见|建议)[\d一二三四五六七八九十]{1,3}\s*)+")  # 意见1 / 意见2 over a form's tables


# A point's topic alone (关于农村生活污水治理。 / 关于第一章“发展基础与形势”：), what it said (此部分无意见) set aside.
TOPIC_ALONE = re.compile(r"\s*关于(?:[^。，,；;！？!?：:“”《》]|“[^“”。，,；;]{1,24}”){2,40}[。.：:]?\s*")
# A letter's title standing alone wherever it stands (关于《某办法（征求意见稿）》的反馈意见), or the draft's (某规划 / （征求意见稿）).
TITLE_ALONE = re.compile(r"\s*(?:[^，,。；;：:《》\s]{2,30}?)?(?:关于|对)《[^》]{2,60}》(?:[（(][^）)]{0,20}[）)])?"
                          r"的?(?:反馈|修改|补充|书面|审查|审核)?(?:意见|建议|意见建议|复函|函|回复)\s*|\s*[（(](?:征求意见稿|草案|送审稿)[)）]\s*|"
                          r"\s*(?![^，,。]*(?:建议|请|应|希望|要求|增加|删除|修改))[^，,。：:；;\s]{2,40}(?:规划|条例|办法|方案|纲要|细则|规定)"
                          r"(?:[（(](?:征求意见稿|草案|修订草案|送审稿)[)）])?\s*")
