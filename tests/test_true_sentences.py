"""Every sentence the tool writes into the 起草说明 is true: who was consulted, who replied, how many.

The cases are the ones a drafting office met with the demo consultation run as the README shows
it (no ``--home-region``), without a roster, and with a roster whose names the letters do not match.
"""

import re

import numpy as np
from openpyxl import load_workbook
from sklearn.base import BaseEstimator

import consultagg as ca
from consultagg.records import Topic
from consultagg.cli import demo_paths, main


def _demo_comments():
    p = demo_paths()
    return p, ca.read_comments([p["letters"], p["public"], p["minutes"]])


def test_demo_as_the_readme_runs_it_counts_the_roster_right(tmp_path, capsys):
    p = demo_paths()
    out = tmp_path / "处理表.xlsx"
    code = main(["run", str(p["letters"]), str(p["public"]), str(p["minutes"]), "--plan", str(p["plan"]),
                 "--roster", str(p["roster"]), "-o", str(out)])
    assert code == 0
    captured = capsys.readouterr()
    assert "等18个单位意见，17个单位反馈，其中1个单位无意见，1个单位逾期未反馈" in captured.out
    assert "逾期未反馈单位：自治区文化和旅游厅。" in captured.out
    # The inferred region is said, with the flag that sets it.
    assert "青原自治区" in captured.err and "--home-region" in captured.err


def test_without_a_roster_nothing_is_claimed_about_who_was_consulted():
    p, comments = _demo_comments()
    result = ca.analyse(comments, plan=p["plan"])
    text = result.summary()
    assert "征求了" not in text and "逾期未反馈" not in text
    assert re.search(r"另有1个单位表示无意见：[^。]*应急管理厅", text), text
    assert result.drafting_summary(draft=True).count("征求了") == 0


def test_a_roster_the_letters_do_not_match_withholds_the_sentence():
    # The office named its own region wrongly: letters signed 青原自治区… cannot match the roster's
    # 自治区… units, so "X个单位逾期未反馈" would be false. The sentence is withheld, with the reason.
    p, comments = _demo_comments()
    result = ca.analyse(comments, plan=p["plan"], roster=p["roster"], home_region="东山省")
    text = result.summary()
    assert "征求了" not in text and "逾期未反馈单位" not in text
    assert "未生成" in text and "可能是同一单位" in text
    assert re.search(r"名单中的“自治区[^”]+”与来函的“青原自治区[^”]+”", text), text
    # The 起草说明 drawn from the tracker says the same, not the false count.
    drafted = result.drafting_summary(draft=True)
    assert "逾期未反馈" not in drafted and "对不上" in drafted


def test_one_count_of_distinct_opinions_everywhere(tmp_path):
    p, comments = _demo_comments()
    result = ca.analyse(comments, plan=p["plan"], roster=p["roster"], home_region="青原自治区")
    headline = int(re.search(r"合并重复后为(\d+)条不同意见", result.summary()).group(1))
    assert headline == result.n_distinct
    out = result.to_excel(tmp_path / "t.xlsx")
    ws = load_workbook(out)["分单位统计"]
    header = [c.value for c in ws[1]]
    total = next(r for r in ws.iter_rows(values_only=True) if r[0] == "合计")
    assert total[header.index("不同意见条数")] == headline
    assert total[header.index("意见条数")] == len(result.opinions)


def test_a_letter_that_could_not_be_read_is_never_called_late(tmp_path, capsys):
    # The 文化和旅游厅 replied with a .doc: the office must see it listed as unread (stderr, the
    # tracker), and the 起草说明 must not call that unit 逾期未反馈.
    import shutil

    p = demo_paths()
    letters = tmp_path / "来函"
    shutil.copytree(p["letters"], letters)
    (letters / "18_自治区文化和旅游厅.doc").write_bytes(b"\xd0\xcf\x11\xe0 old Word file")
    out = tmp_path / "处理表.xlsx"
    code = main(["run", str(letters), str(p["public"]), str(p["minutes"]), "--plan", str(p["plan"]),
                 "--roster", str(p["roster"]), "-o", str(out)])
    assert code == 0
    captured = capsys.readouterr()
    assert "18_自治区文化和旅游厅.doc" in captured.err and "未能读取" in captured.err
    assert "逾期未反馈单位" not in captured.out
    assert "没有单位逾期未反馈" in captured.out and "0个单位逾期未反馈" not in captured.out
    assert re.search(r"来函未能读取[^。]*自治区文化和旅游厅", captured.out), captured.out
    wb = load_workbook(out)
    assert "未能读取" in wb.sheetnames
    assert any("18_自治区文化和旅游厅.doc" in str(c.value) for row in wb["未能读取"].iter_rows() for c in row)
    states = {r[1]: r[3] for r in wb["分单位统计"].iter_rows(min_row=2, values_only=True) if r[1]}
    assert states.get("自治区文化和旅游厅") == "未能读取"
    # Without a roster the file is still reported.
    comments = ca.read_comments([letters])
    assert len(comments.unread_files) == 1
    path, why = comments.unread_files[0]
    assert path.endswith("来函/18_自治区文化和旅游厅.doc") and ".doc" in why and ".docx" in why


def test_section_cell_shows_the_heading_title_and_how_it_was_found():
    p, comments = _demo_comments()
    result = ca.analyse(comments, plan=p["plan"], roster=p["roster"], home_region="青原自治区")
    cells = [r["section"] for r in result.to_records()]
    placed = [c for c in cells if c != "总体/未定位"]
    assert placed
    # Every placed opinion says how it was placed; a guess by content alone carries its score.
    assert all(re.search(r"〔(引用(，请核实)?|原文|相似\d\.\d\d(，请核实)?)〕$", c) for c in placed), placed[:5]
    guesses = [c for c in placed if "相似" in c]
    weak = [c for c in guesses if float(re.search(r"相似(\d\.\d\d)", c).group(1)) < 0.5]
    assert all("请核实" in c for c in weak)
    # The heading's own title follows its number (八、 31. → 八、 31. 推进…).
    sections = {s.id: s for s in result.plan.sections}
    for op, cell in zip(result.opinions, cells):
        if op.section_id and sections[op.section_id].title:
            assert sections[op.section_id].title[:6] in cell, cell


class _TwoTopics(BaseEstimator):
    """A topic model that puts texts naming 黄河 in topic 1, the rest in 0, and calls weak every
    text naming neither 黄河 nor 散煤: what the tracker shows of weak members, whatever a real
    clusterer makes of a given input on a given BLAS."""

    def __init__(self, segmenter=None):
        self.segmenter = segmenter

    def fit(self, texts, y=None, sample_weight=None, tokens=None):
        self.labels_ = np.array([int("黄河" in t) for t in texts])
        self.weak_ = np.array(["黄河" not in t and "散煤" not in t for t in texts])
        self.topics_ = [Topic(id=0, name="散煤治理", key_phrases=("散煤",), representatives=(0,)),
                        Topic(id=1, name="黄河水质", key_phrases=("黄河",), representatives=(1,))]
        return self


def test_weak_topic_members_are_marked_in_the_tracker(tmp_path):
    # An opinion that fits its topic weakly is shown in it, marked, not hidden or shown as certain.
    texts = ["建议加强散煤治理，减少冬季大气污染。", "建议整治黄河入河排污口，保护黄河水质。",
             "农村散煤燃烧是大气污染的主因，建议加快清洁取暖。", "印刷用纸请选再生纸张。"]
    comments = [{"提出单位": f"单位{i}", "意见内容": t} for i, t in enumerate(texts)]
    result = ca.analyse(comments, topic_model=_TwoTopics())
    weak = {op.comment.text: op.topic_weak for op in result.opinions}
    assert weak == {t: t == texts[3] for t in texts}
    names = {t.id: t.name for t in result.topics}
    for op, rec in zip(result.opinions, result.to_records()):
        assert rec["topic"].startswith(names[op.topic_id])
        assert rec["topic"].endswith("（归属较弱）") == op.topic_weak
    # ... and so does the workbook.
    ws = load_workbook(result.to_excel(tmp_path / "t.xlsx"))["意见汇总处理表"]
    header = [c.value for c in ws[3]]
    shown = [r[header.index("主题")] for r in ws.iter_rows(min_row=4, values_only=True)]
    assert sum(1 for v in shown if v and v.endswith("（归属较弱）")) == 1

def test_the_home_region_is_never_read_from_a_unit_named_without_its_place():
    # 市城市管理局 named twice once read as the region 市城市, and the run said so: "推定为“市城市”".
    from consultagg.departments import infer_home_region

    assert infer_home_region("", ["市城市管理局", "市城市管理局", "市交通运输局"]) is None
    assert infer_home_region("", ["县人民政府", "区人民政府", "市城市管理局", "市城市管理局"]) is None
    assert infer_home_region("", ["省市场监督管理局", "省市场监督管理局"]) is None
    assert infer_home_region("", ["西江市城市管理局", "西江市交通运输局"]) == "西江市"
    assert infer_home_region("", ["自治区水利厅", "自治区自然资源厅"]) is None
