"""Writing and reading the tracker at 100,000 opinions, against plain openpyxl in the same run.

The result is the demo consultation's analysis tiled to N opinions (ids and texts made unique), so
every column is filled as in real use. Baselines: openpyxl write-only mode writing N rows of eight
text columns, and openpyxl read-only ``iter_rows`` over every sheet of the tracker written (values
only, nothing checked). Prints seconds, the ratios to the baselines, and peak memory of this process.
Run: ``.venv/bin/python benchmarks/bench_tracker.py [N]``.
"""

import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path


def tiled_result(n: int):
    from consultagg.cli import run_demo
    from consultagg.records import DuplicateGroup

    with tempfile.TemporaryDirectory() as tmp:
        base = run_demo(tmp, progress=None)
    k = len(base.opinions)
    opinions, groups = [], []
    for i in range(n):
        op = base.opinions[i % k]
        copy = i // k
        c = replace(op.comment, id=f"{op.comment.id}-{copy}", text=f"{op.comment.text}（第{copy}批）")
        opinions.append(replace(op, comment=c, group_id=op.group_id + copy * len(base.groups)))
    for copy in range((n + k - 1) // k):
        for g in base.groups:
            members = tuple(m + copy * k for m in g.members if m + copy * k < n)
            if members:
                groups.append(DuplicateGroup(id=g.id + copy * len(base.groups), kind=g.kind, members=members,
                                             representative=members[0]))
    return replace(base, opinions=tuple(opinions), groups=tuple(groups))


def baseline(n: int, path: Path) -> float:
    from openpyxl import Workbook

    t0 = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Sheet")
    for i in range(n):
        ws.append([str(i), f"C{i:08d}", "自治区发展改革委", "第三章 第二节", "实质性",
                   "建议在第三章增加黄河流域生态保护和高质量发展的内容，明确目标和责任单位。", "黄河流域", "采纳"])
    wb.save(path)
    return time.perf_counter() - t0


def read_baseline(path: Path) -> int:
    """Plain openpyxl: every value of every sheet, read-only, as ``iter_rows(values_only=True)``."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    n = 0
    for ws in wb.worksheets:
        n += sum(1 for _ in ws.iter_rows(values_only=True))
    wb.close()
    return n


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    from consultagg.tracker import read_tracker, write_tracker

    result = tiled_result(n)
    with tempfile.TemporaryDirectory() as tmp:
        base = baseline(n, Path(tmp) / "baseline.xlsx")
        t0 = time.perf_counter()
        write_tracker(result, Path(tmp) / "tracker.xlsx")
        write = time.perf_counter() - t0
        size = (Path(tmp) / "tracker.xlsx").stat().st_size
        t0 = time.perf_counter()
        data = read_tracker(Path(tmp) / "tracker.xlsx")
        read = time.perf_counter() - t0
        t0 = time.perf_counter()
        plain_read = read_baseline(Path(tmp) / "tracker.xlsx")
        plain = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"N={n}: plain openpyxl write-only (8 columns) {base:.1f} s; write_tracker {write:.1f} s "
          f"({write / base:.1f}x, {size / 2**20:.1f} MB); read_tracker {read:.1f} s ({len(data.rows)} rows; "
          f"{read / plain:.2f}x plain openpyxl read-only iter_rows over the same sheets, {plain:.1f} s, "
          f"{plain_read} rows); "
          f"peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()
