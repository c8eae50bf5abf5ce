"""Result tables as typed pandas DataFrames; the input's own columns kept by to_dataframe."""

import pytest

import consultagg as ca

pd = pytest.importorskip("pandas")

ROWS = [
    {"提出单位": "自治区水利厅", "意见": "建议将黄河干流水质目标提高到Ⅱ类。", "联系人": "王某", "批次": 1},
    {"提出单位": "自治区水利厅", "意见": "建议增加农村饮水安全工程内容。", "联系人": "王某", "批次": 1},
    {"提出单位": "自治区林草局", "意见": "建议补充湿地保护修复任务。", "联系人": "李某", "批次": 2},
    {"提出单位": "社会公众", "意见": "建议加强城区扬尘治理。", "联系人": "", "批次": 2},
]


@pytest.fixture(scope="module")
def result():
    return ca.analyse(pd.DataFrame(ROWS))


def test_to_dataframe_keeps_the_inputs_own_columns_and_types_them(result):
    df = result.to_dataframe()
    assert len(df) == len(ROWS)
    # a column no tracker field takes comes back under its own name; one a field takes (联系人 is
    # the speaker) comes back under the field's key
    assert "批次" in df.columns and sorted(df["批次"].tolist()) == sorted(r["批次"] for r in ROWS)
    assert sorted(df["speaker"].tolist()) == sorted(r["联系人"] for r in ROWS)
    assert isinstance(df["department"].dtype, pd.CategoricalDtype)
    assert str(df["subtopic_id"].dtype) == "Int64" and str(df["group_id"].dtype) == "Int64"


def test_table_methods_return_typed_frames_by_default_and_records_on_request(result):
    for name in ("department_table", "topic_table", "section_table", "duplicate_table"):
        frame = getattr(result, name)()
        records = getattr(result, name)(as_frame=False)
        assert isinstance(frame, pd.DataFrame) and isinstance(records, list), name
        assert len(frame) == len(records), name
    units = result.department_table()
    assert isinstance(units["department"].dtype, pd.CategoricalDtype) and str(units["n_opinions"].dtype) == "Int64"


def test_department_topic_table_has_a_row_per_department(result):
    df = result.department_topic_table()
    assert df.index.name == "department" and df.columns.name == "topic"
    assert set(df.index) == set(result.departments)
    assert int(df.to_numpy().sum()) == len(ROWS)
    shares = result.department_topic_table(share=True)
    assert (abs(shares.sum(axis=1) - 1.0) < 1e-3).all()
    counts = result.department_topic_table(as_frame=False)
    assert all(df.loc[d, t] == n for d, row in counts.items() for t, n in row.items())


def test_a_notebook_shows_counts_topics_and_units(result):
    shown = result._repr_html_()
    assert shown.startswith("<div>") and f"{len(ROWS)}条意见" in shown and "自治区水利厅" in shown
    assert "<script" not in ca.analyse(pd.DataFrame([{"提出单位": "<script>x</script>", "意见": "建议补充内容。"}]))._repr_html_()
    assert repr(result).startswith("ConsultationResult(4 opinions")


def test_the_frames_topic_is_one_category_per_topic():
    pytest.importorskip("pandas")
    from dataclasses import replace

    from consultagg.result import WEAK_TOPIC_MARK
    r = ca.analyse([{"提出单位": "水利厅", "意见内容": "建议强化黄河水资源刚性约束。"},
                    {"提出单位": "财政厅", "意见内容": "建议明确黄河水资源保护资金来源。"}])
    weak = replace(r, opinions=(replace(r.opinions[0], topic_weak=True), *r.opinions[1:]))
    assert WEAK_TOPIC_MARK in weak.to_records()[0]["topic"]  # the tracker shows the mark
    df = weak.to_dataframe()
    assert WEAK_TOPIC_MARK not in df.loc[0, "topic"] and bool(df.loc[0, "topic_weak"])
    assert df["topic"].nunique() == len({op.topic_id for op in r.opinions})
