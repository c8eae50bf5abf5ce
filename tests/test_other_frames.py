"""polars and pyarrow tables and columns at the edges: read as rows, without pandas in between."""

import pytest

import consultagg as ca

ROWS = {"提出单位": ["水利厅", "科技厅"],
        "意见内容": ["建议强化黄河水资源刚性约束。", "建议增加科技创新内容，支持监测装备研发。"],
        "批次": [1, 2]}


def _frames():
    out = []
    try:
        import polars as pl
        out += [("polars", pl.DataFrame(ROWS)), ("polars-lazy", pl.DataFrame(ROWS).lazy())]
    except ImportError:
        pass
    try:
        import pyarrow as pa
        out += [("arrow-table", pa.table(ROWS)), ("arrow-batch", pa.table(ROWS).to_batches()[0])]
    except ImportError:
        pass
    return out


def _columns():
    out = []
    try:
        import polars as pl
        out.append(("polars", pl.Series("意见", ROWS["意见内容"])))
    except ImportError:
        pass
    try:
        import pyarrow as pa
        out += [("arrow-array", pa.array(ROWS["意见内容"])), ("arrow-chunked", pa.chunked_array([ROWS["意见内容"]]))]
    except ImportError:
        pass
    return out


@pytest.mark.parametrize("name,frame", _frames() or [pytest.param("none", None, marks=pytest.mark.skip("no polars/pyarrow"))])
def test_a_polars_or_arrow_table_is_read_like_a_dataframe(name, frame):
    comments = ca.read_comments(frame)
    assert [c.department for c in comments] == ROWS["提出单位"]
    assert [c.text for c in comments] == ROWS["意见内容"]
    table = ca.analyse(frame).to_dataframe() if name.startswith("polars") else None
    if table is not None:
        assert list(table["批次"]) == [1, 2]  # the input's own column comes back


@pytest.mark.parametrize("name,column", _columns() or [pytest.param("none", None, marks=pytest.mark.skip("no polars/pyarrow"))])
def test_a_polars_or_arrow_column_is_a_list_of_texts(name, column):
    comments = ca.read_comments(column)
    assert [c.text for c in comments] == ROWS["意见内容"]
    assert all(c.department is None for c in comments)
