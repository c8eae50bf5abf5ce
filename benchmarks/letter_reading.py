"""Letter reading: how well ``consultagg.read_comments`` splits replies into opinions and names the unit.

The corpus is ``tests/data/letters_corpus``: consultation replies as a drafting office receives them
(letters in ``.txt``/``.md``/``.docx``, Word feedback forms with a table, meeting minutes, e-mails,
OCR'd scans), with the ground truth in ``expected.json``, one record per file:

``file``
    The document's file name in the corpus folder.
``kind``
    ``letter``, ``form``, ``minutes`` or ``email``.
``unit``
    The responding unit (the organ, as the document names it).
``units`` (optional)
    One unit per opinion, for documents where several units speak (minutes); ``unit`` is then the
    first of them.
``no_opinion``
    True when the unit replied that it has no opinion (原则同意，无修改意见).
``opinions``
    The expected opinions in document order: each point's content without its number.
``notes``
    What makes the file hard.

Scoring, per file:

- **opinions right**: as many opinions produced as expected, and each expected opinion matched, in
  order, by one produced opinion whose character-bigram Dice coefficient with it is at least 0.6
  (texts compared after NFKC normalisation with whitespace removed). A form row whose reason the
  reader keeps apart (``Comment.meta["reason"]``, the 修改理由 cell) is compared both without and
  with that reason after its text, and the better coefficient counts: a truth may write the row's
  opinion as 修改意见 and 理由 together. A no-opinion file is right when it produces no opinion.
- **unit right**: every produced ``Comment.department`` equals the expected unit (spaces removed);
  with ``units``, every produced department is one of the expected units, each matched opinion has
  its own unit, and every expected unit occurs. A file that produces no opinion has no unit right,
  except a no-opinion file, whose unit must be in ``CommentList.no_opinion_units``.
- **letter right**: both.

The totals are letters right, opinions right (expected opinions matched in order, with the number
produced) and units right. A second units figure judges the names as the tracker shows them: every
department (and every expected unit) through :class:`consultagg.DepartmentNormalizer`, with the home
region inferred from the units read, an empty department as 社会公众 (as the pipeline does), so that
黛川市人社局 and 黛川市人力资源和社会保障局 count as one unit; the strict figure compares the names as read.

    python benchmarks/letter_reading.py [--files a.txt,b.docx] [--show] [--corpus DIR] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "data" / "letters_corpus"
THRESHOLD = 0.6


# ---------------------------------------------------------------------------- similarity


def normalise(text: str | None) -> str:
    """NFKC-normalise a text and remove all whitespace.

    Parameters
    ----------
    text : str or None

    Returns
    -------
    str
    """
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def bigrams(text: str | None) -> Counter:
    """Character bigrams of the normalised text (the text itself when shorter than two characters).

    Parameters
    ----------
    text : str or None

    Returns
    -------
    collections.Counter
    """
    s = normalise(text)
    if len(s) < 2:
        return Counter([s]) if s else Counter()
    return Counter(s[i:i + 2] for i in range(len(s) - 1))


def dice(a: str | None, b: str | None) -> float:
    """Character-bigram Dice coefficient of two texts, counting repeated bigrams.

    Parameters
    ----------
    a, b : str or None

    Returns
    -------
    float
        ``2 |A ∩ B| / (|A| + |B|)``, 1.0 for two empty texts.

    Examples
    --------
    >>> dice("建议增加监测内容。", "建议增加监测内容")
    0.9333333333333333
    """
    x, y = bigrams(a), bigrams(b)
    total = sum(x.values()) + sum(y.values())
    if total == 0:
        return 1.0
    return 2 * sum((x & y).values()) / total


def align(expected: list[str], produced: list[str], threshold: float = THRESHOLD,
          fuller: list[str] | None = None) -> list[tuple[int, int, float]]:
    """Match expected to produced opinions in order (a longest common subsequence on Dice).

    Parameters
    ----------
    expected, produced : list of str
    threshold : float
        Smallest Dice coefficient for a pair to count as a match.
    fuller : list of str, optional
        A second text for each produced opinion (the opinion with its reason); a pair's
        coefficient is the better of the two.

    Returns
    -------
    list of (int, int, float)
        ``(expected index, produced index, dice)`` for the matched pairs, in order; the most pairs
        possible, ties broken by the larger sum of coefficients.
    """
    n, m = len(expected), len(produced)
    others = fuller if fuller is not None else produced
    sim = [[max(dice(e, p), dice(e, o)) if o != p else dice(e, p) for p, o in zip(produced, others)]
           for e in expected]
    # best[i][j]: (pairs, dice sum) using expected[i:] and produced[j:]
    best = [[(0, 0.0)] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            options = [best[i + 1][j], best[i][j + 1]]
            if sim[i][j] >= threshold:
                k, s = best[i + 1][j + 1]
                options.append((k + 1, s + sim[i][j]))
            best[i][j] = max(options)
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if sim[i][j] >= threshold:
            k, s = best[i + 1][j + 1]
            if best[i][j] == (k + 1, s + sim[i][j]):
                pairs.append((i, j, sim[i][j]))
                i, j = i + 1, j + 1
                continue
        if best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


# ---------------------------------------------------------------------------- scoring


def strip_spaces(text: str | None) -> str:
    """The text without any whitespace (``None`` gives an empty string)."""
    return re.sub(r"\s+", "", text or "")


@dataclass
class FileScore:
    """The score of one corpus file.

    Attributes
    ----------
    file, kind : str
    expected : list of str
        Expected opinions.
    expected_units : list of str
        One expected unit per expected opinion (the file's unit repeated, unless ``units`` is given).
    produced : list of (str, str or None)
        Produced opinions as ``(text, department)``.
    no_opinion_units : list of str
        ``CommentList.no_opinion_units`` of the file.
    pairs : list of (int, int, float)
        Matched ``(expected, produced, dice)`` pairs, in order.
    opinions_ok, unit_ok : bool
    error : str
        The exception raised by the reader, if any.
    seconds : float
    """

    file: str
    kind: str
    unit: str
    no_opinion: bool
    expected: list[str]
    expected_units: list[str]
    notes: str = ""
    produced: list[tuple[str, str | None]] = field(default_factory=list)
    no_opinion_units: list[str] = field(default_factory=list)
    pairs: list[tuple[int, int, float]] = field(default_factory=list)
    opinions_ok: bool = False
    unit_ok: bool = False
    unit_ok_tracker: bool = False
    multi: bool = False
    error: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """Opinions and unit both right."""
        return self.opinions_ok and self.unit_ok


def tracker_names(scores: list[FileScore]) -> None:
    """Judge each file's units again as the tracker names them (``unit_ok_tracker``).

    The pipeline gives every department to :class:`consultagg.DepartmentNormalizer`, with the home
    region inferred from the units' names when no one names it (a plan's title is not part of this
    corpus): 黛川市人社局 and 黛川市人力资源和社会保障局 are one unit there, and an empty department is
    社会公众. The strict figure (``unit_ok``) compares the names as read.
    """
    from consultagg.departments import DepartmentNormalizer, infer_home_region

    names = [d for s in scores for _, d in s.produced if d] + [u for s in scores for u in s.no_opinion_units]
    normalizer = DepartmentNormalizer(home_region=infer_home_region("", names))

    def name(u: str | None) -> str:
        return normalizer.normalize(strip_spaces(u) or "社会公众").name

    for s in scores:
        same = FileScore(file=s.file, kind=s.kind, unit=name(s.unit), no_opinion=s.no_opinion, expected=s.expected,
                         expected_units=[name(u) for u in s.expected_units],
                         produced=[(t, name(d)) for t, d in s.produced],
                         no_opinion_units=[name(u) for u in s.no_opinion_units], pairs=s.pairs)
        s.unit_ok_tracker = judge_units(same, multi=s.multi)


def judge_units(score: FileScore, multi: bool) -> bool:
    """Whether the produced departments (or no-opinion units) are the expected ones.

    Parameters
    ----------
    score : FileScore
        With ``produced``, ``pairs`` and ``no_opinion_units`` filled in.
    multi : bool
        The record gives one unit per opinion (``units``).

    Returns
    -------
    bool
    """
    if score.no_opinion:
        return strip_spaces(score.unit) in {strip_spaces(u) for u in score.no_opinion_units}
    if not score.produced:
        return False
    got = [strip_spaces(dept) for _, dept in score.produced]
    want = [strip_spaces(u) for u in score.expected_units]
    if not multi:
        return all(g == want[0] for g in got)
    if not set(got) <= set(want) or not set(want) <= set(got):
        return False
    return all(got[j] == want[i] for i, j, _ in score.pairs)


def score_file(record: dict, corpus: Path, threshold: float = THRESHOLD) -> FileScore:
    """Read one corpus file with ``consultagg.read_comments`` and score it against its record.

    Parameters
    ----------
    record : dict
        One record of ``expected.json``.
    corpus : Path
        The corpus folder.
    threshold : float
        Smallest Dice coefficient for an opinion to match.

    Returns
    -------
    FileScore
    """
    import consultagg

    expected = list(record["opinions"])
    units = record.get("units")
    score = FileScore(file=record["file"], kind=record.get("kind", ""), unit=record["unit"],
                      no_opinion=bool(record["no_opinion"]), expected=expected,
                      expected_units=list(units) if units else [record["unit"]] * max(len(expected), 1),
                      notes=record.get("notes", ""))
    start = time.perf_counter()
    try:
        comments = consultagg.read_comments(str(corpus / record["file"]))
    except Exception as exc:  # noqa: BLE001 - a reader failure is a wrong file, not a crash
        score.error = f"{type(exc).__name__}: {exc}"
        score.seconds = time.perf_counter() - start
        return score
    score.seconds = time.perf_counter() - start
    score.produced = [(c.text, c.department) for c in comments]
    score.no_opinion_units = list(getattr(comments, "no_opinion_units", []))
    texts = [t for t, _ in score.produced]
    fuller = [c.text + (c.meta.get("reason") or "") for c in comments]
    score.pairs = align(expected, texts, threshold, fuller)
    score.opinions_ok = len(texts) == len(expected) and len(score.pairs) == len(expected)
    score.multi = bool(units)
    score.unit_ok = judge_units(score, multi=score.multi)
    return score


# ---------------------------------------------------------------------------- printing


def width(text: str) -> int:
    """Display width in a terminal (East Asian wide characters count two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, size: int) -> str:
    """Cut or pad ``text`` to ``size`` display columns."""
    out = ""
    for ch in text:
        if width(out + ch) > size:
            break
        out += ch
    return out + " " * (size - width(out))


def short(text: str | None, size: int = 70) -> str:
    """One line of at most ``size`` display columns."""
    flat = re.sub(r"\s+", " ", text or "").strip()
    return flat if width(flat) <= size else pad(flat, size - 1).rstrip() + "…"


def mark(flag: bool) -> str:
    """``ok`` or ``--``."""
    return "ok" if flag else "--"


def print_table(scores: list[FileScore]) -> None:
    """One line per file."""
    print(f"{pad('file', 36)} {pad('kind', 7)} {'exp':>3} {'got':>3} {'match':>5}  opin  unit  both  {'sec':>5}")
    for s in scores:
        print(f"{pad(s.file, 36)} {pad(s.kind, 7)} {len(s.expected):>3} {len(s.produced):>3} {len(s.pairs):>5}"
              f"  {mark(s.opinions_ok):>4}  {mark(s.unit_ok):>4}  {mark(s.ok):>4}  {s.seconds:5.2f}"
              + (f"  ERROR {short(s.error, 60)}" if s.error else ""))


def print_totals(scores: list[FileScore], seconds: float) -> None:
    """Letters right, opinions right, units right; and letters right by kind."""
    n = len(scores)
    n_exp = sum(len(s.expected) for s in scores)
    n_got = sum(len(s.produced) for s in scores)
    matched = sum(len(s.pairs) for s in scores)
    print()
    print(f"letters right   {sum(s.ok for s in scores)}/{n}")
    print(f"opinions right  {matched}/{n_exp} expected opinions matched in order ({n_got} produced); "
          f"files with every opinion right {sum(s.opinions_ok for s in scores)}/{n}")
    print(f"units right     {sum(s.unit_ok for s in scores)}/{n}")
    print(f"as the tracker names them (DepartmentNormalizer): units right {sum(s.unit_ok_tracker for s in scores)}/{n}, "
          f"letters right {sum(s.opinions_ok and s.unit_ok_tracker for s in scores)}/{n}")
    kinds = sorted({s.kind for s in scores})
    print("by kind         " + ", ".join(
        f"{k} {sum(s.ok for s in scores if s.kind == k)}/{sum(s.kind == k for s in scores)}" for k in kinds))
    print(f"time            {seconds:.1f} s")


def print_failure(s: FileScore) -> None:
    """Expected against produced for one file that is not right."""
    print()
    print(f"== {s.file} ({s.kind}): opinions {mark(s.opinions_ok)}, unit {mark(s.unit_ok)}")
    print(f"   notes: {s.notes}")
    if s.error:
        print(f"   error: {s.error}")
    want = sorted(set(s.expected_units)) if len(set(s.expected_units)) > 1 else [s.unit]
    got = Counter(dept for _, dept in s.produced)
    print(f"   unit expected: {' / '.join(want)}{'  (no opinion)' if s.no_opinion else ''}")
    print(f"   departments produced: {dict(got) if got else '-'}; no_opinion_units: {s.no_opinion_units or '-'}")
    by_expected = {i: (j, d) for i, j, d in s.pairs}
    matched_produced = {j for _, j, _ in s.pairs}
    for i, text in enumerate(s.expected):
        if i in by_expected:
            j, d = by_expected[i]
            print(f"   E{i + 1:<2} = P{j + 1:<2} {d:.2f}  {short(text)}")
        else:
            print(f"   E{i + 1:<2} missing       {short(text)}")
    for j, (text, dept) in enumerate(s.produced):
        if j not in matched_produced:
            print(f"   P{j + 1:<2} extra  [{dept}]  {short(text)}")
        elif s.kind == "minutes" or not s.unit_ok:
            print(f"   P{j + 1:<2} [{dept}]  {short(text, 50)}")


# ---------------------------------------------------------------------------- main


def load_records(corpus: Path, files: list[str] | None = None) -> list[dict]:
    """The records of ``expected.json``, restricted to ``files`` when given.

    Raises
    ------
    SystemExit
        When a requested file has no record.
    """
    records = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    if not files:
        return records
    by_name = {r["file"]: r for r in records}
    unknown = [f for f in files if f not in by_name]
    if unknown:
        raise SystemExit(f"not in expected.json: {', '.join(unknown)}")
    return [by_name[f] for f in files]


def main(argv: list[str] | None = None) -> list[FileScore]:
    """Score the corpus and print the table, the totals and (with ``--show``) the failures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="corpus folder with expected.json")
    parser.add_argument("--files", default="", help="comma-separated file names to score (default: all)")
    parser.add_argument("--show", action="store_true", help="print expected against produced for failures")
    parser.add_argument("--threshold", type=float, default=THRESHOLD, help="Dice threshold (default 0.6)")
    parser.add_argument("--json", type=Path, help="also write the per-file scores to this JSON file")
    args = parser.parse_args(argv)
    files = [f.strip() for f in args.files.split(",") if f.strip()]
    records = load_records(args.corpus, files)
    missing = [r["file"] for r in records if not (args.corpus / r["file"]).exists()]
    records = [r for r in records if r["file"] not in missing]
    start = time.perf_counter()
    scores = [score_file(r, args.corpus, args.threshold) for r in records]
    seconds = time.perf_counter() - start
    tracker_names(scores)
    print_table(scores)
    print_totals(scores, seconds)
    if missing:
        # Files of the record that are not in the corpus folder (tests/data/lost_files.json says which
        # were never committed) are left out of every figure above, not counted as wrong.
        print(f"not scored      {len(missing)} file(s) missing from the corpus: {', '.join(missing)}")
    if args.show:
        for s in scores:
            if not s.ok:
                print_failure(s)
    if args.json:
        rows = [{**asdict(s), "ok": s.ok} for s in scores]
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return scores


if __name__ == "__main__":
    main()
