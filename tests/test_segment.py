"""JiebaSegmenter: domain words, the number/date/place policy, stopwords, no global state, pickling,
caching (dict and file) and parallel segmentation."""

import pickle
import re

import jieba
import pytest
from joblib import parallel_config

import consultagg.text.segment as segment
from consultagg.text.segment import JiebaSegmenter, load_domain_words, load_stopwords


@pytest.fixture(scope="module")
def seg():
    return JiebaSegmenter()


@pytest.fixture(scope="module")
def seg_all():
    """Keeps stopwords, so the tables below see every token."""
    return JiebaSegmenter(stopwords=())


@pytest.fixture(scope="module")
def seg_num():
    return JiebaSegmenter(stopwords=(), keep_numbers=True)


# Domain terms that stock jieba splits must come out whole, without swallowing their neighbours.
DOMAIN = [
    ("推动碳达峰碳中和", ["推动", "碳达峰", "碳中和"]),
    ("落实河湖长制，严格排污许可", ["落实", "河湖长制", "严格", "排污许可"]),
    ("加快老旧小区改造", ["加快", "老旧小区改造"]),
    ("黄河流域生态保护和高质量发展先行区", ["黄河流域生态保护和高质量发展", "先行区"]),
    ("建议进一步加强PM2.5和臭氧协同控制", ["建议", "进一步", "加强", "PM2.5", "和", "臭氧", "协同", "控制"]),
    ("十四五时期推进三线一单落地", ["十四五", "时期", "推进", "三线一单", "落地"]),
    ("实施能耗双控和清洁取暖", ["实施", "能耗双控", "和", "清洁取暖"]),
    ("整治入河排污口和黑臭水体", ["整治", "入河排污口", "和", "黑臭水体"]),
    ("建设无废城市和海绵城市", ["建设", "无废城市", "和", "海绵城市"]),
    ("统筹山水林田湖草沙系统治理", ["统筹", "山水林田湖草沙", "系统", "治理"]),
    ("开展中央生态环境保护督察", ["开展", "中央生态环境保护督察"]),
    ("构建新发展格局", ["构建", "新发展格局"]),
    ("减少散煤燃烧", ["减少", "散煤", "燃烧"]),
    ("整治城市黑臭水体", ["整治", "城市", "黑臭水体"]),  # a compound must not hide its term
    ("推行生活垃圾分类", ["推行", "生活", "垃圾分类"]),
    ("推进农业面源污染治理", ["推进", "农业面源污染", "治理"]),
    ("落实生态保护红线", ["落实", "生态保护红线"]),
    ("发展保障性租赁住房", ["发展", "保障性租赁住房"]),
    ("物业服务不到位", ["物业服务", "不", "到位"]),
    ("自治区生态环境厅反馈意见", ["自治区", "生态环境厅", "反馈意见"]),
]

# Masked place codes, dates, numbers and section references (see the module docstring).
POLICY = [
    # (text, tokens with keep_numbers=False, tokens with keep_numbers=True)
    ("A市A3区停车难", ["A市", "A3区", "停车难"], ["A市", "A3区", "停车难"]),
    ("B12县的5G基站", ["B12县", "的", "5G", "基站"], ["B12县", "的", "5G", "基站"]),
    ("K市经开区", ["K市", "经开区"], ["K市", "经开区"]),
    ("西地省物业条例", ["西地省", "物业", "条例"], ["西地省", "物业", "条例"]),
    ("我是沙湖市居民", ["我", "是", "沙湖市", "居民"], ["我", "是", "沙湖市", "居民"]),
    ("灵泉县平川县", ["灵泉县", "平川县"], ["灵泉县", "平川县"]),
    ("A市场监管", ["A", "市场监管"], ["A", "市场监管"]),  # not a place: 市场
    ("2020年3月5日开会", ["开会"], ["2020年3月5日", "开会"]),
    ("2012/4/16 15:28:02留言", ["留言"], ["2012/4/16", "15:28:02", "留言"]),
    ("到二〇三五年基本实现", ["到", "基本", "实现"], ["到", "二〇三五年", "基本", "实现"]),
    ("排放下降12.5%", ["排放", "下降"], ["排放", "下降", "12.5%"]),
    ("第三节规划目标", ["规划", "目标"], ["第三节", "规划", "目标"]),
    ("第12条第2款", [], ["第12条", "第2款"]),
    ("ＰＭ２．５超标", ["PM2.5", "超标"], ["PM2.5", "超标"]),
    ("GDP市场份额", ["GDP", "市场份额"], ["GDP", "市场份额"]),
]


@pytest.mark.parametrize("text,expected", DOMAIN)
def test_domain_words(seg_all, text, expected):
    assert seg_all.tokens(text) == expected


@pytest.mark.parametrize("text,dropped,kept", POLICY)
def test_number_date_place_policy(seg_all, seg_num, text, dropped, kept):
    assert seg_all.tokens(text) == dropped
    assert seg_num.tokens(text) == kept


@pytest.mark.parametrize("special", ["A3区", "B12县", "2021年6月30日", "第十二章", "15.5%"])
@pytest.mark.parametrize("left,right", [("", ""), ("推进", "建设"), ("在", "的"), ("，", "。"), ("意见", "")])
def test_special_tokens_do_not_depend_on_context(seg_num, special, left, right):
    toks = seg_num.tokens(left + special + right)
    assert toks.count(special) == 1


def test_domain_dictionary_file(seg_all):
    words = load_domain_words()
    assert 400 <= len(words) <= 600
    assert len(set(words)) == len(words)
    for w in words:  # terms, not sentences or notes
        assert len(w) <= 20 and not re.search(r"[，。；：、\s（）()]", w), w
    assert [w for w in words if seg_all.tokens(w) != [w]] == []


def test_stopword_file_has_boilerplate():
    stop = load_stopwords()
    for w in ("建议", "意见", "规划", "修改", "补充", "内容", "所列", "比如"):
        assert w in stop
    for w in ("碳达峰", "散煤", "臭氧", "停车", "物业"):  # content must never be a stopword
        assert w not in stop


def test_stopwords_and_tokens(seg, seg_all):
    assert "建议" not in seg("建议加强监测")
    assert "建议" in seg.tokens("建议加强监测")
    assert seg_all("建议加强监测")[0] == "建议"
    assert seg("") == [] and seg.tokens("") == []


def test_user_words_do_not_leak_into_global_jieba(seg):
    jieba.lcut("初始化")  # the global dictionary loads lazily
    before = len(jieba.dt.FREQ)
    own = JiebaSegmenter(user_words=["月牙湖湿地公园"])
    assert "月牙湖湿地公园" in own("保护月牙湖湿地公园")
    assert "月牙湖湿地公园" not in jieba.lcut("保护月牙湖湿地公园")
    assert "河湖长制" not in jieba.lcut("落实河湖长制")  # the domain words stay private too
    assert "月牙湖湿地公园" not in seg("保护月牙湖湿地公园")
    assert len(jieba.dt.FREQ) == before


def test_params_and_pickle_round_trip():
    seg = JiebaSegmenter(user_words=["月牙湖湿地公园"])
    seg("预热")
    blob = pickle.dumps(seg)
    assert len(blob) < 10_000  # the tokenizer (megabytes) is not pickled
    copy = pickle.loads(blob)
    assert copy("保护月牙湖湿地公园") == seg("保护月牙湖湿地公园")
    assert copy.get_params() == seg.get_params()
    fp = seg.fingerprint()
    seg.set_params(user_words=[])
    assert seg.fingerprint() != fp and "月牙湖湿地公园" not in seg("保护月牙湖湿地公园")
    with pytest.raises(ValueError):
        seg.set_params(n_jobs=2)


def test_segment_many_dict_cache(seg):
    texts = ["加强大气污染防治", "保护黄河水质", "加强大气污染防治"] * 800
    cache = {}
    first = seg.segment_many(texts, cache=cache)
    assert len(cache) == 2
    assert first[0] == first[2] == seg(texts[0]) and first[1] == seg(texts[1])
    first[0].append("changed")  # callers get their own lists
    assert seg.segment_many(texts[:1], cache=cache) == [seg(texts[0])]
    # keys carry the settings, so one dict can serve differently configured segmenters
    other = JiebaSegmenter(stopwords=())
    other._tokenizer = seg._get_tokenizer()  # same dictionary; saves building a second one
    assert other.segment_many(texts[:1], cache=cache) == [other(texts[0])] != [seg(texts[0])]
    assert len(cache) == 3


def test_segment_many_file_cache(seg, tmp_path, monkeypatch):
    path = tmp_path / "tokens.cache"
    texts = ["推进老旧小区改造", "整治入河排污口", ""]
    want = [seg(t) for t in texts]
    assert seg.segment_many(texts, cache=path) == want
    assert path.exists()
    fresh = JiebaSegmenter()

    def fail(*args, **kwargs):
        raise AssertionError("segmented although cached")

    monkeypatch.setattr(fresh, "_content", fail)
    assert fresh.segment_many(texts, cache=str(path)) == want


def test_parallel_matches_sequential(seg, monkeypatch):
    monkeypatch.setattr(segment, "_PARALLEL_MIN_CHARS", 1_000)
    texts = [f"第{i}条：建议A{i % 9}区加强大气污染防治，推进老旧小区改造{i}次。" for i in range(300)]
    expected = [seg(t) for t in texts]
    with parallel_config(backend="threading"):  # any joblib backend: the chunks go through it
        assert seg.segment_many(texts, n_jobs=2) == expected
    assert seg.segment_many(texts, n_jobs=2) == expected  # worker processes


def test_workers_build_the_tokenizer_once():
    seg = JiebaSegmenter(user_words=["测试专用词语"])
    copy = pickle.loads(pickle.dumps(seg))  # what a worker receives
    segment._shared_tokenizer.cache_clear()
    before = segment._shared_tokenizer.cache_info().misses
    a = segment._segment_chunk(copy, ["建议加强测试专用词语", "保护黄河"])
    b = segment._segment_chunk(pickle.loads(pickle.dumps(seg)), ["推进测试专用词语"])
    assert segment._shared_tokenizer.cache_info().misses == before + 1
    assert a.split(segment._SEP_TEXT)[0].split(segment._SEP_TOKEN) == seg("建议加强测试专用词语")
    assert b.split(segment._SEP_TOKEN) == seg("推进测试专用词语")


def test_segmenters_with_the_same_words_share_one_cutter():
    # Loading jieba's dictionary costs more than analysing a small consultation: a second
    # segmenter of the process reuses the cutter; other user words get a cutter of their own.
    a, b = JiebaSegmenter(), JiebaSegmenter()
    c = JiebaSegmenter(user_words=["月牙湖湿地公园"])
    assert a._get_tokenizer() is b._get_tokenizer()
    assert c._get_tokenizer() is not a._get_tokenizer()
    assert c("保护月牙湖湿地公园") == ["保护", "月牙湖湿地公园"]
    assert "月牙湖湿地公园" not in a("保护月牙湖湿地公园")
