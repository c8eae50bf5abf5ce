"""Reader cases written after the sixth set of 15 documents by someone else (赣州, 宜昌, 黄山, 包头)
failed on them; each failed before the fix. New texts."""

from consultagg.extract.letters import parse_letter
from consultagg.extract.units import abbreviates


def test_an_abbreviated_organ_takes_the_full_name_its_signature_gives():
    letter = parse_letter("市发改委关于《物流业发展规划（征求意见稿）》的意见\n市商务局：\n"
                          "1.建议补充多式联运枢纽布局。\n2.建议明确冷链物流设施用地保障。\n"
                          "平川市发展和改革委员会\n2023年4月2日")
    assert letter.unit == "平川市发展和改革委员会"
    assert [o.department for o in letter.opinions] == ["平川市发展和改革委员会"] * 2


def test_what_an_abbreviation_is():
    assert abbreviates("市发改委", "平川市发展和改革委员会")
    assert abbreviates("北方稀土公司", "中国北方稀土（集团）高科技股份有限公司")
    assert abbreviates("稀土高新区", "包头稀土高新技术产业开发区管理委员会")
    assert not abbreviates("市委", "平川市委宣传部")
    assert not abbreviates("市交通局", "平川市公安局交通警察支队")


def test_a_short_heading_over_numbered_requests_is_a_container_and_praise_is_not_an_opinion():
    letter = parse_letter("报送单位：平川市东岭区人民政府\n市水务局：\n一、总体意见\n"
                          "原则同意规划主要内容。规划对我区水系的功能定位基本准确，符合东岭区实际。\n"
                          "二、具体意见\n1.补充重点项目\n①建议将东岭河生态修复工程纳入重点项目。\n"
                          "②建议将北湖清淤工程纳入重点项目。\n2.建议核实表3中北湖面积数据。\n")
    assert [o.text for o in letter.opinions] == ["建议将东岭河生态修复工程纳入重点项目。", "建议将北湖清淤工程纳入重点项目。",
                                                 "建议核实表3中北湖面积数据。"]


def test_review_minutes_a_group_heading_speaks_for_its_points_and_the_fields_and_lead_in_are_not_opinions():
    m = parse_letter("专家评审会纪要\n主 持 人：林某（市规划局局长）\n评审专家：王某（青原大学教授）、李某（北岭学院教授）\n"
                     "专家组认为，规划成果内容完整，原则同意通过评审。建议按以下意见修改完善：\n"
                     "一、与会专家提出\n1.进一步明确历史街区的建设管控规则。\n2.城镇开发边界扩展倍数偏大，应适当压减。\n"
                     "二、部门意见\n市水务局：建议补充海绵城市建设指标。\n"
                     "会议要求：编制单位根据评审意见修改完善。\n", kind="minutes")
    assert [o.text for o in m.opinions] == ["进一步明确历史街区的建设管控规则。", "城镇开发边界扩展倍数偏大，应适当压减。",
                                            "建议补充海绵城市建设指标。"]
    # (与会专家提出: the experts, as set 6's own truth names them; 与会人员 before set 90)
    assert [o.department for o in m.opinions] == ["与会专家", "与会专家", "市水务局"]


def test_a_speaker_named_short_takes_the_full_name_the_attendance_line_gives():
    m = parse_letter("意见协调会会议纪要\n参会单位：平川市自然资源局、平川高新技术产业开发区管理委员会、中国南方铝业（集团）股份有限公司\n"
                     "（一）高新区管委会提出：建议将铝基新材料列为优先发展方向。\n"
                     "（二）南方铝业公司提出，建议删除具体产能数字。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["平川高新技术产业开发区管理委员会", "中国南方铝业（集团）股份有限公司"]


def test_a_members_personal_email_is_his_capacity_and_his_signature_is_no_opinion():
    text = ("发件人: 周某 <zm@163.com>\n收件人: 省卫健委规划处 <a@b.cn>\n主题: 回复: 征求意见\n\n规划处各位同志：\n\n"
            "你们好！规划稿已认真学习，总体感觉内容全面、思路清晰。作为省政协委员，结合调研情况，提几点不成熟的意见：\n\n"
            "1、建议明确基层医疗机构的编制标准。\n\n2、建议增加全科医生培养的内容。\n\n以上意见仅供参考。\n\n"
            "周某\n青原省政协委员、北岭学院教授\n手机：138 0000 ××××\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["建议明确基层医疗机构的编制标准。", "建议增加全科医生培养的内容。"]
    assert letter.unit == "青原省政协委员"


def test_an_email_signature_naming_the_organ_in_full_is_trusted_before_the_senders_display_name():
    text = ("发件人：平川卫健委疾控处 <a@126.com>\n收件人：b@c.gov.cn\n主题：意见\n\n周处长：\n\n"
            "你好！建议在第五章增加环境健康风险监测的内容。\n\n谢谢！\n\n"
            "平川市卫生健康委员会疾病预防控制处\n莫某\n电话：0771-2802xxx\n")
    letter = parse_letter(text)
    assert letter.unit == "平川市卫生健康委员会" and len(letter.opinions) == 1


def test_a_university_institutes_office_speaks_for_the_university():
    from consultagg.extract.units import split_office
    assert split_office("北岭大学科学技术研究院成果转化办公室") == ("北岭大学", "科学技术研究院成果转化办公室")
    assert split_office("北岭大学出版社") == ("北岭大学出版社", None)


def test_a_remark_on_the_whole_draft_under_its_label_and_what_follows_it_are_context():
    letter = parse_letter("填报单位：平川市水务局\n总体意见：规划文本结构完整，与省级规划衔接较好，我单位原则同意。\n"
                          "具体意见：\n其一，建议补充水源地保护任务。\n其二，建议完善附图图例。\n")
    assert [o.text for o in letter.opinions] == ["建议补充水源地保护任务。", "建议完善附图图例。"]
    letter = parse_letter("平川市文化和旅游局：\n一、总体意见\n规划思路清晰、内容全面，我委原则同意。规划的实施对我区文旅融合发展具有重要意义。\n"
                          "二、具体意见\n1.建议补充遗址公园建设内容。\n\n平川新区管理委员会\n2025年3月1日")
    assert [o.text for o in letter.opinions] == ["建议补充遗址公园建设内容。"]


def test_a_reply_forwarded_by_its_own_unit_under_fw_is_read_from_the_forwarded_message():
    text = ("From: 张某 <z@a.cn>\nTo: 王科长 <w@b.gov.cn>\nSubject: FW: 规划意见反馈\n\n王科长：\n\n"
            "您好！现将我司意见转发给您，具体意见见下方邮件。如需正式盖章文件，我们另行报送。\n\n张某\n战略发展部\n"
            "平川城市运营集团有限公司\n\n-----原始邮件-----\n发件人：李某 <l@a.cn>\n收件人：张某 <z@a.cn>\n主题：规划意见\n\n"
            "张部长：\n\n汇总意见如下：\n\n一是建议明确数据底座的建设运营主体。\n二是建议将算力指标分解到年度。\n\n李某\n技术研发部\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["建议明确数据底座的建设运营主体。", "建议将算力指标分解到年度。"]


def test_a_reply_forwarded_inside_one_organisation_takes_the_forwarders_unit():
    text = ("From: 张某 <z@pcyy.com.cn>\nTo: 王科长 <w@b.gov.cn>\nSubject: FW: 规划意见反馈\n\n王科长：\n\n"
            "您好！现将我司意见转发给您，具体意见见下方邮件。\n\n张某\n战略发展部\n"
            "平川城市运营集团有限公司\n\n-----原始邮件-----\n发件人：李某 <l@pcyy.com.cn>\n收件人：张某 <z@pcyy.com.cn>\n"
            "主题：规划意见\n\n张部长：\n\n汇总意见如下：\n\n一是建议明确数据底座的建设运营主体。\n二是建议将算力指标分解到年度。\n\n"
            "李某\n技术研发部\n\n> -----Original Message-----\n> From: 平川市工信局规划科 <g@b.gov.cn>\n>\n"
            "> 各有关单位：\n> 请认真研究并提出修改意见，于8月30日前反馈。\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["建议明确数据底座的建设运营主体。", "建议将算力指标分解到年度。"]
    assert letter.unit == "平川城市运营集团有限公司"


def test_minutes_speakers_with_a_comma_in_their_brackets_a_dotted_name_and_a_group_company_named_short():
    m = parse_letter("立法座谈会纪要\n参会单位：平川建兴水务投资集团有限责任公司\n专家组：\n"
                     "买买提·吐尔逊　北岭大学法学院教授（组长）\n\n"
                     "刘某委员（市政协委员，平川某律师事务所主任）认为，草案第三十二条缺少违约责任，建议增设法律责任条款。\n\n"
                     "王某（市人大代表，某社区党委书记）：建议增加街道对业主委员会的年度评议。\n\n"
                     "买买提·吐尔逊教授认为，建议删除第四十一条第二款。\n\n"
                     "（四）建兴水务集团：建议明确管网改造的资金来源。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["市政协委员", "市人大代表", "北岭大学",
                                                  "平川建兴水务投资集团有限责任公司"]
