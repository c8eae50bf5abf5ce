"""Failures letters set 55 showed (written blind, measured once at 4bd3999: 8 of 15). The texts below
are written anew in the set's manner.

Misattributed: a city's reply made with the government's consent and signed by its 发展改革委
(经市政府同意…现将我市意见反馈如下) went to the commission; a think tank's note signed under its title
with the month (某研究中心　2021年9月) had no unit; a company's institute (…电力有限公司经济技术研究院) stayed
apart from the company. False opinions: a note that the opinion is the team's own (本意见…仅代表研究团队
观点，供…参考), an offer of help (如编制组需要，可以提供…), a citizen's wish for the goal (支持！希望早日
实现碳中和) and a platform's test row (测试留言，请忽略).
"""

from __future__ import annotations

import pytest

_CITY = ("关于《某省“十四五”应对气候变化规划（征求意见稿）》的反馈意见\n\n省生态环境厅：\n"
         "　　按照贵厅来函要求，经市政府同意，我委组织市直有关部门进行了研究。现将我市意见反馈如下：\n"
         "　　1.建议将我市开发区列入省级低碳园区试点。\n　　2.建议明确碳排放强度目标的分解原则。\n\n"
         "　　　　　　　　　　甲市发展和改革委员会\n　　　　　　　　　　2021年9月8日\n")


def test_a_reply_made_with_the_governments_consent_is_the_citys(read_written):
    rows = read_written("反馈意见.txt", _CITY)
    assert [r.department for r in rows] == ["甲市人民政府", "甲市人民政府"]
    assert rows[0].meta.get("office") == "甲市发展和改革委员会"


def test_a_bureaus_own_reply_stays_the_bureaus(read_written):
    text = _CITY.replace("经市政府同意，我委", "我委").replace("我市意见", "我委意见")
    rows = read_written("反馈意见.txt", text)
    assert {r.department for r in rows} == {"甲市发展和改革委员会"}


_NOTE = ("# 关于《某省“十四五”应对气候变化规划（征求意见稿）》的评估意见\n\n"
         "**某气候与能源转型研究中心**　2021年9月\n\n"
         "> 本意见由我中心研究团队基于公开数据形成，仅代表研究团队观点，供规划编制组参考。\n\n"
         "## 具体建议\n\n- 建议增设碳排放总量预期性指标。\n- 建议补充甲烷排放控制目标。\n\n"
         "我中心正在开展碳达峰路径研究，如编制组需要，可以提供情景分析结果。\n")


def test_a_think_tanks_note_its_byline_disclaimer_and_offer(read_written):
    rows = read_written("评估意见.md", _NOTE)
    assert [r.text for r in rows] == ["建议增设碳排放总量预期性指标。", "建议补充甲烷排放控制目标。"]
    assert {r.department for r in rows} == {"某气候与能源转型研究中心"}


def test_a_companys_institute_speaks_for_the_company():
    from consultagg.extract.units import split_office

    assert split_office("国网某省电力有限公司经济技术研究院") == ("国网某省电力有限公司", "经济技术研究院")
    assert split_office("某能源集团有限公司某分公司") == ("某能源集团有限公司某分公司", None)


def test_a_citizens_wish_and_a_test_row_are_no_opinions(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    from consultagg import read_comments

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["留言编号", "留言内容", "留言人"])
    ws.append(["1", "支持！希望早日实现碳中和，天更蓝水更清。", "张**"])
    ws.append(["2", "测试留言，请忽略", "管理员"])
    ws.append(["3", "希望早日实现碳中和，建议公交车全部换成电动车。", "李**"])
    wb.save(tmp_path / "留言.xlsx")
    rows = read_comments(tmp_path / "留言.xlsx")
    assert [r.text for r in rows] == ["希望早日实现碳中和，建议公交车全部换成电动车。"]
    assert any("测试留言" in n for n in rows.notes)
