"""Courtesy and submission notes around one request never make another (dedup/reduce).

Contrast pairs held-out 57 (written by someone who never saw the grouper, measured once before
these changes: 84/105 copies per pair) missed polite and re-post copies of kinds the issue lists as
tolerated. The copies below are written anew in the same kinds, not taken from that set; the
controls share the same courtesy but ask for something else, or take another side, and stay apart.
"""

import pytest

from consultagg import NearDuplicateGrouper

REQUEST = "建议将老旧小区加装电梯补贴提高至每台15万元。"

COPIES = {
    "a reply's title line and 妥否，请酌": (
        "苇塘县住房和城乡建设局关于《城市更新行动方案（征求意见稿）》的反馈意见：" + REQUEST + "妥否，请酌。", REQUEST),
    "a citizen's modesty before the request": (
        "您好，我是一名退休工人，不太懂政策，说得不对请多包涵。我觉得应该在菜市场门口设一个非机动车停放点。",
        "我觉得应该在菜市场门口设一个非机动车停放点。"),
    "a greeting and a closing wish": (
        "各位领导辛苦了！建议社区食堂对80岁以上老人减免餐费。衷心希望我们的城市越来越好！",
        "建议社区食堂对80岁以上老人减免餐费。"),
    "a unit's closing formula": (
        "建议将第十二条中的“三十日”修改为“十五个工作日”。以上是我局的意见，请贵委统筹考虑。",
        "建议将第十二条中的“三十日”修改为“十五个工作日”。"),
    "overall support before the one point": (
        "您好！我单位对方案总体表示支持，仅有一点意见：建议增加农村寄宿制学校校车的安全管理要求。谢谢！",
        "建议增加农村寄宿制学校校车的安全管理要求。"),
    "a resend note in brackets": (
        "（刚才提交时页面报错，重新发一次）建议在地铁站出口增设共享单车停放区。",
        "建议在地铁站出口增设共享单车停放区。"),
    "a platform's submission time": (
        "建议夜间施工审批结果在小区公告栏公示。[提交时间：2025-03-14 21:07:45]",
        "建议夜间施工审批结果在小区公告栏公示。"),
    "sent again with the attachment's note": (
        "【补发】鹬渡区卫生健康局：建议规划增加基层医疗机构康复床位设置标准。\n（附件未能上传，现补发正文）",
        "鹬渡区卫生健康局：建议规划增加基层医疗机构康复床位设置标准。"),
    "the submitter's line and how often it was sent": (
        "建议明确垃圾分类督导员的补贴标准。\n提交人：苕垞街道办事处城管科 2025-04-02 10:21\n本条为第3次提交",
        "建议明确垃圾分类督导员的补贴标准。"),
}

DIFFERENT = {
    "support and opposition before the same point": (
        "我单位对方案总体表示支持，仅有一点意见：建议增加农村寄宿制学校校车的安全管理要求。",
        "我单位对方案表示反对，仅有一点意见：建议增加农村寄宿制学校校车的安全管理要求。"),
    "a wish that asks for more": (
        "建议社区食堂对80岁以上老人减免餐费。衷心希望规划增加农村助餐点建设的内容！",
        "建议社区食堂对80岁以上老人减免餐费。"),
    "a closing that asks for more": (
        "建议将第十二条中的“三十日”修改为“十五个工作日”。以上是我局的意见，另请贵委补充对农村地区的考核要求。",
        "建议将第十二条中的“三十日”修改为“十五个工作日”。"),
    "a date that is the request": (
        "建议夜间施工审批结果自2025-03-14起在小区公告栏公示。",
        "建议夜间施工审批结果自2025-09-14起在小区公告栏公示。"),
}


@pytest.mark.parametrize("name", COPIES)
def test_courtesy_and_notes_keep_the_copy(name):
    a, b = COPIES[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] == g.labels_[1], g.explain(0, 1)


@pytest.mark.parametrize("name", DIFFERENT)
def test_the_controls_stay_apart(name):
    a, b = DIFFERENT[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] != g.labels_[1]
