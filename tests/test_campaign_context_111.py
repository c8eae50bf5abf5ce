"""Different requests inside a form letter's context stay apart: what contrast set held-out 111 showed (its fair
figure was measured before these rules). Release blockers, failing at 05b8240: 我们村在图2-6上… taken for who
writes; another document cited (《实施细则》 / 《条例》). The set's pair whose signer's clauses stood before 我的意见很明确：
不要… (no word that asks, so they were not set aside) is still grouped: setting them aside there split a form letter
whose signers name their own post (…楼长，代表本人意见：…); the text here, kept apart before too, guards the negation.
Texts are written for these tests."""

import consultagg as ca

WHO = ("我是东湾镇柳庄村的村民，", "我家住在南苑小区，是一名公交司机，", "作为一名中学教师，我每天都经过这里，",
       "本人在西岭乡石桥村生活了52年，", "我家住在北岸花园小区，是一名护士，")


def _apart(a: str, b: str, who=WHO) -> bool:
    def fit(x, y):
        return ca.NearDuplicateGrouper().fit([who[i] + x for i in range(4)] + [who[4] + y]).labels_
    return all((labels := fit(x, y))[4] not in labels[:4] for x, y in ((a, b), (b, a)))


def test_a_negation_after_my_opinion_is_clear():
    a = "乡中心小学的合并问题大家议论很多，我的意见很明确：不要并到镇上去，山里几百个孩子上学就靠它。"
    who = ("作为一名教师，我每天都经过河边，", "本人在柳河镇杏园村生活了41年，", "我家住在东城花园小区，是一名医生，",
           "我是双桥乡南沟村的村民，", "本人在石岗镇前进村生活了27年，")
    assert _apart(a, a.replace("不要并到", "要并到"), who)


def test_our_village_on_another_map_is_another_request():
    a = "我们村在图3-5上被标成了采矿用地，实际上是连片的林地，多年来一直封山育林，请核实更正。"
    who = ("我是双桥乡南沟村的村民，", "本人在石岗镇前进村生活了27年，", "作为一名退休职工，我很关心这件事，",
           "我家住在滨江小区，是一名厨师，", "我是一名在校大学生，")
    assert _apart(a, a.replace("图3-5", "图5-3"), who)


def test_another_document_cited_is_another_request():
    a = "《实施办法》第十八条把“重点排污单位”的范围只限定在工业企业，建议把规模化养殖场也加进去。"
    assert _apart(a, a.replace("《实施办法》", "《管理条例》"))


def test_the_same_document_with_its_bracket_is_the_same_request():
    a = "《管理条例（草案）》第十八条把“重点排污单位”的范围只限定在工业企业，建议把规模化养殖场也加进去。"
    labels = ca.NearDuplicateGrouper().fit([WHO[i] + a for i in range(4)] + [WHO[4] + a.replace("（草案）", "")]).labels_
    assert len(set(labels)) == 1
