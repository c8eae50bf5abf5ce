"""Found by contrast pairs held-out 67 (written blind, measured once at d1bca83: 0/105 different per pair,
1/105 in one fit). The texts are written anew here."""

from consultagg import NearDuplicateGrouper


def test_a_campaign_member_that_asks_for_more_in_a_clause_leaves_the_campaign():
    # Release blocker (failed before): in one fit, four copies of a company's request made a campaign, and a
    # fifth that added …，并在安全生产责任保险费率上给予不低于20%的下浮优惠 stayed in it (给予 was no verb of
    # a clause that asks for more), so a group decision would have answered the added request unread.
    base = "某化工有限公司：建议第三十条对安全生产标准化一级企业适当减少执法检查频次。"
    texts = [base, base, "建议第三十条对安全生产标准化一级企业适当减少执法检查频次。",
             "某化工有限公司：建议第三十条对标准化一级企业减少执法检查频次。",
             "某化工有限公司：建议第三十条对安全生产标准化一级企业适当减少执法检查频次，并在安全生产责任保险费率上给予不低于20%的下浮优惠。"]
    g = NearDuplicateGrouper().fit(texts)
    assert g.labels_[4] != g.labels_[0]
    assert "下浮优惠" in g.explain(0, 4)
