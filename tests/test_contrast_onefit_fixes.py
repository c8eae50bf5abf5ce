"""Found by reading the held-out contrast sets in one fit (held-out 54 and 55: copies of one request made a
campaign, and a member asking for another object in the same words stayed in it). The texts are written anew
here; the assertions on members that leave failed before."""

from consultagg import NearDuplicateGrouper


def test_a_campaign_member_naming_another_object_leaves_it():
    # A release blocker: a decision on the campaign would have answered both diseases, both kinds of
    # kindergarten and both services alike.
    cases = [("建议将慢性阻塞性肺疾病纳入门诊慢特病保障范围，减轻患者负担。",
              "建议将类风湿关节炎纳入门诊慢特病保障范围，减轻患者负担。"),
             ("建议对民营幼儿园保育员按每人每月300元发放岗位补贴。",
              "我们建议对公立幼儿园保育员按每人每月300元发放岗位补贴。"),
             ("建议对社区助洁服务按每人次5元给予运营补贴。",
              "建议对社区助医服务按每人次5元给予运营补贴。")]
    for template, other in cases:
        g = NearDuplicateGrouper().fit([template] * 5 + [other])
        assert g.labels_[5] != g.labels_[0], other


def test_a_campaign_member_changing_its_wording_stays():
    # Words at large put for one another, a typo and the sender's own estate stay a member's wording.
    template = "建议相关部门尽快解决锦华小区周边道路积水问题。"
    members = ["建议相关单位尽快解决锦华小区周边道路积水问题。",
               "建议相关部门尽快解决锦华小区周边道路积水问提。",
               "我是锦华小区居民，建议相关部门尽快解决锦华小区周边道路积水问题。"]
    g = NearDuplicateGrouper().fit([template] * 5 + members)
    assert len(set(g.labels_.tolist())) == 1
    # (an OCR's character that makes no word, 资质 / 资贡; the sender's family in their own story)
    template = "家父入住养老机构时被要求一次性交纳一年押金，负担很重。建议条例规定押金不得超过三个月费用，由具备资质的机构托管。"
    members = ["家母入住养老机构时被要求一次性交纳一年押金，负担很重。建议条例规定押金不得超过三个月费用，由具备资质的机构托管。",
               "家父入住养老机构时被要求一次性交纳一年押金，负担很重。建议条例规定押金不得超过三个月费用，由具备资贡的机构托管。"]
    g = NearDuplicateGrouper().fit([template] * 5 + members)
    assert len(set(g.labels_.tolist())) == 1


def test_a_short_copy_of_a_member_that_leaves_its_cluster_joins_it():
    # Copies lost in one fit before: a short request and its copy in other numerals (4月1日 / 四月一日) stayed
    # apart when the first sat in a cluster with a request that names an article (第三十六条…), which the
    # cluster's check then took out; the copy was never offered, as it was only ever matched to texts alone.
    texts = ["建议休渔期调整为每年5月1日至7月31日。", "建议休渔期调整为每年五月一日至七月三十一日。",
             "第二十条休渔期建议调整为每年5月1日至7月31日。", "第二十条休渔期建议调整为每年5月1日至7月31日。（重复提交）"]
    g = NearDuplicateGrouper().fit(texts)
    assert g.labels_[0] == g.labels_[1]
    assert g.labels_[2] == g.labels_[3] != g.labels_[0]
    # a greeting around the short request, its copy in a cluster with an expanded version
    texts = ["尊敬的市人大常委会法工委：建议保留第二十九条“只租不售”的规定。此致\n敬礼！", "建议保留第二十九条“只租不售”的规定。",
             "建议保留第二十九条“只租不售”的规定，防止开发商把车位卖给小区外人员。"]
    g = NearDuplicateGrouper().fit(texts)
    assert g.labels_[0] == g.labels_[1] != g.labels_[2]
