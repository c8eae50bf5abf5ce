"""Form letters' sender details, typos, spoken fillers and the ways a time or a unit is written are not
the request (dedup/verify, dedup/reduce).

Written from what contrast pairs held-out 13 and 14 showed (their fair figures were taken before
these rules), as sentences of our own. The controls share the same surface and must stay apart:
the same details inside the request are what it asks about.
"""

import pytest

from consultagg import NearDuplicateGrouper
from consultagg.dedup.verify import request_difference

ASK = "强烈要求将民乐小区列入今年老旧小区改造计划。"
COPIES = {
    # the sender's numbers and name, told before the request
    "identity number's last digits": (
        "本人系兴庆区民乐小区业主，身份证号后四位0315。我们小区建成以来从未改造，外墙保温脱落。" + ASK,
        "本人系兴庆区民乐小区业主，身份证号后四位2278。我们小区建成以来从未改造，外墙保温脱落。" + ASK),
    "staff number and surname": ("公交集团司机郑某，工号1032，要求在各线路终点站建设司机休息室。",
                                 "公交集团司机冯某，工号2217，要求在各线路终点站建设司机休息室。"),
    "owner and room number": (
        "尊敬的领导：我是颐和苑小区业主林某，房号8-2-1501。小区南侧规划的高架桥距离住宅楼不足30米，强烈要求调整线位。",
        "尊敬的领导：我是颐和苑小区业主黄某某，房号3-1-702。小区南侧规划的高架桥距离住宅楼不足30米，强烈要求调整线位。"),
    "name and unit fields": ("【联名意见】姓名：白雪梅；单位：市第三中学；意见：建议将教师课后服务补助单独核定。",
                             "【联名意见】姓名：田海军；单位：育才小学；意见：建议将教师课后服务补助单独核定。"),
    # courtesy around one short request
    "greeting, modest lead and closing": ("建议增加对独居老人的定期探访服务。",
                                          "各位领导辛苦了！我提一条小建议：建议增加对独居老人的定期探访服务。不当之处请批评指正。"),
    # characters an OCR or a typo puts for one another
    "OCR 菅 for 管": ("建议加强对入河排污口设置的监管。", "建议加强对入河排污口设置的监菅。"),
    "OCR 倩 for 情 and 0 for O": ("建议将NOx排放总量指标分解到各区县，每年公布完成情况。",
                                 "建议将N0x排放总量指标分解到各区县，每年公布完成倩况。"),
    "typo 原 for 源": ("建议加强对农村饮用水水源地的保护，定期开展水质检测。",
                      "建议也要加强对农村饮用水水原地的保护，定期开展一下水质检测。"),
    # spoken words
    "以及 for 和": ("建议明确户厕后续管护的责任主体和经费来源，建立长效管护机制。",
                   "建议明确户厕后续管护的责任主体以及经费来源，建立起长效管护机制。"),
    "还有 for 和": ("希望学校食堂公开食材采购渠道和每周菜谱。", "希望学校食堂能公开一下食材的采购渠道，还有每周的菜谱。"),
    "一点 and 查一查": ("社区嵌入式养老机构写得太少，应该多写点，希望有关部门来查一下。",
                       "社区嵌入式养老机构写得太少了，应该多写一点，希望有关部门来查一查。"),
    # a time or a unit written another way
    "evening hour on the 24-hour clock": ("建议将末班车延长至晚上十一点，首班车提前至早上六点。",
                                         "建议将末班车延长至晚上23:00，首班车提前至早上6:00。"),
    "micrograms per cubic metre": ("建议PM2.5年均浓度控制在35μg/m³以下。", "建议PM2.5年均浓度控制在三十五微克每立方米以下。"),
}

DIFFERENT = {
    "a person named in the request": ("建议对违规搭建的业主林某依法处理。", "建议对违规搭建的业主黄某依法处理。"),
    "a staff number asked about": ("建议核实工号1032的司机被投诉情况。", "建议核实工号2217的司机被投诉情况。"),
    "和 for 或": ("建议明确责任主体和经费来源。", "建议明确责任主体或经费来源。"),
    "morning and evening hour": ("建议将末班车延长至上午十一点。", "建议将末班车延长至晚上23:00。"),
    "another hour": ("建议将末班车延长至晚上十点。", "建议将末班车延长至晚上23:00。"),
    "another unit of mass": ("建议PM2.5年均浓度控制在35μg/m³以下。", "建议PM2.5年均浓度控制在35mg/m³以下。"),
    "the unit a figure is in": ("表3中投资额（单位：万元）与正文不一致，建议核实。", "表3中投资额（单位：亿元）与正文不一致，建议核实。"),
}


@pytest.mark.parametrize("name", sorted(COPIES))
def test_copies(name):
    a, b = COPIES[name]
    assert request_difference(a, b) is None, (name, request_difference(a, b))
    assert request_difference(b, a) is None, (name, request_difference(b, a))


@pytest.mark.parametrize("name", sorted(DIFFERENT))
def test_controls_stay_apart(name):
    a, b = DIFFERENT[name]
    assert request_difference(a, b) is not None, name
    assert request_difference(b, a) is not None, name


def test_grouper_groups_the_copies_and_keeps_the_controls_apart():
    names = sorted(COPIES)
    labels = NearDuplicateGrouper().fit([t for name in names for t in COPIES[name]]).labels_
    for k, name in enumerate(names):
        assert labels[2 * k] == labels[2 * k + 1], name
    controls = sorted(DIFFERENT)
    labels = NearDuplicateGrouper().fit([t for name in controls for t in DIFFERENT[name]]).labels_
    for k, name in enumerate(controls):
        assert labels[2 * k] != labels[2 * k + 1], name
