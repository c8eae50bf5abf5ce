"""Whether two opinions answered as one ask for different things: the grouper's own judge, for the later
stages that answer opinions together (a group decision over several groups, a 合并处理 carried to the next
round or typed by staff).

:func:`consultagg.dedup.verify.request_difference` judges texts that share most of their wording (the
grouper's candidates); on texts worded apart its reasons mean nothing (增加 / 加强 is no direction). Here
it is asked only of texts alike enough to be candidates, and only its reasons that need no checking by a
person are taken.

Examples
--------
>>> other_request("建议删除第四章中新建砂石料场的内容。", "建议保留第四章中新建砂石料场的内容。")
'方向相反：删除 / 保留'
>>> other_request("建议增加河湖岸线管控内容。", "建议强化河湖岸线管控。") is None   # worded apart: staff's call
True
"""

from __future__ import annotations

from consultagg.dedup.verify import request_difference
from consultagg.text.ngrams import bigram_set

__all__ = ["other_request"]

# The share of character pairs two texts must have in common to be compared at all.
ALIKE = 0.5
# Reasons that tell two requests apart beyond doubt (not 文字不同（请核实…）, which asks a person to look).
_OTHER_REQUEST = ("数值不同", "方向相反", "否定不同", "章节不同", "顺序对调", "对象不同", "补充了新的诉求")


def other_request(a: str, b: str) -> str | None:
    """Why ``b`` asks for another thing than ``a`` (数值不同：500 / 1000, 方向相反：删除 / 保留), or None when
    they ask for the same, or are worded too far apart for the judge to say."""
    x, y = bigram_set(a or ""), bigram_set(b or "")
    if not x or not y or len(x & y) / len(x | y) < ALIKE:
        return None
    why = request_difference(a, b)
    return why.reason if why is not None and why.reason.startswith(_OTHER_REQUEST) else None
