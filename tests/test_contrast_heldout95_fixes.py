"""Copies found by contrast pairs held-out 95 (written blind at the session's start, measured once with the grouper of
84813de: 0/105 different, 85/105 copies). The texts are written anew; each copy was kept apart before, each guard
pair is apart before and after."""


def test_an_ocr_reading_shi_and_qian_as_their_shapes(grouped):
    text = "老街改造期间建议在停车场搭建临时摊棚，改造完成后商户按原位置迁回。"
    assert grouped(text, "老街改造期间建议在停车场搭建临吋摊棚，改造完成后商户按原位置迂回。")


def test_a_per_mille_written_as_a_percentage(grouped):
    text = "规划提出城镇燃气普及率达到99.5%，建议对剩余0.5%的散居户说明供气方式。"
    assert grouped(text, "规划提出城镇燃气普及率达到百分之九十九点五，建议对剩余千分之五的散居户说明供气方式。")
    assert grouped(text, "规划提出城镇燃气普及率达到99.5%，建议对剩余5‰的散居户说明供气方式。")
    # (another per mille is another number)
    assert not grouped(text, "规划提出城镇燃气普及率达到99.5%，建议对剩余千分之三的散居户说明供气方式。")


def test_sorry_to_trouble_you_and_thanks_around_one_request(grouped):
    text = "希望社区食堂的晚饭供应延长到晚上七点。"
    assert grouped(text, "不好意思打扰一下，希望社区食堂的晚饭供应延长到晚上七点，谢谢啦！")


def test_a_platform_label_with_number_and_source_over_a_message(grouped):
    text = ("我们是河西镇的几位退休教师。镇上只有一所幼儿园，学位很紧张。建议在河西镇新建一所公办幼儿园，学位不少于三百个，"
            "优先招收本镇适龄儿童。镇上双职工家庭多，很多家庭接送困难，希望把这件事列入今年的民生实事。")
    assert grouped(text, "［网友留言 编号20240702-0113 来源：市政府门户网站“我要建言”栏目］\n" + text)


def test_a_bracket_saying_the_message_is_passed_on_for_others(grouped):
    text = "村级公益岗位补贴标准多年未调整，建议结合最低工资标准适当提高。"
    assert grouped(text, "（此条为代村民转交）" + text)


def test_students_of_two_classes_of_one_school_asking_the_same(grouped):
    a = "我是市第二中学高二（3）班学生李某。学校门口晚上没有路灯，建议在校门口路段加装路灯。"
    b = "我是市第二中学高一（6）班学生王某。学校门口晚上没有路灯，建议在校门口路段加装路灯。"
    assert grouped(a, b)
    # (a request about the writers' own class keeps it)
    assert not grouped("我是市第二中学高二（3）班学生李某。建议给我们班教室加装空调。",
                       "我是市第二中学高一（6）班学生王某。建议给我们班教室加装空调。")
