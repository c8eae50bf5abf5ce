"""The space topics are found in: TF-IDF blocks of words and characters, domain blocks, LSA.

An opinion's words (place codes such as A市 or A3区 left out: they say where, not what) and the
character pairs inside those words are TF-IDF blocks of equal weight (``char_weight``); with seeds,
and in a small consultation, single characters join them. A small consultation also gets a block of
the subject areas of sectoral plans, and every input a block of the government functions its words
name (``function_weight``). LSA reduces the result (from 100 opinions on), and the clusterer sees the
leading LSA dimensions, which carry the broad themes.

The functions take the :class:`~consultagg.topics.clusterer.TopicClusterer` being fitted: they read
its parameters and set its fitted vectorisers, blocks and SVD.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from consultagg.text.domains import FunctionBlock, load_functions, load_subjects

__all__ = ["SMALL", "cluster_space", "place_codes", "reduce", "transform", "vectorise", "with_functions"]

_PLACE = re.compile(r"^(?:[A-Z]\d{0,3}[省市区县镇乡村]|.{1,3}省)$")
_SVD_SAMPLE = 20_000
# Up to this many opinions a consultation is small: single characters and the subject table join
# the features (short opinions of one theme often share no word: 水质 / 水源地 / 黑臭水体), LSA is
# exact, and the groups are those many k-means runs agree on (consultagg.topics._consensus), not the ones
# one run's start, a tie-break or BLAS noise decided.
SMALL = 300


def _identity(tokens):
    return tokens


@lru_cache(maxsize=1 << 17)
def _word_bigrams(word: str) -> tuple[str, ...]:
    return tuple(word[i:i + 2] for i in range(len(word) - 1))


def _char_bigrams(tokens):
    # Per distinct word once (a bounded cache): words repeat, and this ran on every occurrence.
    out: list[str] = []
    for w in tokens:
        out += _word_bigrams(w)
    return out or list(tokens)


def _chars(tokens):
    return list("".join(tokens))


def place_codes(toks) -> frozenset[str]:
    """The words of ``toks`` that are place codes (A市, A3区, 某某省): left out of the features."""
    vocabulary: set[str] = set()
    for doc in toks:
        vocabulary.update(doc)
    # Each distinct word once, not every occurrence (the time this saves: docs/measurements.md).
    return frozenset(t for t in vocabulary if _PLACE.match(t))


def _without_places(tc, toks):
    places = getattr(tc, "_places", None)
    if places is None:  # after fit: the places it learnt
        places = getattr(tc, "places_", frozenset())
    return [[t for t in doc if t not in places] for doc in toks] if places else toks


def vectorise(tc, toks, texts, n):
    """The unit-length feature matrix of the opinions; fits ``tc``'s vectorisers and blocks."""
    docs = _without_places(tc, toks)
    df_kw = dict(sublinear_tf=True, min_df=2 if n >= 50 else 1, max_df=0.5 if n >= 20 else 1.0)
    # Character pairs of the content words complement the words: they link 散煤/燃煤 and
    # survive segmentation differences in short opinions. With seeds, single characters too:
    # a seed's few keywords then also reach their near relatives (环保 → 环境, 保护区); and in
    # a small consultation, where opinions of one theme often share no word at all (水质 /
    # 水源地 / 黑臭水体); their effect is measured in docs/measurements.md.
    analyzers = [(_identity, 1.0), (_char_bigrams, tc.char_weight)]
    if tc.seed_topics or n <= SMALL:
        analyzers.append((_chars, tc.char_weight))
    tc.vectorizers_ = []
    blocks = []
    for analyzer, weight in analyzers:
        vec = TfidfVectorizer(analyzer=analyzer, **df_kw)
        try:
            blocks.append(weight * vec.fit_transform(docs))
        except ValueError:  # every text empty after segmentation
            continue
        tc.vectorizers_.append((vec, weight))
    tc._raw_chars = not blocks
    if tc._raw_chars:
        vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 2))
        tc.vectorizers_ = [(vec, 1.0)]
        X = normalize(vec.fit_transform([t or " " for t in texts]))
    else:
        X = normalize(sparse.hstack(blocks).tocsr())
    # A small consultation is usually on one plan of one sector, whose opinions fall into
    # the plan's subject areas (大气 / 水 / 固体废物 …) and often share no word: the shipped
    # subject table (臭氧, 细颗粒物, 扬尘 → 大气环境) ties them together. Large inputs have words
    # enough in common and keep the features they were measured with.
    subjects = load_subjects() if tc.subjects is None else tc.subjects
    tc.subject_block_ = (FunctionBlock(subjects) if tc.subject_weight > 0 and subjects
                         and n <= SMALL else None)
    functions = load_functions() if tc.functions is None else tc.functions
    tc.function_block_ = (FunctionBlock(functions) if tc.function_weight > 0 and functions
                          else None)
    # Kept for the fit only: the novelty check asks which remit each opinion is mainly about.
    tc._doc_domains = None if tc.function_block_ is None else tc.function_block_.transform(docs)
    return with_functions(tc, X, docs, tc._doc_domains)


def with_functions(tc, X, docs, F=None):
    """Append the functional-domain block, weighted against the (unit-length) word features."""
    if tc.subject_block_ is not None:
        X = normalize(sparse.hstack([X, tc.subject_weight * tc.subject_block_.transform(docs)]).tocsr())
    if tc.function_block_ is None:
        return X
    if F is None:
        F = tc.function_block_.transform(docs)
    return normalize(sparse.hstack([X, tc.function_weight * F]).tocsr())


def transform(tc, token_lists, texts=None):
    """Features of further word lists (a seed's name and keywords, new opinions) with the fitted
    vectorisers; ``texts`` are the raw texts the lists were cut from, which a fit on characters
    (nothing segmented) reads as it read its own."""
    words = _without_places(tc, token_lists)
    if tc._raw_chars:
        docs = [t or " " for t in texts] if texts is not None else ["".join(d) or " " for d in words]
    else:
        docs = words
    X = normalize(sparse.hstack([w * vec.transform(docs) for vec, w in tc.vectorizers_]).tocsr())
    return with_functions(tc, X, words)


def reduce(tc, X):
    """LSA of the features (sets ``tc.svd_``; ``None`` and the dense features below 100 opinions)."""
    n, d = X.shape
    k = min(tc.n_components, d - 1, n // 2)
    # LSA pays off only with enough documents to estimate the latent space.
    if tc.n_components and k >= 2 and n >= 100:
        # Ten power iterations: with the default five the leading dimensions (which the
        # clusterer sees) still depend visibly on the random start.
        tc.svd_ = TruncatedSVD(n_components=k, n_iter=10, random_state=tc.random_state)
        if n <= SMALL:
            # Exact (ARPACK to machine precision): the latent space of a small consultation
            # then does not depend on the random start, only on the data.
            tc.svd_.set_params(algorithm="arpack")
        if n <= _SVD_SAMPLE:
            return tc.svd_.fit_transform(X)
        # The latent themes are estimated as well from a large sample; projecting the rest is
        # one sparse product, so the cost stops growing with the consultation's size.
        rng = np.random.default_rng(tc.random_state)
        tc.svd_.fit(X[np.sort(rng.choice(n, _SVD_SAMPLE, replace=False))])
        return tc.svd_.transform(X)
    tc.svd_ = None
    return X.toarray() if sparse.issparse(X) else np.asarray(X)


def cluster_space(tc, Z, k):
    """The leading LSA dimensions, re-normalised: broad themes without the long tail's noise."""
    if tc.svd_ is None:
        tc.cluster_dims_ = Z.shape[1]
        return normalize(Z)
    dims = max(20, 3 * k) if tc.cluster_dims == "auto" else int(tc.cluster_dims)
    tc.cluster_dims_ = int(min(max(dims, 2), Z.shape[1]))
    return normalize(Z[:, :tc.cluster_dims_])
