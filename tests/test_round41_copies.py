"""Held-out 45 (fair 0/105 different, 79/105 copies, at 192811b): true copies it showed kept apart,
written anew here in the set's manner, each beside the different request that must stay apart."""

from __future__ import annotations

import pytest

from consultagg import NearDuplicateGrouper


def _together(a: str, b: str) -> bool:
    g = NearDuplicateGrouper().fit([a, b])
    return g.labels_[0] == g.labels_[1]


def test_a_date_written_with_dots():
    a = "该项目应于2023年6月30日前完成，请修改专栏7中的完成时间。"
    assert _together(a, a.replace("2023年6月30日", "2023.6.30"))
    assert not _together(a, a.replace("2023年6月30日", "2023.7.30"))


def test_ocr_shapes_of_lu_and_xiang():
    a = "建议对35蒸吨/小时以下燃煤锅炉全部实施清洁能源替代，淘汰后的锅炉不得异地转移使用。"
    assert _together(a, a.replace("锅炉", "锅护"))
    b = "专栏9中某县农村环境综合整治项目名称有误，应为“某县北部乡镇农村环境综合整治项目”。"
    assert _together(b, b.replace("项目", "顶目"))


def test_a_plea_in_other_words():
    a = "建议将某水库饮用水水源保护区调整工作列入规划。"
    assert _together(a, "恳请将某水库饮用水水源保护区调整工作列入规划，望予支持为盼。")
    assert not _together(a, "建议将某水库饮用水水源保护区调整工作移出规划。")


def test_thanks_and_no_objection_before_the_one_request():
    a = "第三章第二节建议增加“推进重点行业强制性清洁生产审核”的表述。"
    assert _together(a, "感谢贵厅征求我局意见。我局对规划总体无异议，仅提一点修改建议：" + a + "此复。")


@pytest.mark.parametrize("before, after", [
    ("再次提交：", "（此前7月8日已通过邮箱报送，未见回执，特再报一次）"),
    ("【更正后重发】", "（前一封邮件附件打不开，以本件为准）"),
    ("某市生态环境局关于规划征求意见的反馈（第二次报送）\n", "\n附：已于7月5日报送纸质件。"),
])
def test_notes_of_a_message_sent_again(before, after):
    a = "建议对已完成超低排放改造的钢铁企业在重污染天气期间实行差异化管控。"
    assert _together(a, before + a + after)
