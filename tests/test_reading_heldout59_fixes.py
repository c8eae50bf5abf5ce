"""Failures letters set 59 showed (written blind, measured once at fef93f8: 10 of 15), written anew:
experts named by their college alone (王某教授（土木工程学院）：) at a meeting whose opening lists the
colleges after one university (某大学交通运输学院、土木工程学院、经济与管理学院5位专家) went to the
college, or to 某大学交通运输学院 as a unit of its own; a citizen's praise with a wish for a project to
open soon (规划很好，期待城际铁路早日开通！) was an opinion."""

from __future__ import annotations

_MINUTES = ("某规划专家评审会纪要\n\n"
            "    2022年5月6日，市交通运输局在南屿交通大学组织召开专家评审会。会议邀请南屿交通大学交通运输学院、土木工程学院、"
            "经济与管理学院3位专家组成专家组。\n\n    一、专家发言\n\n"
            "    郑某教授（交通运输学院）：\n    建议补充客运需求的敏感性分析。\n\n"
            "    葛某教授（土木工程学院）：\n    建议增加高边坡监测预警系统建设内容。\n\n"
            "    柏某副教授（经济与管理学院）：\n    建议增加投融资可行性分析。\n")


def test_colleges_listed_after_one_university_speak_for_it(read_written):
    rows = read_written("评审会纪要.txt", _MINUTES)
    assert [r.text for r in rows] == ["建议补充客运需求的敏感性分析。", "建议增加高边坡监测预警系统建设内容。", "建议增加投融资可行性分析。"]
    assert {r.department for r in rows} == {"南屿交通大学"}


def test_praise_with_a_wish_for_a_line_to_open_soon_is_no_opinion(read_sheet):
    rows = read_sheet("留言.xlsx", [["序号", "留言内容", "留言人"],
                                   [1, "规划很好，期待南屿到北湾的城际铁路早日开通！", "网友"],
                                   [2, "期待城际铁路早日开通，建议在北湾新区增设站点。", "网友"]])
    assert [r.text for r in rows] == ["期待城际铁路早日开通，建议在北湾新区增设站点。"]


def test_a_further_request_said_as_what_else_could_be_done_or_passed_on(read_written):
    text = ("关于规划的意见\n\n市交通运输局：\n    现提出以下意见：\n"
            "    一、规划总投资较大，建议增加投融资可行性分析。还可以探索基础设施REITs，建议在保障措施中写入盘活存量资产的内容。\n"
            "    二、建议加快多式联运枢纽建设。部分会员企业还提出，建议加快撤销剩余的普通公路收费站。\n\n"
            "某市物流协会\n2022年5月9日\n")
    rows = read_written("意见.txt", text)
    assert [r.text for r in rows] == ["规划总投资较大，建议增加投融资可行性分析。", "还可以探索基础设施REITs，建议在保障措施中写入盘活存量资产的内容。",
                                      "建议加快多式联运枢纽建设。", "部分会员企业还提出，建议加快撤销剩余的普通公路收费站。"]


def test_a_speakers_further_request_after_haiyou_jiushi(read_written):
    text = ("部门座谈会纪要\n\n    一、省铁路投资集团：\n"
            "    南北铁路省方资本金缺口较大，建议明确省市分担比例。还有就是新建站点，建议明确站城融合开发要求。\n")
    rows = read_written("座谈会纪要.txt", text)
    assert [r.text for r in rows] == ["南北铁路省方资本金缺口较大，建议明确省市分担比例。", "还有就是新建站点，建议明确站城融合开发要求。"]
