"""Release blockers found by letters set 102 (tests/data/letters_heldout102, written blind at the start of the
session, measured once with the reader of 80a70a7: 8/15 letters). The texts are written anew; each assertion
failed before."""

import pytest


def test_a_request_whose_reasons_are_the_numbered_points_below_it(read_written):
    # Lost before: the point asked and announced its reasons (理由如下：) over 1. 2.; it was taken for a heading,
    # its request kept only as the context of two "opinions" that were its reasons.
    letter = "\n".join(["某市林业和草原局关于《某规划（征求意见稿）》的修改意见", "市生态环境局：",
                        "一、关于森林资源保护",
                        "（一）第四章第二节中，建议将“森林覆盖率达到38%”修改为“森林覆盖率达到36.5%”。理由如下：",
                        "1.全市宜林地已基本造完，新增造林空间有限；",
                        "2.近两年退耕还林地块复垦较多，38%的目标缺乏测算依据。",
                        "（二）建议增加“开展森林火灾风险普查”的内容。", "", "某市林业和草原局", "2021年6月20日"])
    rows = read_written("林草局意见.txt", letter)
    assert len(rows) == 2
    assert rows[0].text.startswith("第四章第二节中，建议将") and "缺乏测算依据" in rows[0].text
    assert rows[1].text == "建议增加“开展森林火灾风险普查”的内容。"


def test_a_speaker_who_tells_two_matters_each_with_its_request(read_written):
    # One request lost before: the speaker's second matter, told and asked of in a sentence of its own
    # (…萎缩明显，建议将…纳入…), was kept inside the first opinion.
    minutes = "\n".join(["《某规划》征求意见座谈会纪要", "一、与会单位发言情况",
                         "某县人民政府（副县长 某某）：我县基层监测力量薄弱，建议在规划中明确县级监测站的人员编制。"
                         "县境内的青石湖近年来水位下降明显，建议将“青石湖生态补水工程”纳入规划重大工程。",
                         "某市水务局（某某）：规划中“万元GDP用水量下降16%”的目标偏高，建议调整为13%。"
                         "纲要对该指标以下降幅度表述，建议规划也以同样口径表述。"])
    rows = read_written("座谈会纪要.txt", minutes)
    texts = [c.text for c in rows]
    assert texts[0].endswith("人员编制。") and texts[1].startswith("县境内的青石湖")
    assert len(texts) == 3 and "同样口径" in texts[2]  # (the second sentence points back at 该指标: one request)


def test_a_form_row_going_on_under_a_number_merged_down_is_one_opinion(word_form, tmp_path):
    # Said twice before: the 序号 and 修改意见 cells were merged down over a continuation row whose 理由 went on
    # (（续上）…), and the row was read as a second opinion with the same words.
    import consultagg as ca
    doc, t = word_form(["《某规划（征求意见稿）》意见反馈表", "填报单位（盖章）：某市水务局"],
                       [["序号", "章节", "修改意见", "理由"],
                        ["1", "第二章", "建议将再生水利用率目标调整为25%。", "现有再生水厂规模不足。"],
                        ["", "", "", "（续上）另，新建再生水厂2023年才能投运。"],
                        ["2", "第五章", "建议增加海绵城市建设的内容。", "与国家部署一致。"]])
    for col in range(3):
        t.cell(1, col).merge(t.cell(2, col))
    doc.save(tmp_path / "反馈表.docx")
    rows = ca.read_comments(str(tmp_path / "反馈表.docx"))
    assert [c.text for c in rows] == ["建议将再生水利用率目标调整为25%。", "建议增加海绵城市建设的内容。"]
    assert "2023年才能投运" in rows[0].meta["reason"] and "续上" not in rows[0].meta["reason"]


def test_a_message_the_platform_blocked_is_no_opinion(read_sheet):
    rows = read_sheet("留言.xlsx", [["序号", "留言人", "留言内容"], [1, "网友", "建议增加城区公厕。"],
                                    [2, "网友", "（该留言含有不文明用语，已屏蔽）"]])
    assert [c.text for c in rows] == ["建议增加城区公厕。"]


@pytest.mark.usefixtures("needs_comments")
def test_a_draft_returned_with_comments_under_a_bracketed_cover_names_its_unit(read_commented):
    # Unattributed and false before: the cover 【某局修改意见】我局意见已在文中以修订和批注形式标注… was an opinion
    # and no unit was read.
    rows = read_commented("修订稿.docx", ["【某市交通运输局修改意见】我局意见已在文中以修订和批注形式标注，请在审阅视图下查看。",
                                          "某市综合交通规划（征求意见稿）",
                                          ("到2025年，建成区公交站点500米覆盖率达到100%。", "建议核实该目标，目前为91%。", "交通局 某某")])
    assert [(c.department, c.text) for c in rows] == [("某市交通运输局", "建议核实该目标，目前为91%。")]


def test_a_chat_transcript_of_a_member_s_messages(read_written):
    # Misattributed and false before: the sender 某某委员 was read as the unit 某某委 (person 员), the compiling
    # official's reply and the member's offer to send a report were opinions.
    chat = "\n".join(["【微信聊天记录整理】", "整理人：规划处 林某某        整理时间：2021年7月2日",
                      "说明：市政协委员、某学院教授周晓岚同志通过微信反馈意见，现整理如下。", "",
                      "周晓岚委员  2021-07-01 20:11", "建议规划增加城市绿道建设的目标，至少明确建成区绿道长度。", "",
                      "林某某  2021-07-01 20:15", "收到，周委员，建议您把调研数据也发给我们", "",
                      "周晓岚委员  2021-07-01 20:20", "我们有一份调研报告，需要的话可以发给你们", "",
                      "周晓岚委员  2021-07-01 20:31", "还有，建议在第三章补充老旧小区加装电梯的内容"])
    rows = read_written("微信意见整理.txt", chat)
    assert [c.department for c in rows] == ["市政协委员周晓岚"] * 2
    assert rows[0].text.startswith("建议规划增加城市绿道") and "电梯" in rows[1].text


def test_a_point_that_keeps_the_draft_s_words_asks_nothing(read_written):
    # False before (set 100, read again this round): a point quoting the draft's 应 and ending 无需修改 was an opinion.
    letter = "\n".join(["某县人民政府关于《某规划（征求意见稿）》的意见", "某市生态环境局：",
                        "一、建议将“农村生活污水治理率达到45%”调整为“达到40%”，我县山区村庄分散，45%难以实现。",
                        "二、第六章原文“各县应于2023年底前建成医疗废物集中处置设施”。我县处置设施已于2022年建成运行，该表述与我县实际相符，无需修改。",
                        "", "某县人民政府", "2021年8月2日"])
    rows = read_written("县政府意见.txt", letter)
    assert [c.text[:8] for c in rows] == ["建议将“农村生活"]
