"""Pairs that ask for different things where the difference sits inside what the reduction or the
framing judge sets aside (a polite head holding 不同意, an identity clause naming the place the
request is about, a bracket holding a limit, a period used as a threshold, 湿地 / 林地 once 地 was
dropped as a particle …). Written to probe each rule of :mod:`consultagg.dedup.reduce` and
:mod:`consultagg.dedup.framing`; every pair here was grouped as one request before the rules were
narrowed. Pairs of the probe that are still grouped are listed in docs/measurements.md, not here.
"""

import json
from pathlib import Path

import pytest

from consultagg import NearDuplicateGrouper

PROBES = [json.loads(line) for line in
          (Path(__file__).parent / "data" / "false_merge_probes.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("probe", PROBES, ids=[f"{p['rule']}-{i}" for i, p in enumerate(PROBES)])
def test_a_difference_the_reduction_would_hide_keeps_two_requests_apart(probe):
    labels = NearDuplicateGrouper().fit([probe["a"], probe["b"]]).labels_
    assert labels[0] != labels[1], probe["why"]
