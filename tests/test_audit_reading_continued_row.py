"""A form row continued on a row with no number and no unit is one opinion of the unit above (release blocker from an
outside test of reading, found at 81acb31: the first half was cut mid-sentence and the second went to 社会公众)."""

import openpyxl

import consultagg as ca


def test_a_row_continued_without_number_joins_the_row_above(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某自治区“十四五”生态环境保护规划意见反馈表"])
    ws.append(["序号", "提出单位", "章节", "意见内容", "理由"])
    ws.append(["1", "某盟行政公署", "第五章", "建议将某旗黄河南岸湿地纳入自治区重要湿地名录。", ""])
    ws.append(["2", "某盟行政公署", "第四章第二节", "建议将某盟城镇污水处理厂提标改造列入重点工程，并明确", "该项目已完成前期工作。"])
    ws.append(["", "", "", "自治区资金补助比例。", ""])
    ws.append(["3", "某盟行政公署", "第六章", "建议支持旗县级生态环境监测站标准化建设。", ""])
    wb.save(tmp_path / "f.xlsx")
    rows = ca.read_comments(tmp_path / "f.xlsx")
    assert [c.text for c in rows] == ["建议将某旗黄河南岸湿地纳入自治区重要湿地名录。",
                                      "建议将某盟城镇污水处理厂提标改造列入重点工程，并明确自治区资金补助比例。",
                                      "建议支持旗县级生态环境监测站标准化建设。"]
    assert {c.department for c in rows} == {"某盟行政公署"}


def test_a_finished_row_below_without_number_stays_its_own(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "提出单位", "意见内容"])
    ws.append(["1", "某盟行政公署", "建议将某旗黄河南岸湿地纳入自治区重要湿地名录。"])
    ws.append(["", "", "建议补充沙化土地封禁保护区建设内容。"])
    wb.save(tmp_path / "f.xlsx")
    assert len(ca.read_comments(tmp_path / "f.xlsx")) == 2
