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


def test_a_members_letter_self_introduction_praise_agreement_and_an_offering_close_are_no_opinions():
    letter = parse_letter("关于《条例》的几点意见\n\n市住建局：\n　　收到贵局寄来的征求意见稿，我认真读了两遍。我是市政协委员，在雁江大学从事城市设计教学二十余年，"
                          "也参加过几个老旧小区改造项目的评审。总的感觉是，这部条例写得很实，第十九条的规定我非常赞成。\n"
                          "　　下面谈几点不成熟的想法，供参考。\n　　第一，建议在第二十条之后增加社区规划师的规定。\n"
                          "　　第二，第三十七条控制拆除比例的规定很好，我完全支持，不必再改。\n"
                          "　　以上意见不一定对，请酌定。如有需要，我愿意参加后续的调研和论证。\n\n雁江市政协委员　梁某\n2024年5月12日\n")
    assert [o.text for o in letter.opinions] == ["建议在第二十条之后增加社区规划师的规定。"]


def test_an_associations_own_history_and_a_listed_offer_are_context():
    letter = parse_letter("市住房和城乡建设局：\n　　雁江市房地产业协会成立于1998年，现有会员单位237家，积累了一定经验，也遇到了不少困难。\n"
                          "　　现将主要意见报告如下：\n　　（1）建议增加协议方式确定实施主体的规定。\n　　（2）建议明确容积率奖励的兑现方式。\n"
                          "　　此外，协会愿意积极配合主管部门做好条例实施工作：一是组织会员单位参与试点；二是协助开展政策宣讲。\n"
                          "　　以上意见，敬请研究采纳。\n\n雁江市房地产业协会\n")
    assert [o.text for o in letter.opinions] == ["建议增加协议方式确定实施主体的规定。", "建议明确容积率奖励的兑现方式。"]


def test_a_no_change_reply_telling_its_work_and_a_past_suggestion_to_the_government_asks_nothing():
    letter = parse_letter("市住房和城乡建设局：\n　　来函收悉。现将有关情况函复如下：\n　　一、我局参与城市更新工作的基本情况\n"
                          "　　（一）市容环境整治。累计完成背街小巷整治186条。\n"
                          "　　（二）违法建设治理。累计拆除违法建设27.6万平方米。2023年9月，我局曾建议市人民政府建立同步改造工作机制，市人民政府已予采纳。\n"
                          "　　二、对《条例（征求意见稿）》的意见\n　　我局对《条例（征求意见稿）》无修改意见。\n　　特此函复。\n\n雁江市城市管理局\n")
    assert not letter.opinions and letter.no_opinion


def test_a_form_unit_line_below_the_table_with_the_filler_in_after_it():
    letter = parse_letter("意见反馈表\n一、建议增加教育设施配置要求。\n反馈单位（盖章）：雁江市教育局\u3000\u3000\u3000填表人：高某\n")
    assert letter.unit == "雁江市教育局"


EXPORT = ("【记录1】\n留言人：李**\n留言标题：加装电梯\n留言时间：2024-04-28 20:14:33\n留言内容：建议老旧小区改造时同步加装电梯。\n"
          "答复状态：已答复\n答复内容：感谢您的关注。\n----------\n【记录2】\n留言人：雁江市荣晟建筑设计有限公司\n留言标题：设计竞赛\n"
          "留言时间：2024-04-29 09:00:00\n留言内容：建议城市更新项目的方案设计可以采用设计竞赛方式确定。\n答复状态：未答复\n")


def test_an_exports_answer_status_is_a_field_and_a_company_posting_writes_for_itself():
    letter = parse_letter(EXPORT)
    assert [(o.department, o.text) for o in letter.opinions] == [
        ("社会公众", "建议老旧小区改造时同步加装电梯。"), ("雁江市荣晟建筑设计有限公司", "建议城市更新项目的方案设计可以采用设计竞赛方式确定。")]
    assert letter.opinions[0].speaker == "李**"


def test_a_scans_numbered_line_with_an_open_quote_wraps_on_and_a_running_head_after_a_page_number_is_set_aside():
    scan = ("市住建局:\n    一、具体修改意见\n    (一)第三十七条规定\"城市更新中拆除建筑面积原则\n上不得超过现状总建筑面积的20%\",建议增加"
            "\"历史街区内不得拆除\n历史建筑\"的规定。\n    (二)建议在第三十八条中明确,城市更新项目在编制实\n\n"
            "                              - 1 -\n\n\n雁文旅函 [2024] 33 号\n施方案前,应当开展历史文化资源调查评估。\n"
            "    特此函复。\n\n                    雁江市文化广电旅游局\n")
    letter = parse_letter(scan)
    assert [o.text for o in letter.opinions] == [
        "第三十七条规定\"城市更新中拆除建筑面积原则上不得超过现状总建筑面积的20%\",建议增加\"历史街区内不得拆除历史建筑\"的规定。",
        "建议在第三十八条中明确,城市更新项目在编制实施方案前,应当开展历史文化资源调查评估。"]


def test_a_semicolon_inside_straight_quotes_cuts_no_request():
    from consultagg.extract._sentences import request_cuts
    assert request_cuts('建议修改为"历史建筑应当原址保护;因公共利益确需迁移的,应当报批"。') == []
