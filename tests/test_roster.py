"""Rosters as offices keep them: Excel with a title row, GB18030 CSV, a 序号 column, plain text."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

import consultagg as ca
from consultagg.io.rosters import read_roster

UNITS = ["自治区发展改革委", "自治区科技厅", "自治区财政厅", "自治区水利厅"]


def test_list_and_string():
    assert read_roster(None) == []
    assert read_roster([" 科技厅", "", "财政厅 "]) == ["科技厅", "财政厅"]
    assert read_roster("科技厅、财政厅，水利厅") == ["科技厅", "财政厅", "水利厅"]


def test_xlsx_with_title_row_and_number_column(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["关于征求《规划》意见的单位名单"])
    ws.append([])
    ws.append(["序号", "单位名称", "联系人"])
    for i, u in enumerate(UNITS, 1):
        ws.append([i, u, f"联系人{i}"])
    p = tmp_path / "名单.xlsx"
    wb.save(p)
    assert read_roster(p) == UNITS
    assert read_roster(str(p)) == UNITS


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_csv_encodings_and_title(tmp_path, encoding):
    p = tmp_path / "roster.csv"
    p.write_text("征求意见单位名单\n序号,征求意见单位\n" + "".join(f"{i},{u}\n" for i, u in enumerate(UNITS, 1)),
                 encoding=encoding)
    assert read_roster(p) == UNITS


def test_headerless_table_picks_the_name_column(tmp_path):
    p = tmp_path / "roster.csv"
    p.write_text("".join(f"{i},{u},0951-{i}\n" for i, u in enumerate(UNITS, 1)), encoding="gb18030")
    assert read_roster(p) == UNITS


def test_text_file_one_per_line_with_title(tmp_path):
    p = tmp_path / "roster.txt"
    p.write_text("征求意见单位名单\n" + "\n".join(UNITS) + "\n\n", encoding="gb18030")
    assert read_roster(p) == UNITS


def test_errors_name_the_file(tmp_path):
    with pytest.raises(ca.ConsultaggInputError, match="missing.csv"):
        read_roster(tmp_path / "missing.csv")
    p = tmp_path / "空.csv"
    p.write_text("序号,单位名称\n1,\n", encoding="utf-8")
    with pytest.raises(ca.ConsultaggInputError, match="空.csv"):
        read_roster(p)


def test_pipeline_reports_roster_states_from_a_gb18030_file(tmp_path):
    p = tmp_path / "roster.csv"
    p.write_text("序号,单位名称\n1,自治区发展和改革委员会\n2,自治区科技厅\n", encoding="gb18030")
    result = ca.analyse([{"提出单位": "发改委", "意见内容": "建议补充碳达峰行动内容。"}],
                        roster=p, home_region="宁夏回族自治区")
    states = {e.department: e.state for e in result.roster}
    assert states == {"自治区发展改革委": "有意见", "自治区科技厅": "未反馈"}
