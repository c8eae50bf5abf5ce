"""The subject line a message came with (留言主题) is shown in the tracker, and a tracker with it
reads back with every decision (issue: the subject was read but never shown)."""

import openpyxl
from openpyxl import Workbook

import consultagg as ca
from consultagg.rounds import merge_tracker
from consultagg.tracker.reader import read_tracker


def _export(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["留言编号", "留言用户", "留言主题", "留言详情"])
    ws.append(["A1", "王某", "小区门口路灯不亮", "建议尽快修复小区门口路灯，晚上出行很不安全。"])
    ws.append(["A2", "赵某", "夜班公交", "建议增加城郊夜班公交线路，方便下夜班的职工。"])
    path = tmp_path / "留言.xlsx"
    wb.save(path)
    return path


def test_subject_is_shown_beside_the_text(tmp_path):
    out = ca.analyse(ca.read_comments(_export(tmp_path))).to_excel(tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in ws[3]]
    col = header.index("留言主题")
    assert header[col + 1] == "意见内容"
    subjects = {r[col] for r in ws.iter_rows(min_row=4, values_only=True)}
    assert subjects == {"小区门口路灯不亮", "夜班公交"}


def test_a_tracker_with_subjects_carries_its_decisions(tmp_path):
    out = ca.analyse(ca.read_comments(_export(tmp_path))).to_excel(tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[3]]
    ws.cell(row=4, column=header.index("处理意见") + 1, value="采纳")
    ws.cell(row=4, column=header.index("修改情况") + 1, value="已在第六章补充")
    wb.save(out)
    data = read_tracker(out)
    assert {r["title"] for r in data.rows} == {"小区门口路灯不亮", "夜班公交"}
    again = merge_tracker(data, ca.analyse(ca.read_comments(_export(tmp_path))))
    assert sorted(o.disposition for o in again.opinions) == ["", "采纳"]


def test_no_subject_column_without_subjects(tmp_path):
    out = ca.analyse([{"text": "建议增加城郊夜班公交线路。"}, {"text": "建议修复路灯。"}]).to_excel(tmp_path / "t.xlsx")
    header = [c.value for c in openpyxl.load_workbook(out).worksheets[0][3]]
    assert "留言主题" not in header
