"""TopicClusterer: separates topics, labels them readably, weights, seeds, determinism."""

import numpy as np
import pytest

from consultagg.records import Topic
from consultagg.topics.hierarchy import match_topics, stable_order
from consultagg.topics.labels import is_label_term
from consultagg.topics.clusterer import TopicClusterer, ctfidf_keywords

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


@pytest.fixture(scope="module")
def dev_messages(shared_data):
    """``messages_labelled_dev.csv`` read, joined and segmented once for the slow tests.

    ``"all"`` holds every row; ``"single"`` only rows with one 一级标签 (none containing ``|``), with
    the same segmentation of each text (a text's words do not depend on the other texts). Each is
    ``(df, texts, toks)``; ``"seg"`` is the segmenter that made the tokens. Fits never change tokens.
    """
    import pandas as pd

    from consultagg.text.segment import JiebaSegmenter

    df = pd.read_csv(shared_data / "tipdm2020c" / "messages_labelled_dev.csv")
    texts = (df["留言主题"].fillna("") + "。" + df["留言详情"].fillna("")).tolist()
    seg = JiebaSegmenter()
    toks = seg.segment_many(texts)
    single = ~df["一级标签"].astype(str).str.contains("|", regex=False)
    keep = np.flatnonzero(single.to_numpy())
    return {"all": (df, texts, toks), "seg": seg,
            "single": (df[single], [texts[i] for i in keep], [toks[i] for i in keep])}


@pytest.mark.parametrize("random_state", range(20))
def test_separates_three_topics_and_labels_them(random_state):
    # Every seed, not one lucky one: on 15 opinions the k-means objective has many near-equal
    # optima, and a single run (or the best of ten) was decided by its start and by BLAS noise
    # (purity 0.67-0.87 over these seeds before the consensus of runs).
    texts = AIR + WATER + WASTE
    truth = [0] * 5 + [1] * 5 + [2] * 5
    tc = TopicClusterer(n_topics=3, random_state=random_state).fit(texts)
    assert _purity(tc.labels_.tolist(), truth) >= 0.8
    assert len(tc.topics_) == 3
    names = " ".join(t.name for t in tc.topics_)
    for boiler in ("建议", "问题", "意见"):
        assert boiler not in names
    assert sum(t.size for t in tc.topics_) == len(texts)
    assert all(0 <= lab < 3 for lab in tc.labels_)


def test_small_input_does_not_hang_on_order():
    # The same opinions in another order make the same groups (up to topic ids).
    texts = AIR + WATER + WASTE
    order = np.random.default_rng(1).permutation(len(texts))
    a = TopicClusterer(n_topics=3).fit(texts).labels_
    b = np.empty_like(a)
    b[order] = TopicClusterer(n_topics=3).fit([texts[i] for i in order]).labels_
    pairs_a = a[:, None] == a[None, :]
    pairs_b = b[:, None] == b[None, :]
    assert (pairs_a == pairs_b).mean() >= 0.95


def test_too_few_opinions_for_the_topics_asked_for_says_so():
    texts = AIR[:4] + WATER[:3] + WASTE[:3]
    with pytest.warns(UserWarning, match="too few for 7 topics"):
        tc = TopicClusterer(n_topics=7).fit(texts)
    assert tc.n_topics_ <= 3
    assert "too few" in tc.small_data_
    assert all("要求分为7个主题" in t.note for t in tc.topics_)
    assert sorted(set(tc.labels_.tolist())) == list(range(tc.n_topics_))
    # Enough opinions: no warning, no note.
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ok = TopicClusterer(n_topics=3).fit(texts)
    assert ok.small_data_ is None and all(t.note == "" for t in ok.topics_)


def test_consensus_kmeans_ignores_noise_and_seed():
    from consultagg.topics._consensus import consensus_kmeans

    rng = np.random.default_rng(0)
    centres = rng.normal(0, 1, (4, 6))
    Z = np.vstack([c + rng.normal(0, 0.45, (12, 6)) for c in centres])
    w = np.ones(len(Z))
    base = consensus_kmeans(Z, w, 4, random_state=0)
    same = base[:, None] == base[None, :]
    for seed, noise in ((1, 0.0), (2, 1e-9), (3, 1e-12)):
        other = consensus_kmeans(Z + noise * rng.normal(size=Z.shape), w, 4, random_state=seed)
        assert np.array_equal(other[:, None] == other[None, :], same)
    assert len(set(base.tolist())) == 4


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
def test_dev_data_beats_plain_kmeans(dev_messages):
    """On real messages (7 bureaus), NMI above the plain TF-IDF + KMeans baseline of the same run."""
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import normalized_mutual_info_score as nmi

    df, texts, toks = dev_messages["all"]
    seg = dev_messages["seg"]
    X = TfidfVectorizer(analyzer=lambda t: t).fit_transform(toks)
    base = nmi(df["一级标签"], KMeans(7, n_init=10, random_state=0).fit_predict(X))
    ours = nmi(df["一级标签"], TopicClusterer(n_topics=7, segmenter=seg).fit(texts, tokens=toks).labels_)
    assert ours > base
    assert ours >= 0.45


@pytest.mark.parametrize("term,ok", [
    ("医院", True), ("物业公司", True), ("黑臭水体", True), ("问题", False), ("建议", False),
    ("反映", False), ("内容", False), ("自治区", False), ("规划", False), ("第三节", False),
    ("第五章", False), ("专栏", False), ("太大", False), ("较多", False), ("以后", False),
    ("很多", False), ("所列", False), ("A3区", False), ("2020", False), ("的", False)])
def test_label_terms(term, ok):
    assert is_label_term(term) is ok


def test_labels_skip_boilerplate_and_section_references():
    docs = [["问题", "建议", "第三节", "较多", "医院", "医生"], ["问题", "反映", "专栏", "医院", "挂号"],
            ["问题", "建议", "第五章", "学校", "老师"], ["问题", "以后", "学校", "补课"]]
    kws = ctfidf_keywords(docs, np.array([0, 0, 1, 1]), 2, top_n=3)
    assert kws[0][0] == "医院" and kws[1][0] == "学校"
    flat = {w for ks in kws for w in ks}
    assert not flat & {"问题", "建议", "反映", "第三节", "第五章", "专栏", "较多", "以后"}


PARKING = ["小区停车位被占用", "小区停车收费太贵", "小区车位不够停车难", "停车位乱收费"] * 4
PROPERTY = ["物业公司服务差", "物业费乱涨价", "物业不修电梯", "物业公司不作为"] * 4
SCHOOL = ["学校乱收补课费", "学校违规补课", "老师强制补课收费", "补课费太高学校不管"] * 4
CANTEEN = ["学校食堂卫生差", "食堂饭菜不干净", "学生食堂价格贵", "食堂卫生没人管"] * 4


def test_subtopics_split_large_topics():
    texts = PARKING + PROPERTY + SCHOOL + CANTEEN
    tc = TopicClusterer(n_topics=2, subtopics=True, min_subtopic_size=10, max_subtopics=3).fit(texts)
    assert tc.subtopics_, "no topic was split"
    for tid, subs in tc.subtopics_.items():
        members = np.flatnonzero(tc.labels_ == tid)
        assert (tc.sublabels_[members] >= 0).all()
        assert sum(s.size for s in subs) == tc.topics_[tid].size
        assert all(tc.labels_[r] == tid for s in subs for r in s.representatives)
    not_split = [t.id for t in tc.topics_ if t.id not in tc.subtopics_]
    for tid in not_split:
        assert (tc.sublabels_[tc.labels_ == tid] == -1).all()
    small = TopicClusterer(n_topics=2).fit(texts)  # "auto": small consultations stay flat
    assert small.subtopics_ == {} and (small.sublabels_ == -1).all()


def test_stable_ids_across_reruns():
    texts = PARKING + PROPERTY + SCHOOL + CANTEEN
    first = TopicClusterer(n_topics=4, random_state=0).fit(texts)
    # A second round: a few opinions fewer, others added, a different seed, reversed order.
    second_texts = (texts[3:] + ["小区停车难问题突出", "食堂卫生要检查"])[::-1]
    second = TopicClusterer(n_topics=4, random_state=5, previous_topics=first.topics_).fit(second_texts)
    before = {t: int(first.labels_[texts.index(t)]) for t in set(texts[3:])}
    after = {t: int(second.labels_[second_texts.index(t)]) for t in before}
    agree = np.mean([before[t] == after[t] for t in before])
    assert agree >= 0.9
    assert second.previous_ids_ and all(a == b for a, b in second.previous_ids_.items())


def test_match_topics_and_stable_order():
    old = [Topic(0, "a", ("物业", "电梯")), Topic(1, "b", ("学校", "补课")), Topic(2, "c", ("停车", "车位"))]
    new = [Topic(0, "x", ("补课", "学校")), Topic(1, "y", ("食堂", "卫生")), Topic(2, "z", ("车位", "停车费"))]
    m = match_topics(old, new)
    assert m == {0: 1, 2: 2}
    order = stable_order(3, m, [10, 5, 7])
    assert order[1] == 0 and order[2] == 2 and order[0] == 1


def test_empty_seed_stays_in_place_and_tokens_must_match():
    seeds = {"噪声污染": ["噪声", "噪音", "扰民"], "水生态环境": ["黄河", "排污口"]}
    tc = TopicClusterer(seed_topics=seeds).fit(WATER + WASTE)
    assert [t.name for t in tc.topics_[:2]] == list(seeds)
    assert tc.topics_[0].size == 0 and tc.topics_[1].size >= 4
    with pytest.raises(ValueError):
        TopicClusterer().fit(["黄河"], tokens=[])


def _seeded_corpus():
    """Two themes; only some opinions use a seed keyword, the rest share the theme's other words."""
    rng = np.random.default_rng(0)
    air = ["散煤", "燃煤", "臭氧", "颗粒物", "空气质量", "雾霾", "取暖", "锅炉"]
    water = ["排污口", "黄河", "水质", "黑臭水体", "水源地", "支流", "污水", "河道"]
    texts, truth = [], []
    for t, words in enumerate((air, water)):
        for i in range(40):
            # A third of the opinions carry the seed keyword (the first word), the others never do.
            pool = words if i % 3 == 0 else words[1:]
            texts.append("，".join(rng.choice(pool, size=4, replace=False)) + "要治理")
            truth.append(t)
    return texts, np.array(truth)


def test_self_training_learns_beyond_the_seed_keywords():
    texts, truth = _seeded_corpus()
    seeds = {"大气环境": ["散煤"], "水生态环境": ["排污口"]}
    tc = TopicClusterer(seed_topics=seeds, random_state=0).fit(texts)
    assert tc.get_params()["self_training"] == 3
    assert [t.name for t in tc.topics_[:2]] == list(seeds)
    assert np.mean(tc.labels_ == truth) >= 0.95
    again = TopicClusterer(seed_topics=seeds, random_state=0).fit(texts)
    assert again.labels_.tolist() == tc.labels_.tolist()


def test_seed_name_alone_seeds_a_topic():
    texts, truth = _seeded_corpus()
    # No keywords at all: the names (segmented into 臭氧 / 黄河 + 水质) must carry the seeds.
    tc = TopicClusterer(seed_topics={"臭氧污染": [], "黄河水质": []}, random_state=0).fit(texts)
    assert tc.topics_[0].size > 0 and tc.topics_[1].size > 0
    assert np.mean(tc.labels_ == truth) >= 0.9


def test_self_training_can_be_switched_off():
    texts, _ = _seeded_corpus()
    seeds = {"大气环境": ["散煤"], "水生态环境": ["排污口"]}
    off = TopicClusterer(seed_topics=seeds, self_training=0).fit(texts)
    assert off.n_topics_ >= 2 and (off.labels_ >= 0).all()
    assert sum(t.size for t in off.topics_) == len(texts)


@pytest.mark.slow
def test_dev_data_seeded_self_training_helps(dev_messages):
    """On real messages, self-training beats the keyword assignment it starts from (macro-F1)."""
    from sklearn.metrics import f1_score

    df, texts, toks = dev_messages["single"]
    seg = dev_messages["seg"]
    seeds = {"城乡建设": ["住房", "业主"], "环境保护": ["污染", "垃圾"], "交通运输": ["公交", "道路"],
             "教育文体": ["学校", "老师"], "劳动和社会保障": ["工资", "养老金"], "商贸旅游": ["价格", "旅游"],
             "卫生计生": ["医院", "患者"]}
    names = list(seeds)
    scores = []
    for rounds in (0, 3):
        tc = TopicClusterer(seed_topics=seeds, segmenter=seg, self_training=rounds).fit(texts, tokens=toks)
        pred = [names[t] if t < len(names) else "其他" for t in tc.labels_]
        scores.append(f1_score(df["一级标签"], pred, labels=names, average="macro"))
    assert scores[1] > scores[0]
    assert scores[1] >= 0.72  # 0.744 when written (keywords only: 0.717)


def test_unseeded_self_training_keeps_every_topic_and_is_deterministic():
    texts, truth = _seeded_corpus()
    small = [f"第{i}条：小区物业收费不合理" for i in range(6)]  # a topic of six among eighty
    texts = texts + small
    on = TopicClusterer(n_topics=3, random_state=0).fit(texts)
    off = TopicClusterer(n_topics=3, random_state=0, self_training=0).fit(texts)
    for tc in (on, off):
        assert tc.n_topics_ == 3 and sorted(set(tc.labels_.tolist())) == [0, 1, 2]
        assert sum(t.n_distinct for t in tc.topics_) == len(texts)
        assert len(set(tc.labels_[-6:].tolist())) == 1
    again = TopicClusterer(n_topics=3, random_state=0).fit(texts)
    assert again.labels_.tolist() == on.labels_.tolist()


def test_refinement_with_two_topics_and_weights():
    texts, truth = _seeded_corpus()
    weights = np.where(np.arange(len(texts)) % 5 == 0, 7.0, 1.0)  # some opinions stand for many
    tc = TopicClusterer(n_topics=2, random_state=3).fit(texts, sample_weight=weights)
    assert tc.n_topics_ == 2
    agree = np.mean(tc.labels_ == truth)
    assert max(agree, 1 - agree) >= 0.95
    assert sum(t.size for t in tc.topics_) == int(weights.sum())


def test_self_training_round_never_empties_a_topic(monkeypatch):
    import sklearn.svm

    from consultagg.topics._refine import self_train as _self_train

    class Swallowing:
        """A classifier that never predicts the last class, as a large topic swallowing a small one."""

        def __init__(self, **kw):
            pass

        def fit(self, X, y, sample_weight=None):
            self.classes_ = np.unique(y)
            return self

        def decision_function(self, X):
            dec = np.zeros((X.shape[0], len(self.classes_)))
            dec[:, 0] = 1.0
            dec[:, -1] = -1.0
            return dec

    monkeypatch.setattr(sklearn.svm, "LinearSVC", Swallowing)
    rng = np.random.default_rng(0)
    X = rng.normal(0, 1, (63, 5))
    labels = np.array([0] * 30 + [1] * 30 + [2] * 3)
    out = _self_train(X, labels, rng.normal(0, 1, (63, 3)), np.ones(63), 3, rounds=3)
    assert out.tolist() == labels.tolist()


@pytest.mark.slow
def test_dev_data_unseeded_quality(dev_messages):
    """On real messages, 7 topics agree with the handling bureaus; self-training does not hurt."""
    from sklearn.metrics import normalized_mutual_info_score

    df, texts, toks = dev_messages["single"]
    seg = dev_messages["seg"]
    # Three seeds, not one: over random_state 0-12 the 7-topic NMI ranges 0.536-0.592, so a single
    # seed against 0.55 asserted one lucky outcome (seed 6 failed it).
    scores = np.zeros((3, 2))
    for rs in range(3):
        for j, (rounds, refine) in enumerate(((0, 0), (3, 3))):
            tc = TopicClusterer(n_topics=7, segmenter=seg, self_training=rounds, refine=refine,
                                subtopics=False, random_state=rs).fit(texts, tokens=toks)
            assert tc.n_topics_ == 7
            scores[rs, j] = normalized_mutual_info_score(df["一级标签"], tc.labels_)
    # With the functional-domain block k-means alone already reaches about 0.565 on this file.
    assert scores[:, 1].mean() >= scores[:, 0].mean() - 0.01
    assert scores[:, 1].mean() >= 0.55 and scores[:, 1].min() >= 0.52


def test_pairs_across_punctuation_are_not_phrases():
    from consultagg.topics.labels import ctfidf_keywords

    # 臭氧 and 油漆 are common to both clusters; only cluster 0 has them side by side.
    texts = ["臭氧、油漆污染严重", "臭氧、油漆要管", "臭氧，油漆问题",
             "臭氧超标，黑臭水体", "油漆味，黑臭水体", "臭氧和油漆，黑臭水体"]
    toks = [["臭氧", "油漆", "污染"], ["臭氧", "油漆"], ["臭氧", "油漆"],
            ["臭氧", "超标", "黑臭水体"], ["油漆", "黑臭水体"], ["臭氧", "和", "油漆", "黑臭水体"]]
    labels = np.array([0, 0, 0, 1, 1, 1])
    without = ctfidf_keywords(toks, labels, 2, top_n=2)
    assert without[0][0] == "臭氧油漆"  # adjacent tokens: punctuation was dropped by segmentation
    checked = ctfidf_keywords(toks, labels, 2, top_n=2, texts=texts)
    assert "臭氧油漆" not in checked[0]
    written = ctfidf_keywords(toks, labels, 2, top_n=2, texts=[t.replace("、", "") for t in texts])
    assert written[0][0] == "臭氧油漆"  # written without a break somewhere: a phrase


def test_results_do_not_depend_on_numpy_global_state():
    texts, _ = _seeded_corpus()
    runs = []
    for state in (1, 2):
        np.random.seed(state)
        runs.append(TopicClusterer(n_topics=3, random_state=0).fit(texts).labels_.tolist())
    assert runs[0] == runs[1]


@pytest.mark.slow
def test_dev_data_themes_missing_from_the_seeds_are_discovered(dev_messages):
    """Seeded with 4 of the 7 bureaus, the other bureaus' messages mostly form new topics."""
    df, texts, toks = dev_messages["single"]
    seg = dev_messages["seg"]
    truth = df["一级标签"].to_numpy()
    seeds = {"城乡建设": ["小区", "物业", "拆迁", "房屋", "开发商"], "环境保护": ["污染", "噪音", "环保"],
             "教育文体": ["学校", "学生", "教师"], "卫生计生": ["医院", "医生", "计生"]}
    unseeded = ~np.isin(truth, list(seeds))
    # Over random_state 0-12 the share found ranges 0.49-0.82 and, with 7 topics, the seeded
    # bureaus' share in new topics 0.04-0.25 (how many groups the novelty check finds moves with
    # the seed): the property is asserted over three seeds, not one seed's outcome.
    found, leak, found7, leak7 = [], [], [], []
    for rs in range(3):
        tc = TopicClusterer(seed_topics=seeds, segmenter=seg, subtopics=False, random_state=rs).fit(
            texts, tokens=toks)
        assert tc.n_topics_ > len(seeds)
        new = tc.labels_ >= len(seeds)
        found.append(new[unseeded].mean())  # with the LSA-cosine test alone: none
        leak.append(new[~unseeded].mean())
        if rs == 0:
            off = TopicClusterer(seed_topics=seeds, segmenter=seg, subtopics=False, novelty_hits=0).fit(
                texts, tokens=toks)
            assert (off.labels_ >= len(seeds)).mean() < new.mean()
        # With the number of topics fixed, the slots beyond the seeds go to the groups they miss.
        fixed = TopicClusterer(seed_topics=seeds, n_topics=7, segmenter=seg, subtopics=False,
                               random_state=rs).fit(texts, tokens=toks)
        assert len(seeds) < fixed.n_topics_ <= 7
        assert [t.name for t in fixed.topics_[:len(seeds)]] == list(seeds)
        new = fixed.labels_ >= len(seeds)
        found7.append(new[unseeded].mean())
        leak7.append(new[~unseeded].mean())
    assert np.mean(found) >= 0.55 and min(found) >= 0.45
    assert max(leak) <= 0.3
    assert np.mean(found7) >= 0.45 and max(leak7) <= 0.3
    # The new topics hold the bureaus the seeds miss far more than the seeded ones.
    assert all(f >= 2 * x for f, x in zip(found7, leak7))


def test_function_block_ties_words_of_one_remit():
    from consultagg.text.domains import FunctionBlock, load_functions

    funcs = load_functions()
    assert len(funcs) >= 30 and all(len(w) >= 20 for w in funcs.values())
    block = FunctionBlock({"教育": ["学校", "老师"], "卫生健康": ["医院", "医生"]})
    F = block.transform([["学校", "补课"], ["老师", "老师"], ["医院"], ["其他"]]).toarray()
    assert F[0].tolist() == [1.0, 0.0] and F[1].tolist() == [1.0, 0.0] and F[2].tolist() == [0.0, 1.0]
    assert F[3].tolist() == [0.0, 0.0]


def test_function_weight_zero_leaves_features_alone():
    from consultagg.text.domains import load_functions

    texts = ["小区物业乱收费", "物业公司不作为", "小区物业服务差", "学校乱收补课费", "学校违规补课",
             "学校食堂卫生差"]
    on = TopicClusterer(n_topics=2, subject_weight=0).fit(texts)
    off = TopicClusterer(n_topics=2, function_weight=0, subject_weight=0).fit(texts)
    assert off.function_block_ is None and on.function_block_ is not None
    from scipy import sparse

    X = sparse.csr_matrix(np.ones((1, 3)) / np.sqrt(3))
    assert off._with_functions(X, [["学校"]]) is X
    Y = on._with_functions(X, [["学校"]]).toarray()
    assert Y.shape == (1, 3 + on.function_block_.n_domains) and np.isclose(np.linalg.norm(Y), 1.0)
    assert np.isclose(Y[0, 3 + list(load_functions()).index("教育")] / Y[0, 0], 0.15 * np.sqrt(3))


RARE_EDU = ["学校老师强制学生补课收费", "学生在学校课业负担太重", "幼儿园入园难，老师收费高", "中小学招生划片不公平，学生上学远",
            "学校校车安全没人管，学生家长担心", "老师体罚学生，学校不处理", "学校食堂卫生差，学生吃坏肚子"] * 3
RARE_BUS = ["公交车班次太少，乘客等车久", "公交司机态度差，乘客投诉", "出租车司机拒载绕路", "公交线路绕路太远，乘客不便",
            "出租车乱收费，司机不打表", "公交站台没有遮雨棚，乘客淋雨", "公交车司机不按站停靠"] * 3
RARE_JOB = ["公司拖欠工资不发，职工讨薪难", "社保断缴，职工无法补缴社保", "养老保险转移接续难，职工退休受影响",
            "工伤认定太慢，职工得不到赔偿", "农民工工资被拖欠，劳动监察不管", "单位不签劳动合同，职工没有社保",
            "失业金申领手续复杂，职工跑多次"] * 3


def test_seed_with_rare_keywords_keeps_the_opinions_of_its_remit():
    """The novelty check counts an opinion mainly about a remit a seed names as a mention of it."""
    from consultagg.text.domains import FunctionBlock, leading_domains, load_functions

    seeds = {"教育": ["高等教育", "学位"], "交通": ["公交", "出租车"]}  # nobody writes 教育 or 学位 here
    texts = RARE_EDU + RARE_BUS + RARE_JOB
    tc = TopicClusterer(seed_topics=seeds, subtopics=False).fit(texts)
    lab = tc.labels_
    edu, bus, job = lab[:21], lab[21:42], lab[42:]
    # Counting words alone, 15 of the 21 education opinions and 6 of the 21 bus ones became new themes.
    assert (edu < 2).mean() >= 0.8 and (bus < 2).mean() >= 0.8
    assert (job >= 2).mean() >= 0.5  # the remit no seed names is still discovered (12 of 21)
    assert (edu == 0).mean() >= 0.6 and (bus == 1).mean() >= 0.8
    # An opinion's main domains: ties all count; a seed names those with half its top weight.
    block = FunctionBlock(load_functions())
    lead = leading_domains(block.transform([["学校", "老师", "学生"], ["学校", "公交"]]), 0.5).toarray()
    assert lead[0].sum() == 1 and lead[1].sum() == 2


def test_a_remit_every_opinion_shares_does_not_hide_missed_themes():
    """In a plan of one remit, being about that remit is no mention of a seed: noise is still new."""
    air = AIR + ["秸秆焚烧影响空气质量", "扬尘污染治理要加强"]
    water = WATER + ["污水处理厂提标改造", "工业废水偷排要严查"]
    noise = ["夜间施工噪声扰民严重", "广场舞噪声影响休息", "交通噪声超标要治理", "工厂噪声扰民投诉无人管",
             "噪声污染防治要有专门章节", "建筑工地夜间噪声", "商铺高音喇叭噪声扰民"]
    seeds = {"大气环境": ["大气", "散煤", "臭氧", "空气质量"], "水生态环境": ["黄河", "排污口", "水源地", "黑臭水体"]}
    tc = TopicClusterer(seed_topics=seeds, subtopics=False).fit(air * 3 + water * 3 + noise * 3)
    # 12 of 21 in new topics, as with words alone; 6 when every 生态环境 opinion counted half a mention.
    assert (tc.labels_[42:] >= 2).mean() >= 0.4
    assert (tc.labels_[21:42] == 1).mean() >= 0.8


def test_subject_block_ties_the_words_of_one_subject_in_small_consultations():
    from consultagg.text.domains import load_subjects

    subjects = load_subjects()
    assert len(subjects) >= 100 and all(len(w) >= 20 for w in subjects.values())
    texts = AIR + WATER + WASTE
    tc = TopicClusterer(n_topics=3).fit(texts)
    assert tc.subject_block_ is not None
    off = TopicClusterer(n_topics=3, subject_weight=0).fit(texts)
    assert off.subject_block_ is None
    # 臭氧 and 细颗粒物 share no word with 散煤 or 燃煤; only the subject table says they are all 大气.
    B = tc.subject_block_.transform([["臭氧", "细颗粒物"], ["散煤", "燃煤"], ["黑臭水体"]]).toarray()
    assert B[0] @ B[1] > 0.5 and B[0] @ B[2] < 0.2
    # Large inputs keep the features they were measured with.
    many = [f"{t}（第{i}条）" for i in range(21) for t in texts]
    assert TopicClusterer(n_topics=3, subtopics=False).fit(many).subject_block_ is None


def test_small_topics_are_the_same_under_another_blas_kernel_and_thread_count():
    # A fresh machine differs in its BLAS kernel and core count; the topics of a small
    # consultation must not (a test once passed on one machine and failed on the next).
    import json
    import os
    import subprocess
    import sys

    texts = AIR + WATER + WASTE + RARE_EDU[:7] + RARE_BUS[:7]
    code = ("import json, sys; from consultagg.topics.clusterer import TopicClusterer; "
            "t = json.loads(sys.stdin.read()); "
            "print(json.dumps([TopicClusterer(n_topics=k, random_state=s).fit(t).labels_.tolist() "
            "for k, s in ((3, 0), (5, 7), (None, 3))]))")
    here = [TopicClusterer(n_topics=k, random_state=s).fit(texts).labels_.tolist()
            for k, s in ((3, 0), (5, 7), (None, 3))]
    for extra in ({"OPENBLAS_CORETYPE": "Prescott", "OMP_NUM_THREADS": "2"},
                  {"OPENBLAS_CORETYPE": "Sandybridge", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}):
        out = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), text=True,
                             capture_output=True, env={**os.environ, **extra}, check=True)
        assert json.loads(out.stdout.strip().splitlines()[-1]) == here, extra


def test_consensus_runs_split_between_threads_give_the_same_labels():
    """The runs shared by threads (or the silhouette's k's side by side) change nothing."""
    from consultagg.topics._clustering import silhouette_k
    from consultagg.topics._consensus import consensus_kmeans

    rng = np.random.default_rng(3)
    Z = np.vstack([rng.normal(c, 0.6, (40, 4)) for c in ((0, 0, 0, 0), (2, 0, 1, 0), (0, 2, 0, 1))])
    w = rng.integers(1, 4, len(Z)).astype(float)
    one = consensus_kmeans(Z, w, 4, random_state=1, n_runs=300, n_threads=1)
    for n_threads in (2, 3, None):
        assert np.array_equal(consensus_kmeans(Z, w, 4, random_state=1, n_runs=300, n_threads=n_threads), one)
    grid = (2, 3, 4, 5, 6)
    best = silhouette_k(Z, w, grid, 0, small=True)
    in_turn = []
    from sklearn.metrics import silhouette_score
    for k in grid:
        lab = consensus_kmeans(Z, w, k, random_state=0, n_runs=100, n_threads=1)
        in_turn.append((silhouette_score(Z, lab, metric="cosine"), -k))
    assert best[0] == -max(in_turn)[1]
