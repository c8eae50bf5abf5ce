"""Copies found by contrast pairs held-out 96 (written blind mid-session, measured once with the grouper of 580e71e:
0/105 different, 89/105 copies). The texts are written anew; each copy was kept apart before, each guard pair is
apart before and after."""


def test_a_length_in_metres_and_in_centimetres(grouped):
    assert grouped("建议人行道树池之间的净距不小于0.8米。", "建议人行道树池之间的净距不小于80厘米。")
    assert grouped("建议人行道树池之间的净距不小于1.2米。", "建议人行道树池之间的净距不小于120cm。")
    # (another length, and an area, stay apart)
    assert not grouped("建议人行道树池之间的净距不小于0.8米。", "建议人行道树池之间的净距不小于80米。")
    assert not grouped("建议每个摊位面积不小于50平方厘米。", "建议每个摊位面积不小于0.5平方米。")


def test_hoping_it_is_adopted_and_thanking_everyone_after_the_request(grouped):
    text = "老码头的砂石堆场扬尘很大，建议全部改为封闭料棚，并在装卸点安装喷雾抑尘设施。"
    assert grouped(text, text + "希望能得到采纳，谢谢各位！")


def test_brackets_telling_a_paper_copy_and_an_upload_again(grouped):
    text = "建议将古城墙遗址周边的违章搭建在今年内全部拆除，恢复城墙根下的步道。"
    assert grouped(text, "（本意见已于6月3日通过信函寄出，此为电子版）" + text)
    assert grouped(text, "（补充附件后重新上传，意见内容不变）" + text)
