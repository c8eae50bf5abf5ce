"""Failures letters set 32 showed (a blind set measured once at c555a40), each a general rule.

Release blockers among them: a 单位/身份 column whose cell names who the poster is (退休职工, 市民,
企业) gave the tracker units called 退休职工 and 企业 (misattribution); a forwarding e-mail's own
covering line and the forwarded header's 主题 line became opinions of the forwarded unit.
"""

from __future__ import annotations

import consultagg as ca


def test_identity_column_is_not_a_unit(read_written):
    csv = ("序号,提交人,单位/身份,提交时间,意见内容\n"
           "1,刘**,退休职工,2025-09-03 08:52,建议提高高龄津贴标准，80周岁以上老年人每月发放不低于100元。\n"
           "2,某某养老产业发展有限公司,企业,2025-09-05 16:20,建议对社会力量新建养老机构按床位给予一次性建设补贴。\n"
           "3,周**,社区工作者,2025-09-08 11:05,建议每个城市社区至少配备1名专职养老服务社会工作者。\n"
           "4,王**,芗河区民政局,2025-09-09 10:00,建议明确街道综合养老服务中心的建设标准。\n")
    rows = read_written("export.csv", csv)
    assert [c.department for c in rows] == [None, "某某养老产业发展有限公司", None, "芗河区民政局"]
    assert [c.speaker for c in rows][0] == "刘**"
    assert rows[0].meta.get("身份") == "退休职工" and rows[1].meta.get("身份") == "企业"
    assert any("身份" in n for n in rows.notes)



def test_identity_words_in_a_unit_column(read_written):
    # Under a plain 单位 header, an identity word is still no unit; a short unit name stays as typed.
    csv = ("单位,意见\n市民,建议在老旧小区加装电梯给予补贴。\n水利局,建议补充农村饮水安全内容。\n")
    rows = read_written("sheet.csv", csv)
    assert [c.department for c in rows] == ["市民", "水利局"]  # 市民 is already read as the public


def test_forward_separator_named_zhuanfa_youjian(read_written):
    mail = ("发件人：栖梧市教育局职成教科 <zcjk@jyj.example.gov.cn>\n收件人：ylfwk@mzj.example.gov.cn\n"
            "主题：转发：栖梧职业技术学院关于规划的意见\n时间：2025年9月14日 18:05\n\n"
            "市民政局养老服务科：\n　　现将栖梧职业技术学院反馈的意见转发给你们，请一并研究。我局对规划无其他意见。\n\n"
            "栖梧市教育局职成教科　钟某\n\n"
            "---------- 转发邮件 ----------\n"
            "发件人：栖梧职业技术学院教务处 <jwc@example.edu.cn>\n时间：2025年9月14日 15:41\n"
            "收件人：市教育局职成教科 <zcjk@jyj.example.gov.cn>\n主题：关于《某市养老服务体系建设规划（征求意见稿）》的意见\n\n"
            "钟科长：\n　　您好！我院提出以下两点意见：\n"
            "　　1.建议在“人才队伍建设”部分明确支持建设养老服务专业群。\n"
            "　　2.建议对养老服务相关专业毕业生实行入职奖补。\n"
            "　　以上意见妥否，请指正。\n\n栖梧职业技术学院教务处\n2025年9月14日\n")
    rows = read_written("mail.txt", mail)
    assert [c.text[:6] for c in rows] == ["建议在“人才", "建议对养老服"]
    assert {c.department for c in rows} == {"栖梧职业技术学院"}


def test_form_titled_yijian_zhengji_biao(tmp_path):
    docx = __import__("pytest").importorskip("docx")
    d = docx.Document()
    d.add_paragraph("栖梧市“十五五”养老服务体系建设规划（征求意见稿）")
    d.add_paragraph("意见建议征集表")
    t = d.add_table(rows=3, cols=4)
    for r, row in enumerate([["序号", "涉及章节及页码", "意见建议", "理由依据"],
                             ["1", "第三章（P16）", "建议将老年助餐服务向农村延伸。", "农村老年人吃饭难。"],
                             ["2", "第四章（P25）", "建议增加支持基层老年人协会建设的内容。", "普遍缺乏经费。"]]):
        for k, v in enumerate(row):
            t.cell(r, k).text = v
    d.add_paragraph("填报单位：栖梧市老年人协会　　　填报人：龚某")
    p = tmp_path / "征集表.docx"
    d.save(p)
    rows = ca.read_comments(p)
    assert [c.text[:6] for c in rows] == ["建议将老年助", "建议增加支持"]
    assert {c.department for c in rows} == {"栖梧市老年人协会"}


def test_general_praise_paragraph_before_points(read_written):
    letter = ("栖梧市医疗保障局\n关于对《栖梧市养老服务体系建设规划（征求意见稿）》的意见\n\n市民政局：\n"
              "　　我局认真研读了《规划（征求意见稿）》。我们认为，《规划》坚持问题导向和目标导向，作出了系统部署，"
              "总体框架合理，主要指标设置基本符合我市实际。其中涉及医疗保障的内容，与省医疗保障规划的总体思路基本衔接。\n"
              "　　具体意见如下：\n　　一、建议将第22页“全部纳入医保定点管理”修改为“符合条件的可按规定申请纳入”。\n"
              "　　二、建议在第三章增加异地就医直接结算向养老机构延伸的内容。\n\n　　以上意见供参考。\n\n"
              "　　　　栖梧市医疗保障局\n　　　　2025年9月11日\n")
    rows = read_written("医保局意见.txt", letter)
    assert [c.text[:6] for c in rows] == ["建议将第22", "建议在第三章"]


def test_hiring_a_carer_is_no_request(read_written):
    export = ("编号：YJ-0015\n留言人：赵女士\n留言时间：2025-09-10 14:02:31\n留言主题：长期护理保险\n"
              "留言内容：我母亲脑梗后失能五年了，一直是我一个人照顾，请保姆一个月要六七千，实在负担不起。"
              "希望长期护理保险能尽快在栖梧县推开，让我们这样的家庭减轻点负担。\n处理状态：已转办\n"
              "========================================\n"
              "编号：YJ-0016\n留言人：钱先生\n留言时间：2025-09-11 09:00:00\n留言主题：建议\n"
              "留言内容：建议公办养老机构公开床位轮候信息。\n处理状态：已转办\n")
    rows = read_written("留言导出.txt", export)
    assert len(rows) == 2 and rows[0].text.startswith("我母亲") and rows[0].text.endswith("减轻点负担。")


def test_praise_only_messages_set_aside(read_written):
    csv = ("序号,提交人,提交时间,意见内容\n1,孙**,2025-09-06,非常赞同规划内容，希望早日落地！\n"
           "2,钱**,2025-09-07,养老是每个家庭的大事，政府想在了老百姓前头，感谢！\n"
           "3,李**,2025-09-08,非常赞同规划内容，希望增加社区养老床位。\n")
    rows = read_written("export.csv", csv)
    assert [c.text[:6] for c in rows] == ["非常赞同规划"] and "增加" in rows[0].text
    assert len(rows.skipped) >= 2


_MINUTES = ("栖梧市养老服务规划座谈会纪要\n\n时间：2025年9月3日上午\n"
            "出席：市人大代表陈慧娟（锦绣社区党委书记），市政协委员林志恒（某医院老年医学科主任），"
            "栖梧市福寿康养老服务有限公司总经理曹建明，老年人代表张德生（退休教师），市民政局有关同志。\n"
            "记录：邵某\n\n　　现将发言情况纪要如下：\n\n{body}\n\n（根据会议记录整理）\n")


def test_run_on_attendance_line_names_the_speakers(read_written):
    body = ("　　陈慧娟代表提出两点建议：第一，建议加大对社区养老服务站点运营的支持力度；第二，建议明确社区养老服务设施低偿使用政策。\n"
            "　　林志恒委员：我院老年医学科收治的患者中，出院后需要长期照护的比例很高，家属普遍缺乏照护技能。"
            "建议规划增加失能老年人家庭照护者培训的内容。\n"
            "　　曹建明：建议简化养老机构内设诊所备案手续。\n")
    rows = read_written("座谈会纪要.txt", _MINUTES.format(body=body))
    assert len(rows) == 4
    assert [c.department for c in rows] == ["栖梧市人大代表陈慧娟", "栖梧市人大代表陈慧娟", "栖梧市政协委员林志恒", "栖梧市福寿康养老服务有限公司"]
    assert rows[2].text.startswith("我院") and rows[2].text.endswith("培训的内容。")  # one speech, one request


def test_marked_speaker_with_post_in_brackets_over_the_speech(read_written):
    body = ("　　▲孙立华（栖梧医科大学护理学院副院长）\n"
            "　　建议规划明确养老护理员队伍建设目标；建议支持本地院校开设老年护理专业。\n"
            "　　▲郑秋实（栖梧省老龄科学研究中心主任）：建议在附件中增加重点任务分年度实施计划表。\n")
    rows = read_written("论证会纪要.txt", _MINUTES.format(body=body))
    assert [(c.speaker, c.department) for c in rows] == [("孙立华", "栖梧医科大学"), ("孙立华", "栖梧医科大学"),
                                                         ("郑秋实", "栖梧省老龄科学研究中心")]


def test_forwarder_saying_it_has_no_opinion_is_on_the_roster(read_written):
    # The forwarding bureau replied: 无其他意见. The 起草说明 must not count it as 逾期未反馈.
    mail = ("发件人：栖梧市教育局职成教科 <zcjk@jyj.example.gov.cn>\n收件人：ylfwk@mzj.example.gov.cn\n"
            "主题：转发：栖梧职业技术学院关于规划的意见\n时间：2025年9月14日 18:05\n\n"
            "市民政局养老服务科：\n　　现将栖梧职业技术学院反馈的意见转发给你们，请一并研究。我局对规划无其他意见。\n\n"
            "---------- 转发邮件 ----------\n"
            "发件人：栖梧职业技术学院教务处 <jwc@example.edu.cn>\n时间：2025年9月14日 15:41\n"
            "主题：关于规划的意见\n\n钟科长：\n　　1.建议在“人才队伍建设”部分明确支持建设养老服务专业群。\n\n"
            "栖梧职业技术学院教务处\n2025年9月14日\n联系人：章某　电话：82365518\n")
    rows = read_written("mail.txt", mail)
    assert [c.department for c in rows] == ["栖梧职业技术学院"]
    assert "栖梧市教育局" in rows.no_opinion_units


def test_attendees_proposing_together_in_minutes_keep_their_name(read_written):
    # 与会人员 looks like a 身份 word; in minutes it names who proposed, never the public.
    import importlib.resources as res
    text = (res.files("consultagg") / "data" / "demo" / "minutes_ocr.txt").read_text(encoding="utf-8")
    rows = read_written("minutes.txt", text)
    group = [c for c in rows if c.meta.get("subject") == "与会人员"]
    assert group and all(c.department == "与会人员" for c in group)
