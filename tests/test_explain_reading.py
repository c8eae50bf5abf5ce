"""`consultagg run --explain-reading`: every paragraph of a letter is an opinion, context, or
listed as set aside with the reason; each file says where its unit came from."""

from consultagg.cli import main
from consultagg.records import CommentList

LETTER = """自治区水利厅关于《规划（征求意见稿）》的反馈意见

自治区生态环境厅：
    来函收悉。经研究，提出如下意见：
    一、建议在第三章增加地下水超采区综合治理的内容。
    二、建议将重点河湖生态流量保障目标纳入专栏2。
    以上意见供参考。

自治区水利厅
2026年3月5日
（联系人：规划计划处 张某，电话：0951-1234567）
"""


def test_explain_reading_lists_what_was_set_aside(tmp_path, capsys):
    letter = tmp_path / "slt.txt"
    letter.write_text(LETTER, encoding="utf-8")
    code = main(["run", str(letter), "-o", str(tmp_path / "out.xlsx"), "--explain-reading"])
    assert code == 0
    err = capsys.readouterr().err
    assert "slt.txt：2条，单位 自治区水利厅，依据：标题" in err
    assert "未作为意见的段落" in err
    assert "以上意见供参考" in err and "联系人" in err


def test_comment_lists_keep_what_was_skipped_when_joined():
    a = CommentList(skipped=[("a.txt", "此致敬礼", "结束语")])
    b = CommentList()
    b.extend_from(a)
    assert b.skipped == [("a.txt", "此致敬礼", "结束语")]
