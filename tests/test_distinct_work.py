"""Per-opinion stages run once per duplicate group: copies (here differing only in punctuation,
spacing, width or case) get the segmentation, sections, routing and type of their group's
representative, and the page/line and original wording of their text, without those stages
seeing them again (issue 22)."""

import numpy as np

import consultagg as ca
from consultagg.routing import load_rules
from consultagg.sections import SectionMatcher
from consultagg.text.segment import JiebaSegmenter

BASES = [
    "建议将“基本消除城市黑臭水体”修改为“全面消除城市黑臭水体”，第12页第3行。",
    "建议在第三章增加农村生活污水治理内容，明确县域统筹的要求。",
    "建议强化黄河流域水资源刚性约束，严格用水总量控制。",
    "建议补充重点行业挥发性有机物综合治理的具体措施。",
]


def _variants(text, k):
    forms = [text, text.replace("，", ","), text.replace("，", "， "), text.replace("。", "").upper(),
             text.replace("12", "１２").replace("3", "３")]
    return forms[k % len(forms)]


def _comments():
    return [{"提出单位": f"单位{i % 7}", "意见内容": _variants(BASES[i % 4], i // 4)} for i in range(200)]


def test_per_text_stages_see_each_distinct_text_once(monkeypatch, demo_dir):
    seen = {"segment": [], "sections": [], "route": []}
    segment_many = JiebaSegmenter.segment_many
    predict_matches = SectionMatcher.predict_matches

    def spy_segment(self, texts, **kw):
        seen["segment"].append(len(texts))
        return segment_many(self, texts, **kw)

    def spy_sections(self, texts, **kw):
        seen["sections"].append(len(texts))
        return predict_matches(self, texts, **kw)

    monkeypatch.setattr(JiebaSegmenter, "segment_many", spy_segment)
    monkeypatch.setattr(SectionMatcher, "predict_matches", spy_sections)
    router = ca.UnitRouter(rules=load_rules(demo_dir / "routing_rules.csv"))
    predict = type(router).predict_with_confidence

    def spy_route(self, texts):
        seen["route"].append(len(texts))
        return predict(self, texts)

    monkeypatch.setattr(type(router), "predict_with_confidence", spy_route)
    result = ca.analyse(_comments(), demo_dir / "draft_plan.txt", router=router)
    assert len(result.opinions) == 200
    assert seen["segment"][0] <= 4 and seen["sections"] == [4] and seen["route"] == [4]


def test_copies_get_what_their_text_alone_gets(demo_dir):
    router = ca.UnitRouter(rules=load_rules(demo_dir / "routing_rules.csv"))
    many = ca.analyse(_comments(), demo_dir / "draft_plan.txt", router=router)
    alone = ca.analyse([{"提出单位": "单位0", "意见内容": t} for t in BASES], demo_dir / "draft_plan.txt", router=router)
    fields = ("section_id", "section_path", "owner", "comment_type", "original_text", "page_line")
    want = {op.comment.text: tuple(getattr(op, f) for f in fields) for op in alone.opinions}
    for op in many.opinions:
        base = next(b for b in BASES if ca.normalize_text(b).replace(" ", "").upper()[:8]
                    == ca.normalize_text(op.comment.text).replace(" ", "").upper()[:8])
        assert tuple(getattr(op, f) for f in fields) == want[base], op.comment.text
    assert want[BASES[0]][4] == "基本消除城市黑臭水体" and want[BASES[0]][5] == "P12 L3"
    assert len({op.group_id for op in many.opinions}) == 4
    assert np.all([op.section_id for op in many.opinions])
