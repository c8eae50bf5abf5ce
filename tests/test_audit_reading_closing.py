"""A request written in a letter's closing paragraph is an opinion (release blocker from an outside test of reading,
found at 81acb31: the whole paragraph was set aside as 结束语 and the request lost, with no warning)."""

import pytest

import consultagg as ca

T = "某自治区“十四五”生态环境保护规划（征求意见稿）"
ASK = "在第七章补充林草碳汇计量监测体系建设的内容。"


def _letter(tmp_path, closing):
    p = tmp_path / "l.txt"
    p.write_text(f"自治区林业和草原局关于《{T}》的意见\n\n自治区生态环境厅：\n    一、建议补充草原禁牧休牧轮牧制度落实的内容。\n"
                 f"    {closing}\n\n自治区林业和草原局\n2021年6月3日\n", encoding="utf-8")
    return ca.read_comments(p)


@pytest.mark.parametrize("closing", [
    "以上意见供参考，同时请" + ASK,
    "以上意见供参考，同时建议" + ASK,
    "以上意见供参考。另请" + ASK,
    "特此函复，并请" + ASK,
    "以上意见，请酌处。另外，第七章应补充林草碳汇计量监测体系建设的内容。",
])
def test_a_request_in_the_closing_paragraph_is_kept(tmp_path, closing):
    rows = _letter(tmp_path, closing)
    assert len(rows) == 2
    assert "林草碳汇计量监测" in rows[1].text and "以上意见" not in rows[1].text and "特此" not in rows[1].text


@pytest.mark.parametrize("closing", ["以上意见，请酌处。", "以上意见供参考。", "特此函复。", "以上意见，请予采纳。"])
def test_a_closing_that_asks_nothing_stays_aside(tmp_path, closing):
    assert len(_letter(tmp_path, closing)) == 1
