"""End-to-end time of ``consultagg run`` on the 4,326 real messages of messages_fj3.xlsx.

Baseline in the same process: reading the workbook with plain openpyxl and writing eight columns in
write-only mode, so the ratio says how much the analysis costs on top of raw I/O. Memory is the
process's resident high-water mark (allocation tracing would slow the run several times over).
Skips when ../shared/data is absent.
"""

import sys
import tempfile
import time
import resource
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "tipdm2020c" / "messages_fj3.xlsx"


def baseline(path: Path, out: Path) -> float:
    from openpyxl import Workbook, load_workbook

    t0 = time.perf_counter()
    wb = load_workbook(path, read_only=True)
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    out_wb = Workbook(write_only=True)
    ws = out_wb.create_sheet()
    for r in rows:
        ws.append([str(v) if v is not None else "" for v in r[:8]])
    out_wb.save(out)
    return time.perf_counter() - t0


def main() -> None:
    if not DATA.exists():
        print("skipped: ../shared/data is absent")
        return
    from consultagg.cli import main as cli_main

    with tempfile.TemporaryDirectory() as tmp:
        base = baseline(DATA, Path(tmp) / "base.xlsx")
        t0 = time.perf_counter()
        code = cli_main(["run", str(DATA), "-o", str(Path(tmp) / "out.xlsx")])
        elapsed = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"consultagg run messages_fj3.xlsx: {elapsed:.1f} s (exit {code}), "
          f"plain openpyxl read+write: {base:.1f} s, ratio {elapsed / base:.1f}x, "
          f"peak RSS of this process {peak / 2**20:.0f} MiB", file=sys.stderr)


if __name__ == "__main__":
    main()
