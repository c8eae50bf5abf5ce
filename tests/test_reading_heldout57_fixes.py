"""Failures letters set 57 showed (written blind, measured once at d626ea5: 11 of 15), written anew: the
drafters' answer quoted after a speaker's numbered points (> 编制组：…) became that speaker's opinion; a
professor signing with the faculty's line and then his name with titles in brackets (某某（教授、博士生导师）)
had no unit, the two lines read as one; an association's platform row announcing its points after what
they are about (对规划提两点意见：1.…2.…) stayed one opinion."""

from __future__ import annotations

_MINUTES = ("# 某某规划专家咨询会纪要\n\n会议由市水务局规划科科长主持。\n\n## 一、专家发言\n\n"
            "**方某某（某某大学教授）**：\n\n1. 建议补充地下水超采区治理的分年度目标。\n"
            "2. 建议明确再生水配置的价格政策。\n\n> 编制组：分年度目标将在第五章补充，再生水价格政策另行研究。\n\n"
            "**刘某（市水文中心高级工程师）**：建议增加水文站网建设内容。\n\n"
            "> 编制组：同意，将在第七章补充。\n")


def test_the_drafters_answer_after_a_speakers_numbered_points_is_no_opinion(read_written):
    rows = read_written("咨询会纪要.md", _MINUTES)
    assert [r.text for r in rows] == ["建议补充地下水超采区治理的分年度目标。", "建议明确再生水配置的价格政策。",
                                      "建议增加水文站网建设内容。"]
    assert [r.department for r in rows] == ["某某大学", "某某大学", "市水文中心"]


def test_a_professor_signing_with_his_faculty_and_his_titles_in_brackets(read_written):
    text = ("关于规划征求意见稿的意见\n\n市水务局：\n    来函收悉。提以下意见供参考：\n"
            "    1. 建议核实第二章引用的降水量数据。\n    2. 建议压缩智慧水务一章的篇幅。\n\n"
            "    以上意见仅供参考。\n\n岭南理工大学环境与资源学院\n林思远（教授、博士生导师）\n"
            "2022年5月9日\n手机：13900001111\n")
    rows = read_written("专家意见.txt", text)
    assert [r.text for r in rows] == ["建议核实第二章引用的降水量数据。", "建议压缩智慧水务一章的篇幅。"]
    assert {r.department for r in rows} == {"岭南理工大学"}


def test_an_associations_row_announcing_its_points_after_their_subject(read_sheet):
    rows = read_sheet("留言导出.xlsx", [
        ["序号", "留言时间", "留言内容", "留言人"],
        [1, "2022-05-03", "我们是某某县果业协会，会员有两百多户。对规划提两点意见：\n1.高效节水灌溉项目不能只管大田，果园滴灌也要算进去。\n"
         "2.建议降低小型提水泵站的电价。", "某某县果业协会"],
        [2, "2022-05-04", "我家住在河边，建议加高堤防。", "匿名"]])
    assert [r.text for r in rows] == ["高效节水灌溉项目不能只管大田，果园滴灌也要算进去。", "建议降低小型提水泵站的电价。",
                                      "我家住在河边，建议加高堤防。"]
    assert [r.department for r in rows][:2] == ["某某县果业协会", "某某县果业协会"]
