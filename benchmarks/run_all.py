"""Run every benchmark script in this folder (each prints its own ratios against a baseline)."""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n=== {script.name} ===", flush=True)
        sys.argv = [str(script)]
        runpy.run_path(str(script), run_name="__main__")
