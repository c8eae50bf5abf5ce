"""The revision tracker writer: layout, dropdown, print settings, text safety, atomic saving."""

from __future__ import annotations

import doctest
import math
import os
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from consultagg.records import Comment, Department, DuplicateGroup, Opinion, RosterEntry, Source, Topic
from consultagg.result import ConsultationResult
from consultagg.tracker import (DISPOSITION_VALUES, OVERFLOW_NOTE, TrackerOverwriteError, find_decisions,
                                get_profile, write_tracker)
from consultagg.tracker import layout as profiles_module
from consultagg.tracker import safety
from consultagg.tracker import writer as writer_module

INJECTIONS = [
    "=1+1", "+1", "-1+2", "@SUM(A1)", "\t=cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")', " =1+1",
    "\r=1", "#N/A", "－1", "＝SUM(A1)",
]
PLAN_HEADERS = ["序号", "意见编号", "提出单位", "单位类别", "章节条款", "页码/行号", "意见类型", "原文", "意见内容",
                "修改建议", "主题", "重复/合并", "处理意见", "处理说明（理由）", "修改情况", "承办处室", "备注"]


def make_result(rows, *, title="宁夏生态环境保护“十四五”规划", roster=()) -> ConsultationResult:
    """A result built by hand: ``rows`` are dicts with text and optional fields.

    Keys: text, dept, category, section, group (label), topic (name), disposition, reason, location.
    """
    topic_names = list(dict.fromkeys(r.get("topic", "综合") for r in rows))
    labels = [r.get("group", f"single-{i}") for i, r in enumerate(rows)]
    members: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        members.setdefault(label, []).append(i)
    group_ids = {g: k for k, g in enumerate(members)}
    opinions = []
    for i, r in enumerate(rows):
        dept = r.get("dept", "自治区发展改革委")
        comment = Comment(
            id=r.get("id", f"C-{i + 1:03d}"), text=r["text"], department=r.get("dept_raw", dept),
            location=r.get("location"), proposed_change=r.get("change"),
            source=Source(file="意见汇总.xlsx", sheet="Sheet1", row=i + 2), meta={"联系人": f"张{i}"})
        opinions.append(Opinion(
            comment=comment,
            department=Department(dept, full_name=f"宁夏回族自治区{dept}", raw=r.get("dept_raw", dept),
                                  category=r.get("category", "政府部门"), confidence=1.0, known=True),
            group_id=group_ids[labels[i]], is_representative=members[labels[i]][0] == i,
            topic_id=topic_names.index(r.get("topic", "综合")),
            section_id=r.get("section_id"), section_path=r.get("section", ""), section_score=0.8,
            section_method="reference" if r.get("section") else "none", owner=r.get("owner"),
            comment_type=r.get("type", "实质性"), disposition=r.get("disposition", ""),
            reason=r.get("reason", "")))
    groups = []
    for label, idx in members.items():
        kind = "single" if len(idx) == 1 else rows[idx[0]].get("kind", "near")
        groups.append(DuplicateGroup(id=group_ids[label], kind=kind, members=tuple(idx),
                                     representative=idx[0]))
    sizes = Counter(r.get("topic", "综合") for r in rows)
    topics = tuple(Topic(id=k, name=name, key_phrases=(name, "生态"), size=sizes[name])
                   for k, name in enumerate(topic_names))
    return ConsultationResult(tuple(opinions), groups=tuple(groups), topics=topics, roster=tuple(roster),
                              title=title)


SAMPLE = [
    dict(text="建议在第三章增加黄河流域生态保护和高质量发展的内容。", dept="自治区发展改革委", section="第三章 第二节",
         section_id="s3.2", topic="黄河流域", group="g1", change="增加“黄河流域”一节。", owner="规划处"),
    dict(text="建议在第三章增加黄河流域生态保护和高质量发展内容。", dept="水利厅", section="第三章 第二节",
         section_id="s3.2", topic="黄河流域", group="g1", disposition="采纳"),
    dict(text="建议强化水资源刚性约束，明确用水总量控制指标。", dept="水利厅", topic="水资源", disposition="不采纳"),
    dict(text="碳达峰行动内容偏少，建议补充。", dept="人大环资工委", category="人大", topic="碳达峰",
         disposition="部分采纳", reason="已在第五章补充。", location="第五章"),
]


def write(tmp_path, rows=SAMPLE, name="tracker.xlsx", **kwargs) -> tuple[Path, ConsultationResult]:
    result = make_result(rows)
    return write_tracker(result, tmp_path / name, **kwargs), result


def sheet_xml(path: Path, title: str) -> str:
    """The raw XML of worksheet ``title``."""
    wb = load_workbook(path, read_only=True)
    index = wb.sheetnames.index(title) + 1
    wb.close()
    with zipfile.ZipFile(path) as z:
        return z.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")


def test_doctests_of_tracker_modules():
    for module in (safety, profiles_module, writer_module):
        failed, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
        assert failed == 0 and attempted > 0, module.__name__


@pytest.mark.parametrize("profile,headers", [
    ("plan", PLAN_HEADERS),
    ("gbt", ["序号", "章条编号", "意见内容", "修改建议", "提出单位", "处理意见", "备注"]),
    ("iso", ["MB/NC", "Line number", "Clause/Subclause", "Paragraph/Figure/Table", "Type of comment",
             "Comments", "Proposed change", "Observations of the secretariat"]),
])
def test_headers_and_rows_per_profile(tmp_path, profile, headers):
    path, result = write(tmp_path, profile=profile)
    ws = load_workbook(path)["意见汇总处理表"]
    assert [c.value for c in ws[3]] == headers
    records = result.to_records()
    prof = get_profile(profile)
    values = dict(prof.columns[prof.keys.index("comment_type")].values) if profile == "iso" else {}
    for i, rec in enumerate(records):
        row = [c.value for c in ws[4 + i]]
        expected = [values.get(rec[k], rec[k]) if k == "comment_type" else rec[k] for k in prof.keys]
        if "reason" not in prof.keys and rec["disposition"] and rec["reason"]:  # (the reason in its cell)
            expected[prof.keys.index("disposition")] = f"{rec['disposition']}，{rec['reason']}"
        if "remarks" in prof.keys and "revision_note" not in prof.keys and rec["revision_note"]:
            k = prof.keys.index("remarks")
            expected[k] = "；".join(x for x in (rec["remarks"], f"修改情况：{rec['revision_note']}") if x)
        assert row == [v if v != "" else None for v in expected]
    assert ws.max_row == 3 + len(records)


def test_title_subtitle_and_sheets(tmp_path):
    path, result = write(tmp_path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["意见汇总处理表", "分单位统计", "分主题统计", "单位主题交叉表", "分章节统计", "重复意见", "起草说明摘要",
                             "_lists", "_meta", "_overflow"]
    assert [wb[n].sheet_state for n in ("_lists", "_meta", "_overflow")] == ["hidden"] * 3
    assert wb.active.title == "意见汇总处理表"
    ws = wb["意见汇总处理表"]
    assert ws["A1"].value == "《宁夏生态环境保护“十四五”规划》意见汇总处理表"
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:Q1", "A2:Q2"}
    assert "共3个单位提出意见4条，合并重复后3条" in ws["A2"].value
    assert ws["A1"].font.b and ws["C3"].font.b


def test_freeze_filter_print_settings(tmp_path):
    for profile, freeze, end in (("plan", "C4", "Q"), ("gbt", "B4", "G"), ("iso", "A4", "H")):
        path, _ = write(tmp_path, name=f"{profile}.xlsx", profile=profile)
        ws = load_workbook(path)["意见汇总处理表"]
        assert ws.freeze_panes == freeze
        assert ws.auto_filter.ref == f"A3:{end}7"
        assert ws.page_setup.orientation == "landscape"
        if not ws.sheet_properties.pageSetUpPr.fitToPage:  # too wide for A4 at 9 pt (plan always)
            assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A3) == 8
            assert 11 * int(ws.page_setup.scale) / 100 >= 9
            assert profile == "iso" or ws.print_title_cols.startswith("$A:")
        else:
            assert profile != "plan"
            assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) == 9
            assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
            assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$3:$3"
        assert ws.oddFooter.center.text == "第 &P 页，共 &N 页"
        body = ws["A4"].alignment
        assert body.wrap_text and body.vertical == "top"


def test_column_widths_follow_content_and_caps(tmp_path):
    rows = [dict(text="意见" * 200, dept="住房城乡建设厅"), dict(text="短意见", dept="水利厅")]
    path, _ = write(tmp_path, rows)
    ws = load_workbook(path)["意见汇总处理表"]
    width = {c.value: ws.column_dimensions[c.column_letter].width for c in ws[3]}
    assert width["意见内容"] == 60                     # capped at the profile's hint
    assert width["提出单位"] == math.ceil(1.1 * 2 * len("住房城乡建设厅")) + 2  # a CJK character counts 2
    assert width["序号"] < 10
    assert width["处理说明（理由）"] == 40              # editable: the hint, though empty


def test_rows_of_long_text_get_an_estimated_height(tmp_path):
    rows = [dict(text="建议" * 120), dict(text="同意"), dict(text="第一行\n第二行\n第三行\n第四行")]
    path, _ = write(tmp_path, rows)
    ws = load_workbook(path)["意见汇总处理表"]
    long, short, broken = (ws.row_dimensions[r] for r in (4, 5, 6))
    assert long.height > 3 * 14 and short.height is None and broken.height >= 4 * 14
    xml = sheet_xml(path, "意见汇总处理表")
    assert f'<row r="4" ht="{long.height}">' in xml  # not custom: Excel may refit it when edited
    assert '<row r="3" ht="30" customHeight="1">' in xml  # the header keeps its height


def test_disposition_dropdown_from_hidden_list(tmp_path):
    path, result = write(tmp_path)
    wb = load_workbook(path)
    name = wb.defined_names["DispositionList"]
    assert name.attr_text == "'_lists'!$A$2:$A$10"
    assert [c.value for c in wb["_lists"]["A"]][1:] == list(DISPOSITION_VALUES) == [
        "采纳", "部分采纳", "不采纳", "已体现", "解释说明", "另行研究", "不属于本规划范畴", "合并处理", "待定"]
    (dv,) = wb["意见汇总处理表"].data_validations.dataValidation
    assert dv.type == "list" and dv.formula1 == "DispositionList" and dv.errorStyle == "stop"
    assert str(dv.sqref) == "M4:M7"
    gbt = load_workbook(write(tmp_path, name="g.xlsx", profile="gbt")[0])["意见汇总处理表"]
    (dv,) = gbt.data_validations.dataValidation
    assert str(dv.sqref) == "F4:F7" and dv.errorStyle == "warning"


def test_conditional_format_marks_missing_reasons(tmp_path):
    path, _ = write(tmp_path)
    cf = load_workbook(path)["意见汇总处理表"].conditional_formatting
    (entry,) = list(cf)
    assert str(entry.sqref) == "A4:Q7"
    (rule,) = entry.rules
    formula = rule.formula[0]
    assert '$M4<>""' in formula and "LEN(TRIM($N4))=0" in formula
    for value in DISPOSITION_VALUES:
        assert (f'"{value}"' in formula) == (value in ("采纳", "已体现"))
    assert rule.dxf.fill is not None
    assert get_profile("gbt").column_index("reason") is None  # no reason column: no rule there
    gbt = load_workbook(write(tmp_path, name="g.xlsx", profile="gbt")[0])["意见汇总处理表"]
    assert not list(gbt.conditional_formatting)


@pytest.mark.parametrize("text", INJECTIONS)
def test_formula_like_text_stays_text(tmp_path, text):
    rows = [dict(text=text, dept=text, change=text, location=text, section=text)] + SAMPLE
    path, _ = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb["意见汇总处理表"]
    for ref in ("C4", "E4", "I4", "J4"):
        cell = ws[ref]
        # 章节条款 (E) ends with how the section was found (〔引用〕); the text itself stays text.
        if ref == "E4" and cell.value != text:  # 章节条款 ends with how it was found (〔引用〕)
            assert cell.value.startswith(text) and cell.data_type == "s"
            continue
        assert cell.value == text and cell.data_type == "s"
        assert cell.quotePrefix and cell.number_format == "@"
    assert ws["I5"].quotePrefix is False  # ordinary text keeps the ordinary format
    meta = wb["_meta"]
    keys = [c.value for c in meta[2]]
    assert meta.cell(3, keys.index("location_raw") + 1).value == text
    xml = sheet_xml(path, "意见汇总处理表")
    assert "<f>" not in xml and "<f " not in xml


def test_raw_xml_of_an_injection_cell(tmp_path):
    path, _ = write(tmp_path, [dict(text="=HYPERLINK(\"http://x\",\"y\")"), dict(text="\r=1")])
    xml = sheet_xml(path, "意见汇总处理表")
    assert '<c r="I4" s="' in xml
    cell = xml[xml.index('<c r="I4"'):xml.index("</c>", xml.index('<c r="I4"'))]
    assert 't="inlineStr"' in cell and '=HYPERLINK("http://x","y")' in cell.replace("&quot;", '"')
    assert "&#13;=1" in xml  # a raw CR would be read back as LF


def test_escaped_character_sequence_is_shown_literally(tmp_path):
    text = "原文_x000D_保留"
    path, _ = write(tmp_path, [dict(text=text)])
    value = load_workbook(path)["意见汇总处理表"]["I4"].value
    assert value == "原文_x005F_x000D_保留" and safety.unescape_ooxml(value) == text


def test_illegal_characters_are_replaced_visibly_and_counted(tmp_path):
    rows = [dict(text="前\x00\x01\x0b后", dept="水利厅\x1f")] + SAMPLE
    path, _ = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb["意见汇总处理表"]
    assert ws["I4"].value == "前\ufffd\ufffd\ufffd后" and ws["C4"].value == "水利厅\ufffd"
    info = [c.value for c in wb["_meta"][1]]
    info = dict(zip(info[::2], info[1::2]))
    # comment text (1 cell) + department in the main sheet, the department tables and _meta
    assert info["replaced_characters"] >= 4
    assert info["format_version"] == 1 and info["profile"] == "plan"


def test_over_long_text_continues_in_overflow_sheet(tmp_path):
    long_text = ("第一段意见：" + "加强黄河流域生态保护" * 4000 + "\U00020000结尾")[:40000]
    astral = "𠀀" * 20000  # 40,000 UTF-16 units in 20,000 characters
    rows = [dict(text=long_text, id="LONG-1"), dict(text=astral, id="LONG-2")] + SAMPLE
    path, _ = write(tmp_path, rows)
    wb = load_workbook(path)
    ws = wb["意见汇总处理表"]
    for ref, original, cid in (("I4", long_text, "LONG-1"), ("I5", astral, "LONG-2")):
        shown = ws[ref].value
        assert shown.endswith(OVERFLOW_NOTE) and original.startswith(shown[:-len(OVERFLOW_NOTE)])
        assert safety.excel_length(shown) <= 32767
        parts = [r for r in wb["_overflow"].iter_rows(min_row=2, values_only=True)
                 if r[0] == "意见汇总处理表" and r[1] == ref]
        assert all(p[2] == cid and p[3] == "意见内容" for p in parts)
        assert [p[4] for p in parts] == list(range(1, len(parts) + 1)) and len(parts) >= 2
        assert "".join(p[5] for p in parts) == original
    info = [c.value for c in wb["_meta"][1]]
    assert dict(zip(info[::2], info[1::2]))["overflow_cells"] >= 2


def test_meta_sheet_holds_record_metadata(tmp_path):
    path, result = write(tmp_path)
    meta = load_workbook(path)["_meta"]
    keys = [c.value for c in meta[2]]
    for key in ("row", "seq", "comment_id", "department_raw", "location_raw", "section_id", "section_score",
                "group_id", "source_file", "source_row", "meta"):
        assert key in keys
    for i, rec in enumerate(result.to_records()):
        row = dict(zip(keys, (c.value for c in meta[3 + i])))
        assert row["row"] == 4 + i and row["comment_id"] == rec["comment_id"]
        for key in ("department_raw", "section_score", "group_id", "source_file", "source_row",
                    "is_representative"):
            assert row[key] == (rec[key] if rec[key] != "" else None), key
        assert row["meta"] == f'{{"联系人": "张{i}"}}'


def test_statistics_sheets(tmp_path):
    roster = [RosterEntry("自治区发展改革委", "有意见", 1), RosterEntry("财政厅", "无意见"),
              RosterEntry("教育厅", "未反馈")]
    rows = SAMPLE + [dict(text="建议加快污水处理设施建设。", dept="水利厅", disposition="同意")]  # off-list value
    result = make_result(rows, roster=roster)
    wb = load_workbook(write_tracker(result, tmp_path / "t.xlsx"))
    units = list(wb["分单位统计"].iter_rows(values_only=True))
    header = list(units[0])
    assert header[:7] == ["序号", "单位", "单位类别", "反馈情况", "意见条数", "不同意见条数", "主要主题"]
    by_unit = {r[1]: dict(zip(header, r)) for r in units[1:-1]}
    for row in result.department_table(as_frame=False):
        got = by_unit[row["department"]]
        assert got["意见条数"] == row["n_opinions"] and got["反馈情况"] == row["state"]
        assert got["未处理"] == row["n_opinions"] - sum(row["dispositions"].values())
        assert sum(got[v] for v in (*DISPOSITION_VALUES, "其他", "未处理")) == row["n_opinions"]
    assert by_unit["水利厅"]["采纳"] == 1 and by_unit["水利厅"]["不采纳"] == 1 and by_unit["水利厅"]["其他"] == 1
    assert by_unit["教育厅"]["反馈情况"] == "未反馈"
    assert units[-1][0] == "合计" and units[-1][4] == 5
    dup = list(wb["重复意见"].iter_rows(values_only=True))
    assert dup[1][:4] == ("G0", "近似重复", 2, "C-001") and dup[1][5] == "C-001、C-002"
    topics = list(wb["分主题统计"].iter_rows(min_row=2, values_only=True))
    assert [t[1] for t in topics] == [t.name for t in result.topics]
    # What each unit said most about, and the topics only it raised, agree with the opinions.
    only: dict[str, set] = {}
    for r in result.topic_table(as_frame=False):
        if r["only_department"]:
            only.setdefault(r["only_department"], set()).add(r["topic"])
    for row in result.department_table(as_frame=False):
        got = by_unit[row["department"]]
        mine = [op.topic_id for op in result.opinions if op.department.name == row["department"]]
        if mine:
            top = max(set(mine), key=mine.count)
            assert got["主要主题占比(%)"] == round(100 * mine.count(top) / len(mine), 1)
        assert (got["仅本单位提出的主题"] or "") == "、".join(row["only_topics"])
        assert set(row["only_topics"]) == only.get(row["department"], set())
    cross = list(wb["单位主题交叉表"].iter_rows(values_only=True))
    k = len(result.topics)
    assert list(cross[0][3:3 + k]) == [f"{t.id} {t.name}" for t in result.topics]
    for line in cross[1:-1]:
        assert sum(line[3:3 + k]) == line[2] == by_unit[line[1]]["意见条数"]
        assert abs(sum(line[3 + k:3 + 2 * k]) - 100) < 0.1 * k
    assert cross[-1][0] == "合计" and cross[-1][2] == len(result.opinions)
    shares = result.department_topic_table(share=True, as_frame=False)
    assert all(abs(sum(v.values()) - 1) < 1e-3 for v in shares.values())
    summary = [r[0] for r in wb["起草说明摘要"].iter_rows(min_row=2, values_only=True)]
    assert summary == [line for line in result.summary().splitlines() if line.strip()]


def test_protection_leaves_decision_columns_editable(tmp_path):
    path, _ = write(tmp_path, protect=True)
    ws = load_workbook(path)["意见汇总处理表"]
    assert ws.protection.sheet and not ws.protection.autoFilter and not ws.protection.sort
    assert ws["M4"].protection.locked is False and ws["N4"].protection.locked is False
    assert ws["I4"].protection.locked is True
    assert not load_workbook(write(tmp_path, name="open.xlsx")[0])["意见汇总处理表"].protection.sheet
    locked = load_workbook(write(tmp_path, name="pw.xlsx", protect="处室")[0])["意见汇总处理表"].protection
    assert locked.sheet and locked.password


def test_named_styles_are_reused(tmp_path):
    rows = [dict(text=f"意见{i}" if i % 7 else f"={i}", dept=f"单位{i % 5}") for i in range(300)]
    path, _ = write(tmp_path, rows)
    wb = load_workbook(path)
    assert {"ca_body", "ca_header", "ca_edit", "ca_title"} <= set(wb.named_styles)
    with zipfile.ZipFile(path) as z:
        styles = z.read("xl/styles.xml").decode()
    cell_xfs = styles[styles.index("<cellXfs"):styles.index("</cellXfs>")]
    assert cell_xfs.count("<xf ") <= 20  # formats, not one per cell
    assert wb["意见汇总处理表"]["I11"].style == "ca_body"


def test_empty_result_writes_a_valid_tracker(tmp_path):
    path = write_tracker(ConsultationResult(()), tmp_path / "empty.xlsx")
    ws = load_workbook(path)["意见汇总处理表"]
    assert ws["A1"].value == "意见汇总处理表" and "暂无意见" in ws["A2"].value
    assert [c.value for c in ws[3]] == PLAN_HEADERS and ws.max_row == 3


def test_to_excel_and_bad_arguments(tmp_path):
    result = make_result(SAMPLE)
    result.to_excel(tmp_path / "via_result.xlsx", profile="gbt")
    assert load_workbook(tmp_path / "via_result.xlsx")["意见汇总处理表"]["B3"].value == "章条编号"
    with pytest.raises(ValueError, match="unknown tracker profile"):
        write_tracker(result, tmp_path / "x.xlsx", profile="word")
    with pytest.raises(ValueError, match=".xlsx"):
        write_tracker(result, tmp_path / "x.xls")


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path, monkeypatch):
    path, _ = write(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tracker.xlsx"]
    before = path.read_bytes()

    def broken(self, sheet):
        yield b"<row"
        raise OSError("disk full")

    monkeypatch.setattr(writer_module._Book, "_render", broken)
    with pytest.raises(OSError, match="disk full"):
        write(tmp_path, overwrite=True)
    assert path.read_bytes() == before
    # The same result again: every decision it held is in what replaces it, so no backup either.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tracker.xlsx"]


def test_refuses_to_overwrite_a_tracker_with_decisions(tmp_path):
    rows = [dict(r, disposition="", reason="", owner="") for r in SAMPLE]
    path, result = write(tmp_path, rows)
    assert find_decisions(path) is None
    write_tracker(result, path)  # no decisions yet: overwritten
    wb = load_workbook(path)
    wb["意见汇总处理表"]["N6"] = "与第三章重复。"  # staff fill in a reason
    wb.save(path)
    before = path.read_bytes()
    assert find_decisions(path) == ("意见汇总处理表", 6)
    with pytest.raises(TrackerOverwriteError) as info:
        write_tracker(result, path)
    message = str(info.value)
    assert str(path) in message and "merge_tracker" in message and "已有处理意见" in message
    assert path.read_bytes() == before
    write_tracker(result, path, overwrite=True)
    assert find_decisions(path) is None
    backups = list(tmp_path.glob("tracker.备份-*.xlsx"))
    assert len(backups) == 1 and backups[0].read_bytes() == before


@pytest.mark.parametrize("profile", ["plan", "gbt", "iso"])
def test_decisions_are_found_in_every_profile(tmp_path, profile):
    rows = [dict(r, disposition="", reason="", owner="") for r in SAMPLE]
    path, result = write(tmp_path, rows, profile=profile)
    assert find_decisions(path) is None
    wb = load_workbook(path)
    ws = wb["意见汇总处理表"]
    ws.cell(7, get_profile(profile).column_index("disposition")).value = "不采纳，与国家规划口径不一致"
    wb.save(path)
    assert find_decisions(path) == ("意见汇总处理表", 7)
    with pytest.raises(TrackerOverwriteError):
        write_tracker(result, path, profile=profile)


def test_refuses_to_overwrite_an_unreadable_file(tmp_path):
    path = tmp_path / "tracker.xlsx"
    path.write_bytes(b"not a workbook")
    with pytest.raises(TrackerOverwriteError, match="无法读取"):
        write_tracker(make_result(SAMPLE), path)
    assert path.read_bytes() == b"not a workbook"


def test_written_by_first_round_decisions_are_found(tmp_path):
    path, _ = write(tmp_path)  # SAMPLE carries dispositions, and a 承办处室 in its first row
    assert find_decisions(path) == ("意见汇总处理表", 4)
    with pytest.raises(TrackerOverwriteError):
        write(tmp_path)


def test_without_lxml(tmp_path):
    """openpyxl's ElementTree backend writes the skeleton differently; the result must not change."""
    code = f"""
import sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from test_tracker_writer import make_result, INJECTIONS
from consultagg.tracker import write_tracker
from openpyxl import load_workbook
import openpyxl.xml
assert not openpyxl.xml.LXML
rows = [dict(text=t, dept="水利厅") for t in INJECTIONS] + [dict(text="a\\r\\nb\\x00")]
path = write_tracker(make_result(rows), {str(tmp_path / "et.xlsx")!r})
ws = load_workbook(path)["意见汇总处理表"]
got = [ws.cell(4 + i, 9).value for i in range(len(rows))]
assert got == INJECTIONS + ["a\\r\\nb\\ufffd"], got
assert all(ws.cell(4 + i, 9).data_type == "s" for i in range(len(rows)))
print("ok")
"""
    env = dict(os.environ, OPENPYXL_LXML="False")
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
