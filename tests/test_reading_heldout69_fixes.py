"""Release blockers found by letters set 69 (tests/data/letters_heldout69), each with texts written
anew for the test: they failed before the fix."""


def test_a_deputy_s_suggestion_inside_a_congress_transfer_slip():
    # Lost and false before: the slip (建议编号/主办单位/办理要求：…请…研究吸收) was read as minutes, its
    # fields as speakers (主办, 领衔) and the five requests were lost; as a letter the problems told
    # before 为此，建议： were three opinions and the deputy was no unit.
    from consultagg.extract import parse_letter
    text = ("某省人民代表大会常务委员会代表工作委员会\n代表建议转办单\n\n"
            "建议编号：第0211号　　　　转办日期：2026年5月8日\n主办单位：省交通运输厅\n"
            "办理要求：本件系代表在闭会期间提出的建议，请在规划修改中认真研究吸收，并于三个月内答复代表。\n"
            "━━━━━━━━━━━━━━━━━━━━\n"
            "关于加强农村公路养护的建议\n"
            "领衔代表：甘某某（某市代表团，某县某镇党委书记）\n附议代表：罗某、贝某\n"
            "　　近年来，我省农村公路里程快速增长，但养护仍存在短板：一是养护资金不足，每公里补助偏低；"
            "二是养护队伍老化；三是重建轻养现象普遍。\n"
            "　　为此，建议：\n"
            "　　一、将农村公路养护资金纳入省级财政预算。\n"
            "　　二、推行农村公路路长制，明确县乡村三级养护责任。\n\n"
            "　　　　　　　　代表（签名）：甘某某\n　　　　　　　　2026年5月2日\n")
    letter = parse_letter(text)
    assert [(o.department, o.text) for o in letter.opinions] == [
        ("某省人大代表甘某某", "将农村公路养护资金纳入省级财政预算。"),
        ("某省人大代表甘某某", "推行农村公路路长制，明确县乡村三级养护责任。")]


def test_problems_told_before_a_therefore_lead_are_its_grounds():
    # False before: the problems of the trade (规划引导 in them naming no draft) told before 针对上述问题，提出如下建议： were opinions; a
    # fault found in the draft itself, asked after the lead, stays one.
    from consultagg.extract import parse_letter
    text = ("某木业公司关于规划的意见\n\n"
            "　　近年来，全省木材加工业发展较快，但仍存在短板：一是原料供应不稳定；二是融资成本偏高；三是园区建设缺乏规划引导，“散乱污”问题仍然突出。\n"
            "　　针对上述问题，提出如下建议：\n"
            "　　1.建议规划增加木材储备基地建设内容。\n"
            "　　2.规划对林产品加工园区的用地保障着墨不足，建议补充。\n\n"
            "某木业有限公司\n2026年6月1日\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["建议规划增加木材储备基地建设内容。", "规划对林产品加工园区的用地保障着墨不足，建议补充。"]
    assert {o.department for o in letter.opinions} == {"某木业有限公司"}
