"""Execute the notebooks in place, each in a fresh kernel with a temporary working directory, so
the committed notebooks show the outputs of the current code (tests/test_notebook.py checks them).

    .venv/bin/python tools/execute_notebooks.py                 # every notebook
    .venv/bin/python tools/execute_notebooks.py notebooks/rounds.ipynb
"""

import sys
import tempfile
from pathlib import Path

import nbclient
import nbformat

ROOT = Path(__file__).resolve().parents[1]


def main(paths: list[str]) -> int:
    for path in paths or sorted(str(p) for p in (ROOT / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        with tempfile.TemporaryDirectory() as work:
            nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                    resources={"metadata": {"path": work}}).execute()
        for cell in nb.cells:  # timestamps would make every run a change
            cell.get("metadata", {}).pop("execution", None)
        nbformat.write(nb, path)
        print(f"executed {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
