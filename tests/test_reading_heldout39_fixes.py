"""Failures letters set 39 showed (a blind set measured once at 07c60c5), each a general rule.

Release blockers among them: a letter titled 某局便函 over 关于《…》的意见 and signed by its division alone
got the division (详细规划处) as its unit; a forwarding note saying 我局自己的意见已在座谈会上提过，不再重复
gave the forwarded opinions to the forwarder; the chair's 最后指出：… became an opinion.
"""

from __future__ import annotations

import consultagg as ca


def test_title_on_two_lines_names_the_organ(read_written):
    text = ("# 霓水市自然资源和规划局便函\n\n## 关于《霓水市老旧小区改造三年行动方案（征求意见稿）》的意见\n\n市住建局城市更新科：\n\n"
            "1. 建议明确既有住宅加装电梯不计入容积率核算。\n2. 建议补充片区统筹改造的实施路径。\n\n以上意见供参考。\n\n"
            "详细规划处\n2025年11月20日\n")
    rows = read_written("意见.md", text)
    assert {c.department for c in rows} == {"霓水市自然资源和规划局"} and len(rows) == 2


def test_forwarder_whose_own_opinions_were_given_at_a_meeting(read_written):
    mail = ("发件人：某区住建局城建科 <cjk@example.gov.cn>\n收件人：市住建局城市更新科 <gx@example.gov.cn>\n"
            "主题：转发：关于改造方案的意见（水务集团）\n时间：2025年11月23日 09:15\n\n阮科长：\n\n"
            "    您好！下面是霓水水务集团发到我们邮箱的意见，我们就直接转过来了。我局自己的意见已在20日座谈会上提过，不再重复。\n\n"
            "某区住建局城建科 龚某\n\n---------- 转发的邮件 ----------\n发件人：水务集团管网部 <gwb@water.example.com.cn>\n"
            "日期：2025年11月22日 17:36\n主题：关于改造方案的意见\n\n龚科长好：\n\n    我集团意见如下：\n"
            "    1、建议将小区二次供水设施改造纳入基础类改造。\n    2、建议推行“一户一表”改造。\n\n"
            "霓水水务集团有限公司管网部\n滕某 13607516632\n")
    rows = read_written("mail.txt", mail)
    assert {c.department for c in rows} == {"霓水水务集团有限公司"} and len(rows) == 2


def test_chairs_closing_words(read_written):
    text = ("征求意见座谈会纪要\n\n主持：洪某某（市住建局副局长）\n\n    现将会议情况纪要如下：\n\n"
            "    市城市管理局：建议将小区内违法建设拆除作为改造前置条件。\n\n"
            "    洪某某副局长最后指出：各单位提出的意见建议很有针对性，起草组要逐条梳理、认真吸收，不采纳的要说明理由。\n")
    rows = read_written("纪要.txt", text)
    assert len(rows) == 1 and rows[0].text.startswith("建议将小区内")


def test_expert_form_laid_out_downwards(tmp_path):
    docx = __import__("pytest").importorskip("docx")
    d = docx.Document()
    d.add_paragraph("专家咨询意见表")
    d.add_paragraph("咨询事项：《霓水市老旧小区改造三年行动方案（征求意见稿）》")
    t = d.add_table(rows=2, cols=2)
    for r, row in enumerate([["专家姓名", "宋某某"], ["工作单位", "霓水大学建筑与规划学院"]]):
        for k, v in enumerate(row):
            t.cell(r, k).text = v
    for n, (where, text) in enumerate([("第三部分", "建议引入“体检评估先行”机制。"), ("第五部分", "建议建立改造效果第三方评估制度。")], 1):
        d.add_paragraph(f"意见{n}")
        t = d.add_table(rows=3, cols=2)
        for r, row in enumerate([["涉及条款", where], ["修改意见", text], ["理由说明", "提高资金使用效益。"]]):
            for k, v in enumerate(row):
                t.cell(r, k).text = v
    p = tmp_path / "专家意见表.docx"
    d.save(p)
    rows = ca.read_comments(p)
    assert [(c.text, c.location) for c in rows] == [("建议引入“体检评估先行”机制。", "第三部分"),
                                                    ("建议建立改造效果第三方评估制度。", "第五部分")]
    assert {c.department for c in rows} == {"霓水大学"}
