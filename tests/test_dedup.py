"""NearDuplicateGrouper: exact, near, campaign; no chaining; nothing dropped; deterministic."""

import numpy as np
import pytest

from consultagg import NearDuplicateGrouper
from consultagg.dedup.grouper import lsh_params, matching_key, shingles

TEMPLATE = ("我们强烈建议保护月牙湖湿地。月牙湖湿地是候鸟迁徙的重要栖息地，每年有上万只候鸟在此停留。"
            "规划中拟建的旅游度假区将侵占湿地核心区，破坏生态平衡。请将月牙湖湿地划入生态保护红线，"
            "停止一切开发建设活动，并恢复已被侵占的湿地面积。")
OTHER = [
    "建议加强农村生活污水治理，提高已建设施的运行率，落实运维资金。",
    "建议在第三章补充黄河干流入河排污口排查整治的具体目标和时限。",
    "专栏1中细颗粒物浓度目标偏低，建议与国家下达的考核目标保持一致。",
    "建议明确危险废物集中处置设施的布局和建设时序。",
]


def test_exact_near_and_unrelated():
    texts = [TEMPLATE, TEMPLATE.replace("，", ", "), TEMPLATE.replace("强烈", "坚决"), *OTHER]
    g = NearDuplicateGrouper(threshold=0.8).fit(texts)
    assert g.labels_[0] == g.labels_[1] == g.labels_[2]
    assert len(set(g.labels_[3:].tolist())) == len(OTHER)
    assert g.labels_[3] != g.labels_[0]
    assert len(g.labels_) == len(texts)
    assert np.array_equal(g.inverse_, g.representatives_[g.labels_])


def test_campaign_with_own_addition_is_found_by_containment():
    own = "我家就住在湖边，亲眼看到近三年湿地面积不断缩小，" * 10
    texts = [TEMPLATE + f"签名：市民{i}号" for i in range(6)] + [TEMPLATE + own] + OTHER
    g = NearDuplicateGrouper(threshold=0.8, containment=0.9).fit(texts)
    gid = g.labels_[0]
    assert all(g.labels_[i] == gid for i in range(7))
    info = g.groups_[gid]
    assert info.kind == "campaign"
    member_pos = info.members.index(6)
    assert info.own_opinion[member_pos]
    assert "亲眼看到" in info.additions[member_pos]
    assert not any(info.own_opinion[info.members.index(i)] for i in range(6))


def test_no_chaining_through_small_edits():
    # Each step changes a little; the ends share almost nothing.
    base = list("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃辰宿列张")
    alt = list("金木水火土风雨雷电山川河海江湖林草花鸟鱼虫石沙泥云雾霜雪冰光影声色香味触法")
    chain = []
    for step in range(len(base) + 1):
        chain.append("".join(alt[:step] + base[step:]))
    g = NearDuplicateGrouper(threshold=0.8).fit(chain)
    assert g.labels_[0] != g.labels_[-1]
    for info in g.groups_:
        rep = shingles(chain[info.representative], 3, skip_fillers=True)
        for m in info.members:
            own = shingles(chain[m], 3, skip_fillers=True)
            assert len(own & rep) / len(own | rep) >= 0.8


def test_deterministic_and_order_of_labels():
    texts = [*OTHER, TEMPLATE, TEMPLATE + "！"]
    a = NearDuplicateGrouper().fit(texts).labels_
    b = NearDuplicateGrouper().fit(texts).labels_
    assert a.tolist() == b.tolist()
    assert a[0] == 0  # ids in order of first appearance


def test_helpers():
    assert matching_key("Ａ市，生态！") == "a市生态"
    assert shingles("ab", k=3) == {"ab"}
    bands, rows = lsh_params(0.5, 64)
    assert bands * rows <= 64


@pytest.mark.parametrize("bad", [{"threshold": 0}, {"threshold": 1.5}, {"containment": 2.0}, {"num_perm": 2}])
def test_invalid_parameters_raise_in_fit(bad):
    with pytest.raises(ValueError):
        NearDuplicateGrouper(**bad).fit(["a", "b"])


def test_exact_group_kind_and_no_additions():
    texts = [OTHER[0], OTHER[0].replace("，", ", ") + " ", OTHER[1]]
    g = NearDuplicateGrouper().fit(texts)
    assert g.labels_[0] == g.labels_[1] != g.labels_[2]
    info = g.groups_[g.labels_[0]]
    assert info.kind == "exact" and info.members == (0, 1)
    assert info.additions == ("", "") and info.own_opinion == (False, False)
    assert g.groups_[g.labels_[2]].kind == "single"


def test_small_near_group_reports_sign_off_as_addition():
    texts = [TEMPLATE, TEMPLATE + "联系人：王小明。", *OTHER]
    g = NearDuplicateGrouper().fit(texts)
    info = g.groups_[g.labels_[0]]
    assert info.kind == "near" and info.members == (0, 1)
    add = dict(zip(info.members, info.additions))
    assert "王小明" in add[1] and add[0] == ""
    assert not any(info.own_opinion)


def test_topic_sharing_messages_are_not_grouped():
    # Same topic, many shared words, different messages: not duplicates.
    texts = ["A3区月亮岛路段夜间渣土车超速行驶，噪音扰民严重，建议交警部门加强夜间巡查，依法查处渣土车违规行为。",
             "A3区月亮岛附近渣土车夜间行驶噪音很大，严重影响居民休息，希望交警部门对渣土车加强管理，限制夜间通行。",
             "月亮岛路渣土车抛洒滴漏严重，道路扬尘大，建议城管部门加强渣土车管理，督促企业冲洗车辆。"]
    g = NearDuplicateGrouper().fit(texts)
    assert len(set(g.labels_.tolist())) == 3


def test_short_comment_does_not_pull_in_long_letters_by_containment():
    short = "同意规划。"
    texts = [short, short + TEMPLATE, short + OTHER[0] + OTHER[1] + OTHER[2]]
    g = NearDuplicateGrouper().fit(texts)
    assert len(set(g.labels_.tolist())) == 3


def _generated_campaign(seed):
    rng = np.random.default_rng(seed)
    sentences = [f"第{i}项建议：请在规划中补充{w}的具体目标、责任单位和完成时限，并公开年度进展情况。"
                 for i, w in enumerate(["湿地修复", "垃圾分类", "污水管网", "噪声治理", "扬尘管控",
                                        "黑臭水体", "农村厕所", "危废处置", "固废利用", "饮用水源"])]
    template = "".join(sentences[:6])
    texts, truth = [], []
    for m in range(40):
        t = template.replace("建议", "提议", 1) if rng.random() < 0.5 else template
        t = t.replace("。", "！", 2) if rng.random() < 0.5 else t
        if rng.random() < 0.3:
            t += "另外，我家门口的道路多年失修，雨天积水严重，老人孩子出行非常不便，恳请有关部门尽快安排维修。" * 6
        texts.append(f"我是市民{m}号。" + t)
        truth.append(0)
    for i in range(30):  # unrelated comments built from other words
        texts.append(f"关于第{i}个社区的意见：" + "".join(rng.choice(list("山水林田湖草沙城乡路桥河港站园"), 40)))
        truth.append(-1 - i)
    order = rng.permutation(len(texts))
    return [texts[i] for i in order], np.array(truth)[order]


def test_generated_campaign_with_known_membership():
    texts, truth = _generated_campaign(0)
    g = NearDuplicateGrouper().fit(texts)
    members = np.flatnonzero(truth == 0)
    main = np.bincount(g.labels_[members]).argmax()
    assert (g.labels_[members] == main).mean() >= 0.95
    assert not np.any(g.labels_[truth < 0] == main)
    info = g.groups_[main]
    assert info.kind == "campaign"
    flagged = [m for m, own in zip(info.members, info.own_opinion) if own]
    assert flagged and all("道路多年失修" in texts[m] for m in flagged)
    assert all("道路多年失修" in a for a, own in zip(info.additions, info.own_opinion) if own)


def test_labels_follow_first_appearance_and_inverse():
    texts, _ = _generated_campaign(1)
    g = NearDuplicateGrouper().fit(texts)
    firsts = [int(np.flatnonzero(g.labels_ == k)[0]) for k in range(len(g.groups_))]
    assert firsts == sorted(firsts)
    assert sum(info.size for info in g.groups_) == len(texts)
    for info in g.groups_:
        assert info.representative in info.members
        assert all(g.inverse_[m] == info.representative for m in info.members)
    again = NearDuplicateGrouper().fit(texts)
    assert again.labels_.tolist() == g.labels_.tolist()
    assert again.representatives_.tolist() == g.representatives_.tolist()


def test_empty_and_none_inputs():
    g = NearDuplicateGrouper().fit([])
    assert g.labels_.size == 0 and g.groups_ == []
    g = NearDuplicateGrouper().fit([None, "", "建议加强管理。"])
    assert g.labels_[0] == g.labels_[1] != g.labels_[2]


@pytest.mark.parametrize("bad", [{"shingle_size": 0}, {"min_campaign_size": 1},
                                 {"min_addition_chars": 0}, {"num_perm": 12.5}])
def test_more_invalid_parameters(bad):
    with pytest.raises(ValueError):
        NearDuplicateGrouper(**bad).fit(["a", "b"])


def test_vectorised_overlap_matches_python_sets():
    from consultagg.dedup.minhash import ShingleSets, encode_texts, pair_overlap, signatures

    rng = np.random.default_rng(3)
    alphabet = list("保护湿地建议加强管理规划污水河道生态")
    texts = ["".join(rng.choice(alphabet, rng.integers(1, 60))) for _ in range(60)]
    sets = ShingleSets.build(encode_texts(texts), k=3)
    a, b = rng.integers(0, 60, 200), rng.integers(0, 60, 200)
    got = pair_overlap(sets, a, b)
    want = [len(shingles(texts[i], 3) & shingles(texts[j], 3)) for i, j in zip(a, b)]
    assert got.tolist() == want
    assert sets.sizes.tolist() == [len(shingles(t, 3)) for t in texts]
    # Signature agreement estimates Jaccard.
    sig = signatures(sets, 256)
    jac = [(len(shingles(texts[i], 3) & shingles(texts[j], 3))
            / len(shingles(texts[i], 3) | shingles(texts[j], 3))) for i, j in zip(a, b)]
    est = (sig[a] == sig[b]).mean(axis=1)
    long = (sets.sizes[a] > 30) & (sets.sizes[b] > 30)
    assert np.abs(est - np.array(jac))[long].mean() < 0.08


def test_near_copies_whose_clause_hashes_span_the_whole_range():
    """numpy 2.0's table method of np.isin overflowed on 64-bit clause hashes: 45 of the 292
    contrast pairs crashed the grouper on the lowest supported numpy."""
    a = "建议在黄河干流两岸各500米范围内禁止新建化工项目。"
    b = "建议在黄河干流两岸各5公里范围内禁止新建化工项目。"
    g = NearDuplicateGrouper().fit([a, b, a + "我单位认为此条十分必要，请予采纳。"])
    assert len(g.labels_) == 3 and sum(x.size for x in g.groups_) == 3


ISSUE_EXAMPLE = [
    "建议将城市生活污水集中收集率指标的目标值由70%调整为65%，考虑到部分城市管网建设滞后的实际情况。",
    "建议将城市生活污水集中收集率指标的目标值由70%调整为75%，考虑到部分城市管网建设滞后的实际情况。",
    "建议保留城市生活污水集中收集率指标的目标值70%，不宜调整为65%，考虑到部分城市管网建设滞后的实际情况。",
    "建议删除第三章第二节中关于燃煤锅炉淘汰的表述。", "建议保留第三章第二节中关于燃煤锅炉淘汰的表述。",
    "建议在第三章增加农村污水治理内容。", "建议在第五章增加农村污水治理内容。"]


def test_near_copies_that_ask_for_different_things_are_kept_apart_with_the_reason(tmp_path):
    import openpyxl

    import consultagg as ca

    g = NearDuplicateGrouper().fit(ISSUE_EXAMPLE + [ISSUE_EXAMPLE[3].replace("，", ",")])
    assert len(set(g.labels_[:7].tolist())) == 7  # before: [0, 0, 0, 1, 1, 2, 2]
    assert g.labels_[7] == g.labels_[3]  # a true copy still groups
    assert g.explain(0, 1) == "相似但未合并：数值不同：65% / 75%"
    assert g.explain(3, 4) == "相似但未合并：方向相反：删除 / 保留"
    assert g.explain(5, 6) == "相似但未合并：章节不同：第三章 / 第五章"  # (as the texts write them)
    assert g.explain(3, 7) == "同一意见"
    # The tracker's 重复意见 sheet lists every opinion kept apart, with the reason.
    result = ca.analyse([{"提出单位": f"单位{i}", "意见内容": t} for i, t in enumerate(ISSUE_EXAMPLE)])
    ws = openpyxl.load_workbook(result.to_excel(tmp_path / "t.xlsx"))["重复意见"]
    header = [c.value for c in ws[1]]
    reasons = [r[header.index("相似但未合并（原因）")] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert any("数值不同：65% / 75%" in (x or "") for x in reasons)
    assert any("方向相反：删除 / 保留" in (x or "") for x in reasons)
    assert len({op.group_id for op in result.opinions}) == 7


def test_a_group_decision_never_answers_opinions_kept_apart_as_one():
    import consultagg as ca

    texts = ISSUE_EXAMPLE[3:5] + [ISSUE_EXAMPLE[3]]  # 删除 twice, 保留 once
    result = ca.analyse([{"提出单位": f"单位{i}", "意见内容": t} for i, t in enumerate(texts)])
    delete = next(g for g in result.groups if g.size == 2)
    keep = next(g for g in result.groups if g.size == 1)
    assert keep.related and keep.related[0][0] == delete.id
    with pytest.raises(ValueError, match="不能作为一组答复") as err:
        ca.apply_group_decision(result, [delete.id, keep.id], "采纳")
    ids = [op.comment.id for op in result.opinions]
    assert all(i in str(err.value) for i in ids) and "删除 / 保留" in str(err.value)
    # One group at a time is answered, and only its own members.
    done = ca.apply_group_decision(result, delete.id, "采纳")
    answered = [op for op in done.opinions if op.disposition]
    assert len(answered) == 2 and all(op.group_id == delete.id for op in answered)


def test_members_kept_apart_are_related_to_each_other_with_their_own_reason():
    base = "建议将城市生活污水集中收集率指标的目标值由70%调整为{}，考虑到部分城市管网建设滞后的实际情况。"
    g = NearDuplicateGrouper().fit([base.format(v) for v in ("65%", "75%", "85%")])
    assert len(set(g.labels_.tolist())) == 3
    assert g.explain(0, 1) == "相似但未合并：数值不同：65% / 75%"
    assert g.explain(1, 2) == "相似但未合并：数值不同：75% / 85%"
    assert g.explain(0, 2) == "相似但未合并：数值不同：65% / 85%"


def test_short_ocr_d_copies_are_proposed_and_grouped():
    # a short text's OCR'd copy (2O25 / 曰 / 6S / 兔) was never a candidate: its key held the confusions
    from consultagg.dedup import NearDuplicateGrouper

    pairs = [("建议本办法自2026年5月1日起施行。", "建议本办法自2O26年5月1曰起施行。"),
             ("建议对70岁以上老人免费体检。", "建议对7O岁以上老人兔费体检。"),
             ("建议对65岁以上老人免费接种疫苗。", "建议对6S岁以上老人兔费接种疫苗。"),
             ("第一章第一节关于发展基础的分析中，建议补充最新数据。", "第—章第—节关于发展基础的分析中，建议补充最新数据。")]
    for a, b in pairs:
        g = NearDuplicateGrouper().fit([a, b])
        assert g.labels_[0] == g.labels_[1], (a, b, g.explain(0, 1))
    # the folding proposes, the verifier judges: other numbers still differ
    g = NearDuplicateGrouper().fit(["建议对65岁以上老人免费接种疫苗。", "建议对60岁以上老人免费接种疫苗。"])
    assert g.labels_[0] != g.labels_[1]


def test_short_copies_with_a_few_spoken_words_are_proposed_and_grouped():
    # their keys differ by 这 / 这个, 了, 家, 根本, 一下: no exact key, no shingle candidate before
    from consultagg.dedup import NearDuplicateGrouper

    a = "这个路口红绿灯时间太短，老人过马路走不过去，建议延长行人绿灯时间。"
    b = "这路口红绿灯时间太短了，老人家过马路根本走不过去，建议延长一下行人绿灯的时间。"
    other = "这个路口红绿灯时间太长，老人过马路等不及，建议缩短行人红灯时间。"
    g = NearDuplicateGrouper().fit([a, b, other])
    assert g.labels_[0] == g.labels_[1], g.explain(0, 1)
    assert g.labels_[2] != g.labels_[0]
    # a stricter threshold is stricter here too
    assert NearDuplicateGrouper(threshold=0.95).fit([a, b]).labels_.tolist() == [0, 1]


def test_the_same_groups_whatever_the_number_of_processes(monkeypatch):
    from consultagg.dedup import campaigns, regroup

    texts, _ = _generated_campaign(1)
    texts = texts + ["建议将污水收集率目标调整为65%。", "建议将污水收集率目标调整为75%。", "建议将污水收集率目标调整为65% 。",
                     "建议删除第三章关于燃煤锅炉的表述。", "建议保留第三章关于燃煤锅炉的表述。",
                     "您好！建议在东门增设路灯。谢谢", "建议在东门增设路灯", "建议在东门増设路灯。"]
    one = NearDuplicateGrouper().fit(texts)
    # every step that can run on processes does, however little work there is
    monkeypatch.setattr(regroup, "_PARALLEL_TEXTS", 1)
    monkeypatch.setattr(regroup, "_PARALLEL_GROUPS", 1)
    monkeypatch.setattr(campaigns, "_PARALLEL_MEMBERS", 1)
    two = NearDuplicateGrouper(n_jobs=2).fit(texts)
    assert one.labels_.tolist() == two.labels_.tolist()
    assert one.related_ == two.related_ and one.kinds_ == two.kinds_
    assert one.labels_[-8] == one.labels_[-6] != one.labels_[-7]  # the parallel steps had work to do
    assert one.labels_[-3] == one.labels_[-2]
