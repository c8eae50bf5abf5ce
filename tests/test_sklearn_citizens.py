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
    cal = CalibratedClassifierCV(ca.UnitRouter(), cv=3).fit(texts, units)
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
