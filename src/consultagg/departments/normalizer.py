"""Normalise department names (提出单位) to the 规范化简称 shown in the tracker.

A name is read as ``[region/level] + [system] + [core function] + [organ] + [sub-unit]``. The alias
table (``data/departments.csv``) lists each unit once, as three tiers (全称 → 规范化简称 → 俗称) whose
organ suffix follows the level (部/厅/局, 委员会/委, 办公室/办), plus renamed bodies and other aliases;
``data/regions.csv`` lists the region names that may precede it. A region prefix is stripped only at the
start of a name and only when the rest resolves, so the 市 of 市场监管局 and the 区 of 区域 stay put.
A county-level unit is shown under its own name whether or not its city was written (兴庆区环保局 and
银川市兴庆区环保局 are one unit). Table loading and name cleaning live in
:mod:`consultagg.departments._tables`; functions over lists of units and rosters in
:mod:`consultagg.departments.units`.

Examples
--------
>>> from consultagg.departments.normalizer import DepartmentNormalizer
>>> norm = DepartmentNormalizer(home_region="宁夏回族自治区")
>>> norm.normalize("宁夏发改委").name
'自治区发展改革委'
>>> norm.normalize("银川市环保局").name
'银川市生态环境局'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from sklearn.base import BaseEstimator

from consultagg.departments._tables import (_GENERIC_SUFFIXES, _KINDS, _LEVEL_WORDS, _OUTSIDE, _ORGANISH, _RANK, LEVELS,
                           _canon, _candidates, _category_candidates, _clean, _guess_category, _Hit,
                           _builtin_table, _levenshtein, _read_alias_file, _Region, _Res, _sys_norm, _Unit,
                           _looks_like_region, load_alias_table, load_regions)
from consultagg.records import Department
from consultagg.text._stateless import TextInputMixin

__all__ = ["DepartmentNormalizer", "load_alias_table", "load_regions"]


# Names bodies really bear where one body does the work of the table's unit and more (水务局 for 水利局, 自然资源和
# 规划局 for 自然资源局): shown as written, never as a body that does not exist; the unit stays the same.
_OWN_NAMES = ("水务", "水利水务", "自然资源和规划", "规划和自然资源", "文化广电", "文化体育广电", "文体广电", "林业局", "规划局")
_OWN_SHORT = {"自规局": "自然资源和规划局", "自然资规局": "自然资源和规划局", "资规局": "自然资源和规划局",
              "文广旅局": "文化广电旅游局", "文广旅游局": "文化广电旅游局"}


class DepartmentNormalizer(TextInputMixin, BaseEstimator):
    """Map department names as written to one canonical unit each.

    Parameters
    ----------
    home_region : str or None, default=None
        The consulting office's own region (``宁夏回族自治区``, ``宁夏``, or a region the table does not
        know, such as ``青原自治区``). Its full and short names, its level word (自治区/省/市) and bare
        names all resolve to it, shown with the short level prefix (``自治区发展改革委``).
    aliases : dict, str or path, default=None
        Extra or overriding aliases ``{variant: canonical short name}``; a value may also be a dict with
        ``name``, ``full_name``, ``category``, ``level``, ``region``, ``system``. A path names a
        CSV/TSV (variant, canonical[, category]), TOML, YAML (needs PyYAML) or JSON file.
    fuzzy : bool, default=True
        Match typos and OCR damage by edit distance (confidence below 1).

    Attributes
    ----------
    home_ : _Region or None
        The parsed home region.
    cache_ : dict
        Normalised departments per distinct raw name: a memo that grows as names are normalised
        (read-only; not part of the fitted model, so normalising never changes the model).

    Examples
    --------
    >>> norm = DepartmentNormalizer(home_region="宁夏回族自治区")
    >>> [norm.normalize(n).name for n in ["宁夏回族自治区发展和改革委员会", "自 治 区 发 改 委", "发改委（盖章）"]]
    ['自治区发展改革委', '自治区发展改革委', '自治区发展改革委']
    >>> norm.normalize("自治区人大环资工委").name, norm.normalize("自治区人大环资委").name
    ('自治区人大环资工委', '自治区人大环资委')
    >>> d = norm.normalize("北京大学环境学院")
    >>> d.known, d.category, d.name
    (False, '专家', '北京大学环境学院')
    """

    def __init__(self, *, home_region: str | None = None, aliases=None, fuzzy: bool = True):
        self.home_region = home_region
        self.aliases = aliases
        self.fuzzy = fuzzy

    # -- scikit-learn ----------------------------------------------------------------------------
    def set_params(self, **params) -> "DepartmentNormalizer":
        super().set_params(**params)
        for attr in [a for a in vars(self) if a.endswith("_") or a == "_cache"]:
            delattr(self, attr)
        return self

    def __getstate__(self) -> dict:  # fitted state is rebuilt lazily (it holds read-only views)
        state = super().__getstate__()
        return {k: v for k, v in state.items() if not k.endswith("_") and k != "_cache"}

    @property
    def cache_(self) -> dict:
        """Normalised departments per distinct raw name seen so far (a memo, not model state)."""
        try:
            return self.__dict__["_cache"]
        except KeyError:
            raise AttributeError("cache_ exists once the normaliser is fitted") from None

    def __repr__(self) -> str:
        return f"DepartmentNormalizer(home_region={self.home_region!r}, fuzzy={self.fuzzy!r})"

    # -- fitting -------------------------------------------------------------------------------
    def fit(self, X=None, y=None) -> "DepartmentNormalizer":
        """Build the lookup (tables, home region, user aliases). ``X`` is ignored."""
        if self.aliases is not None and not isinstance(self.aliases, (Mapping, str, Path)):
            raise TypeError("aliases 须为字典，或 CSV/TOML/YAML/JSON 别名文件的路径")
        self.units_, self.builtin_index_, regions = _builtin_table()
        self.home_ = self._make_home(regions)
        self.regions_ = dict(regions)
        if self.home_ is not None:
            for text in self.home_names_:
                self.regions_[text] = (self.home_,)
        self.user_index_, self.user_names_ = {}, {}
        raw = self.aliases
        user = dict(raw) if isinstance(raw, Mapping) else _read_alias_file(Path(raw)) if raw else {}
        index, names = {}, {}
        for variant, target in user.items():
            spec = dict(target) if isinstance(target, Mapping) else {"name": str(target)}
            res = self._exact(_clean(spec["name"]))
            if res is not None:
                names[_canon(_clean(variant))] = res._replace(alias=variant, conf=1.0)
                if not res.chain or res.prefix_len == 0:  # a body alias: region prefixes still apply
                    index[_canon(_clean(variant))] = tuple(
                        _Hit(res.unit.key, lv, True, variant) for lv, _ in res.unit.forms)
            else:
                dep = Department(name=spec["name"], full_name=spec.get("full_name", spec["name"]),
                                 category=spec.get("category") or _guess_category(spec["name"]),
                                 level=spec.get("level"), region=spec.get("region"),
                                 system=spec.get("system"), colloquial=variant, matched_alias=variant,
                                 confidence=1.0, known=True)
                for text in (variant, spec["name"]):
                    names[_canon(_clean(text))] = dep
        self.user_index_, self.user_names_ = index, names
        self._cache = {}  # set last: its presence marks the lookup as built
        return self

    def _make_home(self, regions) -> _Region | None:
        self.home_names_ = ()
        if not self.home_region:
            return None
        name = _clean(str(self.home_region))
        known = regions.get(name)
        if known:
            reg = known[0]
            self.home_names_ = tuple(t for t, regs in regions.items() if reg in regs)
            return reg._replace(home=True)
        if name in ("自治区", "省"):  # the office's level alone (its region unnamed): its own bodies, named by the word
            return _Region(name, name, _KINDS[name][0], home=True)
        kind = next((k for sfx, k in _GENERIC_SUFFIXES if name.endswith(sfx) and len(name) > len(sfx)), None)
        if kind is None:
            raise ValueError(f"无法识别的地区名称：{self.home_region}（请写全称，如“宁夏回族自治区”）")
        stem = name[:-len(next(s for s, k in _GENERIC_SUFFIXES if k == kind and name.endswith(s)))]
        stem = re.sub(r"(?:[\u4e00-\u9fff]{1,5}?族)+$", "", stem) or stem
        extra = (stem + "区",) if kind == "自治区" else ()
        self.home_names_ = tuple(t for t in dict.fromkeys((name, stem) + extra) if len(t) >= 2)
        return _Region(name, kind, _KINDS[kind][0], home=True)

    def _check(self) -> None:
        if "_cache" not in self.__dict__:  # fitting is optional: the lookup is built on first use
            self.fit()

    # -- public API ----------------------------------------------------------------------------
    def normalize(self, name: str) -> Department:
        """Normalise one department name.

        Parameters
        ----------
        name : str
            The name as written (full, short or colloquial; with or without region prefix, seal,
            date, ``关于…的意见`` wrapper or OCR spacing).

        Returns
        -------
        Department
            ``known=False`` and ``confidence=0`` with the name unchanged when nothing matched.

        Examples
        --------
        >>> DepartmentNormalizer(home_region="宁夏").normalize("宁夏回族自治区环保厅").name
        '自治区生态环境厅'
        """
        self._check()
        raw = "" if name is None else str(name)
        dep = self._cache.get(raw)
        if dep is None:
            dep = self._cache[raw] = self._normalize(raw)
        return dep

    def normalize_many(self, names: Iterable[str]) -> list[Department]:
        """Normalise many names, each distinct name once."""
        return [self.normalize(n) for n in names]

    def known_units(self, level: str | None = None) -> list[Department]:
        """Every unit of the table as shown at ``level`` (default: the home level, else 省级).

        Examples
        --------
        >>> names = [d.name for d in DepartmentNormalizer(home_region="宁夏").known_units()]
        >>> "自治区生态环境厅" in names and "自治区人大环资工委" in names
        True
        """
        self._check()
        home = self.home_
        level = level or (home.level if home is not None else "省级")
        chain = (home,) if home is not None and home.level == level else ()
        out = []
        for unit in self.units_.values():
            if unit.is_category or unit.form(level):
                flevel = "" if unit.is_category else level
                out.append(self._build(_Res(unit, level, flevel, chain, "", 1.0), "", 1.0))
        return out

    def split_prefix(self, name: str) -> tuple[str, str]:
        """Split a canonical name into its level prefix and the rest.

        The prefix of a party organ includes its committee (``自治区党委``, ``银川市委``).

        Examples
        --------
        >>> DepartmentNormalizer().split_prefix("自治区发展改革委")
        ('自治区', '发展改革委')
        >>> DepartmentNormalizer().split_prefix("市场监管局")
        ('', '市场监管局')
        """
        self._check()
        text = unicodedata.normalize("NFKC", (name or "").strip())
        res = self._exact(text)
        if res is None or not res.prefix_len or res.unit.is_category:
            return "", text
        n = res.prefix_len
        if res.unit.system == "party":
            n += 2 if text.startswith("党委", n) else 1 if text.startswith("委", n) else 0
        return text[:n], text[n:]

    def split_units(self, text: str) -> list[Department]:
        """Normalise a running list of units, carrying a written-once level prefix forward.

        Examples
        --------
        >>> norm = DepartmentNormalizer(home_region="宁夏回族自治区")
        >>> [d.name for d in norm.split_units("自治区发展改革委、科技厅等5个单位")]
        ['自治区发展改革委', '自治区科技厅']
        """
        self._check()
        text = re.sub(r"等\s*[\d一二三四五六七八九十两]*\s*个?\s*(?:部门|单位).*$", "", text or "", flags=re.S)
        out, prefix = [], ""
        for item in (p.strip() for p in re.split(r"(?:[、，,；;]|以及)(?![^（(]*[)）])", text)):
            if not item:
                continue
            dep = self.normalize(item)
            res = self._exact(_sys_norm(_clean(item)))
            if res is not None and res.prefix_len:
                prefix = _sys_norm(_clean(item))[:res.prefix_len]
            elif prefix and (res is None or not res.unit.is_category):
                carried = self.normalize(prefix + item)
                if carried.known:
                    dep = replace(carried, raw=item)
            out.append(dep)
        return out

    # -- resolution ----------------------------------------------------------------------------
    def _normalize(self, raw: str) -> Department:
        text = _clean(raw)
        if not text:
            return self._unknown(raw, text)
        cands = _candidates(text)
        for cand, factor in cands:
            user = self.user_names_.get(_canon(cand))
            if isinstance(user, Department):
                return replace(user, raw=raw)
            res = user or self._exact(cand)
            if res is not None:
                return self._build(res, raw, factor)
        res = self._category(text)
        if res is not None:
            return self._build(res, raw, 0.95)
        if self.fuzzy and not _OUTSIDE.search(text):
            res = self._fuzzy([c for c, _ in cands])
            if res is not None:
                return self._build(res, raw, 1.0)
        return self._unknown(raw, text)

    def _category(self, text: str) -> _Res | None:
        """A respondent category written with modifiers or as two of its words (市民群众, 专家学者)."""
        for cand in _category_candidates(text):
            res = self._exact(cand)
            if res is not None and res.unit.is_category:
                return res
        for i in range(2, len(text) - 1):
            left, right = self._exact(text[:i]), self._exact(text[i:])
            if left is not None and right is not None and left.unit.is_category and left.unit == right.unit:
                return left
        return None

    def _hits(self, key: str):
        return self.user_index_.get(key) or self.builtin_index_.get(key)

    def _exact(self, text: str) -> _Res | None:
        s = _sys_norm(text)
        best, best_score = None, None
        for lead in self._leads(s):
            for chain, rest in self._parses(s[len(lead):]):
                res = self._lookup(chain, rest, lead)
                if res is None:
                    continue
                score = (res.conf, -sum(e.generic for e in chain), -len(chain), -len(lead))
                if best is None or score > best_score:
                    best = res._replace(prefix_len=len(s) - len(rest) if chain else 0)
                    best_score = score
        return best

    @staticmethod
    def _leads(s: str) -> list[str]:
        # 国家税务总局宁夏回族自治区税务局: a vertically managed bureau named after its parent.
        return [""] + [w for w in ("中共", "政协", "共青团", "国家税务总局") if s.startswith(w) and len(s) > len(w)]

    def _parses(self, s: str, chain: tuple = ()):
        yield chain, s
        if len(chain) >= 3:
            return
        for reg, n in self._region_prefixes(s, chain):
            yield from self._parses(s[n:], chain + (reg,))

    def _region_prefixes(self, s: str, chain: tuple):
        prev = chain[-1] if chain else None
        found = []
        for n in range(min(len(s), 12), 1, -1):
            regs = self.regions_.get(s[:n])
            if regs:
                found.append((regs[0], n))
        for word, kind in _LEVEL_WORDS.items():
            if s.startswith(word):
                found.append((self._word(word, kind), len(word)))
        for suffix, kind in _GENERIC_SUFFIXES:
            start = 0
            while (i := s.find(suffix, start)) != -1 and i <= 9:
                start = i + 1
                name = s[:i + len(suffix)]
                if name not in self.regions_ and _looks_like_region(s[:i], suffix):
                    found.append((_Region(name, kind, _KINDS[kind][0], generic=True), len(name)))
        for reg, n in found:
            if prev is not None and not prev.word and reg.word:
                continue  # 银川市 + 市 is no prefix
            if prev is not None and _RANK[reg.level] < _RANK[prev.level]:
                continue
            if prev is not None and prev.level == "地市级" and reg.level == "地市级" and reg.kind == "地级市" \
                    and reg.generic:
                reg = reg._replace(kind="县级市", level="县级")
            if n < len(s) or not reg.word:
                yield reg, n

    def _word(self, word: str, kind: str) -> _Region:
        home = self.home_
        if home is not None and (_KINDS.get(kind, ("", ""))[1] == _KINDS[home.kind][1] or
                                 (kind == "市辖区" and home.kind == "自治区")):
            return home
        level = "国家" if kind == "国家" else _KINDS[kind][0]
        shown = "国家" if word == "中华人民共和国" else word
        return _Region(shown, None if kind == "国家" else kind, level, word=True)

    @staticmethod
    def _body_keys(rest: str, lead: str) -> list[str]:
        keys = [rest]
        if rest.startswith("委"):
            keys.append("党委" + rest[1:])
        if lead:
            mark = {"中共": "党委", "政协": "政协", "共青团": "共青团"}.get(lead, "")
            tail = rest[1:] if rest.startswith("委") else rest
            keys = [mark + tail, mark + rest] + keys
        return [k for k in dict.fromkeys(_canon(k) for k in keys) if k]

    def _lookup(self, chain: tuple, rest: str, lead: str = "") -> _Res | None:
        if not rest:  # a region alone (银川市) stands for its government
            if chain and not chain[-1].word and not chain[-1].generic and not lead:
                hits = [_Hit("gov", lv, True, chain[-1].name) for lv in LEVELS]
                res = self._choose(hits, chain)
                return res._replace(conf=0.9) if res else None
            return None
        for key in self._body_keys(rest, lead):
            hits = self._hits(key)
            if hits:
                return self._choose(hits, chain)
        return None

    def _form_level(self, unit: _Unit, reg: _Region) -> str:
        # Municipalities name their bureaus like cities (北京市生态环境局).
        if reg.kind == "直辖市" and unit.form("地市级") and unit.form("省级") and \
                unit.form("省级")[1][-1:] == "厅":
            return "地市级"
        return reg.level

    def _choose(self, hits, chain: tuple) -> _Res | None:
        units = [self.units_[k] for k in dict.fromkeys(h.unit for h in hits)]
        for unit in units:
            own = [h for h in hits if h.unit == unit.key]
            alias = own[0].alias
            if unit.is_category:
                return _Res(unit, None, "", (), alias, 1.0)
            if chain:
                reg = chain[-1]
                flevel = self._form_level(unit, reg)
                if not unit.form(flevel):
                    continue
                exact = sorted((h for h in own if h.level in (flevel, reg.level) or h.literal),
                               key=lambda h: (h.level not in (flevel, reg.level), h.literal))
                conf = 1.0 if exact else 0.9
                return _Res(unit, reg.level, flevel, chain, (exact or own)[0].alias, conf)
            home = self.home_
            if home is not None:
                flevel = self._form_level(unit, home)
                at_home = sorted((h for h in own if h.level == flevel or h.literal),
                                 key=lambda h: (h.level != flevel, h.literal))
                if unit.form(flevel) and at_home:
                    return _Res(unit, home.level, flevel, (home,), at_home[0].alias, 1.0)
            levels = sorted({h.level for h in own}, key=_RANK.get)
            flevel = levels[0] if len(levels) == 1 else "省级" if "省级" in levels else \
                next(lv for lv in levels if lv != "国家")
            alias = min(own, key=lambda h: (h.level != flevel, h.literal)).alias
            return _Res(unit, levels[0] if len(levels) == 1 else None, flevel, (), alias, 1.0)
        return None

    # -- fuzzy matching ------------------------------------------------------------------------
    def _fuzzy_keys(self):
        if not hasattr(self, "fuzzy_index_"):
            by_length: dict[int, list] = {}
            for index in (self.builtin_index_, self.user_index_):
                for key, hits in index.items():
                    if len(key) >= 3 and not any(self.units_[h.unit].is_category for h in hits):
                        by_length.setdefault(len(key), []).append(key)
            self.fuzzy_index_ = by_length
        return self.fuzzy_index_

    def _near(self, key: str):
        near = list(self._near_any(key))
        if ("人大" in key or "政协" in key) and any(len(k) != len(key) or sum(a != b for a, b in zip(key, k)) != 1
                                                  for k, _ in near):
            return []  # a congress's committees differ in a word or two (城环委 / 环资委): only a character misread (环姿委)
        return near

    def _near_any(self, key: str):
        by_length = self._fuzzy_keys()
        for n in range(len(key) - 2, len(key) + 3):
            for k in by_length.get(n, ()):
                if any((w in key) != (w in k) for w in ("人大", "政协", "政府", "分局")) \
                        or ("工委" in key and "工委" not in k) or key.startswith("党委") != k.startswith("党委"):
                    continue  # never cross 人大 / 政协 / 政府 / 常委会工作机构 lines by similarity
                if len(set(key) & set(k)) < max(2, len(k) - 2):
                    continue
                size = max(len(key), len(k))
                if size <= 3:  # only 发该委 → 发改委: the middle character of a three-character 委
                    if len(key) == len(k) == 3 and key[0] == k[0] and key[2] == k[2] == "委":
                        yield k, 2 / 3
                    continue
                sim = 1 - _levenshtein(key, k) / size
                # A different organ word is a different unit (局 ≠ 委); OCR garbage there is not.
                if sim >= 0.75 and (key[-1] == k[-1] or size >= 5 and len(key) == len(k)
                                    and key[-1] not in _ORGANISH and key[:-1] == k[:-1]):
                    yield k, sim

    def _fuzzy(self, cands: list[str]) -> _Res | None:
        scored = []
        for cand in cands:
            s = _sys_norm(cand)
            for lead in self._leads(s):
                for chain, rest in self._parses(s[len(lead):]):
                    for key in self._body_keys(rest, lead):
                        for k, sim in self._near(key):
                            res = self._choose(self._hits(k), chain)
                            if res is not None:
                                penalty = 0.02 * sum(e.generic for e in chain)
                                scored.append((sim * res.conf - penalty, res))
            words = [(w, (self._word(w, k),)) for w, k in _LEVEL_WORDS.items() if len(w) == 3]
            for i in range(2, min(8, len(s) - 1)):  # a damaged region name: 宁厦发改委, 自冶区发改委
                regs = {rs[0] for t, rs in [*self.regions_.items(), *words] if len(t) == i
                        and (i >= 3 or rs[0].home) and sum(a != b for a, b in zip(t, s[:i])) == 1}
                if len(regs) == 1:
                    res = self._lookup((regs.pop(),), s[i:])
                    if res is not None and not res.unit.is_category:
                        scored.append((0.85 * res.conf, res))
        if not scored:
            return None
        scored.sort(key=lambda t: -t[0])
        top, res = scored[0]
        rival = next((sc for sc, r in scored[1:] if r.unit.key != res.unit.key), None)
        if rival is not None and top - rival < 0.08:
            return None  # two units equally near: refuse rather than merge them
        return res._replace(conf=round(min(top, 0.95), 3))

    # -- output --------------------------------------------------------------------------------
    def _prefix(self, res: _Res) -> tuple[str, str, str | None, str | None]:
        unit, chain = res.unit, res.chain
        if unit.is_category:
            return "", "", None, None
        if res.level == "国家":
            p = "全国" if unit.system in ("人大", "政协") else ""
            return p, p, None, None
        if not chain:
            return "", "", None, None
        last = chain[-1]
        if last.home:
            return _KINDS[last.kind][1], last.name, last.name, last.kind
        if last.word:
            return last.name, last.name, None, last.kind
        if _RANK[last.level] == 3:
            # A county names itself: 兴庆区环保局 and 银川市兴庆区环保局 are one unit, shown alike; the full
            # name takes the parent from the region table, never from how it happened to be written.
            full = (last.parent or "") + last.name if not last.generic else last.name
            return last.name, full, last.name, last.kind
        keep = [e for e in chain if not e.word and not e.home and (_RANK[e.level] > 1 or e is last)]
        p = "".join(e.name for e in keep)
        return p, p, p, last.kind

    @staticmethod
    def _compose(unit: _Unit, body: str, prefix: str, full: bool) -> str:
        if "{R}" in body:
            return body.replace("{R}", prefix)
        if unit.system == "party":
            if full:
                return f"中共{prefix}委员会{body}" if prefix else "党委" + body
            return prefix + ("党委" if not prefix or prefix.endswith("自治区") else "委") + body
        if unit.system == "政协":
            if full:
                return f"中国人民政治协商会议{prefix}委员会{body}" if prefix else "政协" + body
            return prefix + "政协" + body
        return prefix + body

    def _commission_form(self, res: _Res) -> bool:
        """Whether a municipality's bureau is written as its commission (委员会).

        Municipalities name some bodies 委 where provinces have a 厅 and cities a 局 (北京市交通委,
        重庆市农业农村委); elsewhere a 委 form of such a body is an old name and shown as the 厅/局.
        """
        chain = res.chain
        if not chain or chain[-1].kind != "直辖市" or res.form_level != "地市级" or not res.alias:
            return False
        provincial = res.unit.form("省级")
        return bool(provincial) and provincial[1].endswith("厅") and _canon(res.alias).endswith("委")

    def _build(self, res: _Res, raw: str, factor: float) -> Department:
        unit = res.unit
        full_b, short_b, coll_b = unit.form(res.form_level)
        short_p, full_p, region, kind = self._prefix(res)
        if unit.key == "gov" and kind in ("盟", "地区"):
            full_b = short_b = coll_b = "行政公署"
        if self._commission_form(res):  # 北京市住房和城乡建设委员会, 重庆市农业农村委员会
            full_b, short_b, coll_b = full_b[:-1] + "委员会", short_b[:-1] + "委", coll_b[:-1] + "委"
        elif res.alias and res.alias.startswith(_OWN_NAMES + tuple(_OWN_SHORT)) and res.form_level in ("地市级", "县级"):
            # 某市水务局, 某市自然资源和规划局 (自规局 for short): bodies of their own name
            full_b = short_b = coll_b = _OWN_SHORT.get(res.alias) or _as_written(raw, res.alias)
        category = unit.category
        if category == "政府部门" and not unit.is_category and res.level in ("地市级", "县级"):
            home_level = self.home_.level if self.home_ is not None else None
            if home_level is None or _RANK[res.level] > _RANK[home_level]:
                category = "盟市"
        return Department(name=self._compose(unit, short_b, short_p, False),
                          full_name=self._compose(unit, full_b, full_p, True), raw=raw,
                          category=category, level=res.level, region=region, system=unit.system,
                          colloquial=self._compose(unit, coll_b, short_p, False),
                          matched_alias=res.alias, confidence=round(res.conf * factor, 3), known=True)

    @staticmethod
    def _unknown(raw: str, text: str) -> Department:
        return Department(name=raw.strip(), full_name=raw.strip(), raw=raw, category=_guess_category(text))


def _as_written(raw: str, alias: str) -> str:
    """The body's name as ``raw`` writes it (文化广电旅游局 for the table's 文化广电和旅游局), else ``alias``."""
    key, s = _canon(alias), re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw or ""))
    return next((s[i:] for i in range(len(s)) if _canon(s[i:]) == key), alias)
