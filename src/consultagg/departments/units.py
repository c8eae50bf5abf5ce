"""Lists of units: writing them as one line, the home region they share, a roster that disagrees.

Functions over many unit names at once, built on :class:`~consultagg.departments.normalizer.DepartmentNormalizer`:
:func:`format_unit_list` writes a shared level prefix once (自治区发展改革委、科技厅),
:func:`infer_home_region` reads the consulting office's region from the plan's title and the units'
names, and :func:`roster_disagreements` finds roster entries counted 未反馈 that answered under
another name.

Examples
--------
>>> from consultagg.departments.units import format_unit_list
>>> format_unit_list(["自治区发展改革委", "自治区科技厅", "自治区生态环境厅"])
'自治区发展改革委、科技厅、生态环境厅'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from consultagg.data import load_regions
from consultagg.departments.normalizer import DepartmentNormalizer
from consultagg.records import UNSEEN

__all__ = ["format_unit_list", "infer_home_region", "roster_disagreements"]


def format_unit_list(names: Iterable[str], *, normalizer: DepartmentNormalizer | None = None,
                     sep: str = "、") -> str:
    """Join canonical unit names, writing a shared level prefix once.

    Consecutive names with the same prefix drop it after the first; repeated names are listed once.

    Parameters
    ----------
    names : iterable of str
        Canonical short names (``Department.name``).
    normalizer : DepartmentNormalizer or None
        Used to recognise prefixes (a default one when None).
    sep : str, default="、"

    Examples
    --------
    >>> format_unit_list(["自治区发展改革委", "自治区科技厅", "银川市生态环境局", "银川市水务局"])
    '自治区发展改革委、科技厅、银川市生态环境局、水务局'
    >>> format_unit_list(["自治区党委宣传部", "自治区党委组织部", "市场监管局"])
    '自治区党委宣传部、组织部、市场监管局'
    """
    norm = normalizer if normalizer is not None else DepartmentNormalizer()
    parts, current = [], None
    for name in dict.fromkeys(n.strip() for n in names if n and n.strip()):
        prefix, rest = norm.split_prefix(name)
        parts.append(rest if prefix and prefix == current and rest else name)
        current = prefix
    return sep.join(parts)


# A region name at the head of a title or a unit's name: 青原自治区“十四五”…, 北岭市人民政府.
# Group 1: the region (青原自治区); group 2: its level word (自治区).
# A name that starts with a level word names no place (市城市管理局 is the city's 城市管理局, not 市城市).
_REGION_HEAD = re.compile(r"^(?:关于)?[《“\"]?((?![省市县区州盟旗乡镇]|自治)[\u4e00-\u9fff]{2,8}?"
                          r"(特别行政区|自治区|自治州|省|市|盟|州))")


def infer_home_region(title: str | None, names: Iterable[str]) -> str | None:
    """The consulting office's own region, read from the plan's title and the units' names.

    The region that heads the title (``青原自治区“十四五”生态环境保护规划``) when at least one unit's
    name also starts with it or with its level word alone (市水务局 on a 清河市 plan), or the region table
    knows it; else a region heading the names of at least two units; else the level word alone (自治区, 省)
    heading the title and a unit's name (the region unnamed). ``None`` when neither says.

    Examples
    --------
    >>> infer_home_region("青原自治区“十四五”生态环境保护规划（征求意见稿）",
    ...                   ["青原自治区科学技术厅", "自治区水利厅", "北岭市人民政府"])
    '青原自治区'
    >>> infer_home_region("", ["东山省水利厅", "东山省科学技术厅", "北岭市人民政府"])
    '东山省'
    >>> infer_home_region("生态环境保护规划", ["自治区水利厅"]) is None
    True
    >>> infer_home_region("清河市“十四五”生态环境保护规划", ["市水务局"])
    '清河市'
    >>> infer_home_region("自治区“十四五”生态环境保护规划", ["自治区水利厅", "住建厅"])
    '自治区'
    """
    heads = Counter()
    for name in names:
        m = _REGION_HEAD.match(str(name or "").strip())
        if m:
            heads[m.group(1)] += 1
    m = _REGION_HEAD.match((title or "").strip())
    if m:
        region, level = m.group(1), m.group(2)
        if heads[region] or region in {name for row in load_regions() for name in row[:2] if name}:
            return region
        if any(str(name or "").strip().startswith(level) for name in names):
            return region  # 清河市“十四五”…规划 and letters of 市水务局, 市财政局: the city's own bureaus
    best = heads.most_common(2)
    if best and best[0][1] >= 2 and (len(best) == 1 or best[1][1] < best[0][1]):
        return best[0][0]
    # 自治区“十四五”…规划 and letters of 自治区水利厅: the office's level, its region unnamed
    word = re.match(r"(?:关于)?[《“\"]?(自治区|省)(?=[\u4e00-\u9fff“《\"])", (title or "").strip())
    if word and any(str(name or "").strip().startswith(word.group(1)) for name in names):
        return word.group(1)
    return None


def roster_disagreements(roster, responders: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs ``(roster entry, responding unit)`` that are probably one unit under two names.

    ``roster`` holds :class:`~consultagg.records.RosterEntry` records. A responding unit not on the
    roster whose name, once a leading region the normaliser does not know is taken off, normalises
    to a roster entry counted 未反馈 (青原自治区科学技术厅 → 自治区科技厅): the roster and the letters
    disagree, so counting that entry as 逾期未反馈 would be false.

    >>> from consultagg.records import RosterEntry
    >>> roster_disagreements([RosterEntry("自治区科技厅", "未反馈"), RosterEntry("自治区水利厅", "有意见")],
    ...                      ["青原自治区科学技术厅", "自治区水利厅"])
    [('自治区科技厅', '青原自治区科学技术厅')]
    """
    listed = {r.department for r in roster}
    plain = DepartmentNormalizer()
    # Each silent entry by its own name and by its normalised one, normalised once.
    silent: dict[str, str] = {}
    for r in roster:
        if r.state in ("未反馈", UNSEEN):
            silent.setdefault(r.department, r.department)
            silent.setdefault(plain.normalize(r.department).name, r.department)
    pairs = []
    for unit in dict.fromkeys(responders):
        if silent and unit not in listed and (short := next((r for r in silent.values() if _shortened(r, unit)), None)):
            pairs.append((short, unit))  # 市人大城环委 on the roster, 某市人大常委会城乡建设环境保护工作委员会 replying
            continue
        m = _REGION_HEAD.match(unit) if silent and unit not in listed else None
        if not m:
            continue
        rest = unit[len(m.group(1)):]
        for prefix in (m.group(2), ""):  # 青原自治区科学技术厅 -> 自治区科学技术厅, then 科学技术厅
            hit = silent.get(plain.normalize(prefix + rest).name)
            if hit:
                pairs.append((hit, unit))
                break
    return pairs


# A place and its level word opening a name (清河市 / 市 / 自治区): what a short name may leave out.
_PLACE_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:自治区|自治州|省|市|县|区|旗|盟|州)")


def _shortened(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` for short: after the place, its characters in order in ``full``'s, the first
    the same and the last among ``full``'s last three (市人大城环委 / 某市人大常委会城乡建设环境保护工作委员会).

    >>> _shortened("市人大城环委", "清河市人大常委会城乡建设环境保护工作委员会"), _shortened("市水利局", "清河市水务局")
    (True, False)
    """
    a, b = _PLACE_HEAD.sub("", short, count=1), _PLACE_HEAD.sub("", full, count=1)
    if len(a) < 3 or len(a) >= len(b) or a[0] != b[0] or a[-1] not in b[-3:]:
        return False
    it = iter(b)
    return all(ch in it for ch in a)
