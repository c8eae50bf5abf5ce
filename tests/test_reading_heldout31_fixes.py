"""Reader cases written after the thirty-first set of documents by someone else failed on them.
New texts, not the set's; each failed before its fix."""

from consultagg.extract.letters import parse_letter

# Reported speech that ends announcing the points below it (她提出：) left the points without a
# speaker, and points whose 建议 follows a comma were dropped (a release blocker).
CONSULTATION = (
    "专家咨询会会议纪要\n\n主持：市交通运输局副局长 郑某\n\n会议听取了汇报，与会专家进行了讨论，形成意见如下：\n\n"
    "黄某某（琨山交大）：建议表3-1补充资金来源。\n\n编制组回应：投资估算将在下一稿中补充。\n\n"
    "柯蕾副院长认为，规划与国土空间规划衔接较好。她提出：\n"
    "（1）轨道交通线网规划应与站城开发结合，建议在第四章增加相关内容；\n"
    "（2）慢行交通一节篇幅偏少，建议增加绿道衔接的具体指标。\n\n"
    "附件：参会人员名单\n琨山交通大学交通运输学院        黄某某  教授\n霖州市城市规划设计研究院          柯  蕾  副院长\n")


def test_the_points_below_reported_speech_that_announces_them_are_the_speakers():
    m = parse_letter(CONSULTATION, kind="minutes")
    got = [(o.department, o.text) for o in m.opinions]
    assert got == [("琨山交通大学", "建议表3-1补充资金来源。"),
                   ("霖州市城市规划设计研究院", "轨道交通线网规划应与站城开发结合，建议在第四章增加相关内容"),
                   ("霖州市城市规划设计研究院", "慢行交通一节篇幅偏少，建议增加绿道衔接的具体指标。")]
