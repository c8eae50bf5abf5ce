"""Found by contrast pairs held-out 63 (written blind, measured once at 0837f6f: 1/105 different
requests grouped in one fit, copies 82/105), and the form letters held-out 61-63 kept apart. The texts
are written anew here; the controls stay apart."""

import pytest

from consultagg import NearDuplicateGrouper


def test_a_campaign_member_asking_for_another_amount_in_other_words_leaves_it():
    # Release blocker (failed before): four copies of one request made a campaign, and a member that
    # reworded the sentence around another amount (设置5000元上限 / …不超过3000元) stayed in it, so a
    # group decision would have answered both amounts alike.
    template = "某市市场监督管理局：建议第十四条对个人记名预付卡单张充值金额设置5000元上限。"
    texts = [template, template, "某市市场监督管理局：经研究，现提出如下意见。建议第十四条对个人记名预付卡单张充值金额设置5000元上限。",
             "（重复提交）某市市场监督管理局：建议第十四条对个人记名预付卡单张充值金额设置5000元上限。",
             "某市市场监督管理局：建议第十四条对单用途预付卡单张充值金额设置上限，个人记名卡不超过3000元。"]
    g = NearDuplicateGrouper().fit(texts)
    assert len({g.labels_[i] for i in range(4)}) == 1
    assert g.labels_[4] != g.labels_[0]
    assert "3000" in g.explain(0, 4) and "5000" in g.explain(0, 4)


COPIES = {
    "villagers' own lines before the request": (
        "某县某乡某村村民陈某某：我家种了8亩水稻。请求条例允许秋收后经村委会同意在距林缘100米以外的田块集中焚烧秸秆。",
        "某县某乡某村村民黄某某：家里种了5亩玉米，老伴身体不好。请求条例允许秋收后经村委会同意在距林缘100米以外的田块集中焚烧秸秆。"),
    "an age, a building and a telephone": (
        "我叫杨某某，今年72岁，住某街道某里6号楼，不会用智能手机。建议企业为老年人提供实体卡刷卡开锁的方式。",
        "我叫冯某某，今年68岁，住某街道某里14号楼，电话138****3390。建议企业为老年人提供实体卡刷卡开锁的方式。"),
}

DIFFERENT = {
    "the story names the project the request is about": (
        "某镇拟新建的饲料加工厂距离居民区不足300米，周边居民十分担心粉尘问题。建议环评审批时严格论证选址，并组织周边居民召开听证会。",
        "某镇拟新建的沥青搅拌站距离居民区不足300米，周边居民十分担心粉尘问题。建议环评审批时严格论证选址，并组织周边居民召开听证会。"),
    "two villages' own cemetery": (
        "东坪村村民郭某：我家祖坟在后山。建议在村公墓旁建设集中焚烧炉，允许防火期内祭扫时在炉内焚烧祭品。",
        "西岭村村民罗某：我家祖坟在后山。建议在村公墓旁建设集中焚烧炉，允许防火期内祭扫时在炉内焚烧祭品。"),
    "the story names a part of the draft": (
        "我仔细看了第三章。建议增加农村生活污水收集处理设施建设的内容，并明确资金来源。",
        "我仔细看了第五章。建议增加农村生活污水收集处理设施建设的内容，并明确资金来源。"),
}


@pytest.mark.parametrize("name", COPIES)
def test_form_letters_with_their_senders_own_lines_group(name):
    a, b = COPIES[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] == g.labels_[1], g.explain(0, 1)


@pytest.mark.parametrize("name", DIFFERENT)
def test_a_story_that_carries_the_request_keeps_them_apart(name):
    a, b = DIFFERENT[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] != g.labels_[1]
