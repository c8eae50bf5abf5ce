"""Release blockers found by letters set 105 (tests/data/letters_heldout105, written blind at the end of the round,
measured once with the reader of 008f7d0: 10/15 letters). The texts are written anew; each assertion failed before."""


def test_minutes_a_company_assistant_manager_and_a_second_topic(read_written):
    # Lost before: 某公司总经理助理某某发言。 was no speaker, so the company's requests were set aside as narration;
    # and 关于固体废物，…堆存量大，建议… after a first request stayed inside it.
    minutes = "\n".join(["座谈会纪要",
                         "    （一）某市生态环境局局长张某发言。他认为，规划对地下水污染防治的要求偏原则，建议增加地下水环境状况调查评估的任务。"
                         "关于固体废物，我市煤矸石历史堆存量大，建议在规划中增加大宗工业固废综合利用率目标。",
                         "    （二）某某发电有限责任公司总经理助理高某发言。他介绍了企业超低排放改造情况，提出：建议对已完成超低排放改造的燃煤电厂实行差异化管控。"])
    rows = read_written("座谈会纪要.txt", minutes)
    assert [(c.department, c.text[:6]) for c in rows[:2]] == [("某市生态环境局", "规划对地下水"), ("某市生态环境局", "关于固体废物")]
    assert len(rows) == 3 and rows[2].department == "某某发电有限责任公司" and "建议对已完成超低排放改造" in rows[2].text


def test_the_panel_s_conclusion_lists_its_requests_below_a_lead(read_written):
    # Lost and false before: 专家组认为，…同意通过论证。建议进一步修改完善： was an opinion of 与会人员 and the numbered
    # requests under it were set aside as narration.
    minutes = "\n".join(["专家论证会纪要", "一、专家发言", "（一）王某（某大学教授）：建议增加草原保护内容。", "二、专家组论证意见",
                         "专家组认为，规划指导思想明确，同意通过论证。建议进一步修改完善：", "1.加强规划与国土空间规划的衔接。",
                         "2.对重大工程项目进行优化筛选。", "三、专家组名单"])
    rows = read_written("论证会纪要.txt", minutes)
    assert [c.text for c in rows] == ["建议增加草原保护内容。", "加强规划与国土空间规划的衔接。", "对重大工程项目进行优化筛选。"]


def test_blocks_of_original_and_revised_wording_one_after_another(read_written):
    # Misread before: a block's 原文：“…” after the block above's 说明：… was read as going on with it, so one row held two
    # requests; and the cover saying how the blocks are laid out (采用原文、修改后文字对照的方式列出，请予采纳) was an opinion.
    letter = "\n".join(["自治区某厅关于《某规划（征求意见稿）》修改意见的函", "自治区生态环境厅：",
                        "    经研究，我厅对征求意见稿第七章有关内容提出修改意见，采用原文、修改后文字对照的方式列出，请予采纳。", "",
                        "    原文：“编制突发环境事件应急预案。”", "    修改为：“生态环境部门负责编制突发环境事件应急预案。”",
                        "    说明：根据有关规定，预案由生态环境部门编制。", "",
                        "    原文：“定期开展应急演练，要求企业全员参与。”", "    修改为：删除“要求企业全员参与”。",
                        "    说明：全员参与要求不符合实际。", "", "    特此函告。", "", "自治区某厅", "2021年3月18日"])
    rows = read_written("修改对照.txt", letter)
    assert len(rows) == 2 and "全员参与" not in rows[0].text and "全员参与" in rows[1].text


def test_a_message_that_praises_and_wishes_the_sky_bluer_is_no_opinion(read_sheet):
    rows = read_sheet("留言.xlsx", [["序号", "留言人", "留言内容"], [1, "网友", "规划写得很好，支持！希望我们的天更蓝、水更清。"],
                                    [2, "网友", "建议增加城区公厕。"]])
    assert [c.text for c in rows] == ["建议增加城区公厕。"]
