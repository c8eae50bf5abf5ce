"""Release blockers found by letters set 67 (tests/data/letters_heldout67), each with texts written
anew for the test: they failed before the fix. (The owners' committee letter read as minutes is in
tests/test_reading_heldout66_fixes.py.)"""

from consultagg.extract import parse_letter
from consultagg.extract.units import split_office


def test_a_street_office_s_section_speaks_for_the_street_office():
    # Misattributed before: 柘门街道办事处城建科 stayed a unit of its own.
    assert split_office("柘门街道办事处城建科") == ("柘门街道办事处", "城建科")
    text = ("居民代表座谈会纪要\n\n时间：2026年3月2日\n主持人：市水务局副局长\n\n"
            "钱某某（柘门街道办事处城建科科长）：建议规划明确柘门渠调蓄公园的征迁安置方案。\n"
            "孙某（居民代表）：建议在小区出入口加装挡水板。\n")
    letter = parse_letter(text)
    assert [o.department for o in letter.opinions] == ["柘门街道办事处", "社会公众"]


def test_a_closing_plea_is_not_part_of_the_last_request():
    # False before: 我们相信政府是真心想为老百姓办实事的，恳请予以重视。 ran on as part of the last request.
    text = ("关于规划的意见\n\n市水务局：\n    现提出以下意见：\n"
            "    第一，把桂园小区列为近期治理重点。\n"
            "    第二，希望编制组到小区召开一次说明会。\n"
            "    我们相信政府是真心想为老百姓办实事的，恳请予以重视。\n\n"
            "                桂园小区业主委员会\n                2026年3月12日\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["把桂园小区列为近期治理重点。", "希望编制组到小区召开一次说明会。"]


def test_a_complaint_ending_in_a_plea_to_heed_it_stays_an_opinion():
    # The control: a fault told, then 恳请领导予以重视, is the opinion itself.
    text = ("市水务局：\n    小区门口的雨水井堵了三个月，一下雨就积水，恳请领导予以重视。\n\n    桂园小区业主　钱某\n    2026年3月12日\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["小区门口的雨水井堵了三个月，一下雨就积水，恳请领导予以重视。"]


def test_a_speaker_s_further_request_in_a_paragraph_of_its_own_is_theirs():
    # Lost before: 同时，…建议… on its own line under a speaker's numbered turn was set aside as 会议记述.
    text = ("居民代表座谈会纪要\n\n一、与会代表发言情况\n"
            "（一）桂园街道办事处副主任钱某：辖区地势低，建议规划在桂园片区增设一座排涝泵站。\n"
            "同时，街道防汛力量薄弱，建议明确街道防汛物资储备点的配置标准。\n"
            "起草组回应：泵站问题规划已有考虑。\n"
            "（二）居民代表孙某：建议出一个通俗版的规划解读材料。\n")
    letter = parse_letter(text)
    assert [(o.department, o.text) for o in letter.opinions] == [
        ("桂园街道办事处", "辖区地势低，建议规划在桂园片区增设一座排涝泵站。"),
        ("桂园街道办事处", "同时，街道防汛力量薄弱，建议明确街道防汛物资储备点的配置标准。"),
        ("社会公众", "建议出一个通俗版的规划解读材料。")]


def test_a_form_s_merged_unit_column_and_its_bracketed_instruction(tmp_path, word_form):
    # Misattributed and false before: the unit cell of a continuation row was joined to the row above
    # (市城市管理局市城市管理局), and （请于…前将本表反馈至…） was an opinion.
    import consultagg as ca
    d, _ = word_form(["意见反馈表", "（请于3月17日前将本表反馈至市水务局规划科，电子版发送至邮箱）"],
                     [["序号", "反馈单位", "修改建议", "理由"],
                      ["1", "市城市管理局", "建议更新易涝点清单。", "原文数据陈旧。"],
                      ["2", "市城市管理局", "建议明确下穿隧道积水时由公安交管部门负责交通疏导。", "交通疏导属于公安交管部门职责，"],
                      ["", "市城市管理局", "", "易造成现场处置职责交叉。"]],
                     ["填报单位（盖章）：芰渚市城市管理局"])
    path = tmp_path / "城市管理局意见反馈表.docx"
    d.save(path)
    rows = ca.read_comments(str(path))
    assert [c.text for c in rows] == ["建议更新易涝点清单。", "建议明确下穿隧道积水时由公安交管部门负责交通疏导。"]
    assert "市城市管理局市城市管理局" not in {c.department for c in rows}
    assert rows[1].meta["reason"] == "交通疏导属于公安交管部门职责，易造成现场处置职责交叉。"


def test_praise_told_as_reading_thanks_and_the_hoped_for_result_is_no_opinion(read_written):
    # False before (a website's CSV and a 网络问政 export): 看了规划，做得很细，支持！ and
    # 感谢政府重视城市内涝问题，期待规划早日实施，老百姓下雨天出门不再蹚水。 were opinions.
    rows = read_written("网站留言.csv", "留言人,留言内容\n张**,看了规划，做得很细，支持！\n"
                        "李**,感谢政府重视城市内涝问题，期待规划早日实施，老百姓下雨天出门不再蹚水。\n"
                        "王**,建议在下穿隧道入口设置积水深度警示标尺。\n")
    assert [c.text for c in rows] == ["建议在下穿隧道入口设置积水深度警示标尺。"]


def test_an_ocr_d_expert_form():
    # False, split and unattributed before: the expert's overall assessment (…较为深入，同意修改完善后报批。
    # 具体意见如下：) was an opinion; a numbered point wrapped after a percentage (2．…75％…（26.8mm）末附 /
    # 统计依据，建议…) was read as a heading over its own second line; the unit in 工作单位   某学院 (no
    # colon, spaces as on the scanned form) was not read.
    text = ("某市排水防涝专项规划\n（征求意见稿） 专家意见表\n\n"
            "专家姓名   祁某某         职  称   教  授\n工作单位   芰渚理工学院土木工程学院\n\n意见：\n"
            "    该规划资料收集较全面，技术路线基本合理，对现状问题分\n析较为深入，同意修改完善后报批。具体意见如下：\n"
            "1．规划基础资料中现状管网数据来源于2O16年普查，时效性\n不足，建议采用近年管网普查成果。\n"
            "2．年径流总量控制率75％对应的设计降雨量（26.8mm）末附\n统计依据，建议补充近3O年日降雨资料的统计分析过程。\n\n"
            "                                   专家签字：祁某某\n                                   2026 年 3 月 l2 曰\n")
    letter = parse_letter(text)
    assert [o.text.replace("\n", "") for o in letter.opinions] == [
        "规划基础资料中现状管网数据来源于2O16年普查，时效性不足，建议采用近年管网普查成果。",
        "年径流总量控制率75％对应的设计降雨量（26.8mm）末附统计依据，建议补充近3O年日降雨资料的统计分析过程。"]
    assert letter.unit == "芰渚理工学院"


def test_a_reviewer_s_markdown_note():
    # False and unattributed before: the paragraph under ## 一、总体评价 (…较为透彻…总体达到征求意见稿深度。)
    # was an opinion, and the reviewer's institute on the 审阅人 line was not the unit.
    text = ("# 《某市排水防涝专项规划（征求意见稿）》审阅意见\n\n"
            "> 审阅人：窦某某　芰渚省城乡规划设计研究院 市政规划所　教授级高级工程师\n> 日期：2026年3月11日\n\n"
            "## 一、总体评价\n\n规划基础工作扎实，现状内涝成因分析较为透彻，目标指标体系完整，总体达到征求意见稿深度。以下意见供起草组参考。\n\n"
            "## 二、文字及图件\n\n1. 第12页与第27页表述顺序不一致，请统一。\n2. 图4-3图例中两类设施颜色相同，建议调整配色。\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["第12页与第27页表述顺序不一致，请统一。", "图4-3图例中两类设施颜色相同，建议调整配色。"]
    assert letter.unit == "芰渚省城乡规划设计研究院"
