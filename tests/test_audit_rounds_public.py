"""The 起草说明 does not count 社会公众 among the units that gave opinions (outside test of the rounds workflow, found at
871e4bf: 社会公众、住建厅、发展改革委、水利厅等4个单位提出了意见, three units and the public)."""

import consultagg as ca


def test_the_public_is_no_unit_in_the_drafting_summary():
    result = ca.analyse([{"单位": "自治区水利厅", "意见": "建议增加河湖生态流量保障目标。"},
                         {"单位": "自治区住房和城乡建设厅", "意见": "建议补充城市黑臭水体长效治理内容。"},
                         {"单位": "社会公众", "意见": "希望小区旁边的臭水沟能早点治理。"}])
    text = ca.drafting_summary(result, draft=True)
    assert "2个单位提出了意见，社会公众也提出了意见" in text and "3个单位" not in text
