"""Campaign members that change or add to the request (held-out 33 measured in one fit: 4/105).

Release blockers: a campaign whose template asks in no word of the campaign judge's list
(沙尘天气应纳入学校停课情形。) took in the member that negates it; a member that keeps the request and
adds a clause asking for more (…明细，并明确中途退园的退费办法) passed the quick check unread.
"""

from __future__ import annotations

from consultagg import NearDuplicateGrouper


def _campaign(template: str, others: list[str], n: int = 6) -> NearDuplicateGrouper:
    texts = [template] * n + [template.replace("。", "") + "！", "【转发】" + template] + others
    return NearDuplicateGrouper(min_campaign_size=3).fit(texts)


def test_negated_member_leaves_the_campaign():
    g = _campaign("沙尘天气应纳入学校停课的情形。", ["沙尘天气不应纳入学校停课的情形。"])
    assert g.labels_[-1] != g.labels_[0]


def test_member_asking_for_more_leaves_the_campaign():
    g = _campaign("建议公示幼儿园各项收费明细。", ["建议公示幼儿园各项收费明细，并明确中途退园的退费办法。",
                                                 "建议活禽市场设置独立宰杀区，并且每天收市后全面消毒。"])
    assert g.labels_[-2] != g.labels_[0]


def test_member_with_a_personal_detail_stays():
    g = _campaign("建议公示幼儿园各项收费明细。", ["我是大二班家长。建议公示幼儿园各项收费明细。"])
    assert g.labels_[-1] == g.labels_[0]
