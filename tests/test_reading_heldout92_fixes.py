"""Release blockers found by letters set 92 (tests/data/letters_heldout92), each with texts written anew for
the test: they failed before the fix."""


def test_minutes_a_speaker_who_tells_first_then_proposes(read_paragraphs):
    # Lost before: 某管理局局长某某介绍了…的情况，提出两点意见：一是…；二是… had no speaker (提出 after a comma has no
    # subject of its own), so both requests were set aside as narration; and an expert named without a body in
    # reported speech (某某研究员指出，…) had no unit.
    rows = read_paragraphs("论证会纪要.docx", [
        "专家论证会纪要", "7月2日，自治区生态环境厅召开论证会，某湿地自然保护区管理局有关负责同志和特邀专家参加会议。",
        "（一）某湿地自然保护区管理局",
        "保护区管理局局长其木格介绍了保护区近年来湿地萎缩的情况，提出两点意见：一是建议将湿地补水工程列入重大工程；"
        "二是建议明确保护区内矿业权有序退出。",
        "起草组回应：将征求水利厅意见后研究。",
        "（二）特邀专家高文远研究员",
        "高文远研究员指出，碳达峰内容建议仅作原则性表述。",
        "起草组回应：采纳。"])
    assert [(c.department, c.text[:6]) for c in rows] == [
        ("某湿地自然保护区管理局", "建议将湿地补"), ("某湿地自然保护区管理局", "建议明确保护"), ("与会专家", "高文远研究员")]


def test_a_note_that_small_changes_are_marked_in_the_file(read_written):
    # False before: 注：文字性修改已在电子文档中以修订模式标注，不再逐条列出。 under the points was an opinion.
    text = ("自治区生态环境厅：\n    一、建议将某河纳入重点流域。\n    二、建议增加水质自动监测站。\n"
            "注：文字性修改已在电子文档中以修订模式标注，不再逐条列出。\n\n自治区水利厅\n2021年7月1日\n")
    assert [c.text for c in read_written("意见.txt", text)] == ["建议将某河纳入重点流域。", "建议增加水质自动监测站。"]


def test_reasons_numbered_after_the_request_are_its_own(read_written):
    # False before: …建议删除…。主要考虑：①…；②国家层面未明确时限，我区不宜自行加码。 gave the second reason as an
    # opinion of its own (不宜 asks, and a semicolon opened it).
    text = ("自治区生态环境厅：\n    （1）关于柴油货车，建议删除“2022年底前全部淘汰”中的时间节点。主要考虑：①目前全区保有量仍有2.7万辆，"
            "涉及面广；②国家层面未明确强制淘汰时限，我区不宜自行加码。\n    （2）建议增加绿色公路建设的内容。\n\n自治区交通运输厅\n2021年7月1日\n")
    assert [c.text[:8] for c in read_written("意见.txt", text)] == ["关于柴油货车，建", "建议增加绿色公路"]


def test_a_draft_returned_with_comments_and_a_drafters_note_left_in_it(read_commented):
    # Misattributed and false before: a cover line 某旗人民政府反馈意见已在文中以批注形式标注。 named no unit (its
    # words were no cover note the reader knew), and a comment the drafters had left in the draft they sent
    # (起草组注：…, by 规划起草组) was an opinion.
    rows = read_commented("批注稿.docx", [
        "某旗人民政府反馈意见已在文中以批注形式标注。2021.6.25", "某自治区“十四五”生态环境保护规划", "（征求意见稿）",
        ("第二节　旗县级城市建成区应于2023年底前全部淘汰10蒸吨及以下燃煤锅炉。", "建议将时限调整为“2025年底前”。", "某旗人民政府"),
        ("第三节　优先保障重点河湖基本生态流量。", "起草组注：生态流量目标数据待水利厅确认后补充。", "规划起草组")])
    assert [(c.department, c.text) for c in rows] == [("某旗人民政府", "建议将时限调整为“2025年底前”。")]
