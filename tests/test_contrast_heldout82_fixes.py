"""Copies found by contrast pairs held-out 82 (written blind, measured once with the grouper of 8f8068a: 86/105 copies
per pair, 81/105 in one fit). The texts are written anew here; each assertion on copies failed before."""


def test_who_asks_before_the_ask_with_or_without_a_colon(grouped):
    # 某企业建议：… set the head aside as who asks, 某企业建议… kept 某企业 in the request: in one fit the copy
    # with courtesy around it was compared with the head's colon form and kept apart
    assert grouped("物流企业建议：货车通行证办理时限压缩至三个工作日。",
                   "各位领导辛苦了！物流企业建议货车通行证办理时限压缩至三个工作日。祝工作顺利！")
    # who asks is no object: two kinds of sender asking the same are one request, another ask is not
    assert not grouped("物流企业建议货车通行证办理时限压缩至三个工作日。", "物流企业建议货车通行证办理时限压缩至五个工作日。")


def test_a_unit_named_over_a_request_that_asks_in_no_words(grouped):
    # 某公司意见：…可先行…，事后…补办 asks in no words, so its head naming the sender was kept as if it held the
    # request's object, and the copy written in a letter's courtesy was never offered to it in one fit
    texts = ["燃气抢修可以先行开挖，开挖后48小时内补办手续。",
             "某燃气有限公司意见：燃气抢修可先行开挖，事后48小时内补办手续。",
             "按照贵局来函要求，我公司认真研究后提出如下意见：燃气抢修可先行开挖，事后48小时内补办手续。不妥之处，敬请指正。"]
    import consultagg as ca
    labels = ca.NearDuplicateGrouper().fit(texts).labels_
    assert labels[1] == labels[2]
    # a head that names a place, not who writes, still keeps the request's object
    assert not grouped("城东泵站：已经三年没有检修了。", "城西泵站：已经三年没有检修了。")


def test_the_channel_a_message_came_by_at_its_start(grouped):
    # （微信小程序提交） and （网页端提交） opening the same message were read as two requests' words
    assert grouped("（微信小程序提交）建议将废旧动力电池纳入条例的回收管理范围。", "（网页端提交）建议将废旧动力电池纳入条例的回收管理范围。")
    assert not grouped("（网页端提交）建议将废旧动力电池纳入条例的回收管理范围。", "（网页端提交）建议将废旧铅蓄电池纳入条例的回收管理范围。")


def test_a_scans_xiao_for_dao_and_shang_for_xiang(grouped):
    assert grouped("建议将公交专用道所在路段纳入禁挖名录，减少对公交运行的影响。", "建议将公交专用逍所在路段纳入禁挖名录，减少对公交运行的影晌。")


def test_an_official_letter_around_a_request_that_asks_in_no_words(grouped):
    # the letter's formulas (贵厅《…污染…条例（草案）〉意见的函》收悉。经研究，我厅意见如下： / 特此函复。) were kept as if they
    # held the request's object: 污染 in the draft's own title read as a complaint
    letter = ("省生态环境厅：\n　　贵厅《关于征求〈水污染防治条例（草案）〉意见的函》收悉。经研究，我厅意见如下："
              "达到回用标准的再生水用于园林绿化的，不再办理取水许可。\n　　特此函复。")
    assert grouped("水利厅意见：达到回用标准的再生水用于园林绿化的，不再办理取水许可。", letter)
    assert not grouped("水利厅意见：达到回用标准的再生水用于道路清扫的，不再办理取水许可。", letter)
