"""Reader cases written after the ninth set of 15 documents by someone else failed on them; each
failed before the fix. New texts, not the set's."""

from consultagg.extract.letters import parse_letter


def test_an_offer_of_support_a_plea_to_consider_and_a_read_and_praised_opening_are_no_opinions():
    letter = parse_letter("北岭理工大学关于《科技创新规划》的修改建议\n市科技局：\n"
                          "《规划》文本已拜读，总体很好。有几点小建议：\n1. 建议增加科技成果转化的考核指标。\n"
                          "2. 建议明确高校科研平台的建设任务。\n我校在成果转化方面积累了一定经验，愿为《规划》实施提供智力支撑。\n"
                          "请你局在修改完善时一并考虑。\n仅供参考。\n北岭理工大学\n2025年3月2日")
    assert [o.text for o in letter.opinions] == ["建议增加科技成果转化的考核指标。", "建议明确高校科研平台的建设任务。"]


def test_a_federation_named_short_takes_the_full_name_of_the_attendance_line():
    m = parse_letter("座谈会纪要\n北岭县教育局、北岭县工商业联合会等单位负责同志参加会议。\n"
                     "县工商联代表建议，在优化营商环境部分增加涉企政策直达的表述。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["北岭县工商业联合会"]


def test_a_form_named_by_its_draft_and_signed_with_a_date_in_the_unit_line():
    m = parse_letter("意见反馈表\n方案名称：《北岭区老旧小区改造实施方案（征求意见稿）》\n"
                     "反馈单位：北岭区东关街道南苑社区居民委员会（盖章）2025年5月12日\n"
                     "1.建议将雨污分流改造纳入基础类改造内容。\n2.建议增设电动自行车集中充电棚。\n其他：无\n")
    assert m.unit == "北岭区东关街道南苑社区居民委员会"
    assert [o.text for o in m.opinions] == ["建议将雨污分流改造纳入基础类改造内容。", "建议增设电动自行车集中充电棚。"]
    assert not m.no_opinion


def test_a_scanned_letter_whose_opening_wraps_inside_a_title_and_whose_date_carries_the_release_note():
    text = ("北 岭 市 水 务 局\n\n关于《北岭市节约用水条例\n（征求意见稿）》的意见\n\n市司法局：\n"
            "    你局《关于征求〈北岭市节约用水条例（征求意见\n稿）〉意见的函》收悉。经研究，现提出如下意见：\n"
            "    1. 第十条建议增加计划用水\n管理的内容。\n    2. 建议删除第二十条第三款。\n    以上意见供参考。\n\n"
            "                        北岭市水务局\n                        2O25年5月9日（此件公开发布）\n")
    letter = parse_letter(text)
    assert letter.unit == "北岭市水务局"
    assert [o.text for o in letter.opinions] == ["第十条建议增加计划用水管理的内容。", "建议删除第二十条第三款。"]


def test_a_unit_passing_on_its_residents_request_in_a_running_paragraph_speaks_for_itself():
    m = parse_letter("评审会纪要\n区财政局、东关街道办事处、南苑社区居委会派员参加。\n"
                     "区财政局提出，建议细化资金来源；东关街道办事处反映，建议明确无主管楼栋的实施主体；"
                     "南苑社区居委会转达居民意见，希望施工期间合理安排作业时间。\n", kind="minutes")
    assert [o.department for o in m.opinions] == ["区财政局", "东关街道办事处", "南苑社区居委会"]
    assert m.opinions[-1].text.startswith("希望施工期间")
