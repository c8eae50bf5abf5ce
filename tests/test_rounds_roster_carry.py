"""A roster given in an earlier round is kept by the next merge (session 30). Each test failed before its fix:
``consultagg merge`` without ``--roster`` wrote a tracker without the units consulted, so the units that wrote
无意见 or did not reply left the 分单位统计 sheet and the 起草说明 no longer said how many were consulted."""

from __future__ import annotations

from pathlib import Path

from consultagg.cli import main
from consultagg.tracker import read_tracker

LETTERS = {
    "自治区水利厅.txt": "自治区水利厅关于规划的意见\n一、建议补充地下水超采区综合治理内容。\n二、建议将再生水利用率目标提高到30%。\n",
    "自治区林草局.txt": "自治区林草局关于规划的意见\n建议增加退化草原修复的具体任务。\n",
    "自治区财政厅.txt": "自治区财政厅关于规划的意见\n经研究，我厅对规划无意见。\n",
}
ROSTER = "单位\n自治区水利厅\n自治区林草局\n自治区财政厅\n自治区文化和旅游厅\n"


def _first_round(tmp_path: Path) -> tuple[Path, Path]:
    src = tmp_path / "来函"
    src.mkdir()
    for name, text in LETTERS.items():
        (src / name).write_text(text, encoding="utf-8")
    (tmp_path / "名单.csv").write_text(ROSTER, encoding="utf-8")
    out = tmp_path / "第一轮.xlsx"
    assert main(["run", str(src), "--roster", str(tmp_path / "名单.csv"), "-o", str(out), "-q"]) == 0
    return src, out


def test_a_merge_without_a_roster_keeps_the_previous_rounds_roster(tmp_path, capsys):
    src, first = _first_round(tmp_path)
    states = {r.department: r.state for r in read_tracker(first).roster}
    assert states == {"自治区水利厅": "有意见", "自治区林草局": "有意见", "自治区财政厅": "无意见",
                      "自治区文化和旅游厅": "未反馈"}
    second = tmp_path / "第二轮.xlsx"
    assert main(["merge", str(first), str(src), "-o", str(second), "-q"]) == 0
    assert {r.department: r.state for r in read_tracker(second).roster} == states
    out = capsys.readouterr().out
    assert "征求了" in out and "4个单位" in out, out


def test_a_roster_given_to_the_merge_is_the_one_used(tmp_path, capsys):
    src, first = _first_round(tmp_path)
    (tmp_path / "名单2.csv").write_text("单位\n自治区水利厅\n自治区林草局\n", encoding="utf-8")
    second = tmp_path / "第二轮.xlsx"
    assert main(["merge", str(first), str(src), "--roster", str(tmp_path / "名单2.csv"), "-o", str(second), "-q"]) == 0
    # (财政厅 said 无意见 though not on this roster: it was not consulted, and is said apart, never counted among
    # the units consulted: 征求了2个单位意见)
    assert {r.department for r in read_tracker(second).roster} == {"自治区水利厅", "自治区林草局"}


def test_a_one_column_roster_saved_as_csv_has_no_unit_named_by_its_header(tmp_path):
    # False before: 名单.csv holding 单位 over the names was read with 单位 as a unit consulted that did not reply.
    from consultagg.io.rosters import read_roster
    for text in ("单位\n自治区水利厅\n自治区林草局\n", "征求意见单位名单\n单位名称\n自治区水利厅\n自治区林草局\n",
                 "序号 单位\n自治区水利厅\n自治区林草局\n"):
        for suffix in (".csv", ".txt"):
            path = tmp_path / f"名单{suffix}"
            path.write_text(text, encoding="utf-8")
            assert read_roster(path) == ["自治区水利厅", "自治区林草局"], (text, suffix)
