"""consultagg.plots: every chart renders to PNG and draws the numbers of the result's own tables."""

from __future__ import annotations

import pickle
import re
import sys
import warnings
from collections import Counter

import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

import numpy as np  # noqa: E402
from matplotlib.image import imread  # noqa: E402

import consultagg as ca  # noqa: E402
from consultagg import plots  # noqa: E402
from consultagg.result import UNPLACED  # noqa: E402

# The CI machine has no CJK font: the charts warn once and still draw.
pytestmark = pytest.mark.filterwarnings("ignore::consultagg.plots.MissingCJKFontWarning")

PLAN = """青原市生态环境保护规划
第一章 总体要求
第一节 指导思想
坚持生态优先、绿色发展。
第二节 主要目标
到2025年，细颗粒物浓度下降10%。
第二章 大气污染防治
第一节 臭氧协同控制
加强挥发性有机物治理，推进重点行业深度治理。
第二节 清洁取暖
稳妥推进煤改电、煤改气。
第三章 水生态环境保护
第一节 黄河流域
强化黄河水资源刚性约束，规范入河排污口设置。
第二节 饮用水水源
加强水源地水质监测和风险防范。
第四章 保障措施
加强组织领导。
"""
ROWS = [
    ("自治区发展改革委", "第二章第一节", "建议补充臭氧和细颗粒物协同控制的具体措施。"),
    ("自治区发展改革委", "第一章第二节", "建议细颗粒物浓度下降目标调整为12%。"),
    ("自治区水利厅", "第三章第一节", "建议强化黄河水资源刚性约束，严格取水许可。"),
    ("自治区水利厅", "第三章第二节", "建议加强水源地水质监测，完善风险防范预案。"),
    ("自治区财政厅", "第二章第二节", "建议明确煤改电运行补贴资金来源。"),
    ("自治区财政厅", "", "建议规划项目资金按事权划分分级承担。"),
    ("自治区住房城乡建设厅", "第二章第二节", "建议稳妥推进清洁取暖，先立后破。"),
    ("社会公众", "第二章第二节", "煤改电以后电费太贵，希望提高运行补贴。"),
    ("社会公众", "第二章第二节", "煤改电以后电费太贵，希望提高运行补贴。"),
    ("社会公众", "第二章第二节", "煤改电以后电费太贵，希望提高运行补贴！"),
    ("社会公众", "第三章第一节", "建议严查黄河沿岸私设的入河排污口。"),
    ("北岭市人民政府", "第三章第一节", "建议规范入河排污口设置，加大排查整治资金支持。"),
    ("北岭市人民政府", "第二章第一节", "建议对重点行业深度治理给予资金支持。"),
]


def _comments(rows):
    return [{"提出单位": u, "章节条款": s, "意见内容": x} for u, s, x in rows]


@pytest.fixture(scope="module")
def result():
    return ca.analyse(_comments(ROWS), PLAN)


@pytest.fixture(scope="module")
def two_rounds(result):
    """A first round with decisions, and a second merged from it: one opinion dropped, one edited, one new."""
    big = max(result.groups, key=lambda g: (g.size, -g.id))
    first = ca.apply_group_decision(result, big.id, "部分采纳", "补贴标准另行制定。")
    first = ca.apply_group_decision(first, result.opinions[0].group_id, "采纳")
    rows = [r for r in ROWS if "事权" not in r[2]]
    rows[0] = (rows[0][0], rows[0][1], "建议补充臭氧和细颗粒物协同控制的具体措施和时间表。")
    rows.append(("自治区生态环境厅", "第三章第二节", "建议增加饮用水水源地规范化建设内容。"))
    second = ca.merge_tracker(ca.TrackerData(rows=tuple(first.to_records()), round=1),
                              ca.analyse(_comments(rows), PLAN))
    return first, second


def _png(fig, path):
    """Save ``fig`` as PNG; the file is a real, non-blank picture."""
    fig.savefig(path, dpi=60)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 3000
    pixels = imread(path)
    assert pixels.shape[0] > 100 and pixels.shape[1] > 100 and np.ptp(pixels[..., :3]) > 0.5
    return data


def _ticks(ax, axis="y"):
    return [t.get_text() for t in (ax.get_yticklabels() if axis == "y" else ax.get_xticklabels())]


def _bar_totals(ax, horizontal=True):
    """Length of all bar segments at each tick position, summed (stacked bars)."""
    totals = Counter()
    for container in ax.containers:
        for bar in container:
            pos = bar.get_y() + bar.get_height() / 2 if horizontal else bar.get_x() + bar.get_width() / 2
            totals[round(pos)] += bar.get_width() if horizontal else bar.get_height()
    return totals


CHARTS = {
    "departments": lambda r, rounds: plots.departments(r),
    "department_topic_heatmap": lambda r, rounds: plots.department_topic_heatmap(r),
    "department_topic_heatmap_share": lambda r, rounds: plots.department_topic_heatmap(r, share=True),
    "topic_sizes": lambda r, rounds: plots.topic_sizes(r),
    "sections": lambda r, rounds: plots.sections(r),
    "sections_all": lambda r, rounds: plots.sections(r, depth=None),
    "rounds": lambda r, rounds: plots.rounds(*rounds),
    "rounds_status": lambda r, rounds: plots.rounds(*rounds, by="status"),
}


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_each_chart_renders_to_png(name, result, two_rounds, tmp_path):
    fig = CHARTS[name](result, two_rounds)
    assert isinstance(fig, matplotlib.figure.Figure)
    assert fig.canvas.manager is None  # not a pyplot figure: nothing global, nothing shown
    _png(fig, tmp_path / f"{name}.png")


def test_departments_bars_are_the_department_table(result):
    ax = plots.departments(result).axes[0]
    labels = _ticks(ax)
    expected = {r["department"]: r["n_opinions"] for r in result.department_table(as_frame=False) if r["n_opinions"]}
    totals = _bar_totals(ax)
    assert {label: totals[i] for i, label in enumerate(labels)} == expected
    ranked = [(-expected[d], d) for d in labels]
    assert ranked == sorted(ranked)  # most opinions first, ties by name
    # A first round has no decisions yet: everything is 待定.
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["待定"]


def test_departments_stack_the_dispositions_and_sum_the_rest(two_rounds):
    first, _ = two_rounds
    ax = plots.departments(first).axes[0]
    labels = _ticks(ax)
    by_unit = {}
    for rec in first.to_records():
        by_unit.setdefault(rec["department"], Counter())[rec["disposition"] or "待定"] += 1
    for container in ax.containers:
        for i, bar in enumerate(container):
            assert bar.get_width() == by_unit[labels[i]][container.get_label()]
    assert [c.get_label() for c in ax.containers] == ["采纳", "部分采纳", "合并处理", "待定"]  # closed-list order
    ax = plots.departments(first, top=2).axes[0]
    labels = _ticks(ax)
    assert len(labels) == 3 and re.fullmatch(r"其余\d+个单位", labels[-1])
    assert sum(_bar_totals(ax).values()) == len(first.opinions)


def test_heatmap_array_is_the_department_topic_table(result):
    pd = pytest.importorskip("pandas")
    for share in (False, True):
        ax = plots.department_topic_heatmap(result, share=share).axes[0]
        table = result.department_topic_table(share=share, as_frame=True)
        assert isinstance(table, pd.DataFrame)
        shown = table.loc[_ticks(ax), _ticks(ax, "x")].to_numpy(dtype=float)
        assert np.array_equal(np.asarray(ax.images[0].get_array()), shown)
        assert sorted(_ticks(ax)) == sorted(table.index) and sorted(_ticks(ax, "x")) == sorted(table.columns)
    assert np.allclose(shown.sum(axis=1), 1.0, atol=1e-3)


def test_topic_sizes_are_the_topic_table(result):
    ax = plots.topic_sizes(result, phrases=0).axes[0]
    rows = sorted(result.topic_table(as_frame=False), key=lambda r: (-r["n_opinions"], r["topic"]))
    assert _ticks(ax) == [r["topic"] for r in rows]
    total, distinct = ax.containers
    assert [b.get_width() for b in total] == [r["n_opinions"] for r in rows]
    assert [b.get_width() for b in distinct] == [r["n_distinct"] for r in rows]
    labelled = _ticks(plots.topic_sizes(result, phrases=2).axes[0])
    assert all(label.startswith(r["topic"]) for label, r in zip(labelled, rows))


def test_sections_follow_the_plan(result):
    chapters = [s for s in result.plan.sections if s.depth == 1]
    ax = plots.sections(result).axes[0]
    labels = _ticks(ax)
    placed = [label for label in labels if label != UNPLACED]
    assert placed == [f"{s.label} {s.title}" for s in chapters]  # every chapter, in plan order, 第四章 with 0
    widths = [b.get_width() for b in ax.containers[0]]
    assert sum(widths) == len(result.opinions)
    by_chapter = Counter(op.section_id.split(".")[0] if op.section_id else "" for op in result.opinions)
    expected = ([by_chapter[""]] if by_chapter[""] else []) + [by_chapter[s.id] for s in chapters]
    assert widths == expected and expected[-1] == 0
    # Each heading opinions were placed on, as section_table lists them.
    ax = plots.sections(result, depth=None).axes[0]
    table = result.section_table(as_frame=False)
    assert _ticks(ax) == [r["section"] for r in table]
    assert [b.get_width() for b in ax.containers[0]] == [r["n_opinions"] for r in table]
    assert [b.get_width() for b in ax.containers[1]] == [r["n_distinct"] for r in table]


def test_sections_without_a_plan_says_so():
    no_plan = ca.analyse(_comments(ROWS[:2]))
    with pytest.raises(ValueError, match="plan"):
        plots.sections(no_plan)
    with pytest.raises(ValueError, match="depth"):
        plots.sections(ca.analyse(_comments(ROWS[:2]), PLAN), depth=0)


def test_rounds_by_disposition_and_by_status(two_rounds, tmp_path):
    first, second = two_rounds
    ax = plots.rounds(first, second).axes[0]
    assert _ticks(ax, "x") == ["第1轮", "第2轮"]
    for i, res in enumerate((first, second)):
        expected = Counter(r["disposition"] or "待定" for r in res.to_records())
        got = {c.get_label(): c[i].get_height() for c in ax.containers}
        assert {k: v for k, v in got.items() if v} == expected
    ax = plots.rounds([first, second], by="status", labels=["一审", "二审"]).axes[0]
    assert _ticks(ax, "x") == ["一审", "二审"]
    got = {c.get_label(): [b.get_height() for b in c] for c in ax.containers}
    n2 = len(second.opinions)
    assert got["首轮意见"] == [len(first.opinions), 0]
    assert got["新增"] == [0, 1] and got["意见内容有变化"] == [0, 1] and got["延续"] == [0, n2 - 2]
    assert got["上轮意见本轮未再提出"] == [0, -1] and len(second.removed) == 1
    # A tracker file (as staff edit it) gives the same bars as the result it was written from.
    path = first.to_excel(tmp_path / "round1.xlsx")
    from_file = plots.rounds(path, second).axes[0]
    assert [[b.get_height() for b in c] for c in from_file.containers] == \
        [[b.get_height() for b in c] for c in plots.rounds(first, second).axes[0].containers]
    with pytest.raises(ValueError, match="by must be"):
        plots.rounds(first, by="unit")
    with pytest.raises(TypeError, match="ConsultationResult"):
        plots.rounds(42)


@pytest.mark.filterwarnings("ignore:Glyph")  # a figure of the caller's own, without a CJK font on CI
def test_draws_into_a_given_axes_and_is_deterministic(result, tmp_path):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(12, 4))
    left, right = fig.subplots(1, 2)
    assert plots.topic_sizes(result, ax=left) is fig
    assert plots.sections(result, ax=right) is fig
    _png(fig, tmp_path / "both.png")
    assert _png(plots.departments(result), tmp_path / "a.png") == _png(plots.departments(result), tmp_path / "b.png")
    # A notebook shows the figure as the cell's value, without %matplotlib inline.
    assert plots.departments(result)._repr_png_()[:8] == b"\x89PNG\r\n\x1a\n"


def test_missing_cjk_font_warns_once_and_hides_the_glyph_flood(result, monkeypatch, tmp_path):
    monkeypatch.setattr(plots, "find_cjk_font", lambda: None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = plots.topic_sizes(result)
        fig.savefig(tmp_path / "t.png")
        fig.savefig(tmp_path / "t.svg", bbox_inches="tight")
    mine = [w for w in caught if issubclass(w.category, plots.MissingCJKFontWarning)]
    assert len(mine) == 1 and mine[0].filename == __file__  # points at the caller
    assert "fonts-noto-cjk" in str(mine[0].message) and "font=" in str(mine[0].message)
    assert not [w for w in caught if "missing from font" in str(w.message)]
    with warnings.catch_warnings(record=True) as caught:  # still quiet after a round trip through pickle
        warnings.simplefilter("always")
        pickle.loads(pickle.dumps(fig)).savefig(tmp_path / "p.png")
    assert not caught
    assert issubclass(plots.MissingCJKFontWarning, UserWarning)


def test_font_argument_is_used_for_the_text(result):
    from matplotlib import font_manager

    family = plots.find_cjk_font()
    if family is None:
        pytest.skip("no CJK font installed here")
    path = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
    for font in (family, path):
        ax = plots.departments(result, font=font).axes[0]
        assert ax.title.get_fontfamily()[0] in plots.CJK_FONT_FAMILIES
        assert {t.get_fontfamily()[0] for t in ax.get_yticklabels()} == {ax.title.get_fontfamily()[0]}
    with pytest.warns(plots.MissingCJKFontWarning, match="not installed"):
        plots.departments(result, font="No Such Font 字体")


def test_missing_matplotlib_names_the_extra(result, monkeypatch):
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    for chart in (plots.departments, plots.topic_sizes, plots.sections, plots.rounds, plots.department_topic_heatmap):
        with pytest.raises(ImportError, match=re.escape("pip install 'consultagg[plot]'")):
            chart(result)
    assert ca.plots is plots  # the submodule itself imports without matplotlib
