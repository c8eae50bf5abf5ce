"""A message platform's export of public comments as text records (留言人：… 留言内容：…), found on
letters set 24 (its fair figure read them with no unit and the support as opinions). New texts; the
first three tests failed before, the last two check what held already."""

import consultagg as ca
from consultagg.extract.letters import parse_letter

EXPORT = ("丘陵市人民政府门户网站 · 意见征集\n导出时间：2024-06-14 08:30  共 4 条\n"
          "==========\n序号：1\n留言人：王**\n留言时间：2024-05-17 21:03\n留言标题：充电桩\n"
          "留言内容：小区充电桩太少。建议条例规定新建小区按总户数30%配建充电设施。\n审核状态：已公开\n"
          "==========\n序号：2\n留言人：江边一棵树\n留言标题：支持\n留言内容：条例写得很好，支持！希望早日出台。\n审核状态：已公开\n"
          "==========\n序号：3\n留言人：李先生\n留言标题：任期\n留言内容：第四十一条物业费调价要三分之二业主同意，我支持这个规定。\n\n"
          "建议第二十二条规定业委会委员每届任期不超过五年。\n回复内容：感谢您的意见，我们将认真研究。\n"
          "==========\n序号：4\n留言人：赵女士\n留言标题：充电\n留言内容：小区充电桩太少。建议条例规定新建小区按总户数30%配建充电设施。\n")


def test_each_record_is_a_public_comment_by_its_writer_with_its_title():
    letter = parse_letter(EXPORT, file="export.txt")
    got = [(o.department, o.speaker, o.title) for o in letter.opinions]
    assert got == [("社会公众", "王**", "充电桩"), ("社会公众", "李先生", "任期"), ("社会公众", "赵女士", "充电")]
    assert letter.opinions[1].text == "建议第二十二条规定业委会委员每届任期不超过五年。"


def test_the_offices_reply_and_support_are_no_opinions_and_nothing_is_lost():
    letter = parse_letter(EXPORT, file="export.txt")
    assert not any("感谢您的意见" in o.text or "早日出台" in o.text for o in letter.opinions)
    listed = " ".join(text for text, _ in letter.skipped)
    for field in ("留言人：王**", "回复内容：感谢您的意见", "支持！", "我支持这个规定"):
        assert field in listed


def test_the_same_words_from_two_writers_keep_two_ids_and_spans_point_into_the_export():
    letter = parse_letter(EXPORT, file="export.txt")
    first, last = letter.opinions[0], letter.opinions[-1]
    assert first.text == last.text and first.id != last.id
    for o in letter.opinions:
        s, e = o.source.span
        assert EXPORT[s:e].strip().startswith(o.text[:8])


def test_read_comments_reads_an_export_file(tmp_path):
    path = tmp_path / "platform_export.txt"
    path.write_text(EXPORT, encoding="utf-8")
    comments = ca.read_comments(path)
    assert [c.speaker for c in comments] == ["王**", "李先生", "赵女士"]
    assert {c.department for c in comments} == {"社会公众"}


def test_one_record_alone_is_read_as_a_letter():
    letter = parse_letter("留言人：王**\n留言内容：建议增加充电桩。\n", file="one.txt")
    assert len(letter.opinions) == 1
