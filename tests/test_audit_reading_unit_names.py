"""A unit is named as it names itself when that is a body's real name (release blocker from an outside test of
reading, found at 81acb31: 某市水务局 was shown as 某市水利局 and 某市自然资源和规划局 as 某市自然资源局, bodies that
do not exist, at confidence 1.0). The unit is still the same unit for the roster and routing."""

import pytest

import consultagg as ca


@pytest.mark.parametrize("written, shown", [
    ("柳泽市水务局", "柳泽市水务局"), ("北京市水务局", "北京市水务局"), ("某县水务局", "某县水务局"),
    ("柳泽市自然资源和规划局", "柳泽市自然资源和规划局"), ("柳泽市规划和自然资源局", "柳泽市规划和自然资源局"),
    # old names and abbreviations of the same body are still shown by its name
    ("柳泽市国土资源局", "柳泽市自然资源局"), ("宁夏回族自治区环保厅", "自治区生态环境厅"),
])
def test_a_body_keeps_its_own_name(written, shown):
    d = ca.DepartmentNormalizer(home_region="宁夏回族自治区").normalize(written)
    assert d.name == shown
