"""Reader cases written after the twenty-seventh set of 15 documents by someone else failed on them.
New texts, not the set's; each failed before its fix."""

from consultagg.extract.letters import parse_letter

FORWARD = ("发件人: 冯某 <feng@sfj.example.gov.cn>\n收件人: 市住建局更新处 <gxc@zjj.example.gov.cn>\n日期: 2024年5月19日 09:03\n"
           "主题: 转发: 市律协对条例征求意见稿的意见\n\n更新处同志：\n市律师协会将对条例征求意见稿的意见报送到了我处，现转给你们，请一并研究。\n\n"
           "冯某\n市司法局立法二处\n0876-8230271\n\n---------- 转发的邮件 ----------\n"
           "发件人: 雁江市律师协会秘书处 <msc@lawyers.example.org>\n日期: 2024年5月18日 17:26\n主题: 市律协的意见\n"
           "收件人: 市司法局立法二处 <lfec@sfj.example.gov.cn>\n\n市司法局立法二处：\n　　意见如下：\n"
           "　　一、建议明确三种更新方式的适用情形。\n　　二、建议增加纠纷解决条款。\n　　以上意见供参考。\n\n雁江市律师协会\n2024年5月18日\n")


def test_a_forwarding_note_asking_to_weigh_the_message_is_no_reply_of_its_own():
    letter = parse_letter(FORWARD)
    assert [o.text for o in letter.opinions] == ["建议明确三种更新方式的适用情形。", "建议增加纠纷解决条款。"]
    assert letter.unit == "雁江市律师协会"


PANEL = ("《条例》专家论证会记录\n\n时间：2024年5月15日\n主持人：卢某（市住房和城乡建设局总工程师）\n论证专家：\n"
         "　　杜某某　雁江大学法学院教授（专家组组长）\n　　蓝某某　雁江正衡律师事务所高级合伙人、律师\n"
         "起草组：市住房和城乡建设局政策法规科\n记录人：黎某\n\n【专家发言】\n\n卢某：请各位专家发表意见。\n\n"
         "杜某某：我从立法技术角度谈几点。\n　　第一，第十八条的表决规则直接套用并不妥当。建议授权市人民政府另行规定表决规则。\n"
         "　　第二，第四十七条规定的“责令停业整顿”，设区的市可以设定，这个没有问题。\n\n"
         "起草组（黎某）：关于表决规则，起草组参考了外地的立法例。\n\n杜某某：外地的做法也有被撤销的案例，我还是坚持删除的意见。\n\n"
         "蓝某某：我从实务角度讲一下。近年来我所代理了十余起相关案件，主要集中在补偿安置环节。条例第十八条规定征询结果应当公示，"
         "建议明确征询的期限。条例的整体框架我是认同的，其他没有意见。\n")


def test_an_expert_panels_roster_under_an_empty_field_is_no_speech_and_the_points_below_a_lead_in_are_the_speakers():
    m = parse_letter(PANEL, kind="minutes")
    got = [(o.department, o.text) for o in m.opinions]
    assert got == [("雁江大学", "第十八条的表决规则直接套用并不妥当。建议授权市人民政府另行规定表决规则。"),
                   ("雁江正衡律师事务所", "条例第十八条规定征询结果应当公示，建议明确征询的期限。")]
