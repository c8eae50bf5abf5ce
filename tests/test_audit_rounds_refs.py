"""A reason naming another row (理由同第2条) follows that row into the next round, whatever the answer (outside test of
the rounds workflow, found at 5ad6ebb: only a 合并处理's reason was rewritten, and 理由同第2条 pointed at another row
once new letters moved the 序号)."""

import openpyxl

import consultagg as ca
from consultagg.cli import main


def _letter(folder, name, unit, points):
    folder.mkdir(exist_ok=True)
    body = "\n".join(f"    {k}.{p}" for k, p in enumerate(points, 1))
    (folder / name).write_text(f"{unit}关于规划的意见\n\n自治区生态环境厅：\n{body}\n\n{unit}\n2021年5月20日\n", encoding="utf-8")


def test_a_reason_naming_a_row_follows_it(tmp_path):
    _letter(tmp_path / "r1", "水利厅.txt", "自治区水利厅", ["建议增加河湖生态流量保障目标。", "建议补充地下水超采治理内容。"])
    assert main(["run", str(tmp_path / "r1"), "-o", str(tmp_path / "t1.xlsx"), "-q"]) == 0
    wb = openpyxl.load_workbook(tmp_path / "t1.xlsx")
    ws = wb["意见汇总处理表"]
    head = {c.value: c.column for c in ws[3]}
    seq_of = {ws.cell(r, head["意见内容"]).value: ws.cell(r, head["序号"]).value for r in range(4, ws.max_row + 1)}
    target = seq_of["建议增加河湖生态流量保障目标。"]
    for r in range(4, ws.max_row + 1):
        text = ws.cell(r, head["意见内容"]).value
        ws.cell(r, head["处理意见"]).value = "不采纳"
        ws.cell(r, head["处理说明（理由）"]).value = "已有专项规划" if text.startswith("建议增加河湖") else f"理由同第{target}条"
    wb.save(tmp_path / "t1.xlsx")
    (tmp_path / "r2").mkdir()
    for f in (tmp_path / "r1").iterdir():
        (tmp_path / "r2" / f.name).write_bytes(f.read_bytes())
    _letter(tmp_path / "r2", "发改委.txt", "自治区发展和改革委员会", ["建议补充生态补偿资金的来源。", "建议增加环保专项资金绩效评价。"])
    assert main(["merge", str(tmp_path / "t1.xlsx"), str(tmp_path / "r2"), "-o", str(tmp_path / "t2.xlsx"), "-q"]) == 0
    rows = ca.read_tracker(tmp_path / "t2.xlsx").rows
    new_seq = {r["comment_text"]: r["seq"] for r in rows}
    reason = next(r["reason"] for r in rows if r["comment_text"] == "建议补充地下水超采治理内容。")
    assert reason == f"理由同第{new_seq['建议增加河湖生态流量保障目标。']}条"
