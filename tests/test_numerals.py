

def test_a_digit_right_after_a_unit_counts_in_the_next_lower_one():
    from consultagg.text.numerals import chinese_to_int
    assert [chinese_to_int(s) for s in ("一百五", "两千三", "三万五", "一百零五", "一万零五", "一百二十五")] == \
        [150, 2300, 35000, 105, 10005, 125]


def test_digits_written_before_chinese_units_are_the_same_number():
    from consultagg import NearDuplicateGrouper
    pairs = [("我们镇有3百多户养殖户，建议建设一处集中粪污处理站。", "我们镇有三百多户养殖户，建议建设一处集中粪污处理站。"),
             ("建议安排1千5百万元专项资金。", "建议安排一千五百万元专项资金。")]
    for a, b in pairs:
        assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 0]
    assert NearDuplicateGrouper().fit(["建议安排1千5百万元专项资金。", "建议安排1千8百万元专项资金。"]).labels_.tolist() == [0, 1]


def test_times_of_day_tenths_and_a_half_are_the_same_number_however_written():
    from consultagg import NearDuplicateGrouper
    same = [("建议学校每天早上7点10分开校门。", "建议学校每天早上七点十分开校门。"),
            ("建议首班车提前到早上6:30发车。", "建议首班车提前到早上六点半发车。"),
            ("建议租金按市场租金的七成确定。", "建议租金按市场租金的70%确定。"),
            ("建议每周休息一天半。", "建议每周休息1.5天。")]
    for a, b in same:
        assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 0], a
    apart = [("建议学校每天早上7点10分开校门。", "建议学校每天早上7点40分开校门。"),
             ("建议租金按市场租金的七成确定。", "建议租金按市场租金的六成确定。"),
             ("建议首班车提前到早上6:30发车。", "建议首班车提前到早上7:30发车。"),
             ("请围绕以下六点建议修改。", "请围绕以下八点建议修改。")]
    for a, b in apart:
        assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 1], a
