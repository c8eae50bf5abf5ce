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


def _form(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "提出单位", "章节条款", "原文内容", "修改意见", "修改理由"])
    ws.append([1, "北岭市人民政府", "第二章第二节", "PM2.5浓度目标值为30微克/立方米", "建议调整为32微克/立方米", "重大项目陆续投产，完成难度大。"])
    ws.append([2, "北岭市人民政府", "第七章", "（无）", "建议增加绿色港口示范区建设内容", None])
    path = tmp_path / "反馈表.xlsx"
    wb.save(path)
    return path


def test_a_forms_original_wording_and_reason_reach_the_tracker(tmp_path):
    result = ca.analyse(ca.read_comments(_form(tmp_path)))
    recs = {r["comment_text"]: r for r in result.to_records()}
    first = recs["建议调整为32微克/立方米"]
    assert first["original_text"] == "PM2.5浓度目标值为30微克/立方米"
    assert first["comment_reason"] == "重大项目陆续投产，完成难度大。"
    assert first["reason"] == ""  # the office's own 处理说明（理由） stays the office's
    assert recs["建议增加绿色港口示范区建设内容"]["original_text"] == ""
    out = result.to_excel(tmp_path / "t.xlsx")
    header = [c.value for c in openpyxl.load_workbook(out).worksheets[0][3]]
    assert header[header.index("修改建议") + 1] == "提出理由"
