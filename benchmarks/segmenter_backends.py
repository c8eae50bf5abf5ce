"""Segmenter backends: how often ``backend="rjieba"`` gives the reference words, and how much faster.

Texts: the real messages and replies in ``../shared/data/tipdm2020c`` and the paragraphs of the
real plan text in ``../shared/data/plans`` (skipped when the folder is absent). For every text both
backends segment it with the same dictionary (jieba's plus the shipped domain words):

- **identical tokens**: the share of texts whose :meth:`JiebaSegmenter.tokens` (every word, stopwords
  included) are the same list;
- **identical content words**: the same for the content words (what topics, sections and routing use);
- **Chinese tokens agreeing**: of the reference's Chinese tokens over all texts, the share found at the
  same place in the rjieba list (a multiset comparison per text);
- **speed**: both backends on the same texts in one process, warm (dictionaries loaded, memos empty).

    python benchmarks/segmenter_backends.py [--limit N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
_CJK = re.compile(r"[\u4e00-\u9fff]")


def load_texts(limit: int | None = None) -> list[str]:
    """Message bodies, replies and plan paragraphs from the shared data (stripped, non-empty)."""
    import pandas as pd

    texts: list[str] = []
    tip = DATA / "tipdm2020c"
    for name, column in (("messages_fj3.xlsx", "留言详情"), ("replies_fj4.xlsx", "答复意见")):
        if (tip / name).exists():
            frame = pd.read_excel(tip / name, engine="openpyxl")
            if column in frame:
                texts += [str(t).strip() for t in frame[column].dropna()]
    if (tip / "messages_labelled_dev.csv").exists():
        texts += [str(t).strip() for t in pd.read_csv(tip / "messages_labelled_dev.csv")["留言详情"].dropna()]
    for plan in sorted((DATA / "plans").glob("*.txt")):
        texts += [p.strip() for p in plan.read_text(encoding="utf-8").splitlines() if len(p.strip()) >= 10]
    texts = [t for t in texts if t]
    return texts[:limit] if limit else texts


def compare(texts: list[str]) -> dict:
    from consultagg.text.segment import JiebaSegmenter

    ref, fast = JiebaSegmenter(), JiebaSegmenter(backend="rjieba")
    ref.tokens("预热"), fast.tokens("预热")  # load both dictionaries before timing
    times = {}
    out = {}
    for name, seg in (("jieba", ref), ("rjieba", fast)):
        seg._reset()
        seg.tokens("预热")
        t = time.perf_counter()
        out[name] = ([seg.tokens(x) for x in texts], [seg(x) for x in texts])
        times[name] = time.perf_counter() - t
    same_tokens = sum(a == b for a, b in zip(out["jieba"][0], out["rjieba"][0]))
    same_content = sum(a == b for a, b in zip(out["jieba"][1], out["rjieba"][1]))
    cjk_total = cjk_kept = 0
    for a, b in zip(out["jieba"][0], out["rjieba"][0]):
        ca = Counter(w for w in a if _CJK.search(w))
        cb = Counter(w for w in b if _CJK.search(w))
        cjk_total += sum(ca.values())
        cjk_kept += sum((ca & cb).values())
    diffs = [(x, a, b) for x, a, b in zip(texts, out["jieba"][0], out["rjieba"][0]) if a != b]
    return {"n": len(texts), "chars": sum(map(len, texts)), "same_tokens": same_tokens,
            "same_content": same_content, "cjk_total": cjk_total, "cjk_kept": cjk_kept,
            "jieba_s": times["jieba"], "rjieba_s": times["rjieba"], "examples": diffs[:5]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N texts")
    args = ap.parse_args(argv)
    try:
        import rjieba  # noqa: F401
    except ImportError:
        print('rjieba is not installed: pip install "consultagg[fast]"')
        return 0
    texts = load_texts(args.limit)
    if not texts:
        print(f"no texts: {DATA} is absent (internal data); nothing measured")
        return 0
    r = compare(texts)
    n = r["n"]
    print(f"texts: {n:,} ({r['chars']:,} characters) from {DATA}")
    print(f"identical tokens          {r['same_tokens']:,}/{n:,} ({r['same_tokens'] / n:.2%})")
    print(f"identical content words   {r['same_content']:,}/{n:,} ({r['same_content'] / n:.2%})")
    print(f"Chinese tokens agreeing   {r['cjk_kept']:,}/{r['cjk_total']:,} ({r['cjk_kept'] / r['cjk_total']:.3%})")
    print(f"time, tokens + content words, one process: jieba {r['jieba_s']:.2f} s, rjieba {r['rjieba_s']:.2f} s "
          f"({r['jieba_s'] / r['rjieba_s']:.1f}x)")
    for text, a, b in r["examples"]:
        diff_a = [w for w in a if w not in b][:6]
        diff_b = [w for w in b if w not in a][:6]
        print(f"  e.g. {text[:30]}…  jieba {diff_a}  rjieba {diff_b}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
