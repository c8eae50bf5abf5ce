"""A tracker of more opinions than one sheet holds: each distinct opinion once, every opinion beside it.

A sheet holds 1,048,576 rows. A consultation with more opinions than that is written with one row
per opinion the office must answer: each duplicate group (完全重复, 近似重复, 批量提交) by its
representative, with how many opinions it stands for, and every opinion on its own that is in no
group or adds a request of its own to a campaign. The full list, one line per opinion with the id
of the row that answers it, goes to a CSV file beside the workbook (``处理表.全部意见.csv``, UTF-8
with a byte-order mark, so Excel and WPS open it as Chinese). The workbook says so on its second
row and in ``_meta``; nothing is dropped.

Reading such a tracker back (:func:`~consultagg.tracker.read_tracker`) gives every opinion again:
the decision typed on a row is carried to each opinion the CSV lists under it. Without the CSV the
rows are read as they are and a problem says which file is missing.

Examples
--------
>>> from consultagg.records import Comment, Department, DuplicateGroup, Opinion
>>> from consultagg.result import ConsultationResult
>>> ops = tuple(Opinion(Comment(f"C{i}", "建议加强黄河水资源保护。"), Department("自治区水利厅"), group_id=0,
...                     is_representative=i == 0, topic_id=0) for i in range(3))
>>> r = ConsultationResult(ops, groups=(DuplicateGroup(0, "exact", (0, 1, 2), 0),))
>>> answered_by(r)
[0, 0, 0]
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

__all__ = ["ALL_OPINIONS_SUFFIX", "CSV_COLUMNS", "all_opinions_path", "answered_by", "expand_rows",
           "write_all_opinions"]

#: The CSV beside a condensed tracker: ``处理表.xlsx`` -> ``处理表.全部意见.csv``.
ALL_OPINIONS_SUFFIX = ".全部意见.csv"
#: Its columns: (header, key).
CSV_COLUMNS = (("意见编号", "comment_id"), ("处理表意见编号", "answered_by"), ("重复组", "group"),
               ("重复类型", "group_kind"), ("提出单位", "department"), ("提出单位（原文）", "department_raw"),
               ("意见内容", "comment_text"), ("个人补充意见", "own_addition"), ("来源文件", "source_file"),
               ("工作表", "source_sheet"), ("行", "source_row"), ("段", "source_paragraph"))
_ANSWERED_AS_ONE = ("exact", "near", "campaign")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def all_opinions_path(tracker: Path) -> Path:
    """Where the full list of a condensed tracker goes."""
    tracker = Path(tracker)
    return tracker.with_name(tracker.stem + ALL_OPINIONS_SUFFIX)


def answered_by(result) -> list[int]:
    """Per opinion, the index of the opinion whose tracker row answers it (itself when shown).

    A group's members are answered by its representative, unless a campaign member adds a request
    of its own (``own_addition``): that member has a row of its own.
    """
    groups = {g.id: g for g in result.groups}
    out = []
    for i, op in enumerate(result.opinions):
        g = groups.get(op.group_id)
        if g is None or g.size < 2 or g.kind not in _ANSWERED_AS_ONE or op.is_representative or op.own_addition:
            out.append(i)
        else:
            out.append(int(g.representative))
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    # never a formula in Excel; a quote written first is doubled so that reading takes one off
    return "'" + text if text.startswith((*_FORMULA_START, "'")) else text


def _uncell(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def write_all_opinions(result, answering: list[int], path: Path) -> None:
    """Write every opinion to ``path`` (a temporary file first, renamed when complete)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow([h for h, _ in CSV_COLUMNS])
            groups = {g.id: g for g in result.groups}
            for i, op in enumerate(result.opinions):
                c, g = op.comment, groups.get(op.group_id)
                row = {"comment_id": c.id, "answered_by": result.opinions[answering[i]].comment.id,
                       "group": f"G{g.id}" if g is not None and g.size > 1 else "",
                       "group_kind": g.kind if g is not None and g.size > 1 else "single",
                       "department": op.department.name, "department_raw": op.department.raw,
                       "comment_text": c.text, "own_addition": op.own_addition,
                       "source_file": c.source.file, "source_sheet": c.source.sheet,
                       "source_row": c.source.row, "source_paragraph": c.source.paragraph}
                out.writerow([_cell(row[k]) for _, k in CSV_COLUMNS])
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def expand_rows(rows: list[dict[str, Any]], csv_path: Path) -> list[dict[str, Any]]:
    """The rows of a condensed tracker with every opinion the CSV lists under each, decisions copied.

    A row the CSV does not name stays as it is; an opinion of the CSV whose answering row is gone
    (deleted by hand) is not made up.
    """
    members: dict[str, list[dict[str, str]]] = {}
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        keys = {h: k for h, k in CSV_COLUMNS}
        names = [keys.get(h.strip(), h) for h in header]
        for values in reader:
            rec = {k: _uncell(v) for k, v in zip(names, values)}
            if rec.get("comment_id") and rec.get("answered_by") and rec["comment_id"] != rec["answered_by"]:
                members.setdefault(rec["answered_by"], []).append(rec)
    out = []
    for row in rows:
        out.append(row)
        rep = str(row.get("comment_id") or "")
        for m in members.get(rep, ()):
            copy = dict(row)
            copy.update(comment_id=m["comment_id"], department=m.get("department") or row.get("department"),
                        department_raw=m.get("department_raw", ""), comment_text=m.get("comment_text", ""),
                        duplicate_of=f"{m.get('group', '')}，同意见编号 {rep}", answered_by=rep,
                        is_representative=False, source_file=m.get("source_file", ""),
                        source_sheet=m.get("source_sheet", ""), source_row=_int(m.get("source_row")),
                        source_paragraph=_int(m.get("source_paragraph")))
            out.append(copy)
    return out


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text not in (None, "") else None
    except ValueError:
        return None
