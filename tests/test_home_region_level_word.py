"""The office's level word alone as its home region (自治区, 省: a region unnamed, as a 自治区 consultation's letters
write it). Release blocker, failing at d47db1a: ``--home-region 自治区`` was read as a district named 自治区, so that
a bare 气象局 became 区气象局, a county-level unit, in the tracker; and a plan titled 自治区“十四五”… with letters of
自治区水利厅 inferred no home region, leaving 住建厅 a unit of no level beside 自治区水利厅."""

import consultagg as ca
from consultagg.departments import infer_home_region


def test_the_level_word_alone_is_the_offices_own_level():
    norm = ca.DepartmentNormalizer(home_region="自治区")
    found = [norm.normalize(n) for n in ("气象局", "住建厅", "自治区水利厅", "北岭市水务局")]
    assert [d.name for d in found] == ["自治区气象局", "自治区住房城乡建设厅", "自治区水利厅", "北岭市水务局"]
    assert [d.level for d in found] == ["省级", "省级", "省级", "地市级"]
    assert ca.DepartmentNormalizer(home_region="省").normalize("生态环境厅").name == "省生态环境厅"


def test_a_plan_titled_by_its_level_word_gives_that_word():
    assert infer_home_region("自治区“十四五”生态环境保护规划（征求意见稿）", ["自治区水利厅", "住建厅"]) == "自治区"
    assert infer_home_region("自治区“十四五”生态环境保护规划（征求意见稿）", ["住建厅"]) is None  # (no letter writes it)
    assert infer_home_region("省“十四五”生态环境保护规划", ["省水利厅"]) == "省"
