"""Held-out 21's fair figure grouped two different requests (release blockers): a half added to a
count of months (四个月 / 四个半月), and an imperative 别 (don't) put before the request; held-out
22's grouped one (避免 put before the request). The texts here are new, not the sets'; each control
was grouped before the fix."""

import pytest

from consultagg.dedup import NearDuplicateGrouper
from consultagg.dedup.verify import request_difference

BLOCKERS = {
    "a half added to a count": ("建议把学生午休时间由一个小时延长到两个小时。", "建议把学生午休时间由一个小时延长到两个半小时。"),
    "a half month": ("建议禁渔期由两个月调整为三个月。", "建议禁渔期由两个月调整为三个半月。"),
    "half the fee": ("建议对七十岁以上老人乘坐公交车收费。", "建议对七十岁以上老人乘坐公交车收半费。"),
    "别 put before the request": ("请跟物业说一下，把我们楼下的垃圾桶挪到路口去。", "请跟物业说一下，别把我们楼下的垃圾桶挪到路口去。"),
    "别再 before a verb": ("希望街道今年冬天再组织一次清雪。", "希望街道今年冬天别再组织清雪了。"),
    "甭 before a verb": ("跟社区说一下，把健身器材装在广场东边。", "跟社区说一下，甭把健身器材装在广场东边。"),
    # held-out 22's fair figure: a verb that negates (避免) put before the request, at the edge once
    # the framing 建议 is set aside
    "避免 before the request": ("建议对共享单车实行总量控制。", "建议避免对共享单车实行总量控制。"),
    "防止 before the request": ("建议在河道两岸开发滨水商业。", "建议防止在河道两岸开发滨水商业。"),
    "杜绝 before the request": ("建议学校统一订购校服。", "建议杜绝学校统一订购校服。"),
}

# Words that hold 别 without forbidding anything: a copy that adds or keeps them is still a copy.
COPIES = {
    "特别 added": ("建议对困难家庭减免学杂费。", "建议对特别困难的家庭减免学杂费。"),
    "分别 in both, a filler added": ("建议两所学校分别增设一个校车站点。", "建议两所学校分别再增设一个校车站点。"),
    "a half written both ways": ("建议把午休时间延长到一个半小时。", "建议把午休时间延长到1.5小时。"),
}


@pytest.mark.parametrize("name", sorted(BLOCKERS))
def test_round21_blockers_stay_apart(name):
    a, b = BLOCKERS[name]
    assert request_difference(a, b) is not None, name
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 1], name


@pytest.mark.parametrize("name", sorted(COPIES))
def test_round21_words_with_bie_or_half_are_copies(name):
    a, b = COPIES[name]
    assert request_difference(a, b) is None, (name, request_difference(a, b))


# After held-out 21's fair figure (dev): a re-post's note on its history before or after the text,
# sender fields of more kinds (学号, 工号, 乘客, 业主代表, a date under the fields), and a time range
# whose end is written without minutes or without the part of the day. New texts; seven of the ten
# copies failed before (a note of an earlier post, fields over a date and a range end without minutes
# were already read so).
ROUND21_COPIES = {
    "a note of an earlier post and no reply": (
        "桥头村到镇上的机耕路被洪水冲断了，请农业农村局尽快修复。",
        "桥头村到镇上的机耕路被洪水冲断了，请农业农村局尽快修复。两周前已经留言过，至今没有回复，请尽快处理。"),
    "a bracketed note of a repeated post": (
        "我母亲的医保卡异地结算一直办不下来，请问该找哪个部门？",
        "我母亲的医保卡异地结算一直办不下来，请问该找哪个部门？（重复提交，请尽快答复）"),
    "a note that nothing improved": (
        "西关小学门口早晚接送时段车辆乱停，堵得走不动，请交警加强疏导。",
        "西关小学门口早晚接送时段车辆乱停，堵得走不动，请交警加强疏导。已经反映过一次，情况没有改善。"),
    "marks before and a count after": (
        "夜市烧烤摊油烟直排进居民楼，晚上根本开不了窗，请城管和环保部门联合整治。",
        "【重复留言】【至今未处理】夜市烧烤摊油烟直排进居民楼，晚上根本开不了窗，请城管和环保部门联合整治。已是第三次反映，请尽快处理！"),
    "a student's name and number under the text": (
        "我们是城南中学初二年级的学生，希望学校把课间操时间从十分钟延长到二十分钟。\n学生：王晓 学号：20230112",
        "我们是城南中学初二年级的学生，希望学校把课间操时间从十分钟延长到二十分钟。\n学生：李明 学号：20230547"),
    "a worker's signature and staff number": (
        "我们是纺织厂一线职工，建议条例规定高温天气企业必须发放防暑降温费。职工签名：赵刚 工号：FZ-1102",
        "我们是纺织厂一线职工，建议条例规定高温天气企业必须发放防暑降温费。职工签名：钱丽 工号：FZ-0873"),
    "an owners' representative heading the text": (
        "业主代表：孙伟（翠竹苑3-1-502）\n全体业主意见：小区电梯维修资金使用须经业主大会表决。",
        "业主代表：周敏（翠竹苑7-2-301）\n全体业主意见：小区电梯维修资金使用须经业主大会表决。"),
    "fields over a date": (
        "建议在城东新区增设一所公办幼儿园。\n家长姓名：吴芳\n联系电话：138****2201\n2025年4月2日",
        "建议在城东新区增设一所公办幼儿园。\n家长姓名：郑洁\n联系电话：139****8810\n2025年4月2日"),
    "a range end written without minutes": ("建议社区卫生服务站周日也开诊，上午8:30到11:30。", "建议社区卫生服务站周日也开诊，上午8点30分到11点30分。"),
    "a range end under the afternoon": ("建议图书馆周六下午2:00到6:00开放。", "建议图书馆周六下午2点到6点开放。"),
    # the modal words of spoken and written Chinese (held-out 20's fillers); each failed before
    "应该 / 应当": ("条例第十五条应该写明物业公司公示收支的期限。", "条例第十五条应当写明物业公司公示收支的期限。"),
    "能不能 / 可否": ("能不能把社区食堂的营业时间延长到晚上七点？", "可否将社区食堂的营业时间延长到晚上七点？"),
    "别 / 不要": ("施工的时候能不能别把人行道全封了，留一条路给老人走。", "施工时可否不要把人行道全封了，留一条路给老人走。"),
    "不然 / 否则": ("建议在路口装红绿灯，不然孩子过马路太危险。", "建议在路口装红绿灯，否则孩子过马路太危险。"),
    # a signature block whose line holds a space (小区住户 钱某) over the date, under a polite closing
    # held-out 22's misses (dev): a dash-led signature with a student number, a role as the label of a
    # signature line, 不胜感激, a history note of repeated posts
    "a dash-led signature with a student number": ("我们要求食堂周末也供应早餐。——学生 周明，学号20220511",
                                                   "我们要求食堂周末也供应早餐。——学生 吴芳，学号20230127"),
    "a role labelling the signature line": ("恳请县卫健局提高村医补助标准。\n乡村医生：王秀英（柳树村卫生室）",
                                           "恳请县卫健局提高村医补助标准。\n乡村医生：刘德福（杏花村卫生室）"),
    "不胜感激 in the closing": ("能否在菜市场增设公厕？", "能否在菜市场增设公厕？以上建议，请予考虑，不胜感激。"),
    "a note of posts on the same matter": (
        "我家住在东湖花园5栋，家里的燃气表读数一直异常，上个月的燃气费比平时高了三倍，家里并没有多用气，请燃气公司尽快上门检查燃气表。",
        "这是我就同一问题第三次留言，前两次分别在5月和7月，都只回复“已转相关部门”。问题如下：我家住在东湖花园5栋，家里的燃气表读数一直异常，"
        "上个月的燃气费比平时高了三倍，家里并没有多用气，请燃气公司尽快上门检查燃气表。"),
    # held-out 23's misses (dev): a title line over the text, 妥否，请示 / 特此报告 closings, 最近 / 近来 and
    # 夏天 / 夏季, and a bare hour where the text tells times of day
    "a title line over the text": ("关于改善社区路灯照明的建议\n建议在幸福里小区主干道每隔三十米加装一盏路灯。",
                                   "建议在幸福里小区主干道每隔三十米加装一盏路灯。"),
    "妥否，请示 as a closing": ("经研究，我局建议将禁渔期调整为每年3月1日至6月30日。",
                              "我局建议将禁渔期调整为每年3月1日至6月30日。妥否，请示。"),
    "最近 / 近来, 夏天 / 夏季": ("近来小区游泳池夏季开放时间太短，建议延长到晚上九点。", "最近小区游泳池夏天开放时间太短，建议延长到晚上九点。"),
    "a bare hour beside a told time": ("办税大厅上午9:30才开门，建议提前到9:00。", "办税大厅上午九点半才开门，建议提前到九点。"),
    "a spaced signature line over the date": (
        "建议条例规定电梯每月至少维保两次。",
        "建议条例规定电梯每月至少维保两次。\n以上意见，不当之处请批评指正。谢谢！\n翠湖苑小区住户 孙某\n2025年3月1日"),
}

ROUND21_DIFFERENT = {
    "a note that names another fault": (
        "桥头村到镇上的机耕路被洪水冲断了，请尽快修复。",
        "桥头村到镇上的机耕路被洪水冲断了，请尽快修复。之前反映过，另外村口的水渠也堵了。"),
    "a note that asks for more": (
        "西关小学门口车辆乱停，请交警加强疏导。",
        "西关小学门口车辆乱停，请交警加强疏导。已经反映过一次，建议增设临时停车位。"),
    "another end of the range": ("建议图书馆周六下午2:00到6:00开放。", "建议图书馆周六下午2点到8点开放。"),
    "points counted, no time": ("建议规划补充三点到五点具体措施。", "建议规划补充三点到六点具体措施。"),
    "可以 / 不可以": ("小区绿地可以改建停车位。", "小区绿地不可以改建停车位。"),
    "应当 / 不应当": ("条例应当规定物业费每年调整一次。", "条例不应当规定物业费每年调整一次。"),
    "a title that is the whole request, over a plea": ("关于增设公交站的建议\n请尽快解决。", "关于撤销公交站的建议\n请尽快解决。"),
    "another bare hour beside a told time": ("办税大厅上午九点半才开门，建议提前到九点。", "办税大厅上午九点半才开门，建议提前到八点。"),
}


@pytest.mark.parametrize("name", sorted(ROUND21_COPIES))
def test_round21_dev_copies_are_copies(name):
    a, b = ROUND21_COPIES[name]
    assert request_difference(a, b) is None, (name, request_difference(a, b))
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 0], name


@pytest.mark.parametrize("name", sorted(ROUND21_DIFFERENT))
def test_round21_dev_controls_stay_apart(name):
    a, b = ROUND21_DIFFERENT[name]
    assert request_difference(a, b) is not None, name
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 1], name
