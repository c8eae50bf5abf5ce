"""Release blockers found by letters set 85 (tests/data/letters_heldout85) and by set 81's fax, each with
texts written anew for the test: they failed before the fix."""

import consultagg as ca


def test_a_fax_whose_machine_line_has_no_label(read_written):
    # Misattributed and false before: the fax line (date, time, number, sender, P.001/002) above a letterhead
    # in spaced characters hid the title, so the letter had no unit and the title's last line was an
    # opinion; on the next page the line and an OCR'd page number (一 1 一) were glued into the point.
    text = ("03/22/2023 09:41    0871-6612345          某县人民政府办公室                    P.001/002\n\n"
            "某 县 人 民 政 府\n关于《某省养老服务体系建设规划\n(2023-2027年)(征求意见稿)》的反馈意见\n\n"
            "省民政厅:\n    经研究,现将我县意见反馈如下:\n"
            "    一、建议将我县中心敬老院改扩建项目列入规划重点项目表。该院现有床位80张,入住率长期\n"
            "                              一 1 一\n"
            "03/22/2023 09:42    0871-6612345          某县人民政府办公室                    P.002/002\n"
            "超过95%,难以满足需求。\n"
            "    二、建议对山区乡镇养老服务站给予运营补贴。\n\n"
            "                                某县人民政府\n                                2023年3月22日\n")
    rows = read_written("某县传真.txt", text)
    assert [c.department for c in rows] == ["某县人民政府"] * 2
    assert rows[0].text.endswith("入住率长期超过95%,难以满足需求。")


def test_an_organ_whose_office_signs_for_it_under_its_name(read_written):
    # Misattributed before: 某省交通运输厅 over 综合规划处（代厅） gave the 处 as the unit.
    text = ("关于《某省综合交通规划（征求意见稿）》修改意见的函\n\n省发展改革委规划处：\n"
            "    经研究，现将我厅意见反馈如下：\n    一、建议补充农村公路养护资金保障内容。\n"
            "    二、建议将省道S305改建工程列入重点项目。\n\n    特此函复。\n\n"
            "                         某省交通运输厅\n                         综合规划处（代厅）\n"
            "                         2023年5月6日\n")
    rows = read_written("交通运输厅.txt", text)
    assert {c.department for c in rows} == {"某省交通运输厅"}
    assert rows[0].meta["office"] == "综合规划处"


def test_a_reply_that_agrees_and_wishes_to_keep_in_touch(read_written):
    # False before: 希望你委…继续加强与我局的沟通衔接，共同推动… was an opinion of a reply that only agrees.
    text = ("某市统计局\n\n关于《某市国民经济和社会发展规划（征求意见稿）》的复函\n\n市发展改革委：\n"
            "    经研究，我局原则同意该规划，无修改意见。\n\n"
            "    希望你委在规划实施过程中继续加强与我局的沟通衔接，共同推动统计监测工作。\n\n    特此函复。\n\n"
            "                         某市统计局\n                         2023年4月2日\n")
    rows = read_written("统计局.txt", text)
    assert list(rows) == [] and "某市统计局" in rows.no_opinion_units


def test_a_message_that_cheers_for_blue_skies(read_sheet):
    # False before: 坚决支持！希望早日实现碧水蓝天… was an opinion.
    rows = read_sheet("留言.xlsx", [("序号", "留言人", "留言内容"),
                                    (1, "网友A", "坚决支持！希望早日实现碧水蓝天，为市生态环境局点赞。"),
                                    (2, "网友B", "建议加强餐饮油烟治理，小区楼下烧烤摊油烟太大。")])
    assert [c.text[:6] for c in rows] == ["建议加强餐饮"]


def test_an_account_of_the_writer_before_its_points_and_general_remarks_under_a_bare_heading(read_written):
    # False before: the park's account of itself before 建议如下：, and remarks under a heading 具体意见 with
    # no colon (总体意见 / …原则同意…), were opinions.
    text = ("某高新区管委会\n关于《某市大气污染防治规划（征求意见稿）》的意见\n\n市生态环境局：\n\n"
            "    总体意见\n\n    《规划》回顾了近年来全市大气污染防治的主要成效，梳理了面临的形势和问题，提出的目标和任务"
            "总体符合国家和省有关要求，具有较强的针对性。我委原则同意《规划》的总体框架。\n\n    具体意见\n\n"
            "    高新区规划面积36平方公里，现有企业212家，其中涉挥发性有机物排放企业35家，近三年累计投入治理资金2.1亿元。\n\n"
            "    结合园区实际，建议如下：\n\n    1.建议明确园区VOCs在线监测的企业范围。\n\n"
            "    2.建议对完成深度治理的企业给予专项资金补助。\n\n"
            "                         某高新区管委会\n                         2023年6月1日\n")
    rows = read_written("高新区.txt", text)
    assert [c.text[:8] for c in rows] == ["建议明确园区VO", "建议对完成深度治"]


def test_difficulties_told_under_their_heading(read_written):
    # False before: items under 二、存在的困难和问题 were opinions (…按要求压减负荷… read as asking).
    text = ("某水泥有限公司\n关于《某省大气污染防治规划（征求意见稿）》的意见\n\n省生态环境厅：\n"
            "    一、企业基本情况\n    我公司有两条熟料生产线，已完成超低排放改造。\n"
            "    二、存在的困难和问题\n    1.错峰生产影响供货。冬季按要求压减产量，将直接影响重点工程供货。\n"
            "    2.物料运输方式单一。目前全部采用公路运输。\n"
            "    三、意见建议\n    1.建议对完成超低排放的企业不纳入错峰生产范围。\n    2.建议支持建设铁路专用线。\n\n"
            "                         某水泥有限公司\n                         2023年6月3日\n")
    rows = read_written("水泥.txt", text)
    assert [c.text[:8] for c in rows] == ["建议对完成超低排", "建议支持建设铁路"]


def test_the_offices_record_of_a_call(read_written):
    # Misattributed and false before: 来电单位 was no unit's field (the opinions had none, or the record was read
    # as minutes with its fields as speakers); 事由：…, the recorder's bracketed reply, 处理意见：… and the
    # initial with its date under it were opinions or glued to the last one.
    text = ("电  话  记  录\n\n来电单位：某省林业和草原局保护处\n来 电 人：某某               来电时间：2023年5月9日 10:20\n"
            "接 听 人：规划处  某某\n事    由：对《某省生态保护规划（征求意见稿）》的意见\n\n记录内容：\n\n"
            "    省林草局来电，提出以下意见，书面意见不再另行报送：\n\n"
            "    1.建议补充自然保护地整合优化的进展情况。\n\n    2.第五章所列湿地面积数据有误，请核实修改。\n\n"
            "    （某某已答复来电人：第2条将直接采纳；其余意见研究后统一反馈。）\n\n"
            "处理意见：请起草组研究吸纳。\n                                        王  5月10日\n")
    rows = read_written("电话记录.txt", text)
    assert [(c.department, c.text) for c in rows] == [
        ("某省林业和草原局", "建议补充自然保护地整合优化的进展情况。"),
        ("某省林业和草原局", "第五章所列湿地面积数据有误，请核实修改。")]


def test_a_table_drawn_in_box_characters(read_written):
    # Lost before: a form pasted from WPS as a box-drawn table, its cells wrapped over lines, gave one
    # opinion of rules and bars instead of one per row.
    text = ("某钢铁有限公司\n对《某省大气污染防治规划（征求意见稿）》的意见\n\n省生态环境厅：\n"
            "    现将我公司意见以列表形式报送如下。\n\n"
            "┌────┬──────┬────────────────┬──────────┐\n"
            "│序号│章节    │修改意见                        │理由                │\n"
            "├────┼──────┼────────────────┼──────────┤\n"
            "│1   │第三章第│建议将超低排放改造完成时限调整为│改造工期长。        │\n"
            "│    │二节    │2025年底前。                    │                    │\n"
            "├────┼──────┼────────────────┼──────────┤\n"
            "│2   │第六章  │建议将高炉煤气精脱硫列入重点工程│投资大。            │\n"
            "│    │        │项目表。                        │                    │\n"
            "└────┴──────┴────────────────┴──────────┘\n\n"
            "                         某钢铁有限公司\n                         2023年6月5日\n")
    rows = read_written("钢铁.txt", text)
    assert [(c.text, c.location, c.meta.get("reason")) for c in rows] == [
        ("建议将超低排放改造完成时限调整为2025年底前。", "第三章第二节", "改造工期长。"),
        ("建议将高炉煤气精脱硫列入重点工程项目表。", "第六章", "投资大。")]
