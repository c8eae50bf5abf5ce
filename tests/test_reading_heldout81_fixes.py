"""Release blockers found by letters sets 80 and 81 (tests/data/letters_heldout80, …81), each with texts
written anew for the test: they failed before the fix."""

import consultagg as ca


def test_a_deputys_letter_that_tells_how_the_draft_reached_him(tmp_path):
    # False and misattributed before: 前些天，…代表工委转来了《…》，请我们代表提提意见。我…有一些想法，写下来供你们参考
    # was an opinion, and the unit kept the deputy's term (省十三届人大代表).
    text = ("尊敬的省卫生健康委领导：\n\n    您好！我是省十三届人大代表、某市代表团的某某某，在某镇中心小学任教三十余年。"
            "前些天，某市人大常委会代表工委转来了《某省医疗卫生服务体系规划（征求意见稿）》，请我们代表提提意见。"
            "我认真读了两遍，又走访了镇卫生院，有一些想法，写下来供你们参考，说得不对的地方请批评。\n\n"
            "    第一，关于山区群众看病远的问题。建议规划对山区县单独提出急救到达时间目标。\n\n"
            "    第二，关于村卫生室。建议把村卫生室的运行经费纳入县级财政预算予以保障。\n\n"
            "    此致\n敬礼！\n\n                省十三届人大代表  某某某\n                 2024年7月10日\n")
    (tmp_path / "来信.txt").write_text(text, encoding="utf-8")
    rows = ca.read_comments(tmp_path / "来信.txt")
    assert len(rows) == 2 and all("建议" in c.text for c in rows)
    assert {c.department for c in rows} == {"省人大代表某某某"}


def test_opinion_blocks_with_their_fields_and_numbered_reasons(tmp_path):
    # False before: under 【意见一】, the 理由：'s numbered reasons (1.…；2.…) were opinions of their own; and a view
    # told but not made (另，部分专家提出…。…故不作为正式意见提出，仅供起草组参考。) was an opinion.
    text = ("某省医学会\n关于《某省医疗卫生服务体系规划（征求意见稿）》的意见\n\n省卫生健康委员会：\n\n"
            "    现将汇总后的意见报送如下：\n\n"
            "【意见一】第三章第二节\n原文：“支持有条件的设区市建设儿童医院。”\n修改为：“每个设区市至少设置1所儿童医院。”\n"
            "理由：\n1.我省每千名儿童儿科医师数低于全国平均水平；\n2.“有条件的”表述约束力不足，难以落实。\n\n"
            "【意见二】第四章第一节“院前急救”\n建议农村地区按每2万人口配置1辆急救车。\n理由：农村地区服务半径大。\n\n"
            "    另，部分专家提出应将“医养结合”单独列为一章。经常务理事会议讨论，多数专家认为已有专门表述，不必单列，"
            "故不作为正式意见提出，仅供起草组参考。\n\n    以上意见妥否，请审阅。\n\n         某省医学会\n         2024年7月12日\n")
    (tmp_path / "学会.txt").write_text(text, encoding="utf-8")
    rows = ca.read_comments(tmp_path / "学会.txt")
    assert len(rows) == 2
    assert "每个设区市至少设置1所儿童医院" in rows[0].text and "约束力不足" in rows[0].meta["reason"]
    assert rows[1].text.startswith("建议农村地区") and rows[1].location == "第四章第一节"
    assert any(s[2] == "说明" and "医养结合" in s[1] for s in rows.skipped)


def test_a_companys_office_signing_an_email_speaks_for_the_company(tmp_path):
    text = ("From: 某某 <a@b.cn>\nTo: 规划处 <c@d.cn>\nSubject: 关于规划的意见\nContent-Type: text/plain; charset=utf-8\n\n"
            "规划处：\n    现将我公司意见反馈如下：\n    1. 建议增加建设省级医药储备基地的内容。\n    2. 建议明确电子处方流转平台的建设主体。\n\n"
            "某某药业股份有限公司政府事务部\n某某\n2024年7月8日\n")
    (tmp_path / "邮件.eml").write_text(text, encoding="utf-8")
    rows = ca.read_comments(tmp_path / "邮件.eml")
    assert [c.department for c in rows] == ["某某药业股份有限公司"] * 2


def test_a_speaker_who_only_agrees_with_those_before_and_hopes_for_it_soon(tmp_path):
    import docx
    d = docx.Document()
    for line in ["某镇乡村医生座谈会纪要", "7月5日，县卫健委在某镇卫生院召开座谈会，听取乡村医生对规划的意见。",
                 "甲村罗医生：建议规划明确村卫生室全部纳入医保定点管理。",
                 "乙村王医生：前面几位说的我都同意，我没有什么补充的。这个规划我们看了很受鼓舞，希望能早点实施，早点落地。",
                 "丙村李医生：建议规划明确老村医的养老保障办法。"]:
        d.add_paragraph(line)
    d.save(tmp_path / "纪要.docx")
    rows = ca.read_comments(tmp_path / "纪要.docx")
    assert [c.text[:9] for c in rows] == ["建议规划明确村卫生", "建议规划明确老村医"]


def test_a_reviewers_line_over_a_commented_draft_and_a_comment_that_praises(tmp_path, needs_comments):
    # Misattributed and false before: （审阅稿：某大学护理学院 某某，2021.7.11，意见见批注） gave no unit and was an
    # opinion; a comment saying 这一条很好，符合群众实际需要。 was an opinion (需要 read as asking).
    import docx
    d = docx.Document()
    d.add_paragraph("（审阅稿：某某医科大学护理学院 詹某某，2021.7.11，意见见批注）")
    d.add_paragraph("某省医疗卫生服务体系规划（征求意见稿）")
    p = d.add_paragraph("每千人口注册护士数达到3.8人。")
    d.add_comment(p.runs, text="建议增加“医护比达到1:1.2以上”的指标。", author="詹某某")
    p = d.add_paragraph("推进“互联网+护理服务”。")
    d.add_comment(p.runs, text="这一条很好，符合群众实际需要。", author="詹某某")
    d.save(tmp_path / "批注稿.docx")
    rows = ca.read_comments(tmp_path / "批注稿.docx")
    assert [(c.department, c.text[:8]) for c in rows] == [("某某医科大学", "建议增加“医护比")]
