"""Failures letters set 45 showed (a short blind set measured once at 4b400e7: 10 of 12).

A misattribution: 居民代表赵某（春晖小区）：… gave the opinion to a unit 春晖小区; a resident's estate in
brackets is where they live, and the speaker is a member of the public.
"""

from __future__ import annotations


def test_a_residents_estate_in_brackets_is_no_unit(read_written):
    text = ("居民及代表意见会记录\n\n一、市人大代表孙某某：建议将高考期间考点周边的噪声管控要求写入方案。\n"
            "二、居民代表赵某某（春晖小区）：我们小区紧邻东环高架，晚上货车噪声很大，建议加装全封闭声屏障。\n"
            "三、商户代表陈某（某市骑安电动车商行）：建议明确商业街区外放音响的时段。\n")
    rows = read_written("记录.txt", text)
    assert [c.department for c in rows][1:] == ["社会公众", "某市骑安电动车商行"]
