"""The estimators as scikit-learn citizens: a classifier that cross-validates and calibrates,
text-input tags that scikit-learn's own checks honour."""

import warnings

import numpy as np
import pytest
from sklearn.calibration import CalibratedClassifierCV
from sklearn.model_selection import cross_val_score
from sklearn.utils.estimator_checks import check_estimator

import consultagg as ca
from consultagg.classify import CommentTypeClassifier
from consultagg.text.normalize import TextNormalizer

AIR = ["散煤燃烧污染大气，建议加快清洁取暖。", "建议加强臭氧污染防治，控制挥发性有机物。", "冬季燃煤锅炉排放大，建议淘汰小锅炉。",
       "建议加强扬尘管控，减少颗粒物污染。", "机动车尾气污染严重，建议推广新能源公交。"]
WATER = ["黄河水质下降，建议整治入河排污口。", "建议加快城镇污水处理厂提标改造。", "建议保护饮用水水源地，清理违建。",
         "农村生活污水直排河道，建议建设处理设施。", "建议开展黑臭水体整治，恢复河道生态。"]
SOIL = ["建议开展受污染耕地安全利用。", "工业遗留地块土壤污染，建议开展修复。", "建议加强危险废物处置能力建设。",
        "建议规范固体废物堆存，防止土壤污染。", "建议推进农用地土壤污染状况详查。"]


def _corpus(times=3):
    texts, units = [], []
    for k in range(times):
        for unit, rows in (("大气环境处", AIR), ("水生态环境处", WATER), ("土壤生态环境处", SOIL)):
            texts += [f"{t}（{k}）" for t in rows]
            units += [unit] * len(rows)
    return texts, units


def test_the_router_is_a_classifier_with_scores_over_its_classes():
    texts, units = _corpus()
    r = ca.UnitRouter().fit(texts, units)
    assert isinstance(r.classes_, np.ndarray) and r.classes_.tolist() == sorted(set(units))
    pred = r.predict(texts)
    assert isinstance(pred, np.ndarray)
    p = r.predict_proba(texts)
    assert p.shape == (len(texts), 3) and np.allclose(p.sum(axis=1), 1.0)
    assert (r.classes_[p.argmax(axis=1)] == pred).all()
    d = r.decision_function(texts)
    assert (r.classes_[d.argmax(axis=1)] == pred).all()
    assert r.score(texts, units) == pytest.approx(np.mean(pred == np.asarray(units, dtype=object)))


def test_rules_only_and_an_unsure_text_get_equal_scores():
    r = ca.UnitRouter({"大气环境处": ["散煤"], "水生态环境处": ["黄河"]}).fit()
    p = r.predict_proba(["散煤治理", "完善考核制度"])
    assert r.classes_[p[0].argmax()] == "大气环境处"
    assert np.allclose(p[1], 0.5)
    assert r.decision_function(["散煤治理"]).shape == (1,)  # two classes: one column, as scikit-learn has it


def test_cross_val_score_needs_no_scoring():
    texts, units = _corpus()
    scores = cross_val_score(ca.UnitRouter(), texts, units, cv=5)
    assert scores.shape == (5,) and scores.mean() > 0.6


def test_calibrated_classifier_cv_takes_the_router():
    texts, units = _corpus()
    # (units as an array: scikit-learn 1.4 counts a list's classes with ==, which a list does not broadcast)
    cal = CalibratedClassifierCV(ca.UnitRouter(), cv=3).fit(texts, np.asarray(units))
    p = cal.predict_proba(texts[:4])
    assert p.shape == (4, 3) and np.allclose(p.sum(axis=1), 1.0)
    assert cal.predict(texts[:4]).tolist() == [units[i] for i in range(4)]


@pytest.mark.parametrize("make", [
    lambda: ca.UnitRouter({"大气环境处": ["散煤"]}),
    lambda: ca.NearDuplicateGrouper(),
    lambda: ca.TopicClusterer(n_topics=2),
    lambda: ca.DepartmentNormalizer(),
    lambda: CommentTypeClassifier(),
    lambda: TextNormalizer(),
    lambda: ca.JiebaSegmenter(),
], ids=["UnitRouter", "NearDuplicateGrouper", "TopicClusterer", "DepartmentNormalizer", "CommentTypeClassifier",
        "TextNormalizer", "JiebaSegmenter"])
def test_check_estimator_skips_by_text_tags_and_fails_nothing(make):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        check_estimator(make())  # raises on the first failing check


def _demo_opinions():
    import csv
    from importlib.resources import files
    with (files("consultagg") / "data" / "demo" / "public_comments.csv").open(encoding="utf-8") as f:
        return [row["意见建议"] for row in csv.DictReader(f)]


@pytest.mark.parametrize("params", [{}, {"n_topics": 5}, {"seed_topics": {"大气": ["臭氧", "散煤"], "水": ["黄河", "污水"]}}],
                         ids=["auto", "five", "seeded"])
def test_topic_predict_on_the_fitted_texts_agrees_with_labels(params):
    texts = _demo_opinions() + AIR + WATER + SOIL
    tc = ca.TopicClusterer(random_state=0, **params).fit(texts)
    assert np.mean(tc.predict(texts) == tc.labels_) >= 0.98
    sim = tc.transform(texts)
    assert sim.shape == (len(texts), tc.n_topics_)
    a = tc.assign(texts)
    assert np.mean(a.weak == tc.weak_) >= 0.98 and np.mean(np.isclose(a.similarity, tc.similarity_, atol=1e-6)) >= 0.98


def test_topic_predict_assigns_new_texts_without_refitting():
    texts = AIR * 2 + WATER * 2
    tc = ca.TopicClusterer(n_topics=2, random_state=0).fit(texts)
    before = tc.labels_.copy()
    new = tc.predict(["建议治理散煤污染大气。", "建议整治黄河入河排污口。"])
    assert new[0] == tc.labels_[0] and new[1] == tc.labels_[len(AIR) * 2]
    assert (tc.labels_ == before).all()


def test_grouper_query_finds_the_group_a_new_copy_belongs_to():
    base = "请将月牙湖湿地划入生态保护红线，停止一切开发建设活动，并恢复已被侵占的湿地面积。"
    texts = [base + f"签名：市民{i}" for i in range(5)] + ["建议将城市生活污水集中收集率目标调整为65%。", "建议完善农村污水处理设施。"]
    g = ca.NearDuplicateGrouper().fit(texts)
    got = g.query([base + "签名：市民九", "建议将城市生活污水集中收集率目标调整为75%。", "建议加强散煤治理。",
                   "建议将城市生活污水集中收集率目标调整为 65% 。"])
    assert got.tolist() == [g.labels_[0], -1, -1, g.labels_[5]]
    assert g.query([]).shape == (0,)
