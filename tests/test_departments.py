"""Department-name normalisation: a table of written variants, no-false-merge rules, user aliases."""

from __future__ import annotations

import pickle
import re
from collections import Counter

import pytest

from consultagg.departments.normalizer import DepartmentNormalizer, load_alias_table, load_regions
from consultagg.departments.units import format_unit_list
from consultagg.records import Department

HOME = "宁夏回族自治区"

# variant as written -> 规范化简称 expected with home_region=宁夏回族自治区.
# Full names, short names, colloquial names, old names, with/without region prefix, typos, OCR spacing,
# seals, dates and 关于…的意见 wrappers.
VARIANTS = {
    "自治区发展改革委": [
        "宁夏回族自治区发展和改革委员会", "宁夏回族自治区发展改革委员会", "宁夏发改委", "自治区发改委", "发改委",
        "自 治 区 发 改 委", "区发改委", "宁夏区发改委", "自治区发展和改革委员会（盖章）", "自治区发展改革委办公室",
        "自治区发展改革委关于《生态环境保护“十四五”规划（征求意见稿）》的反馈意见", "关于自治区发改委意见的函",
        "自治区发展计划委员会", "自治区计委", "发展和改革委员会", "自治区发改委 2021年3月5日", "1. 自治区发展改革委",
        "提出单位：自治区发改委", "自治区发展与改革委员会", "宁夏回族自治区发展和改革委员会(盖章)",
    ],
    "自治区教育厅": ["宁夏回族自治区教育厅", "自治区教育厅", "教育厅", "宁夏教育厅", "自治区教委"],
    "自治区科技厅": ["宁夏回族自治区科学技术厅", "自治区科学技术厅", "科技厅", "自治区科技厅（盖章）", "宁夏科技厅",
                "自治区科委", "关于《规划》的修改意见（自治区科技厅）"],
    "自治区工业和信息化厅": ["宁夏回族自治区工业和信息化厅", "工信厅", "自治区经信委", "自治区经济和信息化委员会"],
    "自治区民委": ["宁夏回族自治区民族事务委员会", "自治区民委", "民委", "自治区民宗委"],
    "自治区公安厅": ["宁夏回族自治区公安厅", "公安厅"],
    "自治区民政厅": ["宁夏回族自治区民政厅", "民政厅"],
    "自治区司法厅": ["宁夏回族自治区司法厅", "自治区法制办"],
    "自治区财政厅": ["宁夏回族自治区财政厅", "财政厅", "自治区财政厅办公室"],
    "自治区人力资源社会保障厅": ["宁夏回族自治区人力资源和社会保障厅", "自治区人力资源社会保障厅", "人社厅",
                       "自治区人社厅", "自治区劳动和社会保障厅", "自治区人事厅"],
    "自治区自然资源厅": ["宁夏回族自治区自然资源厅", "自治区国土资源厅", "国土厅", "自然资源厅"],
    "自治区生态环境厅": ["宁夏回族自治区生态环境厅", "自治区环保厅", "自治区环境保护厅", "环保厅", "生态环境厅",
                  "宁 夏 回 族 自 治 区 生 态 环 境 厅", "自治区生态环境厅大气环境处", "宁夏生态环境厅",
                  "宁夏回族自治区生态环境厅（盖章）\n2021年4月"],
    "自治区住房城乡建设厅": ["宁夏回族自治区住房和城乡建设厅", "住建厅", "自治区住建厅", "自治区建设厅",
                     "住房城乡建设厅"],
    "自治区交通运输厅": ["宁夏回族自治区交通运输厅", "自治区交通厅", "交通厅"],
    "自治区水利厅": ["宁夏回族自治区水利厅", "水利厅"],
    "自治区农业农村厅": ["宁夏回族自治区农业农村厅", "自治区农牧厅", "自治区农业厅", "农业农村厅"],
    "自治区商务厅": ["宁夏回族自治区商务厅", "商务厅"],
    "自治区文化和旅游厅": ["宁夏回族自治区文化和旅游厅", "文旅厅", "自治区文化厅", "自治区旅游发展委员会",
                    "自治区文化旅游厅"],
    "自治区卫生健康委": ["宁夏回族自治区卫生健康委员会", "自治区卫健委", "卫健委", "自治区卫计委",
                   "自治区卫生和计划生育委员会", "自治区卫生厅", "自治区卫生计生委"],
    "自治区退役军人事务厅": ["宁夏回族自治区退役军人事务厅", "退役军人厅"],
    "自治区应急管理厅": ["宁夏回族自治区应急管理厅", "自治区应急厅", "自治区安监局", "自治区安全生产监督管理局"],
    "自治区审计厅": ["宁夏回族自治区审计厅", "审计厅"],
    "自治区国资委": ["宁夏回族自治区国有资产监督管理委员会", "国资委", "自治区国资委"],
    "自治区市场监管局": ["宁夏回族自治区市场监督管理局", "自治区市场监管局", "市场监管局", "自治区工商局",
                  "自治区质监局", "自治区食药监局", "自治区工商行政管理局", "自治区质量技术监督局",
                  "自治区食品药品监督管理局"],
    "自治区广播电视局": ["宁夏回族自治区广播电视局", "广电局", "自治区新闻出版广电局"],
    "自治区体育局": ["宁夏回族自治区体育局", "体育局"],
    "自治区统计局": ["宁夏回族自治区统计局", "统计局"],
    "自治区医保局": ["宁夏回族自治区医疗保障局", "自治区医保局", "医保局"],
    "自治区林草局": ["宁夏回族自治区林业和草原局", "自治区林业局", "林草局", "自治区林业厅"],
    "自治区机关事务管理局": ["宁夏回族自治区机关事务管理局", "自治区机关事务局"],
    "自治区能源局": ["宁夏回族自治区能源局"],
    "自治区乡村振兴局": ["宁夏回族自治区乡村振兴局", "自治区扶贫办", "自治区扶贫开发办公室"],
    "自治区气象局": ["宁夏回族自治区气象局", "宁夏气象局"],
    "自治区税务局": ["国家税务总局宁夏回族自治区税务局", "宁夏税务局", "自治区国税局", "自治区地税局"],
    "自治区粮食和物资储备局": ["宁夏回族自治区粮食和物资储备局", "自治区粮食局", "粮储局"],
    "自治区地方金融监管局": ["宁夏回族自治区地方金融监督管理局", "自治区金融办", "自治区金融工作办公室"],
    "自治区外事办": ["宁夏回族自治区外事办公室", "自治区外办"],
    "自治区信访局": ["宁夏回族自治区信访局", "自治区信访办"],
    "自治区人防办": ["宁夏回族自治区人民防空办公室"],
    "自治区政府办公厅": ["宁夏回族自治区人民政府办公厅", "自治区政府办公厅"],
    "自治区人民政府": ["宁夏回族自治区人民政府", "宁夏"],
    "自治区药监局": ["宁夏回族自治区药品监督管理局", "自治区药监局"],
    # 人大 / 政协 / party / courts / 群团
    "自治区人大常委会": ["宁夏回族自治区人民代表大会常务委员会", "自治区人大常委会", "自治区人大", "人大"],
    "自治区人大环资委": ["宁夏回族自治区人民代表大会环境与资源保护委员会", "自治区人大环资委", "人大环资委"],
    "自治区人大环资工委": ["宁夏回族自治区人民代表大会常务委员会环境与资源保护工作委员会", "自治区人大常委会环资工委",
                    "自治区人大环资工委", "自治区人大环资\n工委", "环资工委", "自 治 区 人 大 环 资 工 委"],
    "自治区人大法工委": ["自治区人大常委会法制工作委员会", "自治区人大常委会法工委"],
    "自治区人大法制委": ["宁夏回族自治区人民代表大会法制委员会"],
    "自治区人大财经委": ["自治区人大财政经济委员会"],
    "自治区人大常委会办公厅": ["宁夏回族自治区人民代表大会常务委员会办公厅"],
    "自治区政协": ["中国人民政治协商会议宁夏回族自治区委员会", "宁夏政协", "自治区政协"],
    "自治区政协人资环委": ["中国人民政治协商会议宁夏回族自治区委员会人口资源环境委员会", "自治区政协人口资源环境委员会",
                    "自治区政协人资环委", "政协人资环委"],
    "自治区政协民族宗教委": ["自治区政协民族和宗教委员会", "自治区政协民宗委"],
    "自治区政协提案委": ["自治区政协提案委员会"],
    "自治区政协办公厅": ["中国人民政治协商会议宁夏回族自治区委员会办公厅"],
    "自治区党委宣传部": ["中共宁夏回族自治区委员会宣传部", "自治区党委宣传部", "区党委宣传部", "宣传部"],
    "自治区党委组织部": ["中共宁夏回族自治区委员会组织部"],
    "自治区党委政法委": ["自治区政法委", "中共宁夏回族自治区委员会政法委员会"],
    "自治区党委统战部": ["自治区党委统一战线工作部"],
    "自治区党委编办": ["自治区编办", "自治区机构编制委员会办公室"],
    "自治区党委办公厅": ["中共宁夏回族自治区委员会办公厅"],
    "自治区纪委监委": ["自治区纪委", "中共宁夏回族自治区纪律检查委员会"],
    "自治区高级人民法院": ["宁夏回族自治区高级人民法院", "自治区高院"],
    "自治区人民检察院": ["宁夏回族自治区人民检察院", "自治区检察院"],
    "自治区妇联": ["宁夏回族自治区妇女联合会"],
    "自治区团委": ["共青团宁夏回族自治区委员会", "团区委"],
    # other levels and regions
    "银川市生态环境局": ["银川市生态环境局", "银川市环保局", "银川生态环境局", "宁夏银川市生态环境局",
                  "银川市环境保护局"],
    "银川市发展改革委": ["银川市发展和改革委员会", "银川市发改委"],
    "银川市市场监管局": ["银川市市场监督管理局", "银川市工商局", "银川市场监管局"],
    "石嘴山市住房城乡建设局": ["石嘴山市住建局", "石嘴山市住房和城乡建设局"],
    "吴忠市卫生健康委": ["吴忠市卫健委", "吴忠市卫生健康委员会"],
    "中卫市人民政府": ["中卫市人民政府", "中卫市政府"],
    "银川市委宣传部": ["中共银川市委宣传部", "中共银川市委员会宣传部"],
    "银川市中级人民法院": ["银川市中院"],
    "兴庆区生态环境局": ["银川市兴庆区环保局", "兴庆区环境保护局"],
    "市生态环境局": ["市环保局"],
    "内蒙古自治区发展改革委": ["内蒙古自治区发展和改革委员会", "内蒙古发改委"],
    "甘肃省生态环境厅": ["甘肃省环境保护厅", "甘肃生态环境厅"],
    # respondent categories
    "各盟市": ["各地级市", "各市"],
    "各县（市、区）": ["各县区", "各县(市、区)", "各县（市、区）人民政府"],
    "有关单位": ["各有关单位"],
    "有关部门": ["区直各部门"],
    "专家": ["专家学者"],
    "社会公众": ["网民", "公众"],
    "企业": ["有关企业"],
    # national
    "国家发展改革委": ["国家发展和改革委员会", "国家发改委"],
    "生态环境部": ["中华人民共和国生态环境部", "环境保护部"],
    "全国人大环资委": ["全国人民代表大会环境与资源保护委员会"],
    "国务院国资委": ["国务院国有资产监督管理委员会"],
    "国家林草局": ["国家林业和草原局", "国家林业局"],
}
CASES = [(variant, name) for name, variants in VARIANTS.items() for variant in variants]
# Typos and OCR damage: matched by similarity, so known with confidence below 1.
TYPOS = {
    "自治区发展改苹委": "自治区发展改革委", "自治区生态环竟厅": "自治区生态环境厅", "自治区生态环境斤": "自治区生态环境厅",
    "自治区住房城多建设厅": "自治区住房城乡建设厅", "自治区卫建委": "自治区卫生健康委", "宁厦发改委": "自治区发展改革委",
    "人大环姿委": "自治区人大环资委", "自治区人力资源社会保樟厅": "自治区人力资源社会保障厅",
    "自治区市场监督管里局": "自治区市场监管局", "自治区政协人口资源环镜委员会": "自治区政协人资环委",
    "自冶区生态环境厅": "自治区生态环境厅", "白治区发展改革委": "自治区发展改革委",
    "自治区人大常委曾环资工委": "自治区人大环资工委", "银川市生态环镜局": "银川市生态环境局",
}


@pytest.fixture(scope="module")
def norm():
    return DepartmentNormalizer(home_region=HOME)


def test_variant_table_is_large():
    assert len(CASES) >= 150


@pytest.mark.parametrize("variant,expected", CASES)
def test_variant_maps_to_canonical(norm, variant, expected):
    dep = norm.normalize(variant)
    assert dep.known, variant
    assert dep.name == expected
    assert dep.raw == variant


@pytest.mark.parametrize("variant,expected", sorted(TYPOS.items()))
def test_typos_match_with_lower_confidence(norm, variant, expected):
    dep = norm.normalize(variant)
    assert dep.known and dep.name == expected
    assert 0.5 <= dep.confidence < 1.0


def test_exact_aliases_have_full_confidence(norm):
    assert norm.normalize("宁夏发改委").confidence == 1.0
    assert norm.normalize("自治区发改委（盖章）").confidence == 1.0


def test_fields_of_a_provincial_department(norm):
    dep = norm.normalize("宁夏发改委")
    assert dep.full_name == "宁夏回族自治区发展和改革委员会"
    assert dep.colloquial == "自治区发改委"
    assert (dep.category, dep.level, dep.region, dep.system) == ("政府部门", "省级", HOME, "government")
    assert dep.matched_alias == "发改委"


def test_categories_and_systems(norm):
    expected = {
        "自治区人大环资工委": ("人大", "人大"), "自治区政协人资环委": ("政协", "政协"),
        "自治区党委宣传部": ("政府部门", "party"), "自治区高级人民法院": ("其他", "court"),
        "银川市生态环境局": ("盟市", "government"), "各盟市": ("盟市", "group"), "专家": ("专家", "group"),
        "社会公众": ("公众", "group"), "企业": ("企业", "group"),
    }
    for name, (category, system) in expected.items():
        dep = norm.normalize(name)
        assert (dep.category, dep.system) == (category, system), name


def test_levels(norm):
    assert norm.normalize("银川市环保局").level == "地市级"
    assert norm.normalize("兴庆区生态环境局").level == "县级"
    assert norm.normalize("生态环境部").level == "国家"
    assert norm.normalize("各县（市、区）").level is None


# -- no false merges ---------------------------------------------------------------------------
def test_npc_committees_and_cppcc_committee_stay_apart(norm):
    names = {norm.normalize(n).name for n in ("人大环资工委", "人大环资委", "政协人资环委")}
    assert len(names) == 3
    fulls = {norm.normalize(n).full_name for n in ("自治区人大环资工委", "自治区人大环资委", "自治区政协人资环委")}
    assert len(fulls) == 3
    # a damaged 工委 equidistant from both committees is refused, not guessed
    assert not norm.normalize("人大环资王委").known


def test_market_regulation_keeps_its_shi(norm):
    assert norm.normalize("市场监管局").name == "自治区市场监管局"
    assert norm.normalize("银川市市场监督管理局").name == "银川市市场监管局"
    assert norm.normalize("市市场监管局").name == "市市场监管局"
    bare = DepartmentNormalizer().normalize("市场监管局")
    assert bare.name == "市场监管局" and bare.level != "地市级" and bare.region is None


def test_quyu_keeps_its_qu(norm):
    dep = norm.normalize("区域经济协调发展中心")
    assert not dep.known and dep.name == "区域经济协调发展中心" and dep.region is None
    assert norm.split_prefix("区域协调发展处") == ("", "区域协调发展处")
    user = DepartmentNormalizer(home_region=HOME, aliases={"区域办": "区域协调发展办公室"})
    assert user.normalize("区域办").name == "区域协调发展办公室"


def test_renda_is_never_renmin_university(norm):
    dep = norm.normalize("人大")
    assert dep.name == "自治区人大常委会" and dep.category == "人大"
    for name in ("中国人民大学", "人民大学", "人大附中"):
        other = norm.normalize(name)
        assert not other.known and other.name == name
    assert norm.normalize("中国人民大学").category == "专家"


def test_similar_names_of_different_bodies_stay_apart(norm):
    assert norm.normalize("自治区政府研究室").name == "自治区政府研究室"
    assert norm.normalize("自治区政研室").name == "自治区党委政研室"
    assert norm.normalize("自治区人大法工委").name != norm.normalize("自治区人大法制委").name
    assert norm.normalize("自治区科协").name != norm.normalize("自治区科技厅").name
    assert norm.normalize("自治区民宗委").name != norm.normalize("自治区政协民宗委").name


def test_city_bureau_differs_from_provincial_department(norm):
    city, province = norm.normalize("银川市生态环境局"), norm.normalize("自治区生态环境厅")
    assert city.name != province.name and city.region == "银川市" and province.region == HOME


@pytest.mark.parametrize("level", ["国家", "省级", "地市级", "县级"])
@pytest.mark.parametrize("home", [HOME, None, "北京市", "银川市"])
def test_no_two_units_share_a_canonical_name(home, level):
    units = DepartmentNormalizer(home_region=home).known_units(level)
    assert len(units) > 60
    for field in ("name", "full_name"):
        counts = Counter(getattr(d, field) for d in units)
        assert [n for n, c in counts.items() if c > 1] == []


def test_every_alias_in_the_table_resolves_to_its_own_unit(norm):
    """All complete aliases of a unit share one name, and no name is reached from two units."""
    names_of_key, keys_of_name = {}, {}
    for row in load_alias_table():
        if row["levels"] not in ("", "-") and "省级" not in row["levels"].split():
            continue
        for alias in (a for a in row["aliases"].split("|") if a and not a.endswith("+")):
            dep = norm.normalize(alias)
            assert dep.known and dep.confidence == 1.0, (row["key"], alias)
            names_of_key.setdefault(row["key"], set()).add(dep.name)
            keys_of_name.setdefault(dep.name, set()).add(row["key"])
    assert len(names_of_key) > 80
    assert {k: v for k, v in names_of_key.items() if len(v) > 1} == {}
    assert {k: v for k, v in keys_of_name.items() if len(v) > 1} == {}


def test_region_table_is_complete_for_provinces():
    provinces = [r for r in load_regions() if r[2] in ("省", "自治区", "直辖市", "特别行政区")]
    assert len(provinces) == 34
    assert {"宁夏回族自治区", "内蒙古自治区", "广西壮族自治区", "新疆维吾尔自治区", "西藏自治区"} <= {r[0] for r in provinces}


# -- home region -------------------------------------------------------------------------------
def test_home_region_given_as_short_name():
    assert DepartmentNormalizer(home_region="宁夏").normalize("宁夏回族自治区发展和改革委员会").name == "自治区发展改革委"


def test_home_region_not_in_the_table():
    norm = DepartmentNormalizer(home_region="青原自治区")
    for name in ("青原自治区发展和改革委员会", "青原发改委", "自治区发改委", "发改委", "区发改委"):
        dep = norm.normalize(name)
        assert (dep.name, dep.region, dep.level) == ("自治区发展改革委", "青原自治区", "省级"), name
    assert norm.normalize("青原自治区党委宣传部").full_name == "中共青原自治区委员会宣传部"
    assert norm.normalize("北岭市生态环境局").name == "北岭市生态环境局"


def test_city_home_region():
    norm = DepartmentNormalizer(home_region="北岭市")
    assert norm.normalize("北岭市环保局").name == "市生态环境局"
    assert norm.normalize("生态环境局").full_name == "北岭市生态环境局"
    assert norm.normalize("市委宣传部").name == "市委宣传部"
    assert norm.normalize("自治区生态环境厅").name == "自治区生态环境厅"


def test_without_home_region_bare_names_have_no_prefix():
    norm = DepartmentNormalizer()
    assert norm.normalize("生态环境厅").name == "生态环境厅"
    assert norm.normalize("生态环境厅").level == "省级"
    assert norm.normalize("发改委").name == "发展改革委"
    assert norm.normalize("宁夏发改委").name == "宁夏回族自治区发展改革委"
    assert norm.normalize("自治区发改委").name == "自治区发展改革委"


def test_unknown_home_region_is_rejected():
    with pytest.raises(ValueError):
        DepartmentNormalizer(home_region="不知道").fit()


# -- unknown names -----------------------------------------------------------------------------
@pytest.mark.parametrize("name,category", [
    ("北方能源集团有限公司", "企业"), ("宁夏大学", "专家"), ("某某环境科学研究院", "专家"), ("热心市民", "公众"),
    ("自治区水文水资源监测预警中心", "其他"), ("某某行业协会", "其他"), ("黄河流域管理委员会", "政府部门"),
    ("自治区科技馆", "其他"), ("自治区科技斤", "其他"), ("自治区人大代表联络站", "人大"), ("自治区水文局", "政府部门"), ("自治区农机局", "政府部门"),
])
def test_unknown_names_pass_through(norm, name, category):
    dep = norm.normalize(name)
    assert (dep.name, dep.known, dep.confidence, dep.category) == (name, False, 0.0, category)


def test_empty_name(norm):
    dep = norm.normalize("  ")
    assert not dep.known and dep.name == ""


# -- user aliases ------------------------------------------------------------------------------
def test_user_alias_dict_extends_and_overrides():
    norm = DepartmentNormalizer(home_region=HOME, aliases={
        "我委": "自治区发展改革委", "黄河办": {"name": "黄河流域生态保护办公室", "category": "政府部门"},
        "环资委": "人大环资工委", "环境厅": "生态环境厅",
    })
    assert norm.normalize("我委").name == "自治区发展改革委"
    dep = norm.normalize("黄河办")
    assert (dep.name, dep.known, dep.category) == ("黄河流域生态保护办公室", True, "政府部门")
    assert norm.normalize("环资委").name == "自治区人大环资工委"  # overrides the shipped meaning
    assert norm.normalize("银川市环境局").name == "银川市生态环境局"  # a body alias keeps prefixes working
    assert DepartmentNormalizer(home_region=HOME).normalize("环资委").name == "自治区人大环资委"


# The same extension and override, written in each file format a user may hand in.
ALIAS_FILES = {
    "aliases.csv": "别名,规范名称,类别\n生态处,自治区生态环境厅\n绿化委,绿化委员会办公室,其他\n环资委,人大环资工委\n",
    "aliases.tsv": "生态处\t自治区生态环境厅\n绿化委\t绿化委员会办公室\t其他\n环资委\t人大环资工委\n",
    "aliases.toml": '[aliases]\n"生态处" = "自治区生态环境厅"\n"环资委" = "人大环资工委"\n'
                    '[aliases."绿化委"]\nname = "绿化委员会办公室"\ncategory = "其他"\n',
    "aliases.json": '{"生态处": "自治区生态环境厅", "环资委": "人大环资工委",'
                    ' "绿化委": {"name": "绿化委员会办公室", "category": "其他"}}',
    "aliases.yaml": "aliases:\n  生态处: 自治区生态环境厅\n  环资委: 人大环资工委\n"
                    "  绿化委:\n    name: 绿化委员会办公室\n    category: 其他\n",
}


@pytest.mark.parametrize("filename", sorted(ALIAS_FILES))
@pytest.mark.parametrize("as_str", [False, True])
def test_user_alias_files(tmp_path, filename, as_str):
    if filename.endswith(".yaml"):
        pytest.importorskip("yaml")
    path = tmp_path / filename
    path.write_text(ALIAS_FILES[filename], encoding="utf-8")
    norm = DepartmentNormalizer(home_region=HOME, aliases=str(path) if as_str else path)
    assert norm.normalize("生态处").name == "自治区生态环境厅"  # extends
    assert norm.normalize("环资委").name == "自治区人大环资工委"  # overrides the shipped meaning
    dep = norm.normalize("绿化委")
    assert (dep.name, dep.category, dep.known) == ("绿化委员会办公室", "其他", True)  # a unit of its own
    assert norm.normalize("自治区发改委").name == "自治区发展改革委"  # the shipped table still applies


def test_csv_alias_file_with_bom_and_without_header(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("\ufeff生态处,自治区生态环境厅\n# a comment line\n", encoding="utf-8")
    assert DepartmentNormalizer(home_region=HOME, aliases=path).normalize("生态处").name == "自治区生态环境厅"


def test_yaml_without_pyyaml_names_the_install_line(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_yaml(name, *args, **kwargs):
        if name == "yaml":
            raise ImportError("no yaml")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_yaml)
    path = tmp_path / "aliases.yml"
    path.write_text("生态处: 自治区生态环境厅\n", encoding="utf-8")
    with pytest.raises(ImportError, match="pip install pyyaml"):
        DepartmentNormalizer(aliases=path).fit()


def test_bad_alias_argument():
    with pytest.raises(TypeError):
        DepartmentNormalizer(aliases=42).fit()
    with pytest.raises(ValueError):
        DepartmentNormalizer(aliases="aliases.xml").fit()


# -- estimator contract ------------------------------------------------------------------------
def test_params_and_clone():
    from sklearn.base import clone

    norm = DepartmentNormalizer(home_region=HOME, fuzzy=False)
    assert norm.get_params() == {"home_region": HOME, "aliases": None, "fuzzy": False}
    assert not hasattr(norm, "cache_")  # __init__ only stores parameters
    assert norm.fit() is norm
    assert not norm.normalize("自治区生态环竟厅").known  # fuzzy off
    norm.set_params(fuzzy=True, home_region=None)
    assert norm.normalize("自治区生态环竟厅").known
    assert norm.normalize("发改委").name == "发展改革委"
    twin = clone(norm)
    assert twin.get_params() == norm.get_params() and not hasattr(twin, "cache_")
    with pytest.raises(ValueError):
        norm.set_params(colour="red")


def test_normalize_many_caches_per_distinct_name(norm):
    fresh = DepartmentNormalizer(home_region=HOME)
    out = fresh.normalize_many(["发改委", "自治区发改委", "发改委", "科技厅"])
    assert [d.name for d in out] == ["自治区发展改革委", "自治区发展改革委", "自治区发展改革委", "自治区科技厅"]
    assert out[0] is out[2] and len(fresh.cache_) == 3
    assert all(isinstance(d, Department) for d in out)


def test_pickle_roundtrip(norm):
    norm.normalize("发改委")
    again = pickle.loads(pickle.dumps(norm))
    assert again.normalize("宁夏环保厅").name == "自治区生态环境厅"


# -- running lists -----------------------------------------------------------------------------
def test_format_unit_list_writes_the_prefix_once():
    assert format_unit_list(["自治区发展改革委", "自治区科技厅", "自治区生态环境厅"]) == "自治区发展改革委、科技厅、生态环境厅"
    assert format_unit_list(["自治区发展改革委", "银川市生态环境局", "银川市水务局", "自治区科技厅"]) == \
        "自治区发展改革委、银川市生态环境局、水务局、自治区科技厅"
    assert format_unit_list(["自治区党委宣传部", "自治区党委组织部", "自治区发展改革委"]) == \
        "自治区党委宣传部、组织部、自治区发展改革委"
    assert format_unit_list(["自治区发展改革委", "市场监管局", "自治区发展改革委"]) == "自治区发展改革委、市场监管局"
    assert format_unit_list(["各盟市", "社会公众"]) == "各盟市、社会公众"


def test_split_units_carries_the_prefix(norm):
    deps = norm.split_units("自治区人大法工委、自治区政协提案委，自治区财政厅、水利厅等12个单位")
    assert [d.name for d in deps] == ["自治区人大法工委", "自治区政协提案委", "自治区财政厅", "自治区水利厅"]
    deps = DepartmentNormalizer().split_units("银川市生态环境局、水务局")
    assert [d.name for d in deps] == ["银川市生态环境局", "银川市水务局"]  # (a body of its own name: never 水利局)


def test_format_and_split_are_inverse(norm):
    names = ["自治区发展改革委", "自治区科技厅", "自治区党委宣传部", "银川市生态环境局", "银川市自然资源局"]
    assert [d.name for d in norm.split_units(format_unit_list(names))] == names


def test_seed_page_units(seed_page, norm):
    text = re.sub(r"\s+", "", seed_page.read_text(encoding="utf-8"))
    match = re.search(r"座谈会。([^。]{4,80}?等\d+个部门)", text)
    assert match, "the consultation sentence is on the page"
    deps = norm.split_units(match.group(1))
    assert len(deps) >= 4 and all(d.known for d in deps)
    assert len({d.name for d in deps}) == len(deps)
    assert {"自治区人大环资工委", "自治区政协人资环委"} <= {d.name for d in deps}


# -- general rules found through the held-out table ----------------------------------------------
def test_brackets_around_the_whole_name(norm):
    for name in ("【自治区水利厅】", "〔自治区水利厅〕", "（自治区水利厅）", "[自治区水利厅]"):
        assert norm.normalize(name).name == "自治区水利厅", name
    assert not norm.normalize("【规划】").known


def test_a_county_is_shown_alike_with_or_without_its_city(norm):
    for name in ("兴庆区环保局", "银川市兴庆区环保局", "宁夏银川市兴庆区生态环境局"):
        dep = norm.normalize(name)
        assert (dep.name, dep.full_name, dep.region) == ("兴庆区生态环境局", "银川市兴庆区生态环境局", "兴庆区")
    unknown = {norm.normalize(n).name for n in ("北岭市河西区环保局", "河西区生态环境局")}
    assert unknown == {"河西区生态环境局"}
    assert norm.normalize("银川市生态环境局").name == "银川市生态环境局"  # a city keeps its own name


def test_truncated_organ_words_are_completed_with_lower_confidence(norm):
    dep = norm.normalize("自治区发展和改革委员")
    assert dep.name == "自治区发展改革委" and dep.confidence < 1.0
    assert norm.normalize("宁夏回族自治区人民政府办公").name == "自治区政府办公厅"
    assert not norm.normalize("张三委员").known


def test_municipal_commissions_keep_their_organ_word():
    norm = DepartmentNormalizer(home_region="北京市")
    for name in ("北京市住房和城乡建设委员会", "北京市住建委", "住房和城乡建设委员会"):
        dep = norm.normalize(name)
        assert (dep.name, dep.full_name) == ("市住房城乡建设委", "北京市住房和城乡建设委员会"), name
    assert norm.normalize("北京市生态环境局").name == "市生态环境局"
    # elsewhere the 委 form is an old name of the 厅/局
    assert DepartmentNormalizer(home_region=HOME).normalize("自治区住建委").name == "自治区住房城乡建设厅"
    assert DepartmentNormalizer(home_region=HOME).normalize("银川市交通委").name == "银川市交通运输局"


@pytest.mark.parametrize("name,expected", [
    ("广大网友", "社会公众"), ("市民群众", "社会公众"), ("社会各界人士", "社会公众"), ("有关专家学者", "专家"),
    ("专家们", "专家"), ("部分企业", "企业"), ("各地级市人民政府", "各盟市"), ("与会人员", "与会人员"),
    ("与会代表们", "与会人员"), ("参会专家", "专家"), ("部分自治区人大代表", "人大代表"),
])
def test_respondent_categories_with_modifiers(norm, name, expected):
    dep = norm.normalize(name)
    assert dep.known and dep.name == expected and dep.region is None, name


def test_modifiers_never_reach_an_organ(norm):
    for name in ("有关发改委处室", "广大环保厅", "企业发改委", "相关人士", "代表们"):
        dep = norm.normalize(name)
        assert not dep.known or dep.name in ("企业", "社会公众"), (name, dep.name)
    assert not norm.normalize("相关人士").known


def test_minutes_speakers_units(norm):
    """A deputy or CPPCC member speaks for no organ: 自治区人大代表 is not the standing committee."""
    deputy, member = norm.normalize("自治区人大代表"), norm.normalize("自治区政协委员")
    assert (deputy.name, deputy.category) == ("人大代表", "人大")
    assert (member.name, member.category) == ("政协委员", "政协")
    assert norm.normalize("自治区人大代表").name != norm.normalize("自治区人大").name
    assert norm.normalize("与会人员").category == "其他"


def test_two_character_place_names_may_open_with_a_function_character():
    norm = DepartmentNormalizer(home_region="天津市")
    assert norm.normalize("天津市和平区人民政府").name == norm.normalize("和平区政府").name == "和平区人民政府"
    assert not DepartmentNormalizer(home_region=HOME).normalize("所在区环保局").known
