"""Result tables as pandas DataFrames when pandas is installed (records otherwise), typed.

A table method of :class:`~consultagg.ConsultationResult` returns a DataFrame by default when
pandas can be imported and its list of dicts when it cannot; ``as_frame=True`` asks for the
DataFrame (with the install hint when pandas is missing), ``as_frame=False`` for the records.
Columns that name a category (unit, topic, kind, disposition …) are categoricals and ids that
may be missing are nullable integers.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CATEGORICAL", "NULLABLE_INT", "pandas_or_none", "to_frame", "want_frame"]

CATEGORICAL = frozenset({"department", "department_type", "state", "main_topic", "main_department", "only_department",
                         "topic", "subtopic", "comment_type", "disposition", "owner", "group_kind", "kind",
                         "section_method", "department_raw"})
NULLABLE_INT = frozenset({"subtopic_id", "source_row", "source_paragraph", "topic_id", "group_id", "group_size",
                          "n_opinions", "n_distinct", "n_departments", "size", "seq"})
_HINT = "needs pandas: pip install 'consultagg[pandas]'"


def pandas_or_none():
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the environment
        return None
    return pd


def want_frame(as_frame: bool | None, what: str = "this table") -> bool:
    """Whether to return a DataFrame: ``None`` when pandas is installed, ``True`` always (or an
    ImportError with the install hint), ``False`` never."""
    if as_frame is False:
        return False
    if pandas_or_none() is None:
        if as_frame:
            raise ImportError(f"{what} as a DataFrame {_HINT}")
        return False
    return True


def to_frame(rows: list[dict[str, Any]], columns: list[str] | None = None):
    """A typed DataFrame of ``rows`` (categoricals and nullable integers as this module says)."""
    pd = pandas_or_none()
    if pd is None:  # pragma: no cover - callers check want_frame first
        raise ImportError(f"to_frame {_HINT}")
    df = pd.DataFrame(rows, columns=columns)
    for col in df.columns:
        if col in CATEGORICAL and df[col].map(lambda v: v is None or isinstance(v, str)).all():
            df[col] = df[col].astype("category")
        elif col in NULLABLE_INT and df[col].map(lambda v: v is None or isinstance(v, (int, float))).all():
            df[col] = pd.array([None if v is None or v != v else int(v) for v in df[col]], dtype="Int64")
    return df
