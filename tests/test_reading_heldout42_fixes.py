"""Failures letters set 42 showed (a blind set measured once at 9486e30: 12 of 15), each a general rule.

A speaker's second request after 他还提到， was merged into the first (one opinion lost as its own row);
的现实需要 (a need, a noun) read as asking kept a general remark in front of a request; a citizen's
question about when the regulation takes effect became an opinion.
"""

from __future__ import annotations


def test_a_second_request_after_he_also_said(read_written):
    text = ("座谈会纪要\n\n    2025年6月10日，省水利厅召开座谈会，柞某市水利局等单位代表参加会议。\n\n"
            "    柞某市水利局局长邱某某表示，建议将用水统计调查制度写入条例。他还提到，基层水利执法力量薄弱，"
            "建议条例明确乡镇人民政府在节水监督管理中的职责。\n")
    rows = read_written("纪要.txt", text)
    assert [c.text[:6] for c in rows] == ["建议将用水统", "基层水利执法"]


def test_a_need_as_a_noun_asks_nothing(read_written):
    text = ("座谈会纪要\n\n    璘某市水利局副局长何某某表示，条例草案回应了基层节水管理的现实需要，总体赞同。"
            "他认为第十三条取水许可审批权限下放后基层承接能力不足，建议保留省级审批权限。\n")
    rows = read_written("纪要.txt", text)
    assert len(rows) == 1 and "总体赞同" not in rows[0].text


def test_a_question_when_it_takes_effect(read_written):
    rows = read_written("留言.csv", "序号,留言内容\n1,请问这个条例预计什么时候正式施行？\n2,建议设立浪费用水行为举报奖励制度。\n")
    assert [c.text[:4] for c in rows] == ["建议设立"]
    assert ("请问这个条例预计什么时候正式施行？", "询问何时施行，未提具体意见") in [(t, why) for _, t, why in rows.skipped]
