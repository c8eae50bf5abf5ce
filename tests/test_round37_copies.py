"""Held-out 39 and 40 (fair 0/105 and 1/105 different, 88/105 copies each, at 887c6e4).

Release blocker: 共享单车乱停… / 共享电单车乱停… were grouped (one inserted 电 read as a typo: another
vehicle). Copies: a sender's signature after the last sentence (…保障孩子安全。某小学三年级二班家长,
出租车司机 工号0317, （杨帆）, 双桂苑12-3-401, 微信昵称：快乐每一天), a closing that asks only for an
answer or gives a contact, a note on who typed a message in or where it came from, a unit quoting
another's opinion and agreeing, 纳入 / 列入 and other synonyms, OCR's 第三童 and PM2,5, mg/L.
"""

from __future__ import annotations

import pytest

from consultagg import NearDuplicateGrouper


def _together(a: str, b: str) -> bool:
    g = NearDuplicateGrouper().fit([a, b])
    return g.labels_[0] == g.labels_[1]


def test_one_inserted_character_naming_another_vehicle():
    a = "共享单车乱停现象太严重了，建议规定运营企业必须每天派人清理"
    assert not _together(a, a.replace("共享单车", "共享电单车"))


@pytest.mark.parametrize("one, other", [
    ("某小学三年级二班家长", "某小学五年级一班家长"),
    ("出租车司机 工号0317", "出租车司机 工号1125"),
    ("某街商户 老马水果店", "某街商户 阿芬早餐店"),
    ("某中学高二学生 林某", "某中学高一学生 何某"),
    ("外卖骑手 小黄", "外卖骑手 老周"),
    ("（杨某）", "（许某某）"),
    ("双桂苑12-3-401", "双桂苑5-2-1102"),
    ("微信昵称：快乐每一天", "微信昵称：平安是福"),
    ("（本意见由某花园业主委员会组织征集，提交人：孙某）", "（本意见由某花园业主委员会组织征集，提交人：吴某）"),
])
def test_a_senders_signature_after_the_last_sentence(one, other):
    a = "建议上学放学时段学校门口路段禁止社会车辆通行，保障孩子安全。"
    assert _together(a + one, a + other)


@pytest.mark.parametrize("tail", ["尤其是老年乘客", "家长们希望增加护学岗", "另外建议增设护学岗"])
def test_what_follows_the_last_sentence_and_says_more_is_no_signature(tail):
    a = "建议上学放学时段学校门口路段禁止社会车辆通行，保障孩子安全。"
    assert not _together(a + tail, a + tail.replace("学生", "教师").replace("老年", "残疾").replace("护学岗", "减速带"))


def test_a_closing_asking_for_an_answer_or_giving_a_contact():
    a = "外卖骑手送餐进小区经常被拦，建议办法里给个统一说法。"
    assert _together(a, a + "希望能得到回复，谢谢！")
    b = "建议加快推进城镇污水管网雨污分流改造。"
    assert _together(b, b + "如有不妥，请与我局综合科联系。")


def test_notes_on_how_a_message_came():
    a = "小区里电动车飞线充电太危险，请尽快在每个小区建集中充电棚"
    assert _together(a, a + " ——转自业主群")
    b = "建议将某湖纳入省级重要湿地名录。"
    assert _together("【补发】附件一内容如下：" + b, b)
    c = "我市化工园区与居民区距离较近，建议在第八章增加化工园区有毒有害气体预警体系建设内容。"
    assert _together("（此条由某市生态环境局办公室代为录入）" + c, c)


def test_a_unit_quoting_another_and_agreeing():
    a = "建议统筹水资源、水环境、水生态治理，明确重点河湖生态流量保障目标。"
    assert _together(a, f"引用 @某市水利局 的意见：“{a}”我单位同意上述意见。")
    # (quoting and then asking for more is another request)
    assert not _together(a, f"引用 @某市水利局 的意见：“{a}”我单位同意上述意见，并建议增加地下水超采治理内容。")


@pytest.mark.parametrize("x, y", [("纳入", "列入"), ("完善", "健全"), ("写进", "写入")])
def test_synonyms(x, y):
    a = f"建议将某市{x}省级生态文明示范创建重点支持范围，并{x}跨市流域联防联控机制。"
    assert _together(a, a.replace(x, y))


def test_ocr_in_a_section_and_a_decimal_point():
    a = "第三章第四节关于扬尘污染防治的内容，建议补充建筑施工工地在线监测要求。"
    assert _together(a, a.replace("第三章", "第三童"))
    assert not _together(a, a.replace("第三章", "第五章"))
    b = "建议明确PM2.5与臭氧协同控制的年度目标。"
    assert _together(b, b.replace("PM2.5", "PM2,5"))
    assert not _together(b, b.replace("PM2.5", "PM10"))


def test_milligrams_per_litre_both_ways():
    a = "建议将重点湖库总磷浓度控制在0.05毫克/升以下。"
    assert _together(a, a.replace("毫克/升", "mg/L"))
    assert not _together(a, a.replace("0.05毫克/升", "0.1mg/L"))


def test_one_character_of_a_tunnels_or_a_rivers_name():
    # (held-out 42, one fit and per pair: two tunnels whose names differ in one character were grouped)
    a = "建议将G318蕙岭隧道改扩建工程列入专栏4，解决隧道通行能力不足问题。"
    assert not _together(a, a.replace("蕙岭", "萱岭"))
    b = "建议将溦河干流综合治理列入专栏6。"
    assert not _together(b, b.replace("溦河", "澈河"))


def test_a_campaign_member_naming_another_object_or_asking_for_more_leaves_it():
    # (held-out 42 in one fit: copies of one request made a campaign, and the text naming another
    # airport, or adding 另请将…提升为一级公路 after a request opened another way, stayed in it)
    a = "建议将萸川机场改扩建工程纳入专栏6“民航重点工程”，并明确2023年开工。"
    texts = [a, a, "【补发】" + a, a.replace("“", '"').replace("”", '"'), "我单位" + a, a.replace("萸川", "芷陵")]
    g = NearDuplicateGrouper().fit(texts)
    assert g.labels_[5] != g.labels_[0]
    b = "建议将G235线某某过境段改线工程纳入“十四五”实施计划。"
    texts = ["我局" + b] * 3 + ["经研究，我局" + b, b, b.rstrip("。") + "，另请将G235线某某至某某段同步提升为一级公路。"]
    g = NearDuplicateGrouper().fit(texts)
    assert g.labels_[5] != g.labels_[0]
