"""Two organs of one province writing one sentence are two units (release blocker from an outside test of the rounds
workflow, found at be712d0: 宁夏回族自治区科学技术厅's sentence took 宁夏回族自治区交通运输厅's decision, both opening
with the province's name)."""

from consultagg.rounds import _related_units


def test_two_organs_of_one_province_are_not_one_unit():
    assert not _related_units({"宁夏回族自治区科学技术厅"}, {"宁夏回族自治区交通运输厅"})
    assert not _related_units({"自治区科技厅"}, {"自治区交通运输厅"})


def test_a_unit_named_twice_is_still_one():
    assert _related_units({"宁夏回族自治区交通运输厅"}, {"宁夏回族自治区交通运输厅综合规划处"})
    assert _related_units({"银川市人民政府"}, {"银川市生态环境局"})  # (a government's letter re-signed by its bureau)
    assert _related_units({"自治区交通运输厅"}, {"交通运输厅"})
