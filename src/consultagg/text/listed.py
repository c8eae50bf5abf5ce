"""Lines that say what a table or list under them is, shared by the Word reader and the letter reader.

A point may end on 建议按下表调整片区边界或名称，…： over a table of places: the table is that request's
own, one opinion, never a feedback form whose rows are opinions. A letter may attach, after its points,
what the writer tells of itself (附件 ↵ 某盟申报纳入规划的重大工程项目清单 / 附：公司基本情况): its rows
and items are no opinions.

Examples
--------
>>> bool(LISTS_BELOW.search("部分片区范围不一致，建议按下表调整片区边界或名称："))
True
>>> bool(LISTS_BELOW.search("现将意见汇总如下："))
False
>>> attached_facts(["附件", "某盟申报纳入规划的重大工程项目清单"]), attached_facts(["", "附件1：修改意见清单"])
(True, False)
>>> attached_facts(["附件", "《规划（征求意见稿）》文字及数据校核情况"])
False
>>> attached_facts(["附件", "某市拟纳入规划重大工程项目建议表"]), attached_facts(["附件", "修改建议表"])
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["ATTACHED", "LISTS_BELOW", "attached_facts"]

#: 建议/请 … 下表 / 下列 / 以下 … ： at a line's end.
LISTS_BELOW = re.compile(r"(?:建议|请)[^。\n]{0,60}(?:下表|如下表|下列|以下|见下表)[^。\n]{0,40}[：:]\s*$")

#: What a letter attaches, by its label (附：公司主要污染物排放情况 / 附表1：…), over what it attaches.
ATTACHED = re.compile(r"\s*附(?:件|表)?\s*[\d一二三四五六七八九十]{0,2}\s*[：:]")
# The same label, its colon left out (a line 附件 alone over the title).
_ATTACHMENT = re.compile(ATTACHED.pattern + r"?\s*")
# What the writer tells of itself in an attachment's title.
# (never a review of the draft: 《规划》文字及数据校核情况 / 修改意见清单 list opinions)
# (某市拟纳入规划重大工程项目建议表: the projects a point asks for, listed — the point is the opinion)
_OWN_FACTS = re.compile(r"(?![^。]*(?:《|征求意见稿|意见|(?<!项目)建议|校核|修改|勘误|核对|审核|审查|对照))"
                        r"[^。！？!?]{0,30}(?:情况|简介|概况|数据|介绍|资料|清单|明细|一览表|项目表|项目建议表)[。.：:]?")


def attached_facts(lines: list[str]) -> bool:
    """Whether the last of ``lines`` titles what a writer attaches about itself: 附：公司基本情况, or a title
    such as 某项目清单 under a line 附件 (never 附件1：修改意见清单, whose rows are opinions)."""
    last = lines[-1].strip() if lines else ""
    label = _ATTACHMENT.match(last)
    if label and label.end() > 1 and _OWN_FACTS.fullmatch(last[label.end():]):
        return True
    return len(lines) > 1 and bool(_ATTACHMENT.fullmatch(lines[-2])) and lines[-2].strip() != "" and bool(_OWN_FACTS.fullmatch(last))
