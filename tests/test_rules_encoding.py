"""A routing keyword table saved by Excel or WPS (GB18030) is read; one that does not decode is refused
naming the file (it failed with a bare 'utf-8' codec error)."""

import pytest

from consultagg.cli import main
from consultagg.errors import ConsultaggInputError
from consultagg.routing import load_rules

TABLE = "处室,关键词\n大气环境处,大气、散煤、臭氧\n水生态环境处,黄河、排污口\n"


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_rules_in_the_encodings_offices_save(tmp_path, encoding):
    path = tmp_path / "分办规则.csv"
    path.write_bytes(TABLE.encode(encoding))
    assert load_rules(path) == {"大气环境处": ["大气", "散煤", "臭氧"], "水生态环境处": ["黄河", "排污口"]}


def test_undecodable_rules_name_the_file(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_bytes(b"\x81\x30\xff\xfe\x00\xff" * 20)
    with pytest.raises(ConsultaggInputError, match="rules.csv"):
        load_rules(path)


def test_cli_reads_gb18030_rules(tmp_path, capsys):
    rules = tmp_path / "rules.csv"
    rules.write_bytes(TABLE.encode("gb18030"))
    src = tmp_path / "c.csv"
    src.write_text("提出单位,意见内容\n生态环境厅,建议加强散煤治理。\n水利厅,建议加强黄河排污口整治。\n", encoding="utf-8")
    assert main(["run", str(src), "-o", str(tmp_path / "t.xlsx"), "--rules", str(rules), "-q"]) == 0
