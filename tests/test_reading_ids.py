"""Content keys and reading ids: the fast ways of computing them give what the plain ways gave.

Ids are stored in trackers people edit and read back, so :func:`content_key` must keep every
result it ever had; reading computes each key once per text and tests 无意见 only on short texts.
"""

from __future__ import annotations

import random
import re
import unicodedata
from re import _parser as sre_parse

from consultagg.io import tables
from consultagg.io.tables import read_comment_rows
from consultagg.text.ids import comment_id, content_key, id_from_keys

_SPACE = re.compile(r"\s+")
TRICKY = ("\u0301\u0323\u0b47\u0b3e\u0b56\u1100\u1161\u11a8\uac00\u1e9b\u0f73\u0f81\ufb1d\u3000\xa0\x1c\x85"
          "\u2028，。（）ｅＡ①㎡…\U0001d400\U0002f800ﾊﾟ가각")


def reference_key(text: str) -> str:
    """content_key as first written."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text or ""))


def test_content_key_is_nfkc_without_whitespace_for_every_character():
    points = [*range(0, 0x20000), *range(0x2F800, 0x2FA20), *range(0x20000, 0x110000, 61)]
    for cp in points:
        text = "x" + chr(cp) + "\u0301y"
        assert content_key(text) == reference_key(text), hex(cp)
    assert content_key(None) == reference_key(None) == ""


def test_content_key_of_mixed_texts():
    rng = random.Random(0)
    alphabet = TRICKY + "abc 12\t\n规划黄河流域"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert content_key(text) == reference_key(text), ascii(text)


def test_reading_gives_the_ids_of_unit_and_text_keys():
    texts = ["建议增加黄河流域内容。", "建议增加 黄河流域内容。", "建议增加黄河流域内容。", "建议增加ｅ\u0301内容"]
    rows = read_comment_rows([{"提出单位": u, "意见内容": t} for u in ("水利厅", "水利 厅") for t in texts])
    seen: dict[tuple[str, str], int] = {}
    expected = []
    for u in ("水利厅", "水利 厅"):
        for t in texts:
            key = (reference_key(u), reference_key(t))
            expected.append(id_from_keys(*key, seen.get(key, 0)))
            seen[key] = seen.get(key, 0) + 1
    assert [c.id for c in rows] == expected
    assert rows[0].id == comment_id("建议增加黄河流域内容。", "水利厅")
    assert rows[6].id.endswith("-6")  # the same unit and text, however spaced, a sixth time


def test_no_opinion_bound_exceeds_every_match():
    assert sre_parse.parse(tables._NO_OPINION.pattern).getwidth()[1] <= tables._NO_OPINION_MAX


def test_no_opinion_found_however_padded_and_long_texts_kept():
    pad = "。 ，" * 40
    rows = read_comment_rows([{"提出单位": "水利厅", "意见内容": pad + "我厅无修改意见" + pad},
                              {"提出单位": "科技厅", "意见内容": "无意见" + "，" * 200},
                              {"提出单位": "农业农村厅", "意见内容": "无意见。" + "建议补充高标准农田建设内容" * 5}])
    assert rows.no_opinion_units == ["水利厅", "科技厅"]
    assert [c.department for c in rows] == ["农业农村厅"]
