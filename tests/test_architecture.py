"""The house shows its stages: dependency contracts, no cycles, no hidden imports, small modules.

The rules are those of docs/architecture.md, written as import-linter contracts in
pyproject.toml (``lint-imports`` checks them from the command line too).
"""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "consultagg"
MAX_LINES = 600


def test_import_contracts_are_kept():
    pytest.importorskip("importlinter")
    # The command line, as a developer runs it (its options are stable across import-linter 2.x).
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert exe, "lint-imports is not installed (pip install -e '.[test]')"
    done = subprocess.run([exe, "--config", str(ROOT / "pyproject.toml"), "--no-cache"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout and "4 kept" in done.stdout, done.stdout


def _graph():
    grimp = pytest.importorskip("grimp")
    return grimp.build_graph("consultagg")


def _cycles(graph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.find_modules_directly_imported_by(v)):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for m in sorted(graph.modules):
        if m not in index:
            visit(m)
    return out


def test_no_import_cycles():
    graph = _graph()
    assert _cycles(graph) == []


def test_cycle_finder_finds_a_cycle():
    class G:
        modules = {"a", "b", "c"}

        def find_modules_directly_imported_by(self, m):
            return {"a": {"b"}, "b": {"a"}, "c": {"a"}}[m]

    assert _cycles(G()) == [["a", "b"]]


def _modules():
    return sorted(SRC.rglob("*.py"))


def test_imports_inside_functions_only_for_optional_dependencies():
    """A module's own imports stand at its top; only optional libraries are imported late."""
    optional = {"pandas", "docx", "matplotlib", "polars", "pyarrow", "dask", "rjieba", "yaml", "tqdm"}
    late = []
    for p in _modules():
        tree = ast.parse(p.read_text(encoding="utf-8"))
        top = set(map(id, tree.body))
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Import, ast.ImportFrom)) or id(node) in top:
                continue
            if isinstance(node, ast.ImportFrom):
                names = [("." * node.level) + (node.module or "")]
            else:
                names = [a.name for a in node.names]
            own = [n for n in names if n.startswith((".", "consultagg"))]
            if own and p.name != "__init__.py":
                late.append(f"{p.relative_to(SRC)}:{node.lineno} {own}")
            # Third-party libraries imported late must be optional ones (or stdlib / scipy's lazy
            # corners are named here when needed).
    assert late == []


def test_no_module_over_600_lines():
    long = {str(p.relative_to(SRC)): n for p in _modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
