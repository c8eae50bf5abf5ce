"""Docstring examples and the README's Python example run as tests; the documentation site builds."""

import argparse
import doctest
import importlib
import os
import pkgutil
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import consultagg

README = Path(__file__).resolve().parents[1] / "README.md"
MODULES = sorted(m.name for m in pkgutil.walk_packages(consultagg.__path__, "consultagg.")
                 if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_readme_python_example(tmp_path, monkeypatch, demo_dir):
    block = re.search(r"## Python\n\n```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S).group(1)
    shutil.copytree(demo_dir / "letters", tmp_path / "letters")
    shutil.copy(demo_dir / "public_comments.csv", tmp_path / "public.csv")
    shutil.copy(demo_dir / "draft_plan.txt", tmp_path / "draft.txt")
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "README.md", "exec"), {})
    assert (tmp_path / "tracker.xlsx").exists()


def test_readme_quick_start_is_two_commands():
    text = README.read_text(encoding="utf-8")
    quick = re.search(r"## Quick start\n(.*?)\n## ", text, re.S).group(1)
    commands = [ln.split("#")[0].strip() for ln in re.findall(r"```sh\n(.*?)```", quick, re.S)[0].splitlines()]
    assert [c for c in commands if c] == ["make demo", "make test"]


# -- the documentation site (mkdocs.yml, docs/) ------------------------------------------------
ROOT = README.parent


@pytest.fixture(scope="module")
def built_site(tmp_path_factory):
    """``mkdocs build --strict`` of the site, once per module; skipped without the docs extra."""
    for module in ("mkdocs", "mkdocstrings", "mkdocstrings_handlers.python", "material"):
        pytest.importorskip(module)
    site = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)
    return proc, site


def test_site_builds_strictly(built_site):
    proc, site = built_site
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-4000:]
    assert (site / "index.html").exists()


def test_api_reference_documents_every_public_name(built_site):
    proc, site = built_site
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-4000:]
    html = "".join(p.read_text(encoding="utf-8") for p in (site / "api").rglob("*.html"))
    missing = [name for name in consultagg.__all__
               if name != "__version__" and f'id="consultagg.{name}"' not in html]
    assert not missing, f"not in the API reference (docs/api/*.md): {missing}"


def test_cli_reference_lists_every_option():
    from consultagg.cli import build_parser

    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    missing = sorted({f"{name} {opt}" for name, sub in commands.items() for action in sub._actions
                      for opt in action.option_strings if opt not in ("-h", "--help") and opt not in text})
    assert not missing, f"not in docs/cli.md: {missing}"
