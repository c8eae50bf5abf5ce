"""A letter naming no unit, whose file name names one with a round or a version (水利厅意见（第二轮）.txt), is that unit's,
marked as a guess (found by an outside test of the rounds workflow at be712d0: it went to 社会公众, and the renamed
file's decisions were all moved to 已撤回)."""

import pytest

from consultagg.extract._filenames import unit_of_file


@pytest.mark.parametrize("name, unit", [
    ("03_水利厅.txt", "水利厅"), ("水利厅意见（第二轮）.txt", "水利厅"), ("03_水利厅_第二轮.txt", "水利厅"),
    ("自治区水利厅意见2.txt", "自治区水利厅"), ("关于征求意见的复函（水利厅）.txt", "水利厅"), ("财政厅反馈意见.docx", "财政厅"),
    ("slt.txt", None), ("扫描件1.txt", None), ("反馈意见.txt", None), ("2021年意见.txt", None),
])
def test_the_unit_a_file_name_names(name, unit):
    assert unit_of_file(name) == unit


def test_an_unsigned_letter_renamed_for_the_next_round_keeps_its_unit(read_written):
    rows = read_written("水利厅意见（第二轮）.txt", "1.建议增加河湖生态流量保障目标。\n2.建议补充地下水超采治理内容。\n")
    assert {c.department for c in rows} == {"水利厅"} and rows[0].meta.get("unit_confidence") == "guess"
