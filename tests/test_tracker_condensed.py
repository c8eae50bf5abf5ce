"""A tracker of more opinions than a sheet holds (issue 22): each distinct opinion once with its count,
every opinion in a CSV beside it, said in the tracker and on stderr; read back, a decision typed on
a row reaches every opinion it stands for. Nothing is dropped."""

import csv

import pytest
from openpyxl import load_workbook

import consultagg as ca
import consultagg.tracker.writer as writer
from consultagg.cli import main
from consultagg.records import Comment, Department, DuplicateGroup, Opinion
from consultagg.result import ConsultationResult
from consultagg.tracker import TrackerTooLargeError, read_tracker
from consultagg.tracker.condensed import all_opinions_path

TEXTS = (["建议加强黄河干流水质监测，增设自动监测站点。"] * 3 + ["建议将城市生活污水集中收集率目标值调整为75%。"] * 2
         + ["建议补充农村黑臭水体治理内容。", "=HYPERLINK(\"http://x\")建议删除第三章第二节。"])
UNITS = ["自治区水利厅", "自治区生态环境厅", "银川市人民政府", "自治区住房和城乡建设厅", "石嘴山市人民政府",
         "自治区农业农村厅", "社会公众"]


def _result():
    return ca.analyse([{"提出单位": u, "意见内容": t} for u, t in zip(UNITS, TEXTS)])


def _main_rows(path):
    ws = load_workbook(path)["意见汇总处理表"]
    header = [c.value for c in ws[3]]
    return ws, header, [r for r in ws.iter_rows(min_row=4, values_only=True) if any(v is not None for v in r)]


def test_each_distinct_opinion_once_and_every_opinion_in_the_csv_beside_it(tmp_path, monkeypatch, caplog):
    result = _result()
    assert result.n_distinct == 4
    monkeypatch.setattr(writer, "SHEET_ROWS", writer.HEADER_ROW + 4)  # room for 4 rows, 7 opinions
    out = writer.write_tracker(result, tmp_path / "处理表.xlsx")
    ws, header, rows = _main_rows(out)
    assert len(rows) == 4
    assert "全部7条意见见同目录《处理表.全部意见.csv》" in ws["A2"].value
    dup = [r[header.index("重复/合并")] for r in rows]
    assert sum("本行代表3条意见，其余2条见《处理表.全部意见.csv》" in (d or "") for d in dup) == 1
    assert sum("本行代表2条意见" in (d or "") for d in dup) == 1
    with open(all_opinions_path(out), encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.DictReader(fh))
    assert sorted(x["意见编号"] for x in lines) == sorted(op.comment.id for op in result.opinions)
    shown_ids = {r[header.index("意见编号")] for r in rows}
    assert {x["处理表意见编号"] for x in lines} == shown_ids  # every opinion answered by a row shown
    assert any(x["意见内容"].startswith("'=HYPERLINK") for x in lines)  # never a formula in Excel
    assert "more than one sheet holds" in caplog.text


def test_a_decision_on_a_row_reaches_every_opinion_it_stands_for(tmp_path, monkeypatch):
    result = _result()
    monkeypatch.setattr(writer, "SHEET_ROWS", writer.HEADER_ROW + 4)
    out = writer.write_tracker(result, tmp_path / "处理表.xlsx")
    wb = load_workbook(out)
    ws = wb["意见汇总处理表"]
    header = [c.value for c in ws[3]]
    col_text, col_disp, col_reason = (header.index(h) + 1 for h in ("意见内容", "处理意见", "处理说明（理由）"))
    for r in range(4, ws.max_row + 1):
        if str(ws.cell(r, col_text).value or "").startswith("建议加强黄河"):
            ws.cell(r, col_disp).value = "采纳"
            ws.cell(r, col_reason).value = "已在第四章补充。"
    wb.save(out)
    data = read_tracker(out)
    assert len(data.rows) == 7 and not data.problems
    assert sorted(r["comment_id"] for r in data.rows) == sorted(op.comment.id for op in result.opinions)
    taken = [r for r in data.rows if r["disposition"] == "采纳"]
    assert len(taken) == 3 and {r["department"] for r in taken} == {"自治区水利厅", "自治区生态环境厅", "银川市人民政府"}
    assert all(r["comment_text"] == TEXTS[0] for r in taken)
    assert any(r["comment_text"] == TEXTS[-1] for r in data.rows)  # the quoted cell read back as written
    merged = ca.merge_tracker(data, _result())
    assert sum(op.disposition == "采纳" for op in merged.opinions) == 3


def test_without_the_csv_the_rows_are_read_and_the_missing_file_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr(writer, "SHEET_ROWS", writer.HEADER_ROW + 4)
    out = writer.write_tracker(_result(), tmp_path / "处理表.xlsx")
    all_opinions_path(out).unlink()
    data = read_tracker(out)
    assert len(data.rows) == 4
    assert any("处理表.全部意见.csv" in str(p) for p in data.problems)


def test_a_campaign_member_adding_its_own_request_has_a_row_of_its_own(tmp_path, monkeypatch):
    text = "建议加强黄河干流水质监测。"
    ops = tuple(Opinion(Comment(f"C{i}", text + ("另建议增设湿地公园。" if i == 2 else "")), Department(f"单位{i}"),
                        group_id=0, is_representative=i == 0, topic_id=0,
                        own_addition="另建议增设湿地公园。" if i == 2 else "") for i in range(4))
    result = ConsultationResult(ops, groups=(DuplicateGroup(0, "campaign", (0, 1, 2, 3), 0),), title="规划")
    monkeypatch.setattr(writer, "SHEET_ROWS", writer.HEADER_ROW + 3)
    out = writer.write_tracker(result, tmp_path / "处理表.xlsx")
    _, header, rows = _main_rows(out)
    assert sorted(r[header.index("意见编号")] for r in rows) == ["C0", "C2"]


def test_more_distinct_opinions_than_a_sheet_holds_are_still_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(writer, "SHEET_ROWS", writer.HEADER_ROW + 3)
    with pytest.raises(TrackerTooLargeError, match="合并重复后 4 条"):
        writer.write_tracker(_result(), tmp_path / "处理表.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_the_cli_says_where_every_opinion_went(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(writer, "SHEET_ROWS", writer.HEADER_ROW + 4)
    src = tmp_path / "意见.csv"
    with open(src, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["提出单位", "意见内容"])
        w.writerows(zip(UNITS, TEXTS))
    code = main(["run", str(src), "-o", str(tmp_path / "处理表.xlsx")])
    assert code == 0
    assert "全部意见另存于" in capsys.readouterr().err
    assert all_opinions_path(tmp_path / "处理表.xlsx").exists()


def test_overwriting_a_decided_condensed_tracker_backs_up_its_list_too(tmp_path, monkeypatch):
    monkeypatch.setattr(writer, "SHEET_ROWS", writer.HEADER_ROW + 4)
    out = writer.write_tracker(_result(), tmp_path / "处理表.xlsx")
    wb = load_workbook(out)
    ws = wb["意见汇总处理表"]
    header = [c.value for c in ws[3]]
    ws.cell(4, header.index("处理意见") + 1).value = "不采纳"
    ws.cell(4, header.index("处理说明（理由）") + 1).value = "与上位规划不符。"
    wb.save(out)
    decided = {r["comment_id"] for r in read_tracker(out).rows if r["disposition"] == "不采纳"}
    writer.write_tracker(_result(), out, overwrite=True)
    backups = [p for p in tmp_path.iterdir() if "备份" in p.name and p.suffix == ".xlsx"]
    assert len(backups) == 1 and all_opinions_path(backups[0]).exists()
    again = {r["comment_id"] for r in read_tracker(backups[0]).rows if r["disposition"] == "不采纳"}
    assert again == decided and len(decided) >= 1
