"""Docstring examples and the README's Python example run as tests."""

import doctest
import importlib
import pkgutil
import re
import shutil
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
