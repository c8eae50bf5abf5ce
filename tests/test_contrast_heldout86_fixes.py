"""Release blocker found by contrast pairs held-out 86 (written blind at the end of the session, measured once with the
grouper of 54aac44: 1/105 different requests grouped). The texts are written anew here; the assertion failed before."""


def test_one_animal_put_for_another(grouped):
    # 蛙 for 蛇 was read as a typo: only some animals and crops were known as words no typo puts for another
    assert not grouped("建议将龟类纳入第二十条人工繁育技术规范的适用范围。", "建议将鳖类纳入第二十条人工繁育技术规范的适用范围。")
    assert not grouped("建议将蛇类纳入第二十条人工繁育技术规范的适用范围。", "建议将蛙类纳入第二十条人工繁育技术规范的适用范围。")
