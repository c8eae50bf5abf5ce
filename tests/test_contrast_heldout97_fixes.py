"""Copies found by contrast pairs held-out 97 (written blind mid-session, measured once with the grouper of 10ead3a:
0/105 different, 80/105 copies). The texts are written anew; each copy was kept apart before, each guard pair is
apart before and after."""


def test_an_ocr_reading_qing_as_jing_and_variant_shapes(grouped):
    assert grouped("建议在晴天增加背街小巷的清扫频次。", "建议在睛天增加背街小巷的清扫频次。")
    assert grouped("请增加对无人机“黑飞”的处罚规定。", "请增加对无人机“黒飞”的处罸规定。")


def test_support_for_the_draft_before_and_a_hope_it_comes_soon_after(grouped):
    text = "建议城区公园全部免费开放。"
    assert grouped(text, "非常支持本次规划！建议城区公园全部免费开放。期待规划早日出台！")
    assert grouped(text, "建议城区公园全部免费开放。这是很多市民的心声，希望能得到采纳，万分感谢！")
    # (support and opposition stay apart)
    assert not grouped("支持在城区公园设置收费停车场。", "反对在城区公园设置收费停车场。")


def test_where_a_post_came_from_and_went_to(grouped):
    text = "请在桥头村修建一座公共厕所。"
    assert grouped(text, "来自“市民意见征集”小程序：请在桥头村修建一座公共厕所。[iPhone客户端]")
    assert grouped(text, "#网友留言# @某市场监管 请在桥头村修建一座公共厕所。（来自微博 Android）")
    assert grouped(text, "转：请在桥头村修建一座公共厕所。（原帖发于某论坛“民生直通车”版块）")


def test_a_note_that_the_message_is_sent_again_after_a_garbled_one(grouped):
    text = "第十九条规定的举报奖励标准太低，建议提高。"
    assert grouped(text, "补充说明：昨天在网站上提交的意见显示为乱码，现重新提交——" + text)
