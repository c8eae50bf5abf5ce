"""One estimator contract for every stage (docs/architecture.md).

Every stage is a scikit-learn ``BaseEstimator``: ``__init__`` stores parameters only, ``fit``
returns ``self``, fitted state ends in ``_``, ``check_is_fitted`` works, ``clone`` and
``get_params``/``set_params`` round-trip, a pickled fitted estimator predicts what the original
does, and predicting neither changes the estimator's parameters or fitted state nor gives other
answers when one fitted object serves several threads at once.
"""

import copy
import inspect
import pickle
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from sklearn.base import BaseEstimator, clone
from sklearn.exceptions import NotFittedError
from sklearn.utils.validation import check_is_fitted

import consultagg as ca
from consultagg.classify import CommentTypeClassifier
from consultagg.text.normalize import TextNormalizer

TEXTS = ["建议加强散煤治理，减少大气污染。", "散煤燃烧污染大气，建议加快清洁取暖。", "黄河水质下降，建议整治入河排污口。",
         "建议保护黄河水质，整治排污口。", "第12页“污水”应为“废水”，属笔误。", "建议增加农村生活垃圾治理内容。",
         "农村垃圾收运体系不健全，建议补充。", "建议明确矿山生态修复资金来源。"]
UNITS = ["大气环境处", "大气环境处", "水生态环境处", "水生态环境处", "综合处", "土壤处", "土壤处", "生态处"]
NAMES = ["自治区生态环境厅", "宁夏回族自治区水利厅", "财政厅", "自治区发展改革委", "银川市人民政府"]
PLAN_TEXT = ("青原自治区生态环境保护规划\n第一章 大气环境\n一、散煤治理\n推进清洁取暖，减少散煤燃烧。\n"
             "第二章 水环境\n二、黄河保护\n整治入河排污口，保护黄河水质。\n第三章 土壤与农村\n三、农村环境\n"
             "健全农村生活垃圾收运处置体系。\n")


def _plan():
    return ca.read_plan(PLAN_TEXT)


def _as_list(x):
    if isinstance(x, np.ndarray):
        return x.tolist()
    if isinstance(x, tuple):
        return [_as_list(v) for v in x]
    if isinstance(x, list):
        return [_as_list(v) for v in x]
    return x


# (name, make an unfitted estimator, fit it, predict/transform with it or None)
CASES = {
    "NearDuplicateGrouper": (lambda: ca.NearDuplicateGrouper(), lambda e: e.fit(TEXTS + TEXTS[:2]),
                             lambda e, X: e.query(X)),
    "TopicClusterer": (lambda: ca.TopicClusterer(n_topics=2, random_state=0), lambda e: e.fit(TEXTS),
                       lambda e, X: tuple(e.assign(X))),
    "UnitRouter": (lambda: ca.UnitRouter({"大气环境处": ["散煤", "大气"]}), lambda e: e.fit(TEXTS, UNITS),
                   lambda e, X: e.predict_with_confidence(X)),
    "SectionMatcher": (lambda: ca.SectionMatcher(_plan(), top_k=2), lambda e: e.fit(),
                       lambda e, X: [[(s.id, round(score, 9)) for s, score in r] for r in e.predict(X)]),
    "DepartmentNormalizer": (lambda: ca.DepartmentNormalizer(home_region="宁夏回族自治区"), lambda e: e.fit(),
                             lambda e, X: [d.name for d in e.normalize_many(NAMES)]),
    "JiebaSegmenter": (lambda: ca.JiebaSegmenter(), lambda e: e.fit(TEXTS), lambda e, X: e.transform(X)),
    "TextNormalizer": (lambda: TextNormalizer(), lambda e: e.fit(TEXTS), lambda e, X: e.transform(X)),
    "CommentTypeClassifier": (lambda: CommentTypeClassifier(), lambda e: e.fit(TEXTS),
                              lambda e, X: e.predict(X)),
}
IDS = sorted(CASES)


def _frozen(value):
    """A comparable snapshot of a value (its pickle, or for what does not pickle, its repr)."""
    if isinstance(value, Mapping):
        return ("mapping", tuple(sorted((repr(k), _frozen(v)) for k, v in value.items())))
    try:
        return pickle.dumps(value, protocol=4)
    except (TypeError, pickle.PicklingError, AttributeError):
        return repr(value)


def _state(est):
    """Parameters and fitted state (public attributes ending in ``_``), as comparable snapshots."""
    params = est.get_params(deep=False)
    fitted = {k: v for k, v in vars(est).items() if k.endswith("_") and not k.startswith("_")}
    return sorted(params), sorted(fitted), {k: _frozen(v) for k, v in {**params, **fitted}.items()}


@pytest.mark.parametrize("name", IDS)
def test_is_a_base_estimator_whose_init_only_stores_parameters(name):
    make, _, _ = CASES[name]
    est = make()
    assert isinstance(est, BaseEstimator)
    params = est.get_params(deep=False)
    sig = inspect.signature(type(est).__init__)
    assert set(params) == {p for p in sig.parameters if p != "self"}
    # Nothing but the parameters is set by __init__.
    assert set(vars(est)) <= set(params) | {"_sklearn_version"}, set(vars(est)) - set(params)


@pytest.mark.parametrize("name", IDS)
def test_clone_and_params_round_trip(name):
    make, _, _ = CASES[name]
    est = make()
    twin = clone(est)
    assert type(twin) is type(est)
    assert twin.get_params(deep=False).keys() == est.get_params(deep=False).keys()
    for key, value in est.get_params(deep=False).items():
        assert est.set_params(**{key: value}) is est
        assert est.get_params(deep=False)[key] is value or est.get_params(deep=False)[key] == value


@pytest.mark.parametrize("name", IDS)
def test_fit_returns_self_and_check_is_fitted_works(name):
    make, fit, _ = CASES[name]
    est = make()
    try:
        requires_fit = est.__sklearn_tags__().requires_fit
    except AttributeError:  # scikit-learn < 1.6
        requires_fit = est._get_tags()["requires_fit"]
    if requires_fit:
        with pytest.raises(NotFittedError):
            check_is_fitted(est)
    assert fit(est) is est
    check_is_fitted(est)


@pytest.mark.parametrize("name", IDS)
def test_pickled_fitted_estimator_gives_the_same_results(name):
    make, fit, predict = CASES[name]
    est = fit(make())
    back = pickle.loads(pickle.dumps(est))
    if predict is None:
        assert _as_list(back.labels_) == _as_list(est.labels_)
    else:
        assert _as_list(predict(back, TEXTS)) == _as_list(predict(est, TEXTS))


@pytest.mark.parametrize("name", [n for n in IDS if CASES[n][2] is not None])
def test_predict_changes_neither_parameters_nor_fitted_state(name):
    make, fit, predict = CASES[name]
    est = fit(make())
    before = _state(est)
    first = _as_list(predict(est, TEXTS))
    assert _state(est) == before
    again = _as_list(predict(est, TEXTS[::-1]))
    again = [part[::-1] for part in again] if isinstance(predict(est, TEXTS[:1]), tuple) else again[::-1]
    assert again == first or name == "DepartmentNormalizer"  # it normalises NAMES, not the texts
    assert _state(est) == before


@pytest.mark.parametrize("name", [n for n in IDS if CASES[n][2] is not None])
def test_one_fitted_object_serves_several_threads(name):
    make, fit, predict = CASES[name]
    est = fit(make())
    expected = [_as_list(predict(copy.deepcopy(est), [t])) for t in TEXTS]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: _as_list(predict(est, [t])), TEXTS * 4))
    assert got == expected * 4
