"""Release blocker found by contrast pairs held-out 84 (written blind, measured once with the grouper of 313c877: 0/105
different requests grouped per pair, 1/105 in one fit). The assertion on the swap failed before."""

import consultagg as ca


def test_campaign_members_that_swap_who_leads():
    # In one fit, copies of one bureau's request (one an OCR's, with 菅 for 管 and a broken space) made a campaign
    # whose template names no order of the two departments (…由市场监管部门牵头。); 由市场监管部门牵头、商务部门配合 and
    # 由商务部门牵头、市场监管部门配合 each passed against it and stayed together, so a decision on the campaign would
    # have answered both.
    texts = ["市场监督管理局：建议将成品油质量抽检工作调整为由市场监管部门牵头、商务部门配合。",
             "市场监督管理局：建议将成品油质量抽检工作调整为由商务部门牵头、市场监管部门配合。",
             "市场监督管理局：建议成品油质量抽检由市场监管部门牵头、商务部门配合。",
             "市场监督管理局：建议成品油质量抽检由市场监菅部门牵头、商 务部门配合。",
             "市场监督管理局：建议成品油质量抽检由市场监管部门牵头。"]
    g = ca.NearDuplicateGrouper().fit(texts)
    assert g.labels_[0] != g.labels_[1]
    assert "顺序对调" in g.explain(0, 1)
