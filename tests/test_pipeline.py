"""End to end: the pipeline on small inputs and on the demo consultation."""

import json

import numpy as np
import pytest

import consultagg as ca
from consultagg.cli import run_demo

SMALL = [
    {"提出单位": "自治区发展和改革委员会", "意见内容": "建议在第二章补充碳达峰行动的分年度目标。"},
    {"提出单位": "发改委", "意见内容": "建议专栏1增加单位GDP二氧化碳排放降低指标。"},
    {"提出单位": "水利厅", "意见内容": "建议强化黄河水资源刚性约束，明确用水总量控制指标。"},
    {"提出单位": "水利厅", "意见内容": "建议强化黄河水资源刚性约束，明确用水总量控制指标。"},
    {"提出单位": "住建厅", "意见内容": "建议加快城市黑臭水体治理，防止返黑返臭。"},
    {"提出单位": "", "意见内容": "=建议加强农村生活污水治理"},
]


def test_small_consultation_keeps_every_opinion():
    r = ca.analyse(SMALL)
    assert len(r.opinions) == len(SMALL)
    assert r.n_distinct == len(SMALL) - 1
    ids = {op.comment.id for op in r.opinions}
    assert len(ids) == len(SMALL)
    dup = [g for g in r.groups if g.size > 1]
    assert len(dup) == 1 and dup[0].kind == "exact"
    assert {r.opinions[m].comment.text for m in dup[0].members} == {SMALL[2]["意见内容"]}
    records = r.to_records()
    json.dumps(records, ensure_ascii=False)
    assert [rec["seq"] for rec in records] == list(range(1, len(SMALL) + 1))
    assert all(0 <= op.topic_id < len(r.topics) for op in r.opinions)
    assert "共收到" in r.summary() and "6条意见" in r.summary()


def test_department_names_are_normalised_for_grouping():
    r = ca.analyse(SMALL[:2], home_region="宁夏回族自治区")
    assert {op.department.name for op in r.opinions} == {"自治区发展改革委"}


def test_result_is_deterministic():
    a = ca.analyse(SMALL).to_records()
    b = ca.analyse(list(SMALL)).to_records()
    assert a == b


def test_dataframe_export():
    pytest.importorskip("pandas")
    df = ca.analyse(SMALL).to_dataframe()
    assert len(df) == len(SMALL)
    assert {"comment_id", "department", "topic", "section", "duplicate_of"} <= set(df.columns)


@pytest.fixture(scope="module")
def demo_result(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    return run_demo(out, progress=None), out


def test_demo_end_to_end(demo_result, demo_dir):
    result, out = demo_result
    manifest = json.loads((demo_dir / "manifest.json").read_text(encoding="utf-8"))
    assert (out / "tracker.xlsx").stat().st_size > 10_000
    assert len(result.opinions) >= manifest["n_opinions_total_min"]
    # Every letter's unit appears once, with the number of opinions the letter holds.
    per_file = {}
    for op in result.opinions:
        per_file.setdefault(op.comment.source.file, []).append(op)
    for name, info in manifest["letters"].items():
        if info.get("no_opinion"):
            assert not any(name in (f or "") for f in per_file)
            continue
        ops = [op for f, o in per_file.items() if f and f.endswith(name) for op in o]
        assert len(ops) == info["n_opinions"], name
        assert {op.department.name for op in ops} == {info["unit"]}, name


def test_demo_campaign_and_roster(demo_result, demo_dir):
    result, _ = demo_result
    manifest = json.loads((demo_dir / "manifest.json").read_text(encoding="utf-8"))
    by_id = {str(op.comment.meta.get("留言编号", op.comment.id)): op for op in result.opinions}
    for campaign in manifest["public"]["campaigns"]:
        groups = [by_id[str(m)].group_id for m in campaign["members"] if str(m) in by_id]
        assert len(groups) == len(campaign["members"])
        main = max(set(groups), key=groups.count)
        assert groups.count(main) >= 0.9 * len(groups)
    states = {r.department: r.state for r in result.roster}
    for unit in manifest["roster"]["no_reply"]:
        assert states[ca.DepartmentNormalizer(home_region="青原自治区").normalize(unit).name] == "未反馈"
    assert "无意见" in states.values()


def test_demo_sections_and_topics(demo_result):
    result, _ = demo_result
    placed = [op for op in result.opinions if op.section_id]
    assert len(placed) >= 0.5 * len(result.opinions)
    cited = [op for op in result.opinions if op.section_method == "reference"]
    assert cited, "explicit chapter references in the letters must resolve"
    assert 3 <= len(result.topics) <= 25
    names = [t.name for t in result.topics]
    assert len(set(names)) == len(names)


def _two_level_corpus(seed=0, per_sub=60):
    """Three themes, each with two sub-vocabularies: enough distinct opinions for subtopics."""
    rng = np.random.default_rng(seed)
    themes = [(["散煤", "燃煤", "锅炉", "取暖", "煤改气", "清洁取暖"], ["臭氧", "挥发性有机物", "涂装", "喷涂", "溶剂", "油漆"]),
              (["黑臭水体", "河道", "清淤", "截污", "排污口", "支流"], ["水源地", "饮用水", "水厂", "取水口", "水质监测", "供水"]),
              (["垃圾分类", "厨余垃圾", "转运站", "分类投放", "焚烧", "填埋"], ["危险废物", "医疗废物", "处置中心", "转移联单", "贮存", "危废"])]
    texts = []
    for subs in themes:
        for sub in subs:
            for i in range(per_sub):
                texts.append("建议" + "、".join(rng.choice(sub, 3, replace=False)) + "方面加强工作，"
                             + "".join(rng.choice(sub, 2, replace=False)) + f"第{i}项")
    return [texts[i] for i in rng.permutation(len(texts))]


def test_subtopics_reach_the_result_and_the_tracker(tmp_path):
    from openpyxl import load_workbook

    from consultagg.tracker import read_tracker

    texts = _two_level_corpus()
    result = ca.analyse([{"单位": "科技厅", "意见": t} for t in texts])
    assert result.subtopics, "a consultation of 360 distinct opinions has split topics"
    topic_ids = {t.id for t in result.topics}
    for tid, subs in result.subtopics.items():
        assert tid in topic_ids and len(subs) >= 2
        members = [o for o in result.opinions if o.topic_id == tid]
        # every opinion of a split topic has a subtopic, and the sizes add up
        assert all(o.subtopic_id is not None and 0 <= o.subtopic_id < len(subs) for o in members)
        assert sum(s.size for s in subs) == len(members)
        for s in subs:
            assert all(result.opinions[r].topic_id == tid for r in s.representatives)
    unsplit = [o for o in result.opinions if o.topic_id not in result.subtopics]
    assert all(o.subtopic_id is None for o in unsplit)
    recs = result.to_records()
    assert any(r["subtopic"] for r in recs)
    out = result.to_excel(tmp_path / "t.xlsx")
    ws = load_workbook(out)["分主题统计"]
    header = [c.value for c in ws[1]]
    col = header.index("子主题")
    cells = [row[col].value for row in ws.iter_rows(min_row=2) if row[col].value]
    assert len(cells) == len(result.subtopics) and all("条）" in c for c in cells)
    # the topics come back from the workbook, ready to keep their ids in the next round
    back = read_tracker(out).topics
    assert [(t.id, t.name, t.key_phrases) for t in back] == \
        [(t.id, t.name, t.key_phrases) for t in result.topics]


def test_previous_topics_keep_their_ids_across_rounds():
    texts = _two_level_corpus()
    first = ca.analyse([{"单位": "科技厅", "意见": t} for t in texts])
    # The next round: a tenth of the opinions dropped, new ones added, the order shuffled.
    rng = np.random.default_rng(1)
    kept = [t for i, t in enumerate(texts) if i % 10]
    more = _two_level_corpus(seed=5, per_sub=8)
    second_texts = [x for x in np.array(kept + more)[rng.permutation(len(kept) + len(more))]]
    fresh = ca.analyse([{"单位": "科技厅", "意见": t} for t in second_texts])
    again = ca.analyse([{"单位": "科技厅", "意见": t} for t in second_texts],
                       previous_topics=first.topics)
    id_of_text = {o.comment.text: o.topic_id for o in first.opinions}

    def agreement(res):
        pairs = [(id_of_text[o.comment.text], o.topic_id) for o in res.opinions if o.comment.text in id_of_text]
        return np.mean([a == b for a, b in pairs])

    def best_possible(res):
        # The agreement of the best one-to-one renaming of this run's topics to round one's: what
        # perfect id keeping reaches, given how far the two rounds' groupings differ at all.
        from scipy.optimize import linear_sum_assignment

        pairs = np.array([(id_of_text[o.comment.text], o.topic_id) for o in res.opinions
                          if o.comment.text in id_of_text])
        table = np.zeros((pairs[:, 0].max() + 1, pairs[:, 1].max() + 1))
        np.add.at(table, (pairs[:, 0], pairs[:, 1]), 1)
        rows, cols = linear_sum_assignment(-table)
        return table[rows, cols].sum() / len(pairs)

    # With the previous topics, an opinion kept from round one is under the same topic id as
    # before, as far as the second round's grouping allows; the ids of an independent run need not
    # agree. (Asserting 0.9 outright tested how alike two rounds' topics come out, which moves with
    # the seed: the best renaming itself was below 0.9 for 7 of 13 seeds.)
    print(f"agreement with previous topics {agreement(again):.2f} (best possible "
          f"{best_possible(again):.2f}), without {agreement(fresh):.2f}")
    assert agreement(again) >= best_possible(again) - 0.05
    assert agreement(again) >= 0.75
    assert agreement(again) >= agreement(fresh)
