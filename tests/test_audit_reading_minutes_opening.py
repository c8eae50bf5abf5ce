"""A speaker named with their body in the minutes' opening sentence speaks for it (release blocker from an outside
test of reading, found at 81acb31: the second expert, 某研究院李某研究员参加会议, got 与会专家)."""

import consultagg as ca


def test_each_expert_named_in_the_opening_sentence_speaks_for_their_body(tmp_path):
    t = "某自治区“十四五”生态环境保护规划（征求意见稿）"
    (tmp_path / "m.txt").write_text(
        f"《{t}》专家座谈会纪要\n\n2021年5月14日，自治区生态环境厅召开座谈会。北原大学环境学院周立新教授、"
        "自治区环境科学研究院郑丽研究员参加会议。会议由自治区生态环境厅副厅长孙强主持。\n\n"
        "周立新教授：建议补充细颗粒物和臭氧协同控制的量化目标。\n\n"
        "郑丽研究员：建议第六章增加生态环境监测网络覆盖到乡镇一级的目标。\n\n孙强副厅长：感谢各位的意见建议。\n",
        encoding="utf-8")
    rows = ca.read_comments(tmp_path / "m.txt")
    assert [(c.speaker, c.department) for c in rows] == [("周立新", "北原大学"), ("郑丽", "自治区环境科学研究院")]
