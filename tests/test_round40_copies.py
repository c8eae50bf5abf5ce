"""Held-out 43 and 44 (fair 0/105 different each; 86/105 and 78/105 copies, at 8bbfe95).

What kept true copies apart, written anew here in the sets' manner: 删去 read as the opposite of 删除;
a date written 2025-07-01; 30kg against 三十公斤; closings that only plead (恳请予以考虑 / 恳请起草部门予以采纳，
不胜感激 / 个人一点浅见，仅供参考); notes of a message sent again or on paper (（此为电子版，纸质版已另行报送） /
（上次提交好像没成功，再发一次） / 再发一遍，怕领导没看到); a message pasted twice; a mail's disclaimer and a
contact block under the text; OCR's 罝 for 置 and 禁上 for 禁止. Each test beside keeps the different
request apart.
"""

from __future__ import annotations

import pytest

from consultagg import NearDuplicateGrouper


def _together(a: str, b: str) -> bool:
    g = NearDuplicateGrouper().fit([a, b])
    return g.labels_[0] == g.labels_[1]


def test_shan_qu_is_shan_chu():
    a = "建议删除第十二条第三款中“由街道办事处统一组织”的表述。"
    assert _together(a, a.replace("删除", "删去"))
    assert not _together(a, a.replace("删除", "保留"))


def test_a_date_written_with_dashes():
    a = "建议本办法自2025年7月1日起施行，给企业留出准备时间。"
    assert _together(a, a.replace("2025年7月1日", "2025-07-01"))
    assert not _together(a, a.replace("2025年7月1日", "2025-08-01"))


def test_kilograms_in_letters_and_in_words():
    a = "建议将大型犬的认定标准定为体重30kg以上。"
    assert _together(a, a.replace("30kg", "三十公斤"))
    assert _together(a, a.replace("30kg", "30千克"))
    assert not _together(a, a.replace("30kg", "四十公斤"))


@pytest.mark.parametrize("closing", ["恳请予以考虑。", "恳请起草部门予以采纳，不胜感激。", "个人一点浅见，仅供参考。",
                                     "以上是个人的一点浅见，不妥之处请指正。"])
def test_a_closing_that_only_pleads(closing):
    a = "建议在公园各入口设置犬只入园须知牌，写明牵绳和清理粪便的要求。"
    assert _together(a, a + closing)


@pytest.mark.parametrize("note", ["（此为电子版，纸质版已另行报送）", "（上次提交好像没成功，再发一次）",
                                  "（此件已于3月2日通过网站提交，现以纸质件再次报送。）"])
def test_a_note_that_the_message_was_sent_again_or_on_paper(note):
    a = "我局建议行动方案增加区域联防联控的工作经费保障条款。"
    assert _together(a, a + note)


def test_a_resend_line_above_the_message():
    a = "小区里狗屎到处都是，建议对不捡粪便的养犬人罚款！"
    assert _together(a, "再发一遍，怕领导没看到👇\n" + a)
    assert _together(a, "各位领导：5月6日已通过邮箱报送以下意见，因未收到回执，现再次报送。\n\n" + a)


def test_a_message_pasted_twice():
    a = "南门公园的公厕晚上七点就锁门，建议延长到闭园。"
    assert _together(a, a + "\n" + a)


def test_a_mail_disclaimer_and_a_contact_block_under_the_text():
    a = "建议第十六条增加“禁燃区内禁止销售高污染燃料”的规定。"
    assert _together(a, a + "\n\n此邮件及附件仅供指定收件人使用。\n某某物业服务有限公司 综合办")
    assert _together(a, a + "\n\n联系人：石某某 联系电话：8251××××\n省市场监管局综合处")


def test_ocr_confusions_of_zhi():
    a = "第二十八条规定的收容犬只处置程序，建议增加经兽医评估的环节。"
    assert _together(a, a.replace("处置", "处罝"))
    b = "公园绿地内禁止机动车通行，但园务作业车辆和救护车辆除外。"
    assert _together(b, b.replace("禁止", "禁上"))
    assert not _together(b, b.replace("禁止", "允许"))
