"""Failures letters set 33 showed (a blind set measured once at fbbb6ca), each a general rule.

Release blockers among them: the chair's name before a bureau (主持：何某某　市住房和城乡建设局副局长)
was read as a city, so deputies became 何某某市人大代表 (a false unit); ▲姚某表示，… after a speaker
heading went to the speaker above (misattribution).
"""

from __future__ import annotations


MEETING = ("《桐川市城市更新条例（草案征求意见稿）》\n基层立法联系点座谈会会议纪要\n\n"
           "时间：2025年9月23日上午9:30\n主持：何其琛　市住房和城乡建设局副局长\n出席：\n"
           "　　市人大代表　罗建新\n　　桥西街道办事处副主任　吴凯\n　　桥西街道红砖巷社区居委会主任　姚秀英\n记录：房宇\n\n"
           "　　会上，与会人员逐一发言。现纪要如下：\n\n"
           "　　▲市人大代表罗建新说，老旧小区改造是群众期盼多年的事情。他提出两点建议：一是建议明确居民出资的比例和方式；"
           "二是建议对改造后小区的长效管理作出规定。\n\n"
           "　　▲吴凯（桥西街道办事处副主任）：\n"
           "　　街道是城市更新工作的一线，很多具体工作要靠街道去做。提两条：\n"
           "　　1. 建议赋予街道在意愿征询中的组织职责。\n　　2. 建议对违法建设的处理作出规定。\n\n"
           "　　▲姚秀英表示，社区在前期入户摸底中发现，很多居民对更新政策不了解。建议条例规定更新项目启动前应当召开居民议事会。\n\n"
           "　　最后，何其琛作总结讲话。\n")


def test_chair_name_is_no_city_and_marked_reported_speech_has_its_speaker(read_written):
    rows = read_written("座谈会纪要.txt", MEETING)
    assert [c.speaker for c in rows] == ["罗建新", "罗建新", "吴凯", "吴凯", "姚秀英"]
    assert rows[0].department == "桐川市人大代表罗建新"
    assert not any("何其琛" in (c.department or "") for c in rows)
    assert rows[4].department.endswith("社区居委会")
    assert rows[2].text.startswith("建议赋予")  # the lead-in 提两条： is no opinion


def test_experts_listed_on_one_line_name_their_bodies(read_written):
    text = ("立法专家论证会纪要\n\n　　现将会议主要情况纪要如下：\n\n"
            "　　参会人员：\n　　专家：韩述之（泾川大学法学院教授）、钱蔚然（桐川市城市规划设计研究院总规划师）、"
            "汪峥（泾川濑江律师事务所主任、律师）\n\n"
            "　　钱蔚然认为，条例对规划传导的规定总体清晰：一是建议将更新单元规划与详细规划的关系进一步理顺；"
            "二是建议增加城市设计管控要求。\n\n"
            "　　▲汪峥：建议第十八条与招标投标法的适用范围做好区分。\n\n"
            "　　卢某提出，我市近年来有个别项目出现“拆真建假”的苗头，应当引起重视。建议对“留改拆”的顺序作出明确规定。\n")
    rows = read_written("论证会纪要.txt", text)
    assert [c.department for c in rows][:3] == ["桐川市城市规划设计研究院"] * 2 + ["泾川濑江律师事务所"]
    assert len(rows) == 4 and "拆真建假" in rows[3].text and "留改拆" in rows[3].text  # the plea opens the request
