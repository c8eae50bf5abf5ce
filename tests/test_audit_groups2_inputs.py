"""Errors on bad input name the right line and say what is wrong (an outside test of groups; each failing at
d47db1a): a CSV of UTF-8 lines then GBK lines was said to fail at line 2 (where GB18030 stumbled on the UTF-8
lines), not at line 6 where the UTF-8 stops; an empty CSV was said to lack a text column, with an empty list of
headers; a running 序号 under a header repeated mid-file was taken for ids."""

import pytest

import consultagg as ca


def test_two_encodings_in_one_file_are_named_at_the_line_they_change(tmp_path):
    head = "序号,姓名,留言内容\r\n1,张某,建议加强散煤治理。\r\n2,李某,建议增加城市绿道。\r\n".encode("utf-8")
    tail = "3,王某,建议整治黑臭水体。\r\n".encode("gbk")
    path = tmp_path / "留言.csv"
    path.write_bytes(head + tail)
    with pytest.raises(ca.ConsultaggInputError, match="第4行.*第1–3行是 UTF-8"):
        ca.read_comments(path)


def test_an_empty_file_is_said_to_be_empty(tmp_path):
    path = tmp_path / "留言.csv"
    path.write_bytes(b"")
    with pytest.raises(ca.ConsultaggInputError, match="没有任何内容"):
        ca.read_comments(path)


def test_a_running_number_under_a_repeated_header_gives_no_ids(tmp_path):
    """A decision could move (failing at d47db1a): an export whose header comes again mid-file (pages pasted one
    below the other) had its running 序号 1, 2, 3, 4 taken for the opinions' ids, which move when rows are added."""
    path = tmp_path / "留言.csv"
    path.write_text("序号,姓名,留言内容\n1,张某,建议加强散煤治理。\n2,李某,希望多建城市绿道。\n"
                    "序号,姓名,留言内容\n3,王某,建议完善应急预案。\n4,赵某,建议增加充电桩。\n", encoding="utf-8")
    ids = [c.id for c in ca.read_comments(path)]
    assert len(ids) == 4 and not {"1", "2", "3", "4"} & set(ids)
