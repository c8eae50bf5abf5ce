"""Topic and routing quality on the labelled dev messages, against plain baselines of the same run.

Prints NMI/ARI (``n_topics=7`` over three seeds and three 2/3 subsamples; ``n_topics=None``),
macro-F1 of seeded topics (class names plus five generic keywords each, no labels used) and of the
router (a fixed 2/3-1/3 split and stratified 5-fold), each beside TF-IDF + KMeans / LinearSVC.

    python benchmarks/topic_quality.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

# A clerk's generic keywords per bureau, written without looking at the labelled messages.
SEEDS = {
    "城乡建设": ["小区", "物业", "拆迁", "房屋", "开发商"],
    "环境保护": ["污染", "噪音", "环保", "排污", "废气"],
    "交通运输": ["公交", "出租车", "交通", "车辆", "驾驶"],
    "教育文体": ["学校", "学生", "教师", "教育", "体育"],
    "劳动和社会保障": ["社保", "工资", "养老保险", "就业", "退休"],
    "商贸旅游": ["旅游", "景区", "商家", "消费者", "市场"],
    "卫生计生": ["医院", "医生", "计生", "生育", "疫苗"],
}


def load(data: Path):
    import pandas as pd

    df = pd.read_csv(data / "tipdm2020c" / "messages_labelled_dev.csv")
    texts = (df["留言主题"].fillna("") + "。" + df["留言详情"].fillna("")).tolist()
    return texts, np.asarray(df["一级标签"].astype(str))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not (data / "tipdm2020c" / "messages_labelled_dev.csv").exists():
        print(f"dev data not found under {data}; skipped")
        return 0
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import accuracy_score, adjusted_rand_score, f1_score
    from sklearn.metrics import normalized_mutual_info_score as nmi
    from sklearn.model_selection import StratifiedKFold
    from sklearn.preprocessing import normalize
    from sklearn.svm import LinearSVC

    from consultagg.routing import UnitRouter
    from consultagg.segment import JiebaSegmenter
    from consultagg.topics import TopicClusterer

    texts, y = load(data)
    seg = JiebaSegmenter()
    toks = seg.segment_many(texts)
    raw = [seg.tokens(t) for t in texts]  # the baseline's plain jieba words, stopwords kept
    n = len(texts)

    def row(name, scores, secs):
        s = np.asarray(scores)
        print(f"{name:<34} NMI {s[:, 0].mean():.3f} (min {s[:, 0].min():.3f})  "
              f"ARI {s[:, 1].mean():.3f} (min {s[:, 1].min():.3f})  {secs:.1f}s", flush=True)

    print(f"{n} messages, {len(set(y))} classes")
    splits = [np.arange(n)] + [np.sort(np.random.default_rng(s).choice(n, 2 * n // 3, replace=False))
                               for s in range(3)]
    res = {"base": [], "base+lsa": [], "ours k=7": [], "ours k=None": []}
    secs = dict.fromkeys(res, 0.0)
    ks = []
    for i, idx in enumerate(splits):
        rs = i
        t0 = time.perf_counter()
        X = TfidfVectorizer(analyzer=lambda d: d).fit_transform([raw[j] for j in idx])
        lab = KMeans(7, n_init=10, random_state=rs).fit_predict(X)
        secs["base"] += time.perf_counter() - t0
        res["base"].append((nmi(y[idx], lab), adjusted_rand_score(y[idx], lab)))
        t0 = time.perf_counter()
        Z = normalize(TruncatedSVD(100, random_state=rs).fit_transform(X))
        lab = KMeans(7, n_init=10, random_state=rs).fit_predict(Z)
        secs["base+lsa"] += time.perf_counter() - t0
        res["base+lsa"].append((nmi(y[idx], lab), adjusted_rand_score(y[idx], lab)))
        for key, k in (("ours k=7", 7), ("ours k=None", None)):
            t0 = time.perf_counter()
            tc = TopicClusterer(n_topics=k, random_state=rs, segmenter=seg, subtopics=False).fit(
                [texts[j] for j in idx], tokens=[toks[j] for j in idx])
            secs[key] += time.perf_counter() - t0
            res[key].append((nmi(y[idx], tc.labels_), adjusted_rand_score(y[idx], tc.labels_)))
            if k is None:
                ks.append(tc.n_topics_)
            elif i == 0:
                labels7 = [t.name for t in tc.topics_]
    print("clustering: full data (seed 0) + three 2/3 subsamples (seeds 1-3)")
    for key in res:
        row(key, res[key], secs[key])
    print(f"k chosen by silhouette (n_topics=None): {ks}")
    print("labels (k=7, full data):", " | ".join(labels7))

    names = list(SEEDS)
    keep = np.array(["|" not in v for v in y])
    tc = TopicClusterer(seed_topics=SEEDS, segmenter=seg).fit(texts, tokens=toks)
    pred = np.array([names[t] if t < len(names) else "其他" for t in tc.labels_])
    print(f"seeded (7 names + 5 keywords): macro-F1 {f1_score(y[keep], pred[keep], labels=names, average='macro'):.3f}"
          f", {tc.n_topics_ - len(names)} new topics holding {np.mean(tc.labels_ >= len(names)):.1%}")

    def router_scores(train, test):
        r = UnitRouter(segmenter=seg).fit([texts[i] for i in train], list(y[train]))
        p = r.predict([texts[i] for i in test])
        v = TfidfVectorizer(analyzer=lambda d: d)
        b = LinearSVC().fit(v.fit_transform([raw[i] for i in train]), y[train]).predict(
            v.transform([raw[i] for i in test]))
        return [f1_score(y[test], p, average="macro"), accuracy_score(y[test], p),
                f1_score(y[test], b, average="macro"), accuracy_score(y[test], b),
                float(np.mean(r.unsure_)), float(np.mean(np.asarray(p)[r.unsure_] == y[test][r.unsure_]))
                if r.unsure_.any() else float("nan")]

    idx = np.flatnonzero(keep)
    protocols = {"2/3-1/3 split (i % 3)": [(idx[idx % 3 != 0], idx[idx % 3 == 0])],
                 "stratified 5-fold": [(idx[a], idx[b]) for a, b in StratifiedKFold(
                     5, shuffle=True, random_state=0).split(idx, y[idx])]}
    for name, folds in protocols.items():
        s = np.nanmean([router_scores(a, b) for a, b in folds], axis=0)
        print(f"router {name}: macro-F1 {s[0]:.3f} acc {s[1]:.3f} | baseline TF-IDF+LinearSVC "
              f"macro-F1 {s[2]:.3f} acc {s[3]:.3f} | unsure {s[4]:.1%} (accuracy on them {s[5]:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
