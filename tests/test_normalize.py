"""Text normalisation: matching form, display form, offsets, idempotency."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from consultagg.text.normalize import (
    TextNormalizer,
    clean_display,
    clean_display_with_offsets,
    normalize_text,
    starts_with_numbering,
)

CJK_SPACE_CJK = re.compile(r"[\u4e00-\u9fff，。；：！？、“”（）《》][ \t\u3000\xa0]+[\u4e00-\u9fff，。；：！？、“”（）《》]")

# ----------------------------------------------------------------------------- matching form
MATCH_CASES = [
    # width and punctuation variants fold onto one form
    ("ＰＭ２．５浓度下降１０％", "PM2.5浓度下降10%"),
    ("建议，增加；完善：提高？好！", "建议,增加;完善:提高?好!"),
    ("建议,增加;完善:提高?好!", "建议,增加;完善:提高?好!"),
    ("（一）加强（监测）", "(一)加强(监测)"),
    ("“双碳”目标「绿色」‘低碳’", '"双碳"目标"绿色"\'低碳\''),
    ("【重要】〔2021〕", "[重要][2021]"),
    ("①加强监管", "(1)加强监管"),
    # OCR spacing between CJK goes, Latin word spacing stays
    ("的 半 封 闭 老 旧 小 区 。", "的半封闭老旧小区。"),
    ("建议 ， 增加", "建议,增加"),
    ("green  and   low carbon", "green and low carbon"),
    ("共 11 人 参加", "共11人参加"),
    # export noise
    ("\ufeff建议\u200b增加\xa0内容\u3000\t。\r\n", "建议增加内容。"),
    ("第一行\\n第二行。", "第一行第二行。"),
    ("第一段。\\n\\n第二段。", "第一段。\n\n第二段。"),
    ("a\\tb", "a b"),
    ("  \n\n  ", ""),
    # hard wraps joined, paragraph breaks kept, numbered points not glued
    ("建议在第三章增加关于黄河\n流域生态保护的内容。", "建议在第三章增加关于黄河流域生态保护的内容。"),
    ("第一段。\n\n\n\n第二段。", "第一段。\n\n第二段。"),
    ("加强监管，\n1. 完善制度。", "加强监管,\n1.完善制度。"),
    ("总体较好\n一、建议增加内容。", "总体较好\n一、建议增加内容。"),
    ("A plan that\nwraps here.", "A plan that wraps here."),
]


@pytest.mark.parametrize("raw, expected", MATCH_CASES)
def test_normalize_text_table(raw, expected):
    assert normalize_text(raw) == expected


def test_width_and_spacing_variants_share_one_matching_form():
    variants = ["建议增加ＰＭ２．５监测，完善考核。", "建议增加 PM2.5 监测, 完善考核。", "建议增加PM2.5监测，\n完善考核。",
                "建 议 增 加 PM2.5 监 测 ， 完 善 考 核 。"]
    assert len({normalize_text(v) for v in variants}) == 1


def test_normalize_text_rejects_non_text():
    with pytest.raises(TypeError):
        normalize_text(None)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- display form
DISPLAY_CASES = [
    ("建议，增加；完善：（一）“双碳”！", "建议，增加；完善：（一）“双碳”！"),  # punctuation kept as written
    ("ＰＭ２．５", "ＰＭ２．５"),  # full width kept
    ("的 半 封 闭 老 旧 小 区 。", "的半封闭老旧小区。"),
    ("厅 ”的 基 础 上 ，完 善 机", "厅”的基础上，完善机"),
    ("共 11人参加", "共 11人参加"),  # only CJK–CJK spacing is OCR damage
    ("green  and low carbon ", "green and low carbon"),
    ("建议增加关于黄河\n流域生态保护的内容。", "建议增加关于黄河流域生态保护的内容。"),
    ("第一句。\n第二句。", "第一句。\n第二句。"),
    ("一、总体意见\n建议增加内容。", "一、总体意见\n建议增加内容。"),
    ("关于规划目标\n建议增加指标。", "关于规划目标\n建议增加指标。"),
    ("加强监测，\n（二）完善考核。", "加强监测，\n（二）完善考核。"),
    ("加强监测\n第三章 保障措施", "加强监测\n第三章保障措施"),
    ("加强监测\n一是加快建设；", "加强监测\n一是加快建设；"),
    ("加强监测\n第一，加快建设；", "加强监测\n第一，加快建设；"),
    ("加强监测\n①加快建设", "加强监测\n①加快建设"),
    ("自治区水利厅\n2021年3月5日", "自治区水利厅\n2021年3月5日"),
    ("关于《规划》的反馈意见\n自治区生态环境厅：", "关于《规划》的反馈意见\n自治区生态环境厅："),
    ("第一段\\n第二段。\\t", "第一段第二段。"),
    ("\u3000\u3000你厅来函收悉。\r\n\r\n\r\n经研究，", "你厅来函收悉。\n\n经研究，"),
]


@pytest.mark.parametrize("raw, expected", DISPLAY_CASES)
def test_clean_display_table(raw, expected):
    assert clean_display(raw) == expected


def test_newspaper_column_is_rejoined():
    # a narrow column: every line is a wrap, even one ending in punctuation at full width,
    # and an empty line left inside a sentence by the OCR is a page break, not a paragraph
    column = ("会上，社区党支部书记向大家\n详细介绍了社区主要工作。与\n会代表提出了停车难、垃圾分\n\n"
              "类不到位等问题，社区工作人\n员认真记录并表示会后将积极\n协调解决，推进问题整改落实。\n\n"
              "此次会议增进了辖区单位对社\n区工作的了解。")
    out = clean_display(column)
    assert out.split("\n\n") == [
        "会上，社区党支部书记向大家详细介绍了社区主要工作。与会代表提出了停车难、垃圾分类不到位等问题，"
        "社区工作人员认真记录并表示会后将积极协调解决，推进问题整改落实。",
        "此次会议增进了辖区单位对社区工作的了解。",
    ]


def test_offsets_point_back_into_the_input():
    raw = "\u3000建 议 增 加\n关于黄河的内容。\n\n（二）完善\\n考核。"
    clean, offsets = clean_display_with_offsets(raw)
    assert clean == clean_display(raw)
    assert len(offsets) == len(clean)
    assert offsets == sorted(offsets)
    for ch, off in zip(clean, offsets):
        if "\u4e00" <= ch <= "\u9fff":
            assert raw[off] == ch
    i = clean.index("完善")
    assert raw[offsets[i]:offsets[i + 1] + 1] == "完善"


def test_starts_with_numbering_styles():
    for line in ["一、总体", "（一）总体", "(1) a", "1. a", "1、a", "1．a", "1) a", "①a", "第三章 任务",
                 "一是加强", "第一，加强", "十二、其他"]:
        assert starts_with_numbering(line), line
    for line in ["3.2节提到", "2021年3月", "统一是关键", "第三章、第四章", "建议增加", "12.5%"]:
        assert not starts_with_numbering(line), line


# ----------------------------------------------------------------------------- idempotency
_ALPHABET = list(
    "中文规划建议意见关于的函厅委年月日盖章纪要一二三十是第章节、。，；：？！（）“”‘’《》【】「」…—·①②⑴⒈"
    " \t\n\n\n\r\xa0\u3000\u200b\ufeff\\nt.,;:?!()\"'-0123456789abcXYZ\u0301\u3099\u309bｶﾞ＂～"
)
TEXTS = st.one_of(
    st.text(alphabet=st.one_of(st.sampled_from(_ALPHABET), st.characters()), max_size=80),
    st.lists(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=25), max_size=14).map("\n".join),
)
FAST = settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))


@FAST
@given(TEXTS)
@example("0、\x0c0\n0")  # (a space after 0、 made it a numbered heading the first time only)
def test_normalize_text_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once == once.strip()


@FAST
@given(TEXTS)
def test_clean_display_is_idempotent(text):
    once = clean_display(text)
    assert clean_display(once) == once
    clean, offsets = clean_display_with_offsets(text)
    assert clean == once and len(offsets) == len(clean)
    assert all(0 <= o <= len(text) for o in offsets)


# ----------------------------------------------------------------------------- real OCR page
def test_seed_page_display_form(seed_page):
    raw = seed_page.read_text(encoding="utf-8")
    clean = clean_display(raw)
    assert not CJK_SPACE_CJK.search(clean)
    assert CJK_SPACE_CJK.search(raw)  # the page does have OCR spacing to remove
    paragraphs = clean.split("\n\n")
    raw_lines = [ln for ln in raw.splitlines() if ln.strip()]
    assert len(paragraphs) < len(raw_lines) / 4
    # a word split across an empty line by the OCR is whole again, inside one paragraph
    assert sum("非机动车" in p for p in paragraphs) == 1
    # the speaker's title and his words end up in one paragraph
    assert any("利通区政协常委郭同义说" in p for p in paragraphs)
    # every paragraph of the 利通区 article starts where the newspaper starts one
    assert any(p.startswith("“现在，利通区汽车保有量") for p in paragraphs)
    assert clean_display(clean) == clean


# ----------------------------------------------------------------------------- estimator
def test_text_normalizer_estimator():
    from sklearn.base import clone

    est = TextNormalizer(form="display")
    assert est.get_params() == {"form": "display"}
    assert clone(est).get_params() == {"form": "display"}
    assert est.fit(["a"]) is est
    assert est.transform(["建 议 ！", None]) == ["建议！", ""]
    assert TextNormalizer().fit_transform(["建 议 ！"]) == ["建议!"]
    assert TextNormalizer().set_params(form="display").form == "display"
    with pytest.raises(ValueError):
        TextNormalizer(form="fancy").fit(["a"])
    with pytest.raises(ValueError):
        TextNormalizer().set_params(width=3)
