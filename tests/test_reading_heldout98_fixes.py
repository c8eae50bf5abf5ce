"""Release blockers found by letters set 98 (tests/data/letters_heldout98, written blind, measured once with the
reader of adbecb5: 11/15 letters). The texts are written anew for the test; each assertion failed before."""


def test_speakers_whose_post_or_name_the_reader_did_not_know(read_written):
    # Lost before: 某县人民政府县长助理某某：… (县长助理 was no post the reader knew) and 自治区人大代表其其格：… (a name no
    # surname list knows after the post) were set aside with their requests as the meeting's narration; and a
    # cooperative's head with such a name (…合作社理事长额尔德木图：) gave 与会人员.
    minutes = "\n".join([
        "座谈会纪要", "9月8日，规划起草组召开座谈会，有关单位代表、自治区人大代表和专家参加会议。现将会议主要情况纪要如下：",
        "（一）青岚县人民政府县长助理韩某山：我县主要反映两个问题。关于农村牧区生活污水治理，建议规划不要简单以治理率考核。另外，希望规划明确自治区对提标改造的补助政策。",
        "（二）某嘎查牧民专业合作社理事长额尔德木图：希望规划里能写上提高草原生态保护补助奖励标准。",
        "（三）自治区人大代表其其格：建议规划增加在农村牧区用蒙汉双语开展生态环境宣传的内容。",
        "起草组回应：将认真研究。"])
    rows = read_written("纪要.txt", minutes)
    assert [c.department for c in rows] == ["青岚县人民政府", "青岚县人民政府", "某嘎查牧民专业合作社", "自治区人大代表其其格"]
    assert rows[-1].speaker == "其其格"


def test_a_bureau_offering_its_help_after_its_points(read_written):
    # False before: 另，规划中引用的…数据，我局可在规划定稿前配合再作一次核对。 was an opinion.
    letter = "\n".join(["自治区统计局关于《某规划（征求意见稿）》数据核对意见", "自治区生态环境厅：",
                        "第12页，2020年全区地区生产总值应为17360亿元。", "第15页，单位GDP能耗下降率请核实。",
                        "另，规划中引用的“十三五”时期经济社会数据，我局可在规划定稿前配合再作一次核对。",
                        "自治区统计局", "2021年8月2日"])
    rows = read_written("统计局.txt", letter)
    assert [c.text[:5] for c in rows] == ["第12页，", "第15页，"]
