"""Consistency of the demo consultation shipped in ``consultagg/data/demo``.

The demo is the ground truth for the end-to-end tests, the notebook and ``consultagg demo``;
these tests check that the files agree with ``manifest.json`` and with each other, so that a
later edit of one file cannot silently invalidate the others.
"""

from __future__ import annotations

import csv
import json
import re
import statistics
from pathlib import Path

import pytest

CJK = r"[\u4e00-\u9fff]"
CN_NUM = "一二三四五六七八九十"
COLUMNS = ["留言编号", "提交时间", "留言人", "意见建议", "涉及章节"]
CATEGORIES = {"政府部门", "人大", "政协", "盟市", "专家", "公众"}
DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
PAGE_LINE = re.compile(r"^— (\d+) —$")


def _cn_to_int(text: str) -> int:
    """Chinese numeral up to 99 (enough for chapter numbers)."""
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + digits[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return digits[tens] * 10 + (digits[ones] if ones else 0)
    return digits[text]


@pytest.fixture(scope="module")
def manifest(demo_dir: Path) -> dict:
    return json.loads((demo_dir / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def plan_text(demo_dir: Path, manifest: dict) -> str:
    return (demo_dir / manifest["plan"]).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def letters(demo_dir: Path, manifest: dict) -> dict[str, str]:
    return {
        name: (demo_dir / "letters" / name).read_text(encoding="utf-8")
        for name in manifest["letters"]
    }


@pytest.fixture(scope="module")
def public_rows(demo_dir: Path, manifest: dict) -> list[dict[str, str]]:
    with open(demo_dir / manifest["public"]["file"], encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def roster(demo_dir: Path, manifest: dict) -> list[dict[str, str]]:
    with open(demo_dir / manifest["roster"]["file"], encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# ------------------------------------------------------------------------- files


def test_manifest_files_exist(demo_dir, manifest):
    for rel in (manifest["plan"], manifest["public"]["file"], manifest["minutes"]["file"],
                manifest["roster"]["file"]):
        assert (demo_dir / rel).is_file(), rel
    for name in manifest["letters"]:
        assert (demo_dir / "letters" / name).is_file(), name
    # no stray letter missing from the ground truth
    on_disk = {p.name for p in (demo_dir / "letters").glob("*.txt")}
    assert on_disk == set(manifest["letters"])


def test_all_text_files_are_utf8_without_bom_except_the_csv_export(demo_dir):
    for path in sorted(demo_dir.rglob("*")):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        raw.decode("utf-8")  # raises on a wrong encoding
        if path.name == "public_comments.csv":
            assert raw.startswith(b"\xef\xbb\xbf")
        else:
            assert not raw.startswith(b"\xef\xbb\xbf"), path.name


# -------------------------------------------------------------------------- plan


def test_plan_title_and_size(plan_text, manifest):
    assert plan_text.splitlines()[0] == manifest["title"]
    n_cjk = len(re.findall(CJK, plan_text))
    assert 12_000 <= n_cjk <= 18_000


def test_plan_heading_levels(plan_text, manifest):
    lines = plan_text.splitlines()
    chapters = [m.group(1) for line in lines if (m := re.match(rf"^第([{CN_NUM}]+)章\s", line))]
    assert len(chapters) >= 7
    assert [_cn_to_int(c) for c in chapters] == list(range(1, len(chapters) + 1))
    assert len(chapters) == manifest["plan_chapters"]
    assert sum(bool(re.match(rf"^第[{CN_NUM}]+节\s", line)) for line in lines) >= 20
    assert any(re.match(rf"^（[{CN_NUM}]+）", line) for line in lines)
    assert any(re.match(rf"^[{CN_NUM}]+、", line) for line in lines)
    assert any(re.match(r"^\d+\.", line) for line in lines)
    # a chapter without 节 exists (drafts mix levels)
    heads = [line for line in lines if re.match(rf"^第[{CN_NUM}]+[章节]\s", line)]
    kinds = ["章" if re.match(rf"^第[{CN_NUM}]+章", h) else "节" for h in heads]
    assert any(a == b == "章" for a, b in zip(kinds, kinds[1:]))


def test_plan_indicator_box(plan_text):
    lines = plan_text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("专栏1") and "主要指标" in line)
    rows = []
    for line in lines[start + 1:]:
        if PAGE_LINE.match(line) or not line.strip():
            continue
        if "\t" not in line:
            break
        rows.append(line.split("\t"))
    header, body = rows[0], rows[1:]
    assert "指标名称" in header and "属性" in header
    assert any("2020" in h for h in header) and any("2025" in h for h in header)
    assert len(body) >= 15
    assert {r[-1] for r in body} == {"约束性", "预期性"}
    assert all(len(r) == len(header) for r in body)
    assert re.search(r"^专栏\d+　.*重点工程$", plan_text, flags=re.M)


def test_plan_page_numbers_are_sequential(plan_text, manifest):
    pages = [int(m.group(1)) for line in plan_text.splitlines() if (m := PAGE_LINE.match(line))]
    assert pages == list(range(1, manifest["plan_pages"] + 1))


def test_plan_covers_the_required_topics(plan_text):
    for word in ("PM2.5", "臭氧", "散煤", "黄河", "入河排污口", "饮用水水源", "黑臭水体", "危险废物",
                 "无废城市", "生态保护红线", "防沙治沙", "湿地", "碳达峰", "碳排放", "畜禽养殖",
                 "农村生活污水", "监测", "执法", "排污许可", "资金", "考核"):
        assert word in plan_text, word


# ----------------------------------------------------------------------- letters


def test_letter_ground_truth(manifest, letters):
    assert len(letters) >= 15
    units = [v["unit"] for v in manifest["letters"].values()]
    assert len(set(units)) == len(units)
    for name, info in manifest["letters"].items():
        assert re.fullmatch(r"\d{2}_.+\.txt", name)
        assert name[3:-4] == info["unit"]
        if info["no_opinion"]:
            assert info["n_opinions"] == 0
            assert "无修改意见" in letters[name] or "无意见" in letters[name]
        else:
            assert 3 <= info["n_opinions"] <= 8, name
    assert sum(v["no_opinion"] for v in manifest["letters"].values()) >= 1


def test_letter_layout(manifest, letters):
    title = manifest["title"]
    for name, text in letters.items():
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert f"关于《{title}》" in lines[0], name
        assert lines[1] == "自治区生态环境厅：", name
        assert DATE_LINE.match(lines[-1]), name
        # the signature line, before the date, names the unit as written somewhere in the header
        assert lines[-2] in manifest["letters"][name]["names_as_written"], name
        assert lines[0].split("关于《")[0] in manifest["letters"][name]["names_as_written"], name


def test_letters_vary_numbering_styles(letters):
    joined = "\n".join(letters.values())
    patterns = {
        "一、": rf"^[{CN_NUM}]+、",
        "（一）": rf"^（[{CN_NUM}]+）",
        "1.": r"^\d+\s*[.．]",
        "（1）": r"^（\d+）",
        "①": r"^[①②③④⑤]",
        "一是": rf"[{CN_NUM}]是",
        "第一，": rf"^第[{CN_NUM}]，",
        "此外，": r"^此外，",
    }
    for label, pattern in patterns.items():
        assert re.search(pattern, joined, flags=re.M), label


def test_letters_vary_unit_names(manifest):
    written = [n for v in manifest["letters"].values() for n in v["names_as_written"]]
    assert sum("盖章" in n for n in written) >= 1
    # colloquial or old names that normalisation must resolve
    for alias in ("发展和改革委员会", "住建厅", "卫健委", "环保局", "工信厅"):
        assert any(alias in n for n in written), alias
    # and names that differ from the canonical short name
    differing = [v for v in manifest["letters"].values() if v["unit"] not in v["names_as_written"]]
    assert len(differing) >= 8


def test_letters_cite_the_draft_consistently(manifest, letters, plan_text):
    joined = "\n".join(letters.values())
    pages = [int(p) for p in re.findall(r"第(\d+)页", joined)]
    assert len(pages) >= 5 and max(pages) <= manifest["plan_pages"]
    assert re.search(r"第\d+页第\d+-\d+行", joined)
    boxes = set(re.findall(r"专栏(\d+)", joined))
    assert boxes and all(re.search(rf"^专栏{b}　", plan_text, flags=re.M) for b in boxes)
    chapters = {_cn_to_int(c) for c in re.findall(rf"第([{CN_NUM}]+)章", joined)}
    assert chapters and max(chapters) <= manifest["plan_chapters"]
    assert joined.count("建议修改为") >= 10
    # quoted original wording is mostly verbatim from the draft
    flat = plan_text.replace("\n", "")
    quotes = re.findall(r"“([^“”]{8,})”", joined)
    assert sum(q in flat for q in quotes) >= 30


def test_cross_unit_duplicates(manifest, letters):
    kinds = {d["exact"] for d in manifest["cross_unit_duplicates"]}
    assert kinds == {True, False}
    for dup in manifest["cross_unit_duplicates"]:
        assert len(set(dup["units"])) == 2
        for unit, name in zip(dup["units"], dup["letters"]):
            assert manifest["letters"][name]["unit"] == unit
        if dup["exact"]:
            for name in dup["letters"]:
                assert dup["text"] in letters[name]
        else:
            a, b = (letters[name] for name in dup["letters"])
            shared = ["农村生活污水治理率", "40%偏高", "30%左右"]
            assert all(s in a and s in b for s in shared)


def test_opinion_totals(manifest, public_rows):
    n_letters = sum(v["n_opinions"] for v in manifest["letters"].values())
    n_public = sum(1 for r in public_rows if r["意见建议"].strip())
    assert n_letters == manifest["n_opinions_letters"]
    assert n_public == manifest["n_opinions_public"]
    assert n_letters + n_public >= 160
    assert manifest["n_opinions_total_min"] == (
        n_letters + n_public + manifest["minutes"]["n_opinions_min"])


# ------------------------------------------------------------------------ public


def test_public_csv_shape(demo_dir, manifest, public_rows):
    raw = (demo_dir / manifest["public"]["file"]).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(demo_dir / manifest["public"]["file"], encoding="utf-8-sig", newline="") as fh:
        assert next(csv.reader(fh)) == COLUMNS
    assert len(public_rows) == manifest["public"]["n_rows"] >= 80
    ids = [r["留言编号"] for r in public_rows]
    assert len(set(ids)) == len(ids)
    empty = [r["留言编号"] for r in public_rows if not r["意见建议"].strip()]
    assert len(empty) == manifest["public"]["n_empty"] == 1
    assert empty == manifest["public"]["empty"]
    assert sum(1 for r in public_rows if not r["涉及章节"].strip()) > len(public_rows) / 2


def test_public_csv_has_export_noise_and_formula_like_cells(public_rows, manifest):
    texts = [r["意见建议"] for r in public_rows]
    assert any("\n\t" in t for t in texts)
    assert any(t and (t != t.strip()) for t in texts)
    assert any(t.startswith("=") for t in texts)
    by_id = {r["留言编号"]: r["意见建议"] for r in public_rows}
    assert all(by_id[i][:1] in "=+-@" for i in manifest["public"]["formula_like"])
    stamps = [r["提交时间"] for r in public_rows]
    assert any("/" in s for s in stamps) and any("-" in s for s in stamps)


def test_public_campaigns(public_rows, manifest):
    by_id = {r["留言编号"]: r["意见建议"].strip() for r in public_rows}
    campaigns = manifest["public"]["campaigns"]
    sizes = sorted(len(c["members"]) for c in campaigns)
    assert sizes[-1] >= 40 and sizes[0] >= 5
    seen: set[str] = set()
    for c in campaigns:
        members = c["members"]
        assert all(m in by_id for m in members)
        assert not seen & set(members)
        seen |= set(members)
        assert set(c["with_own_addition"]) <= set(members)
        texts = [by_id[m] for m in members]
        # variants, not copies: the members differ from each other
        assert len(set(texts)) == len(texts)
        median = statistics.median(len(t) for t in texts)
        for m in c["with_own_addition"]:
            assert len(by_id[m]) >= median + 150, m
        for m in set(members) - set(c["with_own_addition"]):
            assert len(by_id[m]) <= median + 60, m
    big = max(campaigns, key=lambda c: len(c["members"]))
    assert len(big["with_own_addition"]) == 5
    assert all("月牙湖" in by_id[m] for m in big["members"])
    # names vary across members
    names = {r["留言人"] for r in public_rows if r["留言编号"] in set(big["members"])}
    assert len(names) >= 30


def test_public_exact_duplicates(public_rows, manifest):
    by_id = {r["留言编号"]: r["意见建议"] for r in public_rows}
    pairs = manifest["public"]["exact_duplicates"]
    assert len(pairs) == 3
    for group in pairs:
        assert len(set(group)) == len(group) >= 2
        assert len({by_id[i] for i in group}) == 1
    # no other exact duplicates hide in the file
    listed = {i for g in pairs for i in g}
    rest = [t.strip() for i, t in by_id.items() if i not in listed and t.strip()]
    assert len(rest) == len(set(rest))


# ----------------------------------------------------------------------- minutes


def test_minutes_ocr_damage(demo_dir, manifest):
    text = (demo_dir / manifest["minutes"]["file"]).read_text(encoding="utf-8")
    assert 1_500 <= len(text) <= 2_500
    assert re.search(rf"{CJK} {CJK} {CJK}", text)  # spaces inside Chinese words
    for wrong in manifest["minutes"]["ocr_typos"]:
        assert wrong in text
    body = [line for line in text.splitlines()[2:] if line.strip() and " " not in line]
    widths = [len(line) for line in body]
    assert 13 <= statistics.median(widths) <= 15
    joined = re.sub(r"\s+", "", text)
    assert len(manifest["minutes"]["speakers"]) >= 4
    for name in manifest["minutes"]["speakers"]:
        assert name in joined
        # "XXX说" / "XXX表示", or "XXX……。他说" (the pronoun form newspapers use)
        assert re.search(rf"{name}[^“”]{{0,20}}(说|表示)", joined), name
    assert re.search(r"说，“", joined) and re.search(r"。”[^“]{0,40}表示", joined)
    m = re.search(r"与会人员还提出(.+?)等建议", joined)
    assert m and m.group(1).count("；") + 1 == manifest["minutes"]["list_items"] >= 3


# ------------------------------------------------------------------------ roster


def test_roster(roster, manifest):
    assert list(roster[0].keys()) == ["单位", "类别"]
    assert {r["类别"] for r in roster} <= CATEGORIES
    units = [r["单位"] for r in roster]
    assert len(set(units)) == len(units)
    replied = {v["unit"] for v in manifest["letters"].values()}
    no_reply = set(manifest["roster"]["no_reply"])
    assert no_reply and not no_reply & replied
    # every consulted unit either replied or is listed as silent, and every sender was consulted
    assert set(units) == replied | no_reply
    no_opinion = {v["unit"] for v in manifest["letters"].values() if v["no_opinion"]}
    assert no_opinion == set(manifest["roster"]["no_opinion"])
    cats = {r["类别"] for r in roster}
    assert {"政府部门", "人大", "政协", "盟市"} <= cats
