"""Different requests grouped by contrast pairs held-out 102 and 103 (written blind at the session's start of round
82, measured once with the grouper of a8da5c6: 1/105 different grouped in each). Release blockers: the texts are
written anew, each different pair was grouped before, each copy is grouped before and after."""


def test_a_task_numbered_in_brackets_inside_a_sentence_is_a_part_named(grouped):
    # (五) / (七) after 重点任务 was taken for a point's number, and the points compared without it.
    text = "《行动方案》第三部分重点任务（四）的牵头单位只写了市发展改革委，建议增加市工业和信息化局。"
    assert not grouped(text, text.replace("（四）", "（六）"))
    assert not grouped("附表（二）中的项目投资额有误，建议核实。", "附表（三）中的项目投资额有误，建议核实。")
    # (points renumbered, the same points, stay one)
    assert grouped("（1）建议增设公交站。（2）建议延长末班车时间。", "（2）建议增设公交站。（1）建议延长末班车时间。")


def test_one_character_put_for_another_that_neither_looks_nor_sounds_alike_is_chosen(grouped):
    # 白鹭 / 夜鹭 was one character for one, judged a typo though the two share neither shape nor sound.
    text = "湿地公园东岸芦苇丛是白鹭的繁殖地，建议在4月至7月划定临时禁入区。"
    assert not grouped(text, text.replace("白鹭", "夜鹭"))
    assert not grouped("建议在河道两岸种植柳树。", "建议在河道两岸种植桃树。")
    # (a typo read alike, or confused in shape, stays a copy)
    assert grouped(text, text.replace("繁殖", "繁值"))
    assert grouped(text, text.replace("划定", "划订"))
