"""Route opinions to the responsible unit (承办处室).

Two sources of knowledge, usable together: a keyword table the office writes
(``rules={"大气环境处": ["大气", "PM2.5", "散煤"], ...}``) and a model trained on opinions already
routed (texts and the 承办处室 of an earlier tracker). Rules decide where they fire clearly; the
model decides otherwise; anything unsure is flagged for a person.

Examples
--------
>>> from consultagg import UnitRouter
>>> router = UnitRouter(rules={"大气环境处": ["大气", "散煤"], "水生态环境处": ["黄河", "排污口"]})
>>> router.fit().predict(["加强散煤治理", "整治入河排污口"]).tolist()
['大气环境处', '水生态环境处']
"""

from __future__ import annotations

import csv
import io
import threading
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_is_fitted

from consultagg.io.textfiles import decode_text
from consultagg.text._stateless import TextInputMixin
from consultagg.text.domains import FunctionBlock, load_functions
from consultagg.text.normalize import split_keywords
from consultagg.text.segment import JiebaSegmenter

__all__ = ["UNSURE", "UnitRouter", "load_rules"]

UNSURE = "待人工分办"


def _identity(tokens):
    return tokens


def load_rules(path, encoding: str | None = None) -> dict[str, list[str]]:
    """Read a keyword table: CSV with columns 处室 (or unit) and 关键词 (keywords split by 、,，;；空格).

    The encoding is detected as for comment files (UTF-8, GB18030 as Excel and WPS save a CSV, …)
    unless ``encoding`` is given; a file that does not decode is refused naming the file.

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "rules.csv")
    >>> _ = open(p, "w", encoding="utf-8").write("处室,关键词\\n大气环境处,大气、散煤\\n")
    >>> load_rules(p)
    {'大气环境处': ['大气', '散煤']}
    """
    rules: dict[str, list[str]] = {}
    text, _ = decode_text(Path(path).read_bytes(), str(path), encoding)
    for lineno, row in enumerate(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")), start=2):
        unit = (row.get("处室") or row.get("unit") or row.get("承办处室") or "").strip()
        words = row.get("关键词") or row.get("keywords") or ""
        if not unit:
            raise ValueError(f"{path} 第{lineno}行：缺少处室名称 (missing unit name)")
        rules.setdefault(unit, []).extend(split_keywords(words))
    return rules


def _char_grams(text: str) -> list[str]:
    """Character 1-3-grams of each space-padded lower-cased word: scikit-learn's ``char_wb``, twice as fast.

    Examples
    --------
    >>> _char_grams("散煤 PM")
    [' ', '散', '煤', ' ', ' 散', '散煤', '煤 ', ' 散煤', '散煤 ', ' ', 'p', 'm', ' ', ' p', 'pm', 'm ', ' pm', 'pm ']
    """
    out: list[str] = []
    for w in text.lower().split():
        w = f" {w} "
        n = len(w)
        out += w
        out += [w[i:i + 2] for i in range(n - 1)]
        out += [w[i:i + 3] for i in range(n - 2)]
    return out


def _scaled(X, r):
    """``X @ diag(r)`` for a CSR matrix, without a sparse product."""
    out = X.copy()
    out.data *= r[out.indices]
    return out


class _NBSVM:
    """One-against-the-rest linear SVMs on features scaled by naive-Bayes log-count ratios.

    For unit ``c`` the ratio of feature ``f`` is ``log((p_f / |p|) / (q_f / |q|))`` with ``p`` and
    ``q`` the smoothed document frequencies of ``f`` inside and outside ``c``: words typical of a
    unit weigh more in its own SVM (its gain over one multi-class SVM is in docs/measurements.md).
    """

    def __init__(self, C: float, alpha: float, max_iter: int = 30, random_state: int = 0):
        self.C, self.alpha, self.max_iter, self.random_state = C, alpha, max_iter, random_state

    def fit(self, X, y):
        y = np.asarray(y)
        self.classes_ = np.unique(y)
        present = (X > 0).astype(np.float64).tocsr()
        total = np.asarray(present.sum(axis=0)).ravel()
        self.ratios_, self.models_ = [], []
        for c in self.classes_:
            pos = y == c
            inside = np.asarray(present[pos].sum(axis=0)).ravel()
            # Outside the unit: the total minus its own counts (no copy of the other units' rows).
            p, q = self.alpha + inside, self.alpha + (total - inside)
            r = np.log(p / p.sum()) - np.log(q / q.sum())
            # A given random_state: liblinear otherwise shuffles with numpy's global generator.
            svm = LinearSVC(C=self.C, class_weight="balanced", dual="auto", random_state=self.random_state,
                            max_iter=self.max_iter)
            with warnings.catch_warnings():
                # Capped on purpose: on units that overlap, the solver would run ten times longer for
                # the same predictions (dev messages: identical macro-F1 from 20 to 1,000 passes).
                warnings.simplefilter("ignore", ConvergenceWarning)
                self.models_.append(svm.fit(_scaled(X, r), pos))
            self.ratios_.append(r)
        return self

    def decision_function(self, X):
        return np.column_stack([m.decision_function(_scaled(X, r))
                                for m, r in zip(self.models_, self.ratios_)])


class UnitRouter(TextInputMixin, ClassifierMixin, BaseEstimator):
    """Predict the responsible unit of each opinion, with a confidence.

    Parameters
    ----------
    rules : mapping of str to list of str, optional
        Keyword table ``{unit: [keywords]}`` written by the office.
    min_confidence : float, default=0.35
        Below this a prediction is flagged unsure (``unsure_`` after predict).
    segmenter : callable, optional
        ``text -> list of words``; defaults to :class:`~consultagg.JiebaSegmenter`.
    C : float, default=4.0
        Regularisation of the linear SVMs. Features are TF-IDF over the segmenter's words plus
        character 1-3-grams of the raw text; each unit gets its own one-against-the-rest SVM on
        those features scaled by their naive-Bayes log-count ratio for that unit (NBSVM, Wang &
        Manning 2012), classes weighted by their inverse frequency.
    alpha : float, default=1.0
        Smoothing of the log-count ratios.
    function_weight : float, default=0.15
        Weight of the block of government functional domains the words name
        (:mod:`consultagg.text.domains`) beside the unit-length word and character features; a
        small gain, measured in docs/measurements.md. ``0`` turns it off.
    random_state : int, default=0
        Seed of the linear SVMs' solver (liblinear shuffles its data).

    Attributes
    ----------
    classes_ : ndarray of str
        Units known to the router (from the rules and the training data), the columns of
        :meth:`predict_proba` and :meth:`decision_function`.

    Notes
    -----
    A scikit-learn classifier: ``score`` is the accuracy, and ``cross_val_score`` and
    ``CalibratedClassifierCV`` take it as they take any classifier. :meth:`predict_proba` gives
    scores in [0, 1] that sum to one per text and whose largest is the predicted unit with its
    confidence; they are not calibrated (wrap the router in ``CalibratedClassifierCV`` for that).
    A text no rule matches, when there is no model, gets ``待人工分办`` and equal scores.
    """

    def __init__(self, rules: Mapping[str, Sequence[str]] | None = None, *, min_confidence: float = 0.35,
                 segmenter=None, C: float = 4.0, alpha: float = 1.0, function_weight: float = 0.15,
                 random_state: int = 0):
        self.rules = rules
        self.min_confidence = min_confidence
        self.segmenter = segmenter
        self.C = C
        self.alpha = alpha
        self.function_weight = function_weight
        self.random_state = random_state

    def fit(self, texts: Sequence[str] | None = None, units: Sequence[str] | None = None) -> UnitRouter:
        """Learn from routed opinions (optional when rules are given). Returns ``self``."""
        self.segmenter_ = self.segmenter or JiebaSegmenter()
        self.rules_ = {u: [k for k in kws if k] for u, kws in (self.rules or {}).items()}
        self.model_ = None
        classes = list(self.rules_)
        if texts is not None:
            if units is None or len(units) != len(texts):
                raise ValueError("fit(texts, units) needs one unit per text")
            pairs = [(t, u) for t, u in zip(texts, units) if u and str(u).strip()]
            labels = sorted({u for _, u in pairs})
            if len(labels) >= 2:
                train = [str(t or "") for t, _ in pairs]
                self.vectorizer_ = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, min_df=1)
                # Character 1-3-grams of the raw text add what segmentation splits or misses
                # (names of programmes, new compounds); equal weight to the words.
                self.char_vectorizer_ = TfidfVectorizer(analyzer=_char_grams, sublinear_tf=True,
                                                        min_df=2 if len(train) >= 50 else 1)
                self.function_block_ = (FunctionBlock(load_functions()) if self.function_weight > 0
                                        else None)
                tokens = self._tokens(train)
                X = self._features(self.vectorizer_.fit_transform(tokens),
                                   self.char_vectorizer_.fit_transform(train), tokens)
                self.model_ = _NBSVM(C=self.C, alpha=self.alpha, random_state=self.random_state).fit(X, [u for _, u in pairs])
            classes += [u for u in labels if u not in classes]
        if not classes:
            raise ValueError("UnitRouter needs rules or routed training texts")
        self.classes_ = np.asarray(classes, dtype=object)
        return self

    def _features(self, words, chars, tokens):
        blocks = [words, chars]
        if self.function_block_ is not None:
            blocks.append(self.function_weight * self.function_block_.transform(tokens))
        return sparse.hstack(blocks).tocsr()

    def _tokens(self, texts):
        seg = self.segmenter_
        return seg.segment_many(list(texts)) if hasattr(seg, "segment_many") else [seg(t) for t in texts]

    def predict_proba_like(self, texts: Sequence[str]) -> tuple[list[str], np.ndarray, list[str]]:
        """Units, confidences in [0, 1] and the method used (``rule`` / ``model`` / ``none``)."""
        units, conf, how, _ = self._route(texts)
        return units, conf, how

    def _route(self, texts):
        """Units, confidences, methods and the score matrix over ``classes_`` (rows sum to one,
        the unit's column holds the largest score)."""
        check_is_fitted(self, "classes_")
        texts = [str(t) if t is not None else "" for t in texts]
        units, conf, how = [], np.zeros(len(texts)), []
        scores = None
        if self.model_ is not None:
            tokens = self._tokens(texts)
            X = self._features(self.vectorizer_.transform(tokens), self.char_vectorizer_.transform(texts),
                               tokens)
            dec = self.model_.decision_function(X)
            # Softmax of the SVM margins: a monotone confidence, sharper when margins separate.
            e = np.exp(3.0 * (dec - dec.max(axis=1, keepdims=True)))
            scores = e / e.sum(axis=1, keepdims=True)
        for i, text in enumerate(texts):
            hits = {u: sum(text.count(k) for k in kws) for u, kws in self.rules_.items()}
            hits = {u: h for u, h in hits.items() if h}
            rule_unit, rule_conf = None, 0.0
            if hits:
                ranked = sorted(hits.items(), key=lambda x: (-x[1], list(self.rules_).index(x[0])))
                top = ranked[0][1]
                second = ranked[1][1] if len(ranked) > 1 else 0
                rule_unit, rule_conf = ranked[0][0], top / (top + second + 0.5)
            if scores is not None:
                j = int(np.argmax(scores[i]))
                model_unit, model_conf = self.model_.classes_[j], float(scores[i, j])
                if rule_unit is not None and (rule_conf >= model_conf or rule_unit == model_unit):
                    units.append(rule_unit)
                    conf[i] = max(rule_conf, model_conf if rule_unit == model_unit else 0.0)
                    how.append("rule")
                else:
                    units.append(str(model_unit))
                    conf[i] = model_conf
                    how.append("model")
            elif rule_unit is not None:
                units.append(rule_unit)
                conf[i] = rule_conf
                how.append("rule")
            else:
                units.append(UNSURE)
                how.append("none")
        return units, conf, how, self._score_matrix(units, conf, scores)

    def _score_matrix(self, units, conf, model_scores):
        k = len(self.classes_)
        column = {u: j for j, u in enumerate(self.classes_)}
        base = np.full((len(units), k), 1.0 / k)
        if model_scores is not None:
            base = np.zeros((len(units), k))
            base[:, [column[c] for c in self.model_.classes_]] = model_scores
        out = np.empty_like(base)
        for i, unit in enumerate(units):
            j = column.get(unit)
            if j is None:  # 待人工分办: nothing speaks for any unit
                out[i] = 1.0 / k
                continue
            rest = base[i].copy()
            rest[j] = 0.0
            total = rest.sum()
            row = (1.0 - conf[i]) * (rest / total if total > 0 else np.where(np.arange(k) == j, 0.0, 1.0 / max(k - 1, 1)))
            row[j] = max(conf[i], row.max() + 1e-9)  # the unit routed to scores highest
            out[i] = row / row.sum()
        return out

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Scores per text over ``classes_`` (see the class notes: scores, not calibrated).

        Examples
        --------
        >>> r = UnitRouter({"大气环境处": ["大气", "散煤"], "水生态环境处": ["水质", "黄河"]}).fit()
        >>> p = r.predict_proba(["散煤治理"])
        >>> r.classes_[p.argmax(axis=1)].tolist(), bool(abs(p.sum() - 1) < 1e-9)
        (['大气环境处'], True)
        """
        return self._route(texts)[3]

    def decision_function(self, texts: Sequence[str]) -> np.ndarray:
        """Log-scores over ``classes_`` (for two classes: of ``classes_[1]`` against ``classes_[0]``)."""
        d = np.log(np.clip(self.predict_proba(texts), 1e-12, None))
        return d[:, 1] - d[:, 0] if d.shape[1] == 2 else d

    def predict_with_confidence(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """``(unit per text, confidence per text)``; the router is left unchanged.

        Examples
        --------
        >>> r = UnitRouter({"大气环境处": ["大气", "散煤"], "水生态环境处": ["水质", "黄河"]}).fit()
        >>> units, conf = r.predict_with_confidence(["散煤治理", "黄河水质"])
        >>> units.tolist(), bool((conf > 0.5).all())
        (['大气环境处', '水生态环境处'], True)
        """
        units, conf, _ = self.predict_proba_like(texts)
        return np.asarray(units, dtype=object), conf

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """Responsible unit per text (an array of str; ``待人工分办`` where nothing speaks for a unit).

        The router is not changed: one fitted router can serve several threads. ``confidence_``
        and ``unsure_`` then give the confidences of the calling thread's last ``predict``;
        :meth:`predict_with_confidence` returns them with the units instead.
        """
        units, conf = self.predict_with_confidence(texts)
        last = self.__dict__.get("_last")
        if last is None:
            last = self.__dict__.setdefault("_last", threading.local())
        last.confidence = conf
        return units

    @property
    def confidence_(self) -> np.ndarray:
        """Confidence per text of this thread's last :meth:`predict` (see :meth:`predict_with_confidence`)."""
        last = self.__dict__.get("_last")
        conf = getattr(last, "confidence", None) if last is not None else None
        if conf is None:
            raise AttributeError("confidence_ is set by predict(); call predict() first "
                                 "or use predict_with_confidence()")
        return conf

    @property
    def unsure_(self) -> np.ndarray:
        """Whether each text of this thread's last :meth:`predict` fell below ``min_confidence``."""
        return self.confidence_ < self.min_confidence

    def __getstate__(self) -> dict:
        state = super().__getstate__()
        state.pop("_last", None)  # per-thread views of the last predict: not part of the model
        return state
