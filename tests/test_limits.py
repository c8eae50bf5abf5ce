"""Limits on what a file may expand to: zip bombs, absurd sheets and over-long cells are refused.

The hostile files are built here with :mod:`zipfile` directly, streaming each member, so the tests
themselves stay in bounded memory. Cases with the default limits run the reader in a child process
(its own peak memory, a timeout and an address-space cap, so a reader without limits fails the test
instead of exhausting the machine); cases with small monkeypatched limits run in this process.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from consultagg.io import limits as _limits
from consultagg.errors import ConsultaggInputError
from consultagg.reading import read_comments
from consultagg.tracker import read_tracker

REPO = Path(__file__).resolve().parents[1]
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SECONDS = 10        # a refusal comes within seconds ...
GROWTH_MB = 500     # ... and with bounded memory
BOMB_MB = 300       # one member of 300 MB of one repeated character (compresses about 1000:1)
CHUNK = "意" * (1 << 20)  # 3 MB of UTF-8 per write


# ---------------------------------------------------------------------------------------------
# building workbooks by hand
# ---------------------------------------------------------------------------------------------
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<workbook xmlns="{NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
HEADER = ["意见编号", "提出单位", "意见内容", "处理意见"]


def _write(f, text: str) -> None:
    f.write(text.encode("utf-8"))


def _cells(r: int, values) -> str:
    out = []
    for j, v in enumerate(values):
        ref = f"{chr(65 + j)}{r}"
        if isinstance(v, int):  # an index into the shared strings
            out.append(f'<c r="{ref}" t="s"><v>{v}</v></c>')
        else:
            out.append(f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>')
    return f'<row r="{r}">{"".join(out)}</row>'


def _data_rows(start: int, stop: int):
    for r in range(start, stop):
        yield _cells(r, [f"C-{r}", "水利厅", f"建议补充第{r}条生态补偿内容。", "采纳"])


def write_xlsx(path: Path, rows=None, *, sheet: str = "意见", shared=None, sheet_writer=None,
               shared_writer=None, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal workbook: ``rows`` (XML row strings, or a callable writing the sheetData itself),
    shared strings (a list of strings, or a callable writing the ``<sst>`` content), extra members."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK.replace("{sheet}", sheet))
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            _write(f, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{NS}"><sheetData>')
            if sheet_writer is not None:
                sheet_writer(f)
            else:
                _write(f, _cells(1, HEADER))
                for row in rows if rows is not None else _data_rows(2, 4):
                    _write(f, row)
            _write(f, "</sheetData></worksheet>")
        with z.open("xl/sharedStrings.xml", "w") as f:
            _write(f, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{NS}">')
            if shared_writer is not None:
                shared_writer(f)
            for s in shared or ():
                _write(f, f"<si><t>{s}</t></si>")
            _write(f, "</sst>")
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def _one_huge_string(f) -> None:
    _write(f, "<si><t>")
    for _ in range(BOMB_MB // 3):
        _write(f, CHUNK)
    _write(f, "</t></si>")


def write_docx(path: Path, body_writer=None, *, extra: dict[str, bytes] | None = None) -> Path:
    """A .docx made by python-docx; ``body_writer`` writes more of word/document.xml's body."""
    docx = pytest.importorskip("docx")
    base = path.with_name("base-" + path.name)
    d = docx.Document()
    d.add_paragraph("自治区发展改革委：建议补充生态补偿内容。")
    d.save(base)
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename != "word/document.xml" or body_writer is None:
                zout.writestr(info.filename, data)
                continue
            text = data.decode("utf-8")
            cut = text.index("<w:body>") + len("<w:body>")
            with zout.open(info.filename, "w") as f:
                _write(f, text[:cut])
                body_writer(f)
                _write(f, text[cut:])
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    base.unlink()
    return path


# ---------------------------------------------------------------------------------------------
# hostile files, read in a child process with the default limits
# ---------------------------------------------------------------------------------------------
_CHILD = r"""
import json, resource, sys, time
import consultagg, consultagg.io.tables, consultagg.tracker.reader, openpyxl
try:
    import docx
except ImportError:
    pass
kind, path = sys.argv[1], sys.argv[2]
read = consultagg.read_comments if kind == "comments" else consultagg.read_tracker
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
out = {"error": None}
try:
    read(path)
except BaseException as exc:
    out = {"error": type(exc).__name__, "mro": [c.__name__ for c in type(exc).__mro__], "message": str(exc)}
out["seconds"] = time.perf_counter() - start
out["growth_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(json.dumps(out, ensure_ascii=False))
"""


def _cap_memory():  # a reader without limits dies of MemoryError instead of taking the machine
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))


def _env():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), env.get("PYTHONPATH", "")])
    return env


def run_child(kind: str, path: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", _CHILD, kind, str(path)], capture_output=True, text=True,
                          timeout=60, preexec_fn=_cap_memory, env=_env())
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def assert_refused(out: dict, kind: str, path: Path, *needles: str) -> None:
    assert out["error"] is not None, f"read without error in {out['seconds']:.1f} s"
    expected = "ConsultaggInputError" if kind == "comments" else "ValueError"
    assert expected in out["mro"], out
    message = out["message"].replace(",", "")
    assert path.name in message, message
    for needle in needles:
        assert needle in message, (needle, message)
    assert "\n" not in out["message"]
    assert out["seconds"] < SECONDS, out
    assert out["growth_mb"] < GROWTH_MB, out


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    """A 300 KB .xlsx whose shared-strings member expands to 300 MB (one cell of one character)."""
    path = write_xlsx(tmp_path_factory.mktemp("bomb") / "炸弹.xlsx", [_cells(2, ["C-1", "水利厅", 0, "采纳"])],
                      shared_writer=_one_huge_string)
    assert path.stat().st_size < 2_000_000
    return path


@pytest.mark.parametrize("kind", ["comments", "tracker"])
def test_compression_bomb_is_refused_from_the_zip_directory(bomb, kind):
    out = run_child(kind, bomb)
    assert_refused(out, kind, bomb, "xl/sharedStrings.xml", "压缩比", str(_limits.MAX_RATIO))


@pytest.mark.parametrize("kind", ["comments", "tracker"])
def test_row_number_far_beyond_the_limit_is_refused_before_padding(tmp_path, kind):
    path = write_xlsx(tmp_path / "远行.xlsx", [*_data_rows(2, 4), _cells(1_500_000_000, ["C-9", "水利厅", "x", "采纳"])])
    out = run_child(kind, path)
    assert_refused(out, kind, path, "意见", "行", str(_limits.MAX_ROWS))


@pytest.mark.parametrize("kind", ["comments", "tracker"])
def test_rows_padded_to_column_xfd_are_refused_by_the_cell_count(tmp_path, kind):
    def sheet(f):
        _write(f, _cells(1, HEADER))
        for r in range(2, 12_000):  # 12,000 rows x 16,384 columns: 200 M cells from 600 KB of XML
            _write(f, f'<row r="{r}"><c r="XFD{r}" t="inlineStr"><is><t>x</t></is></c></row>')

    path = write_xlsx(tmp_path / "宽表.xlsx", sheet_writer=sheet)
    out = run_child(kind, path)
    assert_refused(out, kind, path, "意见", "单元格", str(_limits.MAX_CELLS))


def test_docx_bomb_is_refused_from_the_zip_directory(tmp_path):
    def body(f):
        _write(f, "<w:p><w:r><w:t>")
        for _ in range(BOMB_MB // 3):
            _write(f, CHUNK)
        _write(f, "</w:t></w:r></w:p>")

    path = write_docx(tmp_path / "来函.docx", body)
    out = run_child("comments", path)
    assert_refused(out, "comments", path, "word/document.xml", "压缩比", str(_limits.MAX_RATIO))


@pytest.mark.parametrize("command", ["run", "summary"])
def test_cli_prints_one_line_and_exits_1(bomb, tmp_path, command):
    argv = ["run", str(bomb), "-o", str(tmp_path / "处理表.xlsx")] if command == "run" else ["summary", str(bomb)]
    proc = subprocess.run([sys.executable, "-m", "consultagg", *argv], capture_output=True, text=True,
                          timeout=60, preexec_fn=_cap_memory, env=_env())
    assert proc.returncode == 1, proc.stderr[-2000:]
    lines = [line for line in proc.stderr.splitlines() if line.startswith("错误：")]
    assert len(lines) == 1 and bomb.name in lines[0] and "压缩比" in lines[0], proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr


# ---------------------------------------------------------------------------------------------
# the same limits, made small for the test (in this process)
# ---------------------------------------------------------------------------------------------
def _refused(path: Path, *needles: str):
    """Both readers refuse ``path``; the messages name the file and the needles."""
    with pytest.raises(ConsultaggInputError) as comments:
        read_comments(str(path))
    with pytest.raises(ValueError) as tracker:
        read_tracker(path)
    for exc in (comments.value, tracker.value):
        message = str(exc).replace(",", "")
        assert path.name in message, message
        for needle in needles:
            assert needle in message, (needle, message)
    return str(comments.value), str(tracker.value)


def test_row_limit_names_sheet_and_row(tmp_path, monkeypatch):
    monkeypatch.setattr(_limits, "MAX_ROWS", 1000)
    ok = write_xlsx(tmp_path / "刚好.xlsx", _data_rows(2, 1001))  # header + 999 rows: 1000 rows
    assert len(read_comments(str(ok))) == 999
    assert len(read_tracker(ok).rows) == 999
    path = write_xlsx(tmp_path / "太多行.xlsx", _data_rows(2, 5000))
    comments, tracker = _refused(path, "意见", "第1001行", "1000")
    assert "行数" in comments and "行数" in tracker


def test_cell_count_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(_limits, "MAX_CELLS", 400)
    assert len(read_comments(str(write_xlsx(tmp_path / "刚好.xlsx", _data_rows(2, 101))))) == 99  # 100 x 4
    _refused(write_xlsx(tmp_path / "太多格.xlsx", _data_rows(2, 102)), "意见", "第101行", "单元格", "400")


def test_cell_longer_than_excel_allows_in_the_sheet_xml(tmp_path):
    long = "长" * (_limits.MAX_CELL_CHARS + 1)
    path = write_xlsx(tmp_path / "长单元格.xlsx", [*_data_rows(2, 5), _cells(5, ["C-5", "水利厅", long, "采纳"])])
    _refused(path, "意见", "第5行", "C列", "32767", str(len(long)))


def test_cell_longer_than_excel_allows_in_the_shared_strings(tmp_path):
    long = "长" * 40_000
    path = write_xlsx(tmp_path / "长共享.xlsx", [*_data_rows(2, 7), _cells(7, ["C-7", "水利厅", 0, "采纳"])],
                      shared=[long])
    _refused(path, "意见", "第7行", "C列", "32767", "40000")


def test_cell_of_excel_maximum_length_is_read(tmp_path):
    text = "长" * _limits.MAX_CELL_CHARS
    path = write_xlsx(tmp_path / "满格.xlsx", [_cells(2, ["C-2", "水利厅", text, "采纳"])])
    got = read_comments(str(path))
    assert len(got) == 1 and len(got[0].text) == _limits.MAX_CELL_CHARS
    assert read_tracker(path).rows[0]["comment_text"] == text


def test_member_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(_limits, "MAX_MEMBER_SIZE", 100_000)
    _refused(write_xlsx(tmp_path / "大成员.xlsx", _data_rows(2, 3000)), "xl/worksheets/sheet1.xml", "解压后")


def test_ratio_is_checked_only_for_large_members(tmp_path, monkeypatch):
    def padding(f):  # an unused shared string of 2 MB of one character: about 1000:1
        _write(f, "<si><t>" + "a" * 2_000_000 + "</t></si>")

    path = write_xlsx(tmp_path / "高压缩比.xlsx", _data_rows(2, 5), shared_writer=padding)
    assert len(read_comments(str(path))) == 3  # small members may compress as well as they like
    monkeypatch.setattr(_limits, "RATIO_MIN_SIZE", 1_000_000)
    _refused(path, "xl/sharedStrings.xml", "压缩比", str(_limits.MAX_RATIO))


def test_total_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(_limits, "MAX_TOTAL_SIZE", 50_000)
    extra = {f"xl/media/image{i}.bin": os.urandom(20_000) for i in range(3)}
    _refused(write_xlsx(tmp_path / "总量.xlsx", extra=extra), "解压后", "50000")


def test_member_count_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(_limits, "MAX_MEMBERS", 10)
    extra = {f"customXml/item{i}.xml": b"<a/>" for i in range(10)}
    _refused(write_xlsx(tmp_path / "成员多.xlsx", extra=extra), "成员", "10")


def test_docx_limits(tmp_path, monkeypatch):
    path = write_docx(tmp_path / "意见函.docx", extra={"customXml/padding.xml": b"<a>" + b"a" * 2_000_000 + b"</a>"})
    assert len(read_comments(str(path))) == 1  # a small member may compress as well as it likes
    monkeypatch.setattr(_limits, "RATIO_MIN_SIZE", 1_000_000)
    with pytest.raises(ConsultaggInputError) as exc:
        read_comments(str(path))
    assert path.name in str(exc.value) and "customXml/padding.xml" in str(exc.value) and "压缩比" in str(exc.value)
    monkeypatch.setattr(_limits, "RATIO_MIN_SIZE", 50 << 20)
    monkeypatch.setattr(_limits, "MAX_MEMBERS", 5)
    with pytest.raises(ConsultaggInputError, match="成员"):
        read_comments(str(path))


def test_check_archive_leaves_non_zip_files_to_the_opener(tmp_path):
    path = tmp_path / "不是表格.xlsx"
    path.write_text("这不是 Excel 文件", encoding="utf-8")
    _limits.check_archive(path, path.name)  # nothing to judge: the opener reports it as before
    with pytest.raises(ConsultaggInputError, match="无法作为 Excel 工作簿打开"):
        read_comments(str(path))


def test_a_bomb_in_the_way_of_the_output_is_refused_without_reading_it(bomb, tmp_path):
    # -o names an existing file that is a compression bomb: the guard cannot check it for decisions
    # at any reasonable cost, so it refuses (file untouched) instead of expanding it.
    import shutil
    import time

    from consultagg.tracker import TrackerOverwriteError, write_tracker
    from consultagg.result import ConsultationResult

    target = tmp_path / "处理表.xlsx"
    shutil.copy(bomb, target)
    before = target.read_bytes()
    t0 = time.perf_counter()
    with pytest.raises(TrackerOverwriteError, match="无法读取"):
        write_tracker(ConsultationResult(()), target)
    assert time.perf_counter() - t0 < 10
    assert target.read_bytes() == before
