"""Round 30 of the near-copy rules (after contrast pairs held-out 31 was measured once: 0/105, 79/105)."""

from __future__ import annotations

import pytest

from consultagg.dedup.reduce import _reduce


def test_hours_written_with_shi_read_as_clock_times(grouped):
    assert _reduce("采砂作业时间为每日6时至20时。", False) == _reduce("采砂作业时间为每日早上6点至晚上8点。", False)
    assert _reduce("现在23时以后只有一家药店开着。", False) == _reduce("现在晚上11点以后只有一家药店开着。", False)
    assert _reduce("夜间22:00以后可通过窗口售药。", False) == _reduce("晚上10点以后可通过窗口售药。", False)
    assert _reduce("每天工作8小时。", False) != _reduce("每天工作9小时。", False)
    assert not grouped("建议采砂作业时间改为每日7时至19时，减少对沿河居民的影响。",
                        "建议采砂作业时间改为每日7时至18时，减少对沿河居民的影响。")


MSG = ("建议古树名木保护条例明确：在古树保护范围内进行挖掘、修路、铺设管线等施工的，施工单位应当事先制定古树保护方案，"
       "报县林业部门同意后方可施工。")


@pytest.mark.parametrize("b", [
    "-------- 转发的邮件 --------\n发件人：某村委会 <cwh@163.com>\n日期：2025年4月2日 9:15\n主题：对古树名木保护条例的意见\n\n" + MSG,
    "[2025-04-10 20:31:07] " + MSG,
    MSG + "\n（请大家转发扩散）",
    "各位领导好，我是一名林业工作者，就古树保护提一条建议。" + MSG,
])
def test_wrappers_and_openings(grouped, b):
    assert grouped(MSG, b)


def test_ocr_qian_for_gan_in_a_word(grouped):
    a = "建议乡里出台统一的酒席指导标准，彩礼还另算。党员干部要带头执行。"
    assert grouped(a, a.replace("干部", "千部").replace("另算", "另箅"))
    assert _reduce("建议采购一千部执法记录仪。", False) != _reduce("建议采购两千部执法记录仪。", False)


@pytest.mark.parametrize("a, b", [
    ("建议将本地白茶纳入地理标志产品保护目录。", "建议将本地红茶纳入地理标志产品保护目录。"),
    ("建议新建小区配建公共充电桩。", "建议旧改小区配建公共充电桩。"),
])
def test_one_character_of_colour_or_age_is_another_object(grouped, a, b):
    # held-out 32: 白茶 / 红茶 was read as a one-character typo (a release blocker)
    assert not grouped(a, b)
