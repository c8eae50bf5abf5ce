"""The tracker writer's fast paths give what the plain ways of writing it give, cell for cell.

Widths, row heights, cell XML, the unit keys of ``content_id``, the writing thread, the deflate
level of large workbooks, the order styles are registered in and the paused garbage collector are
each checked against a straightforward reference.
"""

from __future__ import annotations

import gc
import math
import os
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from consultagg.records import Comment, Department, Opinion
from consultagg.result import ConsultationResult
from consultagg.tracker import _grid, book as book_module
from consultagg.tracker import safety, write_tracker

_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)
ALPHABET = ("abc XYZ 012 =+-@#\t\r\n\x0b\x0c\x1c\x85\u2028\u3000，。“”…—（）ｅ①㎡가\u1100\u0301"
            "规划黄河流域\U00020000\U0003fffd\U00010000\ufffd\uff61\uffe6_x000D_&<>")


def reference_width(text: str) -> int:
    """display_width as first written: one regex match per wide character."""
    if not text:
        return 0
    return max(len(line) + len(_WIDE.findall(line)) for line in text.splitlines() or [""])


def reference_height(values, widths) -> float | None:
    """_row_height as first written: every cell measured, in column order."""
    lines = 1
    for value, width in zip(values, widths):
        if not isinstance(value, str) or not value:
            continue
        usable = max(width - 1.0, 1.0)
        if len(value) * 2.2 <= usable and "\n" not in value:
            continue
        n = sum(max(1, math.ceil(reference_width(line) * 1.1 / usable)) for line in value.split("\n"))
        lines = max(lines, n)
    return None if lines == 1 else min(409.0, round(lines * 14.4 + 3, 1))


def random_texts(n: int, seed: int = 0, longest: int = 400) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def test_display_width_counts_every_character_as_the_regex_did():
    for cp in [*range(0, 0x3_0000), *range(0x3_0000, 0x11_0000, 97), 0x3FFFD, 0x3FFFE, 0x10FFFF]:
        ch = chr(cp)
        assert safety.display_width("a" + ch + "b") == reference_width("a" + ch + "b"), hex(cp)
    for text in random_texts(3000):
        assert safety.display_width(text) == reference_width(text), repr(text)


def test_row_heights_are_those_of_measuring_every_cell():
    rng = random.Random(1)
    texts = random_texts(600, seed=2, longest=300)
    for _ in range(1500):
        n = rng.randint(1, 8)
        values = [rng.choice([None, "", 3, 2.5, True, rng.choice(texts)]) for _ in range(n)]
        widths = [rng.choice([0.5, 1, 2, 6, 10, 21, 30.5, 59, 110]) for _ in range(rng.randint(0, 9))]
        measured = [rng.randint(0, 200) for _ in range(rng.randint(0, 9))]
        columns = book_module._fit_columns(widths, measured)
        assert book_module._row_height(values, columns) == reference_height(values, widths), (values, widths)


def reference_cell(ref: str, value, plain: int, guarded: int) -> str:
    if isinstance(value, str):
        sid = guarded if safety.needs_text_format(value) else plain
        return safety.string_cell_xml(ref, value, sid) if value else safety.empty_cell_xml(ref, sid)
    return safety.number_cell_xml(ref, value, plain)


class Text(str):
    """A str subclass: still written as text."""


def test_row_xml_is_the_cells_of_the_single_cell_functions():
    texts = random_texts(300, seed=3, longest=40) + ["=1+1", " =1", "\t@x", "#N/A", " #REF! ", "＝SUM(A1)", "－1",
                                                     "#3 建议", "\u3000+1", Text("=x"), Text("正文")]
    values = texts + [None, "", 0, -7, 10**20, 1.5, -0.0, 1e300, float("nan"), float("inf"), float("-inf"),
                      True, False]
    letters = book_module.StreamingBook()._letters
    rng = random.Random(4)
    for r in range(1, 400):
        row = [rng.choice(values) for _ in range(rng.randint(0, 12))]
        plain = [rng.randint(0, 30) for _ in row]
        guarded = [rng.randint(0, 30) for _ in row]
        attrs = rng.choice(["", ' ht="20"', ' ht="30" customHeight="1"'])
        expected = f'<row r="{r}"{attrs}>' + "".join(
            reference_cell(f"{letters[j]}{r}", v, plain[j], guarded[j])
            for j, v in enumerate(row) if v is not None) + "</row>"
        assert safety.row_xml(r, row, letters, plain, guarded, attrs) == expected


def test_content_id_with_remembered_unit_keys_is_the_same():
    keys: dict[str, str] = {}
    for text in random_texts(300, seed=5, longest=60):
        for unit in ("水利厅", " 自治区 发改委 ", "", None, "ＡＢＣ"):
            assert safety.content_id(text, unit, unit_keys=keys) == safety.content_id(text, unit)
    assert set(keys) == {"水利厅", " 自治区 发改委 ", "", "ＡＢＣ"}


class Sink:
    def __init__(self, fail_at: int | None = None):
        self.chunks: list[bytes] = []
        self.fail_at = fail_at

    def write(self, chunk: bytes) -> int:
        if len(self.chunks) == self.fail_at:
            raise OSError("disk full")
        self.chunks.append(chunk)
        return len(chunk)


def test_writing_alongside_keeps_order_and_raises_errors_of_either_side():
    chunks = [f"<row r='{i}'/>".encode() for i in range(1000)]
    sink = Sink()
    book_module._write_alongside(sink, iter(chunks))
    assert sink.chunks == chunks

    with pytest.raises(OSError, match="disk full"):
        book_module._write_alongside(Sink(fail_at=3), iter(chunks))

    def broken():
        yield b"<row"
        raise ValueError("render failed")

    sink = Sink()
    with pytest.raises(ValueError, match="render failed"):
        book_module._write_alongside(sink, broken())
    assert sink.chunks == [b"<row"]


def test_gc_paused_restores_the_collector_as_it_was():
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with _grid.gc_paused():
            assert not gc.isenabled()
            raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with _grid.gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def small_result() -> ConsultationResult:
    texts = ["建议在第三章增加黄河流域生态保护内容。", "=HYPERLINK(\"x\")", "同意。\n另：建议补充附表。" * 30]
    ops = tuple(Opinion(Comment(f"C{i}", t), Department(d), group_id=i, is_representative=True, topic_id=0)
                for i, (t, d) in enumerate(zip(texts, ["水利厅", "自治区发展改革委", "科技厅"])))
    return ConsultationResult(ops, title="生态环境保护规划")


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i.filename) for i in z.infolist() if i.filename != "docProps/core.xml"}


def test_large_workbooks_deflate_faster_with_the_same_parts(tmp_path, monkeypatch):
    result = small_result()
    usual = write_tracker(result, tmp_path / "usual.xlsx")
    monkeypatch.setattr(book_module, "_LARGE_BOOK_CELLS", 0)
    large = write_tracker(result, tmp_path / "large.xlsx")
    assert parts(large) == parts(usual)
    with zipfile.ZipFile(usual) as a, zipfile.ZipFile(large) as b:
        sheet = "xl/worksheets/sheet1.xml"
        assert a.getinfo(sheet).compress_type == b.getinfo(sheet).compress_type == zipfile.ZIP_DEFLATED
        assert a.getinfo(sheet).compress_size != b.getinfo(sheet).compress_size


SCRIPT = """
import sys, zipfile
from test_tracker_fast_paths import small_result
from consultagg.tracker import write_tracker
path = write_tracker(small_result(), sys.argv[1])
with zipfile.ZipFile(path) as z:
    sys.stdout.write(repr(sorted((i.filename, z.read(i.filename)) for i in z.infolist()
                                 if i.filename != "docProps/core.xml")))
"""


def test_the_workbook_does_not_depend_on_the_hash_seed(tmp_path):
    outputs = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed,
                   PYTHONPATH=os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")]))
        done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / f"t{seed}.xlsx")], env=env,
                              capture_output=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1
