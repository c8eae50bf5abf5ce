"""UnitRouter: rules, a trained model, confidence and unsure flags."""

import pytest

from consultagg.routing.router import UNSURE, UnitRouter, load_rules

RULES = {"大气环境处": ["大气", "散煤", "臭氧"], "水生态环境处": ["黄河", "排污口", "水源地"]}


def test_rules_route_and_flag_unsure():
    r = UnitRouter(rules=RULES).fit()
    units = r.predict(["加强散煤治理", "整治入河排污口", "完善考核制度"])
    assert units[:2].tolist() == ["大气环境处", "水生态环境处"]
    assert units[2] == UNSURE
    assert r.unsure_.tolist() == [False, False, True]


def test_model_learns_from_routed_opinions():
    texts = ["散煤燃烧污染空气", "臭氧超标", "大气污染严重", "黄河排污口", "水源地保护", "黄河水质下降"] * 3
    units = ["大气处", "大气处", "大气处", "水处", "水处", "水处"] * 3
    r = UnitRouter().fit(texts, units)
    assert r.predict(["冬季散煤燃烧", "黄河排污口整治"]).tolist() == ["大气处", "水处"]
    assert (r.confidence_ > 0.5).all()


def test_three_units_and_the_naive_bayes_weights():
    texts = ["散煤燃烧污染空气", "臭氧超标", "黄河排污口", "水源地保护", "垃圾分类", "固废处置场"] * 3
    units = ["大气处", "大气处", "水处", "水处", "固废处", "固废处"] * 3
    r = UnitRouter().fit(texts, units)
    assert r.predict(["臭氧污染", "水源地整治", "固废处置"]).tolist() == ["大气处", "水处", "固废处"]
    # A word seen only in one unit's opinions weighs more in that unit's SVM than in the others'.
    j = r.vectorizer_.vocabulary_["臭氧"]
    ratios = {str(c): rr[j] for c, rr in zip(r.model_.classes_, r.model_.ratios_)}
    assert ratios["大气处"] > 0 > ratios["水处"]
    assert ((r.confidence_ > 0) & (r.confidence_ <= 1)).all()


def test_fit_needs_something():
    with pytest.raises(ValueError):
        UnitRouter().fit()
    with pytest.raises(ValueError):
        UnitRouter().fit(["a"], [])


def test_load_rules_and_bad_rows(tmp_path):
    p = tmp_path / "rules.csv"
    p.write_text("处室,关键词\n大气环境处,大气、散煤 臭氧\n", encoding="utf-8-sig")
    assert load_rules(p) == {"大气环境处": ["大气", "散煤", "臭氧"]}
    p.write_text("处室,关键词\n,大气\n", encoding="utf-8")
    with pytest.raises(ValueError, match="第2行"):
        load_rules(p)


@pytest.mark.slow
def test_router_on_dev_data(shared_data):
    import pandas as pd
    from sklearn.metrics import f1_score

    df = pd.read_csv(shared_data / "tipdm2020c" / "messages_labelled_dev.csv")
    texts = (df["留言主题"].fillna("") + "。" + df["留言详情"].fillna("")).tolist()
    y = df["一级标签"].tolist()
    # One message carries two bureaus ("A|B"): a class of one would weigh 1/8 of the macro average.
    keep = [i for i in range(len(y)) if "|" not in y[i]]
    texts, y = [texts[i] for i in keep], [y[i] for i in keep]
    train = [i for i in range(len(y)) if i % 3]
    test = [i for i in range(len(y)) if i % 3 == 0]
    r = UnitRouter().fit([texts[i] for i in train], [y[i] for i in train])
    pred = r.predict([texts[i] for i in test])
    assert f1_score([y[i] for i in test], pred, average="macro") >= 0.84


def test_confidence_is_lower_for_an_ambiguous_text():
    texts = ["散煤燃烧污染空气", "臭氧超标", "大气污染严重", "黄河排污口", "水源地保护", "黄河水质下降"] * 3
    units = ["大气处", "大气处", "大气处", "水处", "水处", "水处"] * 3
    r = UnitRouter(min_confidence=0.9).fit(texts, units)
    r.predict(["散煤燃烧造成大气污染和臭氧超标", "黄河边散煤燃烧"])
    assert r.confidence_[0] > r.confidence_[1]
    assert r.unsure_[1]


def test_rules_and_model_together():
    texts = ["散煤燃烧污染空气", "臭氧超标", "黄河排污口", "水源地保护"] * 3
    units = ["大气处", "大气处", "水处", "水处"] * 3
    r = UnitRouter(rules={"固废处": ["危险废物"]}).fit(texts, units)
    assert r.classes_[0] == "固废处"
    assert r.predict(["危险废物处置能力不足", "臭氧污染"]).tolist() == ["固废处", "大气处"]


def test_character_grams_are_scikit_learns_char_wb():
    from sklearn.feature_extraction.text import TfidfVectorizer

    from consultagg.routing.router import _char_grams

    sk = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3)).build_analyzer()
    for text in ["加强散煤治理", "PM2.5 浓度  下降\t明显\n", "", "   ", "Ａｂ C。臭氧", "a"]:
        assert _char_grams(text) == sk(text)


def test_function_block_joins_the_router_features_and_can_be_turned_off():
    from consultagg.text.domains import load_functions

    texts = ["学校乱收补课费", "老师体罚学生", "医院排队太久", "医生态度差"] * 3
    units = ["教育局", "教育局", "卫健委", "卫健委"] * 3
    on = UnitRouter().fit(texts, units)
    off = UnitRouter(function_weight=0).fit(texts, units)
    assert off.function_block_ is None and on.function_block_.n_domains == len(load_functions())
    width = lambda r: r.model_.ratios_[0].shape[0]
    assert width(on) == width(off) + len(load_functions())
    # Words the training texts never used lean towards their domain's unit (挂号 → 卫生健康,
    # 招生 → 教育) more with the block than without it.
    def lean(r, text):  # 教育局's margin over 卫健委's (classes are sorted)
        tokens = r._tokens([text])
        X = r._features(r.vectorizer_.transform(tokens), r.char_vectorizer_.transform([text]), tokens)
        d = r.model_.decision_function(X)[0]
        return d[list(r.model_.classes_).index("教育局")] - d[list(r.model_.classes_).index("卫健委")]

    assert lean(on, "挂号") < lean(off, "挂号")
    assert lean(on, "招生") > lean(off, "招生")
