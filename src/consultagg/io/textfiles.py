"""Plain-text files as they arrive: which encoding their bytes are in, which delimiter splits a table.

Offices save text from Excel, WPS or a platform export as UTF-8 (with or without a byte-order mark),
UTF-16 with a mark, or GB18030; a few arrive in Big5 (from Hong Kong, Macao or Taiwan), Shift-JIS
or UTF-16 without a mark. :func:`decode_text` tries UTF-8 and GB18030 first unless an encoding is
given. GB18030 decodes almost any bytes, so its reading is trusted only when it looks like text:
no private-use (U+E000–U+F8FF), unassigned or control characters, and Chinese characters mostly
from the common set (GB 2312). Otherwise Big5 and Shift-JIS are tried under the same test. UTF-16
without a mark is recognised (its ASCII characters carry NUL bytes, its Chinese reads as common
characters) but refused with the encoding to pass, not read on a guess. When nothing passes, the
file is refused with the line of the first character that failed, never read garbled.

Examples
--------
>>> from consultagg.io.textfiles import decode_text, sniff_delimiter
>>> decode_text("序号,单位".encode("gb18030"), "名单.csv")
('序号,单位', 'GB18030')
>>> decode_text("序號,單位".encode("big5"), "名单.csv")
('序號,單位', 'Big5')
>>> sniff_delimiter("序号;单位\\n1;水利厅\\n")
';'
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

from consultagg.errors import ConsultaggInputError

__all__ = ["READ_SUFFIXES", "decode_text", "is_text", "json_records", "looks_like_path", "sniff_delimiter"]


def decode_text(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Bytes to text and the name of their encoding, line breaks as ``\\n`` (a file saved on Windows,
    ``\\r\\n``, reads as the same file saved elsewhere).

    The given encoding, else UTF-8 (BOM or not), UTF-16 with BOM, GB18030, then Big5 and
    Shift-JIS; every reading but an explicit or marked one must look like text (see the module's
    notes). UTF-16 without BOM is named in the error, not read.

    Raises
    ------
    ConsultaggInputError
        The bytes do not decode, or no reading looks like text (the message names the file and
        the line), or they look like UTF-16 without BOM (the message names it).
    """
    text, label = _decoded(data, name, encoding)
    return _LINE_BREAKS.sub("\n", text), label


_LINE_BREAKS = re.compile("\r\n?")


def _decoded(data: bytes, name: str, encoding: str | None) -> tuple[str, str]:
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
    if b"\x00" in data:
        # Text never holds NUL bytes, UTF-16 without a mark does (every ASCII character has one);
        # UTF-8 and GB18030 would both "decode" them into a garbled text.
        return _guess(data, name, _UTF16, first_failure=_nul_failure(data))
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        utf8_from = exc.start
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        failure = (line, "有无法按 GB18030 解码的字节", "bytes GB18030 cannot decode")
        head = data[:utf8_from]
        if head.count(b"\n") and max(head, default=0) > 0x7F:
            # (lines of Chinese that read as UTF-8, then bytes that do not: two encodings in one file; the
            # line where UTF-8 stops is the one to look at, not where GB18030 first failed on the UTF-8 lines)
            line = head.count(b"\n") + 1
            failure = (line, f"第1–{line - 1}行是 UTF-8，第{line}行起不是（文件可能混用了 UTF-8 和 GBK 等两种编码）",
                       f"lines 1-{line - 1} are UTF-8 and line {line} is not (two encodings mixed in one file?)")
    else:
        why = _not_text(text, _COMMON_GB)
        if why is None:
            return text, "GB18030"
        failure = (why[0], f"按 GB18030 解码{why[1]}，不可信", f"its GB18030 reading {why[2]}, so it is not trusted")
    return _guess(data, name, _OTHERS, first_failure=failure)


# Encodings tried after GB18030: (codec, label, common characters of that script).
def _table(codec: str, first: int, last: int, trails: range | tuple) -> frozenset:
    """Characters a double-byte codec maps from lead bytes ``first..last`` and the given trail bytes."""
    out = set()
    for a in range(first, last + 1):
        for b in trails:
            try:
                out.add(bytes((a, b)).decode(codec))
            except UnicodeDecodeError:
                pass
    return frozenset(out)


_TRAILS = tuple(range(0x40, 0x7F)) + tuple(range(0x80, 0xFF))
#: GB 2312: symbols and the 6,763 characters of everyday simplified Chinese.
_COMMON_GB = _table("gb2312", 0xA1, 0xF7, range(0xA1, 0xFF))
#: Big5 symbols and its 5,401 frequently used (常用) characters.
_COMMON_BIG5 = _table("cp950", 0xA1, 0xC6, _TRAILS)
#: JIS X 0208 symbols, kana and the 2,965 level-1 kanji.
_COMMON_JIS = _table("cp932", 0x81, 0x98, _TRAILS)
_COMMON_ANY = _COMMON_GB | _COMMON_BIG5 | _COMMON_JIS
# UTF-16 without a mark is recognised but not read on a guess: the message names the encoding to
# pass (a wrong guess between LE and BE, or of a binary file, would be read as garbage).
_UTF16 = (("utf-16-le", "UTF-16LE（无 BOM）", _COMMON_ANY, False),
          ("utf-16-be", "UTF-16BE（无 BOM）", _COMMON_ANY, False))
_OTHERS = (("cp950", "Big5", _COMMON_BIG5, True), ("cp932", "Shift-JIS", _COMMON_JIS, True)) + _UTF16
# Characters no text file holds: private use, surrogates, and controls other than tab and line ends.
_NEVER_TEXT = re.compile("[\ue000-\uf8ff\ud800-\udfff\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SAMPLE = 200_000


def _not_text(text: str, common: frozenset) -> tuple[int, str, str] | None:
    """Why ``text`` does not look like text read in the right encoding (line, Chinese, English), or None.

    Wrong readings of double-byte text give private-use or unassigned characters, controls, or
    runs of rare characters; right ones give mostly characters of the script's common set. Up to
    two rare characters, or one in ten, are allowed (names, place names).
    """
    m = _NEVER_TEXT.search(text)
    if m:
        line = text[:m.start()].count("\n") + 1
        kind = "私用区字符" if "\ue000" <= m.group() <= "\uf8ff" else "控制字符或无效字符"
        return line, f"得到{kind} U+{ord(m.group()):04X}", f"gives the character U+{ord(m.group()):04X}"
    sample = text[:_SAMPLE]
    for k, ch in enumerate(sample):
        if ord(ch) > 0x7F and unicodedata.category(ch) == "Cn":
            line = sample[:k].count("\n") + 1
            return line, f"得到未分配的字符 U+{ord(ch):04X}", f"gives the unassigned character U+{ord(ch):04X}"
    han = _HAN.findall(sample)
    rare = [ch for ch in han if ch not in common]
    other = [ch for ch in sample if ord(ch) > 0x7F and not _HAN.match(ch) and ch not in common
             and unicodedata.category(ch)[0] in "LS"]
    if len(rare) > max(2, len(han) // 10) or len(other) > max(2, len(sample) // 20):
        first = min(sample.index(ch) for ch in (rare[:1] + other[:1]))
        return (sample[:first].count("\n") + 1, f"多为生僻字或罕见符号（{len(han)}个汉字中{len(rare)}个不在常用字表）",
                f"gives mostly rare characters ({len(rare)} of {len(han)} Chinese characters are uncommon)")
    return None


def _nul_failure(data: bytes) -> tuple[int, str, str]:
    line = data[:data.index(b"\x00")].count(b"\n") + 1
    return line, "含有空字节（\\x00），不是 UTF-8 或 GB18030 文本", "holds a NUL byte, so it is neither UTF-8 nor GB18030"


def _guess(data: bytes, name: str, candidates, *, first_failure: tuple[int, str, str]) -> tuple[str, str]:
    """The first candidate whose reading looks like text; refused with the reasons otherwise."""
    for codec, label, common, auto in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _not_text(text, common) is None:
            if auto:
                return text, label
            raise ConsultaggInputError(
                f"{name}：文件似为{label}编码（没有字节顺序标记，无法确定，未读取）；如确是，请用 encoding= 指定"
                f"（{codec}）。 The file {name} looks like {codec.upper()} without a byte-order mark; it was not read on"
                f" a guess: pass encoding='{codec}' (--encoding {codec}) if it is.")
    line, zh, en = first_failure
    tried = [label.split("（")[0] for _, label, _, _ in candidates]
    raise ConsultaggInputError(
        f"{name} 第{line}行：无法识别文件编码（已尝试 UTF-8、GB18030、{'、'.join(tried)}）：{zh}，"
        f"按其他编码也读不出正常文本。请确认文件的编码后用 encoding= 指定，或用记事本/WPS 另存为 UTF-8。"
        f" Cannot detect the encoding of {name} (line {line}): {en}, and it does not read as text in"
        f" {', '.join(tried)} either; pass encoding= (--encoding) or save the file as UTF-8.")


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


def json_records(text: str, name: str, *, lines: bool) -> tuple[list[dict], list[int]]:
    """The objects of a JSON Lines text (one per line) or a JSON list (or ``{"comments": [...]}``),
    with the line (JSON Lines) or 1-based position of each.

    Raises
    ------
    ConsultaggInputError
        Invalid JSON or not objects; the message names the file, and the line.

    >>> json_records('{"意见": "建议一"}\\n\\n{"意见": "建议二"}', "x.jsonl", lines=True)
    ([{'意见': '建议一'}, {'意见': '建议二'}], [1, 3])
    """
    records, rownums = [], []
    if lines:
        # split("\n"), not splitlines(): U+2028 and friends may sit unescaped inside JSON strings.
        for lineno, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ConsultaggInputError(f"{name} 第{lineno}行：不是有效的 JSON（{exc.msg}，第{exc.colno}列）。"
                                           f" Line {lineno} of {name} is not valid JSON: {exc.msg} "
                                           f"(column {exc.colno}).") from exc
            if not isinstance(obj, dict):
                raise ConsultaggInputError(f"{name} 第{lineno}行：应为一个 JSON 对象（{{…}}）。"
                                           f" Line {lineno} of {name} is not a JSON object.")
            records.append(obj)
            rownums.append(lineno)
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConsultaggInputError(f"{name} 第{exc.lineno}行第{exc.colno}列：不是有效的 JSON（{exc.msg}）。"
                                       f" {name} is not valid JSON at line {exc.lineno}, column "
                                       f"{exc.colno}: {exc.msg}.") from exc
        if isinstance(data, dict):
            lists = [v for k, v in data.items() if isinstance(v, list)
                     and k.lower() in ("comments", "data", "records", "items", "rows")]
            data = lists[0] if lists else None
        if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
            raise ConsultaggInputError(f"{name}：应为 JSON 对象列表（[{{…}}, …]）。"
                                       f" {name} must hold a list of JSON objects.")
        records, rownums = data, list(range(1, len(data) + 1))
    return records, rownums


# Suffixes read_comments reads: a string ending so names a file, whether or not it exists yet.
READ_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".et", ".csv", ".tsv", ".jsonl", ".json", ".txt", ".md",
                 ".docx", ".doc", ".wps", ".pdf", ".eml")


def is_text(s: str) -> bool:
    """Whether a string is an opinion's text, not a file name: it names nothing on disk or of a
    readable kind, and reads as a sentence (a line break, sentence punctuation or more than 30
    characters). A short bare name that does not exist stays a file name, refused as missing."""
    return not looks_like_path(s) and ("\n" in s or len(s) > 30 or bool(re.search(r"[。，！？；、“”]", s)))


def looks_like_path(s: str) -> bool:
    """Whether a string names a file or folder rather than holding an opinion's text."""
    if "\n" in s or len(s) > 1024:
        return False
    try:
        return Path(s).exists() or Path(s).suffix.lower() in READ_SUFFIXES
    except (OSError, ValueError):
        return False
