"""A unit's workbook passing on its bureaus' opinions under its own title is its reply (release blocker from an outside
test of reading, found at 81acb31: 某市人民政府 was said 逾期未反馈 though its 意见汇总表 was read)."""

import openpyxl

import consultagg as ca
from consultagg.report import consultation_summary


def test_the_unit_titling_a_summary_workbook_replied(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["云澄市人民政府关于《某自治区“十四五”生态环境保护规划（征求意见稿）》意见汇总表"])
    ws.append(["序号", "提出单位", "意见内容"])
    ws.append([1, "云澄市生态环境局", "建议补充城市黑臭水体长效治理机制的内容。"])
    ws.append([2, "云澄市林业和草原局", "建议增加城市周边防护林建设任务。"])
    wb.save(tmp_path / "云澄市意见汇总.xlsx")
    result = ca.analyse(ca.read_comments(tmp_path / "云澄市意见汇总.xlsx"), roster=["云澄市人民政府", "自治区统计局"])
    (government,) = [r for r in result.roster if r.department.endswith("人民政府")]  # (市人民政府 at home)
    assert government.state == "有意见"
    assert "人民政府" not in consultation_summary(result).split("逾期未反馈单位")[-1]


def test_the_unit_titling_a_summary_sheet_beside_per_unit_sheets_replied(tmp_path):
    # (the title merged across the table, the 汇总 sheet's rows read from the per-unit sheets: its sender kept)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append(["云澄市人民政府关于《某自治区“十四五”生态环境保护规划（征求意见稿）》意见汇总表", None, None])
    ws.merge_cells("A1:C1")
    ws.append(["序号", "提出单位", "意见内容"])
    ws.append([1, "云澄市生态环境局", "建议补充城市黑臭水体长效治理机制的内容。"])
    ws.append([2, "云澄市林业和草原局", "建议增加城市周边防护林建设任务。"])
    for unit, text in (("云澄市生态环境局", "建议补充城市黑臭水体长效治理机制的内容。"), ("云澄市林业和草原局", "建议增加城市周边防护林建设任务。")):
        sh = wb.create_sheet(unit)
        sh.append([f"填报单位：{unit}", None])
        sh.append(["序号", "意见内容"])
        sh.append([1, text])
    wb.save(tmp_path / "云澄市意见汇总.xlsx")
    rows = ca.read_comments(tmp_path / "云澄市意见汇总.xlsx")
    assert len(rows) == 2 and {c.meta.get("sent_by") for c in rows} == {"云澄市人民政府"}
    result = ca.analyse(rows, roster=["云澄市人民政府", "自治区统计局"])
    (government,) = [r for r in result.roster if r.department.endswith("人民政府")]
    assert government.state == "有意见" and government.n_opinions == 2
