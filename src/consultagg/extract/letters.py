"""Split feedback letters and meeting minutes into single opinions.

A letter (反馈意见/复函) carries a header, a salutation, a preamble, numbered points, a signature and a
date; an e-mail adds headers, a quoted earlier message and a signature; a form adds a table; meeting
minutes (座谈会/协商会 reports, often OCR'd) carry quoted and reported speech inside narrative.
:func:`parse_letter` turns any of them into a :class:`Letter` whose ``opinions`` are
:class:`~consultagg.records.Comment` records with the unit, speaker, cited location, proposed wording,
the numbering and heading they sat under, and the span they came from, and whose ``skipped`` lists
what is neither an opinion nor its context, with the reason. The parts are read by the private
modules of this package: what is set aside first (:mod:`~consultagg.extract.emails`), the unit
(:mod:`~consultagg.extract.units`), the letter's parts (``_parts``), the points (``_tree``), the
sentences inside a point (``_sentences``), forms (:mod:`~consultagg.extract.forms`) and minutes
(:mod:`~consultagg.extract.minutes`).

Examples
--------
>>> from consultagg.extract.letters import extract_opinions
>>> ops = extract_opinions("自治区发展改革委关于《规划》的反馈意见\\n自治区生态环境厅：\\n"
...                        "一、建议补充碳达峰内容。\\n二、第12页“加强”修改为“强化”。")
>>> [(c.department, c.text, c.meta["numbering"]) for c in ops]
[('自治区发展改革委', '建议补充碳达峰内容。', '一、'), ('自治区发展改革委', '第12页“加强”修改为“强化”。', '二、')]
>>> ops[1].location, ops[1].proposed_change
('第12页', '强化')
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass

from consultagg.extract._base import DATE, NONE, SALUTATION, SEAL, TITLE, UNIT_SUFFIX, Doc, Draft, location_of, proposed_change_of
from consultagg.extract._parts import MEETING_FIELD, REASONS, classify, standalone
from consultagg.extract._frame import general_before_specific, one_request_said, prose_frame, unfolded
from consultagg.extract._asides import DRAFT_QUOTED, REQUESTS_FOLLOW
from consultagg.extract._sentences import TROUBLE, _formal_reason, asks, formal_sentences
from consultagg.extract._fields import BARE_LABEL, TITLE_ALONE, TOPIC_ALONE, field_points as _field_points, quoted_original as _quoted_original, routing_sheet
from consultagg.extract._tree import build_tree, leaves
from consultagg.extract._speakers import FIELD_LABEL, by_name as _by_name, signed_in_person
from consultagg.extract.minutes import PUBLIC, SPEECH_VERB, colon_speaker, parse_minutes, speaker_line
from consultagg.extract.chats import (ChatMessage, chat_messages, compiled_by, is_organiser, level_of_chat, member_named, qualified,
                                      sender_unit, withdrawn, without_lead)
from consultagg.extract.emails import set_aside
from consultagg.extract.exports import ExportRecord, export_records
from consultagg.extract.forms import Form, bracketed_comments, find_forms, opinion_parts, unboxed
from consultagg.extract._filenames import unit_of_file
from consultagg.extract.units import UnitFinding, choose_unit, lead_signer, unit_of_title, writes_for_itself
from consultagg.extract._messages import question_only
from consultagg.extract._places import department_with_region as _department_with_region, for_the_government as _for_the_government
from consultagg.extract._places import office_for_government as _office_for_government
from consultagg.extract._places import forwarded_for as _forwarded_for, passed_on as _passed_on, passed_on_under as _passed_on_under, with_place as _with_place
from consultagg.records import Comment, Source
from consultagg.text.ids import comment_id, content_key
from consultagg.text.listed import ATTACHED
from consultagg.text.normalize import NUMBERING, clean_display

__all__ = ["Letter", "detect_kind", "extract_opinions", "location_of", "parse_letter", "proposed_change_of"]


@dataclass(frozen=True)
class Letter:
    """A parsed letter, e-mail, form or minutes.

    Attributes
    ----------
    unit : str or None
        The replying unit as written (the organ when the text names an inner office).
    no_opinion : bool
        True when the reply says it has no comments (无意见); ``opinions`` is then empty.
    opinions : tuple of Comment
        The single opinions in document order.
    header : str
        The title line (``XXX关于《…》的反馈意见``), ``""`` when there is none.
    kind : str
        ``"letter"`` or ``"minutes"``.
    unit_source : str or None
        Where the unit was read: 指定 (the caller), 填报单位, 标题, 落款, 署名 (a byline under the title), 邮件签名, 版头, 发件人, 正文 or 文件名.
    unit_confidence : str or None
        ``"high"``, or ``"guess"`` when the unit comes from the file name only.
    office : str or None
        The inner office the text named (科教处) when the unit is its organ.
    skipped : tuple of (str, str)
        Every piece of the text that is neither an opinion nor an opinion's context, with the reason
        (称谓, 结束语, 落款, 联系方式, 邮件头, 引用的原邮件, 总体评价 …), in document order.
    also_no_opinion : tuple of str
        Other units the text says have no opinion: a bureau forwarding another's reply with
        我局对规划无其他意见 (a roster state for it, not an opinion).
    """

    unit: str | None
    no_opinion: bool
    opinions: tuple[Comment, ...]
    header: str = ""
    kind: str = "letter"
    unit_source: str | None = None
    unit_confidence: str | None = None
    office: str | None = None
    skipped: tuple[tuple[str, str], ...] = ()
    also_no_opinion: tuple[str, ...] = ()


def _form_drafts(doc: Doc, forms: list[Form], skips: list) -> tuple[list[Draft], bool]:
    """One draft per row of each form (per numbered paragraph of a row's opinion cell); and whether
    a row said 无修改意见."""
    drafts, none = [], False
    for form in forms:
        skips.extend((doc.at(a), doc.at(b), why) for a, b, why in form.skipped)
        for row in form.rows:
            a, b = row.spans["opinion"]
            formal = formal_sentences(doc.text[a:b])
            if formal and formal[-1][1] >= len(doc.text[a:b].rstrip()):
                none = none or any(why == "表态" for _, _, why in formal)
                skips.append((doc.at(a), doc.at(b), "表态"))
                continue
            meta = {"form_row": True}
            if row.cells.get("number"):
                meta["numbering"] = row.cells["number"]
            if row.heading:
                meta["heading"] = row.heading
            for role, key in (("reason", "reason"), ("original", "original_text")):
                if role in row.spans:
                    meta[key] = doc.clean[doc.at(row.spans[role][0]):doc.at(row.spans[role][1])].strip()
            where = row.spans.get("location")
            location = doc.clean[doc.at(where[0]):doc.at(where[1])].strip() if where else None
            parts = opinion_parts(doc.text[a:b])
            for s, e, mark in parts:
                d = Draft(doc.at(a + s), doc.at(a + e), bisect_right([p for p, _ in doc.paras], doc.at(a + s)),
                          {**meta, "numbering": mark} if mark and len(parts) > 1 else dict(meta))
                d.location = location or location_of(doc.clean[d.start:d.end])
                drafts.append(d)
    return drafts, none


_MARKS_ONLY = re.compile(r"[\W_]*")
_LIST_MARKS = re.compile(r"[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}(?=[，,、：:])|"
                         r"[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[.．、)）]|[①-⑳]")


def _live(doc: Doc, contexts: list[tuple[int, int]], drafts: list[Draft]) -> list[tuple[int, int]]:
    """The contexts that still frame an opinion: a span an opinion lies in, or a heading an opinion names."""
    heads = {re.sub(r"\s+", "", h) for d in drafts for h in (d.meta.get("heading"), *(d.meta.get("heading_path") or ())) if h}
    return [(a, b) for a, b in contexts
            if any(d.start < b and a < d.end for d in drafts) or any(re.sub(r"\s+", "", doc.clean[a:b]).startswith(h) for h in heads)]


def _remainder(doc: Doc, covered: list[tuple[int, int]], skips: list, reason: str) -> None:
    """Whatever no opinion, context or set-aside piece holds is set aside too, so nothing is lost silently."""
    spans = sorted(covered)
    for ps, pe in doc.paras:
        pos = ps
        for a, b in spans:
            if b <= pos or a >= pe:
                continue
            if a > pos:
                _left_over(doc, pos, a, skips, reason)
            pos = max(pos, b)
        if pos < pe:
            _left_over(doc, pos, pe, skips, reason)


def _left_over(doc: Doc, s: int, e: int, skips: list, reason: str) -> None:
    text = _LIST_MARKS.sub("", doc.clean[s:e])
    if not _MARKS_ONLY.fullmatch(text):
        # words that ask, set aside because no rule placed them: said, so that they are looked at
        unsure = asks(text) and not re.search(SPEECH_VERB + r"(?:道|了)?[，,：:]?\s*$", text)  # not a lead-in (大家建议)
        skips.append((s, e, reason + CHECK_MARK if unsure else reason))


#: Appended to the reason of a set-aside piece that asks for something (建议…, 请…, 应…).
CHECK_MARK = "（含建议用语，请核实）"


# A lead that asks for what follows because of what came before (为此，建议： / 针对上述问题，提出如下建议：).
_THEREFORE = re.compile(r"^[ \t\u3000]*(?:为此|因此|据此|鉴于此|鉴于上述情况|综上|针对(?:上述|以上|这些)(?:问题|情况|不足))[，,]?"
                        r"[^。\n]{0,16}?(?:建议|意见)[^。\n]{0,8}[：:][ \t\u3000]*$", re.M)
# A deputy or a member introducing themselves (我是市政协委员、…委员何某 / 作为省人大代表).
_IN_PERSON = re.compile(r"(?:我是|作为|本人是?)(?:一名)?(?:来自[\u4e00-\u9fff]{1,8}?的)?((?:(?!的|来自)[\u4e00-\u9fff]){1,10}?(?:人大代表|政协委员))")
# A letter that says it has no changes to ask for at all (无修改意见, not 无其他意见 nor 其他无意见 /
# 其他内容无意见 / 除上述意见外无意见, which close a letter of requests).
_NO_CHANGES = re.compile(r"(?:无|没有|暂无)(?:修改|补充|具体)?(?:意见|建议)")
_BESIDES = re.compile(r"其[他它余]|除")


def _no_changes(text: str) -> bool:
    """Whether ``text`` says it asks for no change at all: 无修改意见, not 其他无意见 (its clause
    names what else)."""
    for m in _NO_CHANGES.finditer(text):
        clause = re.split(r"[，,。；;！!？?\n]", text[max(0, m.start() - 12):m.start()])[-1]
        if not _BESIDES.search(clause):
            return True
    return False


def _without_accounts(doc: Doc, drafts: list[Draft], skips: list) -> list[Draft]:
    """A letter with no changes to ask for: what it tells of its own work and thanks (我集团组织…
    进行了认真学习研究。近年来，集团…积累了一定经验。) is an account, not an opinion. A paragraph that
    asks, finds fault, names a place in the draft or quotes it stays an opinion."""
    kept = []
    for d in drafts:
        t = doc.clean[d.start:d.end]
        # (the problems met in its work, 实践中遇到的问题, are no fault found in the draft)
        # (a sentence that asks only in courtesy, 如需我局提供…，请与我局综合处联系, asks nothing)
        asked = any(asks(x) and not _formal_reason(x) for x in re.findall(r"[^。！？!?]+[。！？!?]*", t))
        if asked or REQUESTS_FOLLOW.search(d.meta.get("lead", "") + "：") or TROUBLE.search(re.sub(r"(?:遇到|面临|解决)的?问题", "", t)) or location_of(t) or DRAFT_QUOTED.search(t):
            kept.append(d)
        else:
            skips.append((d.start, d.end, "情况说明"))
    return kept


# A point's reason on a line of its own under it (第九条　建议删除第二款。↵理由：该款与第八条重复。).
_REASON_LINE = re.compile(r"\s*(?:修改)?(?:理由|依据|原因)(?:及依据)?\s*[：:]")


def _reason_lines(doc: Doc, drafts: list[Draft], skips: list) -> list[Draft]:
    """A 理由： paragraph right under an opinion is part of it; numbered items under a 理由： heading (理由：↵1.…) are its reasons."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and d.meta.get("heading") and _REASON_LINE.fullmatch(d.meta["heading"].rstrip("：:") + "："):
            prev.meta["reason"] = (prev.meta.get("reason", "") + doc.clean[d.start:d.end].strip()).strip()
            skips.append((d.start, d.end, "理由"))
            continue
        if (prev is not None and _REASON_LINE.match(doc.clean, d.start, d.end) and not _REASON_LINE.match(doc.clean, prev.start, prev.end)
                and prev.meta.get("heading") == d.meta.get("heading") and not doc.clean[prev.end:d.start].strip()
                and "reason" not in prev.meta):
            prev.end = d.end  # (a blank line between: the next point; a line break only: this one's reason)
            continue
        out.append(d)
    return out


def _parse_letter(doc: Doc, unit: str | None, file: str | None, found: dict[str, str], skips: list,
                  forms: list[Form] = ()):
    texts = [doc.clean[s:e].strip() for s, e in doc.paras]
    parts = classify(texts)
    for i, (s, e) in enumerate(doc.paras):
        if any(f.start <= doc.offsets[s] < f.end for f in forms):
            parts.kinds[i] = "table"  # read by the form reader below
    for (s, e), kind in zip(doc.paras, parts.kinds):
        if kind not in ("body", "table"):
            skips.append((s, e, REASONS[kind]))
    found = {**found, **parts.found, "指定": unit, "文件名": unit_of_file(file)}
    if (own := _IN_PERSON.search(doc.clean[:800])) and not any(found.get(k) for k in ("落款", "版头", "填报单位", "标题")):
        found.setdefault("正文", own.group(1))  # 我是市政协委员…何某: writes in that capacity
    finding = choose_unit(found)
    if not finding.name and (signer := signed_in_person(texts, parts.kinds, doc.clean[:600])):
        finding = UnitFinding(signer, "落款", "high")  # an expert's review signed by the name alone
    if finding.source == "标题" and (whose := _forwarded_for(parts.header, found.get("落款"), doc.clean)):
        finding = choose_unit({"落款": whose})  # a cover sending on a bureau's opinions, signed by it below
    if finding.source != "指定" and (government := _office_for_government(finding.name, doc.clean)):
        # 巴南区人民政府办公室 writing 经区政府同意，现将我区修改意见函告如下: the government's reply
        finding = dataclasses.replace(finding, name=government[0], office=government[1])
    roots, formal_only = build_tree(doc, parts.kinds, skips)
    contexts: list[tuple[int, int]] = []
    from_forms, form_none = _form_drafts(doc, forms, skips)
    drafts = sorted(leaves(doc, roots, skips, contexts) + from_forms, key=lambda d: d.start)
    drafts = _reason_lines(doc, _quoted_original(doc, _field_points(doc, drafts, skips), skips), skips)
    if formal_only and _no_changes(doc.clean):
        drafts = _without_accounts(doc, drafts, skips)
    if drafts and all(d.meta.get("background") for d in drafts) and _no_changes(doc.clean):
        # 一、我局参与城市更新工作的基本情况 (…) 二、…我局无修改意见: an account, and no change asked
        skips.extend((d.start, d.end, "情况介绍") for d in drafts)
        drafts = []
    if therefore := _THEREFORE.search(doc.clean):
        for d in drafts:  # 近年来…存在明显短板：一是…三是… 为此，建议：— the grounds of the requests below
            if d.end <= therefore.start() and not asks(doc.clean[d.start:d.end]):
                d.meta["background"] = True
    drafts = one_request_said(doc, prose_frame(doc, general_before_specific(doc, drafts, skips), skips))
    if any(not d.meta.get("background") for d in drafts):
        # the writer's situation told beside requests (我市地处…；一是吃水，二是浇地): context, not opinions
        skips.extend((d.start, d.end, "情况介绍") for d in drafts if d.meta.get("background"))
        drafts = [d for d in drafts if not d.meta.get("background")]
    for d in drafts:
        d.meta.pop("background", None)
    contexts = _live(doc, contexts, drafts)  # (a heading whose points were all set aside is context of none)
    contexts += [(doc.at(f.start), doc.at(f.end)) for f in forms]  # a form's cells are its rows' context
    _remainder(doc, [(d.start, d.end) for d in drafts] + contexts + [(a, b) for a, b, _ in skips], skips, "未识别")
    for d in drafts:
        d.department = finding.name
    if drafts:  # 附件1 ↵ 某旗人民政府关于《…》的意见 under the cover's own points: the points below are that body's
        sections = [(s, u) for (s, _), t, k in zip(doc.paras, texts, parts.kinds)
                    if k == "header" and s > drafts[0].start and (u := unit_of_title(t.strip())) and u != finding.name]
        for d in drafts:
            if (under := [u for s, u in sections if s < d.start]):
                d.department = under[-1]
                d.meta.update(unit_source="标题", unit_confidence="high")
    body = [t for t, k in zip(texts, parts.kinds) if k == "body"]
    no_opinion = not drafts and (formal_only or form_none or any(NONE.search(t) for t in body))
    return finding, no_opinion, drafts, parts.header


# ----------------------------------------------------------------------------- public API
def detect_kind(text: str) -> str:
    """``"minutes"`` for narrative meeting reports, ``"letter"`` otherwise.

    >>> detect_kind("座谈会上，市人大代表张伟说：“建议增加公园绿地。”与会委员表示赞同。")
    'minutes'
    >>> detect_kind("一、建议补充碳达峰内容。\\n二、建议量化指标。")
    'letter'
    """
    return _kind(Doc(text or ""))


def _speaker_alone(t: str) -> bool:
    """A person's record line with the words below it: ``（一）赵某（某大学教授，专家组组长）：``."""
    numbered = NUMBERING.match(t)
    who = speaker_line(t[numbered.end() if numbered else 0:])
    return bool(who and who[0] == "person")


_POST_AND_NAME = re.compile(r"[^，,。：:]{1,10}[：:]\s*[\u4e00-\u9fff·]{2,4}(?:[（(](?:签字|签名)[)）])?")


def _kind(doc: Doc) -> str:
    lines = [doc.clean[s:e].strip() for s, e in doc.paras]
    numbered = sum(1 for t in lines if NUMBERING.match(t) and not t.startswith("第"))
    letter = 2 * any(SALUTATION.match(t) for t in lines[:4]) + 2 * any(TITLE.search(t) for t in lines[:3])
    letter += any(DATE.match(t.replace(" ", "")) for t in lines[-4:]) + min(numbered, 4)
    # a unit's seal over the date at the end (某村村民委员会（章）): a letter, even one telling of a meeting
    letter += 3 * any(SEAL.search(t) and re.search(UNIT_SUFFIX + "$", SEAL.sub("", t).strip()) for t in lines[-5:])
    letter += 3 * any(lead_signer(t, []) for t in lines[:12])  # 领衔代表：某某: a deputy's suggestion, its fields no speakers
    letter += 6 * any(routing_sheet(t) for t in lines[:2])  # 来 电 记 录 / 部门意见反馈单: the office's or the unit's sheet, its fields no speakers
    # (委员 of a 委员会 and a deputy writing in person, 我是省人大代表…, tell of no meeting)
    meeting = len(re.findall(r"座谈会|协商会|研讨会|论证会|征求意见会|听证会|会上|会议|与会|参会|纪要|(?<!政协)委员(?!会)|(?<!人大|领衔|附议)代表(?!性|作|建议|团|工作|大会|[（(]?签)", doc.clean))
    # (a point's fields, 原文：“…。” / 修改建议：…, are no one's speech)
    spoken = "\n".join(t for t in lines if not FIELD_LABEL.match(t))
    speech = len(re.findall(rf"{SPEECH_VERB}[，,：:。]|[。！？]”", spoken))
    # (under the date that closes a letter come its signers, 村民代表：某（某村）, not speakers)
    signed = max((k for k, t in enumerate(lines) if k > 2 and DATE.match(t.replace(" ", ""))), default=len(lines))
    speech += sum(1 for t in lines[1:signed] if (who := colon_speaker(t)[0]) and who[0] != "org"
                  and not _POST_AND_NAME.fullmatch(t))  # (主任：某某 over the date signs the letter)
    minutes = min(meeting, 3) + min(speech, 3)
    # a record's own marks: its title, its fields (时间/地点/主持人/参会单位) and speakers on lines of their own
    # (the title may stand under a letterhead, its characters spaced: 兰州市自然资源局 / 会 议 纪 要)
    minutes += 3 * any(re.search(r"(?:纪要|会议记录|发言摘要|(?:论证|评审|座谈|听证|协商)会(?:意见|记录))[）)]?$",
                                 re.sub(r"\s", "", t)) for t in lines[:4])  # …专家论证会意见: the panel's record
    minutes += min(sum(1 for t in lines[1:] if _speaker_alone(t)), 3)
    minutes += 2 * min(sum(1 for t in lines[:8] if MEETING_FIELD.match(t)), 2)
    minutes += 2 * (sum(1 for t in lines[1:] if SALUTATION.match(t) and not NUMBERING.match(t)) >= 2)
    return "minutes" if minutes >= 3 and minutes > letter else "letter"


def parse_letter(text: str, *, file: str | None = None, unit: str | None = None,
                 kind: str | None = None) -> Letter:
    """Split a feedback letter or meeting minutes into single opinions.

    Parameters
    ----------
    text : str
        The letter or minutes as plain text (OCR output and export noise are cleaned first).
    file : str, optional
        Source file name, stored in each opinion's ``source`` and used as a last resort for the
        unit (``03_自治区水利厅.txt`` gives ``自治区水利厅``).
    unit : str, optional
        The replying unit when the caller knows it; otherwise read from the text, most trusted
        first: a 填报单位/报送单位 line, the title (``XXX关于《…》的反馈意见``, ``XXX意见``), the
        signature above the date, the letterhead, an e-mail's 发件人, a sentence naming the sender
        (``XXX意见如下：``), and the file name as a guess. An inner office (``…厅科教处``) gives its organ.
    kind : {None, "letter", "minutes"}
        Force the document kind; by default it is detected.

    Returns
    -------
    Letter
        Each opinion's ``text`` is the display form (:func:`~consultagg.text.normalize.clean_display`) of the
        point's own words without its list marker; ``source.paragraph`` counts the non-empty lines of
        the cleaned text (1-based) and ``source.span`` is ``(start, end)`` in ``text``. ``meta`` may hold
        ``numbering`` (``"1."``), ``heading`` (``"二、具体修改意见"``), ``heading_path``, ``lead`` and
        ``parent_numbering`` (inline lists), ``unit_source`` and ``unit_confidence`` (where the unit
        was read: 指定, 填报单位, 标题, 落款, 署名, 邮件签名, 版头, 发件人, 正文, 文件名 — the last a ``"guess"``;
        发言人 in minutes), ``office`` (the inner office the text named), ``form_row``, ``reason`` and
        ``original_text`` (a form's row), ``speaker_title``, ``subject``, ``summary``, ``context``
        (a speaker's background before the request) and ``unattributed`` (minutes).

    Examples
    --------
    >>> letter = parse_letter("自治区生态环境厅：\\n经研究，我厅对该规划无修改意见。\\n自治区水利厅\\n2021年3月5日")
    >>> letter.unit, letter.no_opinion, letter.opinions
    ('自治区水利厅', True, ())
    >>> m = parse_letter("座谈会上，自治区人大代表王芳说：“建议增加城市绿地。”", kind="minutes")
    >>> m.opinions[0].speaker, m.opinions[0].meta["speaker_title"], m.opinions[0].text
    ('王芳', '自治区人大代表', '建议增加城市绿地。')
    """
    if kind not in (None, "letter", "minutes"):
        raise ValueError(f"kind must be None, 'letter' or 'minutes', got {kind!r}")
    raw = unboxed(text or "")  # (a table drawn in box characters: its rows, tab-separated)
    if kind is None and unit is None and (records := export_records(raw)):
        return _read_records(raw, records, file)  # 留言人：… 留言内容：… — a platform's export
    if kind is None and unit is None and (messages := chat_messages(raw)):
        return _read_chat(raw, messages, file)  # 某局某处 王某  09:41 ↵ 1、建议… — a work group's chat
    aside = set_aside(unfolded(raw))
    forms = find_forms(aside.text)
    if not forms and (compared := bracketed_comments(aside.text)):
        forms = [compared]  # 对照稿: the draft quoted, the comments in 【意见N：…】
    doc = Doc(aside.text, standalone, tuple(b for f in forms for b in f.bounds))
    kind = kind or _kind(doc)
    skips: list[tuple[int, int, str]] = []
    header, finding, no_opinion = "", UnitFinding(), False
    if kind == "minutes":
        drafts = parse_minutes(doc, unit, skips)
        for d in drafts:  # 应急管理厅 speaking on 《自治区…规划》: the region's department
            d.department = _department_with_region(d.department, doc.clean[:3000])
        _remainder(doc, [(d.start, d.end) for d in drafts] + [(a, b) for a, b, _ in skips], skips, "会议记述")
        if unit:
            finding = UnitFinding(unit, "指定", "high")
    else:
        found = {"发件人": aside.sender, "邮件签名": aside.signature}
        finding, no_opinion, drafts, header = _parse_letter(doc, unit, file, found, skips, forms)
        if aside.person and not unit and finding.source in (None, "文件名"):
            # a member of the public's message passed on by an office: theirs, not the forwarder's
            finding = UnitFinding(PUBLIC, "发件人", "high")
            for d in drafts:
                d.department, d.speaker = PUBLIC, aside.person
        if not unit and (full := _with_place(finding.name, header, (text or "")[:1200])):
            # 省工业和信息化厅 replying on 《东陵省…方案》: the province's organ
            for d in drafts:
                if d.department == finding.name:
                    d.department = full
            finding = dataclasses.replace(finding, name=full)
        if not unit and (government := _for_the_government(finding.name, (text or "")[:1200])):
            # 经市政府同意，我委…现将我市意见反馈如下, signed by the city's 发展改革委: the city's reply
            for d in drafts:
                if d.department == finding.name:
                    d.department = government
            finding = dataclasses.replace(finding, name=government, office=finding.office or finding.name)
    seen: dict[tuple[str, str], int] = {}
    opinions = []
    for d in drafts:
        body = re.sub(r"^(?:>\s*)+", "", doc.clean[d.start:d.end].strip())  # a Markdown quote's mark
        if not body:
            continue
        if BARE_LABEL.fullmatch(body) or TOPIC_ALONE.fullmatch(body):
            # 其他： / ## 四、其他 / （四）关于农村生活污水治理。 whose answer (无 / 此部分我厅无意见) was set aside: a label
            skips.append((d.start, d.end, "小标题"))
            continue
        if TITLE_ALONE.fullmatch(body):  # 关于《…》的反馈意见 under a forwarded letter's unit line: its title
            skips.append((d.start, d.end, "标题"))
            continue
        if ATTACHED.match(body) and not asks(re.sub(r"以上(?:意见|建议)+[，,][^。]{0,16}[。！!]?\s*$", "", body)):
            # 附：公司主要污染物排放情况（2020年）and its table's figures (and 以上意见建议，恳请予以考虑。 run on)
            skips.append((d.start, d.end, "附件"))
            continue
        if not re.search(r"[\u4e00-\u9fff]", body):  # 18863) — a telephone's end broken onto a line of its own
            skips.append((d.start, d.end, "残片"))
            continue
        passed = under = None  # (whose points a reply passes on: the sender is kept as sent_by, for its roster state)
        if kind != "minutes" and (passed := _passed_on(body, finding.name, doc.clean)):
            d.department, body = passed[0], body[passed[1]:]  # 市发展改革委：建议… passed on among the bureau's own points
            if not body.strip():  # 市交通运输局：无意见。 (its 无意见 set aside): a unit passed on with nothing to ask
                skips.append((d.start, d.end, "表态"))
                continue
        elif kind != "minutes" and d.department in (None, finding.name) \
                and (under := _passed_on_under(d.meta.get("heading", ""), finding.name, doc.clean, d.meta.get("lead", ""))):
            d.department = under  # 某县人民政府：1．…2．… / 二、某旗人民政府意见 over 1.… 2.…: the unit before the points
        key = (content_key(body), content_key(d.department or ""))
        seen[key] = seen.get(key, 0) + 1
        meta = dict(d.meta, **({"sent_by": finding.name} if (passed or under) and d.department != finding.name else {}))
        if finding.name and d.department == finding.name:
            meta.update(unit_source=finding.source, unit_confidence=finding.confidence)
            if finding.office:
                meta["office"] = finding.office
        elif d.department:  # (a speaker in minutes; an attached letter's title, 标题, set above)
            meta.setdefault("unit_source", "发言人")
            meta.setdefault("unit_confidence", "high")
        opinions.append(Comment(
            id=comment_id(body, d.department, seen[key] - 1), text=body, department=_by_name(d.department, d.speaker),
            speaker=d.speaker, location=d.location, proposed_change=proposed_change_of(body),
            source=Source(file=file, paragraph=d.para, span=doc.span(d.start, d.end)), meta=meta))
    skipped = sorted([(s + k, clean_display(line), why) for s, e, why in aside.skips
                      for k, line in _raw_lines(raw[s:e])]
                     + [(doc.offsets[s], doc.clean[s:e].strip(), why) for s, e, why in skips if e > s])
    forwarder = aside.forwarder_none if kind != "minutes" and aside.forwarder_none != finding.name else None
    return Letter(unit=finding.name, no_opinion=no_opinion and not opinions, opinions=tuple(opinions),
                  header=header, kind=kind, unit_source=finding.source, unit_confidence=finding.confidence,
                  office=finding.office, skipped=tuple((t, why) for _, t, why in skipped if t),
                  also_no_opinion=(forwarder,) if forwarder else ())


def _read_records(raw: str, records: list[ExportRecord], file: str | None) -> Letter:
    """A platform's export of public messages: each record's content read as a letter from 社会公众,
    its writer (留言人) the speaker and its title (留言标题) the opinion's title; ids counted over the
    whole export, so two records of the same words keep two ids."""
    opinions, skipped, seen = [], [], {}
    # each line's start, whether it holds words, and how many such lines come before it: one pass
    starts, filled, pos = [], [], 0
    for line in raw.split("\n"):
        starts.append(pos)
        filled.append(bool(line.strip()))
        pos += len(line) + 1
    before = list(itertools.accumulate(filled, initial=0))
    for r in records:
        part = parse_letter(raw[r.start:r.end], file=file, kind="letter")
        i = bisect_right(starts, r.start) - 1  # the line the content starts on, its label before it
        lines_before = before[i] + bool(raw[starts[i]:r.start].strip()) - 1
        # a company or an organ posting under its own name (芸江市某建筑设计有限公司) writes for itself
        unit = r.author if writes_for_itself(r.author) else PUBLIC
        for o in part.opinions:
            s, e = o.source.span or (0, 0)
            source = dataclasses.replace(o.source, span=(r.start + s, r.start + e),
                                         paragraph=(o.source.paragraph or 1) + max(lines_before, 0))
            opinions.append(dataclasses.replace(o, id=_counted_id(seen, o.text, unit), department=unit,
                                                speaker=r.author if unit == PUBLIC else None, title=r.title, source=source,
                                                meta={**o.meta, "unit_source": "指定", "unit_confidence": "high"}))
        skipped.extend(part.skipped)
    content = sorted((r.start, r.end) for r in records)
    for start, line, words in zip(starts, raw.split("\n"), filled):  # the fields and the export's header: listed
        k = bisect_right(content, (start, float("inf"))) - 1
        if words and not (k >= 0 and content[k][0] <= start < content[k][1]):  # (留言内容：… lists its label only)
            skipped.append((clean_display(line[:next((a - start for a, _ in content if start < a < start + len(line)), len(line))]), "导出字段"))
    return Letter(unit=PUBLIC, no_opinion=False, opinions=tuple(opinions), header="", kind="letter",
                  unit_source="指定", unit_confidence="high", office=None, skipped=tuple(skipped))


def _counted_id(seen: dict[tuple[str, str], int], text: str, unit: str) -> str:
    """The id of an opinion of ``unit``: the same words from the same unit counted in ``seen``, so that
    two of them keep two ids."""
    key = (content_key(text), unit)
    seen[key] = seen.get(key, 0) + 1
    return comment_id(text, unit, seen[key] - 1)


# A date rule between a day's messages (————— 2021-09-09 —————), under the last message of the day before.
_DATE_RULE = re.compile(r"\n\s*[—\-=]{3,}[^\n]*[—\-=]{3,}\s*$")


def _read_chat(raw: str, messages: list[ChatMessage], file: str | None) -> Letter:
    """A work group's chat (:mod:`consultagg.extract.chats`): each message that asks read as a note from
    its sender's unit; the organiser's messages and acknowledgements listed as skipped."""
    opinions, skipped, seen, relays = [], [], {}, {}
    organiser = sender_unit(messages[0].sender)[0] if is_organiser(raw[messages[0].start:messages[0].end]) else None
    intro = raw[:messages[0].line]
    lines = [line for line in intro.split("\n") if line.strip()]
    skipped.extend((clean_display(line), "聊天记录信息") for line in lines)  # the export's title, its time, a date rule
    staff = compiled_by(intro)  # (整理人：规划财务处 某某: the office's own, answering in the chat)
    # a body's reply pasting its own work group's discussion under its title (某苏木人民政府关于…的意见反馈): the body's
    own = unit_of_title(lines[0].strip() if lines else "")
    # (住建厅-城建处 in a 自治区 consultation's chat: the region's organ, named as the chat names the region)
    level = level_of_chat(raw, [sender_unit(m.sender)[0] for m in messages])
    for m in messages:
        organ, office, person = sender_unit(m.sender)
        organ = organ or member_named(intro, person)  # 王某委员, named in the intro as 自治区政协委员
        said = raw[m.start:m.end]
        if government := _office_for_government(organ, said, chat=True) or relays.get(m.sender):
            organ, office = relays[m.sender] = government  # 某县人民政府办-刘某：我县意见：… (and the sender's next messages)
        if (organiser and organ == organiser) or (person in staff):
            skipped.append((clean_display(f"{m.sender}：{said.strip()}"), "组织方"))
            continue
        body, lead = without_lead(_DATE_RULE.sub("", said), asks)  # (————— 2021-09-09 ————— after it)
        if (what := withdrawn(body)) and (taken := [o for o in opinions if o.speaker == person and what in o.text]):
            # 更正一下，刚才说的某某那条不用改了: the sender's point taken back, listed as such, never a row to answer
            opinions = [o for o in opinions if o not in taken]
            skipped.extend([(o.text, "发送人随后撤回") for o in taken] + [(clean_display(f"{m.sender}：{said.strip()}"), "撤回说明")])
            continue
        if not asks(body) or question_only(re.sub(r"\[[^\[\]\n]{1,6}\]", "", body).strip()):
            # (收到 / 好的; [图片] 请问附件2的表格是要我们旗县分局填吗？: a question of procedure)
            skipped.append((clean_display(f"{m.sender}：{said.strip()}"), "群聊应答"))
            continue
        skipped.extend((clean_display(x), "开头语") for x in lead)
        part = parse_letter(body, file=file, kind="letter")
        skipped.extend(part.skipped)
        who = own or qualified(organ, level) or PUBLIC
        for o in part.opinions:
            meta = {**o.meta, "unit_source": "发件人", "unit_confidence": "high" if organ else "guess"}
            if office:
                meta["office"] = office
            opinions.append(dataclasses.replace(o, id=_counted_id(seen, o.text, who), department=who,
                                                speaker=person, source=dataclasses.replace(o.source, span=None), meta=meta))
    units = [o.department for o in opinions]
    main = max(set(units), key=units.count) if units else None
    return Letter(unit=main, no_opinion=False, opinions=tuple(opinions), header="", kind="letter",
                  unit_source="发件人", unit_confidence="high", office=None, skipped=tuple(skipped))


def _raw_lines(text: str):
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


def extract_opinions(text: str, *, file: str | None = None, unit: str | None = None,
                     kind: str | None = None) -> list[Comment]:
    """The opinions of a letter or minutes: ``list(parse_letter(...).opinions)``.

    Examples
    --------
    >>> [c.text for c in extract_opinions("建议：一是加强监测；二是完善考核。")]
    ['加强监测', '完善考核。']
    """
    return list(parse_letter(text, file=file, unit=unit, kind=kind).opinions)

