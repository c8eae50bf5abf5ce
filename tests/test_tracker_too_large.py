"""A tracker of more opinions than one sheet holds is never written half (issue 22): refused before any
file is touched, with the count and what to do; the CLI keeps the JSON result so nothing is lost."""

import json

import pytest

import consultagg.tracker.writer as writer
from consultagg.cli import main
from consultagg.records import Comment, Department, Opinion
from consultagg.result import ConsultationResult
from consultagg.tracker import TrackerTooLargeError


def _result(n: int) -> ConsultationResult:
    ops = tuple(Opinion(Comment(f"C{i}", f"建议补充第{i}项治理措施。"), Department("自治区生态环境厅"),
                        group_id=i, is_representative=True, topic_id=0) for i in range(n))
    return ConsultationResult(ops, title="规划")


def test_more_opinions_than_a_sheet_holds_are_refused_before_writing(tmp_path, monkeypatch):
    monkeypatch.setattr(writer, "SHEET_ROWS", writer.HEADER_ROW + 3)  # room for three opinions
    writer.write_tracker(_result(3), tmp_path / "ok.xlsx")
    target = tmp_path / "处理表.xlsx"
    target.write_bytes(b"keep")
    with pytest.raises(TrackerTooLargeError, match="4 条意见") as err:
        writer.write_tracker(_result(4), target, overwrite=True)
    assert "--json" in str(err.value)
    assert target.read_bytes() == b"keep"  # the file there is untouched, no backup made
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.xlsx", "处理表.xlsx"]


def test_the_cli_keeps_the_json_when_the_tracker_cannot_hold_every_opinion(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(writer, "SHEET_ROWS", writer.HEADER_ROW + 1)
    src = tmp_path / "意见.txt"
    src.write_text("自治区水利厅关于规划的意见\n一、建议补充河湖长制内容。\n二、建议增加农村供水保障指标。\n自治区水利厅\n2024年3月1日\n",
                   encoding="utf-8")
    code = main(["run", str(src), "-o", str(tmp_path / "处理表.xlsx"), "--json", str(tmp_path / "结果.json")])
    assert code == 1
    assert not (tmp_path / "处理表.xlsx").exists()
    assert len(json.loads((tmp_path / "结果.json").read_text(encoding="utf-8"))["opinions"]) == 2
    err = capsys.readouterr().err
    assert "2 条意见" in err and "结果.json" in err
