"""Round 28 of the near-copy rules (after contrast pairs held-out 29 was measured once, 84/105).

Copies that must group, each a general rule, and the different requests beside them that must not.
"""

from __future__ import annotations

import pytest


MSG = "建议对城区主干道的共享单车停放实行电子围栏管理。现在乱停乱放很严重，盲道都被占了。"
LONG = ("我们小区的物业合同明年到期了，业委会准备重新选聘物业。可是现在的物业公司不配合交接，账目也不公开。"
        "希望条例明确物业退出时的交接义务和期限，拒不交接的要有处罚。")


@pytest.mark.parametrize("b", [
    "（前次提交未成功，再次发送）" + MSG,
    "重复提交，请合并处理。" + MSG,
    "再次提交（3月8日已通过信箱提交过一次，未收到回复）：\n" + MSG,
    "【转发自业主群】\n" + MSG,
    MSG + "\n\n提交时间：2025-04-03 21:17　来源：政府网站意见征集专栏",
])
def test_resubmission_wrappers(grouped, b):
    assert grouped(MSG, b)


@pytest.mark.parametrize("a, b", [
    ("我是桐花村3组村民王建华，希望村里早日通上自来水。", "我是桐花村5组村民李秀英，希望村里早日通上自来水。"),
    ("家长：张敏，孩子就读于实验小学一年级（3）班。建议学校课后服务延长到下午6点，方便双职工家庭接孩子。",
     "家长：何建军，孩子就读于实验小学四年级（1）班。建议学校课后服务延长到下午6点，方便双职工家庭接孩子。"),
    ("我是在城东跑单的外卖骑手，骑手编号R10382。" + LONG + "\n骑手 胡某涛",
     "我是在城东跑单的外卖骑手，骑手编号R22917。" + LONG + "\n骑手 钟某"),
    ("本人王秀英，锦园5栋2单元601住户，坚决反对在我小区东侧建设垃圾中转站，请重新选址。",
     "本人刘志强，锦园11栋1单元302住户，坚决反对在我小区东侧建设垃圾中转站，请重新选址。"),
])
def test_form_letters_differ_in_the_writers_group_class_or_number(grouped, a, b):
    assert grouped(a, b)


def test_a_request_about_the_writers_group_stays_apart(grouped):
    a = "我是桐花村3组村民，希望把我们组的机耕路硬化。"
    b = "我是桐花村5组村民，希望把我们组的机耕路硬化。"
    assert not grouped(a, b)


def test_polite_openings_and_closings(grouped):
    core = ("菱湖实行十年禁捕以后，鱼确实多了，但是湖边偷钓、电鱼的人也多了。渔政的执法船就一条，根本巡查不过来。"
            "建议在湖区重点岸段安装视频监控，并组建由退捕渔民参加的护渔队。")
    assert grouped(core, "我是一名关心菱湖生态的市民，借这次征求意见的机会，说说自己的想法：" + core
                    + "希望我的建议能对工作有所帮助。")


def test_a_ratio_is_no_time_of_day(grouped):
    a = "建议区分护理等级：对失能老人，护理人员配备比例不低于1:3；对半失能老人，不低于1:6；对能力完好老人，不低于1:10。"
    b = "建议区分护理等级：对失能老人，护理人员配备比例不低于一比三；对半失能老人，不低于一比六；对能力完好老人，不低于一比十。"
    assert grouped(a, b)
    assert not grouped(a, a.replace("不低于1:10", "不低于1:12"))
    # a time written with a colon stays a time
    assert not grouped("建议末班车延长到22:10。", "建议末班车延长到22:40。")


def test_ocr_li_mai(grouped):
    a = "我们镇上的污水处理厂建成好几年了，管网一直没有配套。建议把镇区污水管网配套建设列为近期项目。"
    assert grouped(a, a.replace("处理", "处埋"))
