"""Charts a drafting office asks for, as matplotlib Figures (the ``plot`` extra): opinions per unit
by 处理意见 (:func:`departments`), units × topics (:func:`department_topic_heatmap`), topics by size
(:func:`topic_sizes`), opinions per part of the draft (:func:`sections`) and rounds side by side
(:func:`rounds`).

Each function returns a :class:`matplotlib.figure.Figure` (or draws into ``ax=`` and returns its
figure), never calls ``plt.show()`` and touches no global state of pyplot or ``rcParams``, so it
runs in services and threads. Titles and labels are Chinese: the office reads them. The text is
set in the first CJK font found (:data:`CJK_FONT_FAMILIES`) or in ``font=`` (a family name or the
path of a .ttf/.otf/.ttc file); without one, a single :class:`MissingCJKFontWarning` says what to
install. matplotlib is imported on first use: ``pip install 'consultagg[plot]'``.

Examples
--------
>>> import consultagg as ca
>>> from consultagg import plots
>>> result = ca.analyse([{"提出单位": "水利厅", "意见内容": "建议强化黄河水资源刚性约束。"},
...                      {"提出单位": "财政厅", "意见内容": "建议明确运行补贴资金来源。"}])
>>> fig = plots.departments(result)      # a notebook shows it; elsewhere fig.savefig("units.png", dpi=150)
>>> fig.axes[0].get_title()
'各单位意见条数及处理意见（2个单位，2条意见）'
"""

from __future__ import annotations

import functools
import io
import os
import warnings
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from consultagg.result import UNIT_GUESS_MARK, UNPLACED, ConsultationResult
from consultagg.rounds import BACK_MARK, CHANGED_MARK, NEW_MARK
from consultagg.sections import section_path
from consultagg.tracker.layout import DISPOSITION_VALUES, normalize_disposition
from consultagg.tracker.reader import TrackerData, read_tracker

__all__ = ["CJK_FONT_FAMILIES", "INSTALL_HINT", "MissingCJKFontWarning", "department_topic_heatmap", "departments",
           "find_cjk_font", "rounds", "sections", "topic_sizes"]

#: What to run when matplotlib is missing.
INSTALL_HINT = "pip install 'consultagg[plot]'"
#: Font families able to draw simplified Chinese, by preference (last, regional cuts drawing them too).
CJK_FONT_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Heiti SC", "STHeiti", "SimHei",
    "Sarasa Gothic SC", "Sarasa UI SC", "Sarasa Mono SC", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun",
    "Songti SC", "AR PL UMing CN", "AR PL UKai CN", "Droid Sans Fallback", "Arial Unicode MS", "Noto Sans CJK TC",
    "Noto Sans CJK JP", "Source Han Sans TW", "Source Han Sans JP")
PENDING = "待定"
_FONT_FILES = {".ttf", ".otf", ".ttc", ".otc"}
_GLYPH_WARNING = r"Glyph \d+ .*missing from font"
_COLORS = {  # one colour per 处理意见, the same in every chart
    "采纳": "#2e7d32", "已体现": "#81c784", "部分采纳": "#c0ca33", "解释说明": "#ffb74d", "另行研究": "#fb8c00",
    "不属于本规划范畴": "#8d6e63", "不采纳": "#e53935", "合并处理": "#90a4ae", PENDING: "#d5d5d5",
    "首轮意见": "#4c72b0", "延续": "#9ebcda", "意见内容有变化": "#f0b429", "再次提出": "#9c6ade", "新增": "#2a9d8f",
}
_MORE_COLORS = ("#6a3d9a", "#b15928", "#1f78b4", "#33a02c", "#e31a1c", "#ff7f00")
_STATUSES = ("首轮意见", "延续", "意见内容有变化", "再次提出", "新增")
_REMOVED = "上轮意见本轮未再提出"
_TOTAL, _DISTINCT = "#9ecae1", "#2171b5"


class MissingCJKFontWarning(UserWarning):
    """No font able to draw Chinese was found: the chart's labels would show as empty boxes."""


# -- matplotlib and fonts -------------------------------------------------------------------
def _matplotlib():
    """The Figure class; ImportError naming the extra when matplotlib is not installed."""
    try:
        import matplotlib  # noqa: F401
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise ImportError(f"consultagg.plots needs matplotlib: {INSTALL_HINT}") from exc
    return Figure


def find_cjk_font() -> str | None:
    """The first family of :data:`CJK_FONT_FAMILIES` matplotlib knows, or None.

    Examples
    --------
    >>> from consultagg.plots import find_cjk_font
    >>> find_cjk_font() in (None, *CJK_FONT_FAMILIES)
    True
    """
    _matplotlib()
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((family for family in CJK_FONT_FAMILIES if family in installed), None)


def _font_file_family(path: str) -> str:
    """Register a font file with matplotlib's font manager; its family (a CJK one if it has several)."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    same = lambda f: os.path.realpath(f.fname) == os.path.realpath(path)  # noqa: E731
    if not any(same(f) for f in manager.ttflist):
        manager.addfont(path)
    names = sorted({f.name for f in manager.ttflist if same(f)})
    return next((n for n in CJK_FONT_FAMILIES if n in names), names[0])


def _resolve_font(font) -> str | None:
    """The family to set the text in; one MissingCJKFontWarning (pointing at the caller's call) if need be."""
    _matplotlib()
    from matplotlib import font_manager, get_cachedir

    problem = ""
    if font is not None:
        text = os.fspath(font)
        if Path(text).suffix.lower() in _FONT_FILES or os.sep in text or "/" in text:
            if Path(text).is_file():
                return _font_file_family(text)
            problem = f"The font file {text!r} does not exist"
        elif any(f.name == text for f in font_manager.fontManager.ttflist):
            return text
        else:
            problem = f"The font {text!r} is not installed"
    found = find_cjk_font()
    if found is None:
        warnings.warn(
            (problem + "; " if problem else "") + "no CJK font was found, so the Chinese labels of this chart will "
            "show as empty boxes. Install one (Debian/Ubuntu: apt install fonts-noto-cjk; Fedora: dnf install "
            "google-noto-sans-cjk-fonts; Windows and macOS have Microsoft YaHei / PingFang SC), then delete "
            f"matplotlib's font cache in {get_cachedir()}; or pass font='/path/to/NotoSansCJK-Regular.ttc'.",
            MissingCJKFontWarning, stacklevel=3)
    elif problem:
        warnings.warn(f"{problem}; using {found!r} instead.", MissingCJKFontWarning, stacklevel=3)
    return found


def _draw_quietly(fig, renderer):
    """Figure.draw without matplotlib's warning for each missing glyph (the font warning was given)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=_GLYPH_WARNING)
        return type(fig).draw(fig, renderer)


def _png(fig) -> bytes:  # what a notebook shows (a Figure made without pyplot shows as text otherwise)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def _axes(ax, size, family):
    """(figure, axes): ``ax`` and its figure, or a new Figure (constrained layout) of ``size`` inches."""
    Figure = _matplotlib()
    if ax is not None:
        try:
            return ax.get_figure(root=True), ax
        except TypeError:  # matplotlib < 3.10
            return ax.figure, ax
    fig = Figure(figsize=size, layout="constrained")
    fig._repr_png_ = functools.partial(_png, fig)
    if family is None:
        fig.draw = functools.partial(_draw_quietly, fig)
    return fig, fig.add_subplot()


def _finish(fig, artists, family):
    """Set every text of ``artists`` in ``family`` (falling back to sans-serif for Latin and digits)."""
    from matplotlib.text import Text

    for text in (t for artist in artists for t in artist.findobj(Text) if family is not None):
        text.set_fontfamily([family, "sans-serif"])
    return fig


def _plain(ax, title, legend_title=None, outside=False):
    ax.set_title(title, fontsize=11)
    where = {"loc": "upper left", "bbox_to_anchor": (1.01, 1)} if outside else {"loc": "best"}
    ax.legend(title=legend_title, fontsize=8, title_fontsize=8, frameon=False, **where)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=9)


def _overlay(ax, labels, totals, distinct, notes):
    """Long bars of ``totals`` and, inside them, narrow bars of ``distinct``; top to bottom."""
    y = np.arange(len(labels))
    bars = ax.barh(y, totals, 0.75, color=_TOTAL, label="意见条数（含重复）")
    ax.barh(y, distinct, 0.35, color=_DISTINCT, label="合并重复后的不同意见")
    ax.bar_label(bars, labels=notes, padding=2, fontsize=8)
    ax.set_yticks(y, labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)  # top to bottom, no empty band
    ax.set_xlabel("意见条数")


def _empty(ax, message):
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666")
    ax.set_axis_off()
    return ax


# -- data -----------------------------------------------------------------------------------
def _records(source) -> tuple[list[dict], list[dict], int]:
    """(rows, removed rows, round) of a ConsultationResult, a TrackerData or a tracker's path."""
    if isinstance(source, ConsultationResult):
        return source.to_records(), [dict(r) for r in source.removed], source.round
    if not isinstance(source, TrackerData):
        if not isinstance(source, (str, os.PathLike)):
            raise TypeError("expected a ConsultationResult, a TrackerData or the path of a tracker (.xlsx), "
                            f"not {type(source).__name__}")
        source = read_tracker(source)
    return list(source.rows), list(source.removed), source.round


def _need_result(result, what):  # the charts of the analysis itself (topics, plan) need a result
    if not isinstance(result, ConsultationResult):
        raise TypeError(f"{what}() needs a ConsultationResult (ca.analyse(...)), not {type(result).__name__}")


def _disposition(value) -> str:  # 处理意见 of the closed list; empty (a first round) counts as 待定
    text = str(value or "").strip()
    return (normalize_disposition(text)[0] or PENDING) if text else PENDING


def _categories(counts: dict[str, Counter], order=DISPOSITION_VALUES) -> list[str]:
    present = set().union(*counts.values()) if counts else set()
    return [c for c in order if c in present] + sorted(present - set(order))


def _color(category: str, others: list[str]) -> str:  # ``others``: the categories without a colour of their own
    return _COLORS.get(category) or _MORE_COLORS[others.index(category) % len(_MORE_COLORS)]


def _ranked(counts: dict[str, int | float]) -> list[str]:  # largest first, ties by name: deterministic
    return sorted(counts, key=lambda k: (-counts[k], k))


def _stack(ax, labels, counts, categories, *, horizontal):
    """Stacked bars of ``counts[label][category]``; each total written at the end of its bar."""
    positions = np.arange(len(labels))
    base = np.zeros(len(labels))
    others = [c for c in categories if c not in _COLORS]
    bar = ax.barh if horizontal else ax.bar
    for category in categories:
        values = np.array([counts[label].get(category, 0) for label in labels], dtype=float)
        bars = bar(positions, values, 0.7, base, color=_color(category, others), label=category,
                   edgecolor="white", linewidth=0.5)
        base += values
    ax.bar_label(bars, labels=[f"{int(t)}" for t in base], padding=2, fontsize=8)  # the last segment ends at the total
    (ax.set_yticks if horizontal else ax.set_xticks)(positions, labels)
    (ax.set_xlabel if horizontal else ax.set_ylabel)("意见条数")
    if horizontal:
        ax.invert_yaxis()
    # Explicit limits: the empty segments on top of each bar would pin autoscaling to the totals.
    (ax.set_xlim if horizontal else ax.set_ylim)(0, max(float(base.max(initial=0)), 1.0) * 1.1)
    return base


# -- charts ---------------------------------------------------------------------------------
def departments(result, *, top: int | None = 25, ax=None, font=None):
    """Opinions per unit (提出单位), stacked by 处理意见; most opinions first.

    Parameters
    ----------
    result : ConsultationResult, TrackerData or path
        An analysis, or a tracker staff edited (read with :func:`consultagg.read_tracker`). Its
        records' ``disposition`` is stacked; an empty one (a first round) counts as 待定. A unit only
        guessed from a file name (marked 待核实) counts with that unit.
    top : int or None, default=25
        Units drawn; the others are summed in one bar 其余N个单位. None draws all.
    ax : matplotlib Axes, optional
        Draw into this Axes instead of a new Figure.
    font : str or path, optional
        Font family or font file for the Chinese text (default: :func:`find_cjk_font`).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import consultagg as ca
    >>> from consultagg import plots
    >>> result = ca.analyse([{"提出单位": "水利厅", "意见内容": "建议强化黄河水资源刚性约束。"},
    ...                      {"提出单位": "水利厅", "意见内容": "建议加强地下水超采治理。"},
    ...                      {"提出单位": "财政厅", "意见内容": "建议明确运行补贴资金来源。"}])
    >>> fig = plots.departments(result)
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['水利厅', '财政厅']
    """
    family = _resolve_font(font)
    rows, _, _ = _records(result)
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        name = str(row.get("department") or "").strip().removesuffix(UNIT_GUESS_MARK) or "（未填写单位）"
        counts[name][_disposition(row.get("disposition"))] += 1
    names = _ranked({name: c.total() for name, c in counts.items()})
    n_units = len(names)
    if top is not None and len(names) > top:
        rest, names = names[top:], names[:top] + [f"其余{len(names) - top}个单位"]
        counts[names[-1]] = sum((counts[n] for n in rest), Counter())
    fig, ax = _axes(ax, (8.0, 1.4 + 0.3 * max(len(names), 3)), family)
    if not names:
        return _finish(fig, [_empty(ax, "没有意见")], family)
    _stack(ax, names, counts, _categories({n: counts[n] for n in names}), horizontal=True)
    _plain(ax, f"各单位意见条数及处理意见（{n_units}个单位，{len(rows)}条意见）", "处理意见")
    return _finish(fig, [ax], family)


def department_topic_heatmap(result, *, share: bool = False, top: int | None = 30, annotate: bool = True,
                             cmap: str = "Blues", ax=None, font=None):
    """Opinions per unit and topic (:meth:`~consultagg.ConsultationResult.department_topic_table`).

    Parameters
    ----------
    result : ConsultationResult
    share : bool, default=False
        Each unit's shares (its row sums to 1) instead of counts: what a unit said most about,
        comparable between a unit of three opinions and one of three hundred.
    top : int or None, default=30
        Units drawn, most opinions first (ties by name). None draws all.
    annotate : bool, default=True
        Write the count (or the share) in each cell that is not 0.
    cmap : str, default="Blues"
    ax, font : optional
        See :func:`departments`.

    Returns
    -------
    matplotlib.figure.Figure
        Rows are units (most opinions first), columns topics (largest first); the image's array is
        the table's values in that order.

    Examples
    --------
    >>> import consultagg as ca
    >>> from consultagg import plots
    >>> result = ca.analyse([{"提出单位": "水利厅", "意见内容": "建议强化黄河水资源刚性约束。"},
    ...                      {"提出单位": "财政厅", "意见内容": "建议明确运行补贴资金来源。"}])
    >>> fig = plots.department_topic_heatmap(result, share=True)
    >>> float(fig.axes[0].images[0].get_array().sum())   # each unit's row sums to 1
    2.0
    """
    _need_result(result, "department_topic_heatmap")
    family = _resolve_font(font)
    counts = result.department_topic_table(as_frame=False)
    values = result.department_topic_table(share=True, as_frame=False) if share else counts
    units = _ranked({d: sum(row.values()) for d, row in counts.items()})
    shown = units[:top] if top is not None else units
    topics = _ranked(dict(sum((Counter(row) for row in counts.values()), Counter())))
    fig, ax = _axes(ax, (min(18.0, 3.8 + 0.62 * len(topics)), min(24.0, 2.2 + 0.34 * max(len(shown), 3))), family)
    if not shown:
        return _finish(fig, [_empty(ax, "没有意见")], family)
    matrix = np.array([[values[d].get(t, 0) for t in topics] for d in shown], dtype=float)
    vmax = 1.0 if share else max(float(matrix.max()), 1.0)
    image = ax.imshow(matrix, aspect="auto", cmap=cmap, vmin=0, vmax=vmax, interpolation="nearest")
    ax.set_xticks(np.arange(len(topics)), [t or "（无主题）" for t in topics], rotation=40, ha="right",
                  rotation_mode="anchor")
    ax.set_yticks(np.arange(len(shown)), shown)
    ax.set_xticks(np.arange(len(topics) + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(len(shown) + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="white", linewidth=1)
    ax.tick_params(which="minor", length=0)
    ax.tick_params(labelsize=9)
    ax.spines[:].set_visible(False)
    if annotate:
        for (i, j), v in np.ndenumerate(matrix):
            if v:
                ax.text(j, i, f"{v:.0%}" if share else f"{int(v)}", ha="center", va="center", fontsize=7,
                        color="white" if v > 0.55 * vmax else "#222222")
    bar = fig.colorbar(image, ax=ax, shrink=0.8, pad=0.02)
    bar.set_label("占本单位意见的比例" if share else "意见条数", fontsize=9)
    if share:
        bar.ax.yaxis.set_major_formatter("{x:.0%}")
    cut = f"，意见最多的{len(shown)}个单位" if len(shown) < len(units) else ""
    ax.set_title(f"各单位意见的主题分布（{'占本单位意见的比例' if share else '意见条数'}{cut}）", fontsize=11)
    return _finish(fig, [ax, bar.ax], family)


def topic_sizes(result, *, top: int | None = 20, phrases: int = 3, ax=None, font=None):
    """Topics by size: submissions, distinct opinions (duplicates merged) and units, with key phrases.

    Parameters
    ----------
    result : ConsultationResult
    top : int or None, default=20
        Topics drawn, largest first (ties by name). None draws all.
    phrases : int, default=3
        Key phrases written after each topic's label (0 for none).
    ax, font : optional
        See :func:`departments`.

    Returns
    -------
    matplotlib.figure.Figure
        The long bars are :meth:`~consultagg.ConsultationResult.topic_table`'s ``n_opinions``, the
        narrow ones inside them its ``n_distinct``.

    Examples
    --------
    >>> import consultagg as ca
    >>> from consultagg import plots
    >>> result = ca.analyse([{"提出单位": "水利厅", "意见内容": "建议强化黄河水资源刚性约束。"},
    ...                      {"提出单位": "财政厅", "意见内容": "建议明确运行补贴资金来源。"}])
    >>> fig = plots.topic_sizes(result, phrases=0)
    >>> len(fig.axes[0].get_yticklabels()) == len(result.topics)
    True
    """
    _need_result(result, "topic_sizes")
    family = _resolve_font(font)
    table = result.topic_table(as_frame=False)
    rows = sorted(table, key=lambda r: (-r["n_opinions"], r["topic"]))
    rows = rows[:top] if top is not None else rows
    fig, ax = _axes(ax, (8.5, 1.4 + 0.34 * max(len(rows), 3)), family)
    if not rows:
        return _finish(fig, [_empty(ax, "没有主题")], family)
    labels = []
    for r in rows:
        keys = [k for k in r["key_phrases"].split("、") if k and k not in r["topic"]][:phrases]
        labels.append(r["topic"] + (f"（{'、'.join(keys)}）" if keys else ""))
    _overlay(ax, labels, [r["n_opinions"] for r in rows], [r["n_distinct"] for r in rows],
             [f"{r['n_opinions']}条（不同意见{r['n_distinct']}条，{r['n_departments']}个单位）" for r in rows])
    ax.margins(x=0.3)
    shown = f"，前{len(rows)}个" if len(rows) < len(table) else ""
    _plain(ax, f"各主题意见条数（{len(table)}个主题{shown}）")
    return _finish(fig, [ax], family)


def sections(result, *, depth: int | None = 1, show_empty: bool = True, ax=None, font=None):
    """Opinions per part of the draft, in the draft's order: where the comments concentrate.

    Parameters
    ----------
    result : ConsultationResult
        Analysed with the draft plan (``ca.analyse(comments, plan)``).
    depth : int or None, default=1
        Heading level counted: 1 chapters (章), 2 sections (节) … an opinion on a deeper heading
        counts for its heading at this level; one on a shallower heading that has parts is shown as
        ``（总体）``. None draws each heading opinions were placed on, as
        :meth:`~consultagg.ConsultationResult.section_table` lists them.
    show_empty : bool, default=True
        With a ``depth``, also draw the headings at that level no opinion concerns (a bar of 0).
    ax, font : optional
        See :func:`departments`.

    Returns
    -------
    matplotlib.figure.Figure
        The long bars are the opinions, the narrow ones inside them the distinct opinions; opinions
        placed on no heading come first as 总体/未定位.

    Raises
    ------
    ValueError
        When the result has no plan.

    Examples
    --------
    >>> import consultagg as ca
    >>> from consultagg import plots
    >>> plan = "青原市生态环境保护规划\\n第一章 总体要求\\n坚持生态优先。\\n第二章 大气污染防治\\n推进清洁取暖。"
    >>> result = ca.analyse([{"提出单位": "财政厅", "章节条款": "第二章", "意见内容": "建议明确清洁取暖补贴来源。"}],
    ...                     plan)
    >>> fig = plots.sections(result)
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['第一章 总体要求', '第二章 大气污染防治']
    """
    _need_result(result, "sections")
    plan = result.plan
    if plan is None or not plan.sections:
        raise ValueError("sections() needs a result analysed with the draft plan: ca.analyse(comments, plan). "
                         "未提供规划文本（征求意见稿），无法按章节统计意见。")
    if depth is not None and (isinstance(depth, bool) or not isinstance(depth, int) or depth < 1):
        raise ValueError(f"depth must be None or an int >= 1, not {depth!r}")
    family = _resolve_font(font)
    by_id = {s.id: s for s in plan.sections}
    order = {s.id: i for i, s in enumerate(plan.sections)}
    parents = {s.parent_id for s in plan.sections if s.parent_id}

    def level(sid):
        s = by_id[sid]
        while depth is not None and s.depth > depth and s.parent_id in by_id:
            s = by_id[s.parent_id]
        return s.id

    ops = defaultdict(list)
    for op in result.opinions:
        ops[level(op.section_id) if op.section_id in by_id else ""].append(op)
    keys = set(ops) - {""}
    if depth is not None and show_empty:
        keys |= {s.id for s in plan.sections if s.depth == depth or (s.depth < depth and s.id not in parents)}
    keys = ([""] if "" in ops else []) + sorted(keys, key=order.__getitem__)
    labels = []
    for k in keys:
        if not k:
            labels.append(UNPLACED)
        elif depth is None:
            labels.append(ops[k][0].section_path or section_path(by_id[k], by_id))
        else:
            labels.append(section_path(by_id[k], by_id) + ("（总体）" if by_id[k].depth < depth and k in parents else ""))
    totals = [len(ops.get(k, ())) for k in keys]
    distinct = [len({op.group_id for op in ops.get(k, ())}) for k in keys]
    fig, ax = _axes(ax, (9.0, 1.4 + 0.3 * max(len(keys), 3)), family)
    _overlay(ax, labels, totals, distinct, [f"{n}" + (f"（{d}）" if d != n else "") for n, d in zip(totals, distinct)])
    ax.margins(x=0.1)
    part = {None: "各标题", 1: "各章"}.get(depth, f"第{depth}级标题")
    _plain(ax, f"意见在规划{part}的分布（按规划顺序，共{len(result.opinions)}条意见）")
    return _finish(fig, [ax], family)


def _status(row: dict, round_: int) -> str:
    """What became of an opinion: 首轮意见 in a first round, else 延续 / 意见内容有变化 / 再次提出 / 新增."""
    meta = row.get("meta") if isinstance(row.get("meta"), dict) else {}
    status = row.get("merge_status") or meta.get("merge_status")
    if status in _STATUSES:
        return status
    remarks = str(row.get("remarks") or "")
    for mark, status in ((NEW_MARK, "新增"), (BACK_MARK, "再次提出"), (CHANGED_MARK, "意见内容有变化")):
        if mark in remarks:
            return status
    return "首轮意见" if round_ <= 1 else "延续"


def _left_before(row: dict, round_: int) -> bool:  # a removed row last seen in the round before ``round_``
    last = str(row.get("last_round") or "").split(".")[0]
    return last == str(round_ - 1) if last.isdigit() else str(row.get("removed_note") or "").startswith(f"第{round_}轮")


def rounds(*results, labels=None, by: str = "disposition", ax=None, font=None):
    """Rounds of a consultation side by side: opinions per round, by 处理意见 or by what became of them.

    Parameters
    ----------
    *results : ConsultationResult, TrackerData or path
        One per round, in order (a single list works too): the analyses (a later one from
        :func:`consultagg.merge_tracker`) or the trackers staff edited.
    labels : sequence of str, optional
        Names of the bars (default 第N轮 from each round's number).
    by : {"disposition", "status"}, default="disposition"
        ``"disposition"`` stacks each round's opinions by 处理意见 (empty counts as 待定);
        ``"status"`` stacks them by what the merge found (首轮意见, 延续, 意见内容有变化, 再次提出,
        新增, from ``merge_status`` or the marks in 备注) and draws below zero the opinions of the
        round before that this round no longer holds (已撤回或未再提出).
    ax, font : optional
        See :func:`departments`.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import consultagg as ca
    >>> from consultagg import plots
    >>> first = ca.analyse([{"提出单位": "水利厅", "意见内容": "建议强化黄河水资源刚性约束。"},
    ...                     {"提出单位": "财政厅", "意见内容": "建议明确运行补贴资金来源。"}])
    >>> second = ca.merge_tracker(ca.TrackerData(rows=tuple(first.to_records())),
    ...                           ca.analyse([{"提出单位": "水利厅", "意见内容": "建议强化黄河水资源刚性约束。"}]))
    >>> fig = plots.rounds(first, second, by="status")
    >>> [t.get_text() for t in fig.axes[0].get_xticklabels()]
    ['第1轮', '第2轮']
    """
    if len(results) == 1 and isinstance(results[0], (list, tuple)):
        results = tuple(results[0])
    if not results:
        raise ValueError("rounds() needs at least one result or tracker")
    if by not in ("disposition", "status"):
        raise ValueError(f"by must be 'disposition' or 'status', not {by!r}")
    family = _resolve_font(font)
    data = [_records(r) for r in results]
    names = [str(n) for n in labels] if labels is not None else [f"第{rnd}轮" for _, _, rnd in data]
    if len(names) != len(data):
        raise ValueError(f"{len(names)} labels for {len(data)} rounds")
    if len(set(names)) < len(names):
        names = [f"{n}（{i + 1}）" for i, n in enumerate(names)]
    counts = {name: Counter(_disposition(r.get("disposition")) if by == "disposition" else _status(r, rnd)
                            for r in rows) for name, (rows, _, rnd) in zip(names, data)}
    fig, ax = _axes(ax, (max(5.5, 2.8 + 1.3 * len(names)), 4.8), family)
    _stack(ax, names, counts, _categories(counts, DISPOSITION_VALUES if by == "disposition" else _STATUSES),
           horizontal=False)
    left = [sum(_left_before(r, rnd) for r in removed) for _, removed, rnd in data] if by == "status" else []
    if any(left):
        bars = ax.bar(np.arange(len(names)), [-n for n in left], 0.7, color="#eeeeee", edgecolor="#888888",
                      hatch="//", label=_REMOVED)
        ax.bar_label(bars, labels=[f"−{n}" if n else "" for n in left], padding=2, fontsize=8)
        ax.axhline(0, color="#444444", linewidth=0.8)
        ax.set_ylim(-(max(left) + 0.12 * ax.get_ylim()[1]), None)  # room for the labels under the bars
    _plain(ax, "各轮意见及处理意见" if by == "disposition" else "各轮意见的延续、新增与未再提出",
           "处理意见" if by == "disposition" else None, outside=True)
    return _finish(fig, [ax], family)
