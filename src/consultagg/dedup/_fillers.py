"""The filler words left out of shingles (``ShingleSets.build(..., skip_fillers=True)``) as lookup tables.

>>> import numpy as np
>>> chars = np.array([ord(c) for c in "加强的监管"], dtype=np.uint64)
>>> drop_fillers(chars, np.array([0]), filler_codes()).tolist()
[True, True, False, True, True]
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

__all__ = ["FILLER_WORDS", "drop_fillers", "filler_codes"]

#: 虚词 and fillers a copy adds or drops without asking for anything else (的, 也, 相关, 进一步, 呢, 其实):
#: left out of the shingles with ``skip_fillers=True``, so that a short copy padded with them is
#: still a candidate (the request verifier tolerates the same words).
FILLER_WORDS = ("的", "地", "得", "了", "着", "也", "相关", "有关", "切实", "进一步", "当中", "之中", "方面",
                "一些", "那些", "这些", "比较", "认真", "积极",
                # spoken particles and fillers (那个…呢其实就是…一下吧)
                "呢", "吧", "啊", "嘛", "呀", "哈", "啦", "其实", "那个", "这个", "就是", "真的", "一下", "的话", "然后")


@lru_cache(maxsize=1)
def filler_codes() -> tuple[np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """The filler words as lookup tables: single characters (a flag per code point), the first
    characters of longer words (a flag per code point), and the longer words' codes of 2 and 3
    characters (sorted)."""
    single = np.zeros(0x110000, dtype=bool)
    first = np.zeros(0x110000, dtype=bool)
    by_len: dict[int, list[int]] = {2: [], 3: []}
    for w in FILLER_WORDS:
        if len(w) == 1:
            single[ord(w)] = True
            continue
        first[ord(w[0])] = True
        code = 0
        for c in w:
            code = (code << 21) | ord(c)
        by_len[len(w)].append(code)
    return single, first, tuple(np.array(sorted(by_len[n]), dtype=np.uint64) for n in (2, 3))


def drop_fillers(chars: np.ndarray, text_start: np.ndarray, codes) -> np.ndarray:
    """Mask of the key characters to keep: not part of a filler word inside one text."""
    single, first, longer = codes
    m = chars.size
    idx = chars.astype(np.int64)
    keep = ~single[idx]
    starts_here = np.zeros(m + 1, dtype=bool)
    starts_here[text_start] = True
    at = np.flatnonzero(first[idx])  # where a longer filler word may begin
    for n, table in enumerate(longer, start=2):
        cand = at[at <= m - n]
        if table.size == 0 or cand.size == 0:
            continue
        code = chars[cand].copy()
        crosses = np.zeros(cand.size, dtype=bool)
        for j in range(1, n):
            code = (code << np.uint64(21)) | chars[cand + j]
            crosses |= starts_here[cand + j]  # a word may not run into the next text
        # the table is sorted and small: a binary search per candidate (np.isin would sort both)
        at_table = np.minimum(np.searchsorted(table, code), table.size - 1)
        hit = cand[(table[at_table] == code) & ~crosses]
        for j in range(n):
            keep[hit + j] = False
    return keep
