"""Release blockers found by letters sets 73 and 74 (tests/data/letters_heldout73, …74), each with texts
written anew for the test: they failed before the fix."""

import openpyxl


def test_advice_given_before_is_told_not_asked_and_the_编办_is_an_organ():
    # False before: 我办已就…提出建议，你厅…已予吸纳 was read as a request in a letter that only agrees,
    # and the 编办 (…机构编制委员会办公室) lost its 办公室, as if it were the committee's inner office.
    from consultagg.extract import parse_letter
    text = ("中共某省委机构编制委员会办公室\n关于《某省卫生健康事业发展规划（征求意见稿）》意见的复函\n\n省卫生健康委：\n"
            "　　来函收悉。今年5月，我办已就规划中涉及公立医院编制的内容提出意见，你委已在征求意见稿中吸纳。"
            "经研究，我办对规划原则同意，无修改意见。\n　　特此函复。\n\n中共某省委机构编制委员会办公室\n2025年9月3日\n")
    letter = parse_letter(text)
    assert len(letter.opinions) == 0
    assert letter.unit == "中共某省委机构编制委员会办公室"


def test_split_office_keeps_a_coordinating_committees_office_and_gives_a_squad_to_its_bureau():
    from consultagg.extract import split_office
    assert split_office("某市安全生产委员会办公室") == ("某市安全生产委员会办公室", None)
    assert split_office("中共某县委网络安全和信息化委员会办公室")[1] is None
    assert split_office("政协某县委员会办公室") == ("政协某县委员会", "办公室")  # (the 政协 writes through its office)
    assert split_office("某县公安局治安管理大队户籍中队") == ("某县公安局", "治安管理大队户籍中队")


def test_a_fax_header_inside_a_point_and_over_the_first_page(tmp_path):
    # False and misread before: the fax machine's line over page 2 (…FROM:…FAX:…P. 2/3) stayed inside
    # the point it cut, and over page 1 it stopped the reading of the title, so the title's second
    # line (（征求意见稿）》的反馈意见) became an opinion; a scan's 教肓 stayed in the unit's name.
    f = tmp_path / "fax.txt"
    f.write_text("2025-06-02 09:12    FROM:某市卫生健康委办公室    FAX:0931-5550101    P. 1/2\n\n"
                 "          某市卫生健康委员会\n   关于对《某省卫生健康事业发展规划\n      (征求意见稿)》的反馈意见\n\n"
                 "省卫生健康委:\n    现将意见反馈如下:\n"
                 "    1.建议将“每千人口执业医师数”目标值由3.2人调整为3.4人。\n"
                 "    2.建议在基层卫生部分明确支持我市建设县域医疗次中心，并\n\n           - 1 -\n\n"
                 "2025-06-02 09:13    FROM:某市卫生健康委办公室    FAX:0931-5550101    P. 2/2\n"
                 "列入专栏。\n    3.建议增加对规划实施情况开展中期评估的内容。\n\n"
                 "                                某市教肓局\n                                2025年6月2日\n", encoding="utf-8")
    import consultagg as ca
    got = ca.read_comments(f)
    assert [c.text for c in got] == ["建议将“每千人口执业医师数”目标值由3.2人调整为3.4人。",
                                     "建议在基层卫生部分明确支持我市建设县域医疗次中心，并列入专栏。",
                                     "建议增加对规划实施情况开展中期评估的内容。"]
    from consultagg.extract.units import clean_unit_name
    assert clean_unit_name("某市教肓局") == "某市教育局"


def test_a_company_posting_with_its_office_in_brackets_is_the_company(tmp_path):
    # Misattributed before: 留言人 某某教育集团有限公司（办公室） was the unit as written, office and all.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "留言人", "留言标题", "留言内容"])
    ws.append([1, "某某教育集团有限公司（办公室）", "民办教育", "建议在规划中明确民办学校教师在职称评审方面与公办学校教师享有同等权利。"])
    ws.append([2, "李**", "校外培训", "建议加强对校外培训机构的监管，严禁超前超标培训。"])
    f = tmp_path / "export.xlsx"
    wb.save(f)
    import consultagg as ca
    got = ca.read_comments(f)
    assert [c.department for c in got] == ["某某教育集团有限公司", None]
    assert got[0].meta.get("office") == "办公室"


def test_a_routing_sheet_general_remarks_before_具体意见如下_and_a_request_on_a_condition():
    # False before: the 发文稿纸's fields (文号：… 标题：…) were two opinions; a general remark numbered 二、
    # before 具体意见如下： was an opinion because it said the targets 需要与财力相适应; and …须事先沟通；
    # 未经沟通的，统一修改为… was cut in two, the second half an opinion of its own.
    from consultagg.extract import parse_letter
    text = ("某学院发文稿纸\n━━━━━━━━━━━━━━━━\n签　　发：某某　　2025.4.2\n拟稿单位：科研处　　拟稿人：某某\n"
            "文　　号：某院函〔2025〕9号　　缓急：平件\n主　　送：省科技厅规划处\n标　　题：关于对《某省科技创新规划（征求意见稿）》的意见\n"
            "━━━━━━━━━━━━━━━━\n\n关于对《某省科技创新规划（征求意见稿）》的意见\n\n省科技厅：\n"
            "　　经研究，现将意见反馈如下：\n"
            "　　一、总体上看，规划思路清晰，目标明确，我院原则同意。\n"
            "　　二、当前全省科研投入增长空间有限，我院认为规划确定的目标需要与财力相适应。\n"
            "　　具体意见如下：\n"
            "　　1.建议将“研发经费投入强度达到3%”修改为“达到2.6%”。\n"
            "　　2.规划多处写有“设立专项”，建议逐一梳理，凡涉及新增支出的，须事先与财政部门沟通；未经沟通的，统一修改为“统筹现有资金”。\n"
            "\n某学院\n2025年4月2日\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == [
        "建议将“研发经费投入强度达到3%”修改为“达到2.6%”。",
        "规划多处写有“设立专项”，建议逐一梳理，凡涉及新增支出的，须事先与财政部门沟通；未经沟通的，统一修改为“统筹现有资金”。"]
    assert "总体评价" in {why for _, why in letter.skipped}


def test_a_deputys_prose_letter_frame_two_requests_in_one_sentence_and_a_teacher_signing():
    # False before: the first paragraph (who writes, how they read the draft) and the last (以上是我的粗浅
    # 想法…我会继续关注) were opinions; lost before: …一方面希望…，另一方面也建议… gave one request, not two;
    # misattributed before: 省人大代表、某中学教师　某某 was not read as a deputy, so the letter was the public's.
    from consultagg.extract import parse_letter
    text = ("尊敬的省卫生健康委领导：\n"
            "　　您好！我是某县人民医院的一名护士长，也是省人大代表。规划把基层医疗放在突出位置，我们读了很受鼓舞。下面谈几点个人想法，仅供参考。\n"
            "　　我们县乡镇卫生院普遍缺少全科医生，有的卫生院只有两名医生。建议规划提高乡镇卫生院全科医生配备标准。\n"
            "　　老年人慢病管理任务越来越重。一方面希望规划明确每个家庭医生团队签约服务人数上限，另一方面也建议建立县乡村三级慢病随访信息共享机制。\n"
            "　　还有一点，关于护士待遇。建议规划提出逐步提高基层护士岗位补贴。\n"
            "　　以上是我的一些粗浅想法。作为人大代表，我会继续关注规划的修改和实施。衷心祝愿我省卫生健康事业越办越好！\n"
            "　　此致\n敬礼！\n\n省人大代表、某县卫生职业学校教师　某某某\n2025年3月2日\n")
    letter = parse_letter(text)
    texts = [o.text for o in letter.opinions]
    assert len(texts) == 4, texts
    assert texts[1].startswith("老年人慢病管理任务越来越重。一方面希望") and texts[2].startswith("另一方面也建议")
    assert letter.unit == "省人大代表某某某"


def test_table_notes_under_the_rows_are_not_opinions(tmp_path):
    # False before: a row merged across a unit's sheet (以上意见经某市总工会研究同意。) and a 说明：… row under
    # a summary's own opinion were read as opinions.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "某市"
    ws.append(["序号", "涉及章节", "意见建议", "提出单位"])
    ws.append(["1", "第三章", "建议增加落实职工年度体检制度的内容。", "某市总工会"])
    ws.append(["2", "第四章", "建议加强职工心理健康关爱。", None])
    ws.append(["以上意见经某市总工会研究同意。", None, None, None])
    ws.merge_cells("A4:D4")
    ws.merge_cells("D2:D3")
    f = tmp_path / "unions.xlsx"
    wb.save(f)
    import consultagg as ca
    got = ca.read_comments(f)
    assert [c.text for c in got] == ["建议增加落实职工年度体检制度的内容。", "建议加强职工心理健康关爱。"]
    assert any("是表格的说明" in n for n in got.notes)


def test_minutes_speakers_named_as_teachers_invited_or_retired_and_one_with_nothing_to_change(tmp_path):
    # Misattributed before: 某教学点教师某某 was no speaker line (教师 was no post), so her request went to
    # the speaker above; 退休特级教师某某（特邀） was the unit 特邀; false before: a speaker with 没有具体修改意见
    # and a wish that the plan 尽快落地见效 gave an opinion.
    text = ("某规划征求意见座谈会纪要\n\n时间：2025年3月1日\n地点：某县教育局会议室\n\n一、与会人员发言\n"
            "（一）某镇中心小学校长韩立新\n建议提高乡村学校公用经费标准。\n"
            "（二）某村教学点教师马丽娟\n希望规划重视教学点的信息化建设，让孩子也能上好音乐课。\n"
            "（三）某镇初级中学教师许晓东\n许晓东老师表示，规划对乡村教育着墨很多，对规划没有具体修改意见，希望规划出台后能够尽快落地见效。\n"
            "（四）退休特级教师杭振华（特邀）\n建议在规划中实施“银龄讲学计划”，支持退休教师到乡村学校支教。\n")
    f = tmp_path / "minutes.txt"
    f.write_text(text, encoding="utf-8")
    import consultagg as ca
    got = ca.read_comments(f)
    assert [(o.department, o.text[:6]) for o in got] == [
        ("某镇中心小学", "建议提高乡村"), ("某村教学点", "希望规划重视"), ("与会专家", "建议在规划中")]


def test_a_joint_letter_told_in_words_and_a_caller_who_only_supports(tmp_path):
    # False before: the joint letter's first paragraph (who writes, 想把我们的想法跟领导反映反映) and its last
    # (我们文化不高…请领导多包涵。希望领导能看看我们的意见。) were opinions, and 第二个是…的事。…要交满一年社保…。
    # 希望… was cut in two; a caller who only supports the work (支持县里加快县城建设，无具体意见建议) gave an opinion.
    from consultagg.extract import praise_only
    assert praise_only("来电人表示看到县城建设方案征求意见的公告，支持县里加快县城建设，无具体意见建议。")
    assert not praise_only("来电人表示看到方案的公告，建议在城东增设公交站。")
    f = tmp_path / "joint.txt"
    f.write_text("致县政府领导的一封信\n\n尊敬的县政府领导：\n    你们好！\n"
                 "    我们是在县城打工的一些人，有的在工地上干活，有的送外卖。前几天看到县里在征求意见，想把我们的一些想法跟领导反映反映。\n"
                 "    第一个是住房的事。我们大部分人租房子住，条件差。希望政府多建一些公租房，让我们也能申请。\n"
                 "    第二个是孩子上学的事。现在孩子要到县城读公办学校，要交满一年社保，好多人办不下来。希望上学的条件能放宽一点。\n"
                 "    最后一个，县城没有一个正规找活的地方。希望县城能建一个零工市场。\n"
                 "    我们文化不高，话说得不好，请领导多包涵。希望领导能看看我们的意见。\n    此致\n敬礼！\n\n"
                 "联名人：\n龙志坚（某乡，建筑工）\n符春兰（某镇，家政服务）\n                 2025年5月15日\n", encoding="utf-8")
    import consultagg as ca
    got = [c.text for c in ca.read_comments(f)]
    assert len(got) == 3, got
    assert got[1].startswith("第二个是孩子上学的事。") and got[1].endswith("希望上学的条件能放宽一点。")


def test_a_form_going_on_in_a_second_table_and_a_cover_letter_that_forwards(tmp_path):
    # False before: a form broken over a page into two tables (（续表）, the header again, then a row with
    # only the reason going on: （接上页）…) gave that reason as an opinion; a covering letter's paragraph
    # (…组织部分委员开展专题协商。…现将…汇总转去，请予研究吸纳，并将采纳情况反馈我办。) was an opinion.
    docx = __import__("pytest").importorskip("docx")
    d = docx.Document()
    d.add_paragraph("填报单位：某县林业局")
    header = ["序号", "原文表述", "修改建议", "理由依据"]
    t = d.add_table(rows=0, cols=4)
    for row in (header, ["1", "“加强造林”", "建议增加“到2027年完成造林5万亩”的目标。", "与省里考核要求相衔接，"]):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("（续表）")
    t = d.add_table(rows=0, cols=4)
    for row in (header, ["", "", "", "（接上页）也便于分年度落实。"], ["2", "“森林防火”", "建议明确防火通道建设标准。", "现有通道宽度不一。"]):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    f = tmp_path / "form.docx"
    d.save(f)
    import consultagg as ca
    got = ca.read_comments(f)
    assert [c.text for c in got] == ["建议增加“到2027年完成造林5万亩”的目标。", "建议明确防火通道建设标准。"]
    assert got[0].meta.get("reason", "").endswith("也便于分年度落实。") and "接上页" not in got[0].meta["reason"]
    from consultagg.extract import parse_letter
    letter = parse_letter("政协某县委员会办公室\n关于转送县政协委员意见建议的函\n\n县人民政府办公室：\n"
                          "　　根据你办来函要求，县政协于5月15日组织部分委员开展专题协商。现将委员们提出的意见建议汇总转去，"
                          "请予研究吸纳，并将采纳情况反馈我办。\n\n附件\n县政协委员意见建议\n"
                          "　　一、建议在老城区改造中注重保护历史文化街区。（委员：韩立新）\n"
                          "　　二、建议将县人民医院新院区建设列入重点项目清单。（委员：马丽娟）\n")
    assert [o.text[:8] for o in letter.opinions] == ["建议在老城区改造", "建议将县人民医院"]


def test_a_letter_pasted_as_one_line(tmp_path):
    # Misattributed and false before: a reply pasted from a web form as one line, its parts divided by
    # spaces, lost its title and signature (the unit was guessed from the file name) and its closing and
    # signature were an opinion.
    f = tmp_path / "公交公司意见.txt"
    f.write_text("某县公共交通有限责任公司关于县城建设方案的意见建议 县政府办公室： 我公司认真学习了方案，提出以下建议： "
                 "1.建议在东部新区规划预留一处不少于20亩的公交首末站用地，目前车辆夜间停放不足。 "
                 "2.建议将新能源公交车更新纳入重点项目，现有柴油车21辆已接近报废年限。 "
                 "3.建议建立公交运营财政补贴机制，对政策性亏损给予足额补贴。 以上建议，请予考虑。 "
                 "某县公共交通有限责任公司 2024年5月19日 联系人：岑立新 电话：13787200000", encoding="utf-8")
    import consultagg as ca
    got = ca.read_comments(f)
    assert [c.text[:8] for c in got] == ["建议在东部新区规", "建议将新能源公交", "建议建立公交运营"]
    assert {c.department for c in got} == {"某县公共交通有限责任公司"}
