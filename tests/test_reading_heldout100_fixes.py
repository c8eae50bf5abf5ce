"""Release blocker found by letters set 100 (tests/data/letters_heldout100, written blind late in the session,
measured once with the reader of 2f055ce: 3/15 letters). The texts are written anew; the assertion failed before."""


def test_a_cover_with_its_own_points_and_other_bodies_letters_attached(read_written):
    # Misattributed before: a 盟's cover letter with points of its own, then 附件1 ↵ 某旗人民政府关于《…》的意见 and
    # 附件2 ↵ 某开发区管理委员会关于《…》的意见 with theirs: every point was given to the 盟.
    letter = "\n".join([
        "青岱盟行政公署关于报送《某自治区“十四五”生态环境保护规划（征求意见稿）》修改意见的函", "自治区生态环境厅：",
        "我署组织有关旗县和开发区对《规划（征求意见稿）》进行了认真研究。",
        "一、建议将青岱盟纳入重点区域大气污染联防联控范围。", "二、建议在保障措施中明确考核与规划目标相衔接。",
        "某旗人民政府、某经济技术开发区管委会提出的意见一并附后。", "青岱盟行政公署", "2021年8月22日", "",
        "附件1", "白音塔拉旗人民政府关于《某自治区“十四五”生态环境保护规划（征求意见稿）》的意见", "青岱盟行政公署：",
        "1.建议将湿地保护与恢复工程纳入重大工程专栏。", "2.建议提高重点生态功能区旗县的资金补助比例。",
        "白音塔拉旗人民政府", "2021年8月18日", "",
        "附件2", "青岱经济技术开发区管理委员会关于《某自治区“十四五”生态环境保护规划（征求意见稿）》的意见", "青岱盟行政公署：",
        "（一）建议将开发区污水处理厂及再生水回用工程纳入重大工程专栏。", "青岱经济技术开发区管理委员会", "2021年8月19日"])
    rows = read_written("转报意见.txt", letter)
    assert [c.department for c in rows] == ["青岱盟行政公署"] * 2 + ["白音塔拉旗人民政府"] * 2 + ["青岱经济技术开发区管理委员会"]


def test_a_scans_seal_read_beside_the_unit_in_the_signature(read_written):
    # False before: the seal's text read on the signature's line (某盟行政公署   政 公署, the spaces cleaned away)
    # made the unit 某盟行政公署政公署.
    letter = "\n".join(["哈达图盟行政公署", "关于《某规划（征求意见稿）》的意见", "自治区生态环境厅:",
                        "    经研究,现将我盟意见反馈如下:", "    一、建议将我盟纳入重点区域。", "    以上意见,请予研究采纳。", "",
                        "                       达图盟行", "          哈达图盟行政公署   政 公署", "           2O21年8月l8曰"])
    assert {c.department for c in read_written("扫描件.txt", letter)} == {"哈达图盟行政公署"}


def test_a_reply_that_agrees_and_tells_its_tasks_are_in_its_own_plan(read_written):
    # False before: 《规划（征求意见稿）》中涉及我厅的“…”等任务，已纳入《…》统筹推进。 was an opinion.
    letter = "\n".join(["某自治区教育厅关于《某规划（征求意见稿）》的复函", "某自治区生态环境厅：",
                        "来函收悉。经研究，我厅对《规划（征求意见稿）》原则同意，无修改意见。",
                        "《规划（征求意见稿）》中涉及我厅的“推进生态文明教育进学校”等任务，已纳入《某自治区“十四五”教育事业发展规划》统筹推进。"
                        "下一步，我厅将按照任务分工，积极配合做好规划实施相关工作。",
                        "某自治区教育厅", "2021年8月12日"])
    assert len(read_written("复函.txt", letter)) == 0


def test_an_export_row_that_has_nothing_to_say_and_the_exports_own_note(read_sheet):
    # False before: 已阅，支持规划，无意见。 and the export's own line in its text column (共9条留言。本表由系统自动生成…)
    # were opinions.
    rows = read_sheet("留言.xlsx", [["序号", "留言人", "留言内容"], [1, "张某", "建议公开化工园区周边的监测数据。"],
                                    [2, "李某", "已阅，支持规划，无意见。"], ["", "", "共2条留言。本表由系统自动生成，留言人信息已作脱敏处理。"]])
    assert [c.text for c in rows] == ["建议公开化工园区周边的监测数据。"]
    assert any("无意见" in s or "没有意见" in s or "已阅" in s for s in rows.notes)
