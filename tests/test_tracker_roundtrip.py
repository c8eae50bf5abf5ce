"""The tracker across rounds: written, edited as a person would, read back, merged; no decision lost."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

import consultagg as ca
from consultagg.text.ids import comment_id, content_key
from consultagg.records import Comment
from consultagg.report import NotFinalError, drafting_summary
from consultagg.rounds import apply_group_decision, match_opinions, merge_tracker, routed_examples
from consultagg.tracker import (DISPOSITION_VALUES, TrackerData, normalize_disposition, read_tracker,
                                write_tracker)
from consultagg.tracker.reader import strip_marks

sys.path.insert(0, str(Path(__file__).parent))
from test_tracker_writer import SAMPLE, make_result  # noqa: E402

MAIN = "意见汇总处理表"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# What people type in 处理意见, with the value each must read back as.
TYPED = [("同意", "采纳"), (" 已采纳 ", "采纳"), ("参考采纳", "部分采纳"), ("暂不采纳", "不采纳"),
         ("原文已体现", "已体现"), ("作出说明", "解释说明"), ("下一步研究", "另行研究"),
         ("超出规划范围", "不属于本规划范畴"), ("待研究", "待定"), ("部分采纳", "部分采纳"), ("不 采 纳", "不采纳")]


# -- a person at work ----------------------------------------------------------------------------
def edit_like_a_person(path: Path, decisions: dict, *, delete=(), seed=0, add_columns=True) -> None:
    """Fill decisions by 意见编号, delete rows, shuffle the rest, add columns, filter; save in place.

    ``decisions``: ``{comment_id: {"处理意见": …, "处理说明（理由）": …, "修改情况": …, "承办处室": …, "备注": …}}``.
    """
    wb = load_workbook(path)
    ws = wb[MAIN]
    headers = [c.value for c in ws[3]]
    col = {h: i for i, h in enumerate(headers)}
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4, max_row=ws.max_row)]
    rows = [r for r in rows if r[col["意见编号"]] not in set(delete)]
    for r in rows:
        for header, value in decisions.get(r[col["意见编号"]], {}).items():
            r[col[header]] = value
    random.Random(seed).shuffle(rows)  # sorted by some column: rows move as a whole
    for i, values in enumerate(rows):
        for j, v in enumerate(values):
            cell = ws.cell(4 + i, 1 + j)
            cell.value = v
            if isinstance(v, str) and v.startswith("="):
                cell.data_type = "s"
    if ws.max_row > 3 + len(rows):
        ws.delete_rows(4 + len(rows), ws.max_row - 3 - len(rows))
    if add_columns:
        ws.insert_cols(col["处理意见"] + 1)  # a column of their own in the middle
        ws.cell(3, col["处理意见"] + 1, "初审意见")
        ws.cell(4, col["处理意见"] + 1, "拟采纳，待处务会确定")
        end = ws.max_column + 1
        ws.cell(3, end, "联系电话")
        ws.cell(5, end, "6123457")
    ws.auto_filter.ref = f"A3:{ws.cell(3, ws.max_column).column_letter}{ws.max_row}"
    ws.auto_filter.add_filter_column(2, ["社会公众"])
    for r in range(6, ws.max_row, 4):
        ws.row_dimensions[r].hidden = True
    wb.save(path)


def decision_of(row: dict) -> tuple:
    return (row["disposition"], row["reason"], row["revision_note"], strip_marks(row["remarks"]))


def decided(data: TrackerData) -> dict[str, tuple]:
    out = {}
    for r in (*data.rows, *data.removed):
        if r["disposition"] or r["reason"] or r["revision_note"] or strip_marks(r["remarks"]):
            out[r["comment_id"]] = decision_of(r)
    return out


def assert_no_decision_lost(before: TrackerData, after: TrackerData) -> None:
    """Every decided opinion of ``before`` is in ``after``, main sheet or removed sheet, unchanged."""
    where = {}
    for r in after.rows:
        where[r["comment_id"]] = r
        prev = (r.get("meta") or {}).get("previous_comment_id")
        if prev:
            where.setdefault(prev, r)
    for r in after.removed:
        where.setdefault(r["comment_id"], r)
    lost = {cid: d for cid, d in decided(before).items()
            if cid not in where or decision_of(where[cid])[:3] != d[:3] or d[3] not in where[cid]["remarks"]}
    assert lost == {}


# -- the rounds --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """Round 1 from the demo consultation, and a cheap pipeline for the later rounds."""
    from consultagg.cli import DEMO_HOME_REGION, run_demo

    out = tmp_path_factory.mktemp("demo")
    result = run_demo(out, progress=None)
    seg = ca.JiebaSegmenter()
    # Later rounds skip the plan and use a fixed, small topic model: matching ignores both, and
    # the tests stay quick.
    pipeline = ca.ConsultationPipeline(
        home_region=DEMO_HOME_REGION, segmenter=seg,
        topic_model=ca.TopicClusterer(n_topics=8, n_components=10, segmenter=seg))
    return {"result": result, "tracker": out / "tracker.xlsx", "pipeline": pipeline,
            "comments": [op.comment for op in result.opinions]}


def plan_decisions(ids: list[str], rng: random.Random, round_no: int) -> dict[str, dict]:
    out = {}
    for k, cid in enumerate(ids):
        typed, value = TYPED[(k + round_no) % len(TYPED)]
        d = {"处理意见": typed, "备注": f"第{round_no}轮经办人{k}" if k % 3 == 0 else None}
        if value not in ("采纳", "已体现", "待定"):
            d["处理说明（理由）"] = f"第{round_no}轮理由{k}：与专项规划衔接。"
        if k % 2 == 0:
            d["修改情况"] = f"第{round_no}轮已修改第{k % 7 + 1}章"
        if k % 4 == 0:
            d["承办处室"] = ["大气环境处", "水生态环境处", "综合规划处"][k % 3]
        out[cid] = d
    return out


def next_round(comments: list[Comment], rng: random.Random, *, remove: int, edit: int, add: int, tag: str,
               keep=()) -> tuple[list[Comment], dict]:
    """Comments of the next round: some withdrawn, some reworded, some new, all re-ordered."""
    pool = [c for c in comments if c.id not in keep]
    removed = rng.sample(pool, remove)
    gone = {c.id for c in removed}
    editable = [c for c in comments if c.id not in gone and len(content_key(c.text)) >= 40]
    edited = {c.id for c in rng.sample(editable, edit)}
    out = []
    for c in comments:
        if c.id in gone:
            continue
        if c.id in edited:
            text = c.text.rstrip("。") + "，请予以明确。"
            new_id = c.id if c.id.startswith("GZ") else comment_id(text, c.department)
            c = replace(c, text=text, id=new_id, meta=dict(c.meta, 原编号=c.id))
        out.append(c)
    for k in range(add):
        out.append(Comment(id=f"N{tag}{k}", text=f"第{tag}轮新增意见{k}：建议补充农村生活污水治理设施运维资金保障{k}。",
                           department="自治区农业农村厅"))
    rng.shuffle(out)
    return out, {"removed": gone, "edited": edited}


def test_three_rounds_lose_no_decision(demo, tmp_path):
    rng = random.Random(8)
    path = tmp_path / "round1.xlsx"
    shutil.copy(demo["tracker"], path)
    comments = demo["comments"]
    history = []
    for round_no in (1, 2, 3):
        data = read_tracker(path)
        ids = [r["comment_id"] for r in data.rows]
        chosen = rng.sample(ids, len(ids) // 2)
        undecided = [i for i in ids if i not in chosen]
        deleted = undecided[0]
        edit_like_a_person(path, plan_decisions(chosen, rng, round_no), delete=[deleted], seed=round_no)
        before = read_tracker(path)
        assert len(before.rows) == len(data.rows) - 1 and deleted not in {r["comment_id"] for r in before.rows}
        # synonyms read back as the closed list; rows were re-sorted but found by id
        for cid, d in plan_decisions(chosen, random.Random(0), round_no).items():
            row = next(r for r in before.rows if r["comment_id"] == cid)
            assert row["disposition"] == normalize_disposition(d["处理意见"])[0]
        assert {r["disposition"] for r in before.rows} <= set(DISPOSITION_VALUES) | {""}
        assert any("初审意见" in r["extra_columns"] for r in before.rows)
        if round_no == 3:
            break
        keep = {r["comment_id"] for r in before.removed}
        comments, changes = next_round(comments, rng, remove=8, edit=6, add=4, tag=str(round_no + 1), keep=keep)
        if round_no == 2:  # two withdrawn opinions come back unchanged in round 3
            back = [c for c in demo["comments"] if c.id in keep][:2]
            comments += back
            changes["back"] = {c.id for c in back}
        result = demo["pipeline"].run(comments)
        merged = merge_tracker(before, result)
        path = tmp_path / f"round{round_no + 1}.xlsx"
        merged.to_excel(path)
        after = read_tracker(path)
        assert after.round == round_no + 1
        assert_no_decision_lost(before, after)
        status = {r["comment_id"]: r["meta"]["merge_status"] for r in after.rows}
        removed_ids = {r["comment_id"] for r in after.removed}
        assert changes["removed"] <= removed_ids
        assert not removed_ids & set(status)
        new_ids = {c.id for c in comments if c.id.startswith("N")}
        assert {i for i in new_ids if status[i] == "新增"} == {i for i in new_ids if i.startswith(f"N{round_no + 1}")}
        if deleted in status:  # the row a person deleted comes back as a new opinion
            assert status[deleted] == "新增"
        edited_rows = [r for r in after.rows if r["meta"].get("merge_status") == "意见内容有变化"]
        assert len(edited_rows) == len(changes["edited"] - {deleted})
        assert all("【意见内容有变化】" in r["remarks"] for r in edited_rows)
        assert all(r["meta"]["previous_text"] != r["comment_text"] for r in edited_rows)
        for cid in changes.get("back", ()):
            assert status[cid] == "再次提出"
            assert cid not in removed_ids
        history.append((round_no, len(after.rows), len(after.removed), len(decided(before))))
    assert [h[0] for h in history] == [1, 2]
    assert history[-1][2] >= 8 and history[-1][3] > 60


def test_reader_reports_problems_per_row(tmp_path):
    result = make_result(SAMPLE)
    path = write_tracker(result, tmp_path / "t.xlsx")
    ids = [op.comment.id for op in result.opinions]
    edit_like_a_person(path, {ids[0]: {"处理意见": "部份采纳"},
                              ids[1]: {"处理意见": "不采纳", "处理说明（理由）": None},
                              ids[2]: {"处理意见": "合并处理"},
                              ids[3]: {"意见编号": ids[0]}}, add_columns=False)
    wb = load_workbook(path)
    ws = wb[MAIN]
    ws.append([None] * 8 + ["电话补充的一条意见：建议增加噪声污染防治内容。"] + [None] * 8)
    wb.save(path)
    data = read_tracker(path)
    text = [str(p) for p in data.problems]
    by_row = {r["comment_id"]: r["tracker_row"] for r in data.rows}
    unknown = next(p for p in data.problems if "不在可选范围" in p.message)
    assert unknown.suggestion == "部分采纳" and unknown.column == "处理意见" and unknown.sheet == MAIN
    assert any("须填写处理说明（理由）" in t and f"第{by_row[ids[1]]}行" in t for t in text)
    assert any("合并到哪条意见" in t for t in text)
    assert any(f"意见编号 {ids[0]} 重复" in t for t in text)
    assert any("缺少意见编号" in t for t in text) and len(data.rows) == len(SAMPLE) + 1
    assert data.title == "宁夏生态环境保护“十四五”规划" and data.profile == "plan"


@pytest.mark.parametrize("profile", ["gbt", "iso"])
def test_other_profiles_read_back_with_the_reason_in_the_decision_cell(tmp_path, profile):
    result = make_result(SAMPLE)
    path = write_tracker(result, tmp_path / f"{profile}.xlsx", profile=profile)
    wb = load_workbook(path)
    ws = wb[MAIN]
    headers = [c.value for c in ws[3]]
    col = headers.index("处理意见" if profile == "gbt" else "Observations of the secretariat") + 1
    ws.cell(4, col, "不采纳，属于水资源专项规划内容。")
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4, max_row=ws.max_row)]
    for i, values in enumerate(reversed(rows)):  # sorted the other way round
        for j, v in enumerate(values):
            ws.cell(4 + i, 1 + j, v)
    wb.save(path)
    data = read_tracker(path)
    assert data.profile == profile
    assert [r["comment_id"] for r in data.rows] == [op.comment.id for op in reversed(result.opinions)]
    first = next(r for r in data.rows if r["comment_id"] == result.opinions[0].comment.id)
    assert (first["disposition"], first["reason"]) == ("不采纳", "属于水资源专项规划内容。")


def test_overflow_and_escapes_are_reassembled_after_sorting(tmp_path):
    long = "长" * 40000 + "尾"
    result = make_result([dict(text="短意见一。"), dict(text=long, dept="社会公众"), dict(text="原文_x000D_保留")])
    path = write_tracker(result, tmp_path / "t.xlsx")
    edit_like_a_person(path, {}, seed=3, add_columns=False)
    texts = {r["comment_id"]: r["comment_text"] for r in read_tracker(path).rows}
    assert texts == {op.comment.id: op.comment.text for op in result.opinions}


def test_matching_is_robust_to_order_units_and_small_edits():
    old = [{"comment_id": "A", "department": "水利厅", "comment_text": "建议强化黄河水资源刚性约束，明确用水总量。"},
           {"comment_id": "B", "department": "人大环资工委", "comment_text": "碳达峰行动内容偏少，建议补充。"},
           {"comment_id": "C", "department": "财政厅", "comment_text": "建议明确资金来源。"},
           {"comment_id": "D", "department": "科技厅", "comment_text": "建议加强科技支撑。"}]
    ops = make_result([dict(text="建议明确资金来源。", dept="自治区财政厅", id="X1"),  # unit renamed
                       dict(text="碳达峰行动内容偏少，建议补充具体措施。", dept="人大环资工委", id="X2"),
                       dict(text="建议强化黄河水资源刚性约束，明确用水总量。", dept="水利厅", id="X3"),
                       dict(text="建议加强科技支撑。", dept="财政厅", id="X4")]).opinions
    pairs = match_opinions(old, ops)
    got = {ops[i].comment.id: (old[j]["comment_id"], how) for i, (j, _, how) in pairs.items()}
    # (X4: 财政厅 writing what 科技厅 wrote is another unit's opinion, never given 科技厅's decision)
    assert got == {"X1": ("C", "text-any-unit"), "X2": ("B", "similar"), "X3": ("A", "text")}
    # the same pairs whatever the order
    rops, rold = ops[::-1], old[::-1]
    again = {rops[i].comment.id: (rold[j]["comment_id"], how)
             for i, (j, _, how) in match_opinions(rold, rops).items()}
    assert again == got
    # a different opinion of the same unit is not taken for an edit
    far = make_result([dict(text="建议增加农村饮水安全工程。", dept="水利厅")]).opinions
    assert match_opinions(old, far) == {}


def test_group_decision_and_its_propagation_on_merge(tmp_path):
    rows = [dict(text="建议在第三章增加黄河流域生态保护内容。", dept="水利厅", group="g"),
            dict(text="建议在第三章增加黄河流域生态保护的内容。", dept="林草局", group="g"),
            dict(text="建议第三章增加黄河流域生态保护内容。", dept="自然资源厅", group="g"),
            dict(text="建议强化水资源刚性约束。", dept="水利厅")]
    result = make_result(rows)
    with pytest.raises(ValueError, match="须填写处理说明"):
        apply_group_decision(result, 0, "部分采纳")
    with pytest.raises(ValueError, match="是否应为"):
        apply_group_decision(result, 0, "部份采纳", "理由")
    answered = apply_group_decision(result, 0, "参考采纳", "已在第三章第二节补充。", owner="综合规划处")
    disp = [(o.disposition, o.owner) for o in answered.opinions]
    assert disp[0] == ("部分采纳", "综合规划处") and disp[1][0] == disp[2][0] == "合并处理"
    assert answered.opinions[3].disposition == ""
    assert all(result.opinions[0].comment.id in o.reason for o in answered.opinions[1:3])
    # next round: only the representative was answered; the group is re-formed with a new member
    old = TrackerData(rows=tuple(answered.to_records()[:1]))
    nxt = make_result(rows + [dict(text="建议在第三章增加黄河流域生态保护内容！", dept="卫生健康委", group="g")])
    merged = merge_tracker(old, nxt)
    assert [o.disposition for o in merged.opinions] == ["部分采纳", "合并处理", "合并处理", "", "合并处理"]
    summary = drafting_summary(replace(merged, opinions=merged.opinions[:3] + merged.opinions[4:]), title="规划")
    assert "共收到意见建议4条，采纳0条，部分采纳4条，未采纳0条" in summary
    assert "1. 水利厅关于“在第三章增加黄河流域生态保护内容”的意见（另有3条相同意见合并处理）：已在第三章第二节补充。" in summary


def test_routed_examples_and_learning(tmp_path):
    rows = [dict(text=f"加强散煤治理和大气污染防治{i}", owner="大气环境处") for i in range(4)] + \
           [dict(text=f"整治入河排污口保护黄河水质{i}", owner="水生态环境处") for i in range(4)] + \
           [dict(text="其他意见", owner="待人工分办")]
    path = write_tracker(make_result(rows), tmp_path / "t.xlsx")
    texts, units = routed_examples(path)
    assert len(texts) == 8 and set(units) == {"大气环境处", "水生态环境处"}
    router = ca.UnitRouter(rules=None).fit(texts, units)
    assert router.predict(["散煤治理", "入河排污口"]).tolist() == ["大气环境处", "水生态环境处"]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_resave_keeps_every_decision(demo, tmp_path):
    path = tmp_path / "tracker.xlsx"
    shutil.copy(demo["tracker"], path)
    ids = [op.comment.id for op in demo["result"].opinions]
    edit_like_a_person(path, plan_decisions(ids[::3], random.Random(1), 1), seed=5)
    mine = read_tracker(path)
    profile = tmp_path / "lo_profile"
    out = tmp_path / "lo"
    proc = subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                           "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                          capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr
    theirs = read_tracker(out / "tracker.xlsx")
    assert decided(theirs) == decided(mine) and len(decided(mine)) == len(ids[::3])
    assert [r["comment_text"] for r in theirs.rows] == [r["comment_text"] for r in mine.rows]
    assert [str(p) for p in theirs.problems] == [str(p) for p in mine.problems]


def test_summary_counts_a_merged_representative_with_its_answered_member():
    rows = ({"comment_id": "A", "department": "林草局", "comment_text": "…", "disposition": "合并处理", "reason": "",
             "group_id": 3, "is_representative": True, "seq": 1, "tracker_row": 4},
            {"comment_id": "B", "department": "自然资源厅", "comment_text": "…", "disposition": "解释说明",
             "reason": "已在编制说明中解释。", "group_id": 3, "is_representative": False, "seq": 2, "tracker_row": 5},
            {"comment_id": "C", "department": "水利厅", "comment_text": "…", "disposition": "合并处理",
             "reason": "同第9条", "seq": 3, "tracker_row": 6})
    text = drafting_summary(TrackerData(rows=rows[:2], title="规划"))
    assert "共收到意见建议2条，采纳0条，部分采纳0条，未采纳2条。" in text
    assert "1. 自然资源厅提出的意见（另有1条相同意见合并处理）：已在编制说明中解释。" in text
    with pytest.raises(NotFinalError) as err:
        drafting_summary(TrackerData(rows=rows))
    assert err.value.blockers == ["第6行（C）：合并处理未指明（或无法找到）合并到的意见"]


def test_statistics_sheets_carry_bar_charts(tmp_path):
    import zipfile

    path = write_tracker(make_result(SAMPLE), tmp_path / "t.xlsx")
    with zipfile.ZipFile(path) as z:
        charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        xml = "".join(z.read(n).decode() for n in charts)
    assert len(charts) == 2
    assert "各单位意见条数" in xml and "各主题意见条数" in xml
    assert "'分单位统计'!$E$2:$E$" in xml and "'分主题统计'!$D$2:$D$" in xml
