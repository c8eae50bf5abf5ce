"""Formats offices send besides .xlsx: old Excel and WPS tables, ODF, binary workbooks, old Word
files, and text in encodings other than UTF-8 and GB18030.

The .xls/.ods fixtures are made from an openpyxl workbook by LibreOffice (skipped without
``soffice``); the .xlsb fixture is written record by record (LibreOffice cannot write .xlsb).
"""

from __future__ import annotations

import dataclasses
import datetime
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

import consultagg as ca
from consultagg.errors import ConsultaggInputError
from consultagg.io.textfiles import decode_text

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def _has_calamine() -> bool:
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return False
    return True


needs_calamine = pytest.mark.skipif(not _has_calamine(),
                                    reason="python-calamine is not installed (pip install 'consultagg[xls]')")

ROWS = [
    ["关于《十四五生态环境保护规划（征求意见稿）》意见汇总表", None, None, None, None, None],
    ["序号", "提出单位", "章节条款", "意见内容", "修改建议", "提交日期"],
    [1, "自治区水利厅", "第三章", "建议将城市生活污水集中收集率目标值调整为65%。", "调整为65%", datetime.date(2021, 3, 4)],
    [2, None, "第四章", "建议补充黄河流域生态保护内容。", None, None],
    [3, None, "P12 L3-5", "建议细化地下水超采治理措施。", None, None],
    [4, "自治区科技厅", None, "无意见", None, None],
    [5, "自治区林草局", "表3-1", "建议增加“草原综合植被盖度”指标，目标值 56.5%。", None, 12.5],
    [6, "社会公众", None, None, None, None],
    [7, "社会公众", "第五章", "建议公开重点排污单位名录。\n并定期更新。", "", None],
]


def _office_workbook(path: Path) -> Path:
    """The table as an office keeps it: a title row, the unit merged over three opinions."""
    wb = Workbook()
    ws = wb.active
    ws.title = "意见汇总"
    for row in ROWS:
        ws.append(row)
    ws.merge_cells("A1:F1")
    ws.merge_cells("B3:B5")
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """``{"xlsx": path, "xls": path, "ods": path}``: one table, three formats (LibreOffice)."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    d = tmp_path_factory.mktemp("formats")
    src = _office_workbook(d / "意见汇总.xlsx")
    profile = tmp_path_factory.mktemp("lo_profile")
    out = {"xlsx": src}
    for fmt in ("xls", "ods"):
        proc = subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                               "--convert-to", fmt, "--outdir", str(d / fmt), str(src)],
                              capture_output=True, text=True, timeout=240)
        target = d / fmt / f"{src.stem}.{fmt}"
        assert proc.returncode == 0 and target.is_file(), (proc.stdout, proc.stderr)
        out[fmt] = target
    return out


def _comparable(rows, name):
    """A CommentList with the file name taken out of everything that names it."""
    def strip(s):
        return str(s).replace(name, "<file>")
    comments = [dataclasses.replace(c, source=dataclasses.replace(c.source, file="<file>")) for c in rows]
    return ([(c.id, c.text, c.department, c.location, c.proposed_change, c.source, c.meta) for c in comments],
            [strip(x) for x in rows.empty_rows], list(rows.no_opinion_units),
            [strip(n) for n in rows.notes], list(rows.unread_files))


# ---------------------------------------------------------------------------------------------
# .xls / .ods / .xlsb / .et through python-calamine
# ---------------------------------------------------------------------------------------------
@needs_soffice
@needs_calamine
@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_xls_and_ods_read_exactly_like_the_same_xlsx(converted, fmt):
    want = ca.read_comments(converted["xlsx"])
    got = ca.read_comments(converted[fmt])
    assert _comparable(got, str(converted[fmt])) == _comparable(want, str(converted["xlsx"]))
    # the content itself, so the comparison is not between two equally wrong readings
    assert [c.department for c in got] == ["自治区水利厅"] * 3 + ["自治区林草局", "社会公众"]
    assert got[0].meta["提交日期"] == "2021-03-04" and got[3].meta["提交日期"] == 12.5
    assert got[4].text == "建议公开重点排污单位名录。\n并定期更新。"
    assert got.no_opinion_units == ["自治区科技厅"] and len(got.empty_rows) == 1


@needs_soffice
@needs_calamine
def test_a_folder_reads_xls_and_ods_and_lists_old_word_files(converted, tmp_path):
    folder = tmp_path / "来函"
    folder.mkdir()
    shutil.copy(converted["xls"], folder / "a_水利厅.xls")
    shutil.copy(converted["ods"], folder / "b_林草局.ods")
    (folder / "c_文旅厅.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old Word file")
    (folder / "d_财政厅.wps").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 WPS file")
    got = ca.read_comments(folder)
    assert len(got) == 10 and {c.source.file.rsplit(".", 1)[1] for c in got} == {"xls", "ods"}
    unread = dict(got.unread_files)
    assert set(unread) == {f"{folder}/c_文旅厅.doc", f"{folder}/d_财政厅.wps"}
    for why in unread.values():
        assert ".docx" in why and "另存为" in why


@needs_calamine
@pytest.mark.parametrize("suffix", [".xlsb", ".et"])
def test_xlsb_and_et_are_read(tmp_path, suffix):
    path = tmp_path / f"意见{suffix}"
    if suffix == ".xlsb":
        _write_xlsb(path, "意见", ROWS[1:5])
    else:  # WPS 表格 writes .et in the binary Excel format
        if SOFFICE is None:
            pytest.skip("LibreOffice (soffice) is not installed")
        src = tmp_path / "src.xlsx"
        wb = Workbook()
        for row in ROWS[1:5]:
            wb.active.append(row)
        wb.save(src)
        subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                        "--norestore", "--convert-to", "xls", "--outdir", str(tmp_path), str(src)],
                       capture_output=True, timeout=240, check=True)
        (tmp_path / "src.xls").rename(path)
    got = ca.read_comments(path)
    assert [c.text for c in got] == [r[3] for r in ROWS[2:5]]
    assert got[0].department == "自治区水利厅" and got[0].id.startswith("C")  # (a 序号 from 1: ids from unit and text)


@needs_calamine
@pytest.mark.parametrize("suffix", [".xls", ".et", ".ods", ".xlsb"])
def test_unreadable_old_tables_name_the_file_and_suggest_xlsx(tmp_path, suffix):
    path = tmp_path / f"损坏{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(ConsultaggInputError) as info:
        ca.read_comments(path)
    msg = str(info.value)
    assert f"损坏{suffix}" in msg and ".xlsx" in msg and "另存为" in msg and "save" in msg


@needs_calamine
def test_an_xls_that_is_a_web_page_says_so(tmp_path):
    path = tmp_path / "导出.xls"
    path.write_text("<html><body><table><tr><td>意见内容</td></tr></table></body></html>", encoding="utf-8")
    with pytest.raises(ConsultaggInputError, match=r"导出\.xls.*网页.*\.xlsx.*HTML"):
        ca.read_comments(path)


def test_without_calamine_the_error_gives_the_install_line(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "python_calamine", None)  # import fails as if not installed
    path = tmp_path / "意见.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(ImportError, match=r"pip install 'consultagg\[xls\]'"):
        ca.read_comments(path)


@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_old_word_and_wps_files_ask_for_docx(tmp_path, suffix):
    path = tmp_path / f"18_自治区文化和旅游厅{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old Word file")
    with pytest.raises(ConsultaggInputError) as info:
        ca.read_comments(path)
    msg = str(info.value)
    assert path.name in msg and "另存为 .docx" in msg and "save it as .docx" in msg
    assert ("WPS" if suffix == ".wps" else "Word") in msg


# ---------------------------------------------------------------------------------------------
# encodings of .txt / .csv
# ---------------------------------------------------------------------------------------------
BIG5_TEXT = "提出單位,意見內容\n自治區水利廳,建議將城市生活污水集中收集率目標值調整為65%。\n"
SJIS_TEXT = "提出単位,意見内容\n環境省,地下水の水質保全目標を明確にすべきである。\n"
GB_TEXT = "提出单位,意见内容\n自治区水利厅,建议将城市生活污水集中收集率目标值调整为65%。\n"


@pytest.mark.parametrize("text,encoding,label", [
    (BIG5_TEXT, "big5", "Big5"),
    (BIG5_TEXT.replace(",", "，"), "big5", "Big5"),            # no ASCII but the digits
    (SJIS_TEXT, "shift_jis", "Shift-JIS"),
    (GB_TEXT, "gb18030", "GB18030"),
], ids=["big5", "big5-fullwidth", "shift-jis", "gb18030"])
def test_encodings_are_detected(text, encoding, label):
    assert decode_text(text.encode(encoding), "意见.csv") == (text, label)


@pytest.mark.parametrize("text,encoding", [
    (GB_TEXT, "utf-16-le"),
    (GB_TEXT, "utf-16-be"),
    ("建议强化水资源刚性约束细化用水总量控制指标", "utf-16-le"),  # no ASCII, so no NUL byte at all
], ids=["le", "be", "le-no-ascii"])
def test_utf16_without_bom_is_named_not_guessed(text, encoding):
    data = text.encode(encoding)
    with pytest.raises(ConsultaggInputError) as info:
        decode_text(data, "意见.csv")
    msg = str(info.value)
    assert "意见.csv" in msg and encoding.upper().replace("-", "") in msg.replace("-", "").upper()
    assert f"encoding='{encoding}'" in msg and "无 BOM" in msg
    assert decode_text(data, "意见.csv", encoding) == (text, encoding)


def test_big5_and_shift_jis_csv_are_read(tmp_path):
    for text, enc in ((BIG5_TEXT, "big5"), (SJIS_TEXT, "shift_jis")):
        path = tmp_path / f"{enc}.csv"
        path.write_bytes(text.encode(enc))
        got = ca.read_comments(path)
        unit, opinion = text.splitlines()[1].split(",", 1)
        assert [(c.department, c.text) for c in got] == [(unit, opinion)]
        assert not any("按内容" in n for n in got.notes)  # headers in traditional or Japanese forms are known


def test_a_gb18030_reading_with_private_use_characters_is_refused():
    data = GB_TEXT.encode("gb18030") + b"\xaa\xa1\xaa\xa2"  # user-defined area: U+E000, U+E001
    assert "\ue000" in data.decode("gb18030")
    with pytest.raises(ConsultaggInputError) as info:
        decode_text(data, "意见.csv")
    msg = str(info.value)
    assert "意见.csv" in msg and "第3行" in msg and "U+E000" in msg and "encoding=" in msg


def test_text_that_fits_no_encoding_is_refused_not_garbled():
    # Bytes that GB18030 decodes without error into rare characters: not trusted.
    data = "\u4e00\u4e01".encode("utf-16-le") * 0 + bytes(range(0x81, 0xFF)) * 2
    with pytest.raises(ConsultaggInputError, match=r"意见\.txt.*encoding="):
        decode_text(data, "意见.txt")


def test_nul_bytes_are_never_read_as_utf8():
    data = "单位,意见\n".encode("utf-16-le")[:-1] + b"\x00\x00\x00"
    with pytest.raises(ConsultaggInputError, match=r"意见\.csv"):
        decode_text(data, "意见.csv")


# ---------------------------------------------------------------------------------------------
# a binary workbook (.xlsb) written record by record (MS-XLSB)
# ---------------------------------------------------------------------------------------------
def _record(typ: int, data: bytes = b"") -> bytes:
    def varint(n, limit):
        out = bytearray()
        for _ in range(limit):
            b = n & 0x7F
            n >>= 7
            out.append(b | (0x80 if n else 0))
            if not n:
                break
        return bytes(out)
    return varint(typ, 2) + varint(len(data), 4) + data


def _wide(s: str) -> bytes:
    return struct.pack("<I", len(s.encode("utf-16-le")) // 2) + s.encode("utf-16-le")


def _write_xlsb(path: Path, sheet: str, rows) -> None:
    cells = b""
    for r, row in enumerate(rows):
        cells += _record(0x0000, struct.pack("<I", r) + b"\x00" * 13)  # BrtRowHdr
        for c, v in enumerate(row):
            head = struct.pack("<II", c, 0)
            if isinstance(v, str):
                cells += _record(0x0006, head + _wide(v))                 # BrtCellSt
            elif isinstance(v, (int, float)):
                cells += _record(0x0005, head + struct.pack("<d", v))    # BrtCellReal
    width = max(len(r) for r in rows)
    sheet_bin = (_record(0x0081) + _record(0x0094, struct.pack("<IIII", 0, len(rows) - 1, 0, width - 1))
                 + _record(0x0091) + cells + _record(0x0092) + _record(0x0082))
    workbook_bin = (_record(0x0083) + _record(0x008F)
                    + _record(0x009C, struct.pack("<II", 0, 1) + _wide("rId1") + _wide(sheet))
                    + _record(0x0090) + _record(0x009D, b"\x00" * 26) + _record(0x0084))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/worksheet" Target="worksheets/sheet1.bin"/></Relationships>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
             '</Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("xl/workbook.bin", workbook_bin)
        z.writestr("xl/_rels/workbook.bin.rels", rels)
        z.writestr("xl/worksheets/sheet1.bin", sheet_bin)
