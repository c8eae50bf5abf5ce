"""Command line: ``consultagg run``, ``merge``, ``summary`` and ``demo``.

- ``run COMMENTS... -o TRACKER.xlsx``: analyse comments and write the tracker;
- ``merge OLD.xlsx COMMENTS... -o NEW.xlsx``: the next round, carrying every decision of OLD;
- ``summary TRACKER.xlsx``: the 起草说明 paragraph from the decisions (exit status 1 while rows
  are open, unless ``--draft``);
- ``--learn-routing OLD.xlsx`` (run, merge): learn 承办处室 from an earlier tracker.

Messages for the drafting office are in Chinese; progress goes to stderr (``-q`` keeps only errors
and warnings, ``-v`` adds each stage's time, ``--progress`` draws bars). Bad input or a tracker
that must not be replaced ends with a one-line message and exit status 1, a wrong option with
status 2, never a traceback.

Examples
--------
>>> from consultagg.cli import build_parser
>>> build_parser().parse_args(["run", "意见.xlsx", "-o", "tracker.xlsx"]).output
'tracker.xlsx'
>>> args = build_parser().parse_args(["merge", "第一轮.xlsx", "意见2.xlsx", "-o", "第二轮.xlsx"])
>>> args.previous, args.comments
('第一轮.xlsx', ['意见2.xlsx'])
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import logging
import os
import re
import sys
import tempfile
import zipfile
from importlib import resources
from pathlib import Path

from openpyxl.utils.exceptions import InvalidFileException

from consultagg import __version__
from consultagg.errors import ConsultaggInputError
from consultagg.pipeline import ConsultationPipeline
from consultagg.reading import read_comments, read_plan
from consultagg.report import NotFinalError, differing_answers, drafting_summary
from consultagg.rounds import merge_tracker, routed_examples
from consultagg.dedup import NearDuplicateGrouper
from consultagg.departments import DepartmentNormalizer
from consultagg.extract.letters import CHECK_MARK
from consultagg.io.textfiles import decode_text
from consultagg.routing import UnitRouter, load_rules
from consultagg.sections import SectionMatcher
from consultagg.text.normalize import split_keywords
from consultagg.text.segment import JiebaSegmenter
from consultagg.topics import TopicClusterer
from consultagg.tracker import TrackerTooLargeError, read_tracker
from consultagg.tracker.condensed import all_opinions_path
from consultagg.tracker.writer import refuse_if_too_large
from consultagg.tracker.guard import backup_if_decided, refuse_if_decided

__all__ = ["build_parser", "main"]

DEMO_HOME_REGION = "青原自治区"


# -q / --progress of the command being run (main sets them for each call)
_SHOW = {"quiet": False, "bars": False}


def _progress(msg: str) -> None:
    if not _SHOW["quiet"]:
        print(f"[consultagg] {msg}", file=sys.stderr, flush=True)


def _pipeline_progress():
    """What the pipeline shows: nothing (-q), tqdm bars (--progress) or its messages."""
    if _SHOW["quiet"]:
        return None
    return True if _SHOW["bars"] else _progress


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consultagg",
        description="征求意见汇总：拆分意见、识别重复、主题聚类、对应章节，生成意见汇总处理表。")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    # -v / -q / --progress after the command name: consultagg run -v ...
    shown = argparse.ArgumentParser(add_help=False)
    loud = shown.add_mutually_exclusive_group()
    loud.add_argument("-v", "--verbose", action="count", default=0,
                      help="另外输出各步骤用时（-vv 更详细）")
    loud.add_argument("-q", "--quiet", action="store_true", help="不输出进度（结果摘要照常写到标准输出，错误和警告写到标准错误）")
    shown.add_argument("--progress", action="store_true", help="显示进度条（需安装 tqdm：pip install 'consultagg[progress]'）")

    run = sub.add_parser("run", help="分析意见并写出意见汇总处理表", parents=[shown],
                         description="读取意见文件（xlsx/csv/jsonl/txt/docx 或来函文件夹），写出意见汇总处理表。")
    run.add_argument("comments", nargs="+", help="意见文件或文件夹，可多个")
    _analysis_options(run)

    merge = sub.add_parser("merge", help="新一轮意见与上一轮处理表合并，延续已有处理意见", parents=[shown],
                           description="分析新一轮意见，把上一轮处理表中的处理意见、理由、修改情况、承办处室、备注"
                                       "带到同一条意见上；新增意见标注【本轮新增】，未再提出的意见移到"
                                       "“已撤回或未再提出”表，处理意见一条不丢。")
    merge.add_argument("previous", help="上一轮意见汇总处理表 .xlsx（已填写处理意见）")
    merge.add_argument("comments", nargs="+", help="新一轮意见文件或文件夹，可多个")
    _analysis_options(merge)
    merge.add_argument("--min-similarity", type=float, default=0.6,
                       help="同一单位意见文字相似度达到该值即视为同一条意见（默认 0.6）")

    summary = sub.add_parser("summary", help="根据处理表生成起草说明中的意见处理情况段落", parents=[shown],
                             description="统计已处理意见（采纳、部分采纳、未采纳）并逐条列出部分采纳及未采纳理由。"
                                         "尚有待定或未填写的意见时不生成正式文本（退出码 1），可用 --draft 生成草稿。")
    summary.add_argument("tracker", help="意见汇总处理表 .xlsx")
    summary.add_argument("--draft", action="store_true", help="尚有未处理意见时也生成（草稿）")
    summary.add_argument("--title", help="规划名称（默认取处理表标题）")

    demo = sub.add_parser("demo", help="运行内置示例征求意见并写出处理表", parents=[shown])
    demo.add_argument("-o", "--output-dir", default="demo_output", help="输出目录（默认 demo_output）")
    return parser


def _analysis_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--plan", help="规划草案（txt/md/docx），用于对应章节")
    p.add_argument("-o", "--output", required=True, help="输出的意见汇总处理表 .xlsx")
    p.add_argument("--json", dest="json_path", help="同时输出 JSON 结果")
    p.add_argument("--roster", help="征求意见单位名单（csv/xlsx，含“单位”列）")
    p.add_argument("--rules", help="承办处室分办关键词表（csv：处室,关键词）")
    p.add_argument("--learn-routing", action="append", metavar="OLD.xlsx",
                   help="从已分办的处理表（承办处室列）学习分办，可多次指定")
    p.add_argument("--home-region", help="本地区名称，如 宁夏回族自治区")
    p.add_argument("--title", help="规划名称（默认取草案标题）")
    p.add_argument("--profile", default="plan", choices=("plan", "gbt", "iso"), help="表格式样")
    p.add_argument("--text-column", help="意见内容所在列的表头（自动识别失败时使用）")
    p.add_argument("--department-column", help="提出单位所在列的表头")
    p.add_argument("--encoding", help="文本文件（csv/txt/名单）的编码，自动识别失败时使用，如 gbk、utf-16")
    p.add_argument("--overwrite", action="store_true",
                   help="覆盖已有的处理表；其中已有处理意见、理由、修改情况、承办处室或备注时，先在旁边另存为带时间的备份"
                        "（如 处理表.备份-20261203-174501.xlsx，可用 consultagg merge 读回）")
    p.add_argument("--seed", type=int, default=0, help="随机种子（默认 0）")
    p.add_argument("--n-topics", type=int, help="主题个数（默认自动选择；有 --seed-topics 时为上限）")
    p.add_argument("--seed-topics", metavar="FILE",
                   help='本单位的主题分类（csv：主题,关键词，关键词以、或空格分隔；或 toml："主题" = ["关键词", …]），作为优先主题')
    p.add_argument("--threshold", type=float, default=0.5, help="近似重复的相似度阈值（0–1，默认 0.5）")
    p.add_argument("--jobs", type=int, help="并行进程/线程数（默认自动；1 为不并行）")
    p.add_argument("--segmenter", default="jieba", choices=("jieba", "rjieba"),
                   help="分词实现：jieba（默认，结果可复现的基准）或 rjieba（Rust 实现，快数倍，"
                        "个别文本分词可能不同；需 pip install \"consultagg[fast]\"）")
    p.add_argument("--min-section-score", type=float, default=0.35,
                   help="对应规划章节的最低相似度（0–1，默认 0.35；低于此值记为总体/未定位）")
    p.add_argument("--explain-reading", action="store_true",
                   help="列出来函中未作为意见的段落（称谓、结束语、落款、联系方式等）及各条意见的单位依据")


def _version() -> str:
    return __version__


def _router(args):
    """The router the options ask for: keyword rules, earlier trackers' 承办处室, both, or none."""
    rules = load_rules(args.rules, args.encoding) if args.rules else None
    texts: list[str] = []
    units: list[str] = []
    if args.learn_routing:

        for path in args.learn_routing:
            t, u = routed_examples(_tracker_path(path, "--learn-routing"))
            texts += t
            units += u
        _progress(f"从{'、'.join(args.learn_routing)}学习分办：{len(texts)}条已分办意见，{len(set(units))}个处室")
        if not texts and rules is None:
            raise ValueError(f"{'、'.join(args.learn_routing)} 中没有填写承办处室的意见，无法学习分办。")
    if rules is None and not texts:
        return None
    router = UnitRouter(rules=rules, random_state=args.seed)
    return router.fit(texts, units) if texts else router


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return a.samefile(b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def _check_outputs(args, *, replaces: str | None = None) -> None:
    """Everything that can make the writing fail or lose work, checked before the analysis starts.

    The outputs must be writable files in existing folders, none of them an input (or inside an
    input folder, where the next run would read it as a letter), and a tracker holding decisions
    is only replaced by a merge of itself or with ``--overwrite`` (which keeps a backup).
    """

    out = Path(args.output)
    if out.suffix.lower() != ".xlsx":
        raise ValueError(f"意见汇总处理表须保存为 .xlsx 文件，-o 给出的是 {out}。")
    outputs = [("-o", out)] + ([("--json", Path(args.json_path))] if args.json_path else [])
    for flag, path in outputs:
        folder = path.parent
        if not folder.is_dir():
            raise FileNotFoundError(f"输出文件夹不存在：{folder}（{flag} {path}），请先建立该文件夹或换一个位置。")
        if path.is_dir():
            raise IsADirectoryError(f"{flag} 给出的 {path} 是一个文件夹，请给出文件名。")
    for flag, given in (("--plan", args.plan), ("--roster", args.roster), ("--rules", args.rules)):
        if given and Path(given).is_dir():  # (a folder was said 文件不存在)
            raise IsADirectoryError(f"{flag} 给出的 {given} 是一个文件夹，请给出文件名。")
    inputs = [Path(p) for p in args.comments]
    inputs += [Path(p) for p in (args.plan, args.roster, args.rules) if p]
    inputs += [Path(p) for p in (args.learn_routing or [])]
    for flag, path in outputs:
        for src in inputs:
            if _same_file(path, src) or (src.is_dir() and _inside(path, src)):
                raise ValueError(f"{flag} {path} 是输入文件{'（或在输入文件夹中）' if src.is_dir() else ''}"
                                 f"{src}，写出会覆盖输入的意见，请换一个输出文件名。")
    if args.json_path and _same_file(out, Path(args.json_path)):
        raise ValueError(f"-o 与 --json 是同一个文件：{out}")
    if replaces is not None and _same_file(out, Path(replaces)):
        return  # a merge writes over its own previous tracker: its decisions are carried (and backed up)
    if out.exists() and not args.overwrite:
        refuse_if_decided(out, flag="--overwrite")


def _analyse(args, *, replaces: str | None = None, previous_topics=None, roster=None):
    # Before the analysis, not after it: nothing is read until the outputs are known to be safe.
    _check_outputs(args, replaces=replaces)

    columns = {}
    if args.text_column:
        columns["text"] = args.text_column
    if args.department_column:
        columns["department"] = args.department_column
    _progress(f"读取 {'、'.join(args.comments)} …")
    # One call for all sources keeps comment ids unique across files.
    comments = read_comments(list(args.comments), columns=columns or None, encoding=args.encoding)
    empty = comments.empty_rows
    _progress(f"  共{len(comments)}条意见" + (f"，空白{len(empty)}处（未计入：{'；'.join(empty[:5])}{'……' if len(empty) > 5 else ''}）"
                                          if empty else ""))
    letters = [e for e in comments.empty_rows if e.endswith("（未识别出意见）")]  # (an empty file is among the unread)
    if letters:  # (a letter of no opinion is named, not only counted: said with -q too)
        print(f"以下{len(letters)}个文件没有读出意见：" + "、".join(letters), file=sys.stderr)
    unread = getattr(comments, "unread_files", ())
    if unread:
        print(f"以下{len(unread)}个文件未能读取，其中的意见未计入（处理表“未能读取”工作表中也已列出）：", file=sys.stderr)
        for path, why in unread:
            print(f"  {path}：{why}", file=sys.stderr)
    if getattr(args, "explain_reading", False):
        _explain_reading(comments)
    else:
        unsure = [x for x in getattr(comments, "skipped", ()) if x[2].endswith(CHECK_MARK)]
        if unsure:
            _progress(f"注意：有{len(unsure)}处未作为意见的段落含建议用语（如 {unsure[0][0]}：“{unsure[0][1][:30]}”），"
                      "请用 --explain-reading 查看并核实")
    seeds = _seed_topics(args.seed_topics, args.encoding) if args.seed_topics else None
    topics = (TopicClusterer(n_topics=args.n_topics, seed_topics=seeds, random_state=args.seed,
                             previous_topics=tuple(previous_topics) if previous_topics else None)
              if args.n_topics is not None or seeds else None)
    pipeline = ConsultationPipeline(router=_router(args), home_region=args.home_region, title=args.title,
                                    random_state=args.seed, progress=_pipeline_progress(),
                                    previous_topics=previous_topics,
                                    topic_model=topics, n_jobs=args.jobs,
                                    grouper=NearDuplicateGrouper(threshold=args.threshold, random_state=args.seed,
                                                                 n_jobs=args.jobs or 1),
                                    section_matcher=SectionMatcher(min_score=args.min_section_score),
                                    segmenter=JiebaSegmenter(backend=args.segmenter))
    plan = read_plan(args.plan) if args.plan else None
    if plan is not None and not plan.sections:  # (said with -q too: every opinion would be 总体/未定位 without a word)
        print(f"注意：规划文件 {args.plan} 中未识别到章节标题（第一章、一、等）{'' if plan.preamble.strip() else '，也没有正文'}，"
              "各条意见均记为“总体/未定位”；请检查 --plan 指定的文件。", file=sys.stderr)
    return pipeline.run(comments, plan, roster=args.roster or roster)


def _check_params(parser: argparse.ArgumentParser, args) -> None:
    """Values no run could use are a usage error (exit 2), before anything is read."""
    if getattr(args, "n_topics", None) is not None and args.n_topics < 1:
        parser.error("--n-topics 须为正整数")
    if getattr(args, "threshold", None) is not None and not 0 < args.threshold <= 1:
        parser.error("--threshold 须在 0 与 1 之间（不含 0）")
    if getattr(args, "min_similarity", None) is not None and not 0 < args.min_similarity <= 1:
        parser.error("--min-similarity 须在 0 与 1 之间（不含 0）")
    if getattr(args, "min_section_score", None) is not None and not 0 <= args.min_section_score <= 1:
        parser.error("--min-section-score 须在 0 与 1 之间")
    if getattr(args, "jobs", None) is not None and args.jobs == 0:
        parser.error("--jobs 不能为 0（1 为不并行，-1 为用满所有核）")
    if getattr(args, "home_region", None):
        try:
            DepartmentNormalizer(home_region=args.home_region).fit()
        except ValueError as exc:  # (the message named no flag)
            parser.error(f"--home-region {args.home_region}：{exc}")


def _seed_topics(path: str, encoding: str | None) -> dict[str, list[str]]:
    """The office's taxonomy from a csv (主题,关键词: keywords split on 、，, ; or spaces) or a
    TOML file (``"大气环境" = ["散煤", "臭氧"]``, or a table ``[topics]`` of such lines)."""
    text = decode_text(Path(path).read_bytes(), path, encoding)[0]
    seeds = _toml_seeds(path, text) if Path(path).suffix.lower() == ".toml" else _csv_seeds(text)
    if not seeds:
        raise ConsultaggInputError(f"{path}：主题分类文件中没有主题（每行：主题,关键词）。No topic in {path}: one per line, topic,keywords.")
    return seeds


def _csv_seeds(text: str) -> dict[str, list[str]]:
    seeds: dict[str, list[str]] = {}
    for k, row in enumerate(csv.reader(text.splitlines()), start=1):
        if not row or not row[0].strip() or (k == 1 and row[0].strip() in ("主题", "topic", "名称")):
            continue
        seeds[row[0].strip()] = [w for cell in row[1:] for w in split_keywords(cell)]
    return seeds


def _toml_seeds(path: str, text: str) -> dict[str, list[str]]:
    import tomllib

    try:
        table = tomllib.loads(text.lstrip("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        raise ConsultaggInputError(f"{path}：主题分类文件不是有效的 TOML（{exc}；中文主题名须加引号，如 "
                                   f"\"大气环境\" = [\"散煤\", \"臭氧\"]）。 Not valid TOML: {exc}") from exc
    table = table.get("topics", table) if isinstance(table.get("topics"), dict) else table
    seeds: dict[str, list[str]] = {}
    for name, words in table.items():
        if isinstance(words, str):
            words = split_keywords(words)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ConsultaggInputError(f"{path}：主题“{name}”的关键词须为字符串列表。 Keywords of {name!r} must be "
                                       "a list of strings.")
        seeds[str(name).strip()] = [w.strip() for w in words if w.strip()]
    return seeds


def _explain_reading(comments) -> None:
    """Print, per file, where each opinion's unit came from and what was set aside, with why."""
    units: dict[tuple[str, str, str], int] = {}
    for c in comments:
        key = (c.source.file or "", c.department or "", c.meta.get("unit_source", ""))
        units[key] = units.get(key, 0) + 1
    print("【读取说明】各文件的意见条数与提出单位依据：", file=sys.stderr)
    for (file, unit, source), n in units.items():
        guess = "（据文件名推断，待核实）" if source == "文件名" else ""
        # (a row or a letter naming no unit is counted as the public's, as the tracker shows it)
        print(f"  {file or '（表格）'}：{n}条，单位 {unit or '社会公众（未写明单位）'}" + (f"，依据：{source}" if source else "") + guess,
              file=sys.stderr)
    skipped = getattr(comments, "skipped", ())
    print(f"【读取说明】未作为意见的段落共{len(skipped)}处：", file=sys.stderr)
    for file, text, why in skipped:
        shown = text if len(text) <= 60 else text[:60] + "…"
        print(f"  {file}｜{why}｜{shown}", file=sys.stderr)


def _run(args) -> int:
    result = _analyse(args)
    _write(result, args.output, args.json_path, args.profile, args.overwrite)
    print(result.summary())
    print(f"意见汇总处理表已写入：{args.output}")
    return 0


def _write(result, output, json_path, profile, overwrite) -> None:
    """The tracker and the JSON, all or nothing; a replaced tracker with decisions is kept as a backup.

    A result with more opinions than a sheet holds gets no tracker, and nothing is touched; its
    JSON, which keeps every opinion, is written all the same."""
    staged = None
    if json_path:
        # The JSON is staged beside its target first: if either output fails, neither is left.
        fd, staged = tempfile.mkstemp(dir=Path(json_path).parent, prefix=".consultagg-", suffix=".json.tmp")
        os.close(fd)
    try:
        if staged:
            _write_json(result, staged)
        if refuse_if_too_large(result, Path(output)) is not None:  # before a backup is made
            print(f"提示：共 {len(result.opinions):,} 条意见，超过一个工作表可容纳的行数；处理表中每条不同意见列一行，"
                  f"全部意见另存于 {all_opinions_path(Path(output))}", file=sys.stderr)
        if overwrite:
            kept = backup_if_decided(output, result)
            if kept is not None:
                _progress(f"原处理表 {output} 中已有处理意见，已另存为备份：{kept}")
        _progress(f"写出意见汇总处理表 {output} …")
        result.to_excel(output, profile=profile, overwrite=overwrite, backup=False, progress=_SHOW["bars"] or None)
    except TrackerTooLargeError:
        if staged:
            os.replace(staged, json_path)
            print(f"提示：意见汇总处理表容纳不下全部 {len(result.opinions):,} 条意见；全部意见已写入 JSON：{json_path}",
                  file=sys.stderr)
        raise
    except BaseException:
        if staged:
            Path(staged).unlink(missing_ok=True)
        raise
    if staged:
        os.replace(staged, json_path)
        _progress(f"JSON 结果已写入 {json_path}")


def _write_json(result, path) -> None:
    Path(path).write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")


def _merge(args) -> int:
    previous = read_tracker(_tracker_path(args.previous, "上一轮处理表"))
    _progress(f"读取上一轮处理表 {args.previous}：{len(previous.rows)}条意见，"
              f"{len(previous.decided())}条已有处理意见或备注")
    _report_problems(previous.problems)
    # The previous round's topics keep their ids where the new topics match them, and its roster (the units
    # consulted) is this round's too unless --roster gives another: their states are read from this round's letters.
    if previous.roster and not args.roster:
        _progress(f"沿用上一轮处理表中的征求意见单位名单（{len(previous.roster)}个单位）；如名单有变化，请用 --roster 指定")
    roster = [r.department for r in previous.roster] or None
    result = merge_tracker(previous, _analyse(args, replaces=args.previous, previous_topics=previous.topics,
                                              roster=roster), min_similarity=args.min_similarity)
    # Writing over the earlier tracker: its decisions are in the new one, and it is kept as a backup.
    same = _same_file(Path(args.output), Path(args.previous))
    if same and (kept := backup_if_decided(args.output)) is not None:  # (always: staff's own columns and marks live only there)
        _progress(f"上一轮处理表 {args.output} 已另存为备份：{kept}")
    _write(result, args.output, args.json_path, args.profile, args.overwrite or same)
    print(result.notes[-1])
    print(result.summary())
    print(f"意见汇总处理表已写入：{args.output}")
    return 0


def _report_problems(problems, limit: int = 30) -> None:
    if not problems:
        return
    _progress(f"处理表中有{len(problems)}处需要核对：")
    for p in problems[:limit]:
        print(f"  {p}", file=sys.stderr)
    if len(problems) > limit:
        print(f"  ……另有{len(problems) - limit}处", file=sys.stderr)


def _summary(args) -> int:
    data = read_tracker(_tracker_path(args.tracker, "summary 的输入"))
    _report_problems(data.problems)
    try:
        text = drafting_summary(data, draft=args.draft, title=args.title)
    except NotFinalError as exc:
        print(f"尚有{len(exc.blockers)}条意见未处理完毕，未生成起草说明（可用 --draft 生成草稿）：", file=sys.stderr)
        for line in exc.blockers:
            print(f"  {line}", file=sys.stderr)
        return 1
    for line in differing_answers(data):  # (not a blocker: said, so that one request is not answered two ways)
        print(f"提示：{line}", file=sys.stderr)
    print(text)
    return 0


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
    """Analyse the demo consultation and write ``output_dir/tracker.xlsx``; returns the result.

    ``progress``: the pipeline's messages (a callable), ``True`` for progress bars, None for silence.
    """
    p = demo_paths()
    comments = read_comments([p["letters"], p["public"], p["minutes"]])
    router = UnitRouter(rules=load_rules(p["rules"])) if p["rules"].exists() else None
    pipeline = ConsultationPipeline(router=router, home_region=DEMO_HOME_REGION, progress=progress)
    result = pipeline.run(comments, p["plan"], roster=p["roster"])
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    result.to_excel(out / "tracker.xlsx", overwrite=True, progress=progress is True or None)
    _write_json(result, out / "result.json")
    return result


def _demo(args) -> int:
    result = run_demo(args.output_dir, progress=_pipeline_progress())
    print(result.summary())
    print(f"意见汇总处理表已写入：{Path(args.output_dir) / 'tracker.xlsx'}")
    return 0


_HAN = re.compile(r"[\u4e00-\u9fff]")  # a message (or part) written in Chinese


def _describe(exc: BaseException) -> str:
    """The message of ``exc``; OS and zip errors told in Chinese with the file they concern."""
    if isinstance(exc, FileNotFoundError) and exc.filename and not _HAN.search(str(exc)):
        return f"找不到文件或文件夹：{exc.filename}"
    if isinstance(exc, PermissionError) and exc.filename:
        return f"没有权限读写：{exc.filename}（文件可能正在 Excel/WPS 中打开，请关闭后重试）"
    if isinstance(exc, IsADirectoryError) and exc.filename and not _HAN.search(str(exc)):
        return f"{exc.filename} 是文件夹，这里需要一个文件"
    if isinstance(exc, zipfile.BadZipFile):
        return "文件已损坏，或不是 .xlsx/.docx 文件"
    return str(exc)


def _tracker_path(path: str, what: str) -> str:
    """``path`` when it can be a tracker (.xlsx); a message in the office's words otherwise."""
    if Path(path).suffix.lower() not in (".xlsx", ".xlsm"):
        raise ValueError(f"{path} 不是意见汇总处理表：{what}须为 consultagg 写出（或按其表头整理）的 .xlsx 处理表。")
    return path


# Python keywords in the library's messages, and the command-line flags that do the same.
_FLAGS = ((re.compile(r"columns=\{'text': '列名'\}"), "--text-column 列名"),
          (re.compile(r"encoding=(?=\s*指定)"), "--encoding 编码（如 gbk）"),
          (re.compile(r"overwrite=True"), "--overwrite"))


def _for_office(msg: str) -> str:
    """One line in the office's words: the Chinese part of a bilingual message, CLI flags for keywords.

    >>> _for_office("意见.csv：未找到意见内容列。可用 columns={'text': '列名'} 指定。 No column was found.")
    '意见.csv：未找到意见内容列。可用 --text-column 列名 指定。'
    """
    msg = " ".join(str(msg).split())
    msg = msg.split(" / ")[0]
    m = re.search(r"。\s+(?=[A-Za-z(])", msg)
    if m and _HAN.search(msg[: m.start()]):
        msg = msg[: m.start() + 1]
    for pattern, flag in _FLAGS:
        msg = pattern.sub(flag, msg)
    return msg


def main(argv=None) -> int:
    """Entry point of the ``consultagg`` command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _check_params(parser, args)
    _SHOW.update(quiet=bool(getattr(args, "quiet", False)), bars=bool(getattr(args, "progress", False)))
    with _stage_timings(getattr(args, "verbose", 0)):
        return _dispatch(args)


@contextlib.contextmanager
def _stage_timings(verbose: int):
    """-v: the ``consultagg`` logger's stage timings on stderr (-vv: each step too), for this call only."""
    if not verbose:
        yield
        return
    logger = logging.getLogger("consultagg")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("[consultagg] %(message)s"))
    level = logger.level
    logger.setLevel(logging.INFO if verbose == 1 else logging.DEBUG)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _dispatch(args) -> int:


    try:
        command = {"run": _run, "merge": _merge, "summary": _summary}.get(args.command, _demo)
        return command(args)
    except (ConsultaggInputError, FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError,
            ValueError, ImportError, zipfile.BadZipFile, InvalidFileException) as exc:
        # a data or state problem: 1 (how the command was called is checked above: 2)
        print(f"错误：{_for_office(_describe(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
