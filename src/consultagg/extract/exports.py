"""Public comments exported from a message platform as text records, one field per line.

A government website's 意见征集 or 政民互动 export lists each message as fields (留言人：王** / 留言时间：…
/ 留言标题：电动车充电 / 留言内容：…), the records set apart by a line of ``=`` or ``-`` or opened by a
序号 field. Each record's 留言内容 is one member of the public's message: it is read as a letter of its own,
from 社会公众, its writer (留言人) the speaker and its title the subject; the other fields and the
office's own reply (回复内容) are never opinions.

>>> text = ("序号：1\\n留言人：王**\\n留言内容：建议增加充电桩。\\n审核状态：已公开\\n=====\\n"
...         "序号：2\\n留言人：李先生\\n留言标题：任期\\n留言内容：建议业委会任期不超过五年。\\n")
>>> [(r.author, r.title, text[r.start:r.end].strip()) for r in export_records(text)]
[('王**', None, '建议增加充电桩。'), ('李先生', '任期', '建议业委会任期不超过五年。')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["ExportRecord", "export_records"]

_AUTHOR = ("留言人", "留言者", "网友", "昵称", "提交人", "姓名", "来电人", "来信人", "反映人", "诉求人")
_TITLE = ("留言标题", "标题", "主题")
# (a 12345 hotline's work order: 诉求内容 / 来电内容 / 反映内容)
_CONTENT = ("留言内容", "意见内容", "建议内容", "诉求内容", "来电内容", "来信内容", "反映内容", "内容")
_OPENS = ("序号", "留言编号", "编号", "工单编号", "工单号")
# A field's label, after it a colon (留言人：王**) or around it brackets (【留言人】王**).
_FIELD = re.compile(r"^[ \t\u3000]*[【\[]?(" + "|".join(_OPENS + _AUTHOR + _TITLE + _CONTENT) +
                    r"|留言时间|提交时间|发布时间|审核状态|回复状态|答复状态|处理状态|办理状态|公开状态|回复内容|答复内容|回复时间|答复时间|回复单位|答复单位"
                    # a work order's other fields: when and how it came, its kind, who handles it
                    r"|受理时间|来电时间|来信时间|来电号码|联系电话|诉求类型|问题分类|工单类型|承办单位|办理单位|转办单位|办结时间|工单状态)"
                    r"(?:[】\]][ \t\u3000]*[：:]?|[ \t\u3000]*[：:])[ \t\u3000]*", re.M)
_SEPARATOR = re.compile(r"^[ \t\u3000]*[=＝\-—_*·~]{5,}[ \t\u3000]*$", re.M)


@dataclass
class ExportRecord:
    """One exported message: its writer, its title and where its content is (``text[start:end]``)."""

    author: str | None = None
    title: str | None = None
    start: int = 0
    end: int = 0
    fields: list[tuple[int, int]] = field(default_factory=list)  # the other field lines, as spans


def export_records(text: str) -> list[ExportRecord]:
    """The records of an export, or ``[]`` when ``text`` is not one (fewer than two records with content)."""
    stops = sorted([(m.start(), m.end(), m.group(1)) for m in _FIELD.finditer(text)]
                   + [(m.start(), m.end(), None) for m in _SEPARATOR.finditer(text)])
    records: list[ExportRecord] = []
    current: ExportRecord | None = None
    for k, (s, e, label) in enumerate(stops):
        value_end = stops[k + 1][0] if k + 1 < len(stops) else len(text)
        if label is None:  # a separator line ends the record
            current = None
            continue
        opens = label in _OPENS or current is None or (
            label in _AUTHOR and current.author is not None)
        if opens:
            current = ExportRecord()
            records.append(current)
        value = text[e:value_end]
        if label in _CONTENT and not current.end:
            current.start, current.end = e, value_end
            continue
        first_line = value.split("\n", 1)[0].strip()
        if label in _AUTHOR and current.author is None:
            current.author = first_line or None
        elif label in _TITLE and current.title is None:
            current.title = first_line or None
        current.fields.append((s, e + len(value.split("\n", 1)[0])))
    records = [r for r in records if r.end > r.start and text[r.start:r.end].strip()]
    return records if len(records) >= 2 else []
