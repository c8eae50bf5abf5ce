"""Time to train ``UnitRouter`` on N routed opinions, against TF-IDF + LinearSVC in the same run.

The opinions are the labelled dev messages resampled to N (each cut at a random start, so texts
differ), routed two ways: to their 7 bureaus, and to 21 units that overlap (each bureau's messages
split at random among three units, the worst case for a solver: labels no text can tell apart).
Words are segmented once before timing (both models get the same words). Baseline: one multi-class
LinearSVC (default settings) on TF-IDF of the same words. Prints seconds and the ratio.

    python benchmarks/bench_router.py [N]
"""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))


class _Cached:
    """A segmenter that returns words computed before the clock starts."""

    def __init__(self, texts, tokens):
        self.words = dict(zip(texts, tokens))

    def segment_many(self, texts):
        return [self.words[t] for t in texts]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    data = Path(__file__).resolve().parents[2] / "shared" / "data"
    if not (data / "tipdm2020c" / "messages_labelled_dev.csv").exists():
        print("skipped: ../shared/data is absent")
        return
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC
    from topic_quality import load

    from consultagg.routing.router import UnitRouter
    from consultagg.text.segment import JiebaSegmenter

    texts, y = load(data)
    rng = np.random.default_rng(0)
    pick = rng.integers(0, len(texts), n)
    docs = [f"{texts[i][rng.integers(0, 30):]}（{k}）" for k, i in enumerate(pick)]
    tokens = JiebaSegmenter().segment_many(docs)
    seg = _Cached(docs, tokens)
    routes = {"7 bureaus": y[pick],
              "21 overlapping units": np.array([f"{y[i]}{rng.integers(0, 3)}" for i in pick])}
    for name, units in routes.items():
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            LinearSVC().fit(TfidfVectorizer(analyzer=lambda d: d).fit_transform(tokens), units)
        base = time.perf_counter() - t0
        t0 = time.perf_counter()
        UnitRouter(segmenter=seg).fit(docs, list(units))
        ours = time.perf_counter() - t0
        print(f"N={n}, {name}: UnitRouter.fit {ours:.1f} s; TF-IDF + LinearSVC {base:.1f} s "
              f"({ours / base:.1f}x)", flush=True)


if __name__ == "__main__":
    main()
