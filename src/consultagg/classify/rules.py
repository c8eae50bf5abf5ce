"""The rule-based 意见类型 classifier (编辑性 / 实质性 / 一般性)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from consultagg.text._stateless import TextInputMixin

__all__ = ["COMMENT_TYPES", "CommentTypeClassifier", "comment_type"]

#: The types, in the tracker's words.
COMMENT_TYPES = ("编辑性", "实质性", "一般性")

_EDITORIAL = re.compile(r"错别字|标点|笔误|表述|措辞|文字|格式|序号|编号有误|改为“|删除“|顿号|字样")
_SUBSTANTIVE = re.compile(r"建议(增加|补充|新增|删除|调整|提高|降低|明确|修改|将)|目标|指标|资金|责任|制度|"
                          r"不合理|不符合|应当|应该|必须|缺少|缺乏")
# An editorial opinion is short: a long one about 表述 usually asks for content too.
_EDITORIAL_MAX_CHARS = 120


def comment_type(text: str, proposed_change: str | None = None, *,
                 max_editorial_chars: int = _EDITORIAL_MAX_CHARS) -> str:
    """The type of one opinion: ``编辑性``, ``实质性`` or ``一般性``.

    Parameters
    ----------
    text : str
        The opinion.
    proposed_change : str, optional
        Wording the opinion proposes (修改建议); an opinion proposing wording is 实质性 unless it is
        editorial.
    max_editorial_chars : int, default=120
        An opinion this long or longer is never 编辑性: a long one about 表述 asks for content too.

    Examples
    --------
    >>> comment_type("建议将“十四五”期间目标提高到90%。")
    '实质性'
    >>> comment_type("第三章标点有误。")
    '编辑性'
    >>> comment_type("同意。")
    '一般性'
    """
    text = text or ""
    if (_EDITORIAL.search(text) and len(text) < max_editorial_chars
            and not _SUBSTANTIVE.search(text.replace("修改为", ""))):
        return "编辑性"
    if proposed_change or _SUBSTANTIVE.search(text):
        return "实质性"
    return "一般性"


class CommentTypeClassifier(TextInputMixin, BaseEstimator):
    """The 意见类型 of each opinion by :func:`comment_type`'s rules, as a scikit-learn estimator.

    Nothing is learnt: ``fit`` only marks the estimator fitted, so it can stand in a pipeline
    beside learnt stages and be swapped for a trained classifier with the same ``predict``.

    Parameters
    ----------
    max_editorial_chars : int, default=120
        See :func:`comment_type`.

    Attributes
    ----------
    classes_ : ndarray of str
        :data:`COMMENT_TYPES`.

    Examples
    --------
    >>> clf = CommentTypeClassifier().fit()
    >>> clf.predict(["第3页错别字。"], proposed_changes=[None]).tolist()
    ['编辑性']
    """

    def __init__(self, *, max_editorial_chars: int = _EDITORIAL_MAX_CHARS):
        self.max_editorial_chars = max_editorial_chars

    def fit(self, X=None, y=None) -> CommentTypeClassifier:
        self.classes_ = np.asarray(COMMENT_TYPES)
        return self

    def predict(self, X: Sequence[str], *, proposed_changes: Sequence[str | None] | None = None) -> np.ndarray:
        """The type per text (``proposed_changes``: the proposed wording per text, optional)."""
        check_is_fitted(self, "classes_")
        changes = proposed_changes if proposed_changes is not None else [None] * len(X)
        return np.asarray([comment_type(t, c, max_editorial_chars=self.max_editorial_chars)
                           for t, c in zip(X, changes)], dtype=object)
