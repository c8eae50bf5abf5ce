"""Release blockers found by letters set 70 (tests/data/letters_heldout70), each with texts written
anew for the test: they failed before the fix."""


def test_a_hotline_export_typed_in_a_column_named_分类_with_a_total_row(read_sheet):
    # False and unattributed before (set 69's fixes read 类型 columns only): a 咨询 ticket, a 催办
    # ticket and the 合计 row were opinions, and an association posting under 诉求人 was the public.
    rows = read_sheet("工单明细.xlsx", [
        ["序号", "诉求人", "诉求人类型", "诉求内容", "诉求分类"],
        ["1", "何先生", "个人", "建议景区和博物馆设置老年人无障碍设施。", "意见建议"],
        ["2", "邓先生", "个人", "来电人咨询规划征求意见稿在哪里可以查看全文。已告知来电人。", "咨询"],
        ["3", "何先生", "个人", "来电人称4月13日反映的建议尚未收到答复，要求尽快回复。", "催办"],
        ["4", "某市摄影家协会", "社会组织", "建议规划支持举办国际摄影节。", "意见建议"],
        ["合计", "", "", "共4件（其中意见建议2件，咨询1件，催办1件）", ""]])
    assert [(c.department, c.text) for c in rows] == [
        ("社会公众", "建议景区和博物馆设置老年人无障碍设施。"), ("某市摄影家协会", "建议规划支持举办国际摄影节。")]
    assert len([n for n in rows.notes if "未列入意见表" in n]) == 3


def test_a_heritage_bearer_s_letter_is_no_minutes():
    # Misattributed and lost before: 代表性项目 / 代表性传承人 counted as a meeting's 代表, so the
    # letter was read as minutes of 与会人员 and two of its requests were lost; its closing
    # (我说的不一定对，请领导们批评指正。祝你们工作顺利！) was an opinion once it was read as a letter.
    from consultagg.extract import parse_letter
    text = ("尊敬的规划起草组领导：\n\n　　你们好！我叫韦某某，是市级非物质文化遗产代表性项目“某某剪纸”的代表性传承人。"
            "我文化程度不高，说几点想法：\n\n"
            "　　第一，希望规划把剪纸传习所列进非遗工坊名单。\n\n"
            "　　第二，建议把市级代表性传承人补助提高到每年6000元。\n\n"
            "　　我说的不一定对，请领导们批评指正。祝你们工作顺利！\n\n"
            "　　　　某某剪纸市级代表性传承人　韦某某\n　　　　2026年4月17日\n")
    letter = parse_letter(text)
    assert [(o.department, o.text) for o in letter.opinions] == [
        (None, "希望规划把剪纸传习所列进非遗工坊名单。"), (None, "建议把市级代表性传承人补助提高到每年6000元。")]


def test_a_committee_s_research_report():
    # False and misnamed before: the problems found in the city (…亟待加强 / …需要引起高度重视) were
    # opinions, so was the covering 现将调研报告送你局，供…参考。, and the committee signing under its
    # 政协 on two lines was named without it.
    from consultagg.extract import parse_letter
    text = ("市文化广电旅游局：\n根据年度协商计划，我委开展了专题调研。现将调研报告送你局，供规划修改完善时研究参考。\n\n"
            "关于推进文旅融合发展的调研报告\n一、存在的问题\n"
            "（一）文化资源挖掘不够。多数景区停留在看山看水层面，亟待加强。\n"
            "（二）文旅人才短缺。基层文化站普遍有站无人，需要引起高度重视。\n"
            "二、对策建议\n（一）深化文化资源挖掘。建议规划增加文化资源挖掘阐释工程。\n"
            "（二）加强人才队伍建设。建议实施文旅英才培养计划。\n\n"
            "政协某市委员会\n文化文史和学习委员会\n2026年4月15日\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["深化文化资源挖掘。建议规划增加文化资源挖掘阐释工程。",
                                                 "加强人才队伍建设。建议实施文旅英才培养计划。"]
    assert letter.unit == "政协某市委员会文化文史和学习委员会"


def test_a_fault_found_in_the_draft_under_存在的问题_stays_an_opinion():
    # 规划对…着墨较少 finds fault with the draft itself: it is answered, never set aside; the trade's own
    # problem beside it (an opinion before) is not.
    from consultagg.extract import parse_letter
    text = ("某协会关于规划的意见\n一、存在的问题\n（一）规划对道路客运转型着墨较少。\n（二）行业从业人员老龄化严重。\n"
            "二、建议\n（一）建议增设运输服务专章。\n\n某省道路运输协会\n2026年5月1日\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["规划对道路客运转型着墨较少。", "建议增设运输服务专章。"]


def test_a_review_panel_s_numbered_opinions_after_its_conclusion():
    # Lost and false before: the panel's five numbered opinions under 专家组认为，…建议起草组根据以下意见
    # 修改完善后按程序报批： were read as the record's narrative, and the signing lines (专家组组长（签字）：…
    # / 纪要整理：… 分送：…) were opinions.
    from consultagg.extract import parse_letter
    text = ("规划专家评审会会议纪要\n\n时间：2026年4月26日\n地点：市文旅局会议室\n\n一、专家发言要点\n"
            "范某（省社会科学院）：建议补充客源市场分析。\n起草组答复：将在第一章中补充。\n"
            "二、专家组评审意见\n专家组认为，《规划》编制依据充分，同意通过评审。建议起草组根据以下意见修改完善后按程序报批：\n"
            "1. 进一步凝练城市文旅品牌定位。\n2. 科学合理确定旅游发展主要指标的目标值。\n\n"
            "专家组组长（签字）：范某\n专家组成员（签字）：葛某　柯某\n\n纪要整理：规划科 韦某　　审核：聂某\n分送：局领导，规划编制单位。\n")
    letter = parse_letter(text, kind="minutes")
    assert [(o.department, o.text) for o in letter.opinions] == [
        ("省社会科学院", "建议补充客源市场分析。"), ("专家组", "进一步凝练城市文旅品牌定位。"),
        ("专家组", "科学合理确定旅游发展主要指标的目标值。")]


def test_a_summary_table_s_title_by_batch_and_who_compiled_it_are_no_opinions(word_form, tmp_path):
    # False before: 《…》反馈意见汇总表（第二批） and 整理：某处 2026年5月27日 were opinions without a unit.
    import consultagg as ca
    doc, _ = word_form(["《某省综合交通规划（征求意见稿）》反馈意见汇总表（第二批）", "整理：省交通运输厅综合规划处　　　2026年5月27日"],
                       [["单位", "序号", "意见建议"], ["某市交通运输局", "1", "建议将某北站纳入重点枢纽建设项目。"]])
    doc.save(tmp_path / "汇总表.docx")
    rows = ca.read_comments(tmp_path / "汇总表.docx")
    assert [(c.department, c.text) for c in rows] == [("某市交通运输局", "建议将某北站纳入重点枢纽建设项目。")]


def test_an_expert_s_markdown_with_a_pipe_table_and_a_museum_byline(read_written):
    # Unattributed and false before: the museum in the byline was no unit, the quoted greeting
    # (> 规划起草组：承蒙送阅…谈几点个人看法，供参考。) was an opinion, and the pipe table's rows were one
    # opinion of pipes and dashes; a short cell beside an indicator is read with it, 维持 is no change.
    text = ("# 关于《某市文旅规划（征求意见稿）》的几点意见\n\n**韦某某**（某市博物馆馆长、研究馆员）\n\n"
            "> 规划起草组：承蒙送阅征求意见稿，结合博物馆工作谈几点个人看法，供参考。\n\n"
            "## 具体建议\n\n1. 建议明确新馆的选址和建设规模。\n\n"
            "| 页码 | 原文 | 意见 |\n|------|------|------|\n| 第23页 | 馆藏文物“2万余件” | 建议改为“2.6万件（套）”。 |\n\n"
            "| 指标 | 征求意见稿 | 建议 |\n| --- | --- | --- |\n| 博物馆数量 | 9家 | 维持 |\n| 年接待观众 | 80万人次 | 提高至100万人次 |\n\n"
            "韦某某\n2026年4月18日\n")
    rows = read_written("意见.md", text)
    assert [(c.department, c.text.replace(" ", "")) for c in rows] == [
        ("某市博物馆", "建议明确新馆的选址和建设规模。"), ("某市博物馆", "建议改为“2.6万件（套）”。"),
        ("某市博物馆", "年接待观众80万人次提高至100万人次")]
    assert rows[1].location == "第23页"


def test_an_association_s_form_with_a_row_naming_each_member_unit(word_form, tmp_path):
    # Misattributed before: every row was the association's, though a row merged across the table
    # named the member unit whose rows follow (会员单位：某酒店有限公司).
    import consultagg as ca
    doc, table = word_form(["会员单位意见汇总表", "填报单位：某市酒店与旅游行业协会（盖章）"], [
        ["序号", "涉及章节", "修改意见", "理由"],
        ["协会秘书处", "", "", ""],
        ["1", "第六章", "建议增加支持星级饭店连锁化发展的内容。", "住宿业需转型。"],
        ["会员单位：某温泉大酒店有限公司", "", "", ""],
        ["2", "第七章", "建议在某山片区布局一处会议会展中心。", "会议室不足。"]])
    for r in (1, 3):
        table.cell(r, 0).merge(table.cell(r, 3))
    doc.save(tmp_path / "汇总表.docx")
    rows = ca.read_comments(tmp_path / "汇总表.docx")
    assert [(c.department, c.text) for c in rows] == [
        ("某市酒店与旅游行业协会", "建议增加支持星级饭店连锁化发展的内容。"),
        ("某温泉大酒店有限公司", "建议在某山片区布局一处会议会展中心。")]
