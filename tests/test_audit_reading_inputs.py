"""Reading an input folder, after an outside test (problems B1, D1 and D2 of its report).

- B1: a tracker this tool wrote (hidden ``_meta`` sheet) inside a letters folder, or given among the
  comment inputs, was read as comments: every opinion doubled, lines of 起草说明摘要 made opinions.
  It is skipped, listed with a Chinese reason where unreadable files are listed.
- D1: one empty or corrupt ``.docx`` / ``.xlsx`` in a folder aborted the whole run (with python-docx's
  English in the message). It is listed as unreadable with a Chinese reason, the rest read.
- D2: empty letters were only counted (空白2处); the notes name them.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

import consultagg as ca
from consultagg.errors import ConsultaggInputError
from consultagg.reading import read_comments
from consultagg.tracker import write_tracker

LETTERS = {
    "01_自治区水利厅.txt": "自治区生态环境厅：\n一、建议强化黄河水资源刚性约束，严格用水总量控制。\n"
                      "二、建议将再生水利用率目标提高到50%。\n宁夏回族自治区水利厅\n2024年3月5日\n",
    "02_自治区财政厅.txt": "自治区生态环境厅：\n一、建议设立生态保护补偿专项资金。\n宁夏回族自治区财政厅\n2024年3月6日\n",
}
N_LETTER_OPINIONS = 3


def _letters(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in LETTERS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def tracker(tmp_path_factory) -> Path:
    """A tracker written by this tool from the two letters (as the office keeps 第一轮处理表.xlsx)."""
    d = tmp_path_factory.mktemp("round1")
    result = ca.analyse(read_comments(_letters(d / "letters")))
    assert len(result.opinions) == N_LETTER_OPINIONS
    out = write_tracker(result, d / "第一轮处理表.xlsx")
    assert "_meta" in openpyxl.load_workbook(out, read_only=True).sheetnames
    return Path(out)


def _copy(src: Path, dst: Path) -> Path:
    dst.write_bytes(src.read_bytes())
    return dst


# ---------------------------------------------------------------------------------------------
# B1: the tool's own tracker among the inputs
# ---------------------------------------------------------------------------------------------
def test_tracker_inside_the_letters_folder_is_skipped_not_read_as_comments(tracker, tmp_path):
    folder = _letters(tmp_path / "第二轮来函")
    kept = _copy(tracker, folder / "第一轮处理表.xlsx")
    got = read_comments(folder)
    # before the fix: the tracker's rows and its 起草说明摘要 lines were opinions too (more than 3)
    assert len(got) == N_LETTER_OPINIONS
    assert all(c.source.file != str(kept) for c in got)
    unread = dict(got.unread_files)
    assert str(kept) in unread, got.unread_files
    assert "意见汇总处理表" in unread[str(kept)] and "未作为意见读取" in unread[str(kept)]
    assert any(str(kept) in n and "意见汇总处理表" in n for n in got.notes)


def test_tracker_given_explicitly_among_the_comments_is_skipped(tracker, tmp_path):
    folder = _letters(tmp_path / "来函")
    got = read_comments([folder, tracker])
    assert len(got) == N_LETTER_OPINIONS
    assert str(tracker) in dict(got.unread_files)


def test_tracker_in_folder_is_listed_on_the_unread_sheet_and_not_counted(tracker, tmp_path):
    folder = _letters(tmp_path / "来函")
    kept = _copy(tracker, folder / "第一轮处理表.xlsx")
    result = ca.analyse(folder)
    assert len(result.opinions) == N_LETTER_OPINIONS
    out = write_tracker(result, tmp_path / "第二轮处理表.xlsx")
    ws = openpyxl.load_workbook(out)["未能读取"]
    rows = [tuple(r) for r in ws.iter_rows(min_row=1, values_only=True)]
    assert any(r[0] == str(kept) and "意见汇总处理表" in str(r[1]) for r in rows), rows


def test_a_tracker_given_alone_is_a_clear_error(tracker):
    with pytest.raises(ConsultaggInputError) as info:
        read_comments(tracker)
    message = str(info.value)
    assert tracker.name in message and "意见汇总处理表" in message and "merge" in message


def test_a_workbook_with_a_sheet_named_meta_of_its_own_is_still_read(tmp_path):
    """Only the tool's own ``_meta`` (format_version in its first row) marks a tracker."""
    path = tmp_path / "意见表.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "意见"
    ws.append(["提出单位", "意见内容"])
    ws.append(["自治区科技厅", "建议增加生态环境科技创新内容。"])
    wb.create_sheet("_meta").append(["说明", "本表由办公室整理"])
    wb.save(path)
    got = read_comments(path)
    assert [c.department for c in got] == ["自治区科技厅"] and not got.unread_files


# ---------------------------------------------------------------------------------------------
# D1: an empty or corrupt Office file in a folder
# ---------------------------------------------------------------------------------------------
def _broken_files(folder: Path) -> dict[str, str]:
    """Files that cannot be opened, by name: what each is."""
    (folder / "12_空白.docx").write_bytes(b"")
    (folder / "13_坏函.docx").write_bytes(b"not a zip at all")
    (folder / "15_坏表.xlsx").write_bytes(b"not a zip")
    (folder / "16_空表.xlsx").write_bytes(b"")
    with zipfile.ZipFile(folder / "17_缺部件.docx", "w") as z:  # a zip, but no Word document inside
        z.writestr("readme.txt", "x")
    return {"12_空白.docx": "empty", "13_坏函.docx": "corrupt", "15_坏表.xlsx": "corrupt",
            "16_空表.xlsx": "empty", "17_缺部件.docx": "corrupt"}


def test_empty_or_corrupt_office_files_in_a_folder_are_listed_and_the_rest_read(tmp_path):
    folder = _letters(tmp_path / "来函")
    broken = _broken_files(folder)
    got = read_comments(folder)  # before the fix: ConsultaggInputError on 12_空白.docx
    assert len(got) == N_LETTER_OPINIONS
    unread = {Path(f).name: why for f, why in got.unread_files}
    assert set(unread) == set(broken)
    for name, what in broken.items():
        why = unread[name]
        assert re.search(r"[\u4e00-\u9fff]", why) and "Package not found" not in why and "zip" not in why.lower()
        assert not re.search(r"[A-Za-z]{4,}", why.replace("docx", "").replace("xlsx", "").replace("Word", "")
                             .replace("Excel", "").replace("WPS", "")), why  # no library English
        assert ("为空" in why) == (what == "empty"), (name, why)
        assert "另存为" in why or "重新" in why, why  # says what to do
    # and named in the notes, as the folder's unsupported files are
    assert all(any(name in n for n in got.notes) for name in broken)


def test_a_corrupt_xls_in_a_folder_is_listed_and_the_rest_read(tmp_path):
    folder = _letters(tmp_path / "来函")
    (folder / "15_坏表.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    try:
        got = read_comments(folder)
    except ImportError:
        pytest.skip("python-calamine is not installed")
    assert len(got) == N_LETTER_OPINIONS
    assert [Path(f).name for f, _ in got.unread_files] == ["15_坏表.xls"]


def test_an_empty_docx_given_alone_is_a_clear_chinese_error(tmp_path):
    path = tmp_path / "12_空白.docx"
    path.write_bytes(b"")
    with pytest.raises(ConsultaggInputError) as info:
        read_comments(path)
    message = str(info.value)
    chinese = message.split(" Cannot", 1)[0]  # the Chinese sentence, before the English one
    assert path.name in chinese and "文件为空" in chinese and "Package not found" not in chinese


# ---------------------------------------------------------------------------------------------
# D2: empty letters are named
# ---------------------------------------------------------------------------------------------
def test_empty_letters_are_named_in_the_notes(tmp_path):
    folder = _letters(tmp_path / "来函")
    (folder / "11_空文件.txt").write_bytes(b"")
    (folder / "18_只有空格.txt").write_text("   \n\n  ", encoding="utf-8")
    got = read_comments(folder)
    # (listed among the files not read, so that their units are never said to have no opinion or to be silent)
    assert len(got) == N_LETTER_OPINIONS and len(got.unread_files) == 2
    for name in ("11_空文件.txt", "18_只有空格.txt"):
        said = [n for n in got.notes if name in n]
        assert said and any("文件为空" in n for n in said), (name, got.notes)
        assert any(name in f and "文件为空" in why for f, why in got.unread_files), got.unread_files


def test_a_letter_with_text_but_no_opinion_is_named_in_the_notes(tmp_path):
    folder = _letters(tmp_path / "来函")
    (folder / "19_只有落款.txt").write_text("自治区生态环境厅：\n此致\n敬礼\n\n宁夏回族自治区科技厅\n2024年3月1日\n",
                                         encoding="utf-8")
    got = read_comments(folder)
    assert len(got) == N_LETTER_OPINIONS
    assert any("19_只有落款.txt" in e and "未识别出意见" in e for e in got.empty_rows), got.empty_rows
    assert any("19_只有落款.txt" in n and "未识别出意见" in n for n in got.notes), got.notes
