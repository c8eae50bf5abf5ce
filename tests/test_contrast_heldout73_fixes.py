"""Found by contrast pairs held-out 73 (written blind, measured once at 3cd6938: 0/105 different, 90/105
copies per pair). The texts are written anew here; each assertion of a copy failed before the fix."""


def test_counts_and_durations_written_two_ways(grouped):
    assert grouped("建议重点企业每1年至少开展1次土壤隐患排查。", "建议重点企业每年至少开展一次土壤隐患排查。")
    assert grouped("建议夜间施工噪声投诉在1.5小时内办结。", "建议夜间施工噪声投诉在90分钟内办结。")
    # other counts and durations stay apart
    assert not grouped("建议重点企业每年至少开展一次土壤隐患排查。", "建议重点企业每年至少开展两次土壤隐患排查。")
    assert not grouped("建议夜间施工噪声投诉在0.5小时内办结。", "建议夜间施工噪声投诉在60分钟内办结。")


def test_a_scans_huai_for_zhun(grouped):
    a = "建议土壤污染风险管控的标准与国家标准一致，避免地方标准过严。"
    assert grouped(a, a.replace("准", "淮"))


def test_a_heads_that_only_lead_to_the_one_request(grouped):
    a = "建议第十二条增加社区参与噪声纠纷调解的职责。"
    assert grouped("某街道办事处意见：无其他意见，仅" + a, a)
    assert grouped("领导好！我们协会有个小建议：" + a, a)
    assert grouped("（此条为补充提交，内容与前一条相同）" + a, a)
    # a head naming other points stays
    assert not grouped("某街道办事处意见：第十条无意见，" + a.replace("第十二条", "第十三条"), a)
