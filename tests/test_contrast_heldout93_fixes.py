"""Copies found by contrast pairs held-out 93 (written blind at the end of the session, measured once with the grouper
of 998e947: 0/105 different, 83/105 copies). The texts are written anew; each copy was kept apart before."""

from consultagg import NearDuplicateGrouper


def grouped(a: str, b: str) -> bool:
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    return bool(labels[0] == labels[1])


def test_a_line_over_a_message_telling_its_history():
    text = "甲村到镇区的道路没有路灯，晚上骑车的学生很不安全。建议在这段路上安装太阳能路灯，由镇里承担建设费用。"
    assert grouped(text, "此条为网上留言板转录，原留言时间：2024年6月3日 21:15。\n" + text)
    signed = "建议在某街道二村增设一处社区卫生服务站，解决周边小区老年居民就医难的问题。\n某街道社区卫生服务中心"
    assert grouped(signed, "更正：上条落款单位名称有误，应为“某街道社区卫生服务中心”，特此重发。\n" + signed)


def test_an_edit_note_with_its_time_after_the_message():
    text = "建议把城区公交卡的老年人免费乘车年龄从70岁降到65岁。"
    assert grouped(text, text + "（已编辑，编辑于 2024-08-12 19:40）")


def test_an_ocr_reading_xie_as_yu():
    assert grouped("东门通道每天被货车装卸占满，建议划定专门的装卸时段和泊位。", "东门通道每天被贷车装御占满，建议划定专门的装御时段和泊位。")


def test_guards_a_correction_that_changes_the_request_and_a_typo_put_twice_for_a_word():
    # a line saying a slip is mended over a message that asks for another number stays apart
    assert not grouped("建议把城区公交卡的老年人免费乘车年龄从70岁降到65岁。",
                       "更正：上条有笔误，以本条为准。\n建议把城区公交卡的老年人免费乘车年龄从70岁降到60岁。")
    assert not grouped("建议在学校周边设置限速标志和减速带，保障学生安全。", "建议在医院周边设置限速标志和减速带，保障病人安全。")
