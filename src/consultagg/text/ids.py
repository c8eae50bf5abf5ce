"""Stable identifiers built from content, so re-runs and re-orderings give the same ids.

Examples
--------
>>> from consultagg.text.ids import comment_id
>>> comment_id("建议增加黄河流域内容。", "自治区发改委") == comment_id("建议增加黄河流域内容。", "自治区发改委")
True
>>> comment_id("建议增加黄河流域内容。", "自治区发改委", occurrence=1).endswith("-2")
True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence

__all__ = ["ID_PATTERN", "assign_ids", "comment_id", "content_key", "free_id", "id_from_keys"]

#: The ids :func:`id_from_keys` makes: C and ten hexadecimal digits, ``-2`` … for a repeat.
ID_PATTERN = re.compile(r"C[0-9A-F]{10}(?:-\d+)?")


def content_key(text: str) -> str:
    """Text reduced to what identifies it: NFKC, no whitespace.

    Computed as NFC of the NFKD form, which is NFKC by definition (compatibility decomposition,
    then canonical composition) but much faster in CPython for text holding full-width
    punctuation; ``str.split`` removes the same whitespace as ``\\s`` does.

    Examples
    --------
    >>> content_key(" 建议，增加\\u3000ｅ\\u0301 内容。")
    '建议,增加é内容。'
    """
    return "".join(unicodedata.normalize("NFC", unicodedata.normalize("NFKD", text or "")).split())


def id_from_keys(department_key: str, text_key: str, occurrence: int = 0) -> str:
    """:func:`comment_id` from the :func:`content_key` of unit and text, computed once by the caller."""
    h = hashlib.sha1(f"{department_key}\x1f{text_key}".encode("utf-8"))
    base = "C" + h.hexdigest()[:10].upper()
    return base if occurrence == 0 else f"{base}-{occurrence + 1}"


def comment_id(text: str, department: str | None = None, occurrence: int = 0) -> str:
    """A short stable id for an opinion: hash of unit and content, plus a suffix for repeats.

    Parameters
    ----------
    text : str
        The opinion text (whitespace and width differences do not change the id).
    department : str or None
        The unit as written.
    occurrence : int
        0 for the first opinion with this unit and text, 1 for the second …
    """
    return id_from_keys(content_key(department or ""), content_key(text), occurrence)


def free_id(department_key: str, text_key: str, taken, occurrence: int = 0) -> tuple[str, int]:
    """The first :func:`id_from_keys` of unit and text from ``occurrence`` on that is not in ``taken``, and its
    occurrence.

    >>> first = id_from_keys("水利厅", "建议一")
    >>> free_id("水利厅", "建议一", {first}) == (id_from_keys("水利厅", "建议一", 1), 1)
    True
    """
    while (new := id_from_keys(department_key, text_key, occurrence)) in taken:
        occurrence += 1
    return new, occurrence


def assign_ids(rows: Sequence[tuple[str, str, str | None]], key: Callable[[str], str] = content_key) -> tuple[list[str], list[str]]:
    """One id per row of ``(unit, text, given id or None)``, each different.

    A given id is kept when no other row gives it; a number given more than once (a 序号 restarting in every
    sheet and file) names no opinion, and those rows, like rows without one, take :func:`id_from_keys` of
    unit and text, repeats counted in the order of the rows: an opinion's id depends neither on the order
    of the files nor on the others.

    Returns
    -------
    ids : list of str
    repeated : list of str
        The given ids set aside as given more than once, once per row.

    Examples
    --------
    >>> ids, repeated = assign_ids([("甲", "建议一", "GZ1"), ("乙", "建议二", "1"), ("丙", "建议三", "1")])
    >>> ids[0], ids[1][0], ids[1] != ids[2], repeated
    ('GZ1', 'C', True, ['1', '1'])
    """
    twice = {g for g, k in Counter(g for _, _, g in rows if g).items() if k > 1}
    used: set[str] = set()
    occurrences: Counter = Counter()
    ids, repeated = [], []
    for unit, text, given in rows:
        if given and given not in twice:
            new = given
        else:
            repeated += [given] if given else []
            k = (key(unit), key(text))
            new, n = free_id(*k, used, occurrences[k])  # (past a column id that happens to equal a content id)
            occurrences[k] = n + 1
        used.add(new)
        ids.append(new)
    return ids, repeated
