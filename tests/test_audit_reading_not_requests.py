"""A letter's title marked as a corrected or second version, and a message of praise only, are no opinions (found by
an outside test of reading at 81acb31: each was a tracker row to answer)."""

import openpyxl
import pytest

import consultagg as ca

T = "某自治区“十四五”生态环境保护规划（征求意见稿）"


@pytest.mark.parametrize("version", ["（更正稿）", "（第二次）", "（修改稿）"])
def test_a_titled_version_is_no_opinion(tmp_path, version):
    (tmp_path / "l.txt").write_text(f"自治区工业和信息化厅关于对《{T}》的意见{version}\n\n自治区生态环境厅：\n"
                                    "    我厅5月19日报送的意见有误，现更正如下，以本稿为准：\n    1. 建议补充工业固体废物综合利用率目标。\n\n"
                                    "自治区工业和信息化厅\n2021年5月21日\n", encoding="utf-8")
    assert [c.text for c in ca.read_comments(tmp_path / "l.txt")] == ["建议补充工业固体废物综合利用率目标。"]


def test_praise_only_messages_are_set_aside(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["留言编号", "留言人", "留言内容"])
    for i, t in enumerate(["支持！家乡的天越来越蓝了👍", "点赞！空气越来越好了", "支持！建议多建公园。"], 1):
        ws.append([f"P{i}", "某", t])
    wb.save(tmp_path / "p.xlsx")
    assert [c.text for c in ca.read_comments(tmp_path / "p.xlsx")] == ["支持！建议多建公园。"]
