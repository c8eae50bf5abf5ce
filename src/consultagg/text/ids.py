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

__all__ = ["ID_PATTERN", "comment_id", "content_key", "id_from_keys"]

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
