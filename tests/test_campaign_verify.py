"""A campaign answered as one asks for one thing: members that change the request leave it.

Form letters are personalised (who writes, where they live, a story of their own, a word put for
another), and those members stay. A member that changes the number, the direction, a negation or
the section its template asks for is another request: it leaves the campaign, is regrouped with
the members that ask the same as it does, and is related to the campaign with the reason.
"""

import pytest

import consultagg as ca
from consultagg import NearDuplicateGrouper
from consultagg.dedup.campaigns import campaign_difference

TEMPLATE = ("规划征求意见稿提出，到2025年城市生活污水集中收集率达到70%。我们认为这一目标与我市管网建设进度不符。"
            "建议将城市生活污水集中收集率目标值调整为65%，并在第三章第二节补充老旧管网改造的资金安排。"
            "以上意见请予研究。")
SENDERS = ["我是北岭市红星村村民。", "我是河川市东关街道居民，家里三代住在这里。", "本人是石峡市退休教师。",
           "我在北岭市开了二十年小饭馆。", "我是河川市第二中学的学生家长。", "我是石峡市环保志愿者。",
           "我家住北岭市滨河小区。", "我是一名外卖骑手，常年在河川市跑单。"]


def _campaign(edit=None, n_edited=3):
    texts = [s + TEMPLATE for s in SENDERS]
    if edit:
        texts += [s + edit(TEMPLATE) for s in SENDERS[:n_edited]]
    return texts


@pytest.mark.parametrize("name, edit, reason", [
    ("number", lambda t: t.replace("调整为65%", "调整为75%"), "数值不同"),
    ("negation", lambda t: t.replace("建议将", "不建议将"), "否定不同"),
    ("direction", lambda t: t.replace("并在第三章第二节补充", "并在第三章第二节删除"), "方向相反"),
    ("section", lambda t: t.replace("第三章第二节", "第五章第二节"), "章节不同"),
])
def test_members_that_change_the_request_leave_the_campaign(name, edit, reason):
    texts = _campaign(edit)
    g = NearDuplicateGrouper().fit(texts)
    labels = g.labels_
    main, other = labels[0], labels[len(SENDERS)]
    assert all(labels[i] == main for i in range(len(SENDERS))), name
    assert all(labels[i] == other for i in range(len(SENDERS), len(texts))), name
    assert main != other, name
    assert g.groups_[main].kind == "campaign"
    assert any(gid == other and why.startswith(reason) for gid, why in g.groups_[main].related), \
        (name, g.groups_[main].related)


@pytest.mark.parametrize("name, edit", [
    ("a place in the request's own sentence kept, own story added",
     lambda t: t.replace("以上意见请予研究。", "我家门口的污水井去年冒了三次水，孩子上学都要绕道。以上意见请予研究。")),
    ("a sentence of background cut", lambda t: t.replace("我们认为这一目标与我市管网建设进度不符。", "")),
    ("a synonym", lambda t: t.replace("建议将", "提议将")),
    ("punctuation and width", lambda t: t.replace("，", ",").replace("65%", "６５％")),
])
def test_personalised_members_stay(name, edit):
    texts = _campaign(edit)
    labels = NearDuplicateGrouper().fit(texts).labels_
    assert len(set(labels.tolist())) == 1, name


def test_campaign_difference_reason():
    edited = TEMPLATE.replace("调整为65%", "调整为75%")
    assert campaign_difference(TEMPLATE, edited).reason == "数值不同：65% / 75%"
    assert campaign_difference(TEMPLATE, "我是北岭市居民。" + TEMPLATE) is None


def test_group_decision_refuses_the_split_campaign():
    texts = _campaign(lambda t: t.replace("调整为65%", "调整为75%"))
    result = ca.analyse([{"提出单位": "社会公众", "意见内容": t} for t in texts])
    by_size = sorted(result.groups, key=lambda g: -g.size)
    campaign, counter = by_size[0], by_size[1]
    assert campaign.size == len(SENDERS) and counter.size == 3
    with pytest.raises(ValueError, match="不能作为一组答复") as err:
        ca.apply_group_decision(result, [campaign.id, counter.id], "采纳")
    assert "65% / 75%" in str(err.value)
    # Each is answered on its own, only its own members.
    done = ca.apply_group_decision(result, campaign.id, "不采纳", "目标值维持70%。")
    assert sum(1 for op in done.opinions if op.disposition) == len(SENDERS)
