"""The command line: success, one-line errors with non-zero exit, python -m."""

import subprocess
import sys

import pytest

from consultagg.cli import main

CSV = "提出单位,意见内容,章节\n水利厅,建议强化黄河水资源刚性约束。,第三章\n科技厅,建议增加生态环境科技创新内容。,\n"


def test_run_writes_tracker_and_json(tmp_path, capsys):
    src = tmp_path / "意见.csv"
    src.write_text(CSV, encoding="utf-8")
    out, js = tmp_path / "tracker.xlsx", tmp_path / "r.json"
    assert main(["run", str(src), "-o", str(out), "--json", str(js)]) == 0
    captured = capsys.readouterr()
    assert out.exists() and js.exists()
    assert "共收到" in captured.out
    assert "读取" in captured.err  # progress on stderr


def test_missing_file_is_one_line_error(tmp_path, capsys):
    code = main(["run", str(tmp_path / "nope.xlsx"), "-o", str(tmp_path / "t.xlsx")])
    err = capsys.readouterr().err
    assert code == 1
    errors = [ln for ln in err.splitlines() if not ln.startswith("[consultagg]")]
    assert len(errors) == 1 and errors[0].startswith("错误：")
    assert "Traceback" not in err and "nope.xlsx" in errors[0]


def test_no_text_column_names_file_and_headers(tmp_path, capsys):
    src = tmp_path / "bad.csv"
    src.write_text("编号,时间\n1,2020-01-01\n", encoding="utf-8")
    assert main(["run", str(src), "-o", str(tmp_path / "t.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "bad.csv" in err and "编号" in err and "时间" in err


def test_python_dash_m(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "consultagg", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and "consultagg" in proc.stdout


def test_demo_command(tmp_path, capsys):
    assert main(["demo", "-o", str(tmp_path / "d")]) == 0
    assert (tmp_path / "d" / "tracker.xlsx").exists()
    assert "共收到" in capsys.readouterr().out


def test_usage_errors_exit_2_and_topic_options_reach_the_run(tmp_path):
    import pytest
    src = tmp_path / "意见.csv"
    src.write_text("提出单位,意见\n" + "".join(f"单位{i},建议加强第{i}项大气污染治理措施。\n" for i in range(12))
                   + "".join(f"单位{i},建议完善第{i}个水源地保护方案。\n" for i in range(12)), encoding="utf-8")
    for bad in (["--threshold", "1.5"], ["--n-topics", "0"], ["--min-section-score", "2"], ["--jobs", "0"]):
        with pytest.raises(SystemExit) as exc:
            main(["run", str(src), "-o", str(tmp_path / "t.xlsx"), *bad])
        assert exc.value.code == 2, bad
    seeds = tmp_path / "主题.csv"
    seeds.write_text("主题,关键词\n大气治理,大气、污染\n水源保护,水源地 保护\n", encoding="utf-8")
    out = tmp_path / "t.xlsx"
    json_path = tmp_path / "r.json"
    assert main(["run", str(src), "-o", str(out), "--seed-topics", str(seeds), "--n-topics", "2",
                 "--threshold", "0.6", "--jobs", "1", "--json", str(json_path)]) == 0
    import json
    topics = json.loads(json_path.read_text(encoding="utf-8"))["topics"]
    assert [t["name"] for t in topics][:2] == ["大气治理", "水源保护"]


@pytest.mark.parametrize("toml", ['"大气治理" = ["大气", "污染"]\n"水源保护" = "水源地、保护"\n',
                                  '[topics]\n"大气治理" = ["大气", "污染"]\n"水源保护" = ["水源地", "保护"]\n'])
def test_seed_topics_from_toml(tmp_path, toml):
    src = tmp_path / "c.csv"
    src.write_text("提出单位,意见内容\n" + "".join(
        f"单位{i},建议加强{w}工作，落实第{i}项措施。\n" for i, w in enumerate(["大气污染治理", "水源地保护"] * 4)),
        encoding="utf-8")
    seeds = tmp_path / "主题.toml"
    seeds.write_text(toml, encoding="utf-8")
    js = tmp_path / "r.json"
    assert main(["run", str(src), "-o", str(tmp_path / "t.xlsx"), "--seed-topics", str(seeds), "--json", str(js),
                 "-q"]) == 0
    import json
    topics = json.loads(js.read_text(encoding="utf-8"))["topics"]
    assert [t["name"] for t in topics][:2] == ["大气治理", "水源保护"]
    bad = tmp_path / "bad.toml"
    for text in ('"大气治理" = [1, 2]\n', '大气治理 = ["大气"]\n'):  # not strings; a bare Chinese key is no TOML
        bad.write_text(text, encoding="utf-8")
        assert main(["run", str(src), "-o", str(tmp_path / "u.xlsx"), "--seed-topics", str(bad), "-q"]) == 1
