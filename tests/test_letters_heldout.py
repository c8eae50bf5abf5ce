"""The 15 letters written after the reader changed (tests/data/letters_heldout) are complete and
well formed. Only the file is checked here: the reader's score on it is a benchmark figure
(``python benchmarks/letter_reading.py --corpus tests/data/letters_heldout``)."""

import json
from pathlib import Path

HELDOUT = Path(__file__).resolve().parent / "data" / "letters_heldout"
KINDS = {"letter", "form", "minutes", "email"}


def test_every_record_has_a_file_and_is_well_formed():
    records = json.loads((HELDOUT / "expected.json").read_text(encoding="utf-8"))
    names = [r["file"] for r in records]
    on_disk = {p.name for p in HELDOUT.iterdir() if p.is_file() and p.name != "expected.json"}
    assert len(names) == len(set(names)) == 15 and set(names) == on_disk
    for r in records:
        assert r["kind"] in KINDS and r["unit"].strip() and isinstance(r["no_opinion"], bool), r["file"]
        assert (r["opinions"] == []) == r["no_opinion"], r["file"]
        if "units" in r:
            assert len(r["units"]) == len(r["opinions"]), r["file"]
