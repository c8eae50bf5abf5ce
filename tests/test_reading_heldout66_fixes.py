"""Release blockers found by letters set 66 (tests/data/letters_heldout66), each with texts written
anew for the test: they failed before the fix."""

from consultagg.extract import parse_letter


# A hotline export: a sheet of tickets with a 诉求类型 column and a 汇总 sheet counting them.
HOTLINE = {
    "工单明细": [["工单编号", "来电人", "诉求类型", "诉求内容", "回复内容"],
             ["GD001", "钱先生", "建议", "来电人建议在社区卫生服务中心开设夜间门诊，方便上班族看病。", "已转规划起草组研究。"],
             ["GD002", "孙女士", "表扬", "来电人表示，其父亲住院时医保实现了直接结算，不用再垫钱，对医保部门表示感谢。", "感谢来电人的肯定。"],
             ["GD003", "李先生", "建议", "来电人反映，药店买药不能刷医保卡，建议扩大定点药店范围。", "已转医药服务管理处。"]],
    "汇总": [["诉求类型", "件数", "占比"], ["建议", 2, "66.7%"], ["表扬", 1, "33.3%"], ["投诉", 0, "0.0%"], ["合计", 3, "100.0%"]],
}


def test_a_hotline_export_s_counting_sheet_and_its_praise_row_are_no_opinions(read_book):
    # False before: the 汇总 sheet's 表扬 / 投诉 / 合计 were four opinions, and the ticket typed 表扬
    # (thanks told in the operator's words) was an opinion too.
    rows = read_book("12345工单导出.xlsx", HOTLINE)
    assert [c.text for c in rows] == ["来电人建议在社区卫生服务中心开设夜间门诊，方便上班族看病。",
                                      "来电人反映，药店买药不能刷医保卡，建议扩大定点药店范围。"]


def test_a_company_s_opening_that_tells_of_advice_it_received_is_no_opinion():
    # False before: 领导多次到我公司调研指导，提出了很多宝贵建议 made the company's introduction an
    # opinion, and 以上意见，妥否，请审阅。 was one too.
    text = ("尊敬的省医疗保障局领导：\n\n"
            "    您好！我公司是省内规模较大的医疗器械经营企业，现有门店120家。多年来，省医保局领导多次到我公司调研指导，"
            "提出了很多宝贵建议，我们深受鼓舞。\n\n"
            "    建议将医用耗材集中带量采购的结算周期缩短为30天，减轻企业资金压力。\n\n"
            "    另外，建议建立医保目录外耗材的备案渠道。\n\n"
            "    以上意见，妥否，请审阅。\n\n"
            "                    溱川康泰医疗器械有限公司\n                    2026年5月6日\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["建议将医用耗材集中带量采购的结算周期缩短为30天，减轻企业资金压力。",
                                                 "另外，建议建立医保目录外耗材的备案渠道。"]


def test_a_family_s_story_with_what_a_doctor_advised_is_no_opinion():
    # False before: 医生建议他每周透析三次 (what a doctor said) made the story an opinion.
    text = ("尊敬的省医保局领导：\n\n"
            "    我们是几位慢性肾病患者的家属。我母亲今年70岁，2019年确诊尿毒症，医生建议她每周透析三次，"
            "一年下来自付的费用有两万多元，家里压力很大。\n\n"
            "    第一件事，恳请把门诊透析的报销比例提高到和住院一样。\n\n"
            "    第二件事，希望把离家近的民营透析中心纳入医保定点。\n\n"
            "                    患者家属：周某某、吴某某\n                    2026年5月3日\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["第一件事，恳请把门诊透析的报销比例提高到和住院一样。",
                                                 "第二件事，希望把离家近的民营透析中心纳入医保定点。"]


def test_an_insurer_s_comments_in_brackets_inside_the_quoted_draft_are_the_opinions():
    # False and lost before: the quoted draft (鼓励…、坚持…) gave opinions, and the two 【意见N：…】
    # inside one quoted paragraph were lost.
    text = ("溱川人寿保险股份有限公司某分公司\n对《某省医疗保障规划（征求意见稿）》的修改意见（对照稿）\n\n省医疗保障局：\n\n"
            "说明：段落中“【】”内为我司修改意见，未加标注的文字均为征求意见稿原文。\n\n"
            "■ 原文第三章第五节：\n\n"
            "    “鼓励商业保险机构开发商业健康保险产品。【意见1：建议增加“支持商业保险机构依法获取必要的医保数据”。】"
            "规范发展城市定制型商业医疗保险【意见2：建议将“规范发展”修改为“支持和规范发展”。】，引导慈善捐赠健康发展。”\n\n"
            "■ 原文第三章第二节：\n\n"
            "    “坚持大病保险由商业保险机构承办，完善招标和退出机制。”\n\n"
            "    【意见3：建议明确大病保险承办合同期限原则上不少于3年。】\n\n"
            "                    溱川人寿保险股份有限公司某分公司\n                    2026年5月7日\n")
    letter = parse_letter(text)
    assert [o.text for o in letter.opinions] == ["建议增加“支持商业保险机构依法获取必要的医保数据”。",
                                                 "建议将“规范发展”修改为“支持和规范发展”。",
                                                 "建议明确大病保险承办合同期限原则上不少于3年。"]


def test_a_ticket_from_a_body_is_the_body_s_and_a_citizen_s_is_the_public_s(read_sheet):
    # Unattributed before: a caller column naming a nursing home and its contact (某养老院 尤女士), and a
    # ticket saying the caller speaks as a company's head (来电人系某公司负责人), gave no unit.
    rows = read_sheet("热线工单.xlsx", [
        ["工单编号", "来电人", "诉求类型", "诉求内容"],
        ["GD101", "荇塘县福寿养老院 尤女士", "建议", "来电人建议将养老机构内设医务室纳入医保定点。"],
        ["GD102", "陆经理", "建议", "来电人系溱川康泰医疗器械有限公司负责人，建议规划支持创新医疗器械进入医保目录。"],
        ["GD103", "钱先生", "建议", "来电人建议在社区卫生服务中心开设夜间门诊。"]])
    assert [c.department for c in rows] == ["荇塘县福寿养老院", "溱川康泰医疗器械有限公司", None]
    assert rows[0].speaker == "尤女士"


def test_a_website_export_s_praise_and_its_administrator_s_reply_are_no_opinions(read_sheet):
    # False before (found re-reading set 64's export): 规划很好，期待早日实现！为家乡点赞！ and the
    # administrator's reply row (感谢您的留言！…已转规划起草组研究) were opinions.
    rows = read_sheet("网站留言导出.xlsx", [
        ["序号", "留言人", "留言时间", "留言内容"],
        [1, "匿名", "2026-05-06 21:40", "建议在高速公路靠近居民区的路段设置声屏障。"],
        [2, "张**", "2026-05-07 12:05", "方案很好，期待早日实现！为家乡点赞！"],
        [3, "管理员", "2026-05-08 10:02", "感谢您的留言！您反映的问题已转规划起草组研究，我们将认真考虑您的建议。"]])
    assert [c.text for c in rows] == ["建议在高速公路靠近居民区的路段设置声屏障。"]


def test_an_owners_committee_letter_signed_by_its_chair_is_a_letter_not_minutes():
    # Misattributed and lost before (letters set 67): an 业主委员会's letter telling of its owners'
    # meeting, titled …的意见和诉求 and signed 主任：某某 over the date, was read as minutes: two of five
    # requests came out, from 与会人员.
    text = ("关于《排水防涝专项规划》的意见和诉求\n\n市水务局规划编制组：\n"
            "    我们是某区桂园小区业主委员会。小区地势低，这几年多次被淹。\n"
            "    经业主代表会议讨论，现提出以下意见和诉求：\n"
            "    第一，把桂园小区所在片区列为近期治理重点。\n"
            "    第二，建议对老旧小区地下车库出入口加装挡水板给予资金支持。\n"
            "    第三，希望编制组到小区召开一次说明会。\n"
            "    此致\n敬礼！\n\n"
            "                桂园小区业主委员会\n                主任：龚某某\n                2026年3月12日\n"
            "    联系电话：139 0000 2218（龚某某）\n\n"
            "附：参加讨论的业主代表签名（部分）\n    3栋2单元101  周某英\n    5栋1单元102  邝某\n    11栋3单元501  詹某燕\n"
            "    ……（共计213户签名，原件另附）\n")
    letter = parse_letter(text)
    assert letter.kind == "letter"
    assert [o.text for o in letter.opinions] == ["把桂园小区所在片区列为近期治理重点。",
                                                 "建议对老旧小区地下车库出入口加装挡水板给予资金支持。",
                                                 "希望编制组到小区召开一次说明会。"]
    assert {o.department for o in letter.opinions} == {"某区桂园小区业主委员会"}
