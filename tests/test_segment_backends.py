"""JiebaSegmenter(backend="rjieba"): the same dictionary, the same words on ordinary text, its own
fingerprint, and a clear message when rjieba is missing (issue 22)."""

import sys

import pytest

from consultagg.text.segment import JiebaSegmenter

TEXTS = [
    "推动碳达峰碳中和工作，加快A3区老旧小区改造，保护月牙湖湿地公园。",
    "建议在第三章增加黄河流域生态保护和高质量发展内容，2025年PM2.5浓度下降12.5%。",
    "我们是A市A4区新河路动力南院的居民，小区后面的工地晚上施工噪音扰民，请有关部门管一管。",
    "详见 www.baidu.com 和 hldr-50p 型号说明，河湖长制落实不到位。",
]


def test_the_rust_backend_gives_the_reference_words():
    pytest.importorskip("rjieba")
    ref, fast = JiebaSegmenter(user_words=["月牙湖湿地公园"]), JiebaSegmenter(user_words=["月牙湖湿地公园"], backend="rjieba")
    for text in TEXTS:
        assert fast.tokens(text) == ref.tokens(text), text
        assert fast(text) == ref(text), text
    assert fast.is_word("河湖长制") and not fast.is_word("己停")


def test_the_backend_is_part_of_the_fingerprint_and_of_the_cache_key():
    ref, fast = JiebaSegmenter(), JiebaSegmenter(backend="rjieba")
    assert ref.fingerprint() != fast.fingerprint()
    assert ref.fingerprint() == JiebaSegmenter(backend="jieba").fingerprint()
    assert "backend='rjieba'" in repr(fast) and "backend" not in repr(ref)


def test_an_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="backend must be one of"):
        JiebaSegmenter(backend="pkuseg")("建议增加绿地。")


def test_a_missing_rjieba_names_the_install(monkeypatch):
    import consultagg.text.segment as segment

    monkeypatch.setitem(sys.modules, "rjieba", None)  # import rjieba raises ImportError
    segment._shared_tokenizer.cache_clear()
    try:
        with pytest.raises(ImportError, match=r'pip install "consultagg\[fast\]"'):
            JiebaSegmenter(backend="rjieba", user_words=["唯一的词"])("建议增加绿地。")
    finally:
        segment._shared_tokenizer.cache_clear()


def test_the_pipeline_runs_with_the_rust_backend():
    pytest.importorskip("rjieba")
    import consultagg as ca

    texts = ["建议增加城市绿地。", "建议增加城市绿地！", "建议加强黄河流域生态保护。", "建议补充农村污水治理内容。"]
    ref = ca.analyse(texts, random_state=0)
    fast = ca.ConsultationPipeline(segmenter=JiebaSegmenter(backend="rjieba"), random_state=0).run(texts)
    assert [op.group_id for op in fast.opinions] == [op.group_id for op in ref.opinions]
    assert [op.topic_id for op in fast.opinions] == [op.topic_id for op in ref.opinions]
