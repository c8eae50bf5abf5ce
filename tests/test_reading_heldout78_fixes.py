"""Release blockers found by letters sets 78 and 79 (tests/data/letters_heldout78, …79), each with texts
written anew for the test: they failed before the fix."""

import openpyxl

import consultagg as ca


def test_a_fax_header_numbered_in_three_digits_is_no_opinion(read_written):
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
    rows = read_written("传真.txt", text)
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


def test_a_reply_that_agrees_and_pledges_to_work_with_the_office_gives_none(read_written):
    text = ("某市水利局关于《某市生态环境保护规划（征求意见稿）》意见的复函\n\n某市生态环境局：\n"
            "    你局来函收悉。经研究，我局对《规划》原则同意，无修改意见。\n"
            "    下一步，我局将按照职责分工，继续做好河湖长制和水土保持等工作，希望与你局进一步加强沟通衔接，"
            "共同推动规划各项任务落地见效。\n    特此函复。\n\n                某市水利局\n              2024年6月3日\n")
    rows = read_written("复函.txt", text)
    assert list(rows) == [] and rows.no_opinion_units == ["某市水利局"]
    # a hope that asks the office for something about the draft is still an opinion
    assert len(read_written("b.txt", text.replace("希望与你局进一步加强沟通衔接，共同推动规划各项任务落地见效",
                                                  "希望你局在规划中增加河湖生态流量保障的内容"))) == 1


def test_chapter_headings_that_answer_no_opinion_with_a_quoted_title_give_none(read_written):
    # False before: 一、关于第一章“发展基础与形势”：无意见。 left its label as an opinion.
    text = ("某区人民政府关于《某市综合交通规划（征求意见稿）》修改意见的函\n\n市交通运输局：\n    现将意见函复如下：\n"
            "    一、关于第一章“发展基础与形势”：无意见。\n    二、关于第二章“总体要求”：无意见。\n"
            "    三、关于第三章“对外通道”\n    （一）建议增加城际铁路在我区设站的内容。\n    （二）关于高速公路：无意见。\n"
            "    特此函复。\n\n              某区人民政府\n             2024年6月24日\n")
    rows = read_written("区.txt", text)
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


def test_quoted_draft_blocks_and_the_replies_after_them(read_written):
    # False before: a letter quoting the draft in 【原文】 blocks, each answered in a 【修改意见】 block, gave
    # every quoted clause (…应加快…) as an opinion, and its note on the layout (说明：以下摘录…) too.
    text = ("某县自然资源局对《某市国土空间总体规划（征求意见稿）》的修改意见\n\n"
            "说明：为便于查阅，以下摘录征求意见稿相关原文，我局意见附于原文之后，以【修改意见】标注；未摘录部分无意见。\n\n"
            "【原文】（第三章第一节，第15页）各县应严格落实耕地保护目标，到2035年耕地保有量不低于下达任务。\n"
            "【修改意见】建议将我县耕地保有量任务与永久基本农田核实整改结果衔接后再行下达。\n\n"
            "【原文】（第五章第二节，第31页）要加快推进城镇开发边界内存量用地盘活。\n"
            "【修改意见】同意。\n\n"
            "【原文】（第七章，第44页）到2035年，森林覆盖率达到28%。\n"
            "【修改意见】建议明确森林覆盖率目标的分县分解方案。\n\n"
            "某县自然资源局\n2024年7月15日\n")
    rows = read_written("对照.txt", text)
    assert [c.text[:10] for c in rows] == ["建议将我县耕地保有量", "建议明确森林覆盖率目"]
    assert "耕地保有量不低于" in rows[0].meta["original_text"]
    assert {c.department for c in rows} == {"某县自然资源局"}


def test_a_problem_and_its_suggestion_under_a_heading_and_an_attached_table(read_written):
    # False before: a company's points told as 存在问题： / 意见建议：, and the table of its emissions attached
    # under 附：, gave the attachment's figures (with the closing run on) as an opinion.
    text = ("关于《某市生态环境保护规划（征求意见稿）》的意见和建议\n\n市生态环境局：\n"
            "    我公司认真学习了规划，提出以下意见和建议：\n"
            "    一、关于废水零排放要求\n    存在问题：规划要求全部实现零排放，目前杂盐缺乏合规处置出路。\n"
            "    意见建议：建议修改为“新建项目近零排放，现有项目逐步改造”。\n"
            "    二、关于在线监测\n    存在问题：企业排放口多，在线监测设备适用性尚不稳定。\n"
            "    意见建议：建议仅要求主要排放口安装在线监测设备。\n"
            "    附：公司主要污染物排放情况（2023年）\n    污染物\t排放量（吨）\t许可量（吨）\n    二氧化硫\t412.6\t1250\n"
            "    氮氧化物\t986.3\t2480\n    以上意见建议，恳请予以考虑。\n\n        某化工有限公司\n        2024年7月13日\n")
    rows = read_written("公司.txt", text)
    assert len(rows) == 2 and all("意见建议：建议" in c.text and "存在问题" not in c.text[:2] for c in rows)
    assert any(s[2] == "附件" and "二氧化硫" in s[1] for s in rows.skipped)


def test_an_experts_dash_items_under_a_point_and_his_notes_that_ask_nothing(read_written):
    # False before: an expert's 总的感觉是，…对问题的梳理比较到位 (问题 read as a fault found), the items of a point
    # that lists what to set out (明确以下要求： over - …；) each an opinion, and 另外，…我已在打印稿上直接标注，随后
    # 寄送…，这里不再赘述。 an opinion.
    text = ("关于《某省水污染防治规划（征求意见稿）》的几点意见\n\n省生态环境厅规划处：\n\n"
            "    承蒙邀请，我通读了规划。总的感觉是，规划框架完整，对突出问题的梳理比较到位。提几点个人看法，仅供参考。\n\n"
            "    第一，建议在第四章单列“工业园区污水集中处理”一节，明确以下要求：\n"
            "    - 园区污水管网全覆盖；\n    - 企业预处理达标后接管；\n    - 集中处理设施在线监控。\n"
            "    目前规划只以一句话带过，与园区的排放贡献不相称。\n\n"
            "    第二，建议增加地下水污染防治重点排污单位名录。\n\n"
            "    另外，文字方面的小问题我已在打印稿上直接标注，随后寄送规划处，这里不再赘述。\n\n"
            "    以上意见不一定妥当，请批评指正。\n\n某某\n某大学环境学院  教授\n2024年7月11日\n")
    rows = read_written("专家.txt", text)
    assert [c.text[:8] for c in rows] == ["建议在第四章单列", "建议增加地下水污"]
    assert "集中处理设施在线监控" in rows[0].text and "不相称" in rows[0].text
    # items that each ask stay opinions of their own
    asked = text.replace("    - 园区污水管网全覆盖；\n    - 企业预处理达标后接管；\n    - 集中处理设施在线监控。\n", 
                         "    - 建议园区污水管网全覆盖；\n    - 建议企业预处理达标后接管。\n")
    assert len(read_written("b.txt", asked)) >= 3


def test_a_railway_depot_signing_its_letter_is_its_unit(read_written):
    # Misattributed before: a 车务段 at the head and in the 落款 gave no unit at all (段 was no unit's ending).
    text = ("中国铁路某局集团有限公司某某车务段\n\n关于对《某市综合交通规划（征求意见稿）》的意见\n\n某市交通运输局：\n"
            "    现提出意见如下：\n    1.建议增加某西站至某站联络线研究内容。\n    2.建议将某作业区铁路专用线纳入规划重点项目。\n\n"
            "                中国铁路某局集团有限公司某某车务段\n                2024年6月22日\n")
    rows = read_written("车务段.txt", text)
    assert [c.department for c in rows] == ["中国铁路某局集团有限公司某某车务段"] * 2


def test_a_covering_letter_that_passes_on_a_members_proposal(read_written):
    # False before: 现将某某委员提出的意见建议转送你局，请认真研究吸纳，并于…前将采纳情况书面反馈我委。 was an opinion.
    text = ("政协某市委员会提案委员会\n\n关于转送市政协委员意见建议的函\n\n市交通运输局：\n"
            "    我委组织部分委员对《规划（征求意见稿）》进行了研读。现将祁某委员提出的意见建议转送你局，请认真研究吸纳，"
            "并于7月15日前将采纳情况书面反馈我委。\n\n    附：关于加快构建城市慢行交通系统的建议\n\n"
            "                政协某市委员会提案委员会\n                2024年6月21日\n\n"
            "关于加快构建城市慢行交通系统的建议\n\n提 出 人：祁某\n\n一、意见建议\n"
            "    （一）建议单设“构建安全连续的慢行交通系统”一节。\n    （二）建议明确轨道交通站点500米范围内优先布局接驳设施。\n")
    rows = read_written("转送.txt", text)
    assert [c.text[:8] for c in rows] == ["建议单设“构建安", "建议明确轨道交通"]
    assert any(s[2] == "转送说明" for s in rows.skipped)


def test_minutes_that_tell_who_came_in_a_sentence_give_each_speaker_their_body(read_paragraphs):
    # Misattributed and lost before: 祁某某副主任委员认为 spoke for a unit named 祁某某副; 萨仁某某委员 (a name of four
    # characters) for 萨仁某某; 邬某某副主任从法治角度提出意见。他指出，… was set aside, or given to the speaker before;
    # and the bodies the opening sentence names (环资委副主任委员祁某某、委员萨仁某某，…法制工作委员会副主任邬某某，…参加会议)
    # were not theirs.
    rows = read_paragraphs("座谈会纪要.docx", ["《某自治区生态环境保护规划（征求意见稿）》座谈会纪要",
                 "7月8日，自治区人大环境与资源保护委员会召开座谈会，征求对规划的意见。环资委主任委员图某某主持会议，"
                 "环资委副主任委员祁远航、委员萨仁其木格，自治区人大常委会法制工作委员会副主任邬立德，某某大学生态与环境学院"
                 "教授宁秋筠，自治区生态环境厅副厅长乌某某及规划处负责同志参加会议。现将会议主要情况纪要如下：",
                 "一、与会人员意见建议",
                 "祁远航副主任委员认为，规划总体思路清晰。他提出两点建议：一是建议将某河流域保护单列一章；二是建议删去约束性指标中“力争”等表述。",
                 "萨仁其木格委员提出，草原生态保护内容偏少，建议在第七章增加草原生态监测评估的内容。",
                 "邬立德副主任从法治角度提出意见。他指出，规划引用的条例已于2020年修订，建议对引用的法规条款逐一核对更新。",
                 "宁秋筠教授认为，对存在问题的分析还不够深入。她建议在第十章提出打击监测数据弄虚作假的具体措施。",
                 "二、会议要求", "图某某主任委员指出，规划文本总体可行。会议要求，自治区生态环境厅要认真吸纳与会人员意见。"])
    assert [(c.speaker, c.department) for c in rows] == [
        ("祁远航", "自治区人大环境与资源保护委员会"), ("祁远航", "自治区人大环境与资源保护委员会"),
        ("萨仁其木格", "自治区人大环境与资源保护委员会"), ("邬立德", "自治区人大常委会法制工作委员会"),
        ("宁秋筠", "某某大学")]


def test_a_speakers_words_under_their_heading_that_tell_what_people_report(read_paragraphs):
    # Lost before: under （三）沈某某代表（…）, 老旧小区停车难是社区群众反映最集中的问题，建议… was taken for words of
    # 社区群众 and set aside; and 某某代表结合教育系统实际提了两点建议。 was an opinion.
    rows = read_paragraphs("纪要.docx", ["某市综合交通规划征求人大代表意见座谈会纪要",
                 "6月23日下午，市交通运输局召开座谈会，听取部分市人大代表对规划的意见建议。现将会议主要内容纪要如下：",
                 "一、与会代表发言情况", "（一）钱某某代表（市人大代表，某市第一中学校长）",
                 "钱某某代表结合教育系统实际提了两点建议。",
                 "1.建议在第四章增加建设学校周边护学通道的内容。", "2.建议开通定制公交学生专线。",
                 "（二）沈某某代表（市人大代表，某社区党委书记）",
                 "老旧小区停车难是社区群众反映最集中的问题，建议规划增加利用边角地建设公共停车场的内容。",
                 "建议在规划中明确公交站点配套设施建设标准。"])
    assert [(c.speaker, c.text[:6]) for c in rows] == [("钱某某", "建议在第四章"), ("钱某某", "建议开通定制"),
                                                       ("沈某某", "老旧小区停车"), ("沈某某", "建议在规划中")]


def test_a_ticket_typed_praise_that_asks_for_something_is_kept(read_sheet):
    # Set aside before (by the reader's own check on the type column, whatever the row asked): a call typed 表扬 that
    # also asks is a request; one that only praises and wishes the plan well is not.
    rows = read_sheet("导出.xlsx", [["序号", "留言人", "诉求类型", "留言内容"],
                                   ["1", "周先生", "表扬", "来电表扬：滨江路改造后通行顺畅多了，建议在沿线增设路灯。"],
                                   ["2", "王女士", "表扬", "来电表扬：新修的公园很漂亮，希望规划好、建设好。"]])
    assert [c.text[:6] for c in rows] == ["来电表扬：滨"]
    assert any("表扬" in s[2] and "公园" in s[1] for s in rows.skipped)
