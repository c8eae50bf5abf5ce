"""Drafts as offices give them (outside test of sections and reports, /tmp/audit5/REPORT.md), each failing at d59ff85:

- C7: a draft opening with its 目录 was read twice (the contents' lines made empty chapters, opinions went to them);
- C6: a quotation found in two places of the draft went to the first, shown as sure;
- D1: an empty draft (or a title alone) was taken without a word: every opinion 总体/未定位;
- B7: units writing 市水务局 on a 清河市 plan got no home region (every bureau counted 盟市).
Drafts and letters are written for these tests.
"""

from __future__ import annotations

import consultagg as ca
from consultagg.cli import main
from consultagg.sections.plan import parse_plan

BODY = ("第一章 发展基础\n第一节 成效\n县级以上集中式饮用水水源地水质达标率保持100%。\n第二节 问题\n结构性问题突出。\n"
        "第二章 主要任务\n第一节 水环境\n到2025年，县级以上集中式饮用水水源地水质达标率保持100%。\n第二节 大气环境\n推进散煤治理。\n")
TOC = ("清河市“十四五”生态环境保护规划\n\n目  录\n\n第一章 发展基础……………………1\n  第一节 成效………………1\n  第二节 问题………………1\n"
       "第二章 主要任务……………………2\n  第一节 水环境………………2\n  第二节 大气环境………………2\n\n")


def test_the_contents_of_a_draft_are_no_chapters():
    plan = parse_plan(TOC + BODY)
    chapters = [s for s in plan.sections if s.kind == "章"]
    assert len(chapters) == 2 and all("…" not in s.title for s in plan.sections)
    assert plan.sections[1].text  # 第一节 holds its own text, not the contents' line


def test_a_quotation_found_in_two_places_asks_to_be_checked():
    result = ca.analyse([{"提出单位": "清河市水务局", "意见内容": "建议将“县级以上集中式饮用水水源地水质达标率保持100%”补充乡镇级水源地。"}],
                        plan="清河市“十四五”生态环境保护规划\n" + BODY, home_region="清河市")
    cell = result.to_records()[0]["section"]
    assert cell == "总体/未定位" or "请核实" in cell


def test_an_empty_draft_is_said(tmp_path, capsys):
    (tmp_path / "draft.txt").write_text("清河市“十四五”生态环境保护规划\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("清河市水务局关于规划的意见\n一、建议扩大入河排污口排查范围。\n", encoding="utf-8")
    rc = main(["run", "-q", str(tmp_path / "a.txt"), "--plan", str(tmp_path / "draft.txt"), "-o", str(tmp_path / "t.xlsx")])
    assert rc == 0 and "未识别到章节标题" in capsys.readouterr().err


def test_a_city_plan_with_units_writing_only_shi_infers_the_city():
    result = ca.analyse([{"单位": "市水务局", "意见": "建议扩大入河排污口排查范围。"},
                         {"单位": "市财政局", "意见": "建议明确专项资金来源。"}],
                        plan="清河市“十四五”生态环境保护规划\n第一章 总则\n坚持生态优先。\n")
    assert {op.department.category for op in result.opinions} == {"政府部门"}
