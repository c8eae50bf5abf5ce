"""Held-out 48 (fair 0/105 different, 81/105 copies, at 42fe5c9): copies from villages, written anew.

A form letter whose writer names the village and then themself (我是某村的王某某，…村里…) kept copies apart
by the name alone; so did a 意见人：姓名，身份证号…，某村一组。意见：… lead, a plea to a county's leaders
(恳请县领导予以重视), OCR shapes (拉圾, 汚水, 管冈, 乡填, 冶理 / 推迸) and a re-post that only says 同上 above
the quoted message (>> 3月5日 某某：…). What must stay apart: another village, another request.
"""

from __future__ import annotations

import pytest

from consultagg import NearDuplicateGrouper


def _together(a: str, b: str) -> bool:
    g = NearDuplicateGrouper().fit([a, b])
    return g.labels_[0] == g.labels_[1]


_FORM = "我是石桥村的{name}，改厕补助申请三个月了还没到账，请县里帮忙查一下，村里好几户都是这样。"


def test_the_writers_name_after_their_village_is_no_other_request():
    assert _together(_FORM.format(name="王桂兰"), _FORM.format(name="赵德明"))
    # the same name in another village is another request: the village's own subsidies
    assert not _together(_FORM.format(name="王桂兰"), _FORM.format(name="王桂兰").replace("石桥村", "柳塘村"))


def test_a_form_of_who_gives_the_opinion():
    ask = "意见：建议村级保洁费收支每季度在村务公开栏公示。"
    assert _together(f"意见人：王某某，身份证号4301**********1234，石桥村二组。{ask}",
                     f"意见人：李某，身份证号4301**********5678，石桥村五组。{ask}")
    assert not _together(f"意见人：王某某，石桥村二组。{ask}",
                         f"意见人：王某某，石桥村二组。{ask.replace('每季度', '每月')}")


@pytest.mark.parametrize("a,b", [
    ("建议方案对农村公厕的管护经费作出规定。恳请县领导予以重视。", "建议方案对农村公厕的管护经费作出规定。"),
    ("垃圾中转站每日清运后应冲洗消毒。", "拉圾中转站每日清运后应冲洗消毒。"),
    ("建议建设污水管网时同步做好雨污分流。", "建议建设汚水管冈时同步做好雨汚分流。"),
    ("乡镇要把保洁员工资按月发放。", "乡填要把保洁员工资按月发放。"),
    ("黑臭水体治理要与清淤结合，建议整村推进。", "黑臭水体冶理要与清淤结合，建议整村推迸。"),
    ("柳塘村的荷花塘又有人倒垃圾，请求安装监控。", "同上，再次反映！\n>> 3月5日 赵德明：柳塘村的荷花塘又有人倒垃圾，请求安装监控。"),
])
def test_copies_from_villages(a, b):
    assert _together(a, b)


def test_a_re_post_quoting_another_message_is_not_a_copy_of_this_one():
    a = "柳塘村的荷花塘又有人倒垃圾，请求安装监控。"
    assert not _together(a, "同上，再次反映！\n>> 3月5日 赵德明：石桥村的垃圾站满了，请求增加清运次数。")
