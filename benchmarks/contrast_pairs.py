"""Contrast pairs for NearDuplicateGrouper: different requests apart, true copies together.

Two kinds of pairs, each with a category:

* ``different`` — two comments that share most of their wording but ask for different things
  (another number, the opposite direction, an inserted negation, two named things swapped,
  another section, another place, industry or pollutant, or a later message that quotes or
  extends an earlier one with new requests). They must NOT be grouped.
* ``copy`` — the same comment with differences a drafting office ignores (punctuation, full/half
  width, white space, OCR confusions and one-character typos, filler words, the numeral style of
  the same reference, quotes, polite openings and closings, a form letter whose sender differs).
  They MUST be grouped.

Sources:

* ``tests/data/contrast_pairs.jsonl`` — written pairs, one JSON object per line with ``id``,
  ``kind``, ``category``, ``a``, ``b`` and ``why``.
* ``tests/data/contrast_recipes.jsonl`` — pairs built on the real messages in
  ``../shared/data`` (never copied into the repository). Each line names a ``source`` file under
  ``../shared/data``, a ``row`` (0-based data row, header excluded), a ``column``, ``max_chars``
  and one ``edit`` (``find``, ``replace``, ``count``). The base text is the cell stripped, cut to
  its first ``max_chars`` characters and stripped again; the pair is (base, base with the edit
  applied, left to right, ``count`` times). ``base_sha1`` (first 12 hex digits of the SHA-1 of
  the base) guards against another version of the data. Recipes are left out when
  ``../shared/data`` is absent.

The grouper (default parameters) is measured two ways:

* per pair: one fit on ``[a, b]`` per pair;
* one fit: every text of every pair together with about 300 unrelated sentences of the demo
  consultation's public comments (``public_comments.csv``), as in real use; a pair counts as
  grouped when its two texts get the same label;
* with ``--form-letter``, in a form letter: four signers send ``a`` and a fifth ``b``, each after a clause of
  who they are (the campaign check's context; a different pair counts when ``b`` joins in either direction,
  a copy when it joins in both).

    .venv/bin/python benchmarks/contrast_pairs.py
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAIRS_FILE = REPO / "tests" / "data" / "contrast_pairs.jsonl"
RECIPES_FILE = REPO / "tests" / "data" / "contrast_recipes.jsonl"
SHARED_DATA = REPO.parent / "shared" / "data"
DEMO_COMMENTS = REPO / "src" / "consultagg" / "data" / "demo" / "public_comments.csv"

DIFFERENT_CATEGORIES = ("number", "polarity", "negation", "swap", "section", "object", "expanded")
COPY_CATEGORIES = ("punctuation", "ocr", "filler", "numeral", "polite", "form", "repost")
CATEGORIES = {"different": DIFFERENT_CATEGORIES, "copy": COPY_CATEGORIES}
MAX_SPAN = 12  # longest find / replace span a recipe may carry
N_FILLER = 300
TARGET_DIFFERENT_MAX = 0.02  # share of different requests grouped, at most
TARGET_COPY_MIN = 0.95  # share of true copies grouped, at least


def read_jsonl(path: Path) -> list[dict]:
    """Read one JSON object per non-empty line.

    Parameters
    ----------
    path : Path
        A ``.jsonl`` file in UTF-8.

    Returns
    -------
    list of dict
    """
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@functools.lru_cache(maxsize=8)
def read_table(path: Path) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Header and data rows of a ``.csv`` or ``.xlsx`` file as strings (empty cells ``""``).

    Parameters
    ----------
    path : Path
        A UTF-8 (optionally BOM-prefixed) CSV file or an Excel workbook (first sheet).

    Returns
    -------
    header : tuple of str
    rows : tuple of tuple of str
        Data rows in file order; row ``i`` is the ``i``-th row after the header.
    """
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True)
        try:
            raw = [tuple("" if v is None else str(v) for v in row)
                   for row in wb.worksheets[0].iter_rows(values_only=True)]
        finally:
            wb.close()
    else:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            raw = [tuple(row) for row in csv.reader(fh)]
    return raw[0], tuple(raw[1:])


def recipe_base(recipe: dict, data_dir: Path) -> str:
    """The base text of a recipe: the cell stripped, cut to ``max_chars``, stripped again.

    Parameters
    ----------
    recipe : dict
        A line of ``contrast_recipes.jsonl``.
    data_dir : Path
        The ``shared/data`` folder.

    Returns
    -------
    str
    """
    header, rows = read_table(Path(data_dir) / recipe["source"])
    cell = rows[recipe["row"]][header.index(recipe["column"])]
    return cell.strip()[: recipe["max_chars"]].strip()


def base_sha1(text: str) -> str:
    """First 12 hex digits of the SHA-1 of ``text`` (UTF-8)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def apply_edit(text: str, edit: dict) -> str:
    """Replace ``edit["find"]`` by ``edit["replace"]`` ``edit["count"]`` times, left to right.

    Parameters
    ----------
    text : str
    edit : dict
        ``find``, ``replace`` and optionally ``count`` (default 1).

    Returns
    -------
    str

    Raises
    ------
    ValueError
        When ``find`` occurs fewer than ``count`` times in ``text``.
    """
    count = edit.get("count", 1)
    if text.count(edit["find"]) < count:
        raise ValueError(f"{edit['find']!r} occurs fewer than {count} times")
    return text.replace(edit["find"], edit["replace"], count)


def materialise(recipe: dict, data_dir: Path) -> dict:
    """Turn a recipe into a pair dict with ``id``, ``kind``, ``category``, ``a``, ``b``, ``why``.

    Parameters
    ----------
    recipe : dict
    data_dir : Path

    Returns
    -------
    dict
    """
    base = recipe_base(recipe, data_dir)
    return {"id": recipe["id"], "kind": recipe["kind"], "category": recipe["category"],
            "a": base, "b": apply_edit(base, recipe["edit"]), "why": recipe["why"],
            "source": recipe["source"]}


def load_pairs(include_shared: bool = True, data_dir: Path | None = None) -> list[dict]:
    """The written pairs, then (when present and asked for) the recipes on the shared data.

    Parameters
    ----------
    include_shared : bool, default=True
        Add the pairs built from ``contrast_recipes.jsonl``; silently left out when the shared
        data folder is absent.
    data_dir : Path, optional
        The shared data folder; ``../shared/data`` beside the repository by default.

    Returns
    -------
    list of dict
        Each with ``id``, ``kind``, ``category``, ``a``, ``b`` and ``why``.
    """
    pairs = read_jsonl(PAIRS_FILE)
    data_dir = SHARED_DATA if data_dir is None else Path(data_dir)
    if include_shared and data_dir.is_dir():
        pairs += [materialise(r, data_dir) for r in read_jsonl(RECIPES_FILE)]
    return pairs


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def filler_opinions(exclude: Iterable[str], n: int = N_FILLER, path: Path = DEMO_COMMENTS) -> list[str]:
    """Up to ``n`` sentences of the demo public comments unrelated to ``exclude``.

    Each comment (column ``意见建议``) is cut after 。！？!? ; sentences of at least 10 characters
    are kept in file order, repeats included (the demo holds two form-letter campaigns, as a real
    consultation does), unless half or more of their character bigrams occur in one of the
    ``exclude`` texts (the written pairs reuse some demo comments).

    Parameters
    ----------
    exclude : iterable of str
        The pair texts.
    n : int, default=300
    path : Path
        The demo ``public_comments.csv``.

    Returns
    -------
    list of str
    """
    excluded = [_bigrams(t) for t in exclude]
    with open(path, encoding="utf-8-sig", newline="") as fh:
        comments = [row["意见建议"] for row in csv.DictReader(fh)]
    out: list[str] = []
    for comment in comments:
        for sentence in re.split(r"(?<=[。！？!?])", comment):
            sentence = sentence.strip()
            if len(sentence) < 10:
                continue
            grams = _bigrams(sentence)
            if any(len(grams & other) >= 0.5 * len(grams) for other in excluded):
                continue
            out.append(sentence)
            if len(out) == n:
                return out
    return out


def _default_grouper():
    from consultagg import NearDuplicateGrouper

    return NearDuplicateGrouper()


def grouped_per_pair(pairs: Sequence[dict], make_grouper: Callable = _default_grouper) -> list[bool]:
    """For each pair, whether one fit on ``[a, b]`` puts both texts in one group.

    Parameters
    ----------
    pairs : sequence of dict
    make_grouper : callable
        Returns a fresh, unfitted grouper with ``fit(texts)`` and ``labels_``.

    Returns
    -------
    list of bool
    """
    out = []
    for p in pairs:
        labels = make_grouper().fit([p["a"], p["b"]]).labels_
        out.append(bool(labels[0] == labels[1]))
    return out


def grouped_one_fit(pairs: Sequence[dict], filler: Sequence[str] = (),
                    make_grouper: Callable = _default_grouper) -> list[bool]:
    """For each pair, whether one fit on all pair texts plus ``filler`` labels ``a`` and ``b`` alike.

    Parameters
    ----------
    pairs : sequence of dict
    filler : sequence of str
        Unrelated texts fitted along with the pairs.
    make_grouper : callable

    Returns
    -------
    list of bool
    """
    texts = [t for p in pairs for t in (p["a"], p["b"])] + list(filler)
    labels = make_grouper().fit(texts).labels_
    return [bool(labels[2 * i] == labels[2 * i + 1]) for i in range(len(pairs))]


# Who writes, told before the text in the same sentence, as signers of a form letter make it their own.
INTROS = ("我是石岗镇前进村的村民，", "我家住在翠湖苑小区，是一名司机，", "作为一名教师，我每天都经过河边，",
          "本人在柳河镇杏园村生活了41年，", "我家住在东城花园小区，是一名医生，", "我是双桥乡南沟村的村民，",
          "本人在石岗镇前进村生活了27年，", "作为一名退休职工，我很关心这件事，", "我家住在滨江小区，是一名厨师，",
          "我是一名在校大学生，")


def grouped_in_form_letter(pairs: Sequence[dict], make_grouper: Callable = _default_grouper) -> list[bool]:
    """For each pair, whether ``b`` joins ``a`` when four signers send ``a`` and a fifth sends ``b``, each after
    a clause of who they are (:data:`INTROS`, drawn by the pair's place in the list): the context in which a
    campaign's looser check applies. Both directions are fitted; a pair counts as grouped when either is.

    Parameters
    ----------
    pairs : sequence of dict
    make_grouper : callable

    Returns
    -------
    list of bool
    """
    out = []
    for k, p in enumerate(pairs):
        intros = [INTROS[(k + i) % len(INTROS)] for i in range(5)]
        hit = []
        for x, y in ((p["a"], p["b"]), (p["b"], p["a"])):
            labels = make_grouper().fit([intros[i] + x for i in range(4)] + [intros[4] + y]).labels_
            hit.append(bool(any(labels[i] == labels[4] for i in range(4))))
        out.append(any(hit) if p["kind"] == "different" else all(hit))
    return out


def rates(pairs: Sequence[dict], grouped: Sequence[bool]) -> dict:
    """Grouped counts per kind and per (kind, category).

    Parameters
    ----------
    pairs : sequence of dict
    grouped : sequence of bool
        One flag per pair.

    Returns
    -------
    dict
        ``{kind: (grouped, total)}`` and ``{(kind, category): (grouped, total)}`` in one mapping.
    """
    out: dict = {}
    for p, g in zip(pairs, grouped, strict=True):
        for key in (p["kind"], (p["kind"], p["category"])):
            hit, total = out.get(key, (0, 0))
            out[key] = (hit + int(g), total + 1)
    return out


def _line(label: str, hit: int, total: int) -> str:
    share = 100 * hit / total if total else 0.0
    return f"{label}: {hit}/{total} ({share:.1f}%)"


def report(pairs: Sequence[dict], grouped: Sequence[bool], title: str) -> list[str]:
    """Printable lines: the two headline rates, then one line per category.

    Parameters
    ----------
    pairs : sequence of dict
    grouped : sequence of bool
    title : str

    Returns
    -------
    list of str
    """
    r = rates(pairs, grouped)
    lines = [f"== {title} ==",
             _line("different requests grouped", *r.get("different", (0, 0))),
             _line("true copies grouped", *r.get("copy", (0, 0)))]
    for kind, cats in CATEGORIES.items():
        for cat in cats:
            if (kind, cat) in r:
                lines.append("  " + _line(f"{kind:9s} {cat:11s}", *r[(kind, cat)]))
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print the grouped rates of the default grouper, per pair and in one fit.

    Parameters
    ----------
    argv : sequence of str, optional

    Returns
    -------
    int
        0.
    """
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-shared", action="store_true", help="leave out the recipes on ../shared/data")
    ap.add_argument("--show", action="store_true", help="print the pairs that miss the target")
    ap.add_argument("--pairs", type=Path, help="score this JSONL set instead (e.g. a held-out one); "
                                               "no recipes are added")
    ap.add_argument("--form-letter", action="store_true",
                    help="also fit each pair as a form letter: four signers send a, a fifth b, each saying who they are")
    args = ap.parse_args(argv)

    pairs = read_jsonl(args.pairs) if args.pairs else load_pairs(include_shared=not args.no_shared)
    n_recipes = sum(1 for p in pairs if "source" in p)
    print(f"{len(pairs)} pairs ({len(pairs) - n_recipes} written, {n_recipes} from ../shared/data"
          f"{'' if n_recipes or args.no_shared else ': absent'})")

    t0 = time.perf_counter()
    per_pair = grouped_per_pair(pairs)
    t1 = time.perf_counter()
    filler = filler_opinions([t for p in pairs for t in (p["a"], p["b"])])
    one_fit = grouped_one_fit(pairs, filler)
    t2 = time.perf_counter()

    print("\n".join(report(pairs, per_pair, f"per pair ({len(pairs)} fits, {t1 - t0:.1f} s)")))
    print("\n".join(report(pairs, one_fit, f"one fit on all {2 * len(pairs)} pair texts + "
                                            f"{len(filler)} filler opinions ({t2 - t1:.1f} s)")))
    in_letter = grouped_in_form_letter(pairs) if args.form_letter else None
    if in_letter is not None:
        print("\n".join(report(pairs, in_letter, f"in a form letter ({4 * len(pairs)} fits of 5 texts, "
                                                   f"{time.perf_counter() - t2:.1f} s)")))
    print(f"targets: different requests grouped <= {TARGET_DIFFERENT_MAX:.0%}, "
          f"true copies grouped >= {TARGET_COPY_MIN:.0%}")
    if args.show:
        for mode, flags in (("per pair", per_pair), ("one fit", one_fit), ("form letter", in_letter or [])):
            if not flags:
                continue
            for p, g in zip(pairs, flags, strict=True):
                if g != (p["kind"] == "copy"):
                    print(f"[{mode}] {p['id']} {p['kind']}/{p['category']}: {p['why']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
