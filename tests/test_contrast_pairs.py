"""Contrast pairs for NearDuplicateGrouper: different requests stay apart, true copies are grouped.

The table is ``tests/data/contrast_pairs.jsonl`` (written pairs) plus
``tests/data/contrast_recipes.jsonl`` (pairs built at test time on the real messages in
``../shared/data``, which are never copied into the repository; those parts skip when the folder is
absent). ``benchmarks/contrast_pairs.py`` prints the same rates per category; this file keeps its
own small loader so that it runs without the benchmarks folder on the path.

Targets: at most 2 % of the different requests grouped and at least 95 % of the true copies
grouped, both when each pair is fitted on its own and when all pair texts are fitted at once
together with about 300 unrelated sentences of the demo public comments.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from pathlib import Path

import pytest

from consultagg import NearDuplicateGrouper

DATA = Path(__file__).resolve().parent / "data"
PAIRS_FILE = DATA / "contrast_pairs.jsonl"
RECIPES_FILE = DATA / "contrast_recipes.jsonl"

DIFFERENT_CATEGORIES = ("number", "polarity", "negation", "swap", "section", "object", "expanded")
COPY_CATEGORIES = ("punctuation", "ocr", "filler", "numeral", "polite", "form")
CATEGORIES = {"different": DIFFERENT_CATEGORIES, "copy": COPY_CATEGORIES}
PAIR_KEYS = {"id", "kind", "category", "a", "b", "why"}
RECIPE_KEYS = {"id", "kind", "category", "source", "row", "column", "max_chars", "edit", "base_sha1", "why"}
MAX_SPAN = 12  # a recipe carries at most this many characters of the real text
MIN_DIFFERENT, MIN_COPY = 150, 100
MIN_PER_DIFFERENT_CATEGORY, MIN_PER_COPY_CATEGORY = 15, 10
MIN_RECIPES = 40
MAX_DIFFERENT_GROUPED = 0.02
MIN_COPY_GROUPED = 0.95
N_FILLER = 300
CJK = re.compile(r"[\u4e00-\u9fff]")


# ------------------------------------------------------------------ loading
# The loading, materialising and grouping code is the benchmark's (benchmarks/contrast_pairs.py):
# the test and the benchmark measure the same thing.
_spec = importlib.util.spec_from_file_location(
    "contrast_pairs_bench", Path(__file__).resolve().parents[1] / "benchmarks" / "contrast_pairs.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


@pytest.fixture(scope="module")
def pairs() -> list[dict]:
    return bench.read_jsonl(PAIRS_FILE)


@pytest.fixture(scope="module")
def recipes() -> list[dict]:
    return bench.read_jsonl(RECIPES_FILE)


@pytest.fixture(scope="module")
def all_pairs(request, pairs, recipes) -> list[dict]:
    """The written pairs, plus the recipes on the shared data when it is present."""
    try:
        data_dir = request.getfixturevalue("shared_data")
    except pytest.skip.Exception:
        return list(pairs)
    return list(pairs) + [bench.materialise(r, data_dir) for r in recipes]


@pytest.fixture(scope="module")
def per_pair(all_pairs) -> list[bool]:
    """Grouped flag per pair, one fit on ``[a, b]`` each."""
    return bench.grouped_per_pair(all_pairs, NearDuplicateGrouper)


@pytest.fixture(scope="module")
def one_fit(all_pairs, demo_dir) -> list[bool]:
    """Grouped flag per pair, one fit on every pair text plus the filler sentences."""
    texts = [t for p in all_pairs for t in (p["a"], p["b"])]
    filler = bench.filler_opinions(texts, N_FILLER, Path(demo_dir) / "public_comments.csv")
    return bench.grouped_one_fit(all_pairs, filler, NearDuplicateGrouper)


def _summary(pairs: list[dict], grouped: list[bool], kind: str) -> tuple[float, str]:
    """Share of ``kind`` pairs grouped, and a message with the per-category counts."""
    flags = [(p, g) for p, g in zip(pairs, grouped, strict=True) if p["kind"] == kind]
    share = sum(g for _, g in flags) / len(flags)
    parts = []
    for cat in CATEGORIES[kind]:
        sub = [g for p, g in flags if p["category"] == cat]
        if sub:
            parts.append(f"{cat} {sum(sub)}/{len(sub)}")
    return share, f"{kind} grouped {sum(g for _, g in flags)}/{len(flags)} ({share:.1%}): " + ", ".join(parts)


# ------------------------------------------------------------------ the written table


def test_written_pairs_are_well_formed(pairs):
    ids = [p["id"] for p in pairs]
    assert len(ids) == len(set(ids)), "ids are not unique"
    for p in pairs:
        assert set(p) == PAIR_KEYS, p["id"]
        assert p["kind"] in CATEGORIES, p["id"]
        assert p["category"] in CATEGORIES[p["kind"]], p["id"]
        assert isinstance(p["a"], str) and isinstance(p["b"], str), p["id"]
        assert p["a"] != p["b"], p["id"]
        assert 10 <= len(p["a"].strip()) and 10 <= len(p["b"].strip()), p["id"]
        assert CJK.search(p["why"]), p["id"]


def test_written_pairs_cover_every_category(pairs):
    kinds = [p["kind"] for p in pairs]
    assert kinds.count("different") >= MIN_DIFFERENT
    assert kinds.count("copy") >= MIN_COPY
    for kind, cats in CATEGORIES.items():
        floor = MIN_PER_DIFFERENT_CATEGORY if kind == "different" else MIN_PER_COPY_CATEGORY
        for cat in cats:
            n = sum(1 for p in pairs if p["kind"] == kind and p["category"] == cat)
            assert n >= floor, f"{kind}/{cat}: {n} pairs"


def test_written_texts_occur_in_one_pair_only(pairs):
    # In the one-fit mode a text shared by two pairs would tie their outcomes together.
    seen: dict[str, str] = {}
    for p in pairs:
        for text in (p["a"], p["b"]):
            assert text not in seen, f"{p['id']} repeats a text of {seen.get(text)}"
            seen[text] = p["id"]


# ------------------------------------------------------------------ the recipes on shared data


def test_recipes_are_well_formed(recipes, pairs):
    assert len(recipes) >= MIN_RECIPES
    ids = [r["id"] for r in recipes]
    assert len(ids) == len(set(ids)), "recipe ids are not unique"
    assert not set(ids) & {p["id"] for p in pairs}, "recipe ids clash with written ids"
    assert {r["kind"] for r in recipes} == set(CATEGORIES)
    for r in recipes:
        assert set(r) == RECIPE_KEYS, r["id"]
        assert r["kind"] in CATEGORIES and r["category"] in CATEGORIES[r["kind"]], r["id"]
        assert r["source"].startswith("tipdm2020c/"), r["id"]
        assert isinstance(r["row"], int) and r["row"] >= 0, r["id"]
        assert isinstance(r["max_chars"], int) and r["max_chars"] > 0, r["id"]
        edit = r["edit"]
        assert set(edit) == {"find", "replace", "count"}, r["id"]
        assert 1 <= len(edit["find"]) <= MAX_SPAN and len(edit["replace"]) <= MAX_SPAN, r["id"]
        assert edit["find"] != edit["replace"] and edit["count"] >= 1, r["id"]
        assert re.fullmatch(r"[0-9a-f]{12}", r["base_sha1"]), r["id"]
        assert CJK.search(r["why"]), r["id"]


def test_recipes_apply_to_the_shared_data(recipes, shared_data):
    for r in recipes:
        base = bench.recipe_base(r, shared_data)
        assert hashlib.sha1(base.encode("utf-8")).hexdigest()[:12] == r["base_sha1"], \
            f"{r['id']}: {r['source']} row {r['row']} is not the text the recipe was written on"
        assert base.count(r["edit"]["find"]) >= r["edit"]["count"], f"{r['id']}: span not found"
        pair = bench.materialise(r, shared_data)
        assert pair["a"] != pair["b"], r["id"]


# ------------------------------------------------------------------ the targets


@pytest.mark.parametrize("mode", ["per_pair", "one_fit"])
def test_different_requests_are_not_grouped(mode, all_pairs, request):
    grouped = request.getfixturevalue(mode)
    share, message = _summary(all_pairs, grouped, "different")
    assert share <= MAX_DIFFERENT_GROUPED, message


@pytest.mark.parametrize("mode", ["per_pair", "one_fit"])
def test_true_copies_are_grouped(mode, all_pairs, request):
    grouped = request.getfixturevalue(mode)
    share, message = _summary(all_pairs, grouped, "copy")
    assert share >= MIN_COPY_GROUPED, message
