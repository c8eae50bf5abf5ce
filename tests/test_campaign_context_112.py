"""Different requests inside a form letter's context stay apart: what contrast set held-out 112 showed (its fair
figure was measured before these rules). Release blockers, failing at d47db1a: two nouns of the request put for
others (餐饮 / 洗车 门店 and 隔油池 / 沉淀池), one vehicle for another whose names share a character (渣土车 /
混凝土罐车), a facility asked for named in other words (饮水点 / 公共卫生间, so that the sentence was not found
close enough to compare), a heritage site told of with its kind and its part (石板桥 / 祠堂戏楼), and two things
exchanged in a clause whose reasons were reworded (按耕地面积占七成、家庭人口占三成 / 按家庭人口占七成、耕地面积占
三成). Copies whose signers only change a word at large or a synonym stay one
campaign (a guard). Texts are written for these tests."""

import consultagg as ca

WHO = ("作为一名退休职工，我很关心这件事，", "我家住在滨江小区，是一名厨师，", "我是一名在校大学生，", "我是石岗镇前进村的村民，",
       "我家住在翠湖苑小区，是一名司机，")


def _labels(a: str, b: str) -> list:
    return list(ca.NearDuplicateGrouper().fit([WHO[i] + a for i in range(4)] + [WHO[4] + b]).labels_)


def _apart(a: str, b: str) -> bool:
    return all((labels := _labels(x, y))[4] not in labels[:4] for x, y in ((a, b), (b, a)))


def _together(a: str, b: str) -> bool:
    return all(len(set(_labels(x, y))) == 1 for x, y in ((a, b), (b, a)))


def test_two_nouns_of_the_request_put_for_others():
    a = "老城区农贸市场周边的餐饮门店污水直排雨水井的问题很普遍，建议在条例中规定其必须设置隔油池并接入污水管网，由城管部门定期抽查。"
    assert _apart(a, a.replace("餐饮门店", "洗车门店").replace("隔油池", "沉淀池"))


def test_another_vehicle_sharing_a_character():
    a = "城区内渣土车夜间闯红灯、沿路撒漏的问题突出，建议统一加装超速提醒和密闭装置，数据接入交警平台。"
    assert _apart(a, a.replace("渣土车", "混凝土罐车"))


def test_another_facility_named_in_other_words():
    story = "东区体育公园晚上锻炼的人很多，但篮球场一带只有一处服务设施，高峰时总要排队。"
    assert _apart(story + "建议在篮球场北侧再增设一处公共卫生间，并配置母婴室。",
                  story + "建议在篮球场北侧再增设一处自助充电点，并配置遮雨棚。")


def test_another_heritage_site_told_with_its_kind_and_part():
    a = "我是柳庄村的文保志愿者。村东的石板桥是明代古桥，今年雨季桥墩被冲垮一角，至今没有修缮，建议列入县级文物保护单位并安排抢修经费。"
    b = "我是柳庄村的文保志愿者。村东的祠堂戏楼是明代建筑，今年雨季台基被冲垮一角，至今没有修缮，建议列入县级文物保护单位并安排抢修经费。"
    assert _apart(a, b)


def test_two_things_exchanged_in_a_clause_with_reworded_reasons():
    head = "我们是河湾村的种粮户，代表全村六十户提意见。耕地地力保护补贴各村分法不一，容易起纠纷。"
    a = head + "我们建议镇里统一规定：补贴按耕地面积占七成、家庭人口占三成来分，这样种地多的户投入大，也能多得一些。请在方案里写明。"
    b = head + "我们建议镇里统一规定：补贴按家庭人口占七成、耕地面积占三成来分，这样人口多的户开销大，也能多得一些。请在方案里写明。"
    assert _apart(a, b)


def test_a_word_at_large_or_a_synonym_is_a_signers_own():
    a = "老城区农贸市场周边的餐饮门店污水直排雨水井的问题很普遍，建议在条例中规定其必须设置隔油池并接入污水管网，由城管部门定期抽查。"
    assert _together(a, a.replace("城管部门", "城管单位"))
    assert _together(a, a.replace("问题很普遍", "情况很普遍"))



def test_who_writes_told_in_the_request_sentence_stays_a_signers_own():
    # (guards, found over the older sets when several nouns put for others first took a member out: the signer's
    # name after 叫, an employer written 某…企业, a clinic's name before 意见：)
    assert _together("我是一名退休教师，叫周德顺，建议将高龄津贴发放年龄降到75岁。",
                     "我是一名退休工人，叫钱玉芬，建议将高龄津贴发放年龄降到75岁。")
    assert _together("作为园区的青年职工（某电子企业技术员），建议在园区规划建设人才公寓，缓解外地员工租房难。",
                     "作为园区的青年职工（某物流企业调度员），建议在园区规划建设人才公寓，缓解外地员工租房难。")
    assert _together("安康宠物诊所意见：建议允许具备资质的宠物医院代办犬只登记，并与公安登记系统联网。",
                     "乐宠动物医院意见：建议允许具备资质的宠物医院代办犬只登记，并与公安登记系统联网。")


def test_fillers_put_in_are_no_other_object():
    assert _together("建议养老护理员培训经费从就业补助资金中列支。", "我们建议，养老护理员的培训经费可以从就业补助资金当中予以列支。")


def test_a_unit_named_before_the_object_is_no_signer():
    # (found over the older sets, failing at 7cdda0d: 重点排污单位的 before the object was read as a form's field
    # 单位：… naming who writes, and 自行 / 执法 监测数据 were one request)
    a = "某环保公益中心：建议条例规定，生态环境部门应当公开重点排污单位的自行监测数据，公开期限不少于三年。"
    assert _apart(a, a.replace("自行监测", "执法监测"))


def test_a_scans_confusions_hide_no_other_object():
    # (failing at 7cdda0d: once the confusions the table knows were set aside, 时间 / 时问 was left alone and read
    # as another object)
    a = ("关于公交候车亭改造的建议：城区不少公交候车亭还是十几年前建的，顶棚漏雨，座椅损坏。建议交通部门统一拨付资金，"
         "分批改造候车亭，增加电子站牌，让乘客能够实时查询到站时间。")
    b = a.replace("候车亭", "侯车亭").replace("拨付", "拔付").replace("时间", "时问")
    assert _together(a, b)
