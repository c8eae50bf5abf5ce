"""TopicClusterer: separates topics, labels them readably, weights, seeds, determinism."""

import numpy as np
import pytest

from consultagg.topics import TopicClusterer, ctfidf_keywords

AIR = ["减少散煤燃烧，治理大气污染", "推进散煤治理和清洁取暖，改善空气质量", "加强臭氧和细颗粒物协同控制",
       "冬季燃煤取暖造成大气污染", "工业园区挥发性有机物排放导致臭氧超标"]
WATER = ["保护黄河水质，整治入河排污口", "黄河干流排污口排查整治要有时限", "饮用水水源地保护区划定要落实",
         "城市黑臭水体治理要防止返黑返臭", "加强黄河支流水质监测"]
WASTE = ["危险废物集中处置能力不足", "建设无废城市，提高固体废物利用率", "医疗废物收运体系要覆盖乡镇",
         "工业固体废物堆存场整治", "生活垃圾分类和危险废物收集"]


def _purity(labels, truth):
    total = 0
    for lab in set(labels):
        members = [truth[i] for i in range(len(labels)) if labels[i] == lab]
        total += max(members.count(t) for t in set(members))
    return total / len(labels)


def test_separates_three_topics_and_labels_them():
    texts = AIR + WATER + WASTE
    truth = [0] * 5 + [1] * 5 + [2] * 5
    tc = TopicClusterer(n_topics=3, random_state=0).fit(texts)
    assert _purity(tc.labels_.tolist(), truth) >= 0.8
    assert len(tc.topics_) == 3
    names = " ".join(t.name for t in tc.topics_)
    for boiler in ("建议", "问题", "意见"):
        assert boiler not in names
    assert sum(t.size for t in tc.topics_) == len(texts)
    assert all(0 <= lab < 3 for lab in tc.labels_)


def test_deterministic():
    texts = AIR + WATER + WASTE
    a = TopicClusterer(random_state=3).fit(texts)
    b = TopicClusterer(random_state=3).fit(texts)
    assert a.labels_.tolist() == b.labels_.tolist()
    assert [t.name for t in a.topics_] == [t.name for t in b.topics_]


def test_sample_weight_counts_submissions():
    texts = AIR + WATER
    w = np.ones(len(texts))
    w[0] = 40
    tc = TopicClusterer(n_topics=2).fit(texts, sample_weight=w)
    assert sum(t.size for t in tc.topics_) == int(w.sum())
    assert tc.topics_[0].size >= 40  # the heaviest topic comes first


def test_seed_topics_come_first_in_order():
    seeds = {"水生态环境": ["黄河", "排污口", "水源地", "黑臭水体"], "大气环境": ["大气", "散煤", "臭氧"]}
    texts = AIR + WATER + WASTE
    tc = TopicClusterer(seed_topics=seeds).fit(texts)
    assert [t.name for t in tc.topics_[:2]] == list(seeds)
    assert tc.topics_[0].seeded and tc.topics_[1].seeded
    water = [tc.labels_[i] for i in range(5, 10)]
    assert water.count(0) >= 4


def test_ctfidf_prefers_distinctive_words():
    kws = ctfidf_keywords([["污染", "大气"], ["污染", "大气"], ["污染", "黄河"], ["污染", "黄河"]],
                          np.array([0, 0, 1, 1]), 2, top_n=1)
    assert kws == [["大气"], ["黄河"]]


def test_every_text_gets_a_topic_with_a_density_clusterer():
    from sklearn.cluster import DBSCAN

    texts = AIR + WATER + WASTE
    tc = TopicClusterer(clusterer=DBSCAN(eps=0.5, min_samples=2, metric="cosine"), n_topics=3).fit(texts)
    assert (tc.labels_ >= 0).all()


@pytest.mark.slow
def test_dev_data_beats_plain_kmeans(shared_data):
    """On real messages (7 bureaus), NMI above the plain TF-IDF + KMeans baseline of the same run."""
    import pandas as pd
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import normalized_mutual_info_score as nmi

    from consultagg.segment import JiebaSegmenter

    df = pd.read_csv(shared_data / "tipdm2020c" / "messages_labelled_dev.csv")
    texts = (df["留言主题"].fillna("") + "。" + df["留言详情"].fillna("")).tolist()
    seg = JiebaSegmenter()
    toks = seg.segment_many(texts)
    X = TfidfVectorizer(analyzer=lambda t: t).fit_transform(toks)
    base = nmi(df["一级标签"], KMeans(7, n_init=10, random_state=0).fit_predict(X))
    ours = nmi(df["一级标签"], TopicClusterer(n_topics=7, segmenter=seg).fit(texts, tokens=toks).labels_)
    assert ours > base
    assert ours >= 0.40
