"""The per-opinion stages on a Dask cluster (a LocalCluster of 2 worker processes) give the same
output as the single-process run: groups, topics, sections, routing and types (issue 22)."""

import pytest

import consultagg as ca
from consultagg.cli import DEMO_HOME_REGION, demo_paths
from consultagg.routing import load_rules

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.bag")


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster) as c:
        yield c


def _fields(result):
    return ([(g.kind, g.members) for g in result.groups], [(t.id, t.name, t.size) for t in result.topics],
            [(op.comment.id, op.group_id, op.topic_id, op.section_id, op.section_score, op.owner, op.owner_confidence,
              op.comment_type, op.page_line, op.original_text) for op in result.opinions])


def test_the_dask_path_gives_the_single_process_output(client):
    p = demo_paths()
    comments = ca.read_comments([p["letters"], p["public"], p["minutes"]])
    router = ca.UnitRouter(rules=load_rules(p["rules"])).fit()
    here = ca.ConsultationPipeline(router=router, home_region=DEMO_HOME_REGION).run(comments, p["plan"])
    with distributed.get_task_stream(client) as stream:
        there = ca.ConsultationPipeline(router=router, home_region=DEMO_HOME_REGION, client=client).run(
            comments, p["plan"])
    assert _fields(there) == _fields(here)
    assert any(op.section_id for op in there.opinions) and any(op.owner for op in there.opinions)
    # the per-opinion stages ran as partitions on the workers (4 stages, several partitions each)
    tasks = [t for t in stream.data if "_part-" in str(t["key"])]  # _segment_part, _match_part, …
    assert len(tasks) >= 8, [t["key"] for t in stream.data][:10]
    assert len({t["worker"] for t in tasks}) == 2
