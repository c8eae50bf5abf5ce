"""Re-posts and form letters that say the same: the status of an earlier report, an updated time
waited, whom a re-post is sent to, and a first line of identity fields are not the request.

Written for this change on texts of our own (not taken from any evaluation set); every copy pair
failed before it, every different pair is kept apart after it.
"""

import pytest

from consultagg import NearDuplicateGrouper

COPIES = [
    # the status of the earlier report added
    ("幸福路与人民路口的信号灯坏了，车辆乱行，请交警部门尽快修复。",
     "幸福路与人民路口的信号灯坏了，车辆乱行，请交警部门尽快修复。上周就反映过，到现在都没人来修。"),
    ("我们楼的化粪池满了往外冒，请街道安排清掏。",
     "第二次反映：我们楼的化粪池满了往外冒，请街道安排清掏。至今还是没有人管。"),
    ("请区住建局督促开发商补办房产证。",
     "请区住建局督促开发商补办房产证。开发商说不归他们管，一直未答复。"),
    # the time waited updated
    ("小区北门的污水管已经两个星期在漏，臭味很大，请物业和水务公司尽快维修。",
     "小区北门的污水管已经四个星期在漏，臭味很大，请物业和水务公司尽快维修。"),
    # sent to another bureau
    ("向县交通局反映：清溪镇到县城的班车取消后学生上学很难，请恢复早班车。",
     "向市交通局反映：清溪镇到县城的班车取消后学生上学很难，请恢复早班车。"),
    # said before
    ("建议在城南菜市场旁边建一个公共厕所，赶集的人太多。",
     "我去年就提过，建议在城南菜市场旁边建一个公共厕所，赶集的人太多。"),
    # a line of identity fields above a form letter
    ("住户：孙丽娟　门牌：5栋1单元302\n我们要求物业公开近三年维修基金的使用明细。",
     "住户：郑国强　门牌：12栋3单元1101\n我们要求物业公开近三年维修基金的使用明细。"),
    ("反映人：钱先生（城西社区）\n建议延长社区卫生服务站周末的开放时间。",
     "反映人：冯女士（北关社区）\n建议延长社区卫生服务站周末的开放时间。"),
    # who writes, then a stance
    ("本人何志远，系该村村民，反对在村东水库上游新建养殖场。",
     "本人梁秀英，系该村村民，反对在村东水库上游新建养殖场。"),
]

DIFFERENT = [
    # a new request added after the status, not only the status
    ("请区住建局督促开发商补办房产证。",
     "请区住建局督促开发商补办房产证。至今未解决，另外请公开逾期办证的赔偿标准。"),
    # the stance differs after the same identity
    ("本人何志远，系该村村民，反对在村东水库上游新建养殖场。",
     "本人何志远，系该村村民，支持在村东水库上游新建养殖场。"),
    # a deadline asked for, not a time waited
    ("建议小区北门的污水管两个星期内修好。", "建议小区北门的污水管四个星期内修好。"),
]


@pytest.mark.parametrize("a,b", COPIES)
def test_reposts_and_form_letters_group(a, b):
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] == labels[1]


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_what_changes_the_request_stays_apart(a, b):
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] != labels[1]


COPIES_2 = [
    # a status clause inside the complaint's sentence, and the time waited after 反映
    ("滨江路工地凌晨还在打桩，已经反映三天了，还是没有人管。",
     "滨江路工地凌晨还在打桩，已经反映两个星期了，至今未解决，还是没有人管。"),
    # the time the problem has lasted before 没 / 未, and having said it before in a clause
    ("我们楼的消防栓两年没检修了，请消防部门督促物业检修。",
     "我们楼的消防栓已经三年没检修了，去年就反映过，请消防部门督促物业检修。"),
    ("您好，我是城西某小区的业主。小区东侧围墙开裂倾斜，请住建局派人查看。",
     "您好，我是城西某小区的业主，今年5月就在留言板上反映过一次，到现在还没有人来看过。小区东侧围墙开裂倾斜，请住建局派人查看。"),
    # sent to a 所 and said to have gone to the bureau before
    ("向市市场监管局反映：东门菜场有商户缺斤少两，请查处。",
     "向区市场监管所反映：东门菜场有商户缺斤少两，请查处。前期已向市局反映。"),
    # a dated aside saying it is sent again
    ("投诉：体育馆停车场出口道闸故障，经常堵到马路上。",
     "投诉（2024-11-02 再次）：体育馆停车场出口道闸故障，经常堵到马路上。"),
    # form letters: a co-signer's line, a name with a phone clause, a house number in brackets
    ("联署人：孙某，电话139****1234。我们支持在城南新区增设一所公办幼儿园。",
     "联署人：钱某某，电话186****5678。我们支持在城南新区增设一所公办幼儿园。"),
    ("本人赵某，手机号码135****6672，对城北拟建的垃圾中转站选址有异议，请求重新论证。",
     "本人钱某某，手机号码177****0315，对城北拟建的垃圾中转站选址有异议，请求重新论证。"),
    ("本户（丹桂苑3-101）同意小区加装电梯方案。", "本户（丹桂苑7-602）同意小区加装电梯方案。"),
    # a speaker's opening and closing around a complaint that asks nothing in words
    ("乡镇卫生院缺少儿科医生，孩子看病要跑到县里。",
     "各位领导好，我就简单说一句：乡镇卫生院缺少儿科医生，孩子看病要跑到县里。我就说这些，谢谢大家。"),
    # spoken fillers in short texts
    ("建议将社区活动室的开放时间延长到晚上九点。", "建议把社区活动室的这个开放时间延长到晚上九点钟。"),
    ("希望能在菜场门口建一个公共厕所，方便买菜的群众。", "希望能够在菜场门口这里建一个公共厕所，方便到这里买菜的群众。"),
    ("公园门口这个路灯坏了好久了，希望修一下。", "就是我们公园门口这个路灯其实坏了好久了，希望能修一下呢。"),
]

DIFFERENT_2 = [
    # a status clause added together with a new request
    ("滨江路工地凌晨还在打桩，请城管部门查处。", "滨江路工地凌晨还在打桩，至今未解决，请城管部门查处并公开处罚结果。"),
    # a period asked for, not a time waited
    ("建议消防栓每两年检修一次。", "建议消防栓每三年检修一次。"),
    # a house number that is the object (which building gets the lift)
    ("建议3号楼先加装电梯。", "建议7号楼先加装电梯。"),
    # the stance differs after the same co-signer line
    ("联署人：孙某，电话139****1234。我们支持在城南新区增设一所公办幼儿园。",
     "联署人：孙某，电话139****1234。我们反对在城南新区增设一所公办幼儿园。"),
]


@pytest.mark.parametrize("a,b", COPIES_2)
def test_more_reposts_and_form_letters_group(a, b):
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] == labels[1]


@pytest.mark.parametrize("a,b", DIFFERENT_2)
def test_more_requests_that_differ_stay_apart(a, b):
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] != labels[1]


def test_a_telephone_inside_the_request_is_not_a_signature():
    # 服务电话 asks for a service line; cutting it off as a signature merged 24 / 12 小时
    a = "建议在城南客运站增设夜间公交线路并公布服务电话24小时值守"
    b = "建议在城南客运站增设夜间公交线路并公布服务电话12小时值守"
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] != labels[1]
    c = "建议在城南客运站增设夜间公交线路。联系电话：138 0000 1234"
    d = "建议在城南客运站增设夜间公交线路。联系电话：139 1111 5678"
    labels = NearDuplicateGrouper().fit([c, d]).labels_
    assert labels[0] == labels[1]


# What the sender's signature heuristics used to cut off the end of a request (all grouped before).
SIGNATURE_LOOKALIKES = [
    ("建议加快推进老旧小区改造，居民希望年底前完工", "建议加快推进老旧小区改造，居民希望明年完工"),
    ("建议加快推进老旧小区改造，群众支持加装电梯", "建议加快推进老旧小区改造，群众反对加装电梯"),
    ("建议加快推进老旧小区改造，业主同意分摊费用", "建议加快推进老旧小区改造，业主不同意分摊费用"),
    ("建议城南新区配建学校（居民区北侧）", "建议城南新区配建学校（居民区南侧）"),
    ("意见如下：\n- 建议增加公交线路\n- 建议增设3个站点", "意见如下：\n- 建议增加公交线路\n- 建议增设5个站点"),
]

SIGNATURES = [
    ("请相关部门尽快处理小区噪音问题。——居民张某", "请相关部门尽快处理小区噪音问题。——居民李某某"),
    ("建议在每个社区建老年食堂（红柳镇居民 马某）", "建议在每个社区建老年食堂（城关镇居民 王某）"),
]


@pytest.mark.parametrize("a,b", SIGNATURE_LOOKALIKES)
def test_the_end_of_a_request_is_never_taken_for_a_signature(a, b):
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] != labels[1]


@pytest.mark.parametrize("a,b", SIGNATURES)
def test_a_signature_still_is_one(a, b):
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] == labels[1]


# Who writes, told in the opening clauses of a form letter: copies whatever the name, village,
# group, ID or role; a complaint told in those clauses is the request's own.
FORM_LEADS = [
    ("本人张某，平川区进德镇三都村村民，坚决反对在进德镇新建垃圾填埋场。联系电话：13907721845",
     "本人覃某某，平川区进德镇里雍村村民，坚决反对在进德镇新建垃圾填埋场。联系电话：18977264530"),
    ("北岭嘎查牧民巴某，身份证号152528197803****15，反映风电项目占用草场的补偿款至今未发放，请求旗政府核查。",
     "北岭嘎查牧民苏某某，身份证号152528198611****27，反映风电项目占用草场的补偿款至今未发放，请求旗政府核查。"),
    ("本人杨某，平川区龙驹镇梨树村4组，库区移民，后期扶持资金未到账，请求区移民局核查。",
     "本人谭某某，平川区龙驹镇梨树村7组，库区移民，后期扶持资金未到账，请求区移民局核查。"),
]

LEAD_COMPLAINTS = [
    ("我叫刘某，在郑东新区某项目干木工，项目部拖欠2023年全年工资，请求劳动监察大队帮助讨薪。",
     "我叫刘某，在郑东新区某项目干木工，项目部拖欠2022年全年工资，请求劳动监察大队帮助讨薪。"),
    ("本人是开发区居民，小区北侧工地夜间施工，建议禁止22点后施工。",
     "本人是开发区居民，小区南侧工地夜间施工，建议禁止22点后施工。"),
]


@pytest.mark.parametrize("a,b", FORM_LEADS)
def test_form_letters_that_differ_only_in_who_writes_group(a, b):
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] == labels[1]


@pytest.mark.parametrize("a,b", LEAD_COMPLAINTS)
def test_a_complaint_told_after_who_writes_is_the_request(a, b):
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] != labels[1]


@pytest.mark.parametrize("a,b", [
    ("我是城郊的种粮户，去年的收购款还有八千没有结清，粮站一直拖着，请有关部门帮忙催一下。",
     "我是城郊的种粮户，去年的收购款还有八千没有结清，粮站一直拖着，已经快一年了，请有关部门帮忙催一下。"),
    ("建议在第一中学门口增设人行天桥，孩子过马路太危险。",
     "我去年就提过，建议在第一中学门口增设人行天桥，孩子过马路太危险。今年开学了还是老样子。"),
    ("我家住在城西，今年冬天暖气一直不热，请热力公司派人检查。",
     "我家住在城西，12月5日已经反映过，今年冬天暖气一直不热，请热力公司派人检查。"),
])
def test_a_reposts_updates_group(a, b):
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    assert labels[0] == labels[1]


ADDRESSED = [
    # whom a plea is put to: a qualifier before an official's title
    ("路口没有红绿灯，孩子上学过马路很危险，恳请上级领导重视此事，尽快安装信号灯。",
     "路口没有红绿灯，孩子上学过马路很危险，恳请县里领导重视此事，尽快安装信号灯。"),
    ("物业擅自涨价，我们多次协商无果，只能求助于领导，请督促物业按合同收费。",
     "物业擅自涨价，我们多次协商无果，只能求助于市领导，请督促物业按合同收费。"),
    # a degree adverb for another in the story
    ("开发商交付的房子质量较差，墙面开裂渗水，请住建部门督促开发商维修。",
     "开发商交付的房子质量很差，墙面开裂渗水，请住建部门督促开发商维修。"),
]
NOT_ADDRESSED = [
    # the unit that is to act is the request
    ("建议由县交通局负责路口信号灯的安装。", "建议由市交通局负责路口信号灯的安装。"),
    ("建议将该事项交由区级部门审批。", "建议将该事项交由市级部门审批。"),
    # a degree word that sets the bar of the request
    ("建议适当提高补贴标准。", "建议大幅提高补贴标准。"),
]


@pytest.mark.parametrize("a,b", ADDRESSED)
def test_whom_a_plea_is_put_to_and_a_degree_adverb_in_the_story_group(a, b):
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 0]


@pytest.mark.parametrize("a,b", NOT_ADDRESSED)
def test_the_acting_unit_and_the_degree_of_a_request_stay_apart(a, b):
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 1]


SENDER_DETAILS = [
    # where the sender lives, before a complaint about something else ("该路段" is the road)
    ("致平川市交通运输局：我住在城南街道翠湖小区5号楼，铁路货运噪声严重影响休息，请求在该路段加装声屏障。",
     "致平川市交通运输局：我住在城南街道翠湖小区9号楼，铁路货运噪声严重影响休息，请求在该路段加装声屏障。"),
    # the house number and name in a bracket of fields
    ("本人系桂园小区业主（房号：5-1-702，业主：李某），小区离第二中学仅800米，却被划到5公里外的学校，请求调整学区。",
     "本人系桂园小区业主（房号：12-3-1101，业主：赵某某），小区离第二中学仅800米，却被划到5公里外的学校，请求调整学区。"),
    # a line of fields before the request, on the same line
    ("签名：刘某某 电话：13900001111 ｜ 反对在湿地公园内修建停车场",
     "签名：陈某 电话：13800002222 ｜ 反对在湿地公园内修建停车场"),
]
SENDER_PLACE_IS_THE_REQUEST = [
    ("我住在翠湖小区，该小区门口的路灯坏了，请尽快修复。", "我住在桂园小区，该小区门口的路灯坏了，请尽快修复。"),
    ("本人系桂园小区业主（房号：5-1-702），请求在本小区增设充电桩。", "本人系翠湖小区业主（房号：5-1-702），请求在本小区增设充电桩。"),
]


@pytest.mark.parametrize("a,b", SENDER_DETAILS)
def test_sender_details_of_a_form_letter_group(a, b):
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 0]


@pytest.mark.parametrize("a,b", SENDER_PLACE_IS_THE_REQUEST)
def test_the_senders_place_stays_when_the_request_is_about_it(a, b):
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 1]


def test_a_unit_of_measure_in_a_bracket_is_no_sender_field():
    a = "建议将第四章中城区污水管网改造投资（单位：亿元）调整为12。"
    b = "建议将第四章中城区污水管网改造投资（单位：万元）调整为12。"
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 1]


def test_a_room_number_added_to_an_address_is_a_personal_detail():
    a = "去年在城南新苑二期5栋1单元办理装修，付款2000元押金，至今未退，请物业尽快退还押金。"
    for b in ("去年在城南新苑二期5栋1单元1502办理装修，付款2000元押金，至今未退，请物业尽快退还押金。",
              "去年在城南新苑二期5栋1单元1502室办理装修，付款2000元押金，至今未退，请物业尽快退还押金。"):
        assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 0]
    c = "建议在城南新苑二期5栋增设电梯。"
    d = "建议在城南新苑二期5栋和7栋增设电梯。"
    assert NearDuplicateGrouper().fit([c, d]).labels_.tolist() == [0, 1]


FORM_LETTER_SENDERS = [
    # a pen name and an e-mail in a closing bracket
    ("建议恢复开通城区至北山镇的末班公交，在城里上班的北山人晚上回家不方便。（网友“北山老张”，邮箱bslz2019@163.com）",
     "建议恢复开通城区至北山镇的末班公交，在城里上班的北山人晚上回家不方便。（网友“山里人家”，邮箱srjia77@qq.com）"),
    # a title line, then who writes, then the letter, signed by its writer
    ("致“十四五”规划编制组的一封信\n我叫王某某，男，66岁，退休职工，住东区新华街道，电话139****1234。我们老厂区的职工宿舍建于七十年代，"
     "屋顶漏雨、管网老化。恳请将老厂区职工宿舍改造列入规划重大工程。\n写信人：王某某 2020年11月3日",
     "致“十四五”规划编制组的一封信\n我叫李某，女，58岁，个体户，住西区长安街道，电话136****5678。我们老厂区的职工宿舍建于七十年代，"
     "屋顶漏雨、管网老化。恳请将老厂区职工宿舍改造列入规划重大工程。\n写信人：李某 2020年11月15日"),
    # the company in a bracket after 我公司
    ("我公司（北岭恒达物流有限公司）建议将北岭至南港的冷链物流通道列入规划，以降低企业运输成本。",
     "我公司（南港华源食品有限公司）建议将北岭至南港的冷链物流通道列入规划，以降低企业运输成本。"),
    # a first sentence of fields
    ("联名意见（第8号）签名人：马某，住址：平川县东岭镇上河村，身份证尾号1234。我们请求将东岭镇至南山的旅游公路纳入农村公路建设计划。",
     "联名意见（第31号）签名人：白某某，住址：平川县东岭镇下河村，身份证尾号5678。我们请求将东岭镇至南山的旅游公路纳入农村公路建设计划。"),
    # a signature and the signer's township before the text
    ("签名：赵某 平川市东城区北关乡 我们支持将东城区纳入都市圈交通一体化范围，请市里尽快研究。",
     "签名：钱某某 平川市东城区南台镇 我们支持将东城区纳入都市圈交通一体化范围，请市里尽快研究。"),
]
FORM_LETTER_BUT_ANOTHER_REQUEST = [
    ("我公司（北岭恒达物流有限公司）建议将北岭至南港的冷链物流通道列入规划。", "我公司（北岭恒达物流有限公司）建议将北岭至东港的冷链物流通道列入规划。"),
    ("签名：赵某 平川市东城区北关乡 我们支持将东城区纳入都市圈交通一体化范围。",
     "签名：赵某 平川市东城区北关乡 我们支持将西城区纳入都市圈交通一体化范围。"),
    ("联名意见（第8号）签名人：马某，住址：平川县东岭镇上河村。我们请求将东岭镇至南山的旅游公路纳入农村公路建设计划。",
     "联名意见（第8号）签名人：马某，住址：平川县东岭镇上河村。我们请求将东岭镇至北山的旅游公路纳入农村公路建设计划。"),
]


@pytest.mark.parametrize("a,b", FORM_LETTER_SENDERS)
def test_form_letters_that_differ_in_their_senders_group(a, b):
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 0]


@pytest.mark.parametrize("a,b", FORM_LETTER_BUT_ANOTHER_REQUEST)
def test_form_letters_with_another_request_stay_apart(a, b):
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 1]


REPOST_HISTORY = [
    ("我们小区门口的雨水井盖丢了，晚上很危险，请尽快补上。",
     "再次反映：我们小区门口的雨水井盖丢了，晚上很危险，5月份就反映过，到现在三个星期了还没解决，请尽快补上！"),
    ("我们楼的二次供水水箱很久没清洗，水有异味，请卫健部门检查。",
     "我们楼的二次供水水箱很久没清洗，水有异味，上周说过了还是没人管，请卫健部门检查！"),
    ("东湖路夜市摊位占道严重，车辆无法通行。",
     "东湖路夜市摊位占道严重，车辆无法通行，之前给城管局留言也没用。"),
    ("我公司申请的稳岗返还至今未到账，请人社局核查。",
     "我公司申请的稳岗返还，5月份已来函反映过，至今仍未到账，请人社局核查。"),
    ("合作社申报的农机购置补贴至今没有发放，请农业农村局核查。",
     "合作社申报的农机购置补贴至今没有发放，今年4月已在留言板反映过，现再次反映，请农业农村局核查。"),
    ("7月2日：村里的便民桥被洪水冲垮，孩子上学要绕很远，请乡政府尽快修复。",
     "7月20日：村里的便民桥被洪水冲垮，孩子上学要绕很远，请乡政府尽快修复。"),
    ("建议在城西小学门口增设减速带。（2024-03-05）", "建议在城西小学门口增设减速带。（2024-04-18再次提交，上次未收到回复）"),
    ("孩子的医保关系转不过来，已经等了三个礼拜，麻烦医保局看看。", "孩子的医保关系转不过来，已经等了两个多月了，麻烦医保局看看。"),
    ("我们小区的加装电梯申请已经提交两个月，一直没有答复，请尽快审批。",
     "我们小区的加装电梯申请已经提交四个月，一直没有答复，请尽快审批。"),
]
NOT_HISTORY = [
    ("建议在城西小学门口增设减速带，2024年3月底前完成。", "建议在城西小学门口增设减速带，2024年5月底前完成。"),
    ("建议将补贴申报期限延长两个月。", "建议将补贴申报期限延长四个月。"),
    ("请在7月2日前修复村里的便民桥。", "请在7月20日前修复村里的便民桥。"),
]


@pytest.mark.parametrize("a,b", REPOST_HISTORY)
def test_a_reposts_history_and_date_stamp_group(a, b):
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 0]


@pytest.mark.parametrize("a,b", NOT_HISTORY)
def test_dates_and_periods_asked_for_stay_apart(a, b):
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 1]


@pytest.mark.parametrize("a,b", [
    ("希望早日实现城乡供水一体化，让山区群众喝上放心水。", "希望早曰实现城乡供水一休化，让山区群众喝上放心水。"),
    ("建议逐步提高城乡居民基础养老金标准。", "建议逐步提高城乡居民基础养老全标准。"),
])
def test_ocr_shapes_group(a, b):
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 0]


@pytest.mark.parametrize("a,b", [
    ("西门的路灯坏了一个多月了，请尽快修。", "再次反映：西门的路灯坏了快两个月了，请尽快修。"),
    ("致区住建局：我买的商品房已经逾期交房，开发商一直不给说法，请督促交房。",
     "致区住建局（再次反映）：我买的商品房已经逾期交房，开发商一直不给说法，请督促交房。"),
])
def test_nearly_and_a_bracketed_repost_mark_group(a, b):
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 0]


@pytest.mark.parametrize("a,b", [
    ("我是网约车司机，车牌宁A·D3521，请求降低平台抽成比例。", "我是网约车司机，车牌宁A·F6809，请求降低平台抽成比例。"),
    ("我是快递员，工号K10235，建议在写字楼周边设置快递临时停车点。", "我是快递员，工号K20871，建议在写字楼周边设置快递临时停车点。"),
    ("交通运输局：\n听说12路要撤销，老人出行会很不方便，恳请保留12路公交线路。\n王某某 电话：0951-5023118\n6月3日",
     "交通运输局：\n听说12路要撤销，老人出行会很不方便，恳请保留12路公交线路。\n欧阳某 电话：13995012345\n6月5日"),
])
def test_plates_staff_numbers_and_a_signed_last_line_are_who_writes(a, b):
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 0]


def test_a_plate_asked_about_stays():
    a, b = "请查处车牌宁A·D3521的渣土车夜间偷倒。", "请查处车牌宁A·F6809的渣土车夜间偷倒。"
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 1]


def test_a_signature_with_an_address_field_before_the_text():
    a, b = "签名：赵某 住址：桂花园3栋 反对砍伐小区古樟树", "签名：孙某某 住址：桂花园8栋 反对砍伐小区古樟树"
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 0]
    c = "签名：赵某 住址：桂花园3栋 支持砍伐小区古樟树"
    assert NearDuplicateGrouper().fit([a, c]).labels_.tolist() == [0, 1]


@pytest.mark.parametrize("a,b", [
    ("反映杨柳村自来水浑浊，请检测水质。", "上周已经反映过，杨柳村自来水还是浑浊，请检测水质。"),
    ("尊敬的县长：我们村通往镇上的那段路坑坑洼洼，请安排维修。", "尊敬的书记：我们村通往镇上的那段路坑坑洼洼，请安排维修。这件事去年就反映过了。"),
    ("市长热线您好：小区旁边的废品收购站堆放易燃物，请尽快核查并督促搬离。",
     "市长热线您好：这个问题我一个月前就反映过了，到现在还没有任何变化，所以再次反映。小区旁边的废品收购站堆放易燃物，请尽快核查并督促搬离。"),
])
def test_more_of_a_reposts_history_groups(a, b):
    assert NearDuplicateGrouper().fit([a, b]).labels_.tolist() == [0, 0]
