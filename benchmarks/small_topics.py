"""Topics on small consultations (10-300 opinions): quality, stability and speed.

Small inputs are where a drafting office works (14 departments give 50-300 opinions) and where a
clusterer is decided by tie-breaks and floating-point noise. This script prints:

- ``dev draws``: 12 random draws of 150 labelled dev messages (7 bureaus; draws 0-11), NMI of
  ``TopicClusterer(n_topics=7)`` and ``n_topics=None`` (with the k chosen), beside TF-IDF(jieba
  words) + KMeans(7) in the same run. The dev file was used while tuning: development figures.
- ``held-out sets``: the labelled small consultations in ``benchmarks/data/small_topics_*.jsonl``
  (written by hand, independently of the method's rules; set ``a`` was written before the
  small-input method, set ``b`` after it, so ``b`` is the fair figure), NMI with the true number
  of themes and with k chosen, and the spread of NMI over ``random_state`` 0-4.
- ``seeds``: three obvious themes of five opinions each (air / water / waste), purity for every
  ``random_state`` 0-19.
- ``speed``: a topic fit of 150 dev messages and ``ca.analyse`` of 200 opinions (dicts with a
  department), warm process, best of three; TF-IDF + KMeans on the same 150 as the baseline.

    python benchmarks/small_topics.py [--data ../shared/data] [--only dev|heldout|seeds|speed]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent

AIR = ["减少散煤燃烧，治理大气污染", "推进散煤治理和清洁取暖，改善空气质量", "加强臭氧和细颗粒物协同控制",
       "冬季燃煤取暖造成大气污染", "工业园区挥发性有机物排放导致臭氧超标"]
WATER = ["保护黄河水质，整治入河排污口", "黄河干流排污口排查整治要有时限", "饮用水水源地保护区划定要落实",
         "城市黑臭水体治理要防止返黑返臭", "加强黄河支流水质监测"]
WASTE = ["危险废物集中处置能力不足", "建设无废城市，提高固体废物利用率", "医疗废物收运体系要覆盖乡镇",
         "工业固体废物堆存场整治", "生活垃圾分类和危险废物收集"]


def purity(labels, truth) -> float:
    labels, truth = np.asarray(labels), np.asarray(truth)
    return sum(np.bincount(truth[labels == c]).max() for c in np.unique(labels)) / len(labels)


def load_dev(data: Path):
    import pandas as pd

    df = pd.read_csv(data / "tipdm2020c" / "messages_labelled_dev.csv")
    df = df[~df["一级标签"].astype(str).str.contains("|", regex=False)].reset_index(drop=True)
    texts = (df["留言主题"].fillna("") + "。" + df["留言详情"].fillna("")).tolist()
    return texts, np.asarray(df["一级标签"].astype(str))


def baseline_labels(toks, k, random_state):
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    X = TfidfVectorizer(analyzer=lambda d: d).fit_transform(toks)
    return KMeans(k, n_init=10, random_state=random_state).fit_predict(X)


def dev_draws(data: Path, n_draws=12, size=150):
    from sklearn.metrics import normalized_mutual_info_score as nmi

    from consultagg.text.segment import JiebaSegmenter
    from consultagg.topics.clusterer import TopicClusterer

    texts, y = load_dev(data)
    seg = JiebaSegmenter()
    stop = seg.stopword_set
    res = {"base": [], "k=7": [], "k=None": []}
    ks = []
    secs = 0.0
    for d in range(n_draws):
        idx = np.sort(np.random.default_rng(d).choice(len(texts), size, replace=False))
        sub, ys = [texts[i] for i in idx], y[idx]
        raw = [[t for t in seg.tokens(s) if t not in stop] for s in sub]
        res["base"].append(nmi(ys, baseline_labels(raw, 7, d)))
        for key, k in (("k=7", 7), ("k=None", None)):
            t0 = time.perf_counter()
            tc = TopicClusterer(n_topics=k, random_state=d).fit(sub)
            secs += time.perf_counter() - t0
            res[key].append(nmi(ys, tc.labels_))
            if k is None:
                ks.append(tc.n_topics_)
    print(f"dev draws: {n_draws} x {size} messages, 7 bureaus (dev file, used while tuning)")
    for key, s in res.items():
        s = np.asarray(s)
        print(f"  {key:<8} NMI mean {s.mean():.3f}  lowest {s.min():.3f}  per draw "
              + " ".join(f"{v:.2f}" for v in s))
    print(f"  k chosen: {ks} (true 7); {secs / (2 * n_draws):.2f} s per fit")
    return res, ks


def heldout_sets():
    from sklearn.metrics import normalized_mutual_info_score as nmi

    from consultagg.topics.clusterer import TopicClusterer

    files = sorted((HERE / "data").glob("small_topics_*.jsonl"))
    if not files:
        print("held-out sets: none found under benchmarks/data")
        return
    for f in files:
        rows = [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        print(f"held-out set {f.stem} ({len(rows)} consultations)")
        fixed, chosen, spread = [], [], []
        for r in rows:
            texts, labels = r["texts"], r["labels"]
            k = len(set(labels))
            per_seed = [nmi(labels, TopicClusterer(n_topics=k, random_state=s).fit(texts).labels_)
                        for s in range(5)]
            tc = TopicClusterer(random_state=0).fit(texts)
            b = nmi(labels, baseline_labels([list(t) for t in texts], k, 0))
            fixed.append(per_seed[0])
            chosen.append(nmi(labels, tc.labels_))
            spread.append(max(per_seed) - min(per_seed))
            print(f"  {r['name'][:24]:<24} n={len(texts):>3} themes={k}  k fixed NMI {per_seed[0]:.3f} "
                  f"(seeds 0-4: {min(per_seed):.3f}-{max(per_seed):.3f})  k chosen {tc.n_topics_:>2} "
                  f"NMI {chosen[-1]:.3f}  baseline(chars) {b:.3f}")
        print(f"  mean: k fixed {np.mean(fixed):.3f}, k chosen {np.mean(chosen):.3f}, "
              f"largest spread over seeds {max(spread):.3f}")


def seeds():
    from consultagg.topics.clusterer import TopicClusterer

    texts = AIR + WATER + WASTE
    truth = [0] * 5 + [1] * 5 + [2] * 5
    ps = [purity(TopicClusterer(n_topics=3, random_state=s).fit(texts).labels_, truth) for s in range(20)]
    print("three themes of five, random_state 0-19: purity " + " ".join(f"{p:.2f}" for p in ps)
          + f"  (lowest {min(ps):.2f})")


def speed(data: Path):
    import consultagg as ca
    from consultagg.text.segment import JiebaSegmenter
    from consultagg.topics.clusterer import TopicClusterer

    if (data / "tipdm2020c" / "messages_labelled_dev.csv").exists():
        texts, _ = load_dev(data)
    else:
        import tempfile

        from consultagg.cli import run_demo

        texts = [op.comment.text for op in run_demo(tempfile.mkdtemp(), progress=None).opinions] * 5
    rng = np.random.default_rng(0)
    sub = [texts[i] for i in rng.choice(len(texts), 200, replace=False)]
    seg = JiebaSegmenter()
    seg(sub[0])  # jieba's dictionary loaded: a warm process
    stop = seg.stopword_set

    def best(fn, reps=3):
        out = []
        for _ in range(reps):
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
        return min(out)

    raw = [[t for t in seg.tokens(s) if t not in stop] for s in sub[:150]]
    t_base = best(lambda: baseline_labels(raw, 7, 0))
    t_fit = best(lambda: TopicClusterer(random_state=0).fit(sub[:150]))
    units = ["自治区发展改革委", "自治区生态环境厅", "自治区水利厅", "自治区交通运输厅", "北岭市人民政府"]
    rows = [{"text": t, "department": units[i % len(units)]} for i, t in enumerate(sub)]
    ca.analyse(rows)  # warm
    t_all = best(lambda: ca.analyse(rows))
    print(f"speed (warm, best of 3): TopicClusterer 150 texts {t_fit:.2f} s (TF-IDF + KMeans {t_base:.2f} s, "
          f"{t_fit / max(t_base, 1e-9):.1f}x); ca.analyse 200 opinions {t_all:.2f} s (target < 1.5 s)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(HERE.parents[1] / "shared" / "data"))
    ap.add_argument("--only", choices=["dev", "heldout", "seeds", "speed"])
    args = ap.parse_args(argv)
    data = Path(args.data)
    parts = {args.only} if args.only else {"dev", "heldout", "seeds", "speed"}
    if "seeds" in parts:
        seeds()
    if "dev" in parts:
        if (data / "tipdm2020c" / "messages_labelled_dev.csv").exists():
            dev_draws(data)
        else:
            print(f"dev data not found under {data}; dev draws skipped")
    if "heldout" in parts:
        heldout_sets()
    if "speed" in parts:
        speed(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
