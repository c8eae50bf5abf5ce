"""Topic clustering speed: 100,000 opinions (segmentation cached) against TF-IDF + KMeans.

Opinions are synthesised from the dev messages' word lists (each a random 60-90 % of one message's
words, so texts are distinct but realistic); without the dev data the demo consultation is used.
Prints seconds and peak memory for ``TopicClusterer`` (k chosen, subtopics on) and for the baseline
(TfidfVectorizer + KMeans(20), n_init=1) in the same run, and their ratio.

    python benchmarks/bench_topics.py [--n 100000]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import numpy as np


def _word_lists(data: Path):
    from consultagg.text.segment import JiebaSegmenter

    seg = JiebaSegmenter()
    dev = data / "tipdm2020c" / "messages_labelled_dev.csv"
    if dev.exists():
        import pandas as pd

        df = pd.read_csv(dev)
        texts = (df["留言主题"].fillna("") + "。" + df["留言详情"].fillna("")).tolist()
    else:
        from consultagg.cli import run_demo
        import tempfile

        texts = [op.comment.text for op in run_demo(tempfile.mkdtemp(), progress=None).opinions]
    return seg, seg.segment_many(texts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    args = ap.parse_args(argv)
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    from consultagg.topics.clusterer import TopicClusterer

    seg, base = _word_lists(Path(args.data))
    rng = np.random.default_rng(0)
    toks = []
    for i in rng.integers(0, len(base), size=args.n):
        doc = base[i]
        keep = rng.random(len(doc)) < rng.uniform(0.6, 0.9)
        toks.append([w for w, k in zip(doc, keep) if k] or doc[:1])
    texts = ["".join(d) for d in toks]
    print(f"{args.n} opinions, {np.mean([len(d) for d in toks]):.0f} words each on average", flush=True)

    t0 = time.perf_counter()
    X = TfidfVectorizer(analyzer=lambda d: d).fit_transform(toks)
    KMeans(20, n_init=1, random_state=0).fit_predict(X)
    t_base = time.perf_counter() - t0
    print(f"baseline TF-IDF + KMeans(20): {t_base:.1f}s", flush=True)

    t0 = time.perf_counter()
    tc = TopicClusterer(segmenter=seg, random_state=0).fit(texts, tokens=toks)
    t_ours = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"TopicClusterer (k chosen: {tc.n_topics_}, {len(tc.subtopics_)} topics split): "
          f"{t_ours:.1f}s, ratio to baseline {t_ours / t_base:.2f}; peak RSS of the process {peak:.0f} MB",
          flush=True)

    from topic_quality import SEEDS  # a clerk's seven bureaus with five keywords each

    t0 = time.perf_counter()
    tc = TopicClusterer(segmenter=seg, random_state=0, seed_topics=SEEDS).fit(texts, tokens=toks)
    t_seeded = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"TopicClusterer seeded with {len(SEEDS)} topics, self-training on ({tc.n_topics_} topics in "
          f"all): {t_seeded:.1f}s, ratio to baseline {t_seeded / t_base:.2f}; peak RSS {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
