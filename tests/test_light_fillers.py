"""Light fillers (也 / 到 / 当中) between the same words never make another request (dedup/verify).

Found by inserting fillers into the first text of every written contrast pair (a check written
outside the rules): 5,294 of 5,307 grouped. Each real miss was 纳入到 / 列入到 before a year, read
as a new target (提高到200元 / 提高200元). The controls keep that reading where 到 says "up to".
"""

import pytest

from consultagg import NearDuplicateGrouper

COPIES = [
    ("建议将桑垄村纳入2026年农村生活污水治理项目实施范围。", "建议将桑垄村纳入到2026年农村生活污水治理项目实施范围当中。"),
    ("建议将七里河城区段列入2023年综合整治计划，请统筹考虑资金安排。",
     "建议将七里河城区段列入到2023年综合整治计划，请统筹考虑资金安排。"),
    ("专栏6只列入了4座病险水库，建议将其余3座一并列入除险加固项目。",
     "专栏6只列入到了4座病险水库，建议将其余3座也一并列入除险加固项目。"),
    ("建议将北坨村划入2025年第一批美丽乡村示范村。", "建议将北坨村也划入到2025年第一批美丽乡村示范村当中。"),
]

DIFFERENT = [
    ("建议将村医每月定额补助提高到800元。", "建议将村医每月定额补助提高800元。"),
    ("建议将路内泊位免费停放时间延长到30分钟。", "建议将路内泊位免费停放时间延长30分钟。"),
    ("建议将桑垄村纳入2026年农村生活污水治理项目实施范围。", "建议将桑垄村纳入2027年农村生活污水治理项目实施范围。"),
]


@pytest.mark.parametrize("a,b", COPIES)
def test_a_light_filler_keeps_the_copy(a, b):
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] == g.labels_[1], g.explain(0, 1)


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_to_before_a_number_that_says_up_to_stays_another_request(a, b):
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] != g.labels_[1]
    assert "数值不同" in g.explain(0, 1)
