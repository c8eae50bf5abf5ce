"""Bar charts on the statistics sheets of the tracker, where a picture reads faster than a table.

The charts reference the cells of their sheet (no copied numbers), so a count a person corrects in
the table shows in the chart too.

Examples
--------
>>> from openpyxl import Workbook
>>> ws = Workbook().active
>>> for row in (("主题", "意见条数"), ("大气", 5), ("水", 3)):
...     ws.append(row)
>>> add_bar_chart(ws, "按主题的意见条数", label_col=1, value_col=2, first_row=2, last_row=3, anchor="D2")
True
>>> len(ws._charts)
1
"""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference

__all__ = ["MAX_BARS", "add_bar_chart"]

#: Bars drawn at most; a longer table is charted for its first rows (the tables are sorted).
MAX_BARS = 30


def add_bar_chart(ws, title: str, *, label_col: int, value_col: int, first_row: int, last_row: int,
                  anchor: str, max_bars: int = MAX_BARS) -> bool:
    """Add a horizontal bar chart of ``value_col`` labelled by ``label_col``; False when no rows.

    Parameters
    ----------
    ws : openpyxl Worksheet
    title : str
        Chart title (Chinese, shown to the office).
    label_col, value_col : int
        1-based columns of the labels and the values; the row above ``first_row`` holds the header.
    first_row, last_row : int
        Data rows (1-based, inclusive).
    anchor : str
        Top-left cell of the chart.
    """
    if last_row < first_row:
        return False
    last_row = min(last_row, first_row + max_bars - 1)
    n = last_row - first_row + 1
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = title
    chart.legend = None
    chart.y_axis.title = "意见条数"
    chart.y_axis.majorGridlines = None
    # Horizontal bars read top-down in table order only with the category axis reversed.
    chart.x_axis.scaling.orientation = "maxMin"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    data = Reference(ws, min_col=value_col, min_row=first_row - 1, max_row=last_row)
    cats = Reference(ws, min_col=label_col, min_row=first_row, max_row=last_row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    chart.width = 18
    chart.height = max(6.0, min(0.6 * n + 2.5, 24.0))
    ws.add_chart(chart, anchor)
    return True
