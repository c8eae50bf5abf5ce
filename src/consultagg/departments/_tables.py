"""Tables, name cleaning and small helpers behind :mod:`consultagg.departments.normalizer`.

The alias table (``data/departments.csv``) and the region list (``data/regions.csv``) are read once and
kept as read-only views; everything here is pure (no module-level mutable state).
"""

from __future__ import annotations

import csv
import io
import json
import re
import tomllib
import unicodedata
from collections import namedtuple
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from consultagg.data import load_regions, read_csv

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
# Organ words cut short at the end of a name, and their whole form.
_TRUNCATED = (("委员", "委员会"), ("办公", "办公室"), ("人民政", "人民政府"), ("常务委员", "常务委员会"))
# Words around a respondent category that do not change it: 广大网友, 有关专家学者, 社会各界人士.
_CATEGORY_MODIFIERS = re.compile(r"^(?:广大|全体|部分|有关|相关|其他|各位)|(?:人士|朋友|们)$")
# Brackets wrapping a whole name (【自治区生态环境厅】).
_ENCLOSED = re.compile(r"^[(\[【〔<「『](?P<n>[^()\[\]【】〔〕<>「」『』]+)[)\]】〕>」』]$")
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
    """Remove what surrounds a name: spacing, labels, numbering, seals, dates, enclosing brackets.

    >>> _clean("1. 【自治区 水利厅】（盖章） 2022年6月1日")
    '自治区水利厅'
    """
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw or ""))
    s = _NUMBERING.sub("", _LABEL.sub("", s))
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"等(?:单位|部门)?$", "", _DATE.sub("", _SEAL.sub("", s))).strip("。.,，;；:：、-—_")
        s = _ENCLOSED.sub(r"\g<n>", s)
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


@lru_cache(maxsize=None)
def load_alias_table() -> tuple[dict, ...]:
    """Shipped alias table rows (``departments.csv``) as read-only mappings."""
    return tuple(MappingProxyType(r) for r in read_csv("departments.csv"))


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
    # A two-character place name may open with a function character (和平区, 于洪区, 以…); a phrase
    # (所在区, 的区) ends with one.
    return bool(re.fullmatch(r"[\u4e00-\u9fff]+", stem)) and not stem.startswith(_NOT_REGION_START) \
        and not _FUNCTION_CHARS.search(stem[1:] if len(stem) == 2 else stem) \
        and not re.search(r"省|市|县|自治|[局厅委部办院会]", stem) \
        and not re.search(r"[治冶洽]区$|自.区$", stem + suffix)  # a damaged 自治区 is no county


def _levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


_ALIAS_HEADERS = ("variant", "alias", "name", "别名", "写法", "原名称", "名称", "单位名称")


def _read_alias_file(path: Path) -> dict:
    """``{variant: canonical or spec}`` from a CSV/TSV (variant, canonical[, category]; an optional header
    row), TOML, YAML or JSON file (a mapping, optionally under an ``aliases`` key)."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        text = io.StringIO(path.read_text(encoding="utf-8-sig"))
        rows = [[c.strip() for c in r] for r in csv.reader(text, delimiter="\t" if suffix == ".tsv" else ",")]
        rows = [r for r in rows if len(r) > 1 and r[0] and not r[0].startswith("#")]
        if rows and rows[0][0].lower() in _ALIAS_HEADERS:
            rows = rows[1:]
        return {r[0]: {"name": r[1], "category": r[2]} if len(r) > 2 and r[2] else r[1] for r in rows}
    if suffix == ".toml":
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


def _candidates(text: str) -> list[tuple[str, float]]:
    """Readings of a cleaned name, best first, each with a confidence factor.

    The name itself; the unit before a ``关于…`` / ``《…》`` wrapper or inside a trailing ``(…)``; the
    name without an ``…意见/函`` tail; the unit a signing office or a sub-unit belongs to; and a
    truncated organ word completed (OCR and cell overflow cut ``委员会`` to ``委员``).

    >>> [c for c, _ in _candidates("自治区发展和改革委员")][-1]
    '自治区发展和改革委员会'
    """
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
    for cand in list(out):
        for cut, whole in _TRUNCATED:
            if len(cand) > len(cut) + 1 and cand.endswith(cut):
                out.setdefault(cand + whole[len(cut):], 0.9)
    return [(c, f) for c, f in out.items() if c]


def _category_candidates(text: str) -> list[str]:
    """Readings of a respondent category written with modifiers (广大网友, 有关专家学者, 社会各界人士,
    各地级市人民政府); only a category may be reached through them, never an organ."""
    out = []
    core = _CATEGORY_MODIFIERS.sub("", text)
    for cand in (core, re.sub(r"(?:人民政府|政府|行政公署)$", "", core)):
        if cand and cand != text and cand not in out:
            out.append(cand)
    return out
