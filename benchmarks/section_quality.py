"""How well SectionMatcher maps opinions to the items of a real draft, against plain TF-IDF.

Messages of tipdm2020c/messages_labelled_dev.csv, labelled by hand (section_labels_dev.json) to
the 60 numbered items of plans/cpc_14th_fyp_proposal_2020.txt. An accepted alternative item
counts as right. Test labels come in rounds (see the JSON description); round 3 was labelled
after the matcher's domain expansion table was frozen and is the cleanest held-out figure. Both methods are scored on their ranked candidates (items only: a chapter the
matcher ranks is skipped, its items follow); "unplaced" counts the messages the matcher leaves
总体/未定位 at its default threshold.

Usage::

    python benchmarks/section_quality.py            # test labels (held out) and tuning labels
    python benchmarks/section_quality.py --set tune # tuning labels only (for choosing parameters)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("CONSULTAGG_DATA", HERE.parent.parent / "shared" / "data"))


def load(labels_key: str):
    import pandas as pd

    spec = json.loads((HERE / "section_labels_dev.json").read_text(encoding="utf-8"))
    frame = pd.read_csv(DATA / spec["messages"])
    labels = spec[labels_key]
    texts = []
    for lab in labels:
        row = frame.iloc[lab["row"] - 2]
        subject = row["留言主题"] if isinstance(row["留言主题"], str) else ""
        texts.append(f"{subject}。{row['留言详情']}".strip("。"))
    return spec, texts, [set(lab["items"]) for lab in labels]


def score(ranked: list[list[int]], gold: list[set[int]]) -> tuple[float, float]:
    top1 = np.mean([bool(r[:1]) and r[0] in g for r, g in zip(ranked, gold)])
    top3 = np.mean([bool(set(r[:3]) & g) for r, g in zip(ranked, gold)])
    return float(top1), float(top3)


def tfidf_baseline(plan, items, texts, segmenter) -> list[list[int]]:
    """Plain TF-IDF cosine over jieba words between a message and each item's title and text."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(tokenizer=segmenter, token_pattern=None, lowercase=False)
    docs = vec.fit_transform([f"{s.title} {s.text}" for s in items])
    sim = (vec.transform(texts) @ docs.T).toarray()
    return [[items[j].ordinal for j in np.argsort(-row, kind="stable")[:3]] for row in sim]


def matcher_ranking(matcher, items, texts) -> list[list[int]]:
    item_of = {s.id: s.ordinal for s in items}
    rows = matcher.predict_matches(texts)
    out = []
    for row in rows:
        ranked = []
        for m in row:
            if m.section_id in item_of and item_of[m.section_id] not in ranked:
                ranked.append(item_of[m.section_id])
        out.append(ranked)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("test", "tune", "both"), default="both")
    args = parser.parse_args(argv)
    from consultagg.sections.plan import parse_plan
    from consultagg.sections.matcher import SectionMatcher
    from consultagg.text.segment import JiebaSegmenter

    if not (DATA / "plans" / "cpc_14th_fyp_proposal_2020.txt").exists():
        print(f"data not found under {DATA}; set CONSULTAGG_DATA")
        return 1
    spec = json.loads((HERE / "section_labels_dev.json").read_text(encoding="utf-8"))
    plan = parse_plan((DATA / spec["plan"]).read_text(encoding="utf-8"))
    items = [s for s in plan.sections if s.kind == "1."]
    seg = JiebaSegmenter()
    t0 = time.perf_counter()
    default = SectionMatcher(plan, top_k=3, segmenter=seg).fit()
    # Ranked candidates regardless of the threshold: every section, best first.
    ranked = SectionMatcher(plan, top_k=len(plan.sections), segmenter=seg, min_score=0.0).fit()
    fit_s = time.perf_counter() - t0
    print(f"plan: {len(plan.sections)} sections, {len(items)} items; matcher fitted in {fit_s:.1f}s")
    sets = {"both": ("labels", "tune_labels"), "test": ("labels",), "tune": ("tune_labels",)}[args.set]
    for key in sets:
        _, texts, gold = load(key)
        t0 = time.perf_counter()
        mine = matcher_ranking(ranked, items, texts)
        pred_s = time.perf_counter() - t0
        base = tfidf_baseline(plan, items, texts, seg)
        unplaced = sum(not row for row in default.predict_matches(texts))
        name = "test (held out)" if key == "labels" else "tuning"
        m1, m3 = score(mine, gold)
        b1, b3 = score(base, gold)
        print(f"\n{name}: {len(texts)} labelled messages")
        print(f"  SectionMatcher      top-1 {m1:.3f}  top-3 {m3:.3f}   ({pred_s:.1f}s)")
        print(f"  TF-IDF cosine       top-1 {b1:.3f}  top-3 {b3:.3f}")
        print(f"  unplaced (总体/未定位) at min_score={default.min_score}: {unplaced}/{len(texts)}")
        if key == "labels":
            for name, (a, b) in spec.get("rounds", {}).items():
                r1, r3 = score(mine[a:b], gold[a:b])
                q1, q3 = score(base[a:b], gold[a:b])
                print(f"  round {name} ({b - a}): matcher {r1:.3f} / {r3:.3f}, TF-IDF {q1:.3f} / {q3:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
