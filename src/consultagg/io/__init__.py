"""Readers: tables, letters and forms as documents, rosters, the plan's text; and input limits.

Readers read; they do not decide what an opinion is. Splitting letters is the extract stage's
work, handed to the reader by :mod:`consultagg.reading`.
"""

from consultagg.io.columns import FIELDS, HEADER_SYNONYMS, ColumnMap, find_header_row, map_columns
from consultagg.io.rosters import read_roster
from consultagg.io.tables import read_comment_rows, read_plan_text

__all__ = ["FIELDS", "HEADER_SYNONYMS", "ColumnMap", "find_header_row", "map_columns", "read_comment_rows",
           "read_plan_text", "read_roster"]
