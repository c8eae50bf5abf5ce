"""The per-opinion stages on a Dask LocalCluster against one process, on the end-to-end input.

``ca.analyse`` on N comments (the input of ``bench_end_to_end.py``: real messages resampled with
small edits) in this process, then with ``client=`` a ``LocalCluster`` of ``--workers`` worker
processes; prints both times and whether the outputs (groups, topics, sections, types) agree.
Skips when ``../shared/data`` is absent.

    .venv/bin/python benchmarks/bench_dask.py --n 100000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_end_to_end import DATA, load_messages, make_comments  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--distinct-share", type=float, default=0.03)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if not Path(DATA).exists():
        print(f"skipped: {DATA} not found")
        return 0
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        print("skipped: pip install 'consultagg[dask]'")
        return 0
    import consultagg as ca

    comments, _ = make_comments(args.n, args.distinct_share, args.seed, load_messages())
    t = time.perf_counter()
    here = ca.analyse(comments)
    t_here = time.perf_counter() - t
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None,
                      silence_logs=40) as cluster, Client(cluster) as client:
        t = time.perf_counter()
        there = ca.analyse(comments, client=client)
        t_there = time.perf_counter() - t
    same = ([(g.kind, g.members) for g in here.groups] == [(g.kind, g.members) for g in there.groups]
            and [(o.topic_id, o.section_id, o.comment_type) for o in here.opinions]
            == [(o.topic_id, o.section_id, o.comment_type) for o in there.opinions])
    print(f"{args.n:,} comments (distinct share {args.distinct_share}): analyse in one process {t_here:.1f} s, "
          f"on a {args.workers}-worker LocalCluster {t_there:.1f} s; same output: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
