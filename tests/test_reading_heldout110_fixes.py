"""Release blockers found by letters set 110 (tests/data/letters_heldout110, written blind at the end of the session,
measured once with the reader of 7b90955: 11/15 letters). The texts are written anew; each assertion failed before."""


def test_a_chat_export_whose_sender_lines_end_in_a_colon(read_written):
    # Misattributed and false before: 2021-09-09 09:15 某厅规划处-刘某： was no sender line, so the whole export was one
    # letter without a unit and the organiser's call and a shared file were opinions.
    chat = "\n".join(["微信聊天记录导出 —— 规划征求意见联络群", "导出时间：2021-09-18 09:03", "",
                      "2021-09-09 09:15 生态环境厅规划处-刘某：", "各位老师好，征求意见稿已发群里，请于9月17日前反馈，谢谢！", "",
                      "2021-09-09 10:02 自治区住房和城乡建设厅-城建处马工：", "收到", "",
                      "2021-09-13 16:40 自治区住房和城乡建设厅-城建处马工：",
                      "我们厅提一条：建议把城市生活污水集中收集率目标值由70%调整为65%。", "",
                      "2021-09-14 09:31 某某煤业集团有限公司-环保部杨某：", "建议对露天矿的降尘要求分区域设定。"])
    rows = read_written("群聊导出.txt", chat)
    assert [c.department for c in rows] == ["自治区住房和城乡建设厅", "某某煤业集团有限公司"]
    assert rows[0].text.endswith("由70%调整为65%。") and rows[1].text.endswith("降尘要求分区域设定。")


def test_a_form_s_closing_row_saying_the_rest_draws_no_remark(word_form, tmp_path):
    from consultagg import read_comments
    d, _ = word_form(["意见反馈表"], [["序号", "修改建议", "规划原文", "所在章节"], ["1", "建议增加候鸟迁徙通道保护内容。", "无", "第七章第三节"],
                                    ["2", "其他章节无意见。", "", ""]], ["反馈单位（盖章）：某某保护区管理局"])
    d.save(tmp_path / "反馈表.docx")
    rows = read_comments(tmp_path / "反馈表.docx")
    assert [c.text for c in rows] == ["建议增加候鸟迁徙通道保护内容。"]


def test_a_bureau_passes_on_a_unit_named_alone_over_its_numbered_points(read_written):
    letter = "\n".join(["某盟生态环境局关于报送规划修改意见的函", "自治区生态环境厅：",
                        "    我局征求了盟直部门和各旗县意见，现汇总报送如下：",
                        "    一、某盟发展和改革委员会：建议补充煤电机组“三改联动”的内容。",
                        "    二、甲县人民政府：", "    1.建议将甲县入河排污口整治工程纳入附表。", "    2.请支持县城污水管网建设资金。",
                        "", "                                  某盟生态环境局", "                                  2021年9月16日"])
    rows = read_written("汇总.txt", letter)
    assert [c.department for c in rows] == ["某盟发展和改革委员会", "甲县人民政府", "甲县人民政府"]


def test_guard_a_department_gathering_its_own_offices_points_keeps_them(read_written):
    # (found by sets 89 and 92 while the rule above was written: 园区发展处： and a 直属单位 over their points stay the
    # department's, whose offices and affiliated units these are)
    letter = "\n".join(["自治区某某厅关于规划征求意见稿的意见", "自治区生态环境厅：",
                        "    我厅组织厅内相关处室和直属单位进行了认真研读，现将意见汇总如下：",
                        "    园区发展处：", "    1.建议明确工业园区污水集中处理设施的资金渠道。",
                        "    自治区某某技术推广中心：", "    1.建议增加农膜回收利用的内容。",
                        "", "                                  自治区某某厅", "                                  2021年9月10日"])
    rows = read_written("厅意见.txt", letter)
    assert [c.department for c in rows] == ["自治区某某厅", "自治区某某厅"]
