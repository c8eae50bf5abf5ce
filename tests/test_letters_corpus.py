"""The letter-reading corpus (tests/data/letters_corpus) is complete and consistent.

Only the corpus is checked here: its files, its ground truth and the variety it promises. How well
the reader does on it is measured by ``benchmarks/letter_reading.py``, not asserted.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "data" / "letters_corpus"
KINDS = {"letter", "form", "minutes", "email"}
TYPED_NUMBER = re.compile(r"\s*(\d+[.．、]|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）)")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _bigram_set(text: str) -> set[str]:
    s = _squash(text)
    return {s[i:i + 2] for i in range(len(s) - 1)}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def _docx():
    return pytest.importorskip("docx")


def _docx_text(path: Path) -> str:
    """Paragraphs and table cells of a Word file, in body order."""
    docx = _docx()
    doc = docx.Document(str(path))
    parts = []
    for block in doc.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append("".join(t.text or "" for t in block.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            table = docx.table.Table(block, doc)
            for row in table.rows:
                seen = []
                for cell in row.cells:
                    if cell._tc not in seen:
                        seen.append(cell._tc)
                        parts.append(cell.text)
    return "\n".join(parts)


def _file_text(path: Path) -> str:
    if path.suffix == ".docx":
        return _docx_text(path)
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError(f"{path.name}: neither UTF-8 nor GB18030")


def test_every_record_has_a_file_and_every_file_a_record(records):
    names = [r["file"] for r in records]
    assert len(names) == len(set(names)), [n for n, k in Counter(names).items() if k > 1]
    on_disk = {p.name for p in CORPUS.iterdir() if p.is_file() and p.name != "expected.json"}
    assert set(names) == on_disk, (sorted(set(names) - on_disk), sorted(on_disk - set(names)))
    assert len(names) >= 40


def test_records_are_well_formed(records):
    for r in records:
        name = r["file"]
        assert set(r) >= {"file", "kind", "unit", "no_opinion", "opinions", "notes"}, name
        assert r["kind"] in KINDS, name
        assert isinstance(r["unit"], str) and r["unit"].strip(), name
        assert isinstance(r["no_opinion"], bool), name
        assert isinstance(r["notes"], str) and r["notes"].strip(), name
        opinions = r["opinions"]
        assert all(isinstance(o, str) and o.strip() for o in opinions), name
        if r["no_opinion"]:
            assert opinions == [], name
        else:
            assert opinions, name
        if "units" in r:
            assert len(r["units"]) == len(opinions), name
            assert all(isinstance(u, str) and u.strip() for u in r["units"]), name
            assert r["units"][0] == r["unit"], name


def test_variety(records):
    kinds = Counter(r["kind"] for r in records)
    assert kinds["minutes"] >= 5
    assert kinds["email"] >= 4
    assert sum(r["no_opinion"] for r in records) >= 2
    assert sum(Path(r["file"]).suffix == ".docx" for r in records) >= 8
    assert {Path(r["file"]).suffix for r in records} >= {".txt", ".md", ".docx"}
    # minutes with several speaking units
    assert sum(len(set(r.get("units", []))) >= 2 for r in records if r["kind"] == "minutes") >= 5


def test_forms_are_word_tables(records):
    docx = _docx()
    forms = [r for r in records if r["kind"] == "form"]
    with_tables = 0
    for r in forms:
        assert r["file"].endswith(".docx"), r["file"]
        doc = docx.Document(str(CORPUS / r["file"]))
        cells = {c.text for t in doc.tables for row in t.rows for c in row.cells}
        if any(("意见" in c or "建议" in c) and len(c) <= 12 for c in cells):
            with_tables += 1
    assert with_tables >= 3


def _numbered(paragraph) -> bool:
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        return True
    style = paragraph.style
    while style is not None:
        sppr = style.element.pPr
        if sppr is not None and sppr.numPr is not None:
            return True
        style = style.base_style
    return False


def test_word_letters_with_automatic_numbering(records):
    docx = _docx()
    count = 0
    for r in records:
        if not r["file"].endswith(".docx") or r["kind"] == "form":
            continue
        doc = docx.Document(str(CORPUS / r["file"]))
        numbered = [p for p in doc.paragraphs if _numbered(p)]
        if numbered:
            count += 1
            # the numbers are Word's, not typed
            assert not any(TYPED_NUMBER.match(p.text) for p in numbered), r["file"]
    assert count >= 2


def test_expected_opinions_come_from_their_file(records):
    """Each expected opinion's text is in its file (nearly all its bigrams, for OCR'd files), in order."""
    for r in records:
        text = _file_text(CORPUS / r["file"])
        squashed = _squash(text)
        grams = _bigram_set(text)
        last = -1
        for opinion in r["opinions"]:
            own = _bigram_set(opinion)
            assert own, (r["file"], opinion)
            coverage = len(own & grams) / len(own)
            assert coverage >= 0.9, (r["file"], opinion, coverage)
            at = squashed.find(_squash(opinion))
            if at >= 0:  # exact text (files without OCR noise): document order
                assert at > last, (r["file"], opinion)
                last = at


def test_units_are_named_in_their_file(records):
    """Each unit is written in its file (spaces ignored; an organ may appear inside its office's name)."""
    for r in records:
        squashed = _squash(_file_text(CORPUS / r["file"]))
        for unit in set(r.get("units", [])) | {r["unit"]}:
            assert _squash(unit) in squashed, (r["file"], unit)
