"""Held-out 36 (fair 0/105 and 78/105 at 9486e30): departments' points copied with other wording.

The same point sent by several units of one reply (我市建议 / 我县建议, 经我院研究 / 经我中心研究), the part
of the draft named (关于X的规定, 的内容, 鉴于), 未予明确 / 没有明确, 关于 / 对于, a numbering 1） for （一）,
a unit's 我中心认为， and forwarding lines (English mail headers, —— 转发自 … ——, 附：某处意见).
Where a unit names itself as the place asked about (在我市设立 / 在我县设立) the requests stay apart.
"""

from __future__ import annotations

import pytest

from consultagg import NearDuplicateGrouper


def _together(a: str, b: str) -> bool:
    g = NearDuplicateGrouper().fit([a, b])
    return g.labels_[0] == g.labels_[1]


@pytest.mark.parametrize("a, b", [
    ("我市建议规划第三章第四节补充跨市域城际铁路的站点衔接方案，重点解决换乘距离过长问题。",
     "我县建议规划第三章第四节补充跨市域城际铁路的站点衔接方案，重点解决换乘距离过长问题。"),
    ("经我院研究，建议规划表3中“每万人口全科医生数”目标值调整为5人。", "经我中心研究，建议规划表3中“每万人口全科医生数”目标值调整为5人。"),
    ("第十六条关于城市树木迁移，建议明确迁移审批的办理时限。", "第十六条有关城市树木迁移的规定，建议进一步明确迁移审批的办理时限。"),
    ("附件2中社区食堂运营补贴标准未予明确，建议予以明确。", "附件2中的社区食堂运营补贴标准没有明确，建议明确。"),
    ("（一）规划第四章第三节提出的“职住平衡指数”缺乏计算方法说明，建议在附录中补充。",
     "1）规划第四章第三节提出的\"职住平衡指数\"缺乏计算方法说明;建议在附录中补充."),
    ("第十二条关于小区公共收益，建议规定物业服务企业每半年公示一次收支情况。",
     "我中心认为，第十二条关于小区公共收益，建议规定物业服务企业每半年公示一次收支情况。以上意见，仅供参考。"),
    ("第五条关于农机购置补贴，建议向丘陵山区适用小型机具倾斜。",
     "-----Forwarded message-----\nFrom: 某县农业农村局\nSubject: 意见\n\n第五条关于农机购置补贴，建议向丘陵山区适用小型机具倾斜。"),
    ("第十四条关于建筑节能改造，建议对公共建筑改造推行合同能源管理模式。",
     "—— 转发自 某区住建局 ——\n第十四条关于建筑节能改造，建议对公共建筑改造推行合同能源管理模式。"),
])
def test_copies_group(a, b):
    assert _together(a, b)


@pytest.mark.parametrize("a, b", [
    ("建议在我市设立养老服务指导中心分中心。", "建议在我县设立养老服务指导中心分中心。"),
    ("附件2中社区食堂运营补贴标准未予明确，建议予以明确。", "附件2中社区食堂运营补贴标准已予明确，建议予以明确。"),
    ("第十六条关于城市树木迁移，建议明确迁移审批的办理时限。", "第十七条关于城市树木迁移，建议明确迁移审批的办理时限。"),
])
def test_different_requests_stay_apart(a, b):
    assert not _together(a, b)
