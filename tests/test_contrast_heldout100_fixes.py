"""Copies found by contrast pairs held-out 100 (written blind at the session's start, measured once with the grouper
of afd1cbd: 0/105 different, 81/105 copies). The texts are written anew; each copy was kept apart before, each
guard pair is apart before and after."""


def test_a_note_that_the_message_is_posted_again_in_a_bracket_before_it(grouped):
    text = "建议在火车站东广场增设出租车候客区。"
    assert grouped(text, "（更正：刚才错了一个字，重新发一遍）" + text)
    assert grouped(text, "（本意见已于4月2日通过市长信箱提交，现在网上再提交一次）" + text)


def test_a_reposts_chain_and_a_line_saying_where_it_was_copied_from(grouped):
    text = "建议在幼儿园门口施划临时停车位，接送时段允许停车十五分钟。"
    assert grouped(text, "支持！//@某小区业主群：" + text)
    assert grouped(text, "以下内容转自某小区业主微信群，请有关部门关注：\n" + text)
    assert grouped(text, text + "\n编辑于 2024年5月6日 20:15")
    # (a re-post that adds a request of its own stays apart)
    assert not grouped(text, "支持！还应增加交警值守。//@某小区业主群：" + text)


def test_a_companys_name_its_reading_of_the_draft_and_its_closings(grouped):
    text = "建议将第五条中屋顶光伏安装比例由不低于50%调整为不低于30%，对承重不足的老厂房设置豁免条款。"
    assert grouped(text, "某某包装材料有限公司意见：我公司认真学习了征求意见稿，现提出如下建议。" + text + "以上建议，敬请研究。")
    assert grouped(text, text + "请转交有关部门，谢谢。")
    # (the number stays what the request is)
    assert not grouped(text, "某某包装材料有限公司意见：我公司认真学习了征求意见稿，现提出如下建议。"
                       + text.replace("30%", "40%"))


def test_a_traditional_hou_read_as_the_simplified(grouped):
    assert grouped("建议提前拨付今年的耕地地力保护补贴，不要拖到秋收以后。",
                   "建议提前拨付今年的耕地地力保护补贴，不要拖到秋收以後。")
