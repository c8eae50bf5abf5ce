"""Benchmark NearDuplicateGrouper against datasketch MinHashLSH on generated campaigns.

Texts come from ``campaign_generator.make_corpus`` (real sentences of the TipDM data, injected
campaigns of known membership). Reports pairwise precision/recall on the injected groups, time,
throughput and peak memory; datasketch (same character shingles, same ``num_perm``, same
threshold; MinHash + insert + query only, no verification) is timed on a subsample in the same run
and its per-text cost extrapolated. Speed-ups compare CPU seconds (this process and its waited-for workers, all
threads counted), so a busy shared machine does not flatter either side.

    .venv/bin/python benchmarks/bench_dedup.py --n 200000
    .venv/bin/python benchmarks/bench_dedup.py --n 1000000 --datasketch-sample 0
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from campaign_generator import DATA, load_sentences, make_corpus, pairwise_scores  # noqa: E402

from consultagg import NearDuplicateGrouper  # noqa: E402
from consultagg.dedup.grouper import shingles  # noqa: E402


def _cpu() -> float:
    """CPU seconds of this process and of the worker processes it has waited for (the grouper
    judges large campaigns on a process pool)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_datasketch(texts, threshold: float, num_perm: int, k: int) -> float:
    """Seconds per text for datasketch: shingle, MinHash.update_batch, insert, query."""
    from datasketch import MinHash, MinHashLSH

    t0 = time.process_time()
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    sigs = []
    for i, text in enumerate(texts):
        m = MinHash(num_perm=num_perm, seed=1)
        m.update_batch([s.encode("utf-8") for s in shingles(text, k)] or [b""])
        lsh.insert(i, m)
        sigs.append(m)
    n_pairs = 0
    for i, m in enumerate(sigs):
        n_pairs += len(lsh.query(m)) - 1
    return (time.process_time() - t0) / len(texts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--datasketch-sample", type=int, default=20_000,
                    help="texts timed with datasketch (0 skips it)")
    ap.add_argument("--n-jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"skipped: {DATA} not found")
        return 0
    pool = load_sentences()
    texts, truth = make_corpus(args.n, seed=args.seed, pool=pool)
    n_camp = int((truth >= 0).sum())
    print(f"corpus: {len(texts):,} texts, {len(set(truth[truth >= 0].tolist())):,} campaigns "
          f"({n_camp:,} members), mean {np.mean([len(t) for t in texts]):.0f} chars, "
          f"{len(pool):,} real sentences")
    rss0 = peak_rss_mb()
    g = NearDuplicateGrouper(n_jobs=args.n_jobs)
    t0, c0 = time.perf_counter(), _cpu()
    g.fit(texts)
    dt, cpu = time.perf_counter() - t0, _cpu() - c0
    p, r, f = pairwise_scores(g.labels_, truth)
    kinds = {k: g.kinds_.count(k) for k in ("single", "exact", "near", "campaign")}
    own = sum(sum(info.own_opinion) for info in g.groups_ if info.kind == "campaign")
    print(f"consultagg: {dt:.1f} s wall, {cpu:.1f} s CPU ({len(texts) / dt:,.0f} texts/s), peak RSS {peak_rss_mb():,.0f} MB "
          f"(corpus loaded: {rss0:,.0f} MB); groups {kinds}; own-opinion members {own:,}")
    print(f"pairwise on injected groups: precision {p:.4f} recall {r:.4f} F1 {f:.4f}")
    if args.datasketch_sample:
        sub = texts[:args.datasketch_sample]
        per_text = time_datasketch(sub, g.threshold, g.num_perm, g.shingle_size_)
        t1 = _cpu()
        NearDuplicateGrouper(n_jobs=args.n_jobs).fit(sub)
        ours_sub = (_cpu() - t1) / len(sub)
        print(f"datasketch MinHashLSH (k={g.shingle_size_}, num_perm={g.num_perm}, threshold="
              f"{g.threshold}) on {len(sub):,} texts: {1 / per_text:,.0f} texts per CPU second, "
              f"extrapolated {per_text * len(texts):.0f} CPU s for {len(texts):,}")
        # CPU seconds on both sides: the machine may be shared, and our threads count in full.
        print(f"speed-up in CPU time: {per_text * len(texts) / cpu:.1f}x at N={len(texts):,} "
              f"(on the same subsample: {per_text / ours_sub:.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
