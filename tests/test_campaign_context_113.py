"""Different requests inside a form letter's context stay apart: what contrast set held-out 113 showed (its fair
figure was measured before these rules). Release blockers, failing at the grouper its fair figure was measured with:
an upper limit put for a lower one (作为上限 / 作为下限), and a request turned the other way whose object is told
otherwise too (建议扩大…，将…纳入 / 建议缩小…，将…调出), so that the sentence was not found close enough to compare.
Texts are written for these tests."""

import consultagg as ca

WHO = ("作为一名退休职工，我很关心这件事，", "我家住在滨江小区，是一名厨师，", "我是一名在校大学生，", "我是石岗镇前进村的村民，",
       "我家住在翠湖苑小区，是一名司机，")


def _apart(a: str, b: str) -> bool:
    def fit(x, y):
        return ca.NearDuplicateGrouper().fit([WHO[i] + x for i in range(4)] + [WHO[4] + y]).labels_
    return all((labels := fit(x, y))[4] not in labels[:4] for x, y in ((a, b), (b, a)))


def test_an_upper_limit_put_for_a_lower_one():
    a = "停车收费指导价方面，建议将老旧小区地面车位每月150元作为上限，由业主委员会与物业企业在此基础上协商确定。"
    assert _apart(a, a.replace("上限", "下限"))


def test_a_request_turned_the_other_way_with_its_object_told_otherwise():
    head = "规划拟将青峰山风景区核心保护区向北延伸至石门沟一带。"
    assert _apart(head + "建议扩大核心保护区范围，将沟口的牧户定居点一并纳入统一管理。",
                  head + "建议缩小核心保护区范围，将沟口的牧户定居点调出核心保护区。")
