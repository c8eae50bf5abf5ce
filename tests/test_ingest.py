"""Reading comments and plans: formats, header mapping, encodings, row numbers, ids, letters."""

from __future__ import annotations

import ast
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from consultagg.io.cells import cell_text, cell_value
from consultagg.io.columns import map_columns, match_header, normalize_header
from consultagg.errors import ConsultaggInputError
from consultagg.reading import read_comments, read_plan
from consultagg.records import CommentList, Plan

SRC = Path(__file__).resolve().parents[1] / "src" / "consultagg"




def write_xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# header mapping
# ---------------------------------------------------------------------------------------------
HEADER_CASES = [
    (["留言编号", "留言用户", "留言主题", "留言时间", "留言详情", "一级标签"],
     {"text": "留言详情", "speaker": "留言用户", "title": "留言主题", "id": "留言编号"}),
    (["留言编号", "留言用户", "留言主题", "留言时间", "留言详情", "答复意见", "答复时间"],
     {"text": "留言详情", "speaker": "留言用户", "title": "留言主题", "id": "留言编号"}),
    (["序号", "提出单位", "章节条款", "修改意见", "修改建议", "处理意见"],
     {"text": "修改意见", "department": "提出单位", "location": "章节条款", "proposed_change": "修改建议",
      "id": "序号"}),
    (["序号", "章条编号", "意见内容", "修改建议", "提出单位", "处理意见", "备注"],  # GB/T form
     {"text": "意见内容", "department": "提出单位", "location": "章条编号", "proposed_change": "修改建议",
      "id": "序号"}),
    (["意见编号", "单位名称", "意见建议"], {"text": "意见建议", "department": "单位名称", "id": "意见编号"}),
    (["编号", "反馈单位", "涉及章节", "具体意见"],
     {"text": "具体意见", "department": "反馈单位", "location": "涉及章节", "id": "编号"}),
    (["来文单位", "位置", "反馈意见", "建议修改为"],
     {"text": "反馈意见", "department": "来文单位", "location": "位置", "proposed_change": "建议修改为"}),
    (["部门", "页码", "内容"], {"text": "内容", "department": "部门", "location": "页码"}),
    (["姓名", "标题", "正文"], {"text": "正文", "speaker": "姓名", "title": "标题"}),
    (["发言人", "单位", "详情"], {"text": "详情", "department": "单位", "speaker": "发言人"}),
    (["提出人", "主题", "意见内容（必填）"], {"text": "意见内容（必填）", "speaker": "提出人", "title": "主题"}),
    (["ID", "Department", "Section", "Comment", "Proposed change"],
     {"text": "Comment", "department": "Department", "location": "Section", "proposed_change": "Proposed change",
      "id": "ID"}),
    (["id", "organization", "speaker", "body", "subject"],
     {"text": "body", "department": "organization", "speaker": "speaker", "title": "subject", "id": "id"}),
    (["Unit", "Clause", "Comments", "Suggestion"],
     {"text": "Comments", "department": "Unit", "location": "Clause", "proposed_change": "Suggestion"}),
    (["name", "location", "text", "title"],
     {"text": "text", "speaker": "name", "location": "location", "title": "title"}),
    (["MB/NC", "Line number", "Clause/Subclause", "Type of comment", "Comments", "Proposed change",
      "Observations of the secretariat"],  # ISO template
     {"text": "Comments", "department": "MB/NC", "location": "Line number", "proposed_change": "Proposed change"}),
    (["序 号", "提 出 单 位", "意 见 内 容"], {"text": "意 见 内 容", "department": "提 出 单 位", "id": "序 号"}),
    (["ＩＤ", "ＣＯＭＭＥＮＴ"], {"text": "ＣＯＭＭＥＮＴ", "id": "ＩＤ"}),  # full-width
    (["*意见内容：", "单位类别", "联系人电话"], {"text": "*意见内容："}),
    (["章节/条款", "修改意见及理由", "处理意见及理由"], {"text": "修改意见及理由", "location": "章节/条款"}),
    (["页码/行号", "具体修改意见", "承办处室"], {"text": "具体修改意见", "location": "页码/行号"}),
    (["序号", "意见所在章节", "意见", "原文内容"], {"text": "意见", "location": "意见所在章节", "id": "序号"}),
    (["时间", "用户", "备注"], {"speaker": "用户"}),
]


@pytest.mark.parametrize("headers,expected", HEADER_CASES, ids=[",".join(h[:3]) for h, _ in HEADER_CASES])
def test_header_synonyms(headers, expected):
    assert map_columns(headers) == expected


@pytest.mark.parametrize("header,field", [
    ("意见编号", "id"), ("修改意见", "text"), ("修改建议", "proposed_change"), ("处理意见", None),
    ("答复意见", None), ("提出单位类别", None), ("留言时间", None), ("章条编号", "location"),
    ("意见所在章条编号", "location"), ("Comment ID", "id"), ("Organization name", "department"),
])
def test_match_header_ambiguities(header, field):
    m = match_header(header)
    assert (m[0] if m else None) == field


def test_normalize_header_width_case_space():
    assert normalize_header(" Ｐroposed  Change ") == normalize_header("proposed change") == "proposedchange"
    assert normalize_header("意见内容（必填）") == "意见内容"


def test_text_column_chosen_by_priority_then_length():
    # Both are exact synonyms of the same tier: the column with the longer texts is the comment.
    rows = [["建议在第三章补充黄河流域生态保护的具体措施和资金保障。", "无"],
            ["建议将地下水超采治理目标量化到各地市。", "无"]]
    assert map_columns(["意见内容", "修改意见"], sample_rows=rows)["text"] == "意见内容"
    assert map_columns(["修改意见", "意见内容"], sample_rows=[r[::-1] for r in rows])["text"] == "意见内容"
    # A specific header beats a generic one even with shorter texts.
    rows = [["短意见", "这是一段很长很长很长很长很长很长很长的其他内容"]]
    assert map_columns(["意见内容", "内容"], sample_rows=rows)["text"] == "意见内容"


# ---------------------------------------------------------------------------------------------
# xlsx
# ---------------------------------------------------------------------------------------------
def test_xlsx_title_rows_empty_rows_and_row_numbers(tmp_path):
    path = write_xlsx(tmp_path / "feedback.xlsx", {"汇总": [
        ["《生态环境保护规划》征求意见汇总表", None, None],        # row 1 (merged title)
        [None, None, None],                                          # row 2
        ["序号", "提出单位", "意见内容"],                            # row 3: header
        [1, "自治区发改委", "建议补充碳达峰行动内容。"],             # row 4
        [2, "水利厅", None],                                         # row 5: empty text
        [None, None, None],                                          # row 6: blank row in the middle
        [3, "科技厅", "  建议增加\n科技支撑内容。 "],                # row 7
        [None, None, None],                                          # trailing blank rows
        [None, None, None],
    ]})
    wb = openpyxl.load_workbook(path)
    wb["汇总"].merge_cells("A1:C1")
    wb.save(path)
    got = read_comments(path)
    assert [c.source.row for c in got] == [4, 7]
    assert got.empty_rows == [f"{path} 第5行", f"{path} 第6行"]
    assert [c.department for c in got] == ["自治区发改委", "科技厅"]
    assert all(c.id.startswith("C") for c in got)  # (a 序号 from 1 names no opinion: ids from unit and text)
    assert got[0].source.sheet == "汇总" and got[0].source.file == str(path)
    assert got[1].meta["raw_text"] != got[1].text and "raw_text" not in got[0].meta
    assert any("第3行为表头" in n for n in got.notes)


def test_xlsx_two_sheets_and_sheet_selection(tmp_path):
    path = write_xlsx(tmp_path / "two.xlsx", {
        "厅局": [["提出单位", "意见内容"], ["水利厅", "建议强化水资源刚性约束。"], ["林草局", None]],
        "说明": [["填表说明"], ["请按列填写"]],
        "盟市": [["单位", "意见"], ["银川市", "建议加快黄河银川段综合治理。"], ["石嘴山市", "建议支持矿区修复。"]],
    })
    got = read_comments(path)
    assert [(c.source.sheet, c.department) for c in got] == [
        ("厅局", "水利厅"), ("盟市", "银川市"), ("盟市", "石嘴山市")]
    assert any("说明" in n and "已跳过" in n for n in got.notes)
    assert got.empty_rows == [f"{path}（工作表 厅局） 第3行"]  # several sheets: the sheet is named
    assert [c.department for c in read_comments(path, sheet="盟市")] == ["银川市", "石嘴山市"]
    assert [c.department for c in read_comments(path, sheet=[0])] == ["水利厅"]
    with pytest.raises(ConsultaggInputError, match="盟市"):  # lists the sheets
        read_comments(path, sheet="不存在")
    with pytest.raises(ConsultaggInputError, match="说明"):
        read_comments(path, sheet="说明")


def test_no_text_column_error_names_file_sheet_and_headers(tmp_path):
    path = write_xlsx(tmp_path / "messages.xlsx", {"Sheet1": [["编号", "时间", "用户"], [1, "2020-01-01", "u1"]]})
    with pytest.raises(ConsultaggInputError) as err:
        read_comments(path)
    msg = str(err.value)
    assert "messages.xlsx" in msg and "Sheet1" in msg and "编号, 时间, 用户" in msg
    assert "columns=" in msg and "No column" in msg
    assert isinstance(err.value, ValueError)
    # The override fixes it, and its unknown headers are reported with the headers found.
    got = read_comments(path, columns={"text": "用户"})
    assert [c.text for c in got] == ["u1"]
    with pytest.raises(ConsultaggInputError, match="编号"):
        read_comments(path, columns={"text": "意见"})


def test_prefilled_numbers_below_the_last_answer_are_a_template(tmp_path):
    rows = [["序号", "意见内容"], [1, "建议A"], [2, None], [3, "建议B"]] + [[k, None] for k in range(4, 21)]
    got = read_comments(write_xlsx(tmp_path / "form.xlsx", {"S": rows}))
    assert [c.text for c in got] == ["建议A", "建议B"]
    assert got.empty_rows == [f"{tmp_path / 'form.xlsx'} 第3行"]  # inside the answers: reported
    assert any("末尾17行只有编号（第5—21行）" in n for n in got.notes)


def test_unnamed_and_repeated_headers_keep_their_cells(tmp_path):
    path = write_xlsx(tmp_path / "h.xlsx", {"S": [["意见内容", "备注", None, "备注"],
                                                   ["建议A", "甲", "乙", "丙"]]})
    got = read_comments(path)
    assert got[0].meta == {"备注": "甲", "列C": "乙", "备注 (2)": "丙"}


def test_numbers_and_dates_become_readable_strings(tmp_path):
    path = write_xlsx(tmp_path / "n.xlsx", {"S": [
        ["留言编号", "留言时间", "留言详情", "点赞数"],
        [15325.0, dt.datetime(2019, 8, 1), "建议增加公交线路。", 3.0],
        [15326.0, dt.datetime(2019, 8, 2, 9, 30, 5), "建议增设停车位。", 0.5],
    ]})
    got = read_comments(path)
    assert [c.id for c in got] == ["15325", "15326"]
    assert got[0].meta["留言时间"] == "2019-08-01" and got[1].meta["留言时间"] == "2019-08-02 09:30:05"
    assert got[0].meta["点赞数"] == 3 and got[1].meta["点赞数"] == 0.5
    json.dumps([c.meta for c in got], ensure_ascii=False)  # JSON-ready


# ---------------------------------------------------------------------------------------------
# overrides
# ---------------------------------------------------------------------------------------------
def test_column_overrides(tmp_path):
    rows = [{"单位": "生态环境厅", "来文": "自治区发改委", "意见内容": "甲", "详细说明": "建议补充碳排放总量控制。"}]
    auto = read_comments(rows)
    assert auto[0].text == "甲" and auto[0].department == "生态环境厅"
    got = read_comments(rows, columns={"text": "详细说明", "department": "来文"})
    assert got[0].text == "建议补充碳排放总量控制。" and got[0].department == "自治区发改委"
    assert got[0].meta["意见内容"] == "甲" and got[0].meta["单位"] == "生态环境厅"
    assert read_comments(rows, columns={"department": None})[0].department is None
    with pytest.raises(ConsultaggInputError, match="单位, 来文, 意见内容, 详细说明"):
        read_comments(rows, columns={"text": "正文"})
    with pytest.raises(ConsultaggInputError, match="unknown field"):
        read_comments(rows, columns={"body": "意见内容"})


# ---------------------------------------------------------------------------------------------
# CSV / TSV / JSON
# ---------------------------------------------------------------------------------------------
CSV_TEXT = "序号,提出单位,意见内容\n1,自治区发改委,建议补充碳达峰内容。\n2,水利厅,\"建议强化水资源约束，细化指标, 分解到市\"\n"


@pytest.mark.parametrize("encoding,label", [("gb18030", "GB18030"), ("utf-8-sig", "UTF-8（带 BOM）"),
                                            ("utf-8", "UTF-8"), ("utf-16", "UTF-16")])
def test_csv_encodings(tmp_path, encoding, label):
    path = tmp_path / "f.csv"
    path.write_bytes(CSV_TEXT.replace("\n", "\r\n").encode(encoding))
    got = read_comments(path)
    assert [c.department for c in got] == ["自治区发改委", "水利厅"]
    assert got[1].text.endswith("分解到市") and got[0].meta["序号"] == "1"
    assert any(f"编码 {label}" in n for n in got.notes)


def test_csv_explicit_and_bad_encoding(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes(CSV_TEXT.encode("gb18030"))
    assert len(read_comments(path, encoding="gb18030")) == 2
    with pytest.raises(ConsultaggInputError, match=r"f\.csv 第1行"):
        read_comments(path, encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\xe6\x84\x8f\xe8\xa7\x81\n\xff\xff\xff\n")
    with pytest.raises(ConsultaggInputError, match=r"bad\.csv 第2行"):
        read_comments(bad)


@pytest.mark.parametrize("delim,suffix", [(";", ".csv"), ("\t", ".csv"), ("|", ".csv"), ("\t", ".tsv")])
def test_delimiters(tmp_path, delim, suffix):
    path = tmp_path / f"d{suffix}"
    path.write_text(f"提出单位{delim}意见内容\n科技厅{delim}建议增加科技支撑,完善评价\n林草局{delim}建议提高森林覆盖率目标\n",
                    encoding="utf-8")
    got = read_comments(path)
    assert [c.department for c in got] == ["科技厅", "林草局"]
    assert got[0].text == "建议增加科技支撑,完善评价"


def test_csv_row_numbers_count_records_not_lines(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text('意见内容,单位\n"第一行\n第二行",甲\n,乙\n正常意见,丙\n', encoding="utf-8")
    got = read_comments(path)
    assert [c.source.row for c in got] == [2, 4]
    assert got.empty_rows == [f"{path} 第3行"]


def test_jsonl_and_json(tmp_path):
    jl = tmp_path / "c.jsonl"
    jl.write_text('{"department": "水利厅", "text": "建议A"}\n\n{"department": "科技厅", "text": ""}\n'
                  '{"department": "林草局", "text": "建议B", "extra": {"k": 1}}\n', encoding="utf-8")
    got = read_comments(jl)
    assert [(c.department, c.text, c.source.row) for c in got] == [("水利厅", "建议A", 1), ("林草局", "建议B", 4)]
    assert got.empty_rows == [f"{jl} 第3行"]
    assert got[1].meta == {"extra": {"k": 1}}
    jl.write_text('{"text": "建议\u2028甲"}\r\n{"text": "建议乙"}\r\n', encoding="utf-8")
    assert [c.source.row for c in read_comments(jl)] == [1, 2]
    js = tmp_path / "c.json"
    js.write_text(json.dumps([{"意见内容": "建议C", "单位": "发改委"}, {"意见内容": "建议D"}], ensure_ascii=False),
                  encoding="utf-8")
    got = read_comments(js, department="自治区政府")
    assert [(c.text, c.department, c.source.row) for c in got] == [("建议C", "发改委", 1), ("建议D", "自治区政府", 2)]


def test_jsonl_bad_line_names_file_and_line(tmp_path):
    jl = tmp_path / "bad.jsonl"
    jl.write_text('{"text": "建议A"}\n{"text": 建议B}\n', encoding="utf-8")
    with pytest.raises(ConsultaggInputError, match=r"bad\.jsonl 第2行"):
        read_comments(jl)
    jl.write_text('{"text": "建议A"}\n["not", "an object"]\n', encoding="utf-8")
    with pytest.raises(ConsultaggInputError, match=r"第2行"):
        read_comments(jl)


# ---------------------------------------------------------------------------------------------
# in-memory input
# ---------------------------------------------------------------------------------------------
def test_list_of_dicts_and_no_opinion_rows():
    got = read_comments([
        {"提出单位": "水利厅", "意见内容": "建议强化水资源刚性约束。", "联系人": "张三", "电话": 123},
        {"提出单位": "科技厅", "意见内容": "无意见。"},
        {"提出单位": "林草局", "意见内容": "   "},
        {"意见内容": "建议加强宣传。"},
        {"意见内容": "同意"},  # no unit: a citizen's support is kept as an opinion
    ])
    assert [c.text for c in got] == ["建议强化水资源刚性约束。", "建议加强宣传。", "同意"]
    assert got[0].speaker == "张三" and got[0].meta == {"电话": 123}
    assert got.no_opinion_units == ["科技厅"]
    assert got.empty_rows == ["<dicts> 第3条"]
    assert got[1].source.row == 4 and got[1].source.file == "<dicts>"
    assert isinstance(got, CommentList)


def test_dataframe():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"留言编号": [15325.0, float("nan"), 7.0], "留言详情": ["建议A", "建议B", None],
                       "点赞数": [1, 2, 3]})
    got = read_comments(df)
    assert [c.text for c in got] == ["建议A", "建议B"]
    assert got[0].id == "15325" and got[1].id.startswith("C")
    assert got.empty_rows == ["<DataFrame> 第3条"]
    assert got[0].meta["点赞数"] == 1 and type(got[0].meta["点赞数"]) is int
    indexed = read_comments(df.dropna(subset=["留言详情"]).set_index("留言编号"))
    assert [c.id for c in indexed][0] == "15325"


def test_module_imports_no_optional_dependency_at_import_time():
    tree = ast.parse((SRC / "io" / "tables.py").read_text(encoding="utf-8"))
    top = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    names = {a.name.split(".")[0] for n in top if isinstance(n, ast.Import) for a in n.names}
    names |= {(n.module or "").split(".")[0] for n in top if isinstance(n, ast.ImportFrom)}
    assert not names & {"pandas", "docx", "openpyxl"}


# ---------------------------------------------------------------------------------------------
# ids
# ---------------------------------------------------------------------------------------------
ROWS = [{"单位": "水利厅", "意见": "建议强化水资源刚性约束。"},
        {"单位": "科技厅", "意见": "建议增加科技支撑内容。"},
        {"单位": "水利厅", "意见": "建议强化水资源刚性约束。"},
        {"单位": "林草局", "意见": "建议强化水资源刚性约束。"}]


def test_ids_unique_stable_and_order_independent():
    a, b = read_comments(ROWS), read_comments(ROWS)
    assert [c.id for c in a] == [c.id for c in b]
    assert len({c.id for c in a}) == 4
    assert a[2].id == a[0].id + "-2"      # same unit, same text: counted repeat
    assert a[3].id != a[0].id             # another unit says the same: another id
    shuffled = read_comments([ROWS[3], ROWS[1], ROWS[0], ROWS[2]])
    assert sorted(c.id for c in shuffled) == sorted(c.id for c in a)
    by_text = {(c.department, c.text): c.id for c in shuffled if c.department != "水利厅"}
    assert by_text == {(c.department, c.text): c.id for c in a if c.department != "水利厅"}
    # whitespace and width do not change an id
    assert read_comments([{"单位": "水利厅", "意见": "建议强化水资源刚性约束 。"}])[0].id == a[0].id


def test_ids_across_a_list_of_paths_and_repeated_column_ids(tmp_path):
    p1 = write_xlsx(tmp_path / "a.xlsx", {"S": [["序号", "意见内容"], [1, "建议一"], [2, "建议二"]]})
    p2 = write_xlsx(tmp_path / "b.xlsx", {"S": [["序号", "意见内容"], [1, "建议三"], [1, "建议四"]]})
    got = read_comments([p1, p2])
    # a 序号 from 1 names no opinion: ids from unit and text, the same whichever order the files come in
    assert all(c.id.startswith("C") for c in got) and len({c.id for c in got}) == 4
    assert {c.text: c.id for c in read_comments([p2, p1])} == {c.text: c.id for c in got}
    assert [c.source.file for c in got] == [str(p1)] * 2 + [str(p2)] * 2
    assert got[2].meta["序号"] == 1
    # a platform's own numbers are kept, unless two rows give the same one
    p3 = write_xlsx(tmp_path / "c.xlsx", {"S": [["留言编号", "留言内容"], ["GZ101", "建议五"], ["GZ102", "建议六"]]})
    p4 = write_xlsx(tmp_path / "d.xlsx", {"S": [["留言编号", "留言内容"], ["GZ102", "建议七"]]})
    assert [c.id for c in read_comments(p3)] == ["GZ101", "GZ102"]
    both = read_comments([p3, p4])
    assert both[0].id == "GZ101" and both[1].id.startswith("C") and both[2].id.startswith("C")
    assert any("编号重复" in n for n in both.notes)
    t = tmp_path / "dup.csv"
    t.write_text("单位,意见\n甲,同一条意见\n", encoding="utf-8")
    twice = read_comments([t, t])
    assert twice[1].id == twice[0].id + "-2"


# ---------------------------------------------------------------------------------------------
# bad input
# ---------------------------------------------------------------------------------------------
def test_missing_and_unsupported_files(tmp_path):
    with pytest.raises(ConsultaggInputError, match="nope.xlsx"):
        read_comments(tmp_path / "nope.xlsx")
    (tmp_path / "x.xls").write_bytes(b"\xd0\xcf")
    with pytest.raises(ConsultaggInputError, match=r"\.xlsx"):
        read_comments(tmp_path / "x.xls")
    (tmp_path / "x.bin").write_bytes(b"\x00")
    with pytest.raises(ConsultaggInputError, match="x.bin"):
        read_comments(tmp_path / "x.bin")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ConsultaggInputError, match="broken.xlsx"):
        read_comments(tmp_path / "broken.xlsx")
    with pytest.raises(ConsultaggInputError, match="list of dicts"):
        read_comments({"text": "建议"})


def test_kind_table_reads_txt_export(tmp_path):
    path = tmp_path / "export.txt"
    path.write_text("单位\t意见\n水利厅\t建议A\n", encoding="utf-8")
    assert [c.text for c in read_comments(path, kind="table")] == ["建议A"]
    with pytest.raises(ValueError):
        read_comments(path, kind="memo")


# ---------------------------------------------------------------------------------------------
# export artefacts: _xHHHH_ escapes, header rows repeated mid-file, two columns with one header
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("raw,decoded", [
    ("各位领导好_x000D_\n我是小区居民", "各位领导好\r\n我是小区居民"),
    ("甲_x000d_乙", "甲\r乙"),                      # openpyxl writes lower-case hex
    ("章节_x0009_条款", "章节\t条款"),
    ("原文_x005F_x000D_保留", "原文_x000D_保留"),     # the escaped literal stays literal
    ("下划线_x005f_", "下划线_"),
    ("x000D_ 与 _x00D_ 与 _x00GD_", "x000D_ 与 _x00D_ 与 _x00GD_"),  # not escapes
    ("代理项_xD800_保留", "代理项_xD800_保留"),       # a lone surrogate is no character
], ids=["crlf", "lower-hex", "tab", "escaped-literal", "underscore", "not-escapes", "surrogate"])
def test_ooxml_escape_decoder(raw, decoded):
    from consultagg.io.cells import decode_ooxml_escapes

    assert decode_ooxml_escapes(raw) == decoded
    assert cell_text(raw) == decoded and cell_value(raw) == decoded


def test_xlsx_x000d_escapes_become_line_breaks_not_text(tmp_path):
    path = write_xlsx(tmp_path / "replies.xlsx", {"S": [
        ["留言编号", "留言用户", "章节条款", "留言详情", "答复意见"],
        [1, "A0001", "第三章_x0009_第二节", "建议一：增设停车位。_x000D_\n建议二：延长公交线路。", "已收到。_x000D_\n谢谢。"],
        [2, "A0002", None, "建议甲。_x000D_建议乙。", None],
        [3, "A0003", None, "请保留原文“_x005F_x000D_”字样。", None],
    ]})
    got = read_comments(path)
    assert [c.text for c in got] == ["建议一：增设停车位。\n建议二：延长公交线路。", "建议甲。\n建议乙。",
                                     "请保留原文“_x000D_”字样。"]
    assert [c.source.row for c in got] == [2, 3, 4]
    assert got[0].meta["答复意见"] == "已收到。\r\n谢谢。"
    assert "_x0009_" not in got[0].location
    assert not any("_x000D_" in str(v) for c in got[:2] for v in c.meta.values())


def test_csv_and_jsonl_carry_x000d_escapes_too(tmp_path):
    csv_path = tmp_path / "resaved.csv"
    csv_path.write_text('提出单位,意见内容\n水利厅,"建议一：强化约束。_x000D_\n建议二：细化指标。"\n', encoding="utf-8")
    jl = tmp_path / "resaved.jsonl"
    jl.write_text(json.dumps({"提出单位": "科技厅", "意见内容": "建议甲。_x000D_建议乙。"}, ensure_ascii=False) + "\n",
                  encoding="utf-8")
    # a unit's two numbered requests in one cell are two opinions (extract.cells)
    assert [c.text for c in read_comments(csv_path)] == ["建议一：强化约束。", "建议二：细化指标。"]
    assert [c.text for c in read_comments(jl)] == ["建议甲。", "建议乙。"]


def test_header_row_repeated_mid_file_is_skipped_and_reported(tmp_path):
    header = ["序号", "提出单位", "意见内容", "修改建议"]
    rows = [header] + [[k, f"单位{k}", f"建议第{k}条。", None] for k in range(1, 56)]  # rows 2-56
    rows += [header, [56, "水利厅", "建议强化水资源刚性约束。", "增加用水总量指标"]]     # row 57 repeats the header
    rows += [["序号", None, "意见内容", "修改建议"]]                                    # row 59: a partial repeat
    rows += [[57, "提出单位", "意见内容：建议补充防沙治沙内容。", None]]                  # row 60: an opinion
    path = write_xlsx(tmp_path / "pages.xlsx", {"汇总": rows})
    got = read_comments(path)
    assert len(got) == 57 and got.empty_rows == []
    assert [c.source.row for c in got] == list(range(2, 57)) + [58, 60]
    assert not any(c.text == "意见内容" or c.department == "提出单位" and c.text == "意见内容" for c in got)
    assert got[-1].text == "意见内容：建议补充防沙治沙内容。"  # it mentions the header words: still kept
    assert f"{path}（工作表 汇总）：第57行与表头相同，已跳过（重复的表头行）" in got.notes
    assert f"{path}（工作表 汇总）：第59行与表头相同，已跳过（重复的表头行）" in got.notes


def test_repeated_header_with_one_differing_cell_and_in_csv(tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", {"S": [
        ["序号", "提出单位", "章节条款", "意见内容"],
        [1, "科技厅", "第三章", "建议增加科技支撑内容。"],
        ["序号", "提出单位", "章节", "意见内容"],      # row 3: another page's wording of one header
        [2, "林草局", "第五章", "建议提高森林覆盖率目标。"],
    ]})
    got = read_comments(path)
    assert [(c.department, c.source.row) for c in got] == [("科技厅", 2), ("林草局", 4)]
    assert any("第3行与表头相同，已跳过（重复的表头行）" in n for n in got.notes)
    csv_path = tmp_path / "p.csv"
    csv_path.write_text("提出单位,意见内容\n水利厅,建议A。\n提出单位,意见内容\n科技厅,建议B。\n", encoding="utf-8")
    got = read_comments(csv_path)
    assert [(c.department, c.text, c.source.row) for c in got] == [("水利厅", "建议A。", 2), ("科技厅", "建议B。", 4)]
    assert f"{csv_path}：第3行与表头相同，已跳过（重复的表头行）" in got.notes


def test_two_text_columns_with_the_same_header_are_both_kept(tmp_path):
    path = write_xlsx(tmp_path / "dup.xlsx", {"第1页": [
        ["序号", "提出单位", "意见内容", "意见内容"],
        [1, "水利厅", "建议强化水资源刚性约束。", "并将用水总量指标分解到各市。"],
        [2, "科技厅", "建议增加科技支撑内容。", None],
        [3, "林草局", None, "建议补充防沙治沙内容。"],
        [4, "农业农村厅", "建议完善高标准农田建设。", "建议完善高标准农田建设。"],
        [5, "交通厅", None, None],
    ]})
    got = read_comments(path)
    assert [(c.department, c.text, c.source.row) for c in got] == [
        ("水利厅", "建议强化水资源刚性约束。\n并将用水总量指标分解到各市。", 2),
        ("科技厅", "建议增加科技支撑内容。", 3),
        ("林草局", "建议补充防沙治沙内容。", 4),
        ("农业农村厅", "建议完善高标准农田建设。", 5),
    ]
    assert got.empty_rows == [f"{path} 第6行"]
    dup = [n for n in got.notes if "“意见内容”" in n and "C列" in n and "D列" in n]
    assert len(dup) == 1 and str(path) in dup[0] and "第1页" in dup[0]
    csv_path = tmp_path / "dup.csv"
    csv_path.write_text("提出单位,意见内容,意见内容\n科技厅,建议A。,\n林草局,,建议B。\n", encoding="utf-8")
    got = read_comments(csv_path)
    assert [c.text for c in got] == ["建议A。", "建议B。"] and got.empty_rows == []
    assert any("“意见内容”" in n and "B列" in n and "C列" in n for n in got.notes)


def test_duplicated_headers_from_pandas_and_other_fields(tmp_path):
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"提出单位": ["科技厅", "林草局"], "意见内容": ["建议A。", None], "意见内容.1": [None, "建议B。"]})
    got = read_comments(df)  # pd.read_excel / read_csv rename the second header to 意见内容.1
    assert [c.text for c in got] == ["建议A。", "建议B。"] and got.empty_rows == []
    path = write_xlsx(tmp_path / "units.xlsx", {"S": [["提出单位", "意见内容", "提出单位"],
                                                       ["自治区发改委", "建议补充碳达峰内容。", "规划处"]]})
    got = read_comments(path)
    assert got[0].department == "自治区发改委" and got[0].meta == {"提出单位 (2)": "规划处"}
    assert any("“提出单位”" in n and "A列" in n and "C列" in n and "meta" in n for n in got.notes)


# ---------------------------------------------------------------------------------------------
# letters (need extract.py)
# ---------------------------------------------------------------------------------------------
LETTER = """自治区发展改革委关于《宁夏生态环境保护“十四五”规划（征求意见稿）》的反馈意见

自治区生态环境厅：
经研究，提出以下意见：
一、建议在第三章补充碳达峰行动的具体内容。
二、建议将黄河流域生态保护相关指标量化到各地市。
三、第12页第3行“加强”改为“强化”。

自治区发展改革委
2021年3月5日
"""

NO_OPINION = """自治区科技厅关于《宁夏生态环境保护“十四五”规划（征求意见稿）》的复函

自治区生态环境厅：
经研究，我厅对该规划无意见。

自治区科技厅
2021年3月6日
"""


def test_letter_txt_gb18030(tmp_path):
    path = tmp_path / "发改委.txt"
    path.write_bytes(LETTER.encode("gb18030"))
    got = read_comments(path)
    assert len(got) == 3 and {c.department for c in got} == {"自治区发展改革委"}
    assert all(c.source.file == str(path) for c in got)
    assert any("碳达峰" in c.text for c in got) and any("量化" in c.text for c in got)
    assert len({c.id for c in got}) == len(got)
    assert any("GB18030" in n for n in got.notes)
    again = read_comments(path)
    assert [c.id for c in again] == [c.id for c in got]


def test_letter_docx_and_folder(tmp_path):
    docx = pytest.importorskip("docx")
    folder = tmp_path / "反馈"
    folder.mkdir()
    d = docx.Document()
    for line in LETTER.splitlines():
        d.add_paragraph(line)
    d.save(folder / "a_发改委.docx")
    (folder / "b_科技厅.txt").write_text(NO_OPINION, encoding="utf-8")
    write_xlsx(folder / "c_公众.xlsx", {"S": [["姓名", "留言详情"], ["王五", "建议增加城市绿地。"]]})
    (folder / "~$a_发改委.docx").write_bytes(b"lock")
    (folder / "readme.pdf").write_bytes(b"%PDF")
    got = read_comments(folder)
    files = [Path(c.source.file).name for c in got]
    assert files == sorted(files) and files[-1] == "c_公众.xlsx" and files[0] == "a_发改委.docx"
    letter = [c for c in got if c.source.file.endswith(".docx")]
    assert len(letter) == 3 and "碳达峰" in letter[0].text and "量化" in letter[1].text
    assert {c.department for c in letter} == {"自治区发展改革委"}
    assert letter[2].location == "第12页第3行" and letter[0].source.paragraph is not None
    assert got.no_opinion_units == ["自治区科技厅"]
    assert any("readme.pdf" in n for n in got.notes)
    assert got[-1].speaker == "王五"


def test_minutes_kind_is_passed_to_the_letter_parser(tmp_path):
    path = tmp_path / "座谈会.md"
    path.write_text("座谈会上，自治区人大代表王芳说：“建议增加城市绿地。”与会委员表示赞同。\n", encoding="utf-8")
    got = read_comments(path, kind="minutes")
    assert [(c.speaker, c.text) for c in got] == [("王芳", "建议增加城市绿地。")]
    assert got[0].meta["kind"] == "minutes" and any("会议纪要" in n for n in got.notes)


def test_docx_comment_form_is_read_as_a_table(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("自治区水利厅关于《生态环境保护规划》的反馈意见")
    t = d.add_table(rows=3, cols=3)
    for i, row in enumerate([["序号", "章节", "意见"], ["1", "第三章", "建议强化水资源刚性约束，细化用水总量指标。"],
                             ["2", "第五章", ""]]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    path = tmp_path / "水利厅.docx"
    d.save(path)
    got = read_comments(path)
    assert [(c.text, c.location, c.department) for c in got] == [
        ("建议强化水资源刚性约束，细化用水总量指标。", "第三章", "自治区水利厅")]
    assert got[0].source.sheet == "表1" and got[0].source.row == 2
    assert got[0].id.startswith("C") and got[0].meta["序号"] == "1"  # a form's 序号 is not an id
    assert got.empty_rows == [f"{path}（表1） 第3行"]


def test_docx_without_python_docx(tmp_path, monkeypatch):
    import builtins

    real = builtins.__import__

    def fake(name, *args, **kwargs):
        if name == "docx" or name.startswith("docx."):
            raise ImportError("no docx")
        return real(name, *args, **kwargs)

    (tmp_path / "a.docx").write_bytes(b"PK")
    monkeypatch.setattr(builtins, "__import__", fake)
    with pytest.raises(ImportError, match=r"pip install 'consultagg\[docx\]'"):
        read_plan(tmp_path / "a.docx")


# ---------------------------------------------------------------------------------------------
# plans
# ---------------------------------------------------------------------------------------------
PLAN = "宁夏生态环境保护规划\n第一章 总体要求\n一、指导思想\n坚持生态优先。\n第二章 主要任务\n一、治理黄河\n加强治理。\n"


def test_read_plan_txt_docx_text_and_plan(tmp_path):
    p = tmp_path / "draft.txt"
    p.write_bytes(PLAN.encode("gb18030"))
    plan = read_plan(p)
    assert isinstance(plan, Plan) and plan.source == str(p)
    assert any("总体要求" in s.title for s in plan.sections)
    assert read_plan(PLAN).sections == plan.sections
    assert read_plan(plan) is plan
    assert read_plan(plan, title="新标题").title == "新标题"
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for line in PLAN.splitlines():
        d.add_paragraph(line)
    d.save(tmp_path / "draft.docx")
    assert [s.title for s in read_plan(tmp_path / "draft.docx").sections] == [s.title for s in plan.sections]
    with pytest.raises(ConsultaggInputError, match="missing.txt"):
        read_plan(tmp_path / "missing.txt")
    with pytest.raises(ConsultaggInputError, match="missing.docx"):
        read_plan(str(tmp_path / "missing.docx"))


# ---------------------------------------------------------------------------------------------
# real data (skips when ../shared/data is absent)
# ---------------------------------------------------------------------------------------------
def _tipdm(shared_data, name):
    """A file of the shared TipDM data, or a skip when it is absent."""
    path = shared_data / "tipdm2020c" / name
    if not path.is_file():
        pytest.skip(f"{name} absent")
    return path


def test_real_messages_fj3(shared_data):
    path = _tipdm(shared_data, "messages_fj3.xlsx")
    got = read_comments(path)
    rows = {c.source.row for c in got}  # (a short message numbering its requests gives one row each)
    # (a short message that only asks when or where, 何时开工？, is set aside and listed, not lost)
    asked = [t for _, t, why in got.skipped if why.startswith("只提问")]
    assert len(rows) + len(asked) + len(got.empty_rows) == 4326
    assert len(rows) + len(asked) == 4326, got.empty_rows[:10]
    assert len(asked) < 0.01 * 4326
    # a citizen's message splits only where it numbers its requests or says it asks again (…。另外罐子岭
    # 地铁站能否设计停车区域: one message of 4,326 at 68e2ea5, two requests indeed)
    parts = [c for c in got if c.meta.get("cell_part")]
    assert all(c.meta.get("numbering") or c.meta["cell_part"] == 1 or c.text.startswith(("另外", "此外", "还有", "同时", "再者", "其次"))
               for c in parts)
    # (four messages of 4,326: …。另外…能否…, …。再者，…建议…, since 请求 asks wherever it stands, a complaint
    # about flowerpots hung over a doorway, …。同时请求对事主进行严肃的批评教育！ — the removal and the reprimand —, and
    # …建议公交部门…设立统一站牌…。同时，请交管部门…重新划定…车道标线, a request of another department)
    assert sum(1 for c in parts if not c.meta.get("numbering")) <= 8
    first = got[0]
    assert first.title and first.speaker and first.id.isdigit()
    assert not first.text.startswith(("\n", "\t", " ")) and "raw_text" in first.meta
    assert len({c.id for c in got}) == len(got)
    assert {"留言时间", "点赞数", "反对数"} <= set(first.meta)


def test_real_messages_labelled_dev(shared_data):
    path = _tipdm(shared_data, "messages_labelled_dev.csv")
    got = read_comments(path)
    asked = [t for _, t, why in got.skipped if why.startswith("只提问")]
    assert len({c.source.row for c in got}) + len(asked) + len(got.empty_rows) == 1829
    assert len({c.id for c in got}) == len(got)
    with_id = [c for c in got if c.meta.get("留言编号")]
    assert with_id and all(c.id.isdigit() for c in with_id)  # "15325.0" -> "15325"
    assert all(c.meta.get("一级标签") for c in got)


def test_demo_public_comments_and_letters(demo_dir):
    got = read_comments(demo_dir / "public_comments.csv")
    manifest = json.loads((demo_dir / "manifest.json").read_text(encoding="utf-8"))
    # every row read, or listed as set aside (a message that only says 支持！ is no tracker row)
    praise = [t for _, t, why in got.skipped if why == "表扬支持，未提具体意见"]
    # (a message numbering its requests, 提几点建议：一是…二是…三是…, gives one row for each)
    assert len({c.source.row for c in got}) + len(praise) == manifest["public"]["n_rows"] - manifest["public"]["n_empty"]
    assert len(got.empty_rows) == manifest["public"]["n_empty"]
    empty_id = manifest["public"]["empty"][0]
    assert all(c.id != empty_id for c in got)
    assert all(c.id.startswith("GZ") for c in got) and got[0].location and got[0].speaker
    letters = read_comments(demo_dir / "letters")
    assert len(letters.no_opinion_units) == len(manifest["roster"]["no_opinion"])
    assert len({c.id for c in letters}) == len(letters)


def test_real_replies_fj4_have_no_x000d_left(shared_data):
    path = _tipdm(shared_data, "replies_fj4.xlsx")
    got = read_comments(path)
    asked = [t for _, t, why in got.skipped if why.startswith("只提问")]
    assert len({c.source.row for c in got}) + len(asked) + len(got.empty_rows) == 2816
    assert not [c.id for c in got if "_x000D_" in c.text]
    assert not [c.id for c in got if "_x000D_" in str(c.meta.get("答复意见", ""))]
