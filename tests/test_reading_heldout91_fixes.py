"""Release blockers found by letters set 91 (tests/data/letters_heldout91), each with texts written anew for
the test: they failed before the fix."""


def test_a_cover_that_says_in_its_words_whose_opinions_it_sends(read_written):
    # Misattributed before: set 90's cover named the bureau in its title (关于转报…); this one only in its words
    # (现将市林业局提出的修改意见随文报送), and the bureau's signed opinions went to the government's office.
    text = ("某市人民政府办公室\n关于报送《某省林业发展规划（征求意见稿）》修改意见的函\n\n省林业局：\n"
            "    你局来函收悉。现将市林业局提出的修改意见随文报送，请予研究采纳。\n\n"
            "                              某市人民政府办公室\n                                 2022年5月4日\n\n附件\n\n"
            "某市林业局关于《某省林业发展规划（征求意见稿）》的修改意见\n\n"
            "    一、建议将某山国有林场纳入国家储备林建设范围。\n\n"
            "                                  某市林业局\n                                   2022年5月2日\n")
    assert {c.department for c in read_written("报送.txt", text)} == {"某市林业局"}


def test_a_company_signed_with_a_departments_seal(read_written):
    # Misattributed before: a company's letter signed 某有限公司 ↵ （综合管理部代章） ↵ date, an attachment after it,
    # had no unit.
    text = ("关于对《某省能源规划（征求意见稿）》的意见\n\n省能源局：\n    现将我公司意见报告如下：\n"
            "    一、建议明确抽水蓄能电站的电价疏导机制。\n    二、建议将某电厂扩建项目列入重点项目。\n\n"
            "                    某水电开发有限公司\n                    （综合管理部代章）\n                    2022年6月1日\n\n"
            "附件\n\n公司在役机组情况表\n\n序号　机组　　　容量（万千瓦）　投产时间\n1　　某电厂1号机组　　66　　2009.11\n")
    assert {c.department for c in read_written("意见.txt", text)} == {"某水电开发有限公司"}


def test_minutes_speakers_with_an_offices_other_name_and_an_expert_without_a_body(read_paragraphs):
    # Lost and misattributed before: 省农业农村厅科技教育处（农业生态环境处）调研员某某：… gave no speaker, so her
    # points were set aside; 某某研究员：… had no unit (an expert named without a body speaks as 与会专家).
    rows = read_paragraphs("座谈会纪要.docx", [
        "征求意见座谈会纪要", "6月5日，省生态环境厅召开座谈会，省农业农村厅有关负责同志和特邀专家参加会议。",
        "一、与会单位和专家意见",
        "省农业农村厅科技教育处（农业生态环境处）调研员白素云：建议将化肥使用量目标修改为“保持负增长”。",
        "郑和平研究员：建议增加规划中期评估的安排。",
        "二、起草组说明", "起草组组长：感谢各位的意见。"])
    assert [(c.department, c.text[:6]) for c in rows] == [("省农业农村厅", "建议将化肥使"), ("与会专家", "建议增加规划")]


def test_a_portal_export_with_a_company_posting_and_a_read_only_row(read_sheet):
    # Misattributed and false before: a poster cell naming a company and, in brackets, who in it wrote
    # (某化工有限公司（安环部 宋工）) gave the public, and a message that only says 已阅。 was an opinion.
    rows = read_sheet("留言.xlsx", [["序号", "留言人", "留言内容"],
                                    [1, "某化工有限公司（安环部 宋工）", "建议对环保绩效A级企业在重污染天气期间自主减排。"],
                                    [2, "张**", "已阅。"], [3, "匿名用户", "建议增加噪声污染防治的内容。"]])
    assert [(c.department or "社会公众", c.text[:6]) for c in rows] == [("某化工有限公司", "建议对环保绩"), ("社会公众", "建议增加噪声")]


def test_an_excerpt_with_a_countys_notes_in_brackets(read_paragraphs):
    # False before: the notes were labelled with the county's name (【某县意见：…】), which no rule read as a
    # comment, so the draft's own paragraphs and the legend were opinions.
    rows = read_paragraphs("原文标注.docx", ["某县人民政府对《某省生态环境保护规划（征求意见稿）》的修改意见",
                                           "说明：以下楷体为征求意见稿原文节选，红色加粗字为我县修改意见；未标注的章节无修改意见。",
                                           "第七章　深入打好碧水保卫战",
                                           "第三节　到2025年，全省农村生活污水治理率达到40%。各地应当建立长效运维机制。【某县意见：建议将我县目标调整为35%。】",
                                           "第二节　推动县域生活垃圾焚烧处理设施全覆盖。",
                                           "【某县意见：建议表述为“具备条件的县实现全覆盖”。另，建议允许跨区域共建共享。】",
                                           "第四节　县级生态环境部门要建立网格化监管体系。", "", "某县人民政府", "2021年6月24日"])
    assert [c.text for c in rows] == ["建议将我县目标调整为35%。", "建议表述为“具备条件的县实现全覆盖”。", "另，建议允许跨区域共建共享。"]
    assert {c.department for c in rows} == {"某县人民政府"}


def test_places_listed_with_circled_numbers_inside_one_request(read_written):
    # False before: 依托①某产业园、②某开发区，培育… was two opinions, the second a place and the rest of the request.
    text = ("省生态环境厅：\n    1．建议在保障措施中增加支持环保装备产业发展的内容，依托①某环保装备产业园、②某高新技术产业开发区，"
            "培育一批骨干企业。\n    2．建议增加焦化行业超低排放改造。\n\n某省工业和信息化厅\n2021年6月20日\n")
    assert [c.text[:8] for c in read_written("反馈.txt", text)] == ["建议在保障措施中", "建议增加焦化行业"]
