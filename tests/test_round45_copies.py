"""Held-out 49 (fair 0/105 different per pair but 4/105 in one fit, 73/105 copies, at f71d19d).

Release blocker: when enough copies of a request made a campaign, a member asking with one word put
for another (从严把握 / 从宽把握, 学校周边 / 医院周边, 住房和城乡建设部门 / 交通运输部门) stayed in it, as
campaign members may edit words to make a letter their own; group decisions would have answered both
alike. A direction of enforcement (从严 / 从宽, 从重 / 从轻) and one kind of place or body put for another in
the request (学校 / 医院, 化工园区 / 工业园区, 某某部门) now take the member out; a member's own village,
estate or name, and words put for their synonyms, still do not (the injected campaigns edit those).
"""

from __future__ import annotations

import pytest

from consultagg import NearDuplicateGrouper

_ASK = "对于化工园区内的企业，建议从严把握《不予处罚清单》的适用，特别是涉及有毒有害物质的事项。"
_COPIES = [_ASK, _ASK.replace("，", ","), "您好！" + _ASK, _ASK + "谢谢！", _ASK.replace("企业", "企业 ")]


@pytest.mark.parametrize("old,new", [("从严", "从宽"), ("化工园区", "工业园区"), ("化工园区", "开发区")])
def test_a_campaign_member_asking_with_another_word_leaves_the_campaign(old, new):
    texts = _COPIES + [_ASK.replace(old, new)]
    g = NearDuplicateGrouper().fit(texts)
    assert len(set(g.labels_[:5].tolist())) == 1  # the copies are one campaign
    assert g.labels_[5] != g.labels_[0]
    assert g.explain(0, 5).startswith("相似但未合并")


def test_campaign_members_making_the_letter_their_own_stay():
    texts = _COPIES + ["我是园区附近的居民，家里有两个孩子。" + _ASK, _ASK + "我们都很担心。", _ASK.replace("化工", "化エ")]
    g = NearDuplicateGrouper().fit(texts)
    assert len(set(g.labels_.tolist())) == 1
