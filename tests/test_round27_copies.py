"""Held-out 28's fair figure grouped two different requests (a release blocker): two villagers of
different villages asking the same for 我们村 — the sentence naming the village was set aside as who
writes, though the request is about that village. Its missed copies follow, in new words. The texts
are new, not the set's; each failed before the change."""

import pytest

from consultagg.dedup import NearDuplicateGrouper
from consultagg.dedup.verify import request_difference

BLOCKERS = {
    "our village, two villages": ("我是桂岭镇石门村村民。规划把我们村列为集中供水的类型，但我们村离水厂有八公里，建议改为就地建设小型水厂。",
                                  "我是桂岭镇龙潭村村民。规划把我们村列为集中供水的类型，但我们村离水厂有八公里，建议改为就地建设小型水厂。"),
    "our estate, two estates": ("我住在丹桂苑小区。我们小区的雨水管年久失修，一下雨就倒灌，请把我们小区列入今年的改造计划。",
                                "我住在银杏苑小区。我们小区的雨水管年久失修，一下雨就倒灌，请把我们小区列入今年的改造计划。"),
}


@pytest.mark.parametrize("name", sorted(BLOCKERS))
def test_round27_the_place_who_writes_names_is_the_requests(name):
    a, b = BLOCKERS[name]
    assert request_difference(a, b) is not None, name
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 1], name


COPIES = {
    "OCR variant shapes": ("建议增设社区托育服务点，提高入托率。", "建议増设社区托育服务点，提髙入托率。"),
    "two weeks and fourteen days": ("意见稿规定的公示期为两周，建议延长至一个月。", "意见稿规定的公示期为14天，建议延长至1个月。"),
    "a name and a masked phone": ("周晓琳，137****5521，要求恢复12路公交桂岭站。", "吴国庆，135****0917，要求恢复12路公交桂岭站。"),
    "a plate number": ("车牌霖B·3K72Q车主，请求取消该路段货车限行。", "车牌霖B·9M15R车主，请求取消该路段货车限行。"),
    "forwarded from a group": ("请修复丹桂路的路灯。", "【转自业主群】请修复丹桂路的路灯。"),
    "agreed with and passed on": ("建议在乡镇卫生院开通医保慢病结算，老人不用再跑县城。",
                                  "看到邻居发的这条意见，我完全同意，转发一下：“建议在乡镇卫生院开通医保慢病结算，老人不用再跑县城。”"),
    "sent again, said in a bracket": ("建议在龙潭街道新增一所社区卫生服务中心，方便居民就近看病。",
                                      "（此件为重复报送，原件已于5月6日通过电子邮箱报送，因未收到回执，现通过平台再次提交）\n"
                                      "建议在龙潭街道新增一所社区卫生服务中心，方便居民就近看病。"),
}


@pytest.mark.parametrize("name", sorted(COPIES))
def test_round27_copies_group(name):
    a, b = COPIES[name]
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 0], (name, request_difference(a, b))


DIFFERENT = {
    "two weeks and two months": ("建议公示期为两周。", "建议公示期为两个月。"),
    "another bus stop asked back": ("周晓琳，137****5521，要求恢复12路公交桂岭站。", "周晓琳，137****5521，要求恢复12路公交龙潭站。"),
}


@pytest.mark.parametrize("name", sorted(DIFFERENT))
def test_round27_still_apart(name):
    a, b = DIFFERENT[name]
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 1], name


def test_a_speed_written_four_ways_is_one_and_another_speed_another():
    texts = ["建议学校周边限速30km/h。", "建议学校周边限速每小时30公里。", "建议学校周边限速30公里/小时。", "建议学校周边限速时速30公里。"]
    assert len(set(NearDuplicateGrouper().fit(texts).labels_.tolist())) == 1
    assert request_difference("建议学校周边限速30km/h。", "建议学校周边限速40km/h。") is not None
