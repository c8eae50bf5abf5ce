"""Held-out 47 (fair 0/105 different, 81/105 copies, at ca6c221): the wrappers a re-sent or signed
copy carries, written anew.

A copy's subject line (Re: … / FW: …), a signature after a dash (——姓名，住址), a school and class in a
bracket, the unit and date lines under a forwarded message, a quote of the original below a re-post
(> 原留言（日期）：…), a bracketed note that it is sent again (【重复提交，请以本件为准】), a note that only
the title was wrong (上一封邮件标题写错了，内容不变。), a closing 以上意见，请一并研究 kept copies apart.
Each pair that must stay apart differs in what it asks, with the same wrapper around it.
"""

from __future__ import annotations

import pytest

from consultagg import NearDuplicateGrouper


def _together(a: str, b: str) -> bool:
    g = NearDuplicateGrouper().fit([a, b])
    return g.labels_[0] == g.labels_[1]


_ASK = "建议将青石湾划为禁止新设排污口区域，并在附件中列明。"


@pytest.mark.parametrize("b", [
    f"Re: 关于排污口管理办法的意见\n{_ASK}\n——某热电有限公司安环部 刘某某 0595-****1234",
    f"FW: 某镇养殖合作社意见\n{_ASK}\n\n某镇对虾养殖专业合作社\n2023年6月1日",
    f"{_ASK}——陈某某，某区海滨路8号",
    f"{_ASK}——吴某，某区渔港新村3栋，电话138****0001",
    f"请保护青石湾！{_ASK}（某县第一中学 初二（3）班 林某某）",
    f"再次反映：{_ASK}\n> 原留言（2023-05-28）：{_ASK}",
    f"【重复提交，请以本件为准】{_ASK}",
    f"【更正重发】上一封邮件标题写错了，内容不变。\n{_ASK}",
    f"{_ASK}以上意见，请一并研究。",
])
def test_a_wrapped_copy_groups_with_the_bare_request(b):
    a = f"请保护青石湾！{_ASK}" if b.startswith("请保护") else _ASK
    assert _together(a, b)


@pytest.mark.parametrize("a,b", [
    # a subject naming the section is part of what is asked
    ("Re: 关于第三章的意见\n建议删除“原则上”三字。", "Re: 关于第五章的意见\n建议删除“原则上”三字。"),
    # a line under the message that asks for more
    (f"{_ASK}\n另外建议公开排污口名录。", _ASK),
    # after a dash, another place
    ("建议在下列海湾禁止新设排污口——青石湾", "建议在下列海湾禁止新设排污口——白沙湾"),
    # a bracket at the end naming the place meant, not the sender
    ("建议增设监测站（青石湾北岸）。", "建议增设监测站（白沙湾南岸）。"),
    # a quote below that is not the same message
    (f"再次反映：{_ASK}\n> 原留言（2023-05-28）：建议公开排污口名录。", _ASK),
])
def test_a_wrapper_that_changes_the_request_keeps_texts_apart(a, b):
    assert not _together(a, b)


def test_a_subject_naming_the_article_the_message_names_too_is_set_aside():
    a = "第四十条对携犬出户的要求，建议增加“夜间遛狗避开儿童游乐区”。"
    assert _together(a, f"Re: 关于第四十条的意见\n{a}")
    assert not _together(a, f"Re: 关于第四十一条的意见\n{a}")
