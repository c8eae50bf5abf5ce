"""Word documents as written: automatic list numbering and feedback-form tables.

Every document here is built by the test with python-docx. Word's numbering button (``w:numPr``
on the paragraph, or a List Number style) hides the numbers from the text: the reader shows them as
Word does, so three numbered paragraphs are three opinions. A feedback form (序号 | 章节 | 原文 |
修改意见 | 理由) gives one opinion per row with the unit of the 填报单位 line, wherever that line is.
"""

from __future__ import annotations

import pytest

from consultagg import read_comments
from consultagg.io.documents import docx_blocks

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402


def _number(paragraph, num_id: int, level: int = 0):
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _list_number_id(document) -> int:
    """The numId the template's List Number style uses (python-docx's default template has one)."""
    return int(document.styles["List Number"].element.pPr.numPr.numId.val)


def _chinese_list(document) -> int:
    """A two-level list 一、 / （一） as a drafting office sets it up; returns its numId."""
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        f'<w:lvlText w:val="{text}"/><w:pPr><w:ind w:left="{420 * (i + 1)}"/></w:pPr></w:lvl>'
        for i, text in enumerate(["%1、", "（%2）"]))
    numbering.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90


def _save(document, tmp_path, name):
    path = tmp_path / name
    document.save(path)
    return path


def _table(document, rows):
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    return table


# ----------------------------------------------------------------------------- numbering
def test_numbered_list_paragraphs_are_one_opinion_each(tmp_path):
    d = docx.Document()
    d.add_paragraph("自治区民政厅关于《规划》的意见")
    d.add_paragraph("自治区生态环境厅：")
    d.add_paragraph("经研究，提出如下意见：")
    num = _list_number_id(d)
    for text in ["建议增加殡葬设施环境整治内容。", "建议补充养老机构污水处理要求。"]:
        _number(d.add_paragraph(text, style="List Paragraph"), num)
    d.add_paragraph("如第8页第2行、第11页第5行，表述不一致。", style="List Paragraph")
    _number(d.add_paragraph("建议第十章增加社会组织参与内容。", style="List Paragraph"), num)
    d.add_paragraph("自治区民政厅")
    d.add_paragraph("2022年3月2日")
    path = _save(d, tmp_path, "民政厅.docx")
    assert [b for b in docx_blocks(path) if isinstance(b, str)][3:7] == [
        "1.建议增加殡葬设施环境整治内容。", "2.建议补充养老机构污水处理要求。", "如第8页第2行、第11页第5行，表述不一致。",
        "3.建议第十章增加社会组织参与内容。"]
    got = read_comments(path)
    assert [c.text.replace("\n", "") for c in got] == [
        "建议增加殡葬设施环境整治内容。", "建议补充养老机构污水处理要求。如第8页第2行、第11页第5行，表述不一致。",
        "建议第十章增加社会组织参与内容。"]
    assert {c.department for c in got} == {"自治区民政厅"}


def test_two_list_styles_nest_as_headings_and_points(tmp_path):
    d = docx.Document()
    d.add_paragraph("自治区消防救援总队关于《规划》的意见")
    d.add_paragraph("自治区生态环境厅：")
    d.add_paragraph("来函收悉。现提出以下意见：")
    d.add_paragraph("关于危险化学品", style="List Number")
    d.add_paragraph("建议增加化工园区消防水池建设内容。", style="List Number 2")
    d.add_paragraph("建议明确危化品仓库防火间距。", style="List Number 2")
    d.add_paragraph("关于森林草原防火", style="List Number")
    d.add_paragraph("建议增加防火隔离带建设内容。", style="List Number 2")
    d.add_paragraph("第30页“火灾隐患”建议修改为“火灾风险隐患”。", style="List Number")
    d.add_paragraph("自治区消防救援总队")
    d.add_paragraph("2022年3月13日")
    got = read_comments(_save(d, tmp_path, "reply.docx"))
    assert [c.text for c in got] == ["建议增加化工园区消防水池建设内容。", "建议明确危化品仓库防火间距。",
                                     "建议增加防火隔离带建设内容。", "第30页“火灾隐患”建议修改为“火灾风险隐患”。"]
    assert [c.meta.get("heading") for c in got] == ["1.关于危险化学品", "1.关于危险化学品", "2.关于森林草原防火", None]


def test_a_two_level_chinese_list(tmp_path):
    d = docx.Document()
    d.add_paragraph("河西市人民政府关于《规划》的意见")
    num = _chinese_list(d)
    _number(d.add_paragraph("关于大气污染防治"), num, 0)
    _number(d.add_paragraph("建议将河西市纳入重点区域。"), num, 1)
    _number(d.add_paragraph("建议支持清洁取暖改造。"), num, 1)
    _number(d.add_paragraph("关于水污染防治"), num, 0)
    _number(d.add_paragraph("建议增加排污口整治内容。"), num, 1)
    path = _save(d, tmp_path, "hx.docx")
    shown = [b for b in docx_blocks(path) if isinstance(b, str)]
    assert [s.strip("\u3000") for s in shown[1:]] == ["一、关于大气污染防治", "（一）建议将河西市纳入重点区域。",
                                                      "（二）建议支持清洁取暖改造。", "二、关于水污染防治",
                                                      "（一）建议增加排污口整治内容。"]
    got = read_comments(path)
    assert len(got) == 3 and [c.meta.get("numbering") for c in got] == ["（一）", "（二）", "（一）"]
    assert {c.department for c in got} == {"河西市人民政府"}


# ----------------------------------------------------------------------------- feedback forms
def test_a_unit_line_above_the_form_applies_to_every_row(tmp_path):
    d = docx.Document()
    d.add_paragraph("《规划（征求意见稿）》意见反馈表")
    d.add_paragraph("填报单位（盖章）：自治区地震局　　　　填报日期：2022年3月10日")
    _table(d, [["序号", "章节条款/页码", "原文内容", "修改意见", "修改理由"],
               ["1", "第四章第三节（第14页）", "加强监测。", "建议修改为“加强地震与生态协同监测”。", "部门职责。"],
               ["2", "第七章", "（无）", "建议增加活断层避让内容。", "防灾要求。"]])
    d.add_paragraph("联系人：吴某　　电话：0951-5550002")
    got = read_comments(_save(d, tmp_path, "反馈表.docx"))
    assert [(c.text, c.location, c.department) for c in got] == [
        ("建议修改为“加强地震与生态协同监测”。", "第四章第三节（第14页）", "自治区地震局"),
        ("建议增加活断层避让内容。", "第七章", "自治区地震局")]
    assert got[0].meta["修改理由"] == "部门职责。" and got[0].meta["原文内容"] == "加强监测。"


def test_a_continuation_row_belongs_to_the_row_above(tmp_path):
    d = docx.Document()
    d.add_paragraph("单位名称：国家统计局河西调查队（盖章）")
    _table(d, [["序号", "章节", "修改意见", "理由"],
               ["1", "第九章", "建议增加统计监测内容。", "职责"],
               ["2", "第十章", "建议明确考核数据的来源、", "实际"],
               ["", "", "口径和发布频次。", ""],
               ["3", "专栏1", "建议删除“统计年鉴”表述。", "不宜"]])
    got = read_comments(_save(d, tmp_path, "form.docx"))
    assert [c.text for c in got] == ["建议增加统计监测内容。", "建议明确考核数据的来源、口径和发布频次。",
                                     "建议删除“统计年鉴”表述。"]
    assert {c.department for c in got} == {"国家统计局河西调查队"}
    assert got.empty_rows == []


def test_a_unit_row_inside_the_table_and_group_rows(tmp_path):
    d = docx.Document()
    d.add_paragraph("《规划（征求意见稿）》征求意见反馈表")
    t = _table(d, [["填报单位", "河东市人民政府", "", ""],
                   ["联系人", "钱某", "联系电话", "0951-5550003"],
                   ["序号", "章节", "原文", "修改意见及理由"],
                   ["一、总体意见", "", "", ""],
                   ["1", "—", "—", "建议增加先行区建设内容。理由：任务重。"],
                   ["二、具体意见", "", "", ""],
                   ["2", "第五章", "稳定达到Ⅱ类", "建议修改为“稳定保持Ⅱ类”。理由：与考核一致。"]])
    t.cell(0, 1).merge(t.cell(0, 3))
    t.cell(3, 0).merge(t.cell(3, 3))
    t.cell(5, 0).merge(t.cell(5, 3))
    got = read_comments(_save(d, tmp_path, "征求意见反馈表-河东.docx"))
    assert [c.text for c in got] == ["建议增加先行区建设内容。理由：任务重。", "建议修改为“稳定保持Ⅱ类”。理由：与考核一致。"]
    assert {c.department for c in got} == {"河东市人民政府"}


def test_a_unit_in_the_last_row_of_the_table(tmp_path):
    d = docx.Document()
    d.add_paragraph("征求意见表")
    d.add_paragraph("文件名称：《规划（征求意见稿）》")
    t = _table(d, [["序号", "位置", "修改意见", "备注"],
                   ["1", "第三章", "建议增加国企碳达峰行动内容。", ""],
                   ["2", "第十章", "建议增加国有资本参与生态修复内容。", ""],
                   ["报送单位：自治区机关事务管理局（盖章）　　联系人：郑某　　电话：0951-5550004", "", "", ""]])
    t.cell(3, 0).merge(t.cell(3, 3))
    got = read_comments(_save(d, tmp_path, "意见表.docx"))
    assert [c.text for c in got] == ["建议增加国企碳达峰行动内容。", "建议增加国有资本参与生态修复内容。"]
    assert {c.department for c in got} == {"自治区机关事务管理局"}
    assert got.empty_rows == []


def test_a_header_repeated_on_a_new_page_is_no_opinion(tmp_path):
    d = docx.Document()
    d.add_paragraph("填报单位：自治区粮食和物资储备局")
    _table(d, [["序号", "章节", "修改意见"], ["1", "第三章", "建议增加粮库扬尘治理内容。"],
               ["序号", "章节", "修改意见"], ["2", "第六章", "建议补充储备库危废管理要求。"]])
    got = read_comments(_save(d, tmp_path, "表.docx"))
    assert [c.text for c in got] == ["建议增加粮库扬尘治理内容。", "建议补充储备库危废管理要求。"]


def test_a_form_saying_no_comment(tmp_path):
    d = docx.Document()
    d.add_paragraph("《规划（征求意见稿）》意见反馈表")
    d.add_paragraph("填报单位（盖章）：自治区体育局")
    _table(d, [["序号", "章节条款/页码", "原文内容", "修改意见", "修改理由"], ["1", "/", "/", "无修改意见", "/"]])
    d.add_paragraph("填报人：孙某　　电话：0951-5550005")
    got = read_comments(_save(d, tmp_path, "反馈表_体育局.docx"))
    assert list(got) == [] and got.no_opinion_units == ["自治区体育局"]


def test_a_form_whose_opinion_column_is_named_修改建议(tmp_path):
    d = docx.Document()
    d.add_paragraph("征求意见反馈表")
    d.add_paragraph("单位名称：自治区气象局（盖章）")
    _table(d, [["序号", "修改建议", "涉及章节", "理由依据"],
               ["1", "建议增加人工影响天气作业内容。", "第七章", "《气象法》"],
               ["2", "建议将“气象监测”修改为“气象和生态监测”。", "第九章第二节", "工作实际"]])
    got = read_comments(_save(d, tmp_path, "反馈表.docx"))
    assert [(c.text, c.location, c.department) for c in got] == [
        ("建议增加人工影响天气作业内容。", "第七章", "自治区气象局"),
        ("建议将“气象监测”修改为“气象和生态监测”。", "第九章第二节", "自治区气象局")]
    assert got[0].meta["reason"] == "《气象法》"


def test_a_form_read_as_text_saying_no_comment():
    # how the letter reader receives a form table it does not take as a table: rows of cells joined by tabs
    from consultagg.extract import parse_letter

    text = "征求意见反馈表\n单位名称：自治区档案馆（盖章）\n序号\t修改建议\t涉及章节\t理由依据\n1\t无修改意见\t/\t/"
    letter = parse_letter(text)
    assert letter.opinions == () and letter.no_opinion and letter.unit == "自治区档案馆"


def test_a_date_line_under_the_unit_line_is_no_opinion(tmp_path):
    import docx

    from consultagg import read_comments

    d = docx.Document()
    d.add_paragraph("《东平市城市停车设施管理办法（征求意见稿）》意见反馈表")
    d.add_paragraph("报送单位（盖章）：东平市城市建设投资集团有限公司        联系人：钱志强")
    d.add_paragraph("填表日期：2024年7月5日")
    t = d.add_table(rows=3, cols=4)
    for r, row in enumerate([["序号", "条款", "修改建议", "理由"],
                             ["1", "第十条", "建议明确公共停车场用地可以划拨供应。", "与土地政策衔接。"],
                             ["2", "第十六条", "建议允许配建附属商业设施。", "平衡运营成本。"]]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    path = tmp_path / "反馈表.docx"
    d.save(path)
    got = read_comments(path)
    assert [c.text for c in got] == ["建议明确公共停车场用地可以划拨供应。", "建议允许配建附属商业设施。"]
    assert {c.department for c in got} == {"东平市城市建设投资集团有限公司"}
