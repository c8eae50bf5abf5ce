"""Topic names a clerk would write into the 起草说明: a short phrase taken verbatim from the members.

A name occurs word for word in at least a fifth of its topic's opinions, no two topics share one,
and it holds no region (青原自治区, A市, 北岭市), organ (生态环境厅, 政府) or boilerplate (建议, 意见,
问题). ``Topic.key_phrases`` stays the keyword list.
"""

import json
import re

import numpy as np
import pytest

from consultagg.topics.names import SCATTERED
from consultagg.topics.clusterer import TopicClusterer

MIN_SHARE = 0.2
REGION_CODE = re.compile(r"[A-Z]\d*[省市区县]")
BOILERPLATE = ("建议", "意见", "问题")
ORGANS = ("政府", "部门", "生态环境厅", "环保局")
PUNCTUATION = re.compile(r"[^\w]|_")
ORGAN_END = re.compile(r"(?:厅|局|委|委员会|政府|部门)$")


def _region_words() -> set[str]:
    from consultagg.departments.normalizer import load_regions

    return {name for row in load_regions() for name in row[:2] if name}


def _share(name: str, texts) -> float:
    return sum(name in t for t in texts) / len(texts)


def _admissible(phrase: str, regions) -> bool:
    return not (REGION_CODE.search(phrase) or [r for r in regions if r in phrase]
                or [b for b in BOILERPLATE + ORGANS if b in phrase] or ORGAN_END.search(phrase))


def _check_names(topics, members_of, extra_regions=()):
    """Every name verbatim in a fifth of its members, unique, short, free of places and boilerplate.

    The one exception is a *scattered* topic (a grab-bag of citizen messages on 旅游, 交通, 公园 …):
    it is named ``其他（A、B等）`` and its note says so, and that must be true: none of its own
    admissible key phrases is written by a fifth of its members, and it has at least five.
    """
    names = [t.name for t in topics]
    assert len(set(names)) == len(names), names
    regions = _region_words() | set(extra_regions)
    for t in topics:
        texts = members_of(t.id)
        assert texts, t
        share = _share(t.name, texts)
        best_key = max([_share(k, texts) for k in t.key_phrases if _admissible(k, regions)], default=0.0)
        if t.name.startswith(SCATTERED):
            assert "主题不集中" in t.note, (t.name, t.note)
            assert len(texts) >= 5 and best_key < MIN_SHARE, (t.name, round(best_key, 2), t.key_phrases)
            inner = t.name[len(SCATTERED) + 1:].split("等")[0].split("、")
            assert all(w in "".join(texts) and _admissible(w, regions) for w in inner), t.name
        else:
            assert "主题不集中" not in t.note, (t.name, t.note)
            assert share >= MIN_SHARE, (t.name, round(share, 2), t.key_phrases, round(best_key, 2))
            assert 2 <= len(t.name) <= 12 and not PUNCTUATION.search(t.name), t.name
            assert _admissible(t.name, regions), t.name
        # The keyword list is kept for the code that reads it (matching topics across rounds).
        assert t.key_phrases and all(isinstance(k, str) for k in t.key_phrases)


# -- (a) the demo consultation ---------------------------------------------------------------
@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from consultagg.cli import run_demo

    return run_demo(tmp_path_factory.mktemp("demo_names"), progress=None)


def test_demo_topic_names_are_verbatim_and_unique(demo, demo_dir):
    manifest = json.loads((demo_dir / "manifest.json").read_text(encoding="utf-8"))
    # The demo's own (made-up) places: 北岭市人民政府 gives 北岭, and the home region 青原.
    units = [info["unit"] for info in manifest["letters"].values()]
    places = {m.group(1) for u in units for m in [re.match(r"^(.{2})市", u)] if m} | {"青原"}

    def members(tid):
        return [op.comment.text for op in demo.opinions if op.topic_id == tid]

    for t in demo.topics:
        print(t.id, t.size, f"{_share(t.name, members(t.id)):.2f}", t.name, "|", "、".join(t.key_phrases))
    _check_names(demo.topics, members, extra_regions=places)


# -- (b) the shared real messages -------------------------------------------------------------
@pytest.fixture(scope="module")
def messages(shared_data):
    pd = pytest.importorskip("pandas")
    path = shared_data / "tipdm2020c" / "messages_labelled_dev.csv"
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    df = pd.read_csv(path).sample(400, random_state=0)
    texts = (df["留言主题"].fillna("") + "。" + df["留言详情"].fillna("")).tolist()
    from consultagg.text.segment import JiebaSegmenter

    seg = JiebaSegmenter()
    return texts, seg, seg.segment_many(texts)


@pytest.mark.parametrize("n_topics", [7, None])
def test_message_topic_names_are_verbatim_and_unique(messages, n_topics):
    texts, seg, toks = messages
    tc = TopicClusterer(n_topics=n_topics, segmenter=seg).fit(texts, tokens=toks)

    def members(tid):
        return [texts[i] for i in np.flatnonzero(tc.labels_ == tid)]

    for t in tc.topics_:
        print(t.id, t.size, f"{_share(t.name, members(t.id)):.2f}", t.name, "|", "、".join(t.key_phrases))
    _check_names(tc.topics_, members)
    scattered = [t for t in tc.topics_ if t.name.startswith(SCATTERED)]
    assert len(scattered) <= 0.2 * len(tc.topics_), [t.name for t in scattered]
    # Subtopics: unique within their topic (and not the topic's own name), verbatim in their members.
    assert tc.subtopics_
    for tid, subs in tc.subtopics_.items():
        assert tc.topics_[tid].name not in [s.name for s in subs]
        idx = np.flatnonzero(tc.labels_ == tid)
        _check_names(subs, lambda sid: [texts[i] for i, j in zip(idx, tc.sublabels_[idx]) if j == sid])


# -- (c) the naming function on a handmade topic ---------------------------------------------
LIFT = ["建议进一步加快北岭市老旧小区加装电梯进度", "老旧小区加装电梯审批手续太繁琐",
        "支持老旧小区加装电梯，但一楼住户意见很大", "A3区老旧小区加装电梯的费用分摊没有标准",
        "加装电梯后的维护保养费用由谁承担", "住建厅应当出台老旧小区加装电梯补贴办法"]


def test_naming_function_on_a_handmade_topic():
    from consultagg.topics.labels import topic_name
    from consultagg.topics.names import verbatim_name

    keys = ["加装电梯", "老旧小区", "费用"]
    name = verbatim_name(LIFT, keys)
    assert name == "老旧小区加装电梯"
    # A name another topic already holds is not taken again: the next best verbatim phrase.
    other = verbatim_name(LIFT, keys, taken={"老旧小区加装电梯"})
    assert other != name and _share(other, LIFT) >= MIN_SHARE
    # Weights count submissions: a phrase of the heaviest members wins.
    heavy = verbatim_name(LIFT, ["费用", "加装电梯"], weights=[1, 1, 1, 1, 20, 1])
    assert heavy in LIFT[4]
    # Never a region, an organ or boilerplate, even where the members write them next to the theme.
    for n in (name, other, heavy):
        assert not REGION_CODE.search(n) and "北岭" not in n and "住建厅" not in n
        assert not [b for b in BOILERPLATE + ("进一步", "加快", "加强") if b in n]
    # Deterministic and independent of the members' order.
    assert verbatim_name(LIFT[::-1], keys) == name
    # Nothing verbatim qualifies (one very short opinion): the keyword name.
    assert verbatim_name(["支持！"], ["支持"]) == topic_name(["支持"], 0)
    assert verbatim_name([], [], index=3) == "主题4"


def test_names_of_several_topics_are_unique():
    from consultagg.topics.names import name_topics

    # Two topics whose best phrase is the same: the second takes its next best.
    a = ["老旧小区加装电梯审批慢", "老旧小区加装电梯要补贴", "老旧小区加装电梯费用高"]
    b = ["老旧小区加装电梯噪声扰民", "老旧小区加装电梯挡住采光", "电梯噪声影响休息"]
    names = name_topics([a, b], [["加装电梯", "老旧小区"], ["加装电梯", "噪声"]])
    assert names[0] == "老旧小区加装电梯"
    assert names[1] != names[0] and _share(names[1], b) >= MIN_SHARE and "噪声" in names[1]
    # Names fixed beforehand (a seed, a kept name) are never given to another topic.
    names = name_topics([a, b], [["加装电梯", "老旧小区"], ["加装电梯", "噪声"]],
                        fixed=[None, "老旧小区加装电梯"])
    assert names[1] == "老旧小区加装电梯" and names[0] != names[1]


# -- (d) stable across orders and rounds -----------------------------------------------------
AIR = ["减少散煤燃烧，治理大气污染", "推进散煤治理和清洁取暖，改善空气质量", "散煤治理要有时间表",
       "冬季燃煤取暖造成大气污染，散煤治理要加快", "工业园区挥发性有机物排放导致臭氧超标"]
WATER = ["保护黄河水质，整治入河排污口", "黄河入河排污口整治要有时限", "饮用水水源地保护区划定要落实",
         "城市黑臭水体治理要防止返黑返臭", "黄河入河排污口整治后加强水质监测"]
WASTE = ["危险废物集中处置能力不足", "建设无废城市，提高固体废物利用率", "医疗废物收运体系要覆盖乡镇",
         "危险废物集中处置中心建设滞后", "生活垃圾分类和危险废物收集"]


def test_same_texts_in_another_order_give_the_same_names():
    texts = AIR + WATER + WASTE
    order = np.random.default_rng(4).permutation(len(texts))
    a = TopicClusterer(n_topics=3).fit(texts)
    b = TopicClusterer(n_topics=3).fit([texts[i] for i in order])
    shuffled = [texts[i] for i in order]

    def by_members(tc, docs):
        return {frozenset(docs[i] for i in np.flatnonzero(tc.labels_ == t.id)): t.name for t in tc.topics_}

    by_members_a, by_members_b = by_members(a, texts), by_members(b, shuffled)
    common = set(by_members_a) & set(by_members_b)
    assert common, "the three themes group alike in either order"
    # What a clerk would write, not 散煤治理、大气污染、燃煤.
    assert set(by_members_a.values()) == {"散煤治理", "黄河入河排污口整治", "危险废物集中处置"}
    for members in common:
        assert by_members_a[members] == by_members_b[members]
        assert _share(by_members_a[members], list(members)) >= MIN_SHARE


def test_a_kept_topic_keeps_its_name():
    first = TopicClusterer(n_topics=3).fit(AIR + WATER + WASTE)
    # The next round: more opinions on the same themes, written differently.
    more = ["散煤替代补贴要到位", "清洁取暖补贴标准偏低", "黄河支流水质监测断面不足",
            "危险废物转移联单管理要规范"]
    texts = AIR + WATER + WASTE + more
    second = TopicClusterer(n_topics=3, previous_topics=first.topics_).fit(texts)
    fresh = TopicClusterer(n_topics=3).fit(texts)
    fresh_name = {frozenset(np.flatnonzero(fresh.labels_ == t.id)): t.name for t in fresh.topics_}
    assert second.previous_ids_
    old = {t.id: t.name for t in first.topics_}
    kept = renamed = 0
    for tid, old_id in second.previous_ids_.items():
        members = [texts[i] for i in np.flatnonzero(second.labels_ == tid)]
        if _share(old[old_id], members) >= MIN_SHARE:
            assert second.topics_[tid].name == old[old_id]
            kept += 1
            # ... also where a fresh run would name the same opinions otherwise
            renamed += fresh_name.get(frozenset(np.flatnonzero(second.labels_ == tid))) != old[old_id]
    assert kept >= 1 and renamed >= 1
    names = [t.name for t in second.topics_]
    assert len(set(names)) == len(names)


# -- (e) a scattered topic says so, in the tracker too ----------------------------------------
LIFT_MORE = LIFT + ["老旧小区加装电梯能不能简化审批", "加装电梯后低层住户的采光补偿怎么算",
                    "老旧小区加装电梯施工期间噪声扰民", "希望老旧小区加装电梯的财政补贴尽快到位",
                    "加装电梯要征得全体业主同意太难", "老旧小区加装电梯占用绿地如何审批"]
MIXED = ["公交车班次太少，等车时间太长", "景区门票价格太贵", "公园里没有公共厕所", "道路坑洼不平很危险",
         "学校周边上下学时段拥堵", "菜市场菜价上涨太快", "夜间施工噪声扰民", "小区停车位严重不足",
         "医院挂号排队时间长", "社保转移手续繁琐"]


def test_a_scattered_topic_is_named_other_and_the_tracker_says_why(tmp_path):
    import openpyxl

    import consultagg as ca

    comments = [{"id": f"c{i}", "department": f"市民{i}", "text": t} for i, t in enumerate(LIFT_MORE + MIXED)]
    result = ca.analyse(comments, topic_model=ca.TopicClusterer(n_topics=2, random_state=0), random_state=0)
    names = {t.name: t for t in result.topics}
    scattered = [t for t in result.topics if t.name.startswith(SCATTERED)]
    assert len(scattered) == 1, list(names)
    assert "主题不集中" in scattered[0].note
    members = [op.comment.text for op in result.opinions if op.topic_id == scattered[0].id]
    # The grab-bag holds most of the mixed messages and none about lifts.
    assert len(set(MIXED) & set(members)) >= 5 and not set(LIFT_MORE) & set(members)
    row = next(r for r in result.topic_table(as_frame=False) if r["topic_id"] == scattered[0].id)
    assert "主题不集中" in row["note"]
    path = result.to_excel(tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(path)["分主题统计"]
    header = [c.value for c in ws[1]]
    col = header.index("说明")
    notes = {r[1]: r[col] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert "主题不集中" in notes[scattered[0].name]
    assert not any(n and "主题不集中" in n for k, n in notes.items() if k != scattered[0].name)
