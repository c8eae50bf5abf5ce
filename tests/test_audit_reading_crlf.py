"""A scanned letter saved with Windows line endings reads as the same letter with Unix ones (release blocker from an
outside test of reading, found at 81acb31: page footers went into an opinion, or the rest of a point after a
footer was set aside and lost)."""

import pytest

import consultagg as ca

T = "某自治区“十四五”生态环境保护规划（征求意见稿）"
LETTER = ("某自治区水利厅\n关于《" + T + "》的意见\n自治区生态环境厅：\n　　经研究，现提出以下意见：\n"
          "　　一、建议在第四章增加河湖生态流量保障的内容。\n"
          "　　二、建议补充农村供水工程建设的内容，明确到2025年\n建成规模化供水工程30处、小型供水工程\nFOOTER\n120处。\n"
          "　　三、建议将地下水超采治理纳入第\n五章第二节。\n　　特此函复。\n某自治区水利厅\n2021年5月20日\n第 2 页 共 2 页\n")


@pytest.mark.parametrize("footer", ["第 1 页 共 2 页", "- 1 -", "— 1 —"])
def test_crlf_reads_as_lf(tmp_path, footer):
    text = LETTER.replace("FOOTER", footer)
    (tmp_path / "lf.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    lf, crlf = ca.read_comments(tmp_path / "lf.txt"), ca.read_comments(tmp_path / "crlf.txt")
    assert [c.text for c in crlf] == [c.text for c in lf]
    assert len(crlf) == 3 and crlf[1].text.endswith("120处。") and "页" not in crlf[1].text and "1 -" not in crlf[1].text


def test_the_letterhead_repeated_after_a_page_footer_is_no_part_of_the_point(tmp_path):
    text = LETTER.replace("FOOTER", "第 1 页 共 2 页\n某自治区水利厅文件")
    (tmp_path / "h.txt").write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    rows = ca.read_comments(tmp_path / "h.txt")
    assert rows[1].text.endswith("120处。") and "文件" not in rows[1].text
