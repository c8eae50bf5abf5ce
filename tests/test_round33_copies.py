"""Held-out 35 (fair 1/105 and 90/105 at e294c67): an added sentence that goes on with the request, and
copies kept apart by a closing, a forum's line, an age, an OCR shape, 多 before the verb.

Release blocker: 建议…进行公示。并开通专门的举报电话，接受群众监督。 was grouped with the request
without its second demand: the framing step read the sentence as a contact line (电话).
"""

from __future__ import annotations

import pytest

from consultagg import NearDuplicateGrouper


def _together(a: str, b: str) -> bool:
    g = NearDuplicateGrouper().fit([a, b])
    return g.labels_[0] == g.labels_[1]


def test_a_sentence_going_on_with_the_request_is_a_new_demand():
    a = "建议对农村危房改造补助资金的发放情况进行公示。"
    g = NearDuplicateGrouper().fit([a, a[:-1] + "。并开通专门的举报电话，接受群众监督。"])
    assert g.labels_[0] != g.labels_[1]
    assert "补充了新的诉求" in g.explain(0, 1)


@pytest.mark.parametrize("a, b", [
    ("建议公开城区内占道施工的审批信息。", "建议公开城区内占道施工的审批信息。以上是个人的一点建议，请予以参考。"),
    ("小区周边没有一家平价药店，老人买常用药都要坐四十分钟车到市区。建议在社区卫生服务站附近引进一家能刷医保卡的定点药店。",
     "感谢政府给我们提意见的机会。小区周边没有一家平价药店，老人买常用药都要坐四十分钟车到市区。"
     "建议在社区卫生服务站附近引进一家能刷医保卡的定点药店。期盼采纳！"),
    ("城区多个路段的井盖破损下沉，电动车经过时非常危险。建议市政部门组织一次井盖专项排查，及时更换破损井盖。",
     "楼主 发表于 2024-06-03 08:15\n城区多个路段的井盖破损下沉，电动车经过时非常危险。建议市政部门组织一次井盖专项排查，及时更换破损井盖。"),
    ("我是港湾社区居民，年龄70岁，要求社区恢复免费测血压服务。", "我是港湾社区居民，年龄66岁，要求社区恢复免费测血压服务。"),
    ("建议公园开放时间提前到早上六点。", "建议公园开放时间捉前到早上六点。"),
    ("建议在体育馆周边增加共享单车投放点。", "建议体育馆周边多增加一些共享单车投放点。"),
])
def test_copies_group(a, b):
    assert _together(a, b)


@pytest.mark.parametrize("a, b", [
    ("建议将老年人免费乘车的年龄调整为70岁。", "建议将老年人免费乘车的年龄调整为65岁。"),
    ("建议公开城区内占道施工的审批信息。", "建议公开城区内占道施工的审批信息。建议同时公开施工单位的联系电话。"),
    ("建议公园开放时间提前到早上六点。", "建议公园开放时间推迟到早上六点。"),
])
def test_different_requests_stay_apart(a, b):
    assert not _together(a, b)
