"""Work of the verification steps spread over processes when there is enough of it.

The steps after the shingles (a text's meaning-carrying key, a group's members judged against its
representative) are pure Python, one text or one group at a time: on ``n_jobs`` processes, forked
once the dictionaries they read are loaded, they run side by side. Small inputs stay in the calling
process, where starting workers would cost more than it saves. Results come back in input order, so
the outcome is the same whatever ``n_jobs``.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Sequence, TypeVar

from consultagg.dedup._words import load_dictionaries

__all__ = ["map_in_chunks"]

T = TypeVar("T")
R = TypeVar("R")


def _apply(args):
    func, chunk = args
    return [func(x) for x in chunk]


def map_in_chunks(func: Callable[[T], R], items: Sequence[T], n_jobs: int, at_least: int) -> list[R]:
    """``[func(x) for x in items]``, on ``n_jobs`` processes when there are ``at_least`` items.

    ``func`` must be a module-level function (it is pickled by name).
    """
    if n_jobs <= 1 or len(items) < at_least:
        return [func(x) for x in items]
    load_dictionaries()  # before the fork: the workers share them
    n_chunks = n_jobs * 4  # a few chunks each, so that a slow chunk does not hold the others up
    size = -(-len(items) // n_chunks)
    chunks = [(func, items[k:k + size]) for k in range(0, len(items), size)]
    with ProcessPoolExecutor(max_workers=n_jobs) as pool:
        return [r for part in pool.map(_apply, chunks) for r in part]
