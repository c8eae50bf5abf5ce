"""Reader faults found by letters sets 118 and 119 (written blind, measured once before these fixes).

Each test failed with the reader of afd1cbd: a unit's name made of its letterhead and document number, a
government's 汇总 giving its departments' and towns' points to itself, a township and a development zone's
管委会 in a work group's chat, a numbered item that only agrees, a citizen's second request on another chapter,
and a government that only passed on its departments' points counted as not having replied.
"""

from __future__ import annotations

import consultagg as ca

_SCAN = ("岭钩市人民政府文件\n岭政函〔202l〕37号\n\n岭钧市人民政府\n关于《自治区“十四五”生态环境保护\n"
         "规划（征求意见稿）》修改意见的函\n\n自治区生态环境厅：\n    经研究，现提出以下意见：\n"
         "    一、建议在“强化固体废物污染防治”部分补充工业固废综合利用的具体支持政策。\n"
         "    二、建议明确试点城市的资金支持方式。\n\n                          岭钧市人民政府\n"
         "                          2O21年4月27曰\n")


def test_a_scanned_letterhead_and_its_document_number_are_not_the_unit(read_written):
    # 202l (an OCR'd 1) in the number: the letterhead and the number were read into the unit's name
    rows = read_written("scan_ljs.txt", _SCAN)
    assert [c.department for c in rows] == ["岭钧市人民政府"] * 2


_SUMMARY = ("澜泊县人民政府关于《自治区“十四五”生态环境保护规划（征求意见稿）》意见的报告\n\n自治区生态环境厅：\n"
            "　　按照要求，我县组织县发展和改革局、县水利局及各苏木乡镇对规划征求意见稿进行了研究，现将各单位意见汇总如下：\n"
            "　　一、县发展和改革局\n　　建议将澜泊县风光储一体化基地建设纳入第四章“优化能源结构”相关内容。\n"
            "　　二、县农牧局\n　　无意见。\n"
            "　　三、县水利局\n　　建议规划明确澜泊水库饮用水水源地规范化建设任务。\n"
            "　　四、德茂镇\n　　镇区污水管网覆盖率低，建议将德茂镇纳入重点镇污水处理设施建设名单。\n"
            "　　以上意见，请予考虑。\n\n　　　　　　　　澜泊县人民政府\n　　　　　　　　2021年4月28日\n")


def test_a_governments_summary_gives_each_point_to_the_department_or_town_that_made_it(read_written):
    rows = read_written("汇总意见.txt", _SUMMARY)
    assert [c.department for c in rows] == ["澜泊县发展和改革局", "澜泊县水利局", "澜泊县德茂镇"]
    assert all(c.meta.get("sent_by") == "澜泊县人民政府" for c in rows)


def test_a_heading_naming_units_that_said_nothing_does_not_take_the_senders_own_point(read_written):
    text = ("沃日罕盟行政公署关于《某规划》的意见\n\n自治区生态环境厅：\n    现将汇总意见报送如下：\n"
            "    一、沃日罕盟林业和草原局\n    1.建议将国家重点公益林生态效益补偿标准与地方公益林补偿标准并轨。\n"
            "    二、沃日罕盟统计局、沃日罕盟交通运输局\n    无意见。\n"
            "    此外，盟行政公署建议在规划中明确自治区对盟市生态环境保护工作考核的具体办法。\n"
            "    以上意见，请予研究采纳。\n沃日罕盟行政公署\n2021年5月24日\n")
    rows = read_written("汇总.txt", text)
    assert [c.department for c in rows] == ["沃日罕盟林业和草原局", "沃日罕盟行政公署"]


def test_a_government_that_only_passed_on_points_replied(tmp_path):
    # The 起草说明 must not count 澜泊县人民政府 among the units that did not reply.
    letter = tmp_path / "汇总意见.txt"
    letter.write_text(_SUMMARY, encoding="utf-8")
    roster = tmp_path / "roster.txt"
    roster.write_text("征求意见单位名单\n澜泊县人民政府\n自治区水利厅\n", encoding="utf-8")
    result = ca.analyse(ca.read_comments(letter), roster=roster, home_region="某某自治区")
    states = {e.department: e.state for e in result.roster}
    assert states["澜泊县人民政府"] == "有意见"
    assert states["自治区水利厅"] == "未反馈"


_CHAT = ("微信群“十四五生态环境规划征求意见工作群”聊天记录\n导出时间：2021-04-30 18:02\n\n"
         "2021-04-26 09:12:33 规划处-吕工\n各位联络员，规划征求意见稿已经发到群文件了，有意见可以直接在群里提，周五前汇总。\n\n"
         "2021-04-26 09:15:02 澜泊县政府办-小周\n收到\n\n"
         "2021-04-26 10:40:17 浩勒图苏木-巴特尔\n我们苏木的意见：规划第六章讲的草畜平衡，建议把“以草定畜”的核定每三年开展一次写进去。\n\n"
         "2021-04-26 11:03:48 额森台经济技术开发区管委会-刘\n建议规划里明确园区环境监测监控能力建设的资金来源。\n\n"
         "2021-04-29 08:55:40 澜泊县政府办-小周\n县里的意见以正式文件报送，这里补充一条：规划中污水处理厂扩建规模应为3万吨/日，麻烦改一下。\n\n"
         "2021-04-29 09:01:12 规划处-吕工\n收到，谢谢\n")


def test_a_chats_senders_name_a_township_a_zones_committee_and_their_county(read_written):
    rows = read_written("工作群聊天记录.txt", _CHAT)
    assert [c.department for c in rows] == ["浩勒图苏木", "额森台经济技术开发区管委会", "澜泊县人民政府"]


def test_a_numbered_item_that_only_agrees_is_no_opinion():
    from consultagg.extract._sentences import formal_sentences
    t = "总体同意规划的框架结构和主要内容，规划对我区工业绿色发展面临的形势分析准确。"
    assert formal_sentences(t) == [(0, len(t), "表态")]
    assert formal_sentences("总体同意，但建议补充第三章内容。") == []


def test_a_citizens_second_request_on_another_chapter_is_its_own(read_sheet):
    rows = read_sheet("留言导出.xlsx", [
        ["序号", "留言人", "身份", "留言内容"],
        [1, "王**", "教师", "建议在规划中增加生态环境宣传教育内容，把生态文明教育纳入中小学课程。"
                          "第十章“公众参与”部分写得太简单，应当明确公众举报奖励制度。"],
        [2, "赵**", "牧民", "草原生态保护补助奖励标准太低，建议提高补奖标准。这一部分写得太简单。"]])
    assert [c.text for c in rows] == ["建议在规划中增加生态环境宣传教育内容，把生态文明教育纳入中小学课程。",
                                      "第十章“公众参与”部分写得太简单，应当明确公众举报奖励制度。",
                                      "草原生态保护补助奖励标准太低，建议提高补奖标准。这一部分写得太简单。"]


def test_two_members_at_one_meeting_are_two_proposers_named_as_their_letters_name_them(read_written):
    # Both rows read 自治区政协委员 before: the office could not tell whose request each was.
    text = ("《自治区“十四五”生态环境保护规划（征求意见稿）》征求意见座谈会纪要\n\n"
            "　　4月20日，自治区生态环境厅召开座谈会。自治区政协委员韩德胜、郭秀英，自治区财政厅等单位参加会议。\n"
            "　　自治区财政厅马处长：规划中重大工程资金来源未作说明，建议补充分年度投资计划。\n"
            "　　韩德胜委员：建议规划单设一章“黄河流域生态保护和高质量发展”。\n"
            "　　郭秀英委员：建议规划关注城市黑臭水体治理的长效机制。\n")
    rows = read_written("座谈会纪要.txt", text)
    assert [c.department for c in rows] == ["自治区财政厅", "自治区政协委员韩德胜", "自治区政协委员郭秀英"]
    assert [c.speaker for c in rows][1:] == ["韩德胜", "郭秀英"]


def test_a_government_calling_the_compiled_points_its_own_view_keeps_them(read_written):
    # (set 97's reply: 现将我旗意见汇总如下 under headings naming its bureaus: the banner's own view)
    text = _SUMMARY.replace("现将各单位意见汇总如下", "现将我县意见汇总如下")
    rows = read_written("反馈意见.txt", text)
    assert [c.department for c in rows] == ["澜泊县人民政府"] * 3
    assert not any(c.meta.get("sent_by") for c in rows)


def test_a_districts_summary_names_departments_with_he_in_their_names_and_its_street_offices(read_written):
    text = ("蕤州市荔垣区人民政府关于《某条例（征求意见稿）》的意见\n\n市司法局：\n"
            "    我区将征求意见稿转发区有关部门及各街道办事处研究。现将有关意见汇总如下：\n"
            "    一、区农业农村和水利局意见\n    建议将沿河12座排涝闸站的自动化改造纳入重点项目。\n"
            "    二、街道办事处意见\n    （一）金桥街道办事处：建议明确由社区居民委员会组织居民制定管理公约。\n"
            "    （二）南坪街道办事处：无意见。\n"
            "    三、各街道意见\n    1.建议在社区层面配备移动式排水泵等防汛物资。\n"
            "    特此函复。\n\n蕤州市荔垣区人民政府\n2024年5月6日\n")
    rows = read_written("区政府意见.txt", text)
    # (各街道 is no one unit: its point stays the district's)
    assert [c.department for c in rows] == ["蕤州市荔垣区农业农村和水利局", "蕤州市荔垣区金桥街道办事处", "蕤州市荔垣区人民政府"]
