"""Topic names the summary states must be true of the topic (outside test of sections and reports, /tmp/audit5
B2), failing at 96b41e4: a district's name (西山区) named a grab-bag topic of fifteen opinions, four of which wrote
it, and the summary said opinions gathered there. Texts are written for this test."""

import consultagg as ca
from consultagg.records import Topic
from consultagg.topics.names import describe_topics

GRAB_BAG = ["东林县散煤替代资金缺口大，建议市级财政给予专项补助。", "建议将农村人居环境统一表述为乡村人居环境。",
            "建议在第七章规划实施中增加年度监测评估的内容。", "专栏6中的国土绿化工程，建议与国土绿化规划衔接。",
            "第12页提到的中期评估经费，建议纳入部门预算统筹安排。", "建议增加生态环境损害赔偿制度的内容。",
            "我家住西山区，冬天烧煤烟太呛了，希望加快散煤治理。", "我在西山区上班，冬天烧煤烟太呛了。",
            "建议调整为93%以上。", "专栏4第2项完成西山区废弃矿山生态修复600公顷，我区实际需修复面积为750公顷。"]


def test_a_district_never_names_a_topic():
    named = describe_topics([GRAB_BAG], [["西山区", "资金", "工程", "煤烟", "矿山"]])[0]
    assert "西山" not in named.name


def test_the_summary_names_only_topics_most_of_whose_opinions_write_the_name():
    result = ca.analyse([{"单位": "清河市水务局", "意见": t} for t in GRAB_BAG[:4]])
    loose = Topic(id=0, name="资金", size=4, n_distinct=4, name_share=0.25)
    result.topics = [loose]
    result.opinions = tuple(op.__class__(**{**op.__dict__, "topic_id": 0}) for op in result.opinions)
    text = result.summary()
    assert "资金（" not in text and "意见主题较分散" in text


def test_the_same_opinions_in_another_order_give_the_same_topics():
    # (outside test B3: the files given in another order changed the topics and the summary's topic sentence)
    texts = ["建议加快散煤治理，冬季燃煤污染严重。", "散煤替代资金缺口大，建议给予补助。", "建议扩大入河排污口排查范围。",
             "支流排污口整治要明确时限。", "建议增加再生水利用的内容。", "建议加强湿地保护，严禁捕鸟。",
             "湿地周边有人捕鸟，希望加强巡查。", "建议提高污水管网建设目标。", "燃煤锅炉淘汰要加快。", "建议补充湿地占补平衡要求。",
             "入河排污口排查要覆盖所有支流。", "建议推广新能源公交车和出租车。"]
    rows = [{"单位": "清河市水务局", "意见": t} for t in texts]
    a = ca.analyse(rows, random_state=0)
    b = ca.analyse(rows[::-1], random_state=0)
    topic_of = lambda r: {o.comment.text: r.topics[[t.id for t in r.topics].index(o.topic_id)].name for o in r.opinions}
    assert topic_of(a) == topic_of(b)


def test_seed_topics_are_named_in_the_summary():
    # (a seed's name, the office's own heading, is seldom written by its members: it is still a theme)
    seeds = {"大气环境": ["散煤", "臭氧", "扬尘"], "水环境": ["污水", "排污口", "黑臭"]}
    texts = ["建议加快散煤治理。", "冬季散煤污染严重，希望加快替代。", "臭氧污染问题突出，建议加强管控。", "工地扬尘大，建议加强管理。",
             "建议扩大入河排污口排查范围。", "黑臭水体反弹，建议长效治理。", "污水管网建设滞后，建议加快。", "排污口整治要明确时限。"]
    result = ca.analyse([{"单位": "清河市水务局", "意见": t} for t in texts], topic_model=ca.TopicClusterer(seed_topics=seeds))
    assert "大气环境（4条）" in result.summary() and "水环境（4条）" in result.summary()
