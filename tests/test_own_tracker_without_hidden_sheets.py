"""A tracker of this tool among the comment inputs is not read as comments even when its hidden sheets are gone
(session 30). Failed before: with ``_meta`` deleted (or the main sheet copied into a new workbook, or saved as
.csv), the previous round's 79 opinions were read again as comments beside the letters (95 for 16+)."""

from __future__ import annotations

import csv

from openpyxl import Workbook, load_workbook

import consultagg as ca
from consultagg.records import Comment, Department, Opinion
from consultagg.result import ConsultationResult


def _tracker(tmp_path):
    ops = tuple(Opinion(Comment(f"A{i}", text, unit), Department(unit), 0, True, 0)
                for i, (text, unit) in enumerate((("建议补充地下水超采区综合治理内容。", "自治区水利厅"),
                                                  ("建议增加退化草原修复任务。", "自治区林草局"))))
    path = tmp_path / "上一轮处理表.xlsx"
    ConsultationResult(ops).to_excel(path)
    return path


def test_a_tracker_whose_hidden_sheets_were_deleted_is_not_read_as_comments(tmp_path):
    path = _tracker(tmp_path)
    wb = load_workbook(path)
    for name in [n for n in wb.sheetnames if n.startswith("_")]:
        del wb[name]
    wb.save(path)
    folder = tmp_path / "来函"
    folder.mkdir()
    path.rename(folder / path.name)
    (folder / "水利厅.txt").write_text("自治区水利厅关于规划的意见\n建议将再生水利用率目标提高到30%。\n", encoding="utf-8")
    comments = ca.read_comments(folder)
    assert [c.department for c in comments] == ["自治区水利厅"] and len(comments) == 1
    assert [f.rsplit("/", 1)[-1] for f, _ in comments.unread_files] == ["上一轮处理表.xlsx"]


def test_its_main_sheet_saved_as_csv_is_not_read_as_comments(tmp_path):
    rows = list(load_workbook(_tracker(tmp_path))["意见汇总处理表"].iter_rows(values_only=True))
    folder = tmp_path / "来函"
    folder.mkdir()
    with open(folder / "处理表.csv", "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([["" if v is None else v for v in r] for r in rows])
    (folder / "林草局.txt").write_text("自治区林草局关于规划的意见\n建议增加草原防火内容。\n", encoding="utf-8")
    comments = ca.read_comments(folder)
    assert [c.department for c in comments] == ["自治区林草局"]
    assert [f.rsplit("/", 1)[-1] for f, _ in comments.unread_files] == ["处理表.csv"]


def test_an_offices_own_table_with_a_numbered_column_is_still_read(tmp_path):
    # Guard: a unit's 意见反馈表 with 意见编号 of its own and a 处理意见 column for the office is comments.
    wb = Workbook()
    for row in (("意见编号", "提出单位", "意见内容", "处理意见"), ("1", "自治区水利厅", "建议补充地下水超采治理。", None),
                ("SL-02", "自治区水利厅", "建议提高再生水利用率目标。", None)):
        wb.active.append(row)
    wb.save(tmp_path / "反馈表.xlsx")
    assert len(ca.read_comments(tmp_path / "反馈表.xlsx")) == 2
