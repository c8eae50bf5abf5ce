"""Fixes from letters set 61 (written blind, measured once at a449691), each with a text written anew.

Release blockers:
- A district's workbook with a 汇总 sheet of counts (单位 | 反馈意见条数 | 联系人) beside one sheet per street
  office read the counts as opinions (3, 3, 0 and the total 6), each with a street's name: the header
  反馈意见条数 was taken for the opinion column. A header that counts (条数/件数/个数/数量) names no text.
"""

from __future__ import annotations


def test_a_summary_sheet_of_counts_gives_no_opinions(tmp_path):
    from openpyxl import Workbook

    import consultagg as ca

    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    for row in (["序号", "单位", "反馈意见条数", "联系人", "备注"], [1, "东岗街道办事处", 2, "林某", None],
                [2, "西岗街道办事处", 0, "周某", "无意见"], ["合计", None, 2, None, None]):
        ws.append(row)
    east = wb.create_sheet("东岗街道")
    for row in (["序号", "涉及条款", "意见建议"], [1, "第十二条", "建议明确加装电梯的补贴标准。"],
                [2, "第二十条", "建议将社区养老用房纳入改造内容。"]):
        east.append(row)
    wb.save(tmp_path / "各街道意见.xlsx")
    rows = ca.read_comments(tmp_path / "各街道意见.xlsx")
    assert [r.text for r in rows] == ["建议明确加装电梯的补贴标准。", "建议将社区养老用房纳入改造内容。"]
    assert {r.department for r in rows} == {"东岗街道办事处"}


def test_a_header_that_counts_names_no_column_of_opinions():
    from consultagg.io.columns import match_header

    assert match_header("反馈意见条数") is None
    assert match_header("意见件数") is None
    assert match_header("反馈意见") == ("text", 3) or match_header("反馈意见")[0] == "text"
