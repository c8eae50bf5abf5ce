"""Found by contrast pairs held-out 76 (written blind, measured once with the grouper of a9c8a2b: 0/105
different per pair but 1/105 in one fit). The texts are written anew here; the assertion failed before."""

from consultagg import NearDuplicateGrouper


def test_a_campaign_member_asking_for_another_kind_of_place_leaves_it():
    # A release blocker: in one fit, copies of a request about 学校周边 made a campaign, and a member asking the same
    # around 幼儿园 (written 建议规定幼儿园周边… against 建议在学校周边…: the change covers more than the word)
    # stayed in it, so a decision on the campaign would have answered both.
    template = "建议在学校周边300米范围内上下学时段禁止货车通行。"
    texts = [template] * 5 + ["建议规定幼儿园周边300米范围内，上下学时段禁止货车通行。",
                              "建议规定中小学校周边300米范围内，上下学时段禁止货车通行。"]
    g = NearDuplicateGrouper().fit(texts)
    assert g.labels_[5] != g.labels_[0]
    # 中小学校 narrows 学校: the same kind of place, the member stays
    assert g.labels_[6] == g.labels_[0]
