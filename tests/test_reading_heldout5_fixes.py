"""Reader cases written after the fifth set of 15 documents by someone else (江西, 山东, 贵州, 新疆,
天津) failed on them; each failed before the fix. New texts."""

from consultagg.extract.letters import parse_letter
from consultagg.extract.units import is_unit


def test_a_province_whose_name_starts_like_a_courtesy_word_is_a_unit():
    assert is_unit("贵州省林业局") and not is_unit("贵厅") and not is_unit("各单位")
    letter = parse_letter("省发展改革委：\n一、建议补充石漠化治理内容。\n二、建议增加林下经济内容。\n特此函复。\n"
                          "联系人：杨某，电话：0851-8652xxxx\n贵州省林业局\n2021年6月18日")
    assert letter.unit == "贵州省林业局" and len(letter.opinions) == 2


def test_page_numbers_between_dots_and_a_letterhead_above_the_salutation():
    letter = parse_letter("黔南布依族苗族自治州发展和改革委员会\n\n省大数据局：\n1.建议将算力专线纳入重点项目清单。\n·1·\n"
                          "2.建议支持承接数据中心集群的算力溢出。\n黔南州发展改革委\n2021年9月3日")
    assert [o.text for o in letter.opinions] == ["建议将算力专线纳入重点项目清单。", "建议支持承接数据中心集群的算力溢出。"]


def test_a_participants_list_gives_each_expert_his_body():
    m = parse_letter("专家论证会纪要\n参会专家：\n陈某某 青原大学建筑学院教授\n黄某某 北岭师范大学地理学院副教授\n"
                     "一、专家发言\n黄某某副教授认为，规划对湿地的阐述不足，建议补充洲滩湿地分类管控措施。\n"
                     "陈某某：建议补充城市更新指引。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["北岭师范大学", "青原大学"]


def test_a_reply_written_above_the_messages_it_forwards_is_read():
    text = ("发件人：北岭区科技局综合科 <a@b.cn>\n收件人：市科技局政策法规处 <c@d.cn>\n日期：2023年2月21日\n"
            "主题：转发：关于征求《行动计划（征求意见稿）》意见的通知——北岭区科技局反馈\n\n"
            "市科技局政策法规处：\n区政府办公室将贵局通知转我局办理。我局意见如下：\n"
            "一、建议明确概念验证中心的认定标准。\n二、建议将区级技术转移机构纳入技术合同登记点布局。\n\n"
            "北岭区科学技术局\n\n---------- 转发的邮件 ----------\n发件人：北岭区政府办公室 <e@f.cn>\n日期：2023年2月16日\n"
            "主题：转发：关于征求意见的通知\n收件人：北岭区科技局综合科 <a@b.cn>\n\n请区科技局研究提出意见，于2月22日前反馈市科技局。\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["建议明确概念验证中心的认定标准。", "建议将区级技术转移机构纳入技术合同登记点布局。"]


def test_meeting_fields_with_spaced_labels_stand_alone():
    m = parse_letter("专家论证会纪要\n时　间：2022年5月26日上午\n地　点：省自然资源厅6楼会议室\n"
                     "陈某某（青原大学）：建议补充城市更新指引。\n", kind="minutes")
    assert [why for t, why in m.skipped if t.startswith(("时", "地"))] == ["会议信息", "会议信息"]
    assert [o.text for o in m.opinions] == ["建议补充城市更新指引。"]
