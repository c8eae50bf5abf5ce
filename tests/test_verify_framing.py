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
}

DIFFERENT = {
    "building number": ("建议对3号楼加装电梯并改造无障碍通道。", "建议对5号楼加装电梯并改造无障碍通道。"),
    "period asked for": ("建议将整改期限由三个月延长至六个月。", "建议将整改期限由三个月延长至四个月。"),
    "lead unit swapped": ("建议牵头单位由市住建局调整为市水务局。", "建议牵头单位由市水务局调整为市住建局。"),
    "negation": ("建议将湿地保护率作为约束性指标。", "建议不将湿地保护率作为约束性指标。"),
    "room number changed": ("请查处18栋2单元3206室的违章搭建。", "请查处18栋2单元3208室的违章搭建。"),
    "addressee changes the request": ("建议由市生态环境局负责餐饮油烟监管。", "建议由市城管局负责餐饮油烟监管。"),
    "months asked for": ("建议整改期限快三个月内完成。", "建议整改期限快六个月内完成。"),
}


@pytest.mark.parametrize("name", sorted(COPIES))
def test_framing_edits_are_copies(name):
    a, b = COPIES[name]
    assert request_difference(a, b) is None, (name, request_difference(a, b))
    assert request_difference(b, a) is None, (name, request_difference(b, a))


@pytest.mark.parametrize("name", sorted(DIFFERENT))
def test_controls_stay_apart(name):
    a, b = DIFFERENT[name]
    assert request_difference(a, b) is not None, name
    assert request_difference(b, a) is not None, name


# A short opinion under a long addressee line shares too few shingles with its bare copy for
# the candidate step (templates under 50 characters never gather by containment): the verifier
# would accept the pair, the grouper never proposes it. A known limit of the candidate step.
NOT_CANDIDATES = {"several organs addressed"}


def test_grouper_groups_the_copies():
    names = sorted(set(COPIES) - NOT_CANDIDATES)
    texts = [t for name in names for t in COPIES[name]]
    labels = NearDuplicateGrouper().fit(texts).labels_
    for k, name in enumerate(names):
        assert labels[2 * k] == labels[2 * k + 1], name
