"""What the summary says of who replied is true (release blockers from an outside test of reading, found at 81acb31).

- an empty reply file made its unit 逾期未反馈（视为无意见） and was not on the 未能读取 list;
- with unread files named so that their unit is unknown (新建 Microsoft Word 文档.doc), the roster units they
  came from were declared 逾期未反馈（视为无意见）.
"""

import consultagg as ca
from consultagg.report import consultation_summary


def _folder(tmp_path, files):
    d = tmp_path / "in"
    d.mkdir()
    for name, data in files.items():
        (d / name).write_bytes(data)
    return d


LETTER = ("自治区统计局关于《某规划（征求意见稿）》的意见\n\n自治区生态环境厅：\n    一、建议补充生态环境统计调查制度建设的内容。\n\n"
          "自治区统计局\n2021年5月20日\n").encode("utf-8")


def test_an_empty_reply_file_is_unread_not_silent(tmp_path):
    d = _folder(tmp_path, {"统计局.txt": LETTER, "自治区文化和旅游厅.txt": b""})
    comments = ca.read_comments(d)
    assert any(str(f).endswith("自治区文化和旅游厅.txt") for f, _ in comments.unread_files)
    result = ca.analyse(comments, roster=["自治区统计局", "自治区文化和旅游厅"])
    states = {r.department: r.state for r in result.roster}
    assert states["自治区文化和旅游厅"] == "未能读取"
    assert "逾期未反馈单位" not in consultation_summary(result)


def test_silence_is_not_claimed_while_a_file_of_unknown_origin_is_unread(tmp_path):
    d = _folder(tmp_path, {"统计局.txt": LETTER, "新建 Microsoft Word 文档.doc": b"\xd0\xcf\x11\xe0 not a real doc"})
    result = ca.analyse(ca.read_comments(d), roster=["自治区统计局", "自治区应急管理厅"])
    summary = consultation_summary(result)
    assert "逾期未反馈" not in summary and "视为无意见" not in summary
    assert "未见来函" in summary and "无法判断来文单位" in summary
    draft = ca.drafting_summary(result, draft=True)
    assert "逾期未反馈" not in draft and "视为无意见" not in draft and "未见来函" in draft


NONE = ("自治区住房和城乡建设厅关于《某规划（征求意见稿）》的意见\n\n自治区生态环境厅：\n    经研究，我厅原则同意，无修改意见。\n\n"
        "自治区住房和城乡建设厅\n2021年5月20日\n").encode("utf-8")


def test_units_consulted_are_the_roster_only(tmp_path):
    # (a unit answering 无意见 that is not on the roster was never consulted: 征求了2个单位, not 3)
    d = _folder(tmp_path, {"统计局.txt": LETTER, "住建厅.txt": NONE})
    result = ca.analyse(ca.read_comments(d), roster=["自治区统计局", "自治区水利厅"])
    assert [r.department for r in result.roster] == ["自治区统计局", "自治区水利厅"]
    summary = consultation_summary(result)
    assert "2个单位意见" in summary and "名单外单位表示无意见：自治区住房城乡建设厅" in summary
    assert "2个单位意见" in ca.drafting_summary(result, draft=True)


def test_a_roster_naming_a_place_means_its_government(tmp_path):
    gov = ("柳泽市人民政府关于《某规划（征求意见稿）》的意见\n\n自治区生态环境厅：\n    一、建议补充城市黑臭水体长效治理的内容。\n\n"
           "柳泽市人民政府\n2021年5月20日\n").encode("utf-8")
    d = _folder(tmp_path, {"统计局.txt": LETTER, "柳泽市.txt": gov})
    result = ca.analyse(ca.read_comments(d), roster=["自治区统计局", "柳泽市"])
    assert [r.state for r in result.roster] == ["有意见", "有意见"]
    assert "逾期未反馈单位" not in consultation_summary(result)


def test_every_unit_agreeing_is_a_result_with_its_tracker(tmp_path):
    # (it stopped with 没有可分析的意见 and wrote nothing, where 'every unit agreed' is the result)
    from consultagg.cli import main

    d = _folder(tmp_path, {"住建厅.txt": NONE})
    (tmp_path / "名单.txt").write_text("自治区住房和城乡建设厅\n自治区水利厅\n", encoding="utf-8")
    assert main(["run", str(d), "--roster", str(tmp_path / "名单.txt"), "-o", str(tmp_path / "t.xlsx"), "-q"]) == 0
    result = ca.analyse(ca.read_comments(d), roster=tmp_path / "名单.txt")
    assert [r.state for r in result.roster] == ["无意见", "未反馈"] and not result.opinions
    assert "共收到意见建议0条" in ca.drafting_summary(tmp_path / "t.xlsx", draft=True)
