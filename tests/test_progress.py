"""Progress bars (progress=True), the ``consultagg`` logger's stage timings, and the CLI's -v / -q."""

import logging
import sys

import pytest

import consultagg as ca
from consultagg.cli import main
from consultagg.progress import reporting, stage

COMMENTS = ([{"提出单位": "水利厅", "意见内容": "建议强化黄河水资源刚性约束，严格用水总量控制。"}] * 3
            + [{"提出单位": "科技厅", "意见内容": f"建议增加第{i}项生态环境科技创新内容，支持监测装备研发。"}
               for i in range(1, 9)]
            + [{"提出单位": "交通运输厅", "意见内容": f"建议在第{i}章补充柴油货车污染治理和港口岸电内容。"}
               for i in range(1, 9)])


def _groups(result):
    return [(g.kind, g.members) for g in result.groups], [op.topic_id for op in result.opinions]


def test_progress_true_draws_bars_for_each_stage_and_changes_nothing(capsys, tmp_path):
    pytest.importorskip("tqdm")
    quiet = ca.analyse(COMMENTS)
    assert capsys.readouterr().err == ""
    shown = ca.analyse(COMMENTS, progress=True)
    err = capsys.readouterr().err
    for bar in ("分析意见", "识别重复意见", "分词", "主题聚类"):
        assert bar in err, bar
    assert _groups(shown) == _groups(quiet)
    shown.to_excel(tmp_path / "t.xlsx", progress=True)
    assert "写出处理表" in capsys.readouterr().err


def test_a_message_callback_still_gets_the_stages():
    seen = []
    ca.analyse(COMMENTS, progress=seen.append)
    assert any(m.startswith("识别重复意见") for m in seen)
    assert seen[-1].startswith("分析完成")


def test_stage_timings_go_to_the_consultagg_logger(caplog):
    with caplog.at_level(logging.DEBUG, logger="consultagg"):
        ca.analyse(COMMENTS)
    timed = {r.getMessage().split(":")[0]: r.levelno for r in caplog.records if r.name.startswith("consultagg")
             and r.getMessage().endswith(" s")}
    assert timed["分析意见 / 识别重复意见"] == logging.INFO
    assert timed["分析意见 / 主题聚类"] == logging.INFO
    assert timed["分析意见"] == logging.INFO
    assert timed["识别重复意见 / 近似重复"] == logging.DEBUG  # the steps inside a stage
    assert timed["主题聚类 / 聚类"] == logging.DEBUG


def test_without_tqdm_progress_true_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    with pytest.raises(ImportError, match=r"pip install 'consultagg\[progress\]'"):
        ca.analyse(COMMENTS, progress=True)


def test_a_reporter_ends_with_its_block(capsys):
    seen = []
    with reporting(seen.append):
        with stage("甲"):
            pass
    with stage("乙"):
        pass
    assert seen == ["甲…"]
    with pytest.raises(TypeError, match="progress"):
        with reporting("yes"):
            pass


def test_cli_verbose_quiet_and_bars(tmp_path, capsys):
    assert main(["demo", "-o", str(tmp_path / "a"), "-v"]) == 0
    err = capsys.readouterr().err
    assert "分析意见 / 主题聚类:" in err and "写出处理表:" in err
    assert main(["demo", "-o", str(tmp_path / "b"), "-q"]) == 0
    out = capsys.readouterr()
    assert "[consultagg]" not in out.err and "共收到" in out.out
    # the handler is the call's own: a later call without -v prints no timings
    assert main(["demo", "-o", str(tmp_path / "c")]) == 0
    err = capsys.readouterr().err
    assert "主题聚类（" in err and "分析意见 /" not in err
    with pytest.raises(SystemExit) as stop:
        main(["demo", "-o", str(tmp_path / "d"), "-q", "-v"])
    assert stop.value.code == 2


def test_cli_progress_bars(tmp_path, capsys):
    pytest.importorskip("tqdm")
    assert main(["demo", "-o", str(tmp_path / "a"), "--progress"]) == 0
    err = capsys.readouterr().err
    assert "分析意见" in err and "写出处理表" in err and "%|" in err
