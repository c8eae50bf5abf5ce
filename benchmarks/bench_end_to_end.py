"""End to end: ``analyse`` on N comments, then ``to_excel``, against TF-IDF + KMeans + openpyxl.

The comments are real citizen messages of the TipDM data in ``../shared/data`` (the body of each
message of messages_fj3.xlsx and messages_labelled_dev.csv, whitespace tidied, exact repeats
dropped), resampled with small edits: ``round(N * S)`` distinct base texts (sampled with a fixed
seed; past the ~6,000 real messages, mosaics of 4–8 real sentences), then copies of them up to N,
each carrying one or two edits the grouper treats as the same opinion (punctuation changed, a
filler word inserted, whitespace inserted, two neighbouring characters swapped). Each comment
gets a 提出单位 from a short list of departments. The input is made once and handed to both runs.

Two runs, each in a process of its own (this script re-invoked with ``--worker``), so that each
peak RSS belongs to that run alone:

* consultagg: ``ConsultationPipeline(progress=...).run(dicts)`` — what ``ca.analyse`` does — then
  ``result.to_excel``. Each stage is timed between the pipeline's ``progress`` messages (what a
  user sees) and by the pipeline's stage methods (finer; jieba segmentation, which has no method
  of its own, is the time between the dedup and topics stages); the inner steps the library logs
  to the ``consultagg`` logger are listed too.
* baseline: ``TfidfVectorizer(tokenizer=jieba.lcut)`` + ``KMeans(n_clusters=<topics consultagg
  found>, n_init=1, random_state=0)`` + openpyxl ``Workbook(write_only=True)``, one row per
  comment with its cluster.

Prints a table per run, the totals, peak RSS and the ratios consultagg / baseline (wall and CPU
seconds of the same run; the load average is printed, the machine may be shared), with the issue's targets beside them (PASS / MISS only from a measured figure).
Peak RSS: ``ru_maxrss`` of the run's process, and (with psutil) the sampled peak of the process and
its workers together, by their proportional set sizes while workers run (a forked worker maps the
parent's pages: summing RSS would count them twice; for the same reason a child's own
``ru_maxrss`` is not reported). Skips (exit 0) when ../shared/data is absent.

    .venv/bin/python benchmarks/bench_end_to_end.py --n 10000
    .venv/bin/python benchmarks/bench_end_to_end.py --n 100000 --distinct-share 0.03
    .venv/bin/python benchmarks/bench_end_to_end.py --n 200 --repeat-warm
    .venv/bin/python benchmarks/bench_end_to_end.py --n 10000 --no-baseline --profile 40
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "tipdm2020c"

UNITS = ["自治区发展和改革委员会", "自治区生态环境厅", "自治区水利厅", "自治区自然资源厅", "自治区住房和城乡建设厅",
         "自治区交通运输厅", "自治区农业农村厅", "自治区林业和草原局", "自治区工业和信息化厅", "自治区财政厅",
         "自治区科学技术厅", "自治区教育厅", "自治区卫生健康委员会", "自治区文化和旅游厅", "自治区应急管理厅",
         "市交通运输局", "市生态环境局", "市自然资源局", "市住房和城乡建设局", "市水务局", "县人民政府",
         "区人民政府", "市城市管理局", "国网电力公司"]
FILLERS = ("进一步", "切实", "相关", "有关", "积极", "认真")
# Seconds, analyse + to_excel (the targets); 1,000,000 also has a memory bound.
TARGET_S = {10_000: 15.0, 100_000: 90.0, 1_000_000: 15 * 60.0}
TARGET_RSS_GB = {1_000_000: 8.0}
TARGET_WARM = (200, 1.5)
# The pipeline's stage methods, in run order (timed when present; src/ may rename them).
STAGE_METHODS = ("_read", "_departments", "_dedup", "_topics", "_sections", "_route", "_classify",
                 "_opinions", "_result")
RESULT_TAG = "@@BENCH_RESULT "


# -- input -------------------------------------------------------------------------------------
def _tidy(text: str) -> str:
    lines = (ln.strip() for ln in str(text).splitlines())
    return re.sub(r"[ \t\u3000]+", " ", "".join(ln for ln in lines if ln)).strip()


def load_messages(data: Path = DATA) -> list[str]:
    """Bodies of the real messages, tidied, at least 20 characters, exact repeats dropped."""
    import pandas as pd

    raw = pd.read_excel(data / "messages_fj3.xlsx", engine="openpyxl")["留言详情"].dropna().tolist()
    dev = data / "messages_labelled_dev.csv"
    if dev.exists():
        raw += pd.read_csv(dev)["留言详情"].dropna().tolist()
    seen, out = set(), []
    for t in raw:
        t = _tidy(t)
        key = re.sub(r"[\W_]+", "", t)
        if len(t) >= 20 and key not in seen:
            seen.add(key)
            out.append(t)
    return out


def _edit(text: str, rng: random.Random) -> str:
    """One or two small edits that leave the opinion the same."""
    for _ in range(rng.randint(1, 2)):
        kind = rng.randrange(4)
        n = len(text)
        if kind == 0:                                     # punctuation
            r = rng.random()
            if r < 0.4 and "，" in text:
                text = text.replace("，", ",", 1)
            elif r < 0.7 and "。" in text:
                text = text.replace("。", "！", 1)
            else:
                text = text.rstrip("。！!.") + rng.choice(["。", "！", "。。", ""])
        elif kind == 1:                                   # a filler word
            i = rng.randrange(n + 1)
            text = text[:i] + rng.choice(FILLERS) + text[i:]
        elif kind == 2:                                   # whitespace
            i = rng.randrange(n + 1)
            text = text[:i] + rng.choice([" ", "  ", "\n", "\u3000"]) + text[i:]
        elif n >= 4:                                      # two neighbouring characters swapped
            i = rng.randrange(1, n - 2)
            text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
    return text


def make_comments(n: int, share: float, seed: int, messages: list[str]) -> tuple[list[dict], dict]:
    """``n`` comments with ``round(n * share)`` distinct bases; returns (dicts, description)."""
    rng = random.Random(seed)
    k = max(1, min(n, round(n * share)))
    picks = rng.sample(range(len(messages)), min(k, len(messages)))
    bases = [messages[i] for i in picks]
    n_real = len(bases)
    if len(bases) < k:
        sentences = sorted({s for m in messages for s in re.split(r"(?<=[。！？；!?])", m) if 8 <= len(s) <= 120})
        seen = {re.sub(r"[\W_]+", "", b) for b in bases}
        while len(bases) < k:
            t = "".join(rng.choice(sentences) for _ in range(rng.randint(4, 8)))
            key = re.sub(r"[\W_]+", "", t)
            if key not in seen:
                seen.add(key)
                bases.append(t)
    texts = list(bases) + [_edit(bases[rng.randrange(k)], rng) for _ in range(n - k)]
    rng.shuffle(texts)
    comments = [{"提出单位": rng.choice(UNITS), "意见内容": t} for t in texts]
    digest = hashlib.sha1("\x00".join(c["提出单位"] + "\x01" + c["意见内容"] for c in comments).encode()).hexdigest()
    info = {"n": n, "distinct_share": share, "seed": seed, "distinct_bases": k, "real_messages": n_real,
            "mosaics": k - n_real, "distinct_strings": len(set(texts)),
            "mean_chars": sum(map(len, texts)) / len(texts), "pool": len(messages), "sha1": digest[:12]}
    return comments, info


# -- measuring ---------------------------------------------------------------------------------
class PeakSampler:
    """Peak memory of this process plus its descendants (PSS, shared pages once), sampled (psutil; absent -> None)."""

    def __init__(self, interval: float = 0.1):
        self.interval, self.peak = interval, None
        self._stop = threading.Event()
        try:
            import psutil
            self._proc = psutil.Process()
        except ImportError:
            self._proc = None

    def _sample(self) -> int:
        # With workers, the proportional set size (PSS) of each: a forked worker maps the parent's
        # pages, and adding RSS would count every shared page twice. Alone, the process's RSS.
        children = self._proc.children(recursive=True)
        if not children:
            return self._proc.memory_info().rss
        total = 0
        for p in [self._proc] + children:
            try:
                total += p.memory_full_info().pss
            except Exception:  # a worker that ended between the listing and the read
                pass
        return total

    def _loop(self):
        while not self._stop.is_set():
            self.peak = max(self.peak or 0, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self):
        if self._proc is not None:
            self._thread = threading.Thread(target=self._loop, daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc):
        if self._proc is not None:
            self._stop.set()
            self._thread.join()


def _rss_gb(who) -> float:
    return resource.getrusage(who).ru_maxrss / 2**20  # KiB on Linux


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _memory(sampler: PeakSampler, rss_start: float) -> dict:
    return {"peak_rss_gb": _rss_gb(resource.RUSAGE_SELF), "rss_at_start_gb": rss_start,
            "tree_peak_sampled_gb": sampler.peak / 2**30 if sampler.peak else None}


def run_consultagg(comments: list[dict], out: Path, n_jobs, profile: int = 0) -> dict:
    from consultagg import ConsultationPipeline

    events: list[tuple[float, str]] = []
    spans: dict[str, list[float]] = {}

    def progress(msg: str) -> None:
        events.append((time.perf_counter(), str(msg)))

    def timed(name, fn):
        def wrapper(*a, **kw):
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                s = spans.setdefault(name, [t, 0.0])
                s[1] += time.perf_counter() - t
        return wrapper

    # The library's own stage timings (logger 'consultagg': pipeline steps at INFO, inner steps at DEBUG).
    import logging
    logged: list[tuple[int, str]] = []

    class _Keep(logging.Handler):
        def emit(self, record):
            logged.append((record.levelno, record.getMessage()))

    log = logging.getLogger("consultagg")
    keep = _Keep(logging.DEBUG)
    log.addHandler(keep)
    old_level = log.level
    log.setLevel(logging.DEBUG)

    pipe = ConsultationPipeline(progress=progress, n_jobs=n_jobs)
    for name in STAGE_METHODS:  # instance attributes: the class, clone and get_params are untouched
        if callable(getattr(pipe, name, None)):
            setattr(pipe, name, timed(name, getattr(pipe, name)))
    prof = None
    if profile:
        import cProfile
        prof = cProfile.Profile()
        prof.enable()
    t0 = time.perf_counter()
    result = pipe.run(comments)
    t1 = time.perf_counter()
    result.to_excel(out)
    t2 = time.perf_counter()
    if prof is not None:
        prof.disable()
    log.removeHandler(keep)
    log.setLevel(old_level)
    analyse, write = t1 - t0, t2 - t1

    # Between progress messages (the last one, 分析完成, comes as run returns).
    marks = [(t0, "(start: reading the dicts)")] + events
    by_message = [(msg[:24], (marks[i + 1][0] if i + 1 < len(marks) else t1) - t)
                  for i, (t, msg) in enumerate(marks)]
    # By stage method; the gaps between them are named (segment: between dedup and topics).
    stages, cursor, prev = [], t0, None
    for name, (start, dt) in sorted(spans.items(), key=lambda kv: kv[1][0]):
        gap = start - cursor
        if gap > 0.005:
            label = "segment (jieba)" if (prev, name) == ("_dedup", "_topics") else f"other before {name}"
            stages.append((label, gap))
        stages.append((name.lstrip("_"), dt))
        cursor, prev = start + dt, name
    if spans and t1 - cursor > 0.005:
        stages.append(("other (after the last stage)", t1 - cursor))
    rec = {"analyse_s": analyse, "to_excel_s": write, "total_s": analyse + write,
           "stages": stages + [("to_excel", write)], "by_message": by_message + [("to_excel", write)],
           "logged": [("INFO" if lv >= logging.INFO else "DEBUG", m) for lv, m in logged],
           "n_opinions": len(result.opinions), "n_distinct": int(result.n_distinct),
           "n_groups": len(result.groups), "n_topics": len(result.topics),
           "xlsx_mb": out.stat().st_size / 2**20}
    if prof is not None:
        import io
        import pstats
        for key, count in (("cumulative", profile), ("tottime", 15)):
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(count)
            rec[f"profile_{key}"] = buf.getvalue()
    return rec


def run_baseline(comments: list[dict], out: Path, n_clusters: int) -> dict:
    import jieba
    from openpyxl import Workbook
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [c["意见内容"] for c in comments]
    t0 = time.perf_counter()
    x = TfidfVectorizer(tokenizer=jieba.lcut, token_pattern=None, lowercase=False).fit_transform(texts)
    t1 = time.perf_counter()
    k = max(1, min(n_clusters, x.shape[0]))
    labels = KMeans(n_clusters=k, n_init=1, random_state=0).fit_predict(x)
    t2 = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("意见")
    ws.append(["序号", "提出单位", "意见内容", "类"])
    for i, (c, lab) in enumerate(zip(comments, labels)):
        ws.append([i + 1, c["提出单位"], c["意见内容"], int(lab)])
    wb.save(out)
    t3 = time.perf_counter()
    stages = [("tfidf (jieba.lcut)", t1 - t0), (f"kmeans (k={k})", t2 - t1), ("openpyxl write-only", t3 - t2)]
    return {"total_s": t3 - t0, "stages": stages, "n_clusters": k, "vocabulary": int(x.shape[1]),
            "xlsx_mb": out.stat().st_size / 2**20}


def _reap_workers() -> None:
    """End joblib's reusable worker processes so that their CPU time counts as this process's children."""
    try:
        from joblib.externals.loky import reusable_executor
        executor = getattr(reusable_executor, "_executor", None)
        if executor is not None:
            executor.shutdown(wait=True)
    except Exception:  # a joblib without loky, or a changed private API: CPU then counts this process only
        pass


def worker(args) -> int:
    with open(args.input, "rb") as f:
        comments = pickle.load(f)
    # Imports before the start figure, so that it holds the input and the libraries.
    if args.worker == "consultagg":
        import consultagg  # noqa: F401
    else:
        import jieba
        import openpyxl  # noqa: F401
        import sklearn.cluster  # noqa: F401
        import sklearn.feature_extraction.text  # noqa: F401
        jieba.setLogLevel(60)
    rss_start = _rss_gb(resource.RUSAGE_SELF)
    load_start = os.getloadavg()[0]
    runs = []
    c0 = _cpu()
    with PeakSampler() as sampler:
        for r in range(args.repeat):
            out = Path(args.out_dir) / f"{args.worker}_{r}.xlsx"
            last = r == args.repeat - 1
            if args.worker == "consultagg":
                runs.append(run_consultagg(comments, out, args.n_jobs, args.profile if last else 0))
            else:
                runs.append(run_baseline(comments, out, args.n_clusters))
    _reap_workers()
    rec = dict(runs[-1])
    rec["all_totals_s"] = [r["total_s"] for r in runs]
    rec["cpu_s"] = _cpu() - c0  # this process and its reaped workers, over all repeats
    rec["loadavg_1min"] = [load_start, os.getloadavg()[0]]
    rec.update(_memory(sampler, rss_start))
    sys.stdout.write(RESULT_TAG + json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


def spawn(kind: str, input_path: Path, out_dir: Path, args, **extra) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--input", str(input_path),
           "--out-dir", str(out_dir), "--repeat", str(2 if args.repeat_warm else 1)]
    for key, value in extra.items():
        if value is not None:
            cmd += [f"--{key.replace('_', '-')}", str(value)]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(RESULT_TAG)]
    if proc.returncode != 0 or not lines:
        sys.stderr.write(proc.stdout)
        raise SystemExit(f"{kind} worker failed (exit {proc.returncode})")
    return json.loads(lines[-1][len(RESULT_TAG):])


def source_state() -> str:
    """The commit measured, and whether src/ had uncommitted changes (others may be editing it)."""
    root = Path(__file__).resolve().parents[1]
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=root, capture_output=True,
                               text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown (no git)"
    return (head or "unknown") + (" + uncommitted changes in src/" if dirty else "")


# -- report ------------------------------------------------------------------------------------
def targets(n: int, share: float, repeat_warm: bool, ours: dict) -> list[dict]:
    out = []
    peak = max(ours["peak_rss_gb"], ours.get("tree_peak_sampled_gb") or 0.0)
    if n in TARGET_S:
        out.append({"what": f"{n:,} comments end to end (analyse + to_excel), distinct share {share:g}",
                    "target": f"< {TARGET_S[n]:g} s", "measured": f"{ours['total_s']:.1f} s",
                    "ok": ours["total_s"] < TARGET_S[n]})
    if n in TARGET_RSS_GB:
        out.append({"what": f"{n:,} comments peak RSS (largest of process and sampled process tree)",
                    "target": f"< {TARGET_RSS_GB[n]:g} GB", "measured": f"{peak:.2f} GB",
                    "ok": peak < TARGET_RSS_GB[n]})
    if n == TARGET_WARM[0]:
        if repeat_warm:
            out.append({"what": f"{n} opinions warm (second run in one process, analyse + to_excel)",
                        "target": f"< {TARGET_WARM[1]:g} s", "measured": f"{ours['total_s']:.2f} s",
                        "ok": ours["total_s"] < TARGET_WARM[1]})
        else:
            out.append({"what": f"{n} opinions warm", "target": f"< {TARGET_WARM[1]:g} s",
                        "measured": "not measured (needs --repeat-warm)", "ok": None})
    return out


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s: str, w: int) -> str:
    return s + " " * (w - _width(s))


def _table(title: str, rows, total: float) -> str:
    w = max([_width(title)] + [_width(r[0]) for r in rows]) + 2
    lines = [f"  {_pad(title, w)}{'s':>9}{'share':>8}"]
    for name, dt in rows:
        lines.append(f"  {_pad(name, w)}{dt:>9.2f}" + (f"{dt / total:>8.0%}" if total else ""))
    lines.append(f"  {_pad('total', w)}{total:>9.2f}")
    return "\n".join(lines)


def _mem_line(rec: dict) -> str:
    tree = rec.get("tree_peak_sampled_gb")
    tree = "n/a (no psutil)" if tree is None else f"{tree:.2f} GB"
    return (f"  peak RSS {rec['peak_rss_gb']:.2f} GB (ru_maxrss of the run's process; "
            f"{rec['rss_at_start_gb']:.2f} GB with input and imports loaded); process + workers sampled (PSS) {tree}\n"
            f"  CPU {rec['cpu_s']:.1f} s (process and its workers); load average (1 min) at start/end "
            f"{rec['loadavg_1min'][0]:.1f}/{rec['loadavg_1min'][1]:.1f} on {os.cpu_count()} cores")


def report(info: dict, ours: dict, base: dict | None, checks: list[dict], warm: bool) -> str:
    out = [f"input: {info['n']:,} comments, distinct share {info['distinct_share']:g} -> {info['distinct_bases']:,} "
           f"distinct bases ({info['real_messages']:,} real messages, {info['mosaics']:,} mosaics of real "
           f"sentences; pool {info['pool']:,}); {info['distinct_strings']:,} distinct strings after edits; "
           f"mean {info['mean_chars']:.0f} chars; seed {info['seed']}; sha1 {info['sha1']}; "
           f"{os.cpu_count()} cores; consultagg at {info.get('source', '?')}"]
    runs = " (second of two runs in one process; first: " + ", ".join(
        f"{t:.2f} s" for t in ours["all_totals_s"][:-1]) + ")" if warm else ""
    out.append(f"\nconsultagg: ConsultationPipeline.run (= ca.analyse) on dicts, then to_excel{runs}")
    out.append(f"  found {ours['n_opinions']:,} opinions, {ours['n_distinct']:,} distinct (groups), "
               f"{ours['n_topics']} topics; tracker {ours['xlsx_mb']:.1f} MB")
    out.append(_table("stage (pipeline methods)", ours["stages"], ours["total_s"]))
    out.append(_table("between progress messages", ours["by_message"], ours["total_s"]))
    inner: dict[str, list[str]] = {}
    for _, msg in ours.get("logged", ()):
        m = re.fullmatch(r"(.+?) / (.+): ([\d.]+) s", msg)
        if m and m.group(1) != "分析意见" and m.group(2):
            inner.setdefault(m.group(1), []).append(f"{m.group(2)} {float(m.group(3)):.2f}")
    if inner:
        out.append("  inner steps, s (the library's own log, logger 'consultagg'):")
        out += [f"    {k}: " + ", ".join(v) for k, v in inner.items()]
    out.append(f"  analyse {ours['analyse_s']:.2f} s + to_excel {ours['to_excel_s']:.2f} s = {ours['total_s']:.2f} s")
    out.append(_mem_line(ours))
    if base is not None:
        out.append(f"\nbaseline: TfidfVectorizer(jieba.lcut) + KMeans(n_init=1) + openpyxl write-only"
                   + (" (second of two runs)" if warm else "")
                   + f"; vocabulary {base['vocabulary']:,}; xlsx {base['xlsx_mb']:.1f} MB")
        out.append(_table("stage", base["stages"], base["total_s"]))
        out.append(_mem_line(base))
        out.append(f"\nratio consultagg / baseline (wall, same run): {ours['total_s'] / base['total_s']:.2f}x "
                   f"({ours['total_s']:.2f} s / {base['total_s']:.2f} s); peak RSS "
                   f"{ours['peak_rss_gb'] / base['peak_rss_gb']:.2f}x; CPU seconds "
                   f"{ours['cpu_s'] / base['cpu_s']:.2f}x\n  (wall seconds compare fairly only while the load "
                   f"average stays near or below the core count; CPU seconds count both runs' workers)")
    out.append("\ntargets:" if checks else f"\ntargets: none stated for N={info['n']:,} "
               f"(10,000, 100,000, 1,000,000; 200 warm)")
    for c in checks:
        verdict = {True: "PASS", False: "MISS", None: "----"}[c["ok"]]
        out.append(f"  {verdict}  {c['what']}: target {c['target']}, measured {c['measured']}")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="comments (default 10,000)")
    ap.add_argument("--distinct-share", type=float, default=0.03,
                    help="share of distinct base texts, 0 < S <= 1 (default 0.03)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-baseline", action="store_true", help="skip the TF-IDF + KMeans + openpyxl run")
    ap.add_argument("--repeat-warm", action="store_true",
                    help="run twice in each process and report the second (the '200 opinions warm' check)")
    ap.add_argument("--n-jobs", type=int, default=None, help="ConsultationPipeline(n_jobs=); default its own")
    ap.add_argument("--profile", type=int, default=0, metavar="LINES",
                    help="cProfile the consultagg run (main process only): top LINES by cumulative, "
                         "15 by own time; its times are inflated and judged against no target")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    ap.add_argument("--worker", choices=["consultagg", "baseline"], help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    ap.add_argument("--out-dir", help=argparse.SUPPRESS)
    ap.add_argument("--repeat", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--n-clusters", type=int, default=20, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return worker(args)
    if not 0 < args.distinct_share <= 1 or args.n < 1:
        ap.error("--n must be >= 1 and --distinct-share in (0, 1]")
    if not (DATA / "messages_fj3.xlsx").exists():
        print(f"skipped: {DATA} not found (../shared/data is absent)")
        return 0

    def say(msg):
        print(msg, file=sys.stderr, flush=True)

    say(f"making {args.n:,} comments (distinct share {args.distinct_share:g}, seed {args.seed}) …")
    comments, info = make_comments(args.n, args.distinct_share, args.seed, load_messages())
    info["source"] = source_state()
    with tempfile.TemporaryDirectory(prefix="bench_e2e_") as tmp:
        input_path = Path(tmp) / "comments.pickle"
        with open(input_path, "wb") as f:
            pickle.dump(comments, f, protocol=pickle.HIGHEST_PROTOCOL)
        del comments
        say("consultagg run (own process) …")
        ours = spawn("consultagg", input_path, Path(tmp), args, n_jobs=args.n_jobs, profile=args.profile or None)
        base = None
        if not args.no_baseline:
            say(f"baseline run (own process, k={ours['n_topics'] or 20}) …")
            base = spawn("baseline", input_path, Path(tmp), args, n_clusters=ours["n_topics"] or 20)
    checks = [] if args.profile else targets(args.n, args.distinct_share, args.repeat_warm, ours)
    if args.json:
        doc = {"input": info, "consultagg": {k: v for k, v in ours.items() if not k.startswith("profile_")},
               "baseline": base, "ratio": ours["total_s"] / base["total_s"] if base else None,
               "cpu_ratio": ours["cpu_s"] / base["cpu_s"] if base else None,
               "targets": checks, "profiled": bool(args.profile), "cores": os.cpu_count()}
        if args.profile:
            doc["profile"] = {k: v for k, v in ours.items() if k.startswith("profile_")}
        print(json.dumps(doc, ensure_ascii=False, indent=1))
        return 0
    print(report(info, ours, base, checks, args.repeat_warm))
    if args.profile:
        print("\n(profiled run: times above include cProfile overhead; worker processes are not profiled)")
        print("\ncProfile, sorted by cumulative:" + ours["profile_cumulative"])
        print("cProfile, sorted by own time (tottime):" + ours["profile_tottime"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
