"""What makes a text-kit estimator a stateless scikit-learn transformer."""

from __future__ import annotations

__all__ = ["StatelessTextMixin", "TextInputMixin"]


class TextInputMixin:
    """Tags of an estimator that takes texts: scikit-learn's checks treat it as they treat
    ``TfidfVectorizer`` (text input, not a 2-D array). Put it before ``BaseEstimator`` in the bases."""

    def _more_tags(self) -> dict:  # scikit-learn < 1.6
        return {"X_types": ["string"]}

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags


class StatelessTextMixin:
    """Tags and fitted-ness of an estimator that learns nothing and takes texts.

    ``check_is_fitted`` passes without ``fit``; scikit-learn's checks treat it as they treat a
    text vectoriser (text input, not a 2-D array). Put it before ``BaseEstimator`` in the bases.
    """

    def __sklearn_is_fitted__(self) -> bool:
        return True

    def _more_tags(self) -> dict:  # scikit-learn < 1.6
        return {"requires_fit": False, "stateless": True, "X_types": ["string"]}

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.requires_fit = False
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags
