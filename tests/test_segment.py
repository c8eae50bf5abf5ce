"""JiebaSegmenter: domain words, stopwords, place codes, pickling, caching, no global state."""

import pickle

import jieba
import pytest

from consultagg.segment import JiebaSegmenter

GOLDEN = [
    ("推动碳达峰碳中和", ["碳达峰", "碳中和"]),
    ("落实河湖长制，严格排污许可", ["河湖长制", "严格", "排污许可"]),
    ("加快老旧小区改造", ["加快", "老旧小区改造"]),
    ("A3区的停车问题", ["A3区", "停车"]),
    ("黄河流域生态保护和高质量发展先行区", ["黄河流域生态保护和高质量发展", "先行区"]),
    ("建议进一步加强PM2.5和臭氧协同控制", ["PM2.5", "臭氧", "协同", "控制"]),
]


@pytest.mark.parametrize("text,expected", GOLDEN)
def test_golden_segmentation(text, expected):
    assert JiebaSegmenter()(text) == expected


def test_stopwords_and_tokens():
    seg = JiebaSegmenter()
    assert "建议" not in seg("建议加强监测")
    assert "建议" in seg.tokens("建议加强监测")
    assert JiebaSegmenter(stopwords=())("建议加强监测")[0] == "建议"


def test_user_words_do_not_leak_into_global_jieba():
    seg = JiebaSegmenter(user_words=["月牙湖湿地公园"])
    assert "月牙湖湿地公园" in seg("保护月牙湖湿地公园")
    assert "月牙湖湿地公园" not in jieba.lcut("保护月牙湖湿地公园")
    assert "月牙湖湿地公园" not in JiebaSegmenter()("保护月牙湖湿地公园")


def test_pickle_round_trip():
    seg = JiebaSegmenter(user_words=["月牙湖湿地公园"])
    seg("预热")
    copy = pickle.loads(pickle.dumps(seg))
    assert copy("保护月牙湖湿地公园") == seg("保护月牙湖湿地公园")


def test_segment_many_cache_and_parallel():
    seg = JiebaSegmenter()
    texts = ["加强大气污染防治", "保护黄河水质", "加强大气污染防治"] * 800
    cache = {}
    first = seg.segment_many(texts, cache=cache)
    assert len(cache) == 2
    assert first[0] == first[2] == seg(texts[0])
    assert seg.segment_many(texts, n_jobs=2) == first
