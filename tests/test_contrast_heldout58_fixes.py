"""Copies written another way that the grouper kept apart, found by contrast pairs held-out 58
(written blind, measured once at 8da0330: copies 84/105). The texts are written anew here; the
controls change the number or the note's request and stay apart. (The weight in letters grouped
before too: a guard beside the length.)"""

import pytest

from consultagg import NearDuplicateGrouper

COPIES = {
    "a length in letters and in words": ("树穴直径不小于80cm的，建议配置透气铺装。", "树穴直径不小于八十厘米的，建议配置透气铺装。"),
    "a weight in letters and in words": ("每户每日厨余垃圾超过5kg的，建议收取处理费。", "每户每日厨余垃圾超过5公斤的，建议收取处理费。"),
    "a decade by its century": ("上世纪九十年代建成的老旧小区，建议优先纳入绿化提升。", "1990年代建成的老旧小区，建议优先纳入绿化提升。"),
    "a reply's title ending in 复函": (
        "关于征求《苕峪县村庄规划编制导则（草案）》意见的复函：第十条建议增加“村民代表会议审议”的程序。特此函复。",
        "第十条建议增加“村民代表会议审议”的程序。"),
    "the platform's id of a repeated opinion": (
        "意见编号：ZX-2026-0412（重复）\n建议公园绿地内禁止设置固定烧烤摊位。",
        "建议公园绿地内禁止设置固定烧烤摊位。"),
    "a note that the item repeats a mail": (
        "建议对行道树修剪作业实行提前公告。（此条与5月8日邮件内容相同，请合并处理）",
        "建议对行道树修剪作业实行提前公告。"),
}

DIFFERENT = {
    "another length": ("树穴直径不小于80cm的，建议配置透气铺装。", "树穴直径不小于八十毫米的，建议配置透气铺装。"),
    "another decade": ("上世纪九十年代建成的老旧小区，建议优先纳入绿化提升。", "1980年代建成的老旧小区，建议优先纳入绿化提升。"),
    "a bracket that asks for more": (
        "建议对行道树修剪作业实行提前公告。（另请明确修剪作业的时间段限制）",
        "建议对行道树修剪作业实行提前公告。"),
}


@pytest.mark.parametrize("name", COPIES)
def test_copies_written_another_way_group(name):
    a, b = COPIES[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] == g.labels_[1], g.explain(0, 1)


@pytest.mark.parametrize("name", DIFFERENT)
def test_the_controls_stay_apart(name):
    a, b = DIFFERENT[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] != g.labels_[1]
