"""Release blockers found by letters set 62 and 63 (tests/data/letters_heldout62, …63), each with texts
written anew for the test: they failed before the fix."""

import docx
import pytest
from docx.document import Document as _Document

import consultagg as ca

needs_comments = pytest.mark.skipif(not hasattr(_Document, "add_comment"),
                                    reason="building a document with comments needs python-docx >= 1.2")


@needs_comments
def test_opinions_given_as_word_comments_on_the_draft(tmp_path):
    # Lost and false before: the draft's own clauses (应当/不得) were read as opinions, the comments not at all.
    d = docx.Document()
    d.add_paragraph("市司法局：")
    d.add_paragraph("我委对《汐岙市停车场管理条例（草案）》进行了研究，修改意见以批注形式列在相关条款处，请研究。")
    d.add_paragraph("汐岙市发展和改革委员会")
    d.add_paragraph("2026年3月2日")
    d.add_paragraph("")
    d.add_paragraph("（草案节选）")
    p1 = d.add_paragraph("第八条　新建住宅小区应当按照每户不少于一个车位的标准配建停车位。")
    p2 = d.add_paragraph("第九条　公共停车场收费实行政府指导价。")
    d.add_paragraph("第十条　任何单位和个人不得擅自改变停车场使用性质。")
    p3 = d.add_paragraph("第十一条　鼓励机关企事业单位错时开放内部停车场。")
    d.add_comment(p1.runs, text="建议将配建标准提高为每户不少于1.2个车位，并预留充电设施安装条件。", author="发改委价格科")
    d.add_comment(p2.runs, text="建议明确中心城区与其他区域实行差别化收费。", author="发改委价格科")
    d.add_comment(p3.runs, text="此条表述恰当，同意。", author="发改委价格科")
    path = tmp_path / "发改委批注意见.docx"
    d.save(path)
    rows = ca.read_comments(str(path))
    assert [c.text for c in rows] == ["建议将配建标准提高为每户不少于1.2个车位，并预留充电设施安装条件。",
                                      "建议明确中心城区与其他区域实行差别化收费。"]
    assert {c.department for c in rows} == {"汐岙市发展和改革委员会"}
    assert rows[0].location == "第八条" and rows[0].meta["original_text"].startswith("第八条")
    skipped = " ".join(text for _, text, _ in rows.skipped)
    assert "修改意见以批注形式" in skipped  # the cover note is a lead-up, listed, not an opinion
