

def test_a_digit_right_after_a_unit_counts_in_the_next_lower_one():
    from consultagg.text.numerals import chinese_to_int
    assert [chinese_to_int(s) for s in ("一百五", "两千三", "三万五", "一百零五", "一万零五", "一百二十五")] == \
        [150, 2300, 35000, 105, 10005, 125]
