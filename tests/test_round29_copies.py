"""Round 29 of the near-copy rules (after contrast pairs held-out 30 was measured once: 2/105, 85/105).

Release blocker it showed: writers of different buildings or classes asking the same for their own
(我们这栋楼下…, 给本班调换教室) were grouped — the request is about the writer's building or class.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("a, b", [
    ("我是锦苑花园3栋的业主，我们这栋楼下就是广场舞场地，晚上音响太吵，能不能把场地往外挪一挪？",
     "我是锦苑花园5栋的业主，我们这栋楼下就是广场舞场地，晚上音响太吵，能不能把场地往外挪一挪？"),
    ("我是幼儿园大二班的家长，我们班教室在一楼靠近厨房，油烟味很大。请园方考虑给本班调换教室。",
     "我是幼儿园大三班的家长，我们班教室在一楼靠近厨房，油烟味很大。请园方考虑给本班调换教室。"),
])
def test_own_building_or_class_asked_about_stays_apart(grouped, a, b):
    assert not grouped(a, b)


def test_estate_asked_about_from_two_buildings_is_one(grouped):
    assert grouped("锦苑花园6栋业主：坚决反对在我们小区东侧建设殡仪服务站。",
                    "锦苑花园11栋业主：坚决反对在我们小区东侧建设殡仪服务站。")


MSG = "建议图书馆开通线上续借和到期提醒功能。经常忘记还书被停借，很不方便。"


@pytest.mark.parametrize("b", [
    "2024-05-13 21:07:44 来自：某市政府门户网站 意见征集\n" + MSG,
    "【留言编号：LY20240617-0032】【办理状态：待受理】\n" + MSG,
    MSG + "\n提交人：匿名网友　提交时间：2024年6月3日 10:42",
    "发件人：wang****@163.com\n发送时间：2024年7月2日 星期二 20:15\n主题：图书馆意见\n\n" + MSG,
    "回复：关于《某市图书馆管理办法（征求意见稿）》公开征求意见的公告\n" + MSG + "\n发布于 2024-08-11 16:30 · 来自手机客户端",
    MSG + "\n\n（第二次提交，上次点了提交没反应，不知道成功没有。）",
])
def test_platform_and_mail_lines_around_a_message(grouped, b):
    assert grouped(MSG, b)


def test_a_dated_first_line_that_tells_something_stays(grouped):
    a = "2024年6月3日，图书馆停电一整天，读者无法借还书。建议配备应急电源。"
    b = "2024年7月3日，图书馆停电一整天，读者无法借还书。建议配备应急电源。"
    assert not grouped(a, b)


def test_polite_frames(grouped):
    core = "孩子上的幼儿园最近换了承办方，学费从每月一千八涨到了两千六。建议教育和价格部门公开普惠性幼儿园的收费审批情况。"
    assert grouped(core, "各位领导好，" + core + "恳请领导们重视，盼复！")
    assert grouped(core, "您好，打扰了。" + core + "以上是我的真实经历，希望能对完善办法有所帮助。谢谢！")


def test_counted_books_and_a_longer_closing(grouped):
    a = "图书馆每张借书证最多借5本，5本根本不够看。建议少儿读者的借阅数量提高到10本。"
    b = "图书馆每张借书证最多借五本，五本根本不够看。建议少儿读者的借阅数量提高到十本。"
    assert grouped(a, b)
    assert not grouped(a, a.replace("提高到10本", "提高到12本"))
    core = "我住的小区养狗的人越来越多，有的狗不牵绳在小区里乱跑。我建议明确物业在犬只管理中的职责。"
    assert grouped(core, core + "以上是我的一点个人看法，不当之处请批评指正。谢谢！")
