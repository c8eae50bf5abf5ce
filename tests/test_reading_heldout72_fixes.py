"""Release blockers found by letters set 72 (tests/data/letters_heldout72), each with texts written
anew for the test: they failed before the fix."""


def test_a_request_over_its_table_and_a_request_said_as_我局认为应():
    # Lost before: （三）建议将下列隐患点整治纳入…： over a table of places was read as a heading over
    # background, and 我局认为应调整为“…” as a general remark (我局认为 opens praise elsewhere).
    from consultagg.extract import parse_letter
    text = ("某市水务局关于规划的反馈意见\n\n市应急管理局：\n一、关于防洪\n"
            "（一）建议将城市防洪标准修改为“中心城区防洪标准达到100年一遇”。\n"
            "（二）建议将下列易涝点整治纳入“城市内涝治理工程”，并明确于2026年前完成整治：\n"
            "序号\t易涝点名称\t所在区\t拟采取措施\n1\t某路下穿隧道\t某区\t泵站扩容\n2\t某老火车站片区\t某区\t雨污分流\n"
            "二、附件2中“城市内涝治理”牵头单位为市水务局，我局认为应调整为“市住房和城乡建设局牵头，市水务局配合”。\n"
            "\n某市水务局\n2026年6月21日\n")
    letter = parse_letter(text)
    texts = [o.text for o in letter.opinions]
    assert len(texts) == 3
    assert texts[1].startswith("建议将下列易涝点整治纳入") and "某路下穿隧道" in texts[1]
    assert texts[2].startswith("附件2中“城市内涝治理”牵头单位为市水务局，我局认为应调整为")
