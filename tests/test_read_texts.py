"""read_comments on texts held in memory: a list of plain strings or a pandas Series is one
opinion per item, never taken for file names; a list mixing file names with texts is refused,
naming the item."""

import pytest

import consultagg as ca
from consultagg.errors import ConsultaggInputError

TEXTS = ["建议在第三章增加农村污水治理内容。", "建议加强臭氧污染防治。", "建议保留第五章关于燃煤锅炉淘汰的表述。"]


def test_a_list_of_plain_strings_is_one_opinion_each():
    rows = ca.read_comments(TEXTS, department="社会公众")
    assert [c.text for c in rows] == TEXTS
    assert {c.department for c in rows} == {"社会公众"}
    assert [c.source.row for c in rows] == [1, 2, 3]


def test_a_pandas_series_is_one_opinion_per_item_with_its_index_as_id():
    pd = pytest.importorskip("pandas")
    s = pd.Series(TEXTS, index=["A-1", "A-2", "A-3"], name="意见")
    rows = ca.read_comments(s)
    assert [c.text for c in rows] == TEXTS and [c.id for c in rows] == ["A-1", "A-2", "A-3"]
    plain = ca.read_comments(pd.Series(TEXTS))
    assert [c.text for c in plain] == TEXTS


def test_a_long_text_alone_is_not_taken_for_a_file_name():
    with pytest.raises(ConsultaggInputError, match=r"\[text\]|列表"):
        ca.read_comments("建议" * 400)


def test_file_names_mixed_with_texts_are_refused_naming_the_item(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("意见\n建议补充内容。\n", encoding="utf-8")
    with pytest.raises(ConsultaggInputError, match="第2项"):
        ca.read_comments([str(f), "建议加强臭氧污染防治。"])
    assert [c.text for c in ca.read_comments([str(f)])] == ["建议补充内容。"]


def test_a_short_missing_name_is_still_a_missing_file_not_a_text():
    with pytest.raises(ConsultaggInputError, match="文件不存在"):
        ca.read_comments(["no_such_folder"])
