"""Copies found by contrast pairs held-out 92 (written blind at the start of the session, measured once with the
session-start grouper of 5f6c021: 0/105 different, 84/105 copies). The texts are written anew; each copy was kept
apart before, and each guard held before and after."""

from consultagg import NearDuplicateGrouper


def grouped(a: str, b: str) -> bool:
    labels = NearDuplicateGrouper().fit([a, b]).labels_
    return bool(labels[0] == labels[1])


def test_form_letters_whose_senders_tell_a_story_with_numbers_before_one_request():
    request = "建议在社区推行家庭医生上门服务，并将上门服务费用纳入医保报销范围。"
    assert grouped("我今年78岁，老伴前年摔伤后一直卧床，每次看病都要叫车，很不方便。" + request,
                   "我今年66岁，子女都在外省工作，一个人住，有高血压。" + request)
    assert grouped("我是一名退休工人，每月养老金不到两千元。建议城乡居民医保个人缴费标准今年暂缓上调，减轻困难群众负担。",
                   "我是灵活就业人员，收入很不稳定。建议城乡居民医保个人缴费标准今年暂缓上调，减轻困难群众负担。")


def test_guards_a_story_before_another_request_or_a_place_of_their_own():
    # another number asked for after the same story, and a request about the sender's own village, stay apart
    assert not grouped("我今年78岁，行动不便。建议将免费乘坐公交的年龄从70岁降到65岁，方便更多老人出行。",
                       "我今年78岁，行动不便。建议将免费乘坐公交的年龄从70岁降到60岁，方便更多老人出行。")
    assert not grouped("我是甲村村民，今年70岁。建议在村口设置公交停靠站，方便老人去镇上看病。",
                       "我是乙村村民，今年65岁。建议在村口设置公交停靠站，方便老人去镇上看病。")
    # (a release blocker found while writing this guard, grouped by the session-start grouper too: the sender's line
    # 我是某村村民。 reduced away, the two villages' 村口 were one request; and 王村 / 李村, a village of one character)
    assert not grouped("我是石埠村村民。建议在村口设置公交停靠站，方便老人去看病。", "我是云溪村村民。建议在村口设置公交停靠站，方便老人去看病。")
    assert not grouped("我是王村村民。建议在村口设置公交停靠站，方便老人去看病。", "我是李村村民。建议在村口设置公交停靠站，方便老人去看病。")
    assert grouped("我是石埠村村民。建议在村口设置公交停靠站，方便老人去看病。", "我是石埠村村民张某。建议在村口设置公交停靠站，方便老人去看病。")


def test_a_post_re_sent_from_a_client_and_a_post_edited_for_its_typos():
    assert grouped("老桥别拆！建议把原机械厂的红砖厂房改造成城市展览馆。",
                   "#老城更新意见征集# 老桥别拆！建议把原机械厂的红砖厂房改造成城市展览馆。 来自微博客户端")
    assert grouped("建议在东湖村村口的省道路段设置减速带和限速标志。",
                   "建议在东湖村村口的省道路段设置减速带和限速标志。（2024-06-02 18:40 编辑：修改了错别字）")


def test_an_ocr_reading_cun_as_cai():
    assert grouped("建议提高乡村教师的交通补贴，稳定农村学校师资队伍。", "建议提高乡材教师的交通补贴，稳定农村学校师资队伍。")
