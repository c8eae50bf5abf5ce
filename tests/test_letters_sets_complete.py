"""Every letters set under tests/data is complete: each record of its expected.json has its file in the
repository, except the workbooks listed in tests/data/lost_files.json (never committed, see there), and a
file listed there is really absent. A set whose file is missing cannot reproduce the figure
docs/measurements.md reports for it."""

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
SETS = sorted(p for p in DATA.iterdir() if p.is_dir() and (p / "expected.json").exists())
LOST = json.loads((DATA / "lost_files.json").read_text(encoding="utf-8"))["files"]
KINDS = {"letter", "form", "minutes", "email", "export", "note"}


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_record_has_its_file(folder):
    records = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    names = [r["file"] for r in records]
    assert len(names) == len(set(names)), folder.name
    lost = set(LOST.get(folder.name, []))
    missing = {n for n in names if not (folder / n).is_file()}
    assert missing == lost, f"{folder.name}: missing {sorted(missing - lost)}, listed lost but present {sorted(lost - missing)}"
    for r in records:
        assert r["kind"] in KINDS and isinstance(r["no_opinion"], bool), r["file"]
        # A record names its unit, or one unit per opinion where several speak (older sets leave
        # ``unit`` empty then).
        assert (r["unit"] or "").strip() or r.get("units"), r["file"]
        assert (r["opinions"] == []) == r["no_opinion"], r["file"]
        if r.get("units") is not None:
            assert len(r["units"]) == len(r["opinions"]), r["file"]


def test_lost_files_name_real_sets():
    assert set(LOST) <= {p.name for p in SETS}
