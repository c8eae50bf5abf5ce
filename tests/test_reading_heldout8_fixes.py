"""Reader cases written after the eighth set of 15 documents by someone else (昆明, 杭州, 重庆, 西宁,
郑州, 北京, 太原, 长沙) failed on them; each failed before the fix. New texts."""

from consultagg.extract.letters import parse_letter
from consultagg.extract.units import split_office


def test_a_unit_whose_name_starts_with_a_surname_is_no_person():
    m = parse_letter("征求意见会纪要\n出席单位：平川市司法局、平川市城市管理局\n"
                     "市司法局：建议删除重复性规定。\n市城市管理局：建议明确集中充电设施的建设主体。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["平川市司法局", "平川市城市管理局"]


def test_a_street_office_is_an_organ_and_a_deputy_takes_the_capacity_the_attendance_line_gives():
    assert split_office("劲松街道办事处") == ("劲松街道办事处", None)
    m = parse_letter("座谈会纪要\n参会人员：北岭市东城区人大代表张某兰，东城区政协委员孙某新\n"
                     "区人大代表张某兰说，建议方案增加加装电梯的协商机制。\n"
                     "区政协委员孙某新认为，建议挖掘小区周边停车资源。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["北岭市东城区人大代表张某兰", "东城区政协委员孙某新"]


def test_a_governments_general_office_writing_for_the_government_gives_the_government():
    text = ("平川市东岭区人民政府办公室\n关于《实施方案（征求意见稿）》修改意见的函\n市农业农村委：\n"
            "经区政府同意，现将我区修改意见函告如下：\n①建议对山区设置差异化目标。\n②建议将运维经费纳入市级补助范围。\n"
            "平川市东岭区人民政府办公室\n2024年3月27日")
    letter = parse_letter(text)
    assert letter.unit == "平川市东岭区人民政府" and len(letter.opinions) == 2
    own = parse_letter(text.replace("经区政府同意，现将我区修改意见函告如下", "现将我办修改意见函告如下"))
    assert own.unit == "平川市东岭区人民政府办公室"


def test_a_paragraph_that_only_leads_up_to_the_points_and_praise_of_aims_and_measures_are_no_opinions():
    letter = parse_letter("报送单位：平川市软件行业协会\n市数据局：\n"
                          "按照贵局的安排，我会组织会员企业开展了专题研讨。大家一致认为，条例具有积极意义。现将修改建议报送如下。\n"
                          "首先，建议明确数据处理者的权益。\n其次，建议列明授权运营的具体条件。\n")
    assert [o.text for o in letter.opinions] == ["建议明确数据处理者的权益。", "建议列明授权运营的具体条件。"]
    none = parse_letter("平川市发展和改革委员会\n市教育局：\n你局来函收悉。规划立足我市产业需求，目标明确、措施可行。"
                        "经认真研究，我委对该规划无意见。\n特此函复。\n2024年6月3日")
    assert not none.opinions and none.no_opinion


def test_an_email_with_spaced_labels_a_note_asking_to_be_read_and_a_forward_with_routing():
    text = ("发件人：平川城投集团办公室 <b@pc.example.com>\n收件人：张科长 <l@gov.example.cn>\n主  题：回复：征求意见的函\n"
            "日  期：2024年9月2日\n\n张科长：\n\n您好！现将我集团对规划的意见转发给您，请查收。纸质件加盖公章后寄送。\n\n"
            "黄某\n办公室\n平川市城市建设投资开发集团有限公司\n\n---------- 转发的邮件 ----------\n发件人：集团规划发展部\n"
            "主题：规划意见\n收件人：集团办公室\n\n规划发展部提出如下意见：一是建议核实绿地面积统计；二是建议明确占补平衡办法。\n\n"
            "请办公室审核后统一报送市城管局。\n\n规划发展部　刘某\n")
    letter = parse_letter(text)
    assert [o.text.rstrip("；。") for o in letter.opinions] == ["建议核实绿地面积统计", "建议明确占补平衡办法"]
    assert letter.unit == "平川市城市建设投资开发集团有限公司"


def test_an_email_signature_with_an_inner_office_above_its_organ_gives_the_organ():
    text = ("From: 王某 <w@zjj.example.cn>\nTo: 立法处 <l@sfj.example.cn>\nSubject: Re: 征求意见\n\n立法处：\n\n"
            "1）建议删除第二十五条中“具有相应资质的”。\n2）建议将海绵城市内容单独作为一条。\n\n--\n王某\n政策法规科\n"
            "平川市住房和城乡建设局\n电话：0351-4226107\n")
    letter = parse_letter(text)
    assert letter.unit == "平川市住房和城乡建设局" and len(letter.opinions) == 2


def test_she_in_a_paragraph_is_the_speaker_named_earlier_in_that_paragraph_not_the_previous_one():
    # 她还提出 after 居民代表X说 in the same paragraph: X, not the deputy of the paragraph above
    m = parse_letter("座谈会纪要\n参会人员：东城区政协委员孙某新，南苑社区居民代表3名\n"
                     "区政协委员孙某新认为，建议挖掘小区周边停车资源。\n"
                     "居民代表王某芳（南苑社区）说，施工噪音大，希望方案明确施工时间。她还提出，建议同步引入专业化物业服务。\n",
                     kind="minutes")
    assert [o.department for o in m.opinions] == ["东城区政协委员孙某新", "南苑社区", "南苑社区"]
    two = parse_letter("座谈会纪要\n会上，区政协委员孙某新认为，建议挖掘小区周边停车资源。居民代表王某芳（南苑社区）说，施工噪音大，"
                       "希望方案明确施工时间。她还提出，建议同步引入专业化物业服务。\n", kind="minutes")
    assert [o.department for o in two.opinions][-1] == "南苑社区"


def test_an_experts_body_in_brackets_after_name_and_title_on_a_speaker_line():
    m = parse_letter("专家论证会纪要\n二、各位专家的具体意见\n周某某教授（北岭大学交通学院）：\n1.建议补充客流预测的敏感性分析。\n"
                     "钱某高级工程师（北岭市规划设计研究院）：\n建议优化2号线北段走向。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["北岭大学", "北岭市规划设计研究院"]
