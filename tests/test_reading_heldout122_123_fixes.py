"""Reader faults found by letters sets 122 and 123 after their fair figures were taken (written blind at the end of
round 81, measured once with the reader of 7bd34ce). Each test failed with that reader."""

from __future__ import annotations


def test_a_deputy_and_a_member_called_by_name_where_the_record_says_deputies_and_members_came(read_written):
    # Misattributed before: 张某代表 / 李某委员 spoke for no unit, and the tracker gave them to 社会公众.
    text = ("规划专家论证会纪要\n\n　　3月10日，自治区生态环境厅召开专家论证会。自治区发展改革委等单位代表，部分自治区人大代表、"
            "政协委员参加会议。现将会议主要意见纪要如下：\n"
            "　　自治区发展改革委（资源环境处王处长）：建议将碳达峰行动单列一章。\n"
            "　　张淑敏代表：建议规划明确农村牧区生活垃圾收运处置体系覆盖率目标。\n"
            "　　李国栋委员：建议充实基层生态环境执法队伍。\n")
    rows = read_written("论证会纪要.txt", text)
    assert [c.department for c in rows] == ["自治区发展改革委", "自治区人大代表张淑敏", "自治区政协委员李国栋"]


def test_an_unnumbered_request_takes_the_reasons_it_announces(read_written):
    text = ("某能源集团有限责任公司关于规划的意见建议\n\n自治区生态环境厅：\n　　现将我公司意见反馈如下：\n"
            "　　一、关于煤矿矿井水综合利用\n"
            "　　征求意见稿第五章提出“煤矿矿井水综合利用率达到80%以上”，建议调整为“达到70%以上”。理由如下：\n"
            "　　（1）我公司所属9座煤矿矿井水总涌水量约4200万立方米/年；\n"
            "　　（2）矿区周边缺少稳定的工业用水户，处理后的矿井水难以全部消纳；\n"
            "　　（3）我区西部矿区水文地质条件复杂，一步达到80%难度较大。\n"
            "　　二、关于固废\n　　建议明确煤矸石综合利用的支持政策。\n\n某能源集团有限责任公司\n2021年3月12日\n")
    rows = read_written("意见建议.txt", text)
    assert len(rows) == 2
    assert rows[0].text.startswith("征求意见稿第五章") and rows[0].text.rstrip().endswith("难度较大。")


def test_a_citizens_another_qing_and_a_row_that_says_no_opinion(read_sheet):
    rows = read_sheet("留言.xlsx", [
        ["序号", "留言人", "身份", "留言内容"],
        [1, "李**", "个人", "湖水越来越少，希望规划能把生态补水列为重点工程。另外，请有关部门加强湖边旅游点的垃圾清运管理。"],
        [2, "张**", "个人", "没意见，支持！"]])
    assert [c.text for c in rows] == ["湖水越来越少，希望规划能把生态补水列为重点工程。", "另外，请有关部门加强湖边旅游点的垃圾清运管理。"]


def test_a_letterhead_over_the_titles_own_unit_line_names_the_unit_once(read_written):
    text = ("某某国家级自然保护区管理局\n\n某某国家级自然保护区管理局\n关于《自治区“十四五”生态环境保护规划(征求意见稿)》\n"
            "的 意 见\n\n自治区生态环境厅:\n    贵厅来函收悉。我局组织技术人员对征求意见稿进行了认\n真研读,认为规划对自然保护地体系"
            "建设作了专门部署。现提出以下意见:\n    l、建议加强保护区生态环境监测能力建设。\n    2、建议明确矿业权退出补偿的资金渠道。\n"
            "    以上意见妥否,请参考。\n\n                某某国家级自然保护区管理局\n                2021年3月23日\n")
    rows = read_written("扫描件.txt", text)
    assert [c.department for c in rows] == ["某某国家级自然保护区管理局"] * 2


def test_a_scanner_apps_watermark_is_no_part_of_a_point(read_written):
    text = ("某市人民政府\n关于《规划》修改意见的函\n\n自治区生态环境厅：\n    现提出以下意见：\n"
            "    一、建议自治区在生态环境专项资金中对入河排污口整治给予倾斜支持。\n\n"
            "                          — 1 —\n                                          CS 扫描全能王\n\n"
            "    二、建议增加大宗工业固废综合利用的内容，推\n          CS 扫描全能王3亿人都在用的扫描App\n动煤矸石综合利用。\n"
            "    特此函复。\n\n                某市人民政府\n                2021年5月6日\n")
    rows = read_written("scan.txt", text)
    assert [c.text for c in rows] == ["建议自治区在生态环境专项资金中对入河排污口整治给予倾斜支持。",
                                      "建议增加大宗工业固废综合利用的内容，推动煤矸石综合利用。"]
    assert any(why == "水印" for _, _, why in rows.skipped)


def test_the_drafters_answering_and_a_point_that_only_finds_a_target_feasible(read_written):
    minutes = ("座谈会纪要\n\n　　3月24日，自治区生态环境厅召开座谈会，规划编制技术单位自治区环境科学研究院汇报了编制情况。现纪要如下：\n"
               "　　自治区发展改革委（环资处赵处长）：\n　　建议将碳达峰行动单列一章。\n"
               "　　编制组（自治区环境科学研究院）：\n　　对大家提出的意见，编制组将逐条研究，能吸收的尽量吸收。\n")
    rows = read_written("座谈会纪要.txt", minutes)
    assert [c.text for c in rows] == ["建议将碳达峰行动单列一章。"]
    from consultagg.extract._sentences import formal_sentences
    t = "规划中“环保产业产值年均增长10%以上”的目标，会员单位普遍认为是可行的。"
    assert formal_sentences(t) == [(0, len(t), "总体评价")]
    assert formal_sentences("规划目标我们认为是可行的，但建议增加资金保障。") == []
