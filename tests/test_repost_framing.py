"""Re-posts and form letters that say the same: the status of an earlier report, an updated time
waited, whom a re-post is sent to, and a first line of identity fields are not the request.

Written for this change on texts of our own (not taken from any evaluation set); every copy pair
failed before it, every different pair is kept apart after it.
"""

import pytest

from consultagg import NearDuplicateGrouper

COPIES = [
    # the status of the earlier report added
    ("幸福路与人民路口的信号灯坏了，车辆乱行，请交警部门尽快修复。",
     "幸福路与人民路口的信号灯坏了，车辆乱行，请交警部门尽快修复。上周就反映过，到现在都没人来修。"),
    ("我们楼的化粪池满了往外冒，请街道安排清掏。",
     "第二次反映：我们楼的化粪池满了往外冒，请街道安排清掏。至今还是没有人管。"),
    ("请区住建局督促开发商补办房产证。",
     "请区住建局督促开发商补办房产证。开发商说不归他们管，一直未答复。"),
    # the time waited updated
    ("小区北门的污水管已经两个星期在漏，臭味很大，请物业和水务公司尽快维修。",
     "小区北门的污水管已经四个星期在漏，臭味很大，请物业和水务公司尽快维修。"),
    # sent to another bureau
    ("向县交通局反映：清溪镇到县城的班车取消后学生上学很难，请恢复早班车。",
     "向市交通局反映：清溪镇到县城的班车取消后学生上学很难，请恢复早班车。"),
    # said before
    ("建议在城南菜市场旁边建一个公共厕所，赶集的人太多。",
     "我去年就提过，建议在城南菜市场旁边建一个公共厕所，赶集的人太多。"),
    # a line of identity fields above a form letter
    ("住户：孙丽娟　门牌：5栋1单元302\n我们要求物业公开近三年维修基金的使用明细。",
     "住户：郑国强　门牌：12栋3单元1101\n我们要求物业公开近三年维修基金的使用明细。"),
    ("反映人：钱先生（城西社区）\n建议延长社区卫生服务站周末的开放时间。",
     "反映人：冯女士（北关社区）\n建议延长社区卫生服务站周末的开放时间。"),
    # who writes, then a stance
    ("本人何志远，系该村村民，反对在村东水库上游新建养殖场。",
     "本人梁秀英，系该村村民，反对在村东水库上游新建养殖场。"),
]

DIFFERENT = [
    # a new request added after the status, not only the status
    ("请区住建局督促开发商补办房产证。",
     "请区住建局督促开发商补办房产证。至今未解决，另外请公开逾期办证的赔偿标准。"),
    # the stance differs after the same identity
    ("本人何志远，系该村村民，反对在村东水库上游新建养殖场。",
     "本人何志远，系该村村民，支持在村东水库上游新建养殖场。"),
    # a deadline asked for, not a time waited
    ("建议小区北门的污水管两个星期内修好。", "建议小区北门的污水管四个星期内修好。"),
]


@pytest.mark.parametrize("a,b", COPIES)
def test_reposts_and_form_letters_group(a, b):
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] == labels[1]


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_what_changes_the_request_stays_apart(a, b):
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] != labels[1]
