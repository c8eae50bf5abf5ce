"""The unit a file's name names, the last resort for a letter that names none (flagged as a guess).

>>> unit_of_file("letters/05_自治区住房城乡建设厅.txt"), unit_of_file("水利厅意见（第二轮）.txt"), unit_of_file("slt.txt")
('自治区住房城乡建设厅', '水利厅', None)
"""

from __future__ import annotations

import re
from pathlib import PurePath

from consultagg.extract.units import is_unit

__all__ = ["unit_of_file"]

_FILE_PREFIX = re.compile(r"^[0-9A-Za-z]{1,6}[\s_\-－—.、]+")
_FILE_SUFFIX = re.compile(r"(?:关于.*)?(?:的)?(?:反馈意见表|意见反馈表|反馈意见|修改意见|意见建议|意见|复函|回复|的函|反馈表)$")


def unit_of_file(file: str | None) -> str | None:
    """A unit named by the file name (``03_自治区水利厅.txt``, ``财政厅反馈意见.docx``); abbreviations give none.

    >>> unit_of_file("letters/05_自治区住房城乡建设厅.txt"), unit_of_file("slt.txt")
    ('自治区住房城乡建设厅', None)
    """
    stem = PurePath((file or "").replace("\\", "/")).stem
    stem = _FILE_VERSION.sub("", _FILE_PREFIX.sub("", stem.strip()))  # (水利厅意见（第二轮）, 水利厅_第二轮, 意见2)
    # its pieces from the last (03_水利厅, 邮件_某县民政局回复, 关于征求意见的复函（水利厅）)
    for piece in reversed([x for x in re.split(r"[_\-－—\s（）()]+", stem) if x]):
        piece = _FILE_SUFFIX.sub("", piece)
        if piece and re.search(r"[\u4e00-\u9fff]", piece) and is_unit(piece):
            return piece
    return None


# A version or round after a file's name (（第二轮）, _第2次, （更正稿）, v2, 2).
_FILE_VERSION = re.compile(r"(?:[（(](?:第[一二三四五六七八九十\d]+(?:轮|次|稿|版)|更正稿?|修改稿|修订稿|补报|重报|终稿|定稿|盖章版|扫描件)[)）]"
                           r"|[_\-－—\s]*(?:第[一二三四五六七八九十\d]+(?:轮|次)|[vV]\d+|\d{1,2}))+$")
