"""The extract stage: a letter, a form or meeting minutes → single opinions, each with its unit.

Examples
--------
>>> from consultagg.extract import extract_opinions
>>> [c.text for c in extract_opinions("一、建议增加碳达峰内容。\\n二、建议补充噪声监测。")]
['建议增加碳达峰内容。', '建议补充噪声监测。']
"""

from consultagg.extract._messages import praise_only, question_only
from consultagg.extract._sentences import asks, asks_again, opens_on_part
from consultagg.extract.cells import split_cell
from consultagg.extract.letters import (Letter, detect_kind, extract_opinions, location_of, parse_letter,
                                        proposed_change_of)
from consultagg.extract.units import split_office

__all__ = ["Letter", "asks", "asks_again", "detect_kind", "extract_opinions", "location_of", "opens_on_part", "parse_letter", "praise_only",
           "proposed_change_of", "question_only", "split_cell", "split_office"]
