"""Nothing the office wrote is lost: trackers with decisions, inputs and output paths.

Each case is one a drafting office met: ``--overwrite`` over a tracker holding decisions, a tracker
where staff only routed opinions (承办处室) and left notes (备注), a hand-made tracker with 办理意见 /
办理情况 columns, ``-o`` naming an input, and outputs that could only fail after the analysis.
"""

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from consultagg.cli import main
from consultagg.tracker import find_decisions, read_tracker

CSV = ("提出单位,意见内容,章节\n"
       "水利厅,建议强化黄河水资源刚性约束。,第三章\n"
       "科技厅,建议增加生态环境科技创新内容。,\n"
       "财政厅,建议明确生态补偿资金来源。,第五章\n")


def _tracker(tmp_path: Path, capsys) -> Path:
    src = tmp_path / "意见.csv"
    src.write_text(CSV, encoding="utf-8")
    out = tmp_path / "处理表.xlsx"
    assert main(["run", str(src), "-o", str(out)]) == 0
    capsys.readouterr()
    return out


def _edit(path: Path, values: dict[str, str], rows=(4,)) -> None:
    """Type ``{header: value}`` into the main sheet, as staff would, and save."""
    wb = load_workbook(path)
    ws = wb["意见汇总处理表"]
    col = {c.value: c.column for c in ws[3] if c.value}
    for r in rows:
        for header, value in values.items():
            ws.cell(row=r, column=col[header], value=value)
    wb.save(path)


def _new_input(tmp_path: Path) -> Path:
    new = tmp_path / "新意见.csv"
    new.write_text("提出单位,意见内容\n林草局,建议补充湿地保护修复内容。\n", encoding="utf-8")
    return new


def test_overwrite_keeps_a_backup_that_reads_back_whole(tmp_path, capsys):
    out = _tracker(tmp_path, capsys)
    _edit(out, {"处理意见": "采纳", "修改情况": "第三章第二节已补充。"}, rows=(4, 5))
    before = read_tracker(out).decided()
    assert len(before) == 2
    assert main(["run", str(_new_input(tmp_path)), "-o", str(out), "--overwrite"]) == 0
    err = capsys.readouterr().err
    backups = sorted(tmp_path.glob("处理表.备份-*.xlsx"))
    assert len(backups) == 1, list(tmp_path.iterdir())
    assert backups[0].name in err and "备份" in err
    kept = read_tracker(backups[0]).decided()
    assert [(r["comment_id"], r["disposition"], r["revision_note"]) for r in kept] == \
        [(r["comment_id"], r["disposition"], r["revision_note"]) for r in before]
    # The new tracker is there too.
    assert any("湿地" in r["comment_text"] for r in read_tracker(out).rows)


def test_help_and_refusal_speak_of_the_command_line(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    helptext = " ".join(capsys.readouterr().out.split())
    assert "备份" in helptext
    out = _tracker(tmp_path, capsys)
    _edit(out, {"处理意见": "不采纳", "处理说明（理由）": "已在其他规划中体现。"})
    assert main(["run", str(_new_input(tmp_path)), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "--overwrite" in err and "consultagg merge" in err
    assert "overwrite=True" not in err


@pytest.mark.parametrize("values", [
    {"承办处室": "水生态环境处"},
    {"备注": "已电话联系水利厅核实。"},
    {"承办处室": "规划财务处", "备注": "请财务处牵头。"},
])
def test_routing_and_notes_are_decisions_too(tmp_path, capsys, values):
    # The 分办 step: staff filled only 承办处室 and 备注. merge and read_tracker count them as
    # decisions, so the guard must as well.
    out = _tracker(tmp_path, capsys)
    _edit(out, values)
    assert read_tracker(out).decided()
    assert find_decisions(out) is not None
    data = out.read_bytes()
    assert main(["run", str(_new_input(tmp_path)), "-o", str(out)]) == 1
    assert out.read_bytes() == data
    assert not list(tmp_path.glob("*.备份-*"))


@pytest.mark.parametrize("headers", [("办理意见", "办理情况"), ("采纳情况", "未采纳理由"), ("处理结果", "说明理由")])
def test_hand_made_tracker_with_other_decision_headers_is_kept(tmp_path, capsys, headers):
    wb = Workbook()
    ws = wb.active
    ws.title = "意见汇总"
    ws.append(["序号", "提出单位", "意见内容", *headers])
    ws.append([1, "水利厅", "建议强化黄河水资源刚性约束。", "采纳", "已在第三章补充"])
    ws.append([2, "科技厅", "建议增加科技创新内容。", None, None])
    out = tmp_path / "手工处理表.xlsx"
    wb.save(out)
    assert find_decisions(out) is not None
    assert read_tracker(out).decided()
    data = out.read_bytes()
    assert main(["run", str(_new_input(tmp_path)), "-o", str(out)]) == 1
    assert out.read_bytes() == data
    assert "已有处理意见" in capsys.readouterr().err


def test_output_equal_to_an_input_is_refused_before_anything_is_read(tmp_path, capsys, monkeypatch):
    wb = Workbook()
    ws = wb.active
    ws.append(["提出单位", "意见内容"])
    ws.append(["水利厅", "建议强化黄河水资源刚性约束。"])
    src = tmp_path / "意见.xlsx"
    wb.save(src)
    data = src.read_bytes()
    assert main(["run", str(src), "-o", str(src)]) == 1
    err = capsys.readouterr().err
    assert "输入" in err and "意见.xlsx" in err
    assert src.read_bytes() == data
    # Also through another spelling of the same path, and -o inside an input folder.
    folder = tmp_path / "来函"
    folder.mkdir()
    (folder / "01_水利厅.txt").write_text("水利厅关于规划的意见\n一、建议强化黄河水资源刚性约束。\n", encoding="utf-8")
    assert main(["run", str(src), "-o", str(tmp_path / "." / "意见.xlsx")]) == 1
    assert main(["run", str(folder), "-o", str(folder / "处理表.xlsx")]) == 1
    assert not (folder / "处理表.xlsx").exists()
    assert src.read_bytes() == data


@pytest.mark.parametrize("args, words", [
    (["-o", "{d}/没有的文件夹/处理表.xlsx"], ["没有的文件夹"]),
    (["-o", "{d}/处理表.csv"], [".xlsx"]),
    (["-o", "{d}/处理表.xlsx", "--json", "{d}/没有的文件夹/r.json"], ["没有的文件夹"]),
])
def test_output_paths_are_checked_before_the_analysis(tmp_path, capsys, monkeypatch, args, words):
    import consultagg.cli

    src = tmp_path / "意见.csv"
    src.write_text(CSV, encoding="utf-8")

    def too_late(*a, **k):
        raise AssertionError("the comments were read before the output paths were checked")

    monkeypatch.setattr(consultagg.cli, "read_comments", too_late)
    argv = ["run", str(src), *[a.format(d=tmp_path) for a in args]]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert all(w in err for w in words), err
    assert "Traceback" not in err and "AssertionError" not in err
    assert not (tmp_path / "处理表.xlsx").exists()


def test_outputs_are_written_all_or_nothing(tmp_path, capsys, monkeypatch):
    # The JSON cannot be written (a folder of that name is in the way): no tracker either.
    src = tmp_path / "意见.csv"
    src.write_text(CSV, encoding="utf-8")
    (tmp_path / "r.json").mkdir()
    out = tmp_path / "处理表.xlsx"
    assert main(["run", str(src), "-o", str(out), "--json", str(tmp_path / "r.json")]) == 1
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name not in ("意见.csv", "r.json")]


def test_a_rerun_that_loses_nothing_keeps_no_backup(tmp_path, capsys):
    # The demo (承办处室 filled by its routing rules) run twice into one folder: the second run
    # reproduces every decision cell, so nothing is backed up; once staff typed a decision, it is.
    out = tmp_path / "d"
    assert main(["demo", "-o", str(out)]) == 0
    assert main(["demo", "-o", str(out)]) == 0
    assert not list(out.glob("*.备份-*"))
    _edit(out / "tracker.xlsx", {"处理意见": "采纳"})
    assert main(["demo", "-o", str(out)]) == 0
    assert len(list(out.glob("tracker.备份-*.xlsx"))) == 1
