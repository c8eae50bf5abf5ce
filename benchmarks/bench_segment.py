"""Segmentation throughput: ``JiebaSegmenter.segment_many`` against plain ``jieba.lcut``.

The corpus is real text from ../shared/data (citizen messages, the bureaus' replies, the 14th
five-year plan proposal), repeated with light variation until it holds at least 50 MB of UTF-8:
each repetition shuffles the sentences inside every text, and exact duplicates are dropped, so no
text is seen twice and neither the cache nor the de-duplication in ``segment_many`` can help on
the first pass. Measured in one run on the same texts:

* baseline: single-process ``jieba.lcut`` (the global tokenizer, initialised beforehand);
* ``segment_many(n_jobs=2)`` with an empty cache, worker start-up included;
* the same call again, answered from the cache it filled;
* on a 5 MB sample, one process each: ``jieba.lcut`` against the segmenter's own cutting
  (:class:`consultagg.text._fastcut.FastCut`, jieba's accurate mode with the same words computed in
  fewer Python operations), so the speed-up splits into what one process gains and what the
  second worker adds.

Peak memory is the high-water resident set of this process and of each worker process.
Skips when ../shared/data is absent. Run: ``.venv/bin/python benchmarks/bench_segment.py [MB]``.
"""

import os
import random
import re
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TARGET_MB = 50.0


def _peak_rss_mib() -> float:
    """High-water resident set of the calling process (Linux), in MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def base_texts() -> list[str]:
    import pandas as pd

    tip = DATA / "tipdm2020c"
    texts: list[str] = []
    dev = pd.read_csv(tip / "messages_labelled_dev.csv")
    for col in ("留言主题", "留言详情"):
        texts += dev[col].dropna().astype(str).tolist()
    for name, cols in (("messages_fj3.xlsx", ("留言主题", "留言详情")),
                       ("replies_fj4.xlsx", ("留言详情", "答复意见"))):
        sheet = pd.read_excel(tip / name)
        for col in cols:
            texts += sheet[col].dropna().astype(str).tolist()
    plan = (DATA / "plans" / "cpc_14th_fyp_proposal_2020.txt").read_text(encoding="utf-8")
    texts += [p for p in plan.split("\n") if p.strip()]
    return [t for t in texts if t.strip()]


def build_corpus(target_mb: float) -> list[str]:
    base = base_texts()
    seen: set[str] = set()
    corpus: list[str] = []
    size = 0
    rng = random.Random(0)
    for round_no in range(1000):
        for t in base:
            if round_no:
                parts = [p for p in re.split(r"(?<=[。！？；!?;\n])", t) if p]
                rng.shuffle(parts)
                t = "".join(parts)
            if t in seen:
                continue
            seen.add(t)
            corpus.append(t)
            size += len(t.encode("utf-8"))
        if size >= target_mb * 2**20:
            break
    return corpus


def _worker_stats(_):
    import os

    time.sleep(0.5)  # so each of the two workers takes one of the two calls
    return os.getpid(), _peak_rss_mib(), time.process_time()


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def main(target_mb: float = TARGET_MB) -> None:
    if not (DATA / "tipdm2020c").exists() or not (DATA / "plans").exists():
        print("skipped: ../shared/data is absent")
        return
    import jieba
    from joblib import Parallel, delayed

    from consultagg.text.segment import JiebaSegmenter

    corpus = build_corpus(target_mb)
    mb = sum(len(t.encode("utf-8")) for t in corpus) / 2**20
    n_chars = sum(map(len, corpus))
    print(f"corpus: {len(corpus):,} distinct texts, {n_chars:,} characters, {mb:.1f} MB UTF-8", flush=True)

    print(f"load average before: {_load()} (other work on the machine shares its {os.cpu_count()} cores)",
          flush=True)
    jieba.setLogLevel(60)
    jieba.initialize()
    t0, c0 = time.perf_counter(), time.process_time()
    base_tokens = sum(len(jieba.lcut(t)) for t in corpus)
    t_base, c_base = time.perf_counter() - t0, time.process_time() - c0
    print(f"baseline jieba.lcut, 1 process: {t_base:.1f} s ({n_chars / t_base / 1e3:.0f} k chars/s, "
          f"{base_tokens:,} tokens, {c_base:.1f} CPU s)", flush=True)

    seg = JiebaSegmenter()
    cache: dict = {}
    t0, c0 = time.perf_counter(), time.process_time()
    out = seg.segment_many(corpus, n_jobs=2, cache=cache)
    t_par, c_par = time.perf_counter() - t0, time.process_time() - c0
    print(f"segment_many(n_jobs=2), empty cache: {t_par:.1f} s -> {t_base / t_par:.2f}x the baseline "
          f"(target >= 1.8x)", flush=True)

    t0 = time.perf_counter()
    again = seg.segment_many(corpus, n_jobs=2, cache=cache)
    t_hit = time.perf_counter() - t0
    print(f"segment_many, cached re-run: {t_hit:.2f} s -> {t_base / t_hit:.1f}x the baseline "
          f"(target >= 20x)", flush=True)

    sample, size = [], 0
    for t in corpus:
        if size >= 5 * 2**20:
            break
        sample.append(t)
        size += len(t.encode("utf-8"))
    t0 = time.perf_counter()
    for t in sample:
        jieba.lcut(t)
    t_one_base = time.perf_counter() - t0
    tok = seg._get_tokenizer()
    t0 = time.perf_counter()
    for t in sample:
        tok(t)
    t_one = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in sample:
        seg(t)
    t_one_policy = time.perf_counter() - t0
    print(f"one process, 5 MB sample: jieba.lcut {t_one_base:.1f} s; the segmenter's cutting "
          f"{t_one:.1f} s ({t_one_base / t_one:.2f}x); with its token policy (seg(text)) "
          f"{t_one_policy:.1f} s ({t_one_base / t_one_policy:.2f}x)", flush=True)
    same_words = all(tok(t) == tok.tokenizer.lcut(t, HMM=True) for t in sample[:2000])
    print("the segmenter's cutting equals lcut of its own jieba tokenizer (same dictionary) on the "
          f"sample's first 2,000 texts: {same_words}")

    probe = random.Random(1).sample(range(len(corpus)), 200)
    same = all(out[i] == again[i] == seg(corpus[i]) for i in probe)
    workers = {pid: (rss, cpu) for pid, rss, cpu in Parallel(n_jobs=2)(delayed(_worker_stats)(i)
                                                                   for i in range(2))}
    peaks = ", ".join(f"{rss:.0f}" for rss, _ in workers.values())
    c_workers = sum(cpu for _, cpu in workers.values())
    print(f"parallel and cached output equal to seg(text) on 200 sampled texts: {same}")
    print(f"CPU seconds: baseline {c_base:.1f}; parallel run {c_par:.1f} in this process + "
          f"{c_workers:.1f} in the workers (start-up included)")
    print(f"peak RSS: this process {_peak_rss_mib():.0f} MiB (corpus, baseline tokens and cache "
          f"included), workers {peaks} MiB; load average after: {_load()}")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else TARGET_MB)
