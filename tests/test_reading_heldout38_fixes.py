"""Failures letters set 38 showed (a blind set measured once at f3aa3ed), each a general rule.

Release blockers among them: a letter signed by an organ's 股 (某县自然资源局国土空间规划股) had no unit and
its signature became an opinion; a salutation written 致：某局规划编制办公室 became an opinion.
"""

from __future__ import annotations

import pytest

from consultagg.extract import praise_only


def test_signed_by_an_organs_section(read_written):
    text = ("县文化广电体育和旅游局：\n    经研究，提出以下意见：\n"
            "    1．建议在规划依据中增加《岱山县国土空间总体规划》。\n    2．建议补充重点项目的用地面积。\n\n"
            "    以上意见，请酌处。\n\n                              岱山县自然资源局国土空间规划股\n"
            "                                    2025年6月11日\n    联系人：韦某  联系电话：5826630\n")
    rows = read_written("意见.txt", text)
    assert [c.department for c in rows] == ["岱山县自然资源局", "岱山县自然资源局"]


def test_salutation_written_zhi(read_written):
    text = ("# 岱山县文化旅游投资集团有限公司关于规划的反馈意见\n\n致：县文化广电体育和旅游局规划编制办公室\n\n"
            "## 一、关于项目布局\n\n1. 建议将茗山索道二期纳入重点项目库。\n\n岱山县文化旅游投资集团有限公司\n2025年6月12日\n")
    rows = read_written("意见.md", text)
    assert [c.text for c in rows] == ["建议将茗山索道二期纳入重点项目库。"]


@pytest.mark.parametrize("text, praise", [
    ("期待家乡越来越好！", True),
    ("看了规划很激动，我们芦垭乡也写进去了，感谢县里的重视！", True),
    ("感谢县里的重视，建议增加停车场。", False),
])
def test_thanks_and_hopes(text, praise):
    assert praise_only(text) is praise


def test_deputies_listed_by_capacity_and_a_drafter_listed_as_attending(read_written):
    text = ("岱山县全域旅游发展规划（征求意见稿）\n人大代表、政协委员座谈会记录\n\n主持：邓某某（副县长）\n出席：\n"
            "  县人大代表    付春兰  袁国庆\n  县政协委员    程雅琴  孟书远\n"
            "列席：县文化广电体育和旅游局  黄立群（副局长、规划起草组组长）\n记录：何某\n\n"
            "付春兰代表：\n建议规划把白鹳村作为游客服务点，配建停车场和公厕。\n\n"
            "程委员（县文化馆）：\n建议在规划中把采茶戏保护传承和旅游演艺结合起来。\n\n"
            "黄立群：关于本地企业扶持，规划第七章有一条，我们再充实一下具体措施。\n")
    rows = read_written("座谈会记录.txt", text)
    assert [c.department for c in rows] == ["岱山县人大代表付春兰", "岱山县政协委员"]
