"""Found by contrast pairs held-out 65 (written blind, measured once at c05532d: different 0/105, copies
90/105 per pair). The texts are written anew here; the controls stay apart."""

import pytest

from consultagg import NearDuplicateGrouper

COPIES = {
    "a scan's 贵 for 责": (
        "建议明确街道办事处作为辖区餐厨垃圾收运监管责任人的具体责任清单。",
        "建议明确街道办事处作为辖区餐厨垃圾收运监管贵任人的具体贵任清单。"),
    "a page number inside the sentence": (
        "建议第十五条增加规定：新建公共建筑的雨水收集设施应当与主体工程同步设计、同步施工、同步投入使用。",
        "建议第十五条增加规定：新建公共建筑的雨水收集设施应当与主体工程同步设计、同 —2— 步施工、同步投入使用。"),
    "半年 and 6个月": ("建议试运行期不少于6个月。", "建议试运行期不少于半年。"),
    "年底 and 12月31日": ("建议将补助范围明确为2005年底前建成的住宅。", "建议将补助范围明确为2005年12月31日前建成的住宅。"),
    "the sender's years in the trade": (
        "我是某某保洁公司在某社区的保洁员何某某，干这行八年多了。建议条例规定物业为保洁员提供休息场所。",
        "我是某某保洁公司在某街道的保洁员邹某某，做保洁三年了。建议条例规定物业为保洁员提供休息场所。"),
    "a plea to consider hardship before the request": (
        "某某物业服务有限公司：恳请贵部门考虑我们中小物业企业的实际困难，建议对承担充电设施改造的物业企业给予适当补贴。谢谢！",
        "某某物业服务有限公司：建议对承担充电设施改造的物业企业给予适当补贴。"),
    "an eager hope before the request": (
        "某某小区业主委员会：全体业主殷切期盼，请求将我小区纳入2026年加装电梯计划，望予支持为盼！",
        "某某小区业主委员会：请求将我小区纳入2026年加装电梯计划。"),
    "我局认为，条例应当 and 建议": (
        "某区民政局：我局认为，条例应当对养老机构的消防设施配置标准作出统一规定。",
        "某区民政局：建议对养老机构的消防设施配置标准作出统一规定。"),
    "a modal and 虚词 after 建议": (
        "建议第三十条对机构和个人分别设定处罚幅度。", "建议第三十条应当对机构和个人来分别设定处罚幅度。"),
}

DIFFERENT = {
    "1到3年 and 13年": ("建议过渡期为1到3年，由各区自行确定。", "建议过渡期为13年，由各区自行确定。"),
    "a negation after 建议": ("我局认为，条例应当对养老机构收取押金作出限制。", "我局认为，条例不应当对养老机构收取押金作出限制。"),
    "半年 and 3个月": ("建议试运行期不少于半年。", "建议试运行期不少于3个月。"),
    "two drafts named as the subject": ("建议条例明确街道办事处的监管职责。", "建议方案明确街道办事处的监管职责。"),
}


@pytest.mark.parametrize("name", COPIES)
def test_copies_group(name):
    a, b = COPIES[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] == g.labels_[1], g.explain(0, 1)


@pytest.mark.parametrize("name", DIFFERENT)
def test_different_requests_stay_apart(name):
    a, b = DIFFERENT[name]
    g = NearDuplicateGrouper().fit([a, b])
    assert g.labels_[0] != g.labels_[1]
