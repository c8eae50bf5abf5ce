"""No expected opinion of any letters set is read only as a skipped piece.

For every document of every ``tests/data/letters*`` set, each expected opinion that no produced opinion
matches (the letter benchmark's in-order Dice alignment) must not be found among the pieces the reader
set aside (``CommentList.skipped``): such an opinion would be lost to the office, only listed in the
reading report. The few documents whose truth keeps as one opinion what the reader splits (a lead before
一是…二是…, set aside as 开头语, with its requests read) are listed below; anything else fails.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import warnings
from pathlib import Path

import consultagg as ca

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
_spec = importlib.util.spec_from_file_location("letter_reading", ROOT / "benchmarks" / "letter_reading.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("letter_reading", bench)  # (its dataclasses look their module up)
_spec.loader.exec_module(bench)

# (set, file): the truth reads a message with a lead and numbered requests as one opinion; the reader gives
# the requests and sets the lead aside (看了征求意见稿，提两点建议：1.… / 我是…的居民，…：一是…二是…).
CONVENTION = {("letters_heldout29", "14_政务平台留言导出.txt"), ("letters_heldout34", "13_市政府网站留言导出.txt")}


def _lost() -> list[tuple[str, str, str, str]]:
    found = []
    for expected in sorted(DATA.glob("letters*/expected.json")):
        folder = expected.parent
        for record in json.loads(expected.read_text(encoding="utf-8")):
            if not (folder / record["file"]).exists():
                continue  # (a file a set lost, listed in tests/data/lost_files.json)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rows = ca.read_comments(folder / record["file"])
            texts = [c.text for c in rows]
            fuller = [c.text + (c.meta.get("reason") or "") for c in rows]
            matched = {i for i, _, _ in bench.align(record["opinions"], texts, bench.THRESHOLD, fuller)}
            for i, want in enumerate(record["opinions"]):
                if i in matched:
                    continue
                for _, piece, why in rows.skipped:
                    if bench.dice(want, piece) >= bench.THRESHOLD or (len(want) > 12 and want[:12] in piece.replace("\n", "")):
                        found.append((folder.name, record["file"], why, want[:30]))
                        break
    return found


def test_no_expected_opinion_is_only_in_the_reading_report():
    lost = [x for x in _lost() if (x[0], x[1]) not in CONVENTION]
    assert not lost, "\n".join(" | ".join(x) for x in lost)
