"""Opinion ids stay one per opinion and follow it (release blockers from an outside test of reading, found at 81acb31).

A 序号 column restarts in every sheet and file: ids taken from it collided with the suffixes of a split
cell (``1-2`` naming two opinions) and moved to another opinion when a file was added or sheets were
reordered; and a 合并处理 carried to the next round was rewritten twice (1 → 1-2 → 1-4), pointing at
another unit's opinion answered otherwise.
"""

import openpyxl

import consultagg as ca
from consultagg.rounds import _rewrite_refs


def _book(path, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        ws.append(["序号", "提出单位", "意见内容"])
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path


A = ("甲", [[1, "自治区水利厅", "1. 建议增加河湖生态流量目标。2. 建议补充地下水超采治理内容。"]])
B = ("乙", [[1, "自治区林草局", "建议增加国土绿化以水定绿的表述。"], [2, "自治区林草局", "建议补充草原生态补奖政策。"]])


def test_ids_are_unique_when_a_split_cell_meets_another_sheets_numbers(tmp_path):
    ids = [c.id for c in ca.read_comments(_book(tmp_path / "a.xlsx", [A, B]))]
    assert len(ids) == 4 and len(set(ids)) == 4


def test_an_opinion_keeps_its_id_when_sheets_are_reordered_or_a_file_is_added(tmp_path):
    one = {c.text: c.id for c in ca.read_comments(_book(tmp_path / "a.xlsx", [A, B]))}
    two = {c.text: c.id for c in ca.read_comments(_book(tmp_path / "b.xlsx", [B, A]))}
    assert one == two
    (tmp_path / "dir").mkdir()
    _book(tmp_path / "dir" / "x.xlsx", [A, B])
    alone = {c.text: c.id for c in ca.read_comments(tmp_path / "dir")}
    _book(tmp_path / "dir" / "0_earlier.xlsx", [("丙", [[1, "自治区气象局", "建议补充温室气体监测站网建设。"]])])
    more = {c.text: c.id for c in ca.read_comments(tmp_path / "dir")}
    assert all(more[t] == i for t, i in alone.items())
    assert len(set(more.values())) == len(more)


def test_a_merge_reference_is_rewritten_once():
    # round 1: 1 (answered 不采纳) and 1-2 (合并处理 onto 1); round 2 the same opinions are 1-2 and 1-4
    assert _rewrite_refs("同意见编号 1（重复意见，随该条处理）", {"1": "1-2", "1-2": "1-4"}, {}) \
        == "同意见编号 1-2（重复意见，随该条处理）"
