"""Held-out 37 (fair 2/105 and 82/105 at 491e370; villagers' and citizens' spoken messages).

Release blockers: 我觉得这个要取缔 / 我觉得这个别取缔 were grouped (这个别 read as 个别, "a few", and 要 / 别 as
a typo); 把流浪狗的收容写进去 / 把流浪猫的收容写进去 were grouped (one character for one read as a typo,
though the other animal is named in the text itself).
"""

from __future__ import annotations

import pytest

from consultagg import NearDuplicateGrouper

_STRAYS = ("我们小区后面的荒地上，流浪狗和流浪猫都有，晚上叫得人睡不着，还有小孩被抓伤过。"
           "这次征求意见，我建议把流浪狗的收容也写进去，明确由哪个部门牵头，经费从哪里出。")
_VANS = ("好多家长凑钱请村里的面包车接送娃，一个车塞十几个娃，路上还有好几道急弯。"
         "草案讲要取缔私人面包车接送学生，我觉得这个要取缔，不过取缔以后娃怎么上学，要有个说法。")


def _together(a: str, b: str) -> bool:
    g = NearDuplicateGrouper().fit([a, b])
    return g.labels_[0] == g.labels_[1]


@pytest.mark.parametrize("a, b", [
    (_VANS, _VANS.replace("这个要取缔", "这个别取缔")),
    (_STRAYS, _STRAYS.replace("把流浪狗", "把流浪猫")),
    ("我家在市场租了两个摊位，一年租金一万二，建议分两年慢慢涨。", "我家在市场租了两个摊位，一年租金一万五，建议分两年慢慢涨。"),
])
def test_different_requests_stay_apart(a, b):
    assert not _together(a, b)


@pytest.mark.parametrize("a, b", [
    ("市民政局对办法的意见：建议增加民政部门参与验收的规定；配建设施确需调整的须经民政部门同意。",
     "市民政局对办法的意见：建议增加民玫部门参与验收的规定；配建设施确需调整的须经民政部门同意。"),
    ("我家在农贸市场租了2个摊位，一年租金一万二，听说明年要涨到一万五，涨幅太大，建议分两年慢慢涨。",
     "我家在农贸市场租了两个摊位，一年租金12000，听说明年要涨到15000，涨幅太大，建议分2年慢慢涨。"),
    ("河边的护栏断了好几截，小孩玩水危险，建议尽快修好。", "工单编号：GD20240517-0382\n河边的护栏断了好几截，小孩玩水危险，建议尽快修好。"),
    ("我们组几户人家共用一口老井，村里说老井要填掉。这口井水质很好，停水的时候还能应急。建议保留老井，加个井盖和护栏。",
     "转发邻居的话，大家一起支持：“我们组几户人家共用一口老井，村里说老井要填掉。这口井水质很好，停水的时候还能应急。"
     "建议保留老井，加个井盖和护栏。”"),
    ("我们村的自来水一直是村里自己管的，收费不统一，建议由供水公司统一接管，统一收费。",
     "领导您好，打扰了。我们村的自来水一直是村里自己管的，收费不统一，建议由供水公司统一接管，统一收费。"
     "以上是我个人的一点想法，希望能被采纳，万分感谢！"),
    ("我今年72岁，希望镇上给老人办免费公交卡。", "我今年68岁，希望镇上给老人办免费公交卡。"),
    ("农家乐的垃圾请安排车子每天来拉。", "农家乐的垃圾请安排车子天天来拉吧。"),
])
def test_copies_group(a, b):
    assert _together(a, b)
