"""Release blockers found by letters set 93 (tests/data/letters_heldout93), each with texts written anew for
the test: they failed before the fix."""


def test_numbered_items_that_only_agree_with_a_part_of_the_draft(read_written):
    # False before: a second-round reply's items that name a part and agree with it (…一节，我市无意见。 /
    # …已按我市第一轮意见作了修改，同意现表述。) were opinions.
    text = ("省生态环境厅：\n    现将我市意见函复如下：\n"
            "    （一）建议将第三章的煤电表述修改为“国家规划内项目除外”。\n"
            "    （二）第九章新增的“强化生态环境应急管理”一节，我市无意见。\n"
            "    （三）第六章第二节已按我市第一轮意见作了修改，同意现表述。\n"
            "    （四）建议延长地区规划编制时限至2022年底。\n\n某市人民政府\n2021年8月9日\n")
    assert [c.text[:8] for c in read_written("第二轮意见.txt", text)] == ["建议将第三章的煤", "建议延长地区规划"]


def test_a_message_that_praises_and_hopes_for_cleaner_skies(read_sheet):
    # False before: 看了规划，写得很实在，支持！盼着家乡的天更蓝、水更清。 in a portal export was an opinion.
    rows = read_sheet("留言.xlsx", [["序号", "留言人", "留言内容"], [1, "网友甲", "看了规划，写得很实在，支持！盼着家乡的天更蓝、水更清。"],
                                    [2, "网友乙", "建议公开重点排污单位名录。"]])
    assert [c.text for c in rows] == ["建议公开重点排污单位名录。"]


def test_points_of_a_place_the_drafts_words_and_the_request(read_written):
    # False before: each point was read whole, its place heading and the quoted 原文： line in the opinion's text;
    # now the place is the location and the quoted words the original text, as a form's 原文 column is.
    text = ("自治区生态环境厅：\n    现将修改意见函告如下：\n\n    一、第二章第三节（第18页）\n"
            "    原文：“将某县等12个县划入大气污染防治重点区域。”\n    建议删除某县。某县位于上风向，县域内无重点行业企业。\n\n"
            "    二、第七章第四节（第49页）\n    原文：“到2025年，县级城市污水处理率达到95%。”\n    建议修改为“达到90%以上”。\n\n"
            "某县人民政府\n2021年7月21日\n")
    rows = read_written("修改意见.txt", text)
    assert [(c.location, c.text[:6], c.meta["original_text"][:6]) for c in rows] == [
        ("第二章第三节（第18页）", "建议删除某县", "“将某县等1"), ("第七章第四节（第49页）", "建议修改为“", "“到2025")]


def test_a_label_over_an_excerpt_of_the_draft(read_paragraphs):
    # False before: 摘录一：第四章第二节（第27页） over the excerpt it names was an opinion.
    rows = read_paragraphs("意见.docx", [
        "自治区生态环境厅：", "现将相关条款摘录如下，我公司意见列于其后。", "摘录一：第四章第二节（第27页）",
        "建议将超低排放改造完成时限调整为2026年底。", "", "某钢铁集团有限责任公司", "2021年7月22日"])
    assert [c.text[:8] for c in rows] == ["建议将超低排放改"]


def test_an_experts_opening_that_read_the_draft_and_praises_it(read_written):
    # False before: 收到征求意见稿后，我…通读了全文…。应该说，这是一部结构严谨…的规划…。下面谈几点个人看法，供起草组参考。
    # was an opinion (应该说 read as 应该, 通读了全文 as no preamble).
    text = ("省生态环境厅规划起草组：\n    收到征求意见稿后，我用了几天时间通读了全文，并与上一轮规划作了比较。应该说，这是一部结构严谨、"
            "重点突出的规划，起草组是下了功夫的。下面谈几点个人看法，供起草组参考。\n"
            "    最后是一个小问题。第37页把草畜平衡区写成了禁牧区，请核对修改。\n\n某某某\n某大学教授\n2021年7月25日\n")
    assert [c.text[:8] for c in read_written("书面意见.txt", text)] == ["最后是一个小问题"]
