"""The departments stage: unit names as written → one canonical unit each, and the home region.

Examples
--------
>>> from consultagg.departments import DepartmentNormalizer
>>> DepartmentNormalizer(home_region="宁夏回族自治区").normalize("宁夏回族自治区生态环境厅").name
'自治区生态环境厅'
"""

from consultagg.departments.normalizer import DepartmentNormalizer, load_alias_table, load_regions
from consultagg.departments.units import format_unit_list, infer_home_region, roster_disagreements

__all__ = ["DepartmentNormalizer", "format_unit_list", "infer_home_region", "load_alias_table", "load_regions",
           "roster_disagreements"]
