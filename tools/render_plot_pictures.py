"""Render the charts of consultagg.plots for the demo consultation into docs/images/plots/.

    .venv/bin/python tools/render_plot_pictures.py [--font "Noto Sans CJK SC"] [--out docs/images/plots]

The first round is the demo consultation as ``consultagg demo`` analyses it. Its decisions
(处理意见) are made up for the pictures, the same each run: each duplicate group gets a
disposition picked from a hash of its representative's id. The second round drops the meeting
minutes, edits two letters' opinions and adds three new opinions; it is merged with the first
round's decisions (``merge_tracker``) and half of its new groups get made-up decisions too.
Needs the ``plot`` extra and a CJK font (Debian/Ubuntu: ``apt install fonts-noto-cjk``).
"""

from __future__ import annotations

import argparse
import hashlib
from dataclasses import replace
from pathlib import Path

import consultagg as ca
from consultagg import plots
from consultagg.cli import DEMO_HOME_REGION, demo_paths
from consultagg.records import Comment
from consultagg.routing import UnitRouter, load_rules

ROOT = Path(__file__).resolve().parents[1]
# Made-up decisions: (disposition, reason), weighted by repetition.
DECISIONS = ((("采纳", ""),) * 7 + (("部分采纳", "已吸收主要内容，具体措施在专项方案中细化。"),) * 4
             + (("不采纳", "与上位规划要求不一致。"),) * 2 + (("已体现", ""),) * 2
             + (("解释说明", "相关内容已在第九章作出安排。"),) * 2 + (("另行研究", "在专项规划中统筹考虑。"),)
             + (("不属于本规划范畴", "属于年度工作安排。"),))
NEW_OPINIONS = (
    ("自治区生态环境厅", "建议在第五章增加黄河干流断面水质稳定达到Ⅱ类的考核要求。"),
    ("自治区交通运输厅", "建议将新能源公交车推广比例目标写入专栏1。"),
    ("社会公众", "希望尽快公布月牙湖东岸项目的环评报告。"),
)


def _pick(key: str):
    return DECISIONS[int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % len(DECISIONS)]


def decide(result: ca.ConsultationResult, *, share: float = 1.0) -> ca.ConsultationResult:
    """Made-up decisions for the undecided groups (a ``share`` of them, picked by hash)."""
    for group in sorted(result.groups, key=lambda g: g.id):
        rep = result.opinions[group.representative]
        if rep.disposition:
            continue
        digest = int(hashlib.sha256(f"share:{rep.comment.id}".encode("utf-8")).hexdigest(), 16)
        if digest % 1000 >= share * 1000:
            continue
        disposition, reason = _pick(rep.comment.id)
        result = ca.apply_group_decision(result, group.id, disposition, reason)
    return result


def demo_rounds() -> tuple[ca.ConsultationResult, ca.ConsultationResult]:
    p = demo_paths()
    router = UnitRouter(rules=load_rules(p["rules"])) if p["rules"].exists() else None
    params = dict(router=router, home_region=DEMO_HOME_REGION, progress=False)
    comments = ca.read_comments([p["letters"], p["public"], p["minutes"]])
    first = decide(ca.analyse(comments, p["plan"], roster=p["roster"], **params))
    minutes = p["minutes"].name
    kept = [c for c in comments if c.source.file is None or Path(c.source.file).name != minutes]
    letters = [i for i, c in enumerate(kept) if c.source.file and Path(c.source.file).parent.name == "letters"]
    for i in letters[:2]:  # two units reword an opinion
        kept[i] = replace(kept[i], text=kept[i].text.rstrip("。") + "，并明确责任单位和完成时限。")
    kept += [Comment(id=f"R2-{k + 1}", text=text, department=unit) for k, (unit, text) in enumerate(NEW_OPINIONS)]
    merged = ca.merge_tracker(ca.TrackerData(rows=tuple(first.to_records()), round=1),
                              ca.analyse(ca.CommentList(kept), p["plan"], roster=p["roster"], **params))
    return first, decide(merged, share=0.5)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "images" / "plots"))
    parser.add_argument("--font", default="Noto Sans CJK SC")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    first, second = demo_rounds()
    charts = {
        "departments": lambda: plots.departments(first, top=15, font=args.font),
        "department_topic_heatmap": lambda: plots.department_topic_heatmap(first, font=args.font),
        "department_topic_heatmap_share": lambda: plots.department_topic_heatmap(first, share=True, font=args.font),
        "topic_sizes": lambda: plots.topic_sizes(first, font=args.font),
        "sections": lambda: plots.sections(first, font=args.font),
        "sections_depth2": lambda: plots.sections(first, depth=2, show_empty=False, font=args.font),
        "rounds": lambda: plots.rounds(first, second, font=args.font),
        "rounds_status": lambda: plots.rounds(first, second, by="status", font=args.font),
    }
    for name, make in charts.items():
        path = out / f"{name}.png"
        make().savefig(path, dpi=100, metadata={"Software": None})
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
