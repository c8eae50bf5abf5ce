"""Failures letters set 56 showed at a residents' meeting (written blind, measured once at f71d19d: 8 of
15), written anew: residents named by their estate in brackets (居民代表某某（某小区，退休教师）) went to the
estate; a committee head speaking for her body (代表社区提两点：) was read as a speaker 代表社; an official's
inline answer (某副科长当场回应：…) and 我没什么意见 were opinions."""

from __future__ import annotations

_MEETING = ("居民座谈会纪要\n\n　　8月10日下午，市城市管理局在某社区召开居民座谈会。\n\n　　一、与会人员发言\n\n"
            "　　（一）居民代表王某某（东塔小区，退休教师）\n　　建议每个垃圾投放点配一名督导员。\n\n"
            "　　（二）居民代表陈某（西坊新村）\n　　希望转运站改造时加装除臭设备。\n"
            "　　俞某副科长当场回应：转运站已列入改造计划，将按全封闭标准建设。\n\n"
            "　　（三）东塔社区居委会主任许某某\n　　代表社区提两点：一是建议积分兑换经费纳入财政保障；二是建议把东塔社区作为改造试点。\n\n"
            "　　（四）居民代表郑某某\n　　我没什么意见，支持政府的工作。\n")


def test_residents_officials_and_a_committee_at_a_residents_meeting(read_written):
    rows = read_written("座谈会纪要.txt", _MEETING)
    assert [r.text for r in rows] == ["建议每个垃圾投放点配一名督导员。", "希望转运站改造时加装除臭设备。",
                                      "建议积分兑换经费纳入财政保障", "建议把东塔社区作为改造试点。"]
    assert [r.department for r in rows] == ["社会公众", "社会公众", "东塔社区居委会", "东塔社区居委会"]


def test_a_proposals_opening_that_it_learnt_of_the_consultation(read_written):
    text = ("关于进一步完善垃圾分类设施规划的建议\n\n市城市管理局：\n\n"
            "    获悉贵局正在就《某市垃圾分类和处理设施规划（征求意见稿）》征求意见，本人结合调研情况提出如下建议。\n\n"
            "    一、建议改进垃圾产生量预测方法。\n\n    二、建议建立规划中期评估机制。\n\n    提案人：某某某\n")
    rows = read_written("建议.txt", text)
    assert [r.text for r in rows] == ["建议改进垃圾产生量预测方法。", "建议建立规划中期评估机制。"]
