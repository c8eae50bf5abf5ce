"""Different requests inside a form letter's context stay apart: what contrast set held-out 110 showed (its fair
figure was measured before these rules). Release blockers, failing at 7a60e36: the same order of two needs
swapped in a sentence that asks with 应当 (a signer's clause of who writes was not set aside, so the swap was
not seen); 调低 / 调高 (neither was a word of direction). Texts are written for these tests."""

import consultagg as ca

WHO = ("我是东湾镇柳庄村的村民，", "我家住在南苑小区，是一名公交司机，", "作为一名中学教师，我每天都经过这里，",
       "本人在西岭乡石桥村生活了52年，", "我家住在北岸花园小区，是一名护士，")


def _apart(a: str, b: str) -> bool:
    def fit(x, y):
        return ca.NearDuplicateGrouper().fit([WHO[i] + x for i in range(4)] + [WHO[4] + y]).labels_
    return all((labels := fit(x, y))[4] not in labels[:4] for x, y in ((a, b), (b, a)))


def test_a_swapped_order_asked_with_should_in_a_form_letter():
    a = "枯水期闸坝调度应当优先保障下游城镇供水，其次保障农田灌溉，发电用水最后安排。"
    assert _apart(a, "枯水期闸坝调度应当优先保障农田灌溉，其次保障下游城镇供水，发电用水最后安排。")


def test_lower_and_raise_are_two_directions():
    a = "关于站前片区：片区临近老城历史街区，高度控制关系城市天际线。建议调低该片区新建建筑的限高要求，并开展专题论证。"
    b = a.replace("调低", "调高")
    assert _apart(a, b)
    labels = ca.NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] != labels[1]


def test_raise_said_two_ways_is_one_request():
    labels = ca.NearDuplicateGrouper().fit(["建议提高农村低保补助标准。", "建议调高农村低保补助标准。"]).labels_
    assert labels[0] == labels[1]


def test_a_copy_that_asks_with_should_stays_in_the_campaign():
    a = "枯水期闸坝调度应当优先保障下游城镇供水，其次保障农田灌溉，发电用水最后安排。"
    labels = ca.NearDuplicateGrouper().fit([WHO[i] + a for i in range(5)]).labels_
    assert len(set(labels)) == 1
