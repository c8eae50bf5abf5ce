"""Plain-text files as they arrive: which encoding their bytes are in, which delimiter splits a table.

Offices save text from Excel, WPS or a platform export as UTF-8 (with or without a byte-order mark),
UTF-16 with a mark, or GB18030; :func:`decode_text` tries them in that order unless an encoding is
given, and names the line of the first undecodable byte when none fits. A delimited table may be
separated by commas, tabs, semicolons or bars; :func:`sniff_delimiter` picks the one giving the
most consistent number of fields.

Examples
--------
>>> from consultagg.io.textfiles import decode_text, sniff_delimiter
>>> decode_text("序号,单位".encode("gb18030"), "名单.csv")
('序号,单位', 'GB18030')
>>> sniff_delimiter("序号;单位\\n1;水利厅\\n")
';'
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections import Counter

from consultagg.errors import ConsultaggInputError

__all__ = ["decode_text", "sniff_delimiter"]


def decode_text(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Bytes to text: the given encoding, else UTF-8 (BOM or not), UTF-16 with BOM, GB18030."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            line = data[:getattr(exc, "start", 0)].count(b"\n") + 1
            raise ConsultaggInputError(f"{name} 第{line}行：无法按 {encoding} 解码（{exc}）。"
                                       f" Cannot decode {name} as {encoding} near line {line}.") from exc
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "UTF-8（带 BOM）"
        except UnicodeDecodeError as exc:
            line = data[:exc.start].count(b"\n") + 1
            raise ConsultaggInputError(f"{name} 第{line}行：文件标为 UTF-8 但含有无法解码的字节。"
                                       f" {name} has a UTF-8 BOM but invalid bytes near line {line}.") from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise ConsultaggInputError(f"{name}：UTF-16 文件无法解码（{exc}）。"
                                       f" Cannot decode {name} as UTF-16.") from exc
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as first:
        try:
            return data.decode("gb18030"), "GB18030"
        except UnicodeDecodeError:
            line = data[:first.start].count(b"\n") + 1
            raise ConsultaggInputError(
                f"{name} 第{line}行：无法识别文件编码（已尝试 UTF-8、GB18030）。可用 encoding= 指定。"
                f" Cannot detect the encoding of {name} (tried UTF-8, GB18030; first bad byte near line "
                f"{line}); pass encoding=.") from first


def sniff_delimiter(text: str) -> str:
    """The delimiter giving the most consistent number of fields (>1) over the first records."""
    sample = text[:50000]
    best, best_score = ",", None
    for d in (",", "\t", ";", "|"):
        try:
            recs = list(itertools.islice(csv.reader(io.StringIO(sample, newline=""), delimiter=d), 50))
        except csv.Error:
            continue
        if len(recs) > 1 and len(sample) < len(text):
            recs = recs[:-1]  # the last record may be cut by the sample
        counts = [len(r) for r in recs if any(c.strip() for c in r)]
        if not counts:
            continue
        width, freq = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        score = (freq / len(counts), width)
        if best_score is None or score > best_score:
            best, best_score = d, score
    return best
