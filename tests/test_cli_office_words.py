"""The command line speaks the office's language: CLI flags, not Python keywords; no library English."""

import re

from openpyxl import Workbook

from consultagg.cli import main

CSV = "提出单位,意见内容\n水利厅,建议强化黄河水资源刚性约束。\n科技厅,建议增加生态环境科技创新内容。\n"


def _error(capsys) -> str:
    err = capsys.readouterr().err
    lines = [ln for ln in err.splitlines() if ln.startswith("错误：")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_no_text_column_names_the_flag(tmp_path, capsys):
    src = tmp_path / "意见.csv"
    src.write_text("编号,时间\n1,2020-01-01\n", encoding="utf-8")
    assert main(["run", str(src), "-o", str(tmp_path / "t.xlsx")]) == 1
    line = _error(capsys)
    assert "--text-column" in line and "columns=" not in line and "意见.csv" in line


def test_encoding_flag_reads_a_file_auto_detection_cannot(tmp_path, capsys):
    src = tmp_path / "意见.csv"
    src.write_bytes(CSV.encode("big5", errors="ignore") if False else CSV.encode("utf-16-le"))
    assert main(["run", str(src), "-o", str(tmp_path / "t.xlsx")]) == 1
    line = _error(capsys)
    assert "--encoding" in line and "encoding=" not in line
    assert main(["run", str(src), "-o", str(tmp_path / "t.xlsx"), "--encoding", "utf-16-le"]) == 0
    assert "共收到" in capsys.readouterr().out


def test_summary_of_a_csv_says_it_is_not_a_tracker(tmp_path, capsys):
    src = tmp_path / "意见.csv"
    src.write_text(CSV, encoding="utf-8")
    assert main(["summary", str(src)]) == 1
    line = _error(capsys)
    assert "意见.csv" in line and "处理表" in line and ".xlsx" in line
    assert not re.search(r"openpyxl|does not support|Errno", line)


def test_merge_and_learn_routing_given_a_workbook_that_is_no_tracker(tmp_path, capsys):
    wb = Workbook()
    wb.active.append(["项目", "金额"])
    wb.active.append(["生态补偿", 100])
    book = tmp_path / "预算表.xlsx"
    wb.save(book)
    src = tmp_path / "意见.csv"
    src.write_text(CSV, encoding="utf-8")
    assert main(["merge", str(book), str(src), "-o", str(tmp_path / "t.xlsx")]) == 1
    line = _error(capsys)
    assert "预算表.xlsx" in line and "处理表" in line and "no sheet" not in line
    assert main(["run", str(src), "-o", str(tmp_path / "t.xlsx"), "--learn-routing", str(src)]) == 1
    line = _error(capsys)
    assert "意见.csv" in line and "处理表" in line and not re.search(r"openpyxl|does not support", line)


def test_a_broken_xlsx_is_named_in_chinese(tmp_path, capsys):
    bad = tmp_path / "损坏.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    assert main(["run", str(bad), "-o", str(tmp_path / "t.xlsx")]) == 1
    line = _error(capsys)
    assert "损坏.xlsx" in line
    assert not re.search(r"[A-Za-z]{4,} [A-Za-z]{4,} [A-Za-z]{4,}", line), line  # no English sentence
