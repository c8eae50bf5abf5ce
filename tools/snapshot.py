"""Snapshot what the library produces, to show that a change of structure changed no behaviour.

Writes one JSON file holding

- every cell of every sheet of the demo consultation's tracker (``consultagg demo``), and
- the result records (``ConsultationResult.to_records``), topics, groups and drafting summary of
  ``consultagg.analyse`` on the shared real messages (skipped when ``../shared/data`` is absent),

then, given a second snapshot, lists every difference::

    python tools/snapshot.py before.json                  # on the old commit
    python tools/snapshot.py after.json --compare before.json

Dates the tracker writes (生成时间) are blanked, everything else is compared as written.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
_DATE = re.compile(r"\d{4}[-年]\d{1,2}[-月]\d{1,2}日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")


def _cell(value):
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return _DATE.sub("<date>", str(value))


def _workbook(path: Path) -> dict:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    return {ws.title: [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True)]
            for ws in wb.worksheets}


def _demo() -> dict:
    from consultagg.cli import run_demo

    with tempfile.TemporaryDirectory() as tmp:
        result = run_demo(Path(tmp), progress=None)
        sheets = _workbook(Path(tmp) / "tracker.xlsx")
    return {"tracker": sheets, "summary": _cell(result.summary())}


def _shared(n: int) -> dict | None:
    path = SHARED / "tipdm2020c" / "messages_labelled_dev.csv"
    if not path.is_file():
        return None
    import pandas as pd

    import consultagg as ca

    df = pd.read_csv(path).head(n)
    comments = [{"id": f"m{i}", "department": str(row["留言用户"]) if "留言用户" in df else "",
                 "text": f"{row['留言主题']}。{row['留言详情']}"} for i, row in df.iterrows()]
    result = ca.analyse(comments, random_state=0)
    return {
        "records": [{k: _cell(v) if not isinstance(v, (list, tuple, dict)) else json.loads(
            json.dumps(v, ensure_ascii=False, default=str)) for k, v in r.items()}
                    for r in result.to_records()],
        "topics": [[t.id, t.name, list(t.key_phrases), t.size, t.n_distinct] for t in result.topics],
        "groups": sorted([sorted(g.members) for g in result.groups]),
        "summary": _cell(result.summary()),
    }


def _diff(a, b, where="", out=None, limit=50):
    out = [] if out is None else out
    if len(out) >= limit:
        return out
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b), key=str):
            if k not in a or k not in b:
                out.append(f"{where}/{k}: only in {'after' if k not in a else 'before'}")
            else:
                _diff(a[k], b[k], f"{where}/{k}", out, limit)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{where}: {len(a)} items before, {len(b)} after")
        for i, (x, y) in enumerate(zip(a, b)):
            _diff(x, y, f"{where}[{i}]", out, limit)
    elif a != b:
        out.append(f"{where}: {a!r} -> {b!r}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output", type=Path)
    ap.add_argument("--compare", type=Path, help="an earlier snapshot to compare with")
    ap.add_argument("--messages", type=int, default=2000, help="shared messages analysed (default 2000)")
    args = ap.parse_args(argv)
    snap = {"demo": _demo(), "shared": _shared(args.messages)}
    args.output.write_text(json.dumps(snap, ensure_ascii=False, indent=0, default=str), encoding="utf-8")
    print(f"snapshot written to {args.output}: demo tracker of {len(snap['demo']['tracker'])} sheets"
          + ("" if snap["shared"] is None else f", {len(snap['shared']['records'])} records on shared data"))
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        after = json.loads(args.output.read_text(encoding="utf-8"))
        diffs = _diff(before, after)
        cells = sum(len(r) for s in after["demo"]["tracker"].values() for r in s)
        print(f"compared with {args.compare}: {len(diffs)} differences"
              f" ({cells} tracker cells, {len((after['shared'] or {}).get('records', []))} records)")
        for d in diffs:
            print("  " + d)
        return 1 if diffs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
