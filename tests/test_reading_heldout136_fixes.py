"""Reading fixes found with letters set 136 (written blind; its fair figure was measured before these rules).

Each failing at 86686af: a request naming the projects it asks for in a list (建议将以下项目纳入…：1.…工程；2.…工程。)
lost its request and gave one row per project; a member called 某某委员 in minutes whose opening names
自治区政协委员某某 spoke for a unit named by the name alone. Texts are written for these tests.
"""


def test_a_request_listing_the_projects_it_asks_for_is_one(read_written):
    letter = ("某盟行政公署关于规划征求意见稿的反馈意见\n\n自治区生态环境厅：\n"
              "    一、建议在第三章补充沙化土地治理内容。\n"
              "    二、建议将我盟申报的以下项目纳入规划附表“重大工程项目”：1.青河流域水环境综合治理工程；"
              "2.中心城区污水处理厂提标改造工程；3.东沟历史遗留矿山生态修复工程。\n"
              "    三、建议做好以下工作：1.加强监测能力建设；2.完善生态补偿机制。\n\n某盟行政公署\n2021年3月5日\n")
    rows = read_written("反馈.txt", letter)
    assert [c.text for c in rows] == [
        "建议在第三章补充沙化土地治理内容。",
        "建议将我盟申报的以下项目纳入规划附表“重大工程项目”：1.青河流域水环境综合治理工程；2.中心城区污水处理厂提标改造工程；"
        "3.东沟历史遗留矿山生态修复工程。",
        "加强监测能力建设", "完善生态补偿机制。"]


def test_a_member_named_in_the_opening_speaks_as_a_member(read_written):
    minutes = ("规划征求意见座谈会纪要\n\n    3月9日，自治区生态环境厅召开座谈会，自治区发展改革委等单位代表及自治区政协委员其布日参加会议。"
               "纪要如下：\n    自治区发展改革委：建议细化碳达峰相关内容。\n"
               "    其布日委员：建议在规划中体现光伏治沙等新模式。\n")
    rows = read_written("纪要.txt", minutes)
    assert [c.department for c in rows] == ["自治区发展改革委", "自治区政协委员其布日"]
