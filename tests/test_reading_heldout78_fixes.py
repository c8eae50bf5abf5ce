"""Release blockers found by letters sets 78 and 79 (tests/data/letters_heldout78, …79), each with texts
written anew for the test: they failed before the fix."""

import openpyxl

import consultagg as ca


def test_a_fax_header_numbered_in_three_digits_is_no_opinion(tmp_path):
    # False before: a fax's header (… P.001/002) over an OCR'd letter was joined to the letterhead and the
    # title below it and read as an opinion.
    points = ["  一、第三章第二节“地下水保护”中，建议将超采区综合治理目标提前至２０２６年完成，并分年度制定压采计划，明确各乡镇的压采任务。",
              "  二、建议增加农村饮用水水源地保护的内容，明确划定保护区的时间和责任单位，便于考核落实。",
              "  三、建议在保障措施中明确水资源税收入用于水资源保护的比例和使用方式。"]
    body = "\n".join(p[k:k + 24] for p in points for k in range(0, len(p), 24))  # a scan's fixed-width lines
    text = ("2024-05-11 09:42    FROM:某县交警大队秩序中队     TO:0571888     P.001/002\n\n"
            "   某县公安局交通警察大队\n关于对《某县水资源保护与利用“十四五”规划\n  (征求意见稿)》的反馈意见\n\n县发展改革局:\n"
            "  根据你局来函要求，我大队组织秩序中队、事故\n中队等部门对《规划(征求意见稿)》进行了认真研究\n，现提出如下意见建议：\n"
            + body + "\n\n                  某县公安局交通警察大队\n                2024年5月11日\n")
    (tmp_path / "传真.txt").write_text(text, encoding="utf-8")
    rows = ca.read_comments(tmp_path / "传真.txt")
    assert [c.text[:8] for c in rows] == ["第三章第二节“地", "建议增加农村饮用", "建议在保障措施中"]
    assert any("FROM" in s[1] for s in rows.skipped)


def _export(path, rows, header):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某市政务服务热线诉求明细"])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)


def test_rows_a_platform_rejected_or_typed_as_praise_are_set_aside_and_said(tmp_path):
    # False before: an advertisement the platform rejected (审核状态：审核未通过), a call typed 表扬 that hopes
    # the plan goes well, and the export's count line (共4条记录（审核通过3条，未通过1条）) were opinions.
    header = ["序号", "留言人", "诉求类型", "留言内容", "审核状态"]
    _export(tmp_path / "导出.xlsx", [
        ["1", "王女士", "建议", "建议在中心医院周边增设公交站点。", "已审核"],
        ["2", "某净水公司", "建议", "净水器厂家直销，全市包安装，详询电话。", "审核未通过"],
        ["3", "周先生", "表扬", "来电表扬：新修的滨江路通行顺畅多了，希望规划好、建设好。", "已审核"],
        ["4", "匿名", "建议", "建议延长夜班公交运营时间。", "已审核"],
        ["共4条记录（审核通过3条，未通过1条）", None, None, None, None]], header)
    rows = ca.read_comments(tmp_path / "导出.xlsx")
    assert [c.text[:6] for c in rows] == ["建议在中心医", "建议延长夜班"]
    reasons = {s[1][:6]: s[2] for s in rows.skipped}
    assert "未通过" in reasons["净水器厂家直"] and "表扬" in reasons["来电表扬：新"]
    # a praise only by its words, typed 建议, stays for the words to judge; a type column alone decides praise
    _export(tmp_path / "b.xlsx", [["1", "李先生", "建议", "建议增加夜间公交线路。", "已审核"]], header)
    assert len(ca.read_comments(tmp_path / "b.xlsx")) == 1


def test_a_comment_that_only_confirms_a_figure_is_no_opinion(tmp_path, needs_comments):
    import docx
    d = docx.Document()
    d.add_paragraph("某市城市公共交通发展规划（征求意见稿）（摘录）")
    p = d.add_paragraph("到2025年，中心城区公交站点500米覆盖率达到100%。")
    d.add_comment(p.runs, text="建议调整为300米覆盖率达到70%。", author="某公交公司")
    p = d.add_paragraph("现有公交线路186条，运营车辆2300辆。")
    d.add_comment(p.runs, text="该数据已与公司运营台账核对，无误。", author="某公交公司")
    d.save(tmp_path / "某公交公司批注.docx")
    rows = ca.read_comments(tmp_path / "某公交公司批注.docx")
    assert [c.text[:8] for c in rows] == ["建议调整为300"]


def test_a_reply_that_agrees_and_pledges_to_work_with_the_office_gives_none(tmp_path):
    text = ("某市水利局关于《某市生态环境保护规划（征求意见稿）》意见的复函\n\n某市生态环境局：\n"
            "    你局来函收悉。经研究，我局对《规划》原则同意，无修改意见。\n"
            "    下一步，我局将按照职责分工，继续做好河湖长制和水土保持等工作，希望与你局进一步加强沟通衔接，"
            "共同推动规划各项任务落地见效。\n    特此函复。\n\n                某市水利局\n              2024年6月3日\n")
    (tmp_path / "复函.txt").write_text(text, encoding="utf-8")
    rows = ca.read_comments(tmp_path / "复函.txt")
    assert list(rows) == [] and rows.no_opinion_units == ["某市水利局"]
    # a hope that asks the office for something about the draft is still an opinion
    (tmp_path / "b.txt").write_text(text.replace("希望与你局进一步加强沟通衔接，共同推动规划各项任务落地见效",
                                                 "希望你局在规划中增加河湖生态流量保障的内容"), encoding="utf-8")
    assert len(ca.read_comments(tmp_path / "b.txt")) == 1


def test_chapter_headings_that_answer_no_opinion_with_a_quoted_title_give_none(tmp_path):
    # False before: 一、关于第一章“发展基础与形势”：无意见。 left its label as an opinion.
    text = ("某区人民政府关于《某市综合交通规划（征求意见稿）》修改意见的函\n\n市交通运输局：\n    现将意见函复如下：\n"
            "    一、关于第一章“发展基础与形势”：无意见。\n    二、关于第二章“总体要求”：无意见。\n"
            "    三、关于第三章“对外通道”\n    （一）建议增加城际铁路在我区设站的内容。\n    （二）关于高速公路：无意见。\n"
            "    特此函复。\n\n              某区人民政府\n             2024年6月24日\n")
    (tmp_path / "区.txt").write_text(text, encoding="utf-8")
    rows = ca.read_comments(tmp_path / "区.txt")
    assert [c.text[:8] for c in rows] == ["建议增加城际铁路"]
    assert any("发展基础与形势" in s[1] for s in rows.skipped)


def test_a_form_row_cut_inside_a_word_goes_on_in_the_row_under_the_same_number(tmp_path):
    # Split before: a form's 修改建议 cut inside a word (…并明确园区规划面 / 积约3平方公里，…) under a merged 序号
    # gave two opinions, the second a fragment.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["填报单位：某港务集团有限公司"])
    ws.append(["序号", "章节条款", "原文内容", "修改建议", "修改理由"])
    ws.append(["1", "第五章", "建设港口物流园。", "建议将“港口物流园”修改为“临港物流园区”，并明确园区规划面", "与物流规划中园区名"])
    ws.append(["1", "第五章", "建设港口物流园。", "积约3平方公里。", "称保持一致。"])
    ws.append(["2", "第七章", "岸电覆盖率达到80%。", "建议增加对岸电设施建设的资金补助", "企业积极性不高。"])
    ws.append(["2", "第七章", "岸电覆盖率达到80%。", "建议对船舶使用岸电实行电价优惠。", "使用率低。"])
    wb.save(tmp_path / "表.xlsx")
    rows = ca.read_comments(tmp_path / "表.xlsx")
    assert [c.text for c in rows][:1] == ["建议将“港口物流园”修改为“临港物流园区”，并明确园区规划面积约3平方公里。"]
    assert len(rows) == 3  # (two requests under one number, the first with no full stop, stay two)
