"""A work group's chat export (set 55's 微信群 log, measured at 4bd3999: 3 of 5 opinions, 8 produced, no unit):
each message under its sender line, read as its sender's; the organiser and acknowledgements set aside."""

from __future__ import annotations

_CHAT = ("规划征求意见工作群 的聊天记录\n导出时间：2023-05-06 18:00\n\n———— 2023-05-06 ————\n\n"
         "市生态环境局规划科-陈某  09:02\n各位好，请各单位周五前在群里先反馈要点，我们统一汇总。\n\n"
         "市水务局 刘某某  09:30\n收到，领导还在看，我先把要点发一下\n\n"
         "市水务局 刘某某  09:31\n1、第三章再生水利用率目标建议由25%调整为20%。\n2、建议增加城区易涝点改造内容。\n\n"
         "市生态环境局规划科-陈某  09:35\n好的，第1条我们再核一下\n\n"
         "市城管局环卫科 周某  10:02\n补充一点：建议第五章明确餐厨垃圾处理设施的建设时限。\n\n"
         "市林业局-赵  10:10\n@市生态环境局规划科-陈某 我们局走正式函，群里就不发了\n")


def test_each_message_is_its_senders_and_the_organiser_answers(read_written):
    rows = read_written("工作群聊天记录.txt", _CHAT)
    assert [r.text for r in rows] == ["第三章再生水利用率目标建议由25%调整为20%。", "建议增加城区易涝点改造内容。",
                                      "建议第五章明确餐厨垃圾处理设施的建设时限。"]
    assert [r.department for r in rows] == ["市水务局", "市水务局", "市城管局"]
    assert rows[2].speaker == "周某" and rows[2].meta.get("office") == "环卫科"
    why = {text[:8]: reason for _, text, reason in rows.skipped}
    assert why["市生态环境局规划"] == "组织方" and why["市林业局-赵：@"] == "群聊应答"
    assert why["导出时间：202"] == "聊天记录信息"


def test_every_line_of_the_chat_is_an_opinion_or_listed(read_written):
    rows = read_written("工作群聊天记录.txt", _CHAT)
    said = " ".join([r.text for r in rows] + [text for _, text, _ in rows.skipped])
    for line in _CHAT.split("\n"):
        words = line.strip().lstrip("0123456789、").strip()
        if words and ":" not in words[-6:]:  # (sender lines are listed with their message)
            assert words.replace(" ", "")[-8:] in said.replace(" ", ""), line


def test_an_agenda_with_times_is_no_chat(read_written):
    text = ("座谈会议程\n\n签到  8:30\n\n开幕  9:00\n\n分组讨论  9:30\n\n"
            "与会代表意见：\n一、建议增加再生水利用内容。\n二、建议明确餐厨垃圾处理设施建设时限。\n")
    rows = read_written("议程.txt", text)
    assert len(rows) == 2 and rows[0].text.startswith("建议增加再生水")
