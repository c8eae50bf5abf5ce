"""Release blockers found by letters set 108 (tests/data/letters_heldout108, written blind during the session,
measured once with the reader of bb7694c: 9/15 letters). The texts are written anew; each assertion failed before."""


def test_the_first_point_announcing_its_reasons_below_is_kept(read_written):
    # Lost before: 1．建议…。理由如下： was read as the letter's lead-in (…如下：) and its request dropped, its reasons
    # (one of them saying 需要政策引导) becoming three opinions.
    letter = "\n".join(["关于《某规划（征求意见稿）》的修改建议", "自治区生态环境厅：",
                        "　　我会组织会员单位进行了学习讨论。现将修改建议报告如下：",
                        "　　1．建议在第五章增加“培育壮大节能环保产业”的内容。理由如下：",
                        "（1）环保产业是推动绿色发展的重要支撑；", "（2）我区环保企业规模普遍偏小，需要政策引导；",
                        "（3）国家规划纲要明确提出要壮大节能环保产业。",
                        "　　2．建议鼓励工业园区推行环境污染第三方治理。", "　　以上建议供参考。", "",
                        "　　　　　　　　某某协会", "　　　　　　　　2021年5月12日"])
    rows = read_written("某协会建议.txt", letter)
    assert len(rows) == 2 and rows[0].text.startswith("建议在第五章增加") and rows[1].text.startswith("建议鼓励工业园区")


def test_a_request_in_the_opening_paragraph_before_the_lead_in(read_written):
    # Lost before: the paragraph ending 具体意见如下： was set aside whole as the lead-in, its 希望… with it.
    letter = "\n".join(["某盟行政公署意见", "自治区生态环境厅：",
                        "　　经认真研究，我署对《某规划（征求意见稿）》总体表示赞同。规划对各盟市发展阶段差异考虑不够，"
                        "希望在目标分解时给予适当过渡期。具体意见如下：",
                        "　　1.建议对外送电力对应的排放量单独核算。", "　　2.请将某沙地综合治理工程纳入重大工程专栏。",
                        "　　以上建议，不妥之处请批评指正。", "", "　　　　　　　　某盟行政公署", "　　　　　　　　2021年5月10日"])
    rows = read_written("某盟意见.txt", letter)
    assert [c.text[:6] for c in rows] == ["规划对各盟市", "建议对外送电", "请将某沙地综"]


def test_a_bureau_passes_on_units_under_headings_naming_them(read_written):
    # Misattributed before: points under 二、某旗人民政府意见 in a bureau's 汇总 were the bureau's own.
    letter = "\n".join(["某盟生态环境局关于报送《某规划（征求意见稿）》修改意见的函", "自治区生态环境厅：",
                        "　　我局征求了盟直有关部门和各旗县意见，现将有关意见汇总报送如下：",
                        "　　一、某盟生态环境局意见", "　　1.建议将饮用水水源地水质指标延伸至旗县级水源地。",
                        "　　二、甲旗人民政府意见", "　　1.建议将甲旗列入“无废城市”建设试点。", "　　2.请在重点工程专栏中注明实施范围。",
                        "　　三、乙县人民政府意见", "　　无意见。",
                        "", "　　　　　　　　某盟生态环境局", "　　　　　　　　2021年5月15日"])
    rows = read_written("某盟汇总意见.txt", letter)
    assert [c.department for c in rows] == ["某盟生态环境局", "甲旗人民政府", "甲旗人民政府"]


def test_a_government_s_reply_keeps_its_departments_points_as_its_own(read_written):
    # A government's reply listing its departments' points under their names gives each point to the department that
    # made it, the government kept as the sender (sets 109 and 116–119; it was the district's until round 81: the
    # truths disagree, see docs/measurements.md); a government calling them its own view keeps them (set 97).
    letter = "\n".join(["甲区人民政府关于《某条例（草案）》的反馈意见", "某市司法局：",
                        "　　经区政府同意，现将我区征求有关部门的意见汇总如下：",
                        "　　一、区水务局意见", "　　建议第二十二条增加城市公共供水管网漏损率控制目标。",
                        "　　二、区住房城乡建设局意见", "　　建议明确节水设施与主体工程同步设计。",
                        "", "　　　　　　　　甲区人民政府", "　　　　　　　　2024年3月1日"])
    rows = read_written("甲区意见.txt", letter)
    assert [c.department for c in rows] == ["甲区水务局", "甲区住房城乡建设局"]
    assert [c.meta.get("sent_by") for c in rows] == ["甲区人民政府"] * 2
    own = read_written("甲区意见2.txt", letter.replace("现将我区征求有关部门的意见汇总如下", "现将我区意见汇总如下"))
    assert [c.department for c in own] == ["甲区人民政府", "甲区人民政府"]


def test_a_citizen_s_message_of_two_requests_gives_two(read_sheet):
    rows = read_sheet("留言导出.xlsx", [["序号", "留言人", "身份", "留言内容"],
                                        [1, "陈**", "社会公众", "建议增加对露天烧烤油烟的治理要求；建议在居民区周边500米内禁止新建砂石料场。"]])
    assert [c.text for c in rows] == ["建议增加对露天烧烤油烟的治理要求", "建议在居民区周边500米内禁止新建砂石料场。"]
