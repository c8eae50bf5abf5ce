"""Pairs found by contrast pairs held-out 81 (written blind, measured once with the grouper of c373121: 1/105
different requests grouped, 86/105 copies per pair). The texts are written anew here; each assertion that
keeps two requests apart failed before."""


def test_what_a_head_that_asks_introduces_is_the_request(grouped):
    # a head that names the draft's article and asks (…建议改为：) was kept, but the sentence it introduces
    # opened like a sender's line (居民…，) and was set aside as who writes: the order asked for was lost
    assert not grouped("第二十一条供水次序建议修改为：居民饮用优先，其次保障养老院，再次保障幼儿园。",
                       "第二十一条供水次序建议修改为：居民饮用优先，其次保障幼儿园，再次保障养老院。")
    assert not grouped("第八条建议调整为：村民自建房排水先接入化粪池，再接入污水管网。",
                       "第八条建议调整为：村民自建房排水先接入污水管网，再接入化粪池。")
    # the same request with the head's courtesy aside still groups
    assert grouped("第二十一条供水次序建议修改为：居民饮用优先，其次保障养老院，再次保障幼儿园。",
                   "第二十一条供水次序建议修改为：居民饮用优先，其次保障养老院，再次保障幼儿园。以上意见供参考。")
