"""Reading fixes found with letters set 134 (written blind; its fair figure was measured before these rules).

Each failing at c45cf2c: an export's 导出时间 line under the table was a row to answer; a deputy called 某某代表 in
minutes whose opening names 自治区发展改革委和部分自治区政协委员、人大代表 became a 区人大代表 (the place was cut
at the wrong word); a chat's question (请问…还能增加吗？) was a row to answer. Texts are written for these tests.
"""

from openpyxl import Workbook

import consultagg as ca


def test_the_time_an_export_was_made_is_no_opinion(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["留言人", "留言内容"])
    ws.append(["张某", "建议加强工地扬尘管控。"])
    ws.append([None, None])
    ws.append(["导出人：规划处 刘某", "导出时间：2021-06-30 17:02"])
    wb.save(tmp_path / "留言.xlsx")
    rows = ca.read_comments(tmp_path / "留言.xlsx")
    assert [c.text for c in rows] == ["建议加强工地扬尘管控。"]


def test_a_deputy_keeps_the_place_the_opening_names(read_written):
    minutes = ("规划征求意见座谈会纪要\n\n    6月24日，自治区生态环境厅召开座谈会，自治区发展改革委和部分自治区政协委员、人大代表参加会议。纪要如下：\n"
               "    自治区发展改革委（资环处 白处长）：建议细化碳达峰相关内容。\n"
               "    王立新代表：建议加大对牧区饮水安全的支持力度。\n")
    rows = read_written("纪要.txt", minutes)
    assert [c.department for c in rows] == ["自治区发展改革委", "自治区人大代表王立新"]


def test_a_question_in_a_chat_is_no_row(read_written):
    chat = ("工作群聊天记录\n\n市生态环境局-刘  09:12\n请各单位周五前反馈意见。\n\n"
            "市水务局-王  09:40\n建议第三章增加再生水利用内容。\n\n"
            "市水务局-王  09:41\n请问附表里的项目清单还能增加吗？\n\n"
            "市生态环境局-刘  09:50\n可以，请把项目情况报过来。\n")
    rows = read_written("群聊.txt", chat)
    assert [c.text for c in rows] == ["建议第三章增加再生水利用内容。"]
