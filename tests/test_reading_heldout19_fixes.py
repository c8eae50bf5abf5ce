"""Reader cases written after the nineteenth set of 15 documents by someone else failed on them;
each failed before the fix. New texts, not the set's."""

from consultagg.extract.letters import parse_letter


def test_an_overall_point_that_only_agrees_and_a_bare_title_over_circled_points_are_no_opinions():
    letter = parse_letter("市发展改革委：\n    经研究，现将意见函复如下：\n"
                          "    一、总体意见。我县原则同意《方案》的主要内容，认为其对推进县域供水一体化具有重要意义。\n"
                          "    二、具体修改意见。\n    ①建议将农村供水工程维修养护经费纳入县级财政预算。\n"
                          "    ②第十条规定的水质检测频次偏低，建议提高至每月一次。\n"
                          "    三、其他。我县无其他意见。\n    特此函复。\n            北岭县人民政府\n            2025年3月2日\n")
    assert [o.text for o in letter.opinions] == ["建议将农村供水工程维修养护经费纳入县级财政预算。",
                                                 "第十条规定的水质检测频次偏低，建议提高至每月一次。"]


def test_an_overall_point_that_finds_fault_stays_an_opinion():
    letter = parse_letter("市发展改革委：\n    一、总体意见。我县原则同意《方案》，但对山区分散供水关注不够，建议补充。\n"
                          "    二、建议将维修养护经费纳入县级财政预算。\n            北岭县人民政府\n")
    assert len(letter.opinions) == 2


def test_the_writers_commitment_after_the_draft_is_issued_is_no_opinion():
    letter = parse_letter("北岭市水务局\n市司法局：\n    来函收悉。经研究，我局原则同意该办法，无修改意见。\n"
                          "    办法印发后，我局将按照职责分工，认真做好城市节水相关工作。\n    特此函复。\n"
                          "            北岭市水务局\n            2025年4月1日\n")
    assert list(letter.opinions) == []


def test_a_commitment_that_also_asks_is_still_an_opinion():
    letter = parse_letter("北岭市水务局\n市司法局：\n    办法印发后，我局将做好节水工作，建议同步出台节水奖励办法。\n"
                          "            北岭市水务局\n")
    assert len(letter.opinions) == 1


def test_a_meetings_attending_experts_line_is_no_speaker():
    m = parse_letter("《北岭市供水条例（草案）》专家论证会记录\n会议时间：2025年5月6日\n主持：市司法局 王明\n"
                     "出席专家：刘一、陈二\n列席代表：市水务局\n\n北岭大学　刘一教授：\n    建议删除第三条关于供水定义的规定。\n"
                     "北岭市水利设计院　陈二高工：\n    建议第十二条增加二次供水设施移交的程序。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["北岭大学", "北岭市水利设计院"]
