"""Found by contrast pairs held-out 75 (written blind, measured once with the grouper of 934e26b: 0/105
different, 86/105 copies per pair). The texts are written anew here; each assertion of a copy failed before
the fix."""


def test_a_last_line_that_only_signs_in_words_set_apart(grouped):
    a = "建议条例规定餐饮场所室内全面禁止吸烟，并在门口张贴禁烟标识。"
    assert grouped(a, a + "\n云舒茶餐厅 店长 许某某")
    assert grouped(a, a + "\n某市某保洁服务有限公司 2025.03.18")
    # a last line that names a part of the draft, or asks, is no signature
    assert not grouped(a, a + "\n第十二条 第三款")
    assert not grouped(a, a + "\n另外建议 增加罚款")


def test_notes_of_when_and_how_a_message_came_again(grouped):
    a = "建议条例规定网吧应当设置禁烟标识并配备劝阻人员。"
    assert grouped(a, a + "【2025年3月20日 15:42:08 来自公众号留言】")
    assert grouped(a, a + "（同上一条，网页卡住又提交了一次）")
