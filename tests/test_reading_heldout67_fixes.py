"""Release blockers found by letters set 67 (tests/data/letters_heldout67), each with texts written
anew for the test: they failed before the fix. (The owners' committee letter read as minutes is in
tests/test_reading_heldout66_fixes.py.)"""

from consultagg.extract import parse_letter
from consultagg.extract.units import split_office


def test_a_street_office_s_section_speaks_for_the_street_office():
    # Misattributed before: 柘门街道办事处城建科 stayed a unit of its own.
    assert split_office("柘门街道办事处城建科") == ("柘门街道办事处", "城建科")
    text = ("居民代表座谈会纪要\n\n时间：2026年3月2日\n主持人：市水务局副局长\n\n"
            "钱某某（柘门街道办事处城建科科长）：建议规划明确柘门渠调蓄公园的征迁安置方案。\n"
            "孙某（居民代表）：建议在小区出入口加装挡水板。\n")
    letter = parse_letter(text)
    assert [o.department for o in letter.opinions] == ["柘门街道办事处", "社会公众"]


def test_a_closing_plea_is_not_part_of_the_last_request():
    # False before: 我们相信政府是真心想为老百姓办实事的，恳请予以重视。 ran on as part of the last request.
    text = ("关于规划的意见\n\n市水务局：\n    现提出以下意见：\n"
            "    第一，把桂园小区列为近期治理重点。\n"
            "    第二，希望编制组到小区召开一次说明会。\n"
            "    我们相信政府是真心想为老百姓办实事的，恳请予以重视。\n\n"
            "                桂园小区业主委员会\n                2026年3月12日\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["把桂园小区列为近期治理重点。", "希望编制组到小区召开一次说明会。"]


def test_a_complaint_ending_in_a_plea_to_heed_it_stays_an_opinion():
    # The control: a fault told, then 恳请领导予以重视, is the opinion itself.
    text = ("市水务局：\n    小区门口的雨水井堵了三个月，一下雨就积水，恳请领导予以重视。\n\n    桂园小区业主　钱某\n    2026年3月12日\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["小区门口的雨水井堵了三个月，一下雨就积水，恳请领导予以重视。"]


def test_a_speaker_s_further_request_in_a_paragraph_of_its_own_is_theirs():
    # Lost before: 同时，…建议… on its own line under a speaker's numbered turn was set aside as 会议记述.
    text = ("居民代表座谈会纪要\n\n一、与会代表发言情况\n"
            "（一）桂园街道办事处副主任钱某：辖区地势低，建议规划在桂园片区增设一座排涝泵站。\n"
            "同时，街道防汛力量薄弱，建议明确街道防汛物资储备点的配置标准。\n"
            "起草组回应：泵站问题规划已有考虑。\n"
            "（二）居民代表孙某：建议出一个通俗版的规划解读材料。\n")
    letter = parse_letter(text)
    assert [(o.department, o.text) for o in letter.opinions] == [
        ("桂园街道办事处", "辖区地势低，建议规划在桂园片区增设一座排涝泵站。"),
        ("桂园街道办事处", "同时，街道防汛力量薄弱，建议明确街道防汛物资储备点的配置标准。"),
        ("社会公众", "建议出一个通俗版的规划解读材料。")]
