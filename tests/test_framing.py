"""Sentences that frame a request (framing.py) and the judge that sets them aside.

Written before the sentence-level framing judge: the copies failed with the rule-by-phrase
reduction alone (they were kept apart as 文字增删 / 文字不同 / 数值不同), the controls must stay apart.
"""

import pytest

from consultagg.dedup.framing import framing_removed
from consultagg.dedup.verify import request_difference

COPIES = {
    "greeting and wish": ("您好！感谢给我们提意见的机会。建议在城郊增设公交夜班线路。祝工作顺利！",
                          "建议在城郊增设公交夜班线路。"),
    "who writes, with an age": ("退休教师周秀兰，住铁路新村，今年70岁。建议在社区设置老年助餐点。",
                                "退休工人孙大成，住矿务局宿舍，今年66岁。建议在社区设置老年助餐点。"),
    "lead-in head": ("关于实施方案，我中心建议：加快推进县域医共体信息平台建设。",
                     "建议加快推进县域医共体信息平台建设。妥否，请酌。"),
    "mention": ("@市水务局 小区二次供水水箱多年没清洗，希望定期清洗并公示。",
                "@市人民政府 小区二次供水水箱多年没清洗，希望定期清洗并公示。"),
    "contact line": ("建议规划明确农村饮水工程的管护经费。\n联系人：马先生，电话：139****1102，上午打不通请发短信。",
                     "建议规划明确农村饮水工程的管护经费。"),
    "plea with a closing": ("建议在高速公路服务区增设充电桩。以上建议仅供参考，如有不妥之处敬请批评指正。",
                            "您好：建议在高速公路服务区增设充电桩。"),
    "fraction in words": ("建议景区门票价格下调三分之一。", "建议景区门票价格下调1/3。"),
    "OCR neighbours": ("建议将困难失能老年人纳入长期护理保险保障范围。", "建议将困难失能老年入纳人长期护理保险保障范围。"),
    "OCR digit run": ("建议给予每户不低于1000元补助。", "建议给予每户不低于1OOO元补助。"),
    "fillers inside a span": ("建议在规划当中进一步地明确一下避难场所的建设标准。", "建议在规划中明确避难场所的建设标准。"),
}

DIFFERENT = {
    "section in a sentence that does not ask": ("第三章第二节的表述有误。建议删除。", "第五章第二节的表述有误。建议删除。"),
    "number after an asking head": ("希望规划明确：垃圾站离学校不得少于200米。", "希望规划明确：垃圾站离学校不得少于100米。"),
    "object in the asking sentence": ("您好！建议对钢铁行业实施超低排放改造。谢谢！", "建议对水泥行业实施超低排放改造。"),
    "number in a sentence with a sender's word": ("我们村有300户居民。建议修一条路。", "我们村有800户居民。建议修一条路。"),
    "added request after thanks": ("建议增设充电桩。", "建议增设充电桩。谢谢！另外建议在服务区增设母婴室，方便带孩子的旅客。"),
}


@pytest.mark.parametrize("name", sorted(COPIES))
def test_copies_group(name):
    a, b = COPIES[name]
    assert request_difference(a, b) is None, name


@pytest.mark.parametrize("name", sorted(DIFFERENT))
def test_controls_stay_apart(name):
    a, b = DIFFERENT[name]
    assert request_difference(a, b) is not None, name


def test_text_without_an_asking_sentence_is_kept_whole():
    text = "小区门口的路灯坏了三个月了。谢谢！"
    assert framing_removed(text) == text


def test_nothing_left_is_never_a_match():
    # a head that asks, followed by what it asks for: never emptied into a match
    assert request_difference("希望规划明确：居民楼旁不建搅拌站。", "希望规划明确：居民楼旁可建搅拌站。") is not None
