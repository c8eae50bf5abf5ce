"""Normalise department names (提出单位) to the 规范化简称 shown in the tracker.

A name is read as ``[region/level] + [system] + [core function] + [organ] + [sub-unit]``. The alias
table (``data/departments.csv``) lists each unit once, as three tiers (全称 → 规范化简称 → 俗称) whose
organ suffix follows the level (部/厅/局, 委员会/委, 办公室/办), plus renamed bodies and other aliases;
``data/regions.csv`` lists the region names that may precede it. A region prefix is stripped only at the
start of a name and only when the rest resolves, so the 市 of 市场监管局 and the 区 of 区域 stay put.

Examples
--------
>>> from consultagg.departments import DepartmentNormalizer, format_unit_list
>>> norm = DepartmentNormalizer(home_region="宁夏回族自治区")
>>> norm.normalize("宁夏发改委").name
'自治区发展改革委'
>>> norm.normalize("银川市环保局").name
'银川市生态环境局'
>>> format_unit_list(["自治区发展改革委", "自治区科技厅", "自治区生态环境厅"])
'自治区发展改革委、科技厅、生态环境厅'
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import namedtuple
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from .records import Department

__all__ = ["DepartmentNormalizer", "format_unit_list", "load_alias_table", "load_regions"]

LEVELS = ("国家", "省级", "地市级", "县级")
_RANK = MappingProxyType({"国家": 0, "省级": 1, "地市级": 2, "县级": 3})
# Region kind -> (level, the short prefix an office uses for its own region: 自治区发展改革委, 市生态环境局).
_KINDS = MappingProxyType({"直辖市": ("省级", "市"), "省": ("省级", "省"), "自治区": ("省级", "自治区"),
          "特别行政区": ("省级", "特别行政区"), "地级市": ("地市级", "市"), "盟": ("地市级", "盟"),
          "自治州": ("地市级", "州"), "地区": ("地市级", "地区"), "市辖区": ("县级", "区"), "县": ("县级", "县"),
          "自治县": ("县级", "县"), "县级市": ("县级", "市"), "旗": ("县级", "旗"), "自治旗": ("县级", "旗")})
# Bare level words -> kind (a damaged 自冶区 is matched by similarity, with lower confidence).
_LEVEL_WORDS = MappingProxyType({"中华人民共和国": "国家", "国家": "国家", "全国": "国家", "中央": "国家", "自治区": "自治区",
                "省": "省", "市": "地级市", "盟": "盟", "自治州": "自治州", "州": "自治州", "地区": "地区",
                "县": "县", "区": "市辖区", "旗": "旗"})
# Endings that make an unknown leading word a region (北岭市, 青原自治区), longest first.
_GENERIC_SUFFIXES = tuple((s, {"市": "地级市", "州": "自治州", "区": "市辖区"}.get(s, s)) for s in (
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "盟", "州", "县", "区", "旗"))
_NOT_REGION_START = ("各", "有关", "相关", "本", "该", "我", "全", "直", "其他", "所属")
_FUNCTION_CHARS = re.compile(r"[了的在是对为把被将向从于以其之而或就都也还又再所等及与和]")
# Last characters naming an organ or institution: a name ending in one of them is not OCR damage.
_ORGANISH = "厅局委办部署会院馆所站社队处室校心乡镇村街组团区县市省州盟旗"
# System words rewritten to one spelling before lookup (applied to table keys and input alike).
_SYSTEM_SUBS = (("中国共产党", "中共"), ("中国人民政治协商会议", "政协"), ("人民政治协商会议", "政协"),
                ("政治协商会议", "政协"), ("人民代表大会常务委员会", "人大常委会"), ("人民代表大会", "人大"),
                ("人大常务委员会", "人大常委会"), ("人民政府", "政府"), ("工作委员会", "工委"),
                ("委员会", "委"), ("办公室", "办"))
_PUNCT = re.compile(r"[\s·•．.,，、;；:：()（）\[\]【】<>《》“”\"'‘’\-—_/]+")
_CONNECTIVES = re.compile(r"[和与]")
_LABEL = re.compile(r"^(?:提出|反馈|来文|报送|意见)?(?:单位|部门)(?:名称)?[:：]")
_NUMBERING = re.compile(r"^(?:\d{1,3}[.、)]|[(]?[一二三四五六七八九十]{1,3}[)、.]|[①-⑳])")
_SEAL = re.compile(r"(?:[(\[【](?:单位)?(?:加盖)?(?:盖章|公章|签章|代章|印章|签字|签名|章|印)[)\]】]"
                   r"|(?:单位)?(?:加盖)?(?:盖章|公章|签章|代章|印章))$")
_DATE = re.compile(r"(?:[(\[]?\d{2,4}[年./-]\d{1,2}(?:月(?:\d{1,2}[日号]?)?|[./-]\d{1,2})?[)\]]?"
                   r"|\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
                   r"(?:[一二三四五六七八九十]{1,3}日)?)$")
_TAIL = re.compile(r"(?:(?:的)?(?:反馈|书面|修改|审查|审核|征求|有关|相关)?(?:意见和建议|意见及建议|意见建议|"
                   r"意见|建议)(?:的)?(?:复函|回函|函|反馈表|汇总表|表)?|(?:的)?(?:复函|回函|函)|无修改意见|"
                   r"无意见|没有意见|无异议)$")
_OFFICE_TAIL = re.compile(r"^(.{2,}?[厅局委部署院会])(?:办|办公厅)$")
_SUBUNIT = re.compile(r".{1,10}?(?:处室|处|科|室|股|司|所|中队|大队)")
# Names that are clearly outside the table: never fuzzy-matched onto an organ (人大 ≠ 中国人民大学).
_OUTSIDE = re.compile(r"(?:大学|学院|研究院|研究所|研究中心|科学院|公司|集团|企业|厂|银行|医院|学校|中学|"
                      r"小学|协会|学会|商会|事务所|合作社)$")
_CATEGORY_GUESS = (
    (re.compile(r"(?:公司|集团|企业|厂|有限|股份|银行|酒店|合作社)$"), "企业"),
    (re.compile(r"(?:大学|学院|研究院|研究所|研究中心|科学院|设计院|专家|教授|学者|智库|研究会)$"), "专家"),
    (re.compile(r"(?:学校|中学|小学|附中|幼儿园)$"), "其他"),
    (re.compile(r"人大"), "人大"),
    (re.compile(r"政协"), "政协"),
    (re.compile(r"(?:市民|居民|群众|网友|网民|公众|个人|村民|先生|女士|同志)$"), "公众"),
    (re.compile(r"(?:委员会|厅|局|委|办|部|署|办公室|政府|管委会)$"), "政府部门"),
    (re.compile(r"(?:盟|市|县|区|旗|州)$"), "盟市"),
)


# A region prefix: word = a bare level word (市, 自治区) naming no particular region; generic = known by its
# ending only (北岭市); home = the office's own region.
_Region = namedtuple("_Region", "name kind level parent word generic home",
                     defaults=(None, False, False, False))
# A table key's target: literal = a complete alias valid at every level of its unit.
_Hit = namedtuple("_Hit", "unit level literal alias")
# A resolution: level reported, form_level whose tier names are shown, region chain, length of the prefix.
_Res = namedtuple("_Res", "unit level form_level chain alias conf prefix_len", defaults=(0,))


@dataclass(frozen=True)
class _Unit:
    key: str
    system: str
    category: str
    forms: tuple                # ((level, (full, short, colloquial)), …); level "" for categories

    def form(self, level):
        return dict(self.forms).get(level)

    @property
    def is_category(self) -> bool:  # 各盟市, 专家, 社会公众 …: respondent categories, not organs
        return self.forms[0][0] == ""


def _sys_norm(s: str) -> str:
    for old, new in _SYSTEM_SUBS:
        s = s.replace(old, new)
    return s


def _canon(s: str) -> str:
    """Lookup key of a body name: one spelling of system words, no punctuation or 和/与."""
    return _CONNECTIVES.sub("", _PUNCT.sub("", _sys_norm(unicodedata.normalize("NFKC", s))))


def _clean(raw: str) -> str:
    """Remove what surrounds a name: spacing, labels, numbering, seals, dates."""
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw or ""))
    s = _NUMBERING.sub("", _LABEL.sub("", s))
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"等(?:单位|部门)?$", "", _DATE.sub("", _SEAL.sub("", s))).strip("。.,，;；:：、-—_")
    return s


def _guess_category(text: str) -> str:
    for pattern, category in _CATEGORY_GUESS:
        if pattern.search(text):
            return category
    return "其他"


def _organ_suffix(organ: str, level: str) -> tuple[str, str, str]:
    """Organ words of the (full, short, colloquial) tiers at ``level``."""
    if organ == "部厅局":
        return ({"国家": "部", "省级": "厅"}.get(level, "局"),) * 3
    if organ == "办公厅":
        return ("办公厅",) * 3 if level in ("国家", "省级") else ("办公室", "办公室", "办")
    return {"委": ("委员会", "委", "委"), "局": ("局",) * 3, "办": ("办公室", "办", "办")}.get(organ, ("",) * 3)


def _read_csv(name: str) -> list[dict]:
    text = resources.files("consultagg.data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


@lru_cache(maxsize=None)
def load_regions() -> tuple[tuple[str, str, str, str | None, tuple[str, ...]], ...]:
    """Shipped region names: ``(name, short, kind, parent, aliases)`` per row of ``regions.csv``."""
    return tuple((r["name"], r["short"], r["kind"], r["parent"] or None,
                  tuple(a for a in r["aliases"].split("|") if a)) for r in _read_csv("regions.csv"))


@lru_cache(maxsize=None)
def load_alias_table() -> tuple[dict, ...]:
    """Shipped alias table rows (``departments.csv``) as read-only mappings."""
    return tuple(MappingProxyType(r) for r in _read_csv("departments.csv"))


def _row_levels(row) -> tuple[str, ...]:
    if row["levels"] == "-":
        return ("",)
    if row["levels"]:
        return tuple(row["levels"].split())
    if row["organ"] in ("部厅局", "委", "局") or row["system"] in ("人大", "政协", "court"):
        return LEVELS
    return LEVELS[1:]


def _row_tiers(row, level: str) -> tuple[str, str, str]:
    sfx = _organ_suffix(row["organ"], level)
    tiers = (row["full"], row["short"], row["colloquial"] or row["short"])
    out = tuple(t + s for t, s in zip(tiers, sfx))
    if level == "国家" and row["organ"] in ("委", "局"):
        out = tuple("国家" + t for t in out)
    return out


def _row_keys(row, level: str, tiers) -> list[tuple[str, bool, str]]:
    mark = {"party": "党委", "政协": "政协"}.get(row["system"], "")
    keys = [(t.replace("{R}", "") if "{R}" in t else mark + t, False, t) for t in tiers]
    for alias in (a for a in row["aliases"].split("|") if a):
        if alias.endswith("+"):
            keys += [(mark + alias[:-1] + s, False, alias[:-1] + s)
                     for s in dict.fromkeys(_organ_suffix(row["organ"], level))]
        else:
            keys.append((alias, True, alias))
    if level == "国家":  # 国家统计局 is also reached as 国家 + 统计局
        keys += [(k[len(p):], lit, a) for k, lit, a in keys for p in ("中华人民共和国", "国家", "中国")
                 if k.startswith(p) and len(k) > len(p) + 1]
    return keys


@lru_cache(maxsize=None)
def _builtin_table():
    """Units and the key index built from the shipped table (read-only, shared)."""
    forms: dict[str, dict] = {}
    meta: dict[str, tuple] = {}
    index: dict[str, list] = {}
    rows = load_alias_table()
    for i, row in enumerate(rows):
        meta.setdefault(row["key"], (row["system"], row["category"]))
        later = {lv for r in rows[i + 1:] if r["key"] == row["key"] for lv in _row_levels(r)}
        for level in (lv for lv in _row_levels(row) if lv not in later):
            tiers = _row_tiers(row, level)
            forms.setdefault(row["key"], {})[level] = tiers
            for key, literal, alias in _row_keys(row, level, tiers):
                hit = _Hit(row["key"], level, literal, alias)
                bucket = index.setdefault(_canon(key), [])
                if hit not in bucket:
                    bucket.append(hit)
    units = {k: _Unit(k, *meta[k], tuple(v.items())) for k, v in forms.items()}
    regions: dict[str, list] = {}
    for name, short, kind, parent, aliases in load_regions():
        reg = _Region(name, kind, _KINDS[kind][0], parent)
        for text in dict.fromkeys((name, short) + aliases):
            regions.setdefault(text, []).append(reg)
    for text, regs in regions.items():  # an ambiguous short form (吉林) means the province
        regs.sort(key=lambda r: _RANK[r.level])
    return (MappingProxyType(units), MappingProxyType({k: tuple(v) for k, v in index.items()}),
            MappingProxyType({k: tuple(v) for k, v in regions.items()}))


def _looks_like_region(stem: str, suffix: str) -> bool:
    """Whether ``stem + suffix`` may name a region the table does not know (北岭市, 青原自治区)."""
    longest = 9 if suffix.startswith("自治") else 4  # 克孜勒苏柯尔克孜自治州, 呼和浩特市
    if not (2 <= len(stem) <= longest or (suffix == "县" and len(stem) == 1)):
        return False
    return bool(re.fullmatch(r"[\u4e00-\u9fff]+", stem)) and not stem.startswith(_NOT_REGION_START) \
        and not _FUNCTION_CHARS.search(stem) and not re.search(r"省|市|县|自治|[局厅委部办院会]", stem) \
        and not re.fullmatch(r".[治冶洽]区|自.区", stem + suffix)  # a damaged 自治区 is no county


def _levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _read_alias_file(path: Path) -> dict:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        text = io.StringIO(path.read_text(encoding="utf-8-sig"))
        rows = [[c.strip() for c in r] for r in csv.reader(text, delimiter="\t" if suffix == ".tsv" else ",")]
        rows = [r for r in rows if len(r) > 1 and r[0] and not r[0].startswith("#")]
        return {r[0]: {"name": r[1], "category": r[2]} if len(r) > 2 and r[2] else r[1] for r in rows
                if r[0].lower() not in ("variant", "alias")}
    if suffix == ".toml":
        import tomllib

        data = tomllib.loads(path.read_text(encoding="utf-8"))
    elif suffix in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError as exc:  # optional dependency
            raise ImportError("读取 YAML 别名文件需要 PyYAML：pip install pyyaml") from exc
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    elif suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
    else:
        raise ValueError(f"不支持的别名文件格式：{path.name}（可用 csv/tsv/toml/yaml/json）")
    return dict(data.get("aliases", data)) if isinstance(data, Mapping) else {}


class DepartmentNormalizer:
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
        Normalised departments per distinct raw name.

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

    # -- scikit-learn style parameters -------------------------------------------------------
    def get_params(self, deep: bool = True) -> dict:
        return {"home_region": self.home_region, "aliases": self.aliases, "fuzzy": self.fuzzy}

    def set_params(self, **params) -> "DepartmentNormalizer":
        valid = self.get_params()
        for key, value in params.items():
            if key not in valid:
                raise ValueError(f"DepartmentNormalizer 没有参数 {key!r}")
            setattr(self, key, value)
        for attr in [a for a in vars(self) if a.endswith("_")]:
            delattr(self, attr)
        return self

    def __getstate__(self) -> dict:  # fitted state is rebuilt lazily (it holds read-only views)
        return {k: v for k, v in vars(self).items() if not k.endswith("_")}

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
        self.cache_ = {}  # set last: its presence marks the estimator as fitted
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
        kind = next((k for sfx, k in _GENERIC_SUFFIXES if name.endswith(sfx) and len(name) > len(sfx)), None)
        if kind is None:
            raise ValueError(f"无法识别的地区名称：{self.home_region}（请写全称，如“宁夏回族自治区”）")
        stem = name[:-len(next(s for s, k in _GENERIC_SUFFIXES if k == kind and name.endswith(s)))]
        stem = re.sub(r"(?:[\u4e00-\u9fff]{1,5}?族)+$", "", stem) or stem
        extra = (stem + "区",) if kind == "自治区" else ()
        self.home_names_ = tuple(t for t in dict.fromkeys((name, stem) + extra) if len(t) >= 2)
        return _Region(name, kind, _KINDS[kind][0], home=True)

    def _check(self) -> None:
        if not hasattr(self, "cache_"):  # fitting is optional: the lookup is built on first use
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
        dep = self.cache_.get(raw)
        if dep is None:
            dep = self.cache_[raw] = self._normalize(raw)
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
        cands = self._candidates(text)
        for cand, factor in cands:
            user = self.user_names_.get(_canon(cand))
            if isinstance(user, Department):
                return replace(user, raw=raw)
            res = user or self._exact(cand)
            if res is not None:
                return self._build(res, raw, factor)
        if self.fuzzy and not _OUTSIDE.search(text):
            res = self._fuzzy([c for c, _ in cands])
            if res is not None:
                return self._build(res, raw, 1.0)
        return self._unknown(raw, text)

    @staticmethod
    def _candidates(text: str) -> list[tuple[str, float]]:
        out = {text: 1.0}
        pos = text.find("关于")
        if pos > 0:
            out.setdefault(text[:pos], 1.0)
        elif pos == 0:
            out.setdefault(re.split(r"对《|就《|《|对|就|的意见|意见|的函|函", text[2:], maxsplit=1)[0], 1.0)
        m = re.search(r"(?:对|就)?《", text)
        if m and m.start() > 0:
            out.setdefault(text[:m.start()], 1.0)
        m = re.search(r"\(([^()]+)\)$", text)
        if m:
            out.setdefault(text[:m.start()], 1.0)
            out.setdefault(m.group(1), 1.0)
        for cand in list(out):
            out.setdefault(_TAIL.sub("", cand), 1.0)
        for cand in list(out):  # 发展改革委办公室 signs for the unit; 生态环境厅大气处 is part of it
            s = _sys_norm(cand)
            m = _OFFICE_TAIL.match(s)
            if m:
                out.setdefault(m.group(1), 0.95)
            for i in range(len(s) - 1, 2, -1):
                if s[i - 1] in "厅局委部署院办" and _SUBUNIT.fullmatch(s[i:]):
                    out.setdefault(s[:i], 0.95)
        return [(c, f) for c, f in out.items() if c]

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
        by_length = self._fuzzy_keys()
        for n in range(len(key) - 2, len(key) + 3):
            for k in by_length.get(n, ()):
                if any((w in key) != (w in k) for w in ("人大", "政协", "政府")) \
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

    def _build(self, res: _Res, raw: str, factor: float) -> Department:
        unit = res.unit
        full_b, short_b, coll_b = unit.form(res.form_level)
        short_p, full_p, region, kind = self._prefix(res)
        if unit.key == "gov" and kind in ("盟", "地区"):
            full_b = short_b = coll_b = "行政公署"
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
