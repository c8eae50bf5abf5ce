"""A line that asks for what the table under it lists, shared by the Word reader and the letter reader.

A point may end on 建议按下表调整片区边界或名称，…： over a table of places: the table is that request's
own, one opinion, never a feedback form whose rows are opinions.

Examples
--------
>>> bool(LISTS_BELOW.search("部分片区范围不一致，建议按下表调整片区边界或名称："))
True
>>> bool(LISTS_BELOW.search("现将意见汇总如下："))
False
"""

from __future__ import annotations

import re

__all__ = ["LISTS_BELOW"]

#: 建议/请 … 下表 / 下列 / 以下 … ： at a line's end.
LISTS_BELOW = re.compile(r"(?:建议|请)[^。\n]{0,60}(?:下表|如下表|下列|以下|见下表)[^。\n]{0,40}[：:]\s*$")
