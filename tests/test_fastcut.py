"""FastCut gives exactly jieba's accurate-mode (HMM) words, on real text and on random strings."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultagg.text._fastcut import FastCut
from consultagg.text.segment import _build_tokenizer, load_domain_words


@pytest.fixture(scope="module")
def pair():
    cutter = _build_tokenizer(load_domain_words())  # the tokenizer the segmenter uses
    return cutter.tokenizer, cutter


def test_demo_letters_identical(pair, demo_dir):
    tok, cut = pair
    texts = [p.read_text(encoding="utf-8") for p in sorted((demo_dir / "letters").glob("*.txt"))]
    texts.append((demo_dir / "draft_plan.txt").read_text(encoding="utf-8"))
    assert texts
    for text in texts:
        for line in text.splitlines():
            assert cut(line) == tok.lcut(line, HMM=True), line


def test_real_messages_identical(pair, shared_data):
    import csv

    tok, cut = pair
    path = shared_data / "tipdm2020c" / "messages_labelled_dev.csv"
    if not path.exists():
        pytest.skip("dev messages absent")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))[:400]
    n_words = 0
    for row in rows:
        text = (row.get("留言主题") or "") + "。" + (row.get("留言详情") or "")
        expected = tok.lcut(text, HMM=True)
        assert cut(text) == expected
        n_words += len(expected)
    assert n_words > 10_000  # the comparison covered real volume, not a handful of words


def test_mixed_scripts_and_unknown_words(pair):
    tok, cut = pair
    for text in ["PM2.5浓度下降12.5%，A3区、B12县的臭氧O3超标", "  \t\n", "", "ａｂｃ１２３",
                 "郭同义马永梅委员说：“要把老旧小区改造好。”", "C++和C#，e-mail地址a.b@c.cn",
                 "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥", "的的的的的的的的", "😀表情符号🌏与繁體字"]:
        assert cut(text) == tok.lcut(text, HMM=True), text


def test_user_words_count(demo_dir):
    import jieba

    tok = jieba.Tokenizer()
    tok.add_word("月牙湖湿地公园")
    tok.add_word("沙坡头", freq=5)  # a low frequency changes routes around it
    cut = FastCut(tok)
    for text in ["保护月牙湖湿地公园和沙坡头景区", "沙坡头的月牙湖湿地公园", "月牙湖湿地"]:
        assert cut(text) == tok.lcut(text, HMM=True)
    assert "月牙湖湿地公园" in cut("保护月牙湖湿地公园")


_ALPHABET = "的一是在不了有和人这中大为上个国我以要生到作地于出就分对成会可发年动同工也能下过子说产种面" \
            "黄河流域生态保护高质量发展碳达峰中和老旧小区改造排污许可河湖长制郭同义马永梅" \
            "ABCxyz0123456789.%-+#&_ ，。、；：？！“”（）\n\t"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_random_strings_identical(pair, text):
    tok, cut = pair
    assert cut(text) == tok.lcut(text, HMM=True)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FD5), min_size=1, max_size=30))
def test_random_cjk_identical(pair, text):
    # Rare characters exercise the HMM path (runs of characters the dictionary does not join).
    tok, cut = pair
    assert cut(text) == tok.lcut(text, HMM=True)
