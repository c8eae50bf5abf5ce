"""Tables and columns of other DataFrame libraries (polars, pyarrow) as rows or lists of texts.

Neither library is imported (nor pandas, but for the dataframe interchange of a third one):
the objects are recognised by their module and read through their own methods.

Examples
--------
>>> from consultagg.io.otherframes import from_other_frames
>>> from_other_frames(["建议补充碳达峰内容。"])
['建议补充碳达峰内容。']
"""

from __future__ import annotations

from typing import NamedTuple

from consultagg.errors import ConsultaggInputError

__all__ = ["Rows", "from_other_frames", "is_dataframe", "is_series", "named_index"]


class Rows(NamedTuple):
    """A table handed over by another DataFrame library: its column names and rows."""

    columns: list[str]
    rows: list[list]


def from_other_frames(source):
    """polars and pyarrow tables and columns as rows or lists, without importing either (nor
    pandas): a polars DataFrame / LazyFrame / Series, a pyarrow Table / RecordBatch / Array /
    ChunkedArray; another library's frame through the dataframe interchange protocol (pandas)."""
    module = type(source).__module__.split(".")[0]
    if module == "polars":
        if hasattr(source, "collect") and not hasattr(source, "rows"):  # a LazyFrame
            source = source.collect()
        if hasattr(source, "rows") and hasattr(source, "columns"):
            return Rows([str(c) for c in source.columns], [list(r) for r in source.rows()])
        if hasattr(source, "to_list"):
            return source.to_list()
    if module == "pyarrow":
        if hasattr(source, "column_names") and hasattr(source, "to_pylist"):
            names = [str(c) for c in source.column_names]
            return Rows(names, [[r.get(c) for c in source.column_names] for r in source.to_pylist()])
        if hasattr(source, "to_pylist"):
            return source.to_pylist()
    if hasattr(source, "__dataframe__") and module != "pandas" and not hasattr(source, "itertuples"):
        try:
            from pandas.api.interchange import from_dataframe
        except ImportError as exc:
            raise ConsultaggInputError(
                f"a {type(source).__name__} is read through pandas' dataframe interchange: "
                "pip install 'consultagg[pandas]' (or pass a list of dicts)") from exc
        return from_dataframe(source)
    return source


def is_dataframe(obj) -> bool:
    """A pandas DataFrame, or anything shaped like one (columns, itertuples, an index)."""
    return hasattr(obj, "columns") and hasattr(obj, "itertuples") and hasattr(obj, "index")


def is_series(obj) -> bool:
    """A pandas Series (or anything shaped like one: values, an index, ``to_list``), not a DataFrame."""
    return not is_dataframe(obj) and hasattr(obj, "index") and hasattr(obj, "to_list") and hasattr(obj, "dtype")


def named_index(series) -> bool:
    """Whether a Series' index holds ids (anything but the default 0..n-1 range)."""
    index = list(series.index)
    return index != list(range(len(index)))
