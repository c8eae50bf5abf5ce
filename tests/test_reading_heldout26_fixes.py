"""Reader cases written after the twenty-sixth set of 15 documents by someone else failed on them.
New texts, not the set's; each failed before its fix."""

from consultagg.extract.letters import parse_letter
from consultagg.extract.units import split_office


def test_a_brigades_office_speaks_for_the_brigade():
    assert split_office("雁州市消防救援支队办公室") == ("雁州市消防救援支队", "办公室")
    assert split_office("雁州市公安局交警支队办公室")[0] == "雁州市公安局"  # an organ ends before: as it was
    letter = parse_letter("市司法局：\n    我支队无其他意见，仅提一点：建议第九条增加地下室禁止充电的规定。\n\n"
                          "                    雁州市消防救援支队办公室\n                    2024年5月6日\n")
    assert letter.unit == "雁州市消防救援支队"


def test_a_clause_label_with_agreement_alone_is_no_opinion():
    letter = parse_letter("市司法局：\n    现将逐条意见反馈如下：\n\n    第五条  建议增加乡镇的职责。\n\n"
                          "    第八条  同意。\n\n    第九条  无意见。\n\n                    雁州市北塘区人民政府\n")
    assert [o.text for o in letter.opinions] == ["第五条建议增加乡镇的职责。"]


def test_a_modest_closing_and_a_lead_in_for_reference_and_a_plea_to_keep_after_praise():
    letter = parse_letter("市司法局：\n    我是市人大代表雷某。走访了几个社区，大家普遍关心这部条例。结合走访情况，我提出以下几点想法，供参考。\n\n"
                          "    首先，建议第十条增加后座乘员佩戴头盔的规定。\n\n"
                          "    最后说一点感受：第二十条的处罚以教育为主，我觉得这个思路很好，希望保留。\n\n"
                          "    以上建议不一定成熟，请予考虑。\n\n                    雁州市人大代表　雷某\n")
    assert [o.text for o in letter.opinions] == ["建议第十条增加后座乘员佩戴头盔的规定。"]


def test_what_stands_under_a_heading_of_the_writers_own_situation_is_context():
    letter = parse_letter("市司法局：\n    一、行业基本情况\n    本会现有会员企业百余家，其中不符合《电动自行车安全技术规范》的超标车约五万辆。\n\n"
                          "    二、行业面临的主要问题\n    一是淘汰任务重；二是换电柜选址难。上述问题在征求意见稿中已有所体现，但部分规定仍需进一步完善。\n\n"
                          "    三、具体修改建议\n    1．建议第十二条增加以旧换新补贴的规定。\n    2．建议删除第十四条中“购车发票”的要求。\n\n"
                          "                    雁州市电动车行业协会\n")
    assert [o.text for o in letter.opinions] == ["建议第十二条增加以旧换新补贴的规定。", "建议删除第十四条中“购车发票”的要求。"]


def test_a_form_line_with_填表日期_after_the_unit():
    letter = parse_letter("意见反馈表\n反馈单位（盖章）：雁州市商务局\u3000\u3000\u3000\u3000填表日期：2024年9月27日\n"
                          "一、建议增加回收凭证的规定。\n")
    assert letter.unit == "雁州市商务局"


MINUTES = ("《条例》立法座谈会纪要\n\n    2024年5月9日，市司法局召开座谈会。现将会议主要情况纪要如下：\n\n    一、发言情况\n\n"
           "    快运协会秘书长　杜某\n    协会会员约九千人。对第二十条提两点意见：一是建议删除“与薪酬挂钩”的表述；二是建议明确购买保险的义务。\n\n"
           "    飞达公司运营负责人葛某介绍，公司已设换电柜六百余个。他提出，建议允许在半开敞空间设置换电柜。他同时表示，公司愿意配合开展骑手培训。\n\n"
           "    竹林街道办事处主任伍某认为，第四十条的处罚由谁执法不够明确，她建议条例明确街道的执法权限。她还建议增加业主规约的内容。\n\n"
           "    市司法局立法一处处长裘某表示，对于会上提出的意见，将认真梳理研究，在修改中充分吸收。\n\n"
           "    二、参会人员\n\n    雁州市司法局：裘某、孔某\n    雁州市快运行业协会：杜某\n    雁州飞达同城配送有限公司：葛某\n"
           "    雁州市北塘区竹林街道办事处：伍某\n")


def test_minutes_a_post_and_name_line_over_the_words_and_a_roster_at_the_end():
    m = parse_letter(MINUTES, kind="minutes")
    got = [(o.department, o.text) for o in m.opinions]
    assert got[:2] == [("雁州市快运行业协会", "建议删除“与薪酬挂钩”的表述"), ("雁州市快运行业协会", "建议明确购买保险的义务。")]
    assert not any(o.text in ("裘某、孔某", "杜某") or "会上提出的意见" in o.text for o in m.opinions)


def test_minutes_a_companys_offer_is_none_and_a_remark_running_into_a_proposal_is_one():
    m = parse_letter(MINUTES, kind="minutes")
    texts = [o.text for o in m.opinions]
    assert not any("愿意配合" in t for t in texts)
    assert "第四十条的处罚由谁执法不够明确，她建议条例明确街道的执法权限。" in texts
    assert [o.department for o in m.opinions if "半开敞" in o.text] == ["雁州飞达同城配送有限公司"]


def test_a_point_written_as_a_forms_fields_is_one_opinion_with_its_wording_and_reason():
    letter = parse_letter("# 雁州市住房和城乡建设局关于《条例》的反馈意见\n\n**市司法局：**\n\n现反馈如下。\n\n"
                          "## 一、关于充电设施配建（第三十二条）\n\n- **原文**：“按照不低于百分之二十的比例配建。”\n"
                          "- **修改意见**：建议将比例修改为按配建标准执行。\n- **理由**：各区差异较大。\n\n"
                          "## 二、关于改造时限（第三十三条）\n\n- **原文**：“两年内完成改造。”\n- **修改意见**：建议删除“两年内完成”。\n"
                          "- **理由**：部分小区不具备条件。\n\n雁州市住房和城乡建设局\n2024年9月23日\n", file="住建局.md")
    ops = letter.opinions
    assert [o.text for o in ops] == ["建议将比例修改为按配建标准执行。", "建议删除“两年内完成”。"]
    assert [o.meta.get("reason") for o in ops] == ["各区差异较大。", "部分小区不具备条件。"]
    assert ops[0].meta.get("original_text") == "“按照不低于百分之二十的比例配建。”"
    assert ops[1].location and "第三十三条" in ops[1].location


HEARING = ("《条例》立法听证会笔录\n\n时间：2024年10月16日14:30—17:10\n地点：市政府第一会议室\n听证事项：过渡期安排\n"
           "听证主持人：魏某（市司法局副局长）\n听证人：裘某（市司法局立法一处处长）、宁某（市人大常委会法工委副主任）\n"
           "起草单位代表：苗某（市公安局交通警察支队法制科科长）\n记录人：孔某\n\n"
           "主持人：现在开会。下面请起草单位代表说明条例起草情况。\n\n"
           "苗某：征求意见稿第十六条设置了三年过渡期；第二十二条要求驾驶人佩戴安全头盔。\n\n"
           "主持人：下面请陈述人依次发言。首先请方某。\n\n"
           "方某（外卖配送员）：我跑外卖五年了。第十六条规定过渡期满后不能上路，希望政府给予一定的补贴。\n\n"
           "主持人：你说的补贴，有没有具体标准的想法？\n\n方某：没有具体想法，就是希望能补一点。\n\n"
           "主持人：下面请聂某。\n\n"
           "聂某（雁州大学法学院副教授）：我谈三点。第一，我赞成条例禁止在楼道充电。第二，第四十六条未规定暂扣的期限，建议补充。"
           "第三，第四十条的处罚设定合理，我没有意见。\n\n"
           "主持人：请起草单位作简要回应。\n\n苗某：关于暂扣期限，我们会在修改稿中予以补充。\n")


def test_a_hearings_chair_calling_a_speaker_does_not_make_the_speaker_a_chair():
    m = parse_letter(HEARING, kind="minutes")
    assert [o.speaker for o in m.opinions] == ["方某", "聂某"]


def test_a_hearings_drafters_and_answers_to_the_chair_and_agreement_items_are_no_opinions():
    m = parse_letter(HEARING, kind="minutes")
    texts = [o.text for o in m.opinions]
    assert texts[1:] == ["第四十六条未规定暂扣的期限，建议补充。"]
    assert not any("苗某" == o.speaker or "具体想法" in o.text for o in m.opinions)


def test_a_hearings_speaker_with_a_trade_and_no_body_is_the_public():
    m = parse_letter(HEARING, kind="minutes")
    assert [o.department for o in m.opinions] == ["社会公众", "雁州大学"]


def test_a_quoted_rule_of_the_draft_asks_nothing_so_it_stays_with_the_request_after_it():
    letter = parse_letter("市公安局：\n    1. 关于犬伤处置。第二十三条仅规定“养犬人应当将受伤者送医”。建议将“送医”修改为“送至狂犬病处置门诊”；"
                          "建议增加隔离观察的规定。\n                    雁州市卫生健康委员会\n")
    assert [o.text for o in letter.opinions] == [
        "关于犬伤处置。第二十三条仅规定“养犬人应当将受伤者送医”。建议将“送医”修改为“送至狂犬病处置门诊”", "建议增加隔离观察的规定。"]


def test_the_writers_own_work_told_after_its_points_is_context():
    letter = parse_letter("市公安局：\n    1. 建议增加犬只免疫的规定。\n    2. 建议明确收容场所的标准。\n"
                          "    此外，我委近期正会同市疾控中心修订《雁州市狂犬病处置门诊设置规范》，条例出台后相关信息可以向社会公布。\n"
                          "                    雁州市卫生健康委员会\n")
    assert [o.text for o in letter.opinions] == ["建议增加犬只免疫的规定。", "建议明确收容场所的标准。"]


def test_a_scan_line_that_stops_on_在_runs_on_into_a_line_opening_on_a_clause():
    letter = parse_letter("市公安局：\n   一、关于经费保障。目前我局执法力量较为紧张。建议在\n第八条中明确将养犬管理经费纳入同级财政预算，保障收容场所\n"
                          "建设等工作需要。\n   二、建议明确收容场所的标准。\n                    雁州市城市管理局\n")
    assert len(letter.opinions) == 2
    assert letter.opinions[0].text.endswith("建议在第八条中明确将养犬管理经费纳入同级财政预算，保障收容场所建设等工作需要。")
