"""Who writes, to whom, and since when are not the request (dedup/verify).

Re-posts of one message change the addressee (胡书记 / 胡市长, an organ line before the text, 市长大人),
the sender's contact line, the time waited (快三个月了 / 快四个月了), a transposed name, or move a
point; none of it asks for anything else. Written before the change from the kinds of edits seen in
re-posted citizen messages, as consultation-like sentences of our own. The second half are
controls that share the same surface and must stay apart.
"""

import pytest

from consultagg import NearDuplicateGrouper
from consultagg.dedup.verify import request_difference

BODY = "东七路与松雅路交叉口早晚高峰拥堵严重，学生过马路十分危险，建议在该路口增设信号灯和人行横道。"

COPIES = {
    "organ addressee line": (
        "自治区生态环境厅：\n建议将第三章第二节燃煤锅炉淘汰范围扩大到35蒸吨以下，并明确完成时限。",
        "建议将第三章第二节燃煤锅炉淘汰范围扩大到35蒸吨以下，并明确完成时限。"),
    "several organs addressed": (
        "市生态环境局、市发展改革委、市住房城乡建设局：建议在专栏3中增加农村黑臭水体治理指标。",
        "建议在专栏3中增加农村黑臭水体治理指标。"),
    "title inserted": (
        "这些问题关系到数百户居民的切身利益，恳请市长大人督促有关部门将城区餐饮油烟纳入监管。",
        "这些问题关系到数百户居民的切身利益，恳请督促有关部门将城区餐饮油烟纳入监管。"),
    "another official named": (
        "我们希望A市市政府王建国市长能够重视群众呼声，尽快关停小区旁的混凝土搅拌站。",
        "我们希望A市市委书记李明华能够重视群众呼声，尽快关停小区旁的混凝土搅拌站。"),
    "salutation with colon": ("胡书记：您好！" + BODY, "胡市长：您好！" + BODY),
    "name transposed beside 由": (
        "去年两次致函李继红局长，由于垃圾中转站搬迁至今未落实，请求将中转站迁出居民区。",
        "去年两次致函李红继局长，由于垃圾中转站搬迁至今未落实，请求将中转站迁出居民区。"),
    "point moved beside 由": (
        "一、建议由市住建局牵头整治老旧小区雨污管网；二、建议规范共享单车在地铁站口的停放秩序。",
        "二、建议规范共享单车在地铁站口的停放秩序；一、建议由市住建局牵头整治老旧小区雨污管网。"),
    "intensifier": (
        "规划对臭氧污染协同防控的表述非常笼统，建议细化VOCs和氮氧化物协同减排措施。",
        "规划对臭氧污染协同防控的表述笼统，建议细化VOCs和氮氧化物协同减排措施。"),
    "未来 is not a negation": (
        "建议未来五年把农村生活污水治理率作为约束性指标。",
        "建议今后五年把农村生活污水治理率作为约束性指标。"),
    "time waited": (
        "3月已向街道反映搅拌站夜间施工噪声扰民，到现在快三个月了问题没有解决，请尽快处理。",
        "3月已向街道反映搅拌站夜间施工噪声扰民，到现在快四个月了问题没有解决，请尽快处理。"),
    "contact line mid-text": (
        "请公开东成大厦南侧违章建筑办理产权证的全部手续。联系人：谈俊（东成大厦业委会），联系电话：0731-84561234。"
        "请于法定期限内答复。",
        "请公开东成大厦南侧违章建筑办理产权证的全部手续。联系人：谈君（东成大厦业委会），联系电话：0731-84561234。"
        "请于法定期限内答复。"),
    # Added after the second held-out set was measured (it then became a development set): the
    # kinds of edit it showed, written again as sentences of our own.
    "numeral without a counter": ("建议新建每小时35蒸吨以下燃煤锅炉一律改用清洁能源。",
                                  "建议新建每小时三十五蒸吨以下燃煤锅炉一律改用清洁能源。"),
    "decimal percentage in words": ("建议将重污染天数比率目标定为1.5%。", "建议将重污染天数比率目标定为百分之一点五。"),
    "range in words": ("建议每个旗县建设2到3个环境教育基地。", "建议每个旗县建设两到三个环境教育基地。"),
    "counted times": ("建议每季度开展1次联合执法检查。", "建议每季度开展一次联合执法检查。"),
    "time waited, words between": ("建议尽快清理河道垃圾。已经反映两个月了，还没有人来处理。",
                                   "建议尽快清理河道垃圾。已经反映三个月了，还没有人来处理。"),
    "identity sentence": ("我是沙湖市的一名出租车司机，在这座城市跑了十五年车。建议在火车站东广场增设出租车蓄车场。",
                          "本人系沙湖市第二中学教师。建议在火车站东广场增设出租车蓄车场。"),
    "signature in brackets": ("建议在火车站东广场增设出租车蓄车场。（东关街道居民 马某）",
                              "建议在火车站东广场增设出租车蓄车场。（北岭村村民 杨某某，电话139****5521）"),
    "long dash signature": ("建议在火车站东广场增设出租车蓄车场。", "建议在火车站东广场增设出租车蓄车场。\n——东关街道滨河小区业主 刘先生 187****0316"),
    "points renumbered": ("1.建议将农村生活污水治理率目标调整为35%；2.建议增加县级城市黑臭水体整治内容。",
                          "1.建议增加县级城市黑臭水体整治内容；2.建议将农村生活污水治理率目标调整为35%。"),
    "polite opening and closing": ("您好，我想提个建议：火车站东广场应增设出租车蓄车场。",
                                   "火车站东广场应增设出租车蓄车场。以上建议请予采纳，盼复。"),
    "spoken fillers": ("嗯，就是说，那个小区门口的路灯一直不亮，希望尽快修好。", "小区门口的路灯一直不亮，希望尽快修好。"),
    "modal verb": ("希望能够在新区配套建设一所公办幼儿园。", "希望在新区配套建设一所公办幼儿园。"),
    "no other opinion": ("建议在第四章增加噪声污染防治内容。", "建议在第四章增加噪声污染防治内容。除此之外无其他意见。"),
}

DIFFERENT = {
    "building number": ("建议对3号楼加装电梯并改造无障碍通道。", "建议对5号楼加装电梯并改造无障碍通道。"),
    "period asked for": ("建议将整改期限由三个月延长至六个月。", "建议将整改期限由三个月延长至四个月。"),
    "lead unit swapped": ("建议牵头单位由市住建局调整为市水务局。", "建议牵头单位由市水务局调整为市住建局。"),
    "negation": ("建议将湿地保护率作为约束性指标。", "建议不将湿地保护率作为约束性指标。"),
    "room number changed": ("请查处18栋2单元3206室的违章搭建。", "请查处18栋2单元3208室的违章搭建。"),
    "addressee changes the request": ("建议由市生态环境局负责餐饮油烟监管。", "建议由市城管局负责餐饮油烟监管。"),
    "months asked for": ("建议整改期限快三个月内完成。", "建议整改期限快六个月内完成。"),
    "distance after 居民": ("希望规划明确：搅拌站离居民楼不得少于500米。", "希望规划明确：搅拌站离居民楼不得少于300米。"),
    "roles swapped": ("建议农村清洁取暖以电代煤为主、以气代煤为辅。", "建议农村清洁取暖以气代煤为主、以电代煤为辅。"),
    "indicators swapped": ("建议以PM2.5平均浓度作为主要指标、优良天数比率作为参考指标。",
                           "建议以优良天数比率作为主要指标、PM2.5平均浓度作为参考指标。"),
    "range changed": ("建议每个旗县建设2到3个环境教育基地。", "建议每个旗县建设三到四个环境教育基地。"),
    "a note with a page": ("建议删除该段表述。（第15页）", "建议删除该段表述。（第51页）"),
    # An identity opening that holds the request itself, and a line range ending the text.
    "request inside the identity sentence": ("我是河西街道的居民，听说要在旁边建垃圾中转站，我同意建，但要加盖密闭。",
                                             "我是河西街道的居民，听说要在旁边建垃圾中转站，我不同意建，但要加盖密闭。"),
    "an industry added": ("建议加强重点行业挥发性有机物排放监管。", "建议加强重点行业钢铁企业挥发性有机物排放监管。"),
    "line range at the end": ("建议删除第12页第1-6行", "建议删除第12页第1-8行"),
}

# Written after contrast pairs held-out 13–16 were measured (their fair figures were taken before
# these rules), as sentences of our own: form letters' sender details, typos, spoken fillers and
# the ways a time or a unit is written are not the request; the controls hold the same details
# inside the request, where they are what it asks about.
ASK = "强烈要求将民乐小区列入今年老旧小区改造计划。"
SENDER_COPIES = {
    # the sender's numbers and name, told before the request
    "identity number's last digits": (
        "本人系兴庆区民乐小区业主，身份证号后四位0315。我们小区建成以来从未改造，外墙保温脱落。" + ASK,
        "本人系兴庆区民乐小区业主，身份证号后四位2278。我们小区建成以来从未改造，外墙保温脱落。" + ASK),
    "staff number and surname": ("公交集团司机郑某，工号1032，要求在各线路终点站建设司机休息室。",
                                 "公交集团司机冯某，工号2217，要求在各线路终点站建设司机休息室。"),
    "owner and room number": (
        "尊敬的领导：我是颐和苑小区业主林某，房号8-2-1501。小区南侧规划的高架桥距离住宅楼不足30米，强烈要求调整线位。",
        "尊敬的领导：我是颐和苑小区业主黄某某，房号3-1-702。小区南侧规划的高架桥距离住宅楼不足30米，强烈要求调整线位。"),
    "name and unit fields": ("【联名意见】姓名：白雪梅；单位：市第三中学；意见：建议将教师课后服务补助单独核定。",
                             "【联名意见】姓名：田海军；单位：育才小学；意见：建议将教师课后服务补助单独核定。"),
    # courtesy around one short request
    "greeting, modest lead and closing": ("建议增加对独居老人的定期探访服务。",
                                          "各位领导辛苦了！我提一条小建议：建议增加对独居老人的定期探访服务。不当之处请批评指正。"),
    # characters an OCR or a typo puts for one another
    "OCR 菅 for 管": ("建议加强对入河排污口设置的监管。", "建议加强对入河排污口设置的监菅。"),
    "OCR 倩 for 情 and 0 for O": ("建议将NOx排放总量指标分解到各区县，每年公布完成情况。",
                                 "建议将N0x排放总量指标分解到各区县，每年公布完成倩况。"),
    "typo 原 for 源": ("建议加强对农村饮用水水源地的保护，定期开展水质检测。",
                      "建议也要加强对农村饮用水水原地的保护，定期开展一下水质检测。"),
    # spoken words
    "以及 for 和": ("建议明确户厕后续管护的责任主体和经费来源，建立长效管护机制。",
                   "建议明确户厕后续管护的责任主体以及经费来源，建立起长效管护机制。"),
    "还有 for 和": ("希望学校食堂公开食材采购渠道和每周菜谱。", "希望学校食堂能公开一下食材的采购渠道，还有每周的菜谱。"),
    "一点 and 查一查": ("社区嵌入式养老机构写得太少，应该多写点，希望有关部门来查一下。",
                       "社区嵌入式养老机构写得太少了，应该多写一点，希望有关部门来查一查。"),
    # a time or a unit written another way
    "evening hour on the 24-hour clock": ("建议将末班车延长至晚上十一点，首班车提前至早上六点。",
                                         "建议将末班车延长至晚上23:00，首班车提前至早上6:00。"),
    "decibels": ("夜间施工噪声不得超过55分贝。", "夜间施工噪声不得超过55dB。"),
    "square metres": ("建议人均公园绿地面积达到15平方米。", "建议人均公园绿地面积达到15m²。"),
    "OCR B for 8": ("建议第8条增加对个人的处罚规定。", "建议第B条增加对个人的处罚规定。"),
    "OCR Z for 2": ("建议将2号线延伸至科技园。", "建议将Z号线延伸至科技园。"),
    "no objection in principle first": ("建议在规划中增加噪声地图编制任务。", "我局对规划无原则性意见。建议在规划中增加噪声地图编制任务。"),
    "identity number's tail after the request": (
        "我是柳湾村村民张德福，坚决反对在村西头建设生猪养殖场，请求政府重新选址。身份证后四位：3217",
        "我是柳湾村村民刘秀英，坚决反对在村西头建设生猪养殖场，请求政府重新选址。身份证后四位：0426"),
    "villager's full name and ID tail": (
        "本人系龙湾村村民吴大勇，身份证号尾号1523。规划拟在我村上游建设污水处理厂，坚决要求将尾水排放口改设至龙湾村下游。",
        "本人系龙湾村村民邓春花，身份证号尾号0846。规划拟在我村上游建设污水处理厂，坚决要求将尾水排放口改设至龙湾村下游。"),
    "name after 本人 and a building": ("本人张伟，住幸福小区3栋，强烈反对在小区旁建设垃圾中转站。",
                                      "本人李娜，住幸福小区7栋，强烈反对在小区旁建设垃圾中转站。"),
    "school, role and name before the ask": ("实验小学教师孙磊建议落实中小学教师减负清单。", "育英小学教师何静建议落实中小学教师减负清单。"),
    "owner and flat in brackets": ("业主郑海（锦绣花园2-301）要求开发商兑现配建幼儿园的承诺。",
                                   "业主冯雪（锦绣花园5-1102）要求开发商兑现配建幼儿园的承诺。"),
    "retired worker's name": ("退休职工马德胜，建议提高民办养老机构床位补贴。", "退休职工杨桂兰，建议提高民办养老机构床位补贴。"),
    "name and street address": ("我叫林涛，住长江路18号，要求整治楼下烧烤店油烟扰民问题。", "我叫黄敏，住长江路26号，要求整治楼下烧烤店油烟扰民问题。"),
    "driver and plate tail": ("出租车司机许刚（车牌尾号386）建议增加出租车临时停靠点。", "出租车司机邓军（车牌尾号519）建议增加出租车临时停靠点。"),
    "water quality class in Roman numerals": ("建议劣五类水体全面消除。", "建议劣V类水体全面消除。"),
    "micrograms per cubic metre": ("建议PM2.5年均浓度控制在35μg/m³以下。", "建议PM2.5年均浓度控制在三十五微克每立方米以下。"),
}

SENDER_DIFFERENT = {
    "a person named in the request": ("建议对违规搭建的业主林某依法处理。", "建议对违规搭建的业主黄某依法处理。"),
    "a staff number asked about": ("建议核实工号1032的司机被投诉情况。", "建议核实工号2217的司机被投诉情况。"),
    "和 for 或": ("建议明确责任主体和经费来源。", "建议明确责任主体或经费来源。"),
    "morning and evening hour": ("建议将末班车延长至上午十一点。", "建议将末班车延长至晚上23:00。"),
    "another hour": ("建议将末班车延长至晚上十点。", "建议将末班车延长至晚上23:00。"),
    "another unit of mass": ("建议PM2.5年均浓度控制在35μg/m³以下。", "建议PM2.5年均浓度控制在35mg/m³以下。"),
    "another building by letter": ("建议在A栋楼下增设充电桩。", "建议在C栋楼下增设充电桩。"),
    "a villager named in the request": ("建议对村民张德福的违建依法拆除。", "建议对村民刘秀英的违建依法拆除。"),
    "another class of water": ("建议将该断面水质目标定为IV类。", "建议将该断面水质目标定为V类。"),
    "the address is the request": ("建议整治长江路18号的烧烤店油烟。", "建议整治长江路26号的烧烤店油烟。"),
    "the unit a figure is in": ("表3中投资额（单位：万元）与正文不一致，建议核实。", "表3中投资额（单位：亿元）与正文不一致，建议核实。"),
}

ALL_COPIES = {**COPIES, **SENDER_COPIES}
ALL_DIFFERENT = {**DIFFERENT, **SENDER_DIFFERENT}


@pytest.mark.parametrize("name", sorted(ALL_COPIES))
def test_framing_edits_are_copies(name):
    a, b = ALL_COPIES[name]
    assert request_difference(a, b) is None, (name, request_difference(a, b))
    assert request_difference(b, a) is None, (name, request_difference(b, a))


@pytest.mark.parametrize("name", sorted(ALL_DIFFERENT))
def test_controls_stay_apart(name):
    a, b = ALL_DIFFERENT[name]
    assert request_difference(a, b) is not None, name
    assert request_difference(b, a) is not None, name


@pytest.mark.parametrize("table", [COPIES, SENDER_COPIES], ids=["framing", "sender details"])
def test_grouper_groups_the_copies(table):
    # Short copies under a greeting, a signature or an identity sentence share too few shingles
    # to be candidates; they are joined by what carries meaning (dedup.regroup.join_by_core).
    names = sorted(table)
    texts = [t for name in names for t in table[name]]
    labels = NearDuplicateGrouper().fit(texts).labels_
    for k, name in enumerate(names):
        assert labels[2 * k] == labels[2 * k + 1], name


def test_grouper_keeps_the_sender_controls_apart():
    controls = sorted(SENDER_DIFFERENT)
    labels = NearDuplicateGrouper().fit([t for name in controls for t in SENDER_DIFFERENT[name]]).labels_
    for k, name in enumerate(controls):
        assert labels[2 * k] != labels[2 * k + 1], name


def test_an_expanded_version_is_never_one_campaign_with_the_text_it_repeats():
    # b holds a word for word and adds three requests: a containment join makes them a campaign of
    # two, and b's additions would be answered with a (contrast pairs held-out 15)
    a = ("关于规划中生态保护修复部分，建议将尾矿库、废弃矿山等历史遗留问题的治理任务进一步细化，"
         "逐个列出项目名称、责任单位和完成时限，并建立销号管理制度。")
    b = a + ("此外，建议设立生态修复基金，引导社会资本按照“谁修复、谁受益”原则参与治理；对修复后形成的建设用地指标，"
             "允许在县域内流转交易，收益优先用于后续修复；同时建立修复成效第三方评估和公众参与监督机制。")
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] != g.labels_[1]
    assert "补充" in g.explain(0, 1)


def test_a_campaign_member_adding_a_request_of_its_own_stays_in_the_campaign():
    # a form letter sent by many: a member's own added request is shown as its own opinion, the
    # member stays in the campaign (what the office answers once)
    t = "我们是北岭市居民。规划提出城市生活污水集中收集率目标为70%。建议将该目标调整为65%，考虑到部分城市管网建设滞后。"
    members = [f"我是北岭市第{i}小区居民。" + t for i in range(8)]
    members.append(members[0] + "另外，建议在我们小区门口增设公交站点，方便老人出行和孩子上学。")
    g = NearDuplicateGrouper().fit(members)
    assert len(set(g.labels_.tolist())) == 1


def test_a_word_after_a_role_is_no_name():
    # 居民楼太近 is no resident named 楼太近: the copy that drops 的/了 stays a copy (held-out 8)
    a = "我们小区的垃圾站离居民楼太近了，夏天味道很大，希望能够把它挪远一点。"
    b = "我们小区垃圾站离居民楼太近，夏天味道很大，希望能把它挪远一点。"
    assert request_difference(a, b) is None
