"""Command line: ``consultagg run …`` and ``consultagg demo``.

Messages for the drafting office are in Chinese; progress goes to stderr; bad input ends with a
one-line message and exit status 2, never a traceback.

Examples
--------
>>> from consultagg.cli import build_parser
>>> build_parser().parse_args(["run", "意见.xlsx", "-o", "tracker.xlsx"]).output
'tracker.xlsx'
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from pathlib import Path

__all__ = ["build_parser", "main"]

DEMO_HOME_REGION = "青原自治区"


def _progress(msg: str) -> None:
    print(f"[consultagg] {msg}", file=sys.stderr, flush=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consultagg",
        description="征求意见汇总：拆分意见、识别重复、主题聚类、对应章节，生成意见汇总处理表。")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="分析意见并写出意见汇总处理表",
                         description="读取意见文件（xlsx/csv/jsonl/txt/docx 或来函文件夹），写出意见汇总处理表。")
    run.add_argument("comments", nargs="+", help="意见文件或文件夹，可多个")
    run.add_argument("--plan", help="规划草案（txt/md/docx），用于对应章节")
    run.add_argument("-o", "--output", required=True, help="输出的意见汇总处理表 .xlsx")
    run.add_argument("--json", dest="json_path", help="同时输出 JSON 结果")
    run.add_argument("--roster", help="征求意见单位名单（csv/xlsx，含“单位”列）")
    run.add_argument("--rules", help="承办处室分办关键词表（csv：处室,关键词）")
    run.add_argument("--home-region", help="本地区名称，如 宁夏回族自治区")
    run.add_argument("--title", help="规划名称（默认取草案标题）")
    run.add_argument("--profile", default="plan", choices=("plan", "gbt", "iso"), help="表格式样")
    run.add_argument("--text-column", help="意见内容所在列的表头（自动识别失败时使用）")
    run.add_argument("--department-column", help="提出单位所在列的表头")
    run.add_argument("--overwrite", action="store_true", help="允许覆盖已有的（不含处理意见的）处理表")
    run.add_argument("--seed", type=int, default=0, help="随机种子（默认 0）")

    demo = sub.add_parser("demo", help="运行内置示例征求意见并写出处理表")
    demo.add_argument("-o", "--output-dir", default="demo_output", help="输出目录（默认 demo_output）")
    return parser


def _version() -> str:
    from . import __version__

    return __version__


def _run(args) -> int:
    from .ingest import read_comments
    from .pipeline import ConsultationPipeline
    from .routing import UnitRouter, load_rules

    columns = {}
    if args.text_column:
        columns["text"] = args.text_column
    if args.department_column:
        columns["department"] = args.department_column
    _progress(f"读取 {'、'.join(args.comments)} …")
    # One call for all sources keeps comment ids unique across files.
    comments = read_comments(list(args.comments), columns=columns or None)
    _progress(f"  共{len(comments)}条意见" + (f"，空白{len(comments.empty_rows)}处" if comments.empty_rows else ""))
    router = UnitRouter(rules=load_rules(args.rules)) if args.rules else None
    pipeline = ConsultationPipeline(router=router, home_region=args.home_region, title=args.title,
                                    random_state=args.seed, progress=_progress)
    result = pipeline.run(comments, args.plan, roster=args.roster)
    _write(result, args.output, args.json_path, args.profile, args.overwrite)
    print(result.summary())
    print(f"意见汇总处理表已写入：{args.output}")
    return 0


def _write(result, output, json_path, profile, overwrite) -> None:
    _progress(f"写出意见汇总处理表 {output} …")
    result.to_excel(output, profile=profile, overwrite=overwrite)
    if json_path:
        Path(json_path).write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=1),
                                   encoding="utf-8")
        _progress(f"JSON 结果已写入 {json_path}")


def demo_paths() -> dict[str, Path]:
    """Paths of the demo consultation shipped in the package."""
    base = Path(str(resources.files("consultagg.data").joinpath("demo")))
    return {
        "base": base,
        "plan": base / "draft_plan.txt",
        "letters": base / "letters",
        "public": base / "public_comments.csv",
        "minutes": base / "minutes_ocr.txt",
        "roster": base / "roster.csv",
        "rules": base / "routing_rules.csv",
    }


def run_demo(output_dir="demo_output", *, progress=_progress):
    """Analyse the demo consultation and write ``output_dir/tracker.xlsx``; returns the result."""
    from .ingest import read_comments
    from .pipeline import ConsultationPipeline
    from .routing import UnitRouter, load_rules

    p = demo_paths()
    comments = read_comments([p["letters"], p["public"], p["minutes"]])
    router = UnitRouter(rules=load_rules(p["rules"])) if p["rules"].exists() else None
    pipeline = ConsultationPipeline(router=router, home_region=DEMO_HOME_REGION, progress=progress)
    result = pipeline.run(comments, p["plan"], roster=p["roster"])
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    result.to_excel(out / "tracker.xlsx", overwrite=True)
    (out / "result.json").write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=1),
                                     encoding="utf-8")
    return result


def _demo(args) -> int:
    result = run_demo(args.output_dir)
    print(result.summary())
    print(f"意见汇总处理表已写入：{Path(args.output_dir) / 'tracker.xlsx'}")
    return 0


def main(argv=None) -> int:
    """Entry point of the ``consultagg`` command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    from .ingest import ConsultaggInputError

    try:
        if args.command == "run":
            return _run(args)
        return _demo(args)
    except (ConsultaggInputError, FileNotFoundError, FileExistsError, PermissionError,
            IsADirectoryError, ValueError, ImportError) as exc:
        msg = " ".join(str(exc).split())
        print(f"错误：{msg}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
