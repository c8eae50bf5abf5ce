"""Government functional domains (职能领域) and the per-opinion feature block built on them.

The table shipped in ``consultagg/data/functions.csv`` lists 35 domains of city and provincial
government (教育, 卫生健康, 交通运输 …), each with the words by which an opinion shows it concerns
that remit. It was written from the departments' statutory functions (三定) and everyday citizen
vocabulary, not from any evaluation data. Topic clustering and routing append a small block of
domain counts to their word features, which ties together opinions that use different words of one
remit (学校, 老师, 招生 → 教育).

Examples
--------
>>> from consultagg.text.domains import load_functions
>>> "医院" in load_functions()["卫生健康"]
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

import numpy as np
from scipy import sparse
from sklearn.preprocessing import normalize

from consultagg.data import read_lines

__all__ = ["FunctionBlock", "leading_domains", "load_functions", "load_subjects"]


@cache
def _shipped_functions() -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = [ln.split(",", 1) for ln in read_lines("functions.csv")]
    return tuple((name.strip(), tuple(w.strip() for w in words.split("、") if w.strip()))
                 for name, words in rows[1:])


def load_functions() -> dict[str, list[str]]:
    """The government functional domains shipped with the package: ``{domain: [words]}``.

    Written from general knowledge of the departments' statutory functions (三定) and everyday
    citizen vocabulary; see ``consultagg/data/functions.csv``.

    Examples
    --------
    >>> "学校" in load_functions()["教育"]
    True
    """
    return {name: list(words) for name, words in _shipped_functions()}


@cache
def _shipped_subjects() -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = [ln.split(",", 2) for ln in read_lines("subjects.csv")]
    return tuple((f"{sector.strip()}/{subject.strip()}",
                  tuple(w.strip() for w in words.split("、") if w.strip()))
                 for sector, subject, words in rows[1:])


def load_subjects() -> dict[str, list[str]]:
    """The subject areas of sectoral plans shipped with the package: ``{"sector/subject": [words]}``.

    One level below :func:`load_functions`: the areas into which a plan of one sector, and the
    comments on it, divide (生态环境/大气环境, 生态环境/水生态环境 …). Written from general knowledge
    of the structure of Chinese sectoral plans (十四五 专项规划), not from any evaluation data; see
    ``consultagg/data/subjects.csv``.

    Examples
    --------
    >>> "臭氧" in load_subjects()["生态环境/大气环境"]
    True
    """
    return {name: list(words) for name, words in _shipped_subjects()}


class FunctionBlock:
    """Per opinion, how often its words name each functional domain (sublinear, unit length).

    Words such as 学校, 老师 and 招生 share the domain 教育: the block ties together opinions that
    use different words of one department's remit.
    """

    def __init__(self, functions: Mapping[str, Sequence[str]]):
        self.index: dict[str, list[int]] = {}
        for j, words in enumerate(functions.values()):
            for word in dict.fromkeys(words):
                self.index.setdefault(word, []).append(j)
        self.n_domains = len(functions)

    def transform(self, docs) -> sparse.csr_matrix:
        index = self.index
        indptr, cols, vals = [0], [], []
        for doc in docs:
            counts: dict[int, int] = {}
            for t in doc:
                for j in index.get(t, ()):
                    counts[j] = counts.get(j, 0) + 1
            for j in sorted(counts):
                cols.append(j)
                vals.append(1.0 + np.log(counts[j]))
            indptr.append(len(cols))
        M = sparse.csr_matrix((np.asarray(vals, dtype=np.float64), np.asarray(cols, dtype=np.int64),
                               np.asarray(indptr, dtype=np.int64)), shape=(len(indptr) - 1, self.n_domains))
        return normalize(M)


def leading_domains(M, share: float = 1.0) -> sparse.csr_matrix:
    """Per row of a domain block, the domains with at least ``share`` of the row's largest value.

    Returns a 0/1 matrix of the same shape; an all-zero row (no domain word) stays empty.

    Examples
    --------
    >>> block = FunctionBlock({"教育": ["学校", "老师"], "交通运输": ["公交"]})
    >>> lead = leading_domains(block.transform([["学校", "老师", "公交"], ["天气"]]))
    >>> lead.toarray().tolist()
    [[1.0, 0.0], [0.0, 0.0]]
    """
    M = sparse.csr_matrix(M)
    rows = np.repeat(np.arange(M.shape[0]), np.diff(M.indptr))
    top = np.zeros(M.shape[0])
    np.maximum.at(top, rows, M.data)
    keep = (M.data > 0) & (M.data >= share * top[rows] * (1 - 1e-9))
    return sparse.csr_matrix((np.ones(int(keep.sum())), (rows[keep], M.indices[keep])), shape=M.shape)
