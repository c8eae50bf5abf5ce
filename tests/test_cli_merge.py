"""The command line across rounds: merge, summary (起草说明) and learning routing from a tracker."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook

from consultagg.cli import build_parser, main
from consultagg.tracker import REMOVED_SHEET, read_tracker

ROUND1 = [
    ("水利厅", "建议强化黄河水资源刚性约束，明确用水总量和强度双控指标。"),
    ("科技厅", "建议增加生态环境科技创新内容，支持污染防治关键技术攻关。"),
    ("财政厅", "建议明确重点工程的资金来源和投资估算。"),
    ("自治区林草局", "建议补充贺兰山生态保护修复的具体任务。"),
    ("自治区自然资源厅", "建议补充贺兰山生态保护修复的具体任务。"),
    ("社会公众", "希望加快新能源公交车更新，减少柴油公交冒黑烟。"),
]
OWNERS = {"水利厅": "水生态环境处", "科技厅": "科技与财务处", "财政厅": "科技与财务处",
          "林草局": "自然生态保护处", "自然资源厅": "自然生态保护处", "社会公众": "大气环境处"}


def write_csv(path, rows):
    path.write_text("提出单位,意见内容\n" + "".join(f"{u},{t}\n" for u, t in rows), encoding="utf-8")
    return path


def fill(path, decide):
    """Open the tracker as staff would and fill decisions: ``decide(row dict) -> {header: value}``."""
    wb = load_workbook(path)
    ws = wb["意见汇总处理表"]
    headers = [c.value for c in ws[3]]
    for r in range(4, ws.max_row + 1):
        row = {h: ws.cell(r, j + 1).value for j, h in enumerate(headers)}
        for header, value in decide(row).items():
            ws.cell(r, headers.index(header) + 1, value)
    wb.save(path)


def first_round_decisions(row):
    text = row["意见内容"]
    out = {"承办处室": OWNERS[row["提出单位"].replace("自治区", "")]}
    if "黄河" in text:
        out.update({"处理意见": "已采纳", "修改情况": "第五章第一节已修改"})
    elif "科技" in text:
        out.update({"处理意见": "参考采纳", "处理说明（理由）": "在第十章统筹表述。"})
    elif "资金" in text:
        out.update({"处理意见": "暂不采纳", "处理说明（理由）": "投资估算在实施方案中明确。"})
    elif "贺兰山" in text and "本条为代表" in (row["重复/合并"] or ""):
        out.update({"处理意见": "原文已体现", "处理说明（理由）": "见第六章第二节。"})
    elif "贺兰山" in text:
        out.update({"处理意见": "合并处理"})  # 重复/合并 names the representative
    else:
        out.update({"处理意见": "待定"})
    return out


@pytest.fixture(scope="module")
def round1(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    src = write_csv(d / "第一轮意见.csv", ROUND1)
    out = d / "第一轮处理表.xlsx"
    assert main(["run", str(src), "-o", str(out), "--title", "生态环境保护规划"]) == 0
    fill(out, first_round_decisions)
    return d, out


def test_parser_knows_the_new_commands():
    p = build_parser()
    a = p.parse_args(["merge", "old.xlsx", "a.csv", "b.csv", "--plan", "p.txt", "-o", "new.xlsx",
                      "--learn-routing", "old.xlsx"])
    assert (a.previous, a.comments, a.plan, a.output, a.learn_routing) == (
        "old.xlsx", ["a.csv", "b.csv"], "p.txt", "new.xlsx", ["old.xlsx"])
    assert p.parse_args(["summary", "t.xlsx", "--draft"]).draft


def test_summary_refuses_while_rows_are_open(round1, capsys):
    _, tracker = round1
    capsys.readouterr()
    assert main(["summary", str(tracker)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "尚有1条意见未处理完毕" in captured.err and "处理意见为“待定”" in captured.err
    assert main(["summary", str(tracker), "--draft"]) == 0
    draft = capsys.readouterr().out
    # 6 received; 5 closed rows: 采纳 (黄河), 部分采纳 (科技), 未采纳 (资金), 已体现 → 采纳, 合并处理 →
    # follows 已体现. The number received counts the open row too (it said 5: false).
    assert "共收到意见建议6条（草稿：其中1条尚未处理完毕），已处理的5条中采纳3条，部分采纳1条，未采纳1条" in draft
    assert re.search(r"1\. 科技厅关于“增加生态环境科技创新内容[^”]*”的意见：在第十章统筹表述；2\. 财政厅关于“明确重点工程的资金来源和投资估算”的意见：投资估算在实施方案中明确。",
                     draft)


def test_merge_carries_decisions_and_summary_finalises(round1, capsys):
    d, old = round1
    rows = [r for r in ROUND1 if "资金" not in r[1]]  # 财政厅 withdrew its opinion
    rows[0] = (rows[0][0], rows[0][1].replace("。", "，并分解到各市。"))  # 水利厅 reworded
    rows.append(("卫生健康委", "建议增加医疗废物集中处置设施建设内容。"))
    src = write_csv(d / "第二轮意见.csv", rows[::-1])
    new = d / "第二轮处理表.xlsx"
    assert main(["merge", str(old), str(src), "-o", str(new)]) == 0
    out = capsys.readouterr().out
    assert "延续5条（其中意见内容有变化1条）" in out and "新增1条" in out and "未再提出1条" in out
    data = read_tracker(new)
    by_text = {r["comment_text"]: r for r in data.rows}
    water = by_text[rows[0][1]]
    assert (water["disposition"], water["revision_note"], water["owner"]) == ("采纳", "第五章第一节已修改", "水生态环境处")
    assert "【意见内容有变化】" in water["remarks"]
    assert by_text["建议增加医疗废物集中处置设施建设内容。"]["remarks"] == "【本轮新增】"
    (gone,) = data.removed
    assert (gone["department"], gone["disposition"], gone["reason"]) == ("财政厅", "不采纳", "投资估算在实施方案中明确。")
    assert REMOVED_SHEET in load_workbook(new, read_only=True).sheetnames
    # a tracker with decisions is not overwritten by another merge, except the one it came from
    assert main(["merge", str(old), str(src), "-o", str(new)]) == 1
    assert "已有处理意见" in capsys.readouterr().err
    # staff close the open rows; the summary is final now
    fill(new, lambda r: {"处理意见": "不采纳", "处理说明（理由）": "与国家政策口径不一致。"}
         if r["处理意见"] in (None, "待定") else {})
    assert main(["summary", str(new)]) == 0
    text = capsys.readouterr().out.strip()
    assert text.startswith("《生态环境保护规划》")
    assert "共收到意见建议6条，采纳3条，部分采纳1条，未采纳2条。" in text
    assert "草稿" not in text and text.count("与国家政策口径不一致") == 2


def test_learn_routing_from_an_earlier_tracker(round1, capsys):
    d, old = round1
    src = write_csv(d / "新意见.csv", [("水利厅", "建议强化黄河水资源刚性约束，明确用水总量。"),
                                    ("社会公众", "希望加快新能源公交车更新。")])
    out = d / "分办.xlsx"
    assert main(["run", str(src), "--learn-routing", str(old), "-o", str(out)]) == 0
    assert "学习分办：6条已分办意见，4个处室" in capsys.readouterr().err
    owners = {r["department"]: r["owner"] for r in read_tracker(out).rows}
    assert owners == {"水利厅": "水生态环境处", "社会公众": "大气环境处"}


def test_merge_errors_are_one_line(tmp_path, capsys):
    bad = tmp_path / "old.xlsx"
    bad.write_bytes(b"not a workbook")
    src = write_csv(tmp_path / "a.csv", ROUND1[:1])
    assert main(["merge", str(bad), str(src), "-o", str(tmp_path / "n.xlsx")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("错误：")
    assert main(["summary", str(tmp_path / "missing.xlsx")]) == 1
