"""Errors name the flag they concern (outside test of sections and reports, /tmp/audit5 D3), failing at 7fe8e73:
a folder given to --plan was said not to exist; an unknown --home-region did not name the flag."""

import pytest

from consultagg.cli import main


def _letter(tmp_path):
    (tmp_path / "a.txt").write_text("清河市水务局关于规划的意见\n一、建议扩大入河排污口排查范围。\n", encoding="utf-8")
    return str(tmp_path / "a.txt")


def test_a_folder_given_as_the_plan_is_called_a_folder(tmp_path, capsys):
    (tmp_path / "草案").mkdir()
    rc = main(["run", "-q", _letter(tmp_path), "--plan", str(tmp_path / "草案"), "-o", str(tmp_path / "t.xlsx")])
    err = capsys.readouterr().err
    assert rc != 0 and "--plan" in err and "文件夹" in err and not (tmp_path / "t.xlsx").exists()


def test_an_unknown_home_region_names_the_flag(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["run", "-q", _letter(tmp_path), "--home-region", "清河", "-o", str(tmp_path / "t.xlsx")])
    assert exc.value.code == 2 and "--home-region" in capsys.readouterr().err
