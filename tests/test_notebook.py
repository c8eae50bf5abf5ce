"""The notebooks in notebooks/ run top to bottom on the demo consultation, so they cannot rot.

Each runs in a fresh kernel whose working directory is ``tmp_path`` (the notebooks write their own
files to a temporary folder, never into the repository). Besides "no error", each notebook is checked
for something it shows: the charts, the decisions carried into the second round, the seeded topics.
A notebook takes about 15 s (a kernel, one or two analyses of the demo): marked slow.
"""

import re
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"

pytestmark = pytest.mark.slow


def _execute(name: str, tmp_path: Path) -> list[dict]:
    """The outputs of every code cell of ``notebooks/<name>.ipynb``, executed in ``tmp_path``."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    client = nbclient.NotebookClient(nb, timeout=180, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    errors = [f"{o.get('ename')}: {o.get('evalue')}" for o in outputs if o.get("output_type") == "error"]
    assert not errors, errors
    assert not list(tmp_path.iterdir()), "a notebook wrote into its working directory"
    return outputs


def _text(outputs: list[dict]) -> str:
    return "".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)


def _images(outputs: list[dict]) -> int:
    return sum("image/png" in o.get("data", {}) for o in outputs)


def _check_quickstart(outputs):
    text = _text(outputs)
    assert "共收到" in text
    assert "True" in text.splitlines()[-1] or text.rstrip().endswith("True")
    assert _images(outputs) >= 1  # ca.plots.departments


def _check_departments_and_topics(outputs):
    # departments, topic_sizes, department_topic_heatmap, sections
    assert _images(outputs) >= 4
    assert sum("text/html" in o.get("data", {}) for o in outputs) >= 5  # the result and its tables
    text = _text(outputs)
    assert "月牙湖东岸" in text  # the campaign's topic, which the markdown talks about
    assert "自治区文化和旅游厅" in text and "未反馈" in text  # the roster's unit that did not reply


def _check_rounds(outputs):
    text = _text(outputs)
    m = re.search(r"decisions in round 1: (\d+); carried: (\d+) on the main sheet \+ (\d+) on 已撤回或未再提出; "
                  r"lost: (-?\d+)", text)
    assert m, "the notebook no longer prints the decisions it carried"
    before, carried, moved, lost = map(int, m.groups())
    assert before == 183 and carried + moved == before and lost == 0
    assert moved == 2  # the two opinions not made again, with their decisions
    assert "新增3条，未再提出2条" in text
    assert "NotFinalError: 尚有3条意见未处理完毕" in text
    assert "共收到意见建议184条（草稿：其中3条尚未处理完毕）" in text  # every row counted as received
    assert "共收到意见建议184条" in text  # the final 起草说明, every row closed
    assert _images(outputs) >= 2  # plots.rounds by status and by 处理意见


def _check_seeded_topics_and_routing(outputs):
    text = _text(outputs)
    for seed in ("大气环境", "水生态环境", "自然生态", "应对气候变化"):
        assert re.search(rf"{seed}\s.*True", text), f"seeded topic {seed} is not in the topic table"
    assert re.search(r"\d+\s+\S+\s+\S+(\s+\d+){3}\s+False", text)  # a topic discovered beside the seeds
    scores = re.findall(r"macro-F1 (\d\.\d\d)", text)
    assert len(scores) == 2 and all(0 < float(s) <= 1 for s in scores)
    m = re.search(r"keyword table (\d+) / learned router (\d+) of (\d+) opinions", text)
    assert m and int(m.group(2)) < int(m.group(1))  # learning routes what the rules left to a person
    assert _images(outputs) >= 1


CHECKS = {
    "quickstart": _check_quickstart,
    "departments_and_topics": _check_departments_and_topics,
    "rounds": _check_rounds,
    "seeded_topics_and_routing": _check_seeded_topics_and_routing,
}


def test_every_notebook_is_tested():
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == sorted(CHECKS)


@pytest.mark.parametrize("name", list(CHECKS))
def test_notebook_executes(name, tmp_path):
    CHECKS[name](_execute(name, tmp_path))
