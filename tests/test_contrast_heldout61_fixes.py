"""Copies the grouper kept apart, found by contrast pairs held-out 61 and 62 (written blind,
measured once at 2efbcef: copies 81/105 and 83/105). The texts are written anew here; the controls
change the request and stay apart."""

import pytest

from consultagg import NearDuplicateGrouper

COPIES = {
    "a count in 万 and 千 written in words": ("某区现有充电桩约2.3万个，建议适当控制新增数量。", "某区现有充电桩约两万三千个，建议适当控制新增数量。"),
    "a greeting and modesty before the request": ("各位领导好，我是一名快递员，文化不高，说得不对请见谅。建议在写字楼旁设置快递车临时停靠点。",
                                                 "我是一名快递员。建议在写字楼旁设置快递车临时停靠点。"),
    "praise of the draft's work before the request": ("我们注意到征求意见稿在护林员管理方面作了有益探索，在此表示肯定。建议明确护林员的巡护补助标准。",
                                                    "建议明确护林员的巡护补助标准。"),
    "如有不当，请予指正 after it": ("某街道办事处：建议对长期占道的废旧单车先行清理。如有不当，请予指正。感谢！", "某街道办事处：建议对长期占道的废旧单车先行清理。"),
    "sent again because no receipt came": ("林区道路两侧枯枝多，建议每年入冬前集中清理。上次提交后未收到回执，特此再报。", "林区道路两侧枯枝多，建议每年入冬前集中清理。"),
    "a note on the channels it was sent by": ("建议将景区停车秩序纳入文明城市测评。（同时通过邮件和信件提交，内容一致）", "建议将景区停车秩序纳入文明城市测评。"),
    "a note that the attachment was sent again": ("【补充提交】建议在第三十五条增加对古建筑使用人的定期培训。（附件已补传）", "建议在第三十五条增加对古建筑使用人的定期培训。"),
    "a unit's signature over a month": ("市住建局意见：第四十条对单位和个人未作区分，建议分别规定。以上意见供参考。\n市住房和城乡建设局\n2026年7月",
                                       "第四十条对单位和个人未作区分，建议分别规定。"),
}

DIFFERENT = {
    "another count in 万 and 千": ("某区现有充电桩约2.3万个，建议适当控制新增数量。", "某区现有充电桩约两万五千个，建议适当控制新增数量。"),
    "praise, then another request": ("我们注意到征求意见稿在护林员管理方面作了有益探索，在此表示肯定。建议提高护林员的巡护补助标准。",
                                    "建议明确护林员的巡护补助标准。"),
    "sent again, and asking for more": ("林区道路两侧枯枝多，建议每年入冬前集中清理。上次提交后未收到回执，另建议增设防火检查站。",
                                        "林区道路两侧枯枝多，建议每年入冬前集中清理。"),
    "another month's plan in the request": ("建议2026年7月前完成第四十条配套细则。", "建议2026年9月前完成第四十条配套细则。"),
}


@pytest.mark.parametrize("name", COPIES)
def test_copies_group(name):
    a, b = COPIES[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] == g.labels_[1], g.explain(0, 1)


@pytest.mark.parametrize("name", DIFFERENT)
def test_the_controls_stay_apart(name):
    a, b = DIFFERENT[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] != g.labels_[1]


def test_the_reason_tells_the_numbers_as_written():
    # False before: 一万五千 was read as 1万 then 5000, and the reason told the office 100005000.
    g = NearDuplicateGrouper().fit(["建议将补贴对象扩大到一万五千户。", "建议将补贴对象扩大到一万八千户。"])
    assert g.labels_[0] != g.labels_[1]
    # (as the texts write them since the reasons quote the texts, not their reduced forms)
    assert g.explain(0, 1) == "相似但未合并：数值不同：一万五千户 / 一万八千户"
