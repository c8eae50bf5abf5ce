"""Release blockers found by letters set 90 (tests/data/letters_heldout90), each with texts written anew for
the test: they failed before the fix."""


def test_review_minutes_with_experts_under_numbered_headings(read_paragraphs):
    # Misattributed before: an expert from a 科学院's institute was given the unit of the 环境科学研究院 that drafted
    # the plan (科学院 read as short for 环境科学研究院, whose name the opening joined to 和规划编制单位), an expert
    # (its institute kept as the office, as the reader keeps every organ's inner unit), an expert
    # with a four-character name no surname list knows got her name as the unit, and 与会专家还提出 gave 与会人员.
    rows = read_paragraphs("评审会纪要.docx", [
        "《某自治区“十四五”某某规划（征求意见稿）》", "专家评审会纪要",
        "9月2日，自治区生态环境厅组织召开专家评审会。自治区财政厅、水利厅等部门代表和规划编制单位某自治区环境科学研究院参加会议。",
        "二、专家主要意见及起草组答复",
        "（一）白宝山研究员（某自治区科学院草原生态研究所）",
        "一是建议补充草原退化面积的最新数据。二是建议增加草畜平衡的内容。",
        "起草组答复：均予采纳。",
        "（二）其其格玛教授（某农业大学草业学院）",
        "建议明确牧区饮水安全的目标。",
        "起草组答复：采纳。",
        "（三）其他意见",
        "此外，与会专家还提出：一是建议精简现状描述；二是建议统一术语。",
        "起草组答复：均予采纳。"])
    assert [c.department for c in rows] == ["某自治区科学院"] * 2 + ["某农业大学"] + ["与会专家"] * 2


def test_a_government_office_sending_on_a_bureaus_signed_opinions(read_written):
    # Misattributed before: a city's 人民政府办公室 cover letter (关于转报市水务局对《…》修改意见的函) with the bureau's
    # own signed opinions attached gave every opinion to the 办公室, which neither wrote nor adopted them.
    text = ("某市人民政府办公室\n关于转报市水务局对《某自治区水资源规划（征求意见稿）》修改意见的函\n\n自治区水利厅：\n"
            "    你厅来函收悉。现将市水务局提出的修改意见转报你们，请予研究。\n\n    附件：某市水务局修改意见\n\n"
            "                              某市人民政府办公室\n                                 2022年3月4日\n\n附件\n\n"
            "某市水务局关于《某自治区水资源规划（征求意见稿）》的修改意见\n\n"
            "    一、建议将某河上游水源涵养区纳入重点保护区。\n    二、建议提高农村集中供水率目标。\n\n"
            "                                  某市水务局\n                                   2022年3月2日\n")
    rows = read_written("转报.txt", text)
    assert [(c.department, c.text[:6]) for c in rows] == [("某市水务局", "建议将某河上"), ("某市水务局", "建议提高农村")]


def test_an_excerpt_returned_with_comments_by_one_named_author(read_commented):
    # Misattributed and false before: an excerpt of the draft sent back with the opinions only in Word comments,
    # every comment written by 某市自然资源局 规划科 and no cover note, gave opinions without a unit; and a
    # comment that agrees (同意。…我市已按此要求完成…) was an opinion for the 要 of 要求.
    rows = read_commented("批注稿.docx", [
        "某自治区国土空间生态修复规划", "（征求意见稿）", "（节选，修改意见见批注）",
        ("第三章　到2025年，全区完成历史遗留矿山生态修复面积1.2万公顷。", "建议将我市任务量按实际核减为800公顷。", "某市自然资源局 规划科"),
        ("第四章　各盟市应当建立生态修复项目库。", "同意。我市已按此要求完成项目库建设。", "某市自然资源局 规划科")])
    assert [(c.department, c.text) for c in rows] == [("某市自然资源局", "建议将我市任务量按实际核减为800公顷。")]


def test_a_reply_that_says_it_has_read_the_draft(read_written):
    # False before: 《…（征求意见稿）》已阅。 before 我厅无其他意见，仅提一条： was an opinion of its own.
    text = ("规划处：\n    你们好！\n    《某省“十四五”固体废物污染防治规划（征求意见稿）》已阅。经请示厅领导，我厅无其他意见，仅提一条：\n"
            "    建议将第四章的建筑垃圾资源化利用率目标由60%调整为50%。\n    以上意见请酌。\n\n某省住房和城乡建设厅城建处\n")
    rows = read_written("回复.txt", text)
    assert [(c.department, c.text[:8]) for c in rows] == [("某省住房和城乡建设厅", "建议将第四章的建")]


def test_a_withdrawn_message_in_a_portal_export(read_sheet):
    # False before: an export's row whose message was withdrawn, only the platform's note left
    # (（该留言已由留言人撤回）), was an opinion of the public.
    rows = read_sheet("留言导出.xlsx", [["序号", "留言人", "留言内容"], [1, "网友甲", "建议公开各盟市污染地块名录的查询渠道。"],
                                        [2, "网友乙", "（该留言已由留言人撤回）"], [3, "网友丙", "删除"]])
    assert [c.text for c in rows] == ["建议公开各盟市污染地块名录的查询渠道。", "删除"]
    assert any("撤回" in note for note in rows.notes)


def test_the_weight_of_a_matter_before_the_request_that_answers_it(read_written):
    # False before: 规划应当把…放在更加突出的位置。 before the request that says how (建议在规划中单列一节…) was an
    # opinion of its own; the stance is the request's lead, as 应当引起重视 and 应作为…重点 already were.
    text = ("尊敬的省生态环境厅领导：\n    您好！谈几点个人想法，供参考。\n\n"
            "    我认为规划应当把城乡结合部黑臭水体的治理放在更加突出的位置。目前不少沟渠常年发黑发臭。建议在规划中单列一节"
            "“城乡结合部水体治理”，明确治理时限。\n\n    另外，建议建立水质信息公开平台。\n\n"
            "                    省政协委员  某某某\n                    2021年9月5日\n")
    rows = read_written("来信.txt", text)
    assert [c.text[:8] for c in rows] == ["我认为规划应当把", "另外，建议建立水"]
