"""Release blockers found by letters set 65 (tests/data/letters_heldout65), each with texts written
anew for the test: they failed before the fix."""

import docx
import pytest

import consultagg as ca
from consultagg.extract import parse_letter


def test_a_street_office_that_only_agrees_gives_no_opinion_and_keeps_its_name(read_written):
    # False and misattributed before: 根据《…通知》要求，我办组织…学习讨论 was an opinion, and the unit was
    # the district government, the street office's name cut after 人民政府.
    text = ("关于对《芰渚市养老服务设施布局规划（征求意见稿）》的反馈\n\n"
            "芰渚市荷塘区民政局：\n"
            "    根据《关于转发〈芰渚市养老服务“十四五”规划（征求意见稿）〉的通知》要求，我办组织党政办、社区服务中心等科室进行了学习讨论。\n"
            "    经研究，我办对规划原则同意，无修改意见。\n"
            "    下一步，我办将加强社区养老服务站建设，进一步做好老年人信息采集工作。\n"
            "    特此反馈。\n\n"
            "                   芰渚市荷塘区人民政府柳荫街道办事处\n"
            "                          2026年4月9日\n")
    rows = read_written("柳荫街道反馈.txt", text)
    assert [c.text for c in rows] == []
    assert rows.no_opinion_units == ["芰渚市荷塘区人民政府柳荫街道办事处"]


def test_a_feedback_form_s_instructions_under_the_table_are_no_opinions(tmp_path, word_form):
    # False before: 请于…前报送 / 无意见的请填写“无意见” / 表格不够可自行增加行 were three opinions.
    d, _ = word_form(["填报单位（盖章）：芰渚市交通运输局"],
                     [["序号", "修改建议", "理由", "章节"],
                      ["1", "建议在第三章增加农村客运站点改造的内容。", "站点老旧。", "第三章"],
                      ["2", "建议将公交线网优化列为近期任务。", "群众需求大。", "第四章"]],
                     ["注：1.请于2026年5月10日前将本表报送市发展改革委规划科（电子版发送至邮箱）。",
                      "2.无意见的请在表内填写“无意见”。", "3.表格不够可自行增加行。"])
    path = tmp_path / "交通运输局意见反馈表.docx"
    d.save(path)
    rows = ca.read_comments(str(path))
    assert [c.text for c in rows] == ["建议在第三章增加农村客运站点改造的内容。", "建议将公交线网优化列为近期任务。"]


@pytest.mark.usefixtures("needs_comments")
def test_a_commented_excerpt_s_title_and_note_are_the_draft_and_its_cover_names_the_unit(tmp_path):
    # False and unattributed before: the excerpt's title and its （节选：…） note were opinions, and no
    # unit was found though the cover line names it.
    d = docx.Document()
    d.add_paragraph("（芰渚市气象局修改意见见批注）")
    d.add_paragraph("《芰渚市防灾减灾规划（征求意见稿）》")
    d.add_paragraph("（节选：第二章第一节、第五章）")
    d.add_paragraph("第二章　主要任务")
    p1 = d.add_paragraph("（一）完善监测预警体系。建设覆盖全市的自动气象站网。")
    p2 = d.add_paragraph("（二）提升应急处置能力。建立乡镇应急队伍。")
    d.add_comment(p1.runs, text="建议明确自动气象站的建设数量和完成时限。", author="市气象局 某某")
    d.add_comment(p2.runs, text="建议补充气象信息员队伍建设的内容。", author="市气象局 某某")
    path = tmp_path / "气象局批注稿.docx"
    d.save(path)
    rows = ca.read_comments(str(path))
    assert [c.text for c in rows] == ["建议明确自动气象站的建设数量和完成时限。", "建议补充气象信息员队伍建设的内容。"]
    assert {c.department for c in rows} == {"芰渚市气象局"}


def test_shopkeepers_opening_with_an_apology_is_no_opinion(read_written):
    # False before: the opening (我们是…几家个体户…写了下面这些，说得不对的地方请领导见谅。) was an opinion.
    text = ("关于养老服务规划的几点想法（荷塘街商户）\n\n尊敬的领导：\n"
            "    你们好！我们是荷塘街的几家个体户，听社区说市里在做规划，让大家提意见，我们商量了一下，写了下面这些，说得不对的地方请领导见谅。\n"
            "    我们街上老人多，希望在街口设一个社区助餐点，方便老人吃饭。\n"
            "    还有，能不能在菜市场旁边建一个老年活动室？\n"
            "    就这些，谢谢领导！\n\n"
            "                 荷塘街商户：钱某某、孙某某\n                 2026年4月2日\n")
    rows = read_written("荷塘街商户意见.txt", text)
    assert [c.text for c in rows] == ["我们街上老人多，希望在街口设一个社区助餐点，方便老人吃饭。",
                                      "还有，能不能在菜市场旁边建一个老年活动室？"]


def test_a_numbered_topic_ending_in_a_full_stop_over_its_points_is_a_heading():
    # False before: 1.关于政务服务“跨省通办”。 over （1）（2） was an opinion of its own.
    text = ("芰渚市人民政府关于规划的修改意见\n\n市发展改革委：\n    现将我市意见反馈如下：\n"
            "    一、关于重点任务\n"
            "    1.关于养老服务“医养结合”。\n"
            "    （1）建议将我市列入“医养结合”示范城市。\n"
            "    （2）建议明确医养结合机构的医保结算办法。\n"
            "    2.关于人才队伍。建议增加养老护理员职业技能培训的内容。\n\n"
            "芰渚市人民政府\n2026年4月1日\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["建议将我市列入“医养结合”示范城市。", "建议明确医养结合机构的医保结算办法。",
                                                 "关于人才队伍。建议增加养老护理员职业技能培训的内容。"]


def test_a_problem_and_its_suggestion_are_one_opinion():
    # Split before: 问题一：… and the 建议：… under it were two opinions, the problem asking nothing.
    text = ("关于规划的意见建议\n\n市发展改革委：\n    我公司提出以下意见：\n"
            "    问题一：规划对养老机构的消防改造要求不明确。\n"
            "    建议：明确存量养老机构消防改造的标准和过渡期。\n"
            "    问题二：民办养老机构融资难。\n"
            "    建议：设立养老产业发展基金，为民办机构提供贷款贴息。\n\n"
            "芰渚康宁养老服务有限公司\n2026年4月3日\n")
    letter = parse_letter(text)
    assert [o.text.replace("\n", "") for o in letter.opinions] == [
        "规划对养老机构的消防改造要求不明确。建议：明确存量养老机构消防改造的标准和过渡期。",
        "民办养老机构融资难。建议：设立养老产业发展基金，为民办机构提供贷款贴息。"]


def test_an_ocr_d_letter_with_its_title_over_three_lines_and_an_ocr_d_date_has_its_unit():
    # False and unattributed before: under a spaced letterhead and its 文号 the title's last line was an
    # opinion, and the 版记 (抄送 / the office that printed it) left the letter without a unit.
    text = ("     芰 渚 县 人 民 政 府\n\n                     芰政函[2O26]12号\n------------------------------\n\n"
            "        芰渚县人民政府\n关于《芰渚市防灾减灾规划\n     (征求意见稿)》的反馈意见\n\n市应急管理局:\n"
            "  现将意见反馈如下:\n"
            "  一、建议加大对山区县地质灾害监测设施建设的支持力\n度，对欠发达县给予倾斜。\n"
            "  二、建议明确乡镇应急物资储备点的建设标准。\n"
            "  特此函复。\n\n"
            "                   芰渚县人民政府\n                   (  盖 章 )\n                   2O26年4月1O曰\n"
            "  (联系人:县应急管理局某某,联系电话:552O 3318)\n\n抄送:芰渚市人民政府办公室。\n"
            "------------------------------\n  芰渚县人民政府办公室          2O26年4月1O曰印发\n")
    letter = parse_letter(text)
    assert [o.text.replace("\n", "") for o in letter.opinions] == [
        "建议加大对山区县地质灾害监测设施建设的支持力度，对欠发达县给予倾斜。", "建议明确乡镇应急物资储备点的建设标准。"]
    assert letter.unit == "芰渚县人民政府"


def test_a_retired_expert_named_by_a_former_post_speaks_as_an_expert():
    # Misattributed before: 原省信息化专家咨询委员会 (a former post) was the unit.
    text = ("规划专家论证会纪要\n\n时间：2026年4月2日\n主持人：市发展改革委副主任\n\n"
            "蔺某某（芰渚大学教授）：建议增加规划实施中期评估的内容。\n"
            "祁某某（原市信息化专家咨询委员会委员）：规划篇幅较长，建议精简重点任务。\n")
    letter = parse_letter(text)
    assert [(o.department, o.text) for o in letter.opinions] == [("芰渚大学", "建议增加规划实施中期评估的内容。"),
                                                           ("与会专家", "规划篇幅较长，建议精简重点任务。")]
