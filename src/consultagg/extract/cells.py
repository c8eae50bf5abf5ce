"""One spreadsheet cell that holds several requests: numbered points or two requests in a row.

An office's own 汇总表 or a platform export puts one unit's whole reply in one cell now and then
(``1.建议在第五章增加河湖长制内容。2.建议删除第六章关于水价改革的表述。``). A tracker row must be
one request, answered once, so such a cell gives one opinion per point, as a letter's numbered
points do; a cell with one request, or a list that is the content of one request (its points do
not each ask), stays whole. A citizen's message on a platform is one message, answered as one:
:func:`consultagg.reading.read_comments` splits a unit's cells, and a citizen's only where it numbers its
points or asks again in words (另外建议…).

Examples
--------
>>> [t for t, _ in split_cell("1.建议在第五章增加河湖长制内容。2.建议删除第六章关于水价改革的表述。")]
['建议在第五章增加河湖长制内容。', '建议删除第六章关于水价改革的表述。']
>>> [t for t, _ in split_cell("建议补充湿地保护率指标；建议将红树林保护单列一节。")]
['建议补充湿地保护率指标', '建议将红树林保护单列一节。']
>>> [t for t, _ in split_cell("建议将第三章第二节中的“原则上”删除。")]
['建议将第三章第二节中的“原则上”删除。']
"""

from __future__ import annotations

import re

from consultagg.extract._base import inline_parts
from consultagg.extract._sentences import asks, request_cuts

__all__ = ["split_cell"]

_EDGE = " \t\n，,；;"
# A numbered point that starts with what to do (2. 补充居住小区内部疏散通道管控要求) asks without 建议.
_IMPERATIVE = re.compile(r"(?:将|把|补充|增加|增设|删除|删去|修改|明确|完善|调整|细化|核实|更正|统一|充实|加强|强化)"
                         r"[^，。；]{2,}")


# A lead that only announces the points below as suggestions (建议 / 提几点建议 / 建议如下).
# (对规划提两点意见: what it is about before the announcement)
_ANNOUNCES = re.compile(r"(?:^|[，,。])(?:(?:对|就|针对)[^，,。：:]{1,16}?)?(?:我?提出?|我的|有|谈|(?:我[会局厅委院所司办]|我们|我单位|本单位|本会)(?:提出)?)?(?:[一两二三四五几\d]+[点条])?"
                        r"(?:建议|意见|意见建议|看法)(?:如下)?$")


# A message announcing its points in words (提几点想法： / 有两点建议：), the points said as sentences after it.
_POINTS_SAID = re.compile(r"(?:提|有|说|谈|讲)(?:几|两|三|四|五)点(?:想法|建议|意见|看法|要求)[：:]")
_SENTENCE_END = re.compile(r"(?<=[。！？!?])")


# Who writes and what they found on their rounds, before their requests (作为…代表，我在嘎查调研中发现，…).
_WRITER_TOLD = re.compile(r"\s*(?:作为|我是|本人|我们是)|[^。！？!?]{0,24}(?:调研|走访|视察|考察)(?:中|时|过程中)?(?:发现|了解到)")


def _points_after(text: str) -> list[str]:
    """The sentences after an announcement, each that asks opening a point (the ones before it join it)."""
    points: list[str] = []
    pending = ""
    for sentence in (x.strip() for x in _SENTENCE_END.split(text) if x.strip()):
        if asks(sentence):
            points.append(pending + sentence)
            pending = ""
        elif points and not pending:
            pending = sentence  # (the story of the next point, before its request)
        else:
            pending += sentence
    if pending and points:
        points[-1] += pending
    return points


def _told_before(first: str) -> str:
    """The sentences before the first request of a cell's first piece that ask nothing: what the writer
    tells, the context of the requests the cell holds (empty when the piece opens with its request)."""
    told = ""
    for sentence in (x for x in _SENTENCE_END.split(first) if x.strip()):
        if asks(sentence):
            return told if told and len(first) - len(told) >= 8 else ""
        told += sentence
    return ""


def split_cell(text: str, *, requests: bool = True) -> list[tuple[str, dict]]:
    """The requests of one cell, each with its meta (``numbering``, ``lead``, ``cell_part``).

    Parameters
    ----------
    text : str
        A cell's text.
    requests : bool, default=True
        Also split two requests not numbered (``建议…；建议…``, ``…。另外，建议…``); False splits
        numbered points only.

    Returns
    -------
    list of (str, dict)
        ``[(text, {})]`` when the cell holds one request; else one entry per request in order,
        its meta holding the point's ``numbering`` (``"1."``), the ``lead`` before the list
        (``建议：``) and ``cell_part`` (1, 2, …).
    """
    parts = inline_parts(text)
    pieces: list[tuple[str, dict]] = []
    if len(parts) >= 2:
        lead = text[:parts[0][1]].strip(_EDGE + "：:")
        for j, (marker, _, start) in enumerate(parts):
            end = parts[j + 1][1] if j + 1 < len(parts) else len(text)
            body = text[start:end].strip(_EDGE)
            if body:
                meta = {"numbering": marker.rstrip("，,、：:")}
                if lead:
                    meta["lead"] = lead
                pieces.append((body, meta))
        # a list that is the content of one request (建议增加：1.节水；2.控水) stays one opinion; under
        # a lead that only announces suggestions (建议：1.…；2.… / 提几点建议：) each point is one
        if not all(asks(b) or _IMPERATIVE.match(b) for b, _ in pieces) and not _ANNOUNCES.search(lead):
            pieces = []
    elif requests and (said := _POINTS_SAID.search(text)) and len(points := _points_after(text[said.end():])) >= 2:
        # 提几点想法：现在补助只有800元，建议提高…。巡山全靠两条腿，建议配…。: each sentence that asks is a point
        pieces = [(body, {"lead": text[:said.end()].strip(_EDGE + "：:"), "announced": True}) for body in points]
    elif requests:
        cuts = request_cuts(text)
        if cuts:
            bounds = [0, *cuts, len(text)]
            pieces = [(text[a:b].strip(" \t\n").rstrip("；;，,"), {}) for a, b in zip(bounds, bounds[1:])
                      if text[a:b].strip(_EDGE)]
            if pieces and (told := _told_before(pieces[0][0])):
                # 我家草场旁边的排土场扬尘很大，…。建议…。另外…: the facts stay with the first request, as a letter's stay with
                # theirs, and are the context of the requests after it; who the writer is and what they found on their
                # rounds (作为…代表，我在嘎查调研中发现，…。建议…；另外，建议…) is the context of every request
                first = [(pieces[0][0][len(told):].strip(), {"context": told.strip()})] if _WRITER_TOLD.match(told) else pieces[:1]
                pieces = first + [(body, {"context": told.strip()}) for body, _ in pieces[1:]]
    if len(pieces) < 2:
        return [(text, {})]
    return [(body, {**meta, "cell_part": k}) for k, (body, meta) in enumerate(pieces, 1)]
