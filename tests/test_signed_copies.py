"""Form letters signed after the request or headed by an address and a name (held-out 17 round): the
signature says who writes, never what is asked. Copies written after the set's failures, with
controls where a name, a number or a place is the request. New texts, not the set's."""

import pytest

from consultagg.dedup import NearDuplicateGrouper
from consultagg.dedup.verify import request_difference

ASK = "请在幸福路与长江路交叉口增设一处公交站，方便周边居民出行。"

SIGNED_COPIES = {
    "name and masked phone in brackets": (ASK + "（王丽华，139****5521）", ASK + "（赵国庆，186****0937）"),
    "本人 with name and ID tail": ("本人支持将东湖湿地划入生态保护红线，请规划部门采纳。本人：孙玉兰，身份证后四位1208。",
                                  "本人支持将东湖湿地划入生态保护红线，请规划部门采纳。本人：郭永强，身份证后四位603X。"),
    "villager line with ID tail": ("我们要求重新核定河西村的征地补偿标准，并公开补偿款发放明细。\n\n河西村村民 胡金宝（身份证尾号2231）",
                                   "我们要求重新核定河西村的征地补偿标准，并公开补偿款发放明细。\n\n河西村村民 蒋春燕（身份证尾号7719）"),
    "address and name before the request": ("阳光花园3栋1单元 许秀英 我们强烈要求在小区南门增设电动车充电棚，现在充电很不方便。",
                                             "阳光花园12栋2单元 马建军 我们强烈要求在小区南门增设电动车充电棚，现在充电很不方便。"),
    "group of a village and name on a line": ("柳树村三组 邓德明\n要求尽快修复柳树村通往镇上的水毁道路，雨天孩子上学无法通行。",
                                             "柳树村七组 韩桂芝\n要求尽快修复柳树村通往镇上的水毁道路，雨天孩子上学无法通行。"),
    "a modest word and thanks after the request": ("建议在社区卫生服务中心增加周末门诊。",
                                                   "建议在社区卫生服务中心增加周末门诊。以上是我的一点想法，恳请采纳，谢谢！"),
    "hope to be heard, thanks and 此致敬礼": (
        "建议对老旧小区楼道杂物实行长效管理，消防部门定期检查。",
        "建议对老旧小区楼道杂物实行长效管理，消防部门定期检查。\n\n以上是我个人的意见和建议，希望能得到相关部门的重视和回复。再次感谢！\n此致\n敬礼"),
}

SIGNED_DIFFERENT = {
    "a person named as what is asked": ("建议依法查处幸福路违建户王丽华。", "建议依法查处幸福路违建户赵国庆。"),
    "the place in brackets is the request": ("建议增设公交站（幸福路与长江路交叉口）。", "建议增设公交站（幸福路与黄河路交叉口）。"),
    "the building is where the fault is": ("阳光花园3栋 楼顶漏水，要求物业尽快维修。", "阳光花园12栋 楼顶漏水，要求物业尽快维修。"),
    "a phone number asked to be published": ("建议公布投诉电话12345678。", "建议公布投诉电话87654321。"),
    "a request after the thanks": ("建议在社区卫生服务中心增加周末门诊。",
                                  "建议在社区卫生服务中心增加周末门诊。谢谢！另外恳请增设中医理疗科室。"),
}


# Held-out 18 round: a sender's fields before or after the text, a bump, closing courtesy.
ROUND18_COPIES = {
    "field line above the text": ("家长姓名：赵红梅 学生班级：四年级3班\n建议学校开设课后托管服务，解决双职工家庭接送难题。",
                                  "家长姓名：钱建国 学生班级：六年级1班\n建议学校开设课后托管服务，解决双职工家庭接送难题。"),
    "contact and telephone before the text": ("要求恢复9路公交夜班车。联系人：王先生 137****1180",
                                              "联系人：李女士 158****2093 要求恢复9路公交夜班车。"),
    "stallholder after the text": ("请求在农贸市场增设公共厕所。摊主：刘刚", "请求在农贸市场增设公共厕所。摊主：孙晓燕"),
    "submitter with ID tail": ("请尽快清理西河沿岸的建筑垃圾。提交人：王家村村民王德顺，身份证后四位1126。",
                               "请尽快清理西河沿岸的建筑垃圾。提交人：王家村村民王春兰，身份证后四位508X。"),
    "a bump": ("小学门口的人行道被占用，请城管部门清理。", "顶一下，问题还在！小学门口的人行道被占用，请城管部门清理。"),
    "reported many times, in the first clause": ("请督促物业尽快修复电梯。", "已经反映多次了，请督促物业尽快修复电梯。"),
    "a letter's courtesy around the request": (
        "建议在滨江路与人民路口增设左转信号灯，早晚高峰左转车辆经常与直行车辆抢行。",
        "尊敬的交警支队领导：\n您好！\n建议在滨江路与人民路口增设左转信号灯，早晚高峰左转车辆经常与直行车辆抢行。\n"
        "以上建议不知是否可行，恳请领导考虑。感谢您在百忙之中阅读此信！\n此致\n敬礼！"),
}

ROUND18_DIFFERENT = {
    "a stallholder named as the request": ("请查处无证摊主刘刚。", "请查处无证摊主孙晓燕。"),
    "a telephone asked to be set up": ("建议开通投诉电话：12345。", "建议开通投诉电话：12319。"),
    "a new request after the thanks": ("建议增设左转信号灯。", "建议增设左转信号灯。感谢您在百忙之中阅读此信！另外建议拓宽路口。"),
}


@pytest.mark.parametrize("name", sorted(SIGNED_COPIES) + sorted(ROUND18_COPIES))
def test_signed_copies_are_copies(name):
    a, b = {**SIGNED_COPIES, **ROUND18_COPIES}[name]
    assert request_difference(a, b) is None, (name, request_difference(a, b))
    assert request_difference(b, a) is None, (name, request_difference(b, a))


@pytest.mark.parametrize("name", sorted(SIGNED_DIFFERENT) + sorted(ROUND18_DIFFERENT))
def test_signed_controls_stay_apart(name):
    a, b = {**SIGNED_DIFFERENT, **ROUND18_DIFFERENT}[name]
    assert request_difference(a, b) is not None, name
    assert request_difference(b, a) is not None, name


def test_grouper_groups_the_signed_copies_and_keeps_the_controls_apart():
    names = sorted(SIGNED_COPIES)
    labels = NearDuplicateGrouper().fit([t for name in names for t in SIGNED_COPIES[name]]).labels_
    for k, name in enumerate(names):
        assert labels[2 * k] == labels[2 * k + 1], name
    names = sorted(SIGNED_DIFFERENT)
    labels = NearDuplicateGrouper().fit([t for name in names for t in SIGNED_DIFFERENT[name]]).labels_
    for k, name in enumerate(names):
        assert labels[2 * k] != labels[2 * k + 1], name


# A re-post's note on its own history (held-out 17 round): 跟帖, 之前已经提过, 已经两次留言, 不能再拖了, a
# plea for a reply. It asks for nothing the first post did not.
REPOST_NOTES = {
    "跟帖 with where the writer lives": ("化工园区的企业夜里偷排废气，气味刺鼻，请环保部门夜间突击检查。",
                                         "跟帖：我也住在附近，情况一样。化工园区的企业夜里偷排废气，气味刺鼻，请环保部门夜间突击检查。"),
    "said before, hoping for a reply": ("建议社区食堂周末也营业，方便独居老人就餐。",
                                        "建议社区食堂周末也营业，方便独居老人就餐。之前已经提过，希望这次能有回复。"),
    "two earlier posts with their numbers in brackets": (
        "小区东门的路灯坏了半年，晚上出行不安全，请物业尽快维修。",
        "小区东门的路灯坏了半年，晚上出行不安全，请物业尽快维修。\n（此问题4月、6月已经两次留言，编号分别为2024041288和2024060315，至今未解决。）"),
    "reported many times, cannot wait": ("建议对城中村出租屋开展消防安全排查，对不整改的房东依法处罚。",
                                         "建议对城中村出租屋开展消防安全排查，对不整改的房东依法处罚。\n\n——已经反映过多次，真的不能再拖了。"),
    # inside a sentence of the story, after a bracket: the sentence is not a note of its own
    "history told inside the story": (
        "我厂（北岭恒昌建材有限公司）于2024年3月申请的稳岗补贴（约12万元）至今未发放，已影响工资发放。请予以协调尽快办理。",
        "我厂（北岭恒昌建材有限公司）于2024年3月申请的稳岗补贴（约12万元），5月份已来函反映过，至今仍未发放，已影响工资发放。请予以协调尽快办理。"),
    "跟帖 reporting once more": ("请求教育部门将校车线路延伸到村里，孩子们每天要走两公里土路。",
                                 "跟帖再反映一次，问题还在。请求教育部门将校车线路延伸到村里，孩子们每天要走两公里土路。"),
}

REPOST_NOT_NOTES = {
    "a new request after 跟帖": ("请环保部门夜间突击检查化工园区。", "跟帖：另外建议在园区周边设置空气自动监测站。请环保部门夜间突击检查化工园区。"),
    "a request said before, now another": ("建议社区食堂周末也营业。", "建议社区食堂周末也营业。之前已经提过，另外要求增加送餐上门服务。"),
}


@pytest.mark.parametrize("name", sorted(REPOST_NOTES))
def test_a_reposts_note_on_its_history_is_no_request(name):
    a, b = REPOST_NOTES[name]
    assert request_difference(a, b) is None, (name, request_difference(a, b))
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] == labels[1], name


@pytest.mark.parametrize("name", sorted(REPOST_NOT_NOTES))
def test_a_new_request_beside_a_reposts_history_stays(name):
    a, b = REPOST_NOT_NOTES[name]
    assert request_difference(a, b) is not None, name


# A time of day with its part of the day, and the 24-hour clock that already says it.
CLOCK_COPIES = [("建议夜间晚上10点到次日早上6点禁止渣土车通行。", "建议夜间22:00到次日06:00禁止渣土车通行。"),
                ("建议菜市场早上六点开门。", "建议菜市场6:00开门。"),
                ("建议晚上11点至次日7点停止施工。", "建议23:00到次日07:00停止施工。"),
                ("社区食堂到了晚上七点就关门了，这个上晚班的人就吃不上饭了呢。", "社区食堂晚上七点就关门了，上晚班的人吃不上饭。")]
CLOCK_DIFFERENT = [("建议菜市场晚上十点关门。", "建议菜市场10:00关门。"), ("建议上午十一点开馆。", "建议晚上23:00开馆。")]


@pytest.mark.parametrize("a,b", CLOCK_COPIES)
def test_the_part_of_the_day_a_24_hour_time_says_is_no_difference(a, b):
    assert request_difference(a, b) is None and request_difference(b, a) is None


@pytest.mark.parametrize("a,b", CLOCK_DIFFERENT)
def test_another_hour_of_the_day_stays_apart(a, b):
    assert request_difference(a, b) is not None and request_difference(b, a) is not None




# What a re-post's mark sits beside may be the request's object: never dropped with the mark.
REPOST_MARK_BESIDE_THE_OBJECT = {
    "mark and fault in the first clause": ("【再次反映】小区东门的路灯坏了，请物业公司和街道办事处尽快组织人员修复，保障居民夜间出行安全。", "【再次反映】小区东门的电梯坏了，请物业公司和街道办事处尽快组织人员修复，保障居民夜间出行安全。"),
    "mark and fault in a sentence of their own": ("【再次反映】小区东门的路灯坏了。请物业公司和街道办事处尽快组织人员修复，保障居民夜间出行安全。", "【再次反映】小区东门的电梯坏了。请物业公司和街道办事处尽快组织人员修复，保障居民夜间出行安全。"),
    "history and fault in one clause": ("已经反映多次路灯坏了，请物业公司和街道办事处尽快组织人员修复，保障居民夜间出行安全。", "已经反映多次电梯坏了，请物业公司和街道办事处尽快组织人员修复，保障居民夜间出行安全。"),
}


@pytest.mark.parametrize("name", sorted(REPOST_MARK_BESIDE_THE_OBJECT))
def test_a_reposts_mark_never_takes_the_object_with_it(name):
    a, b = REPOST_MARK_BESIDE_THE_OBJECT[name]
    assert request_difference(a, b) is not None, name
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] != labels[1], name


def test_a_bracketed_repost_mark_before_the_story_groups():
    a = "县道X215线柳树湾路段有个大坑，已经好几个月了，晚上骑电动车很危险，请尽快修补。"
    assert request_difference(a, "【再次反映】" + a) is None
