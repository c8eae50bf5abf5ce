"""The sentences of a campaign's template and of its members, and how one is found in the other.

A member makes the letter its own around the template's sentences: who writes before them (我家住在某小区，
是一名护士，…), a name before a colon (张三：…), a story told in other words. These helpers find a member's
version of a template's sentence with who writes set aside, and the template's sentences that ask nothing
but name what its request points back to (第27页表3所列… / 周氏宗祠建于…。建议…将其列入…).

>>> sentence_keys("我是某村村民。建议增加公交站！")
{'我是某村村民': '我是某村村民', '建议增加公交站': '建议增加公交站'}
>>> without_own_lead("我家住在南苑小区，是一名公交司机，建议在路口增设信号灯")
'建议在路口增设信号灯'
"""

from __future__ import annotations

import re
from functools import lru_cache

from consultagg.dedup._named import THING_WORDS
from consultagg.dedup._words import word_tags
from consultagg.dedup.reduce import _DROP, _reduce
from consultagg.dedup.verify import _REFERENCE
from consultagg.text.names import SURNAMES
from consultagg.text.ngrams import bigram_set
from consultagg.text.normalize import nfkc

__all__ = ["ASKS", "SENTENCE", "closest", "grams", "lead_free_key", "references", "referring", "sentence_keys", "undotted", "without_own_lead"]

SENTENCE = re.compile(r"[^。！？；!?;\n]+")
# A sentence that asks for something (not merely the next point of a list).
ASKS = re.compile(r"建议|请求|恳请|希望|应当|应该|必须|务必|亟需|呼吁|要求|请(?!问|批评|酌)")


def sentence_keys(text: str) -> dict[str, str]:
    """The sentences of ``text`` by their matching key (NFKC, lower case, no punctuation)."""
    out: dict[str, str] = {}
    for sentence in SENTENCE.findall(nfkc(text).lower()):
        key = _DROP.sub("", sentence)
        if key:
            out.setdefault(key, sentence)
    return out


# Who writes, opening a sentence before its request (我是…村民，/ 本人在…生活了33年，/ 作为一名护士，我每天都经过湖边，).
# (a clause that asks is the request, never who writes: 我是某村村民，我厅建议适当提高…，)
_OWN_LEAD = re.compile(r"^(?:我是|我们是|我家|家住|本人|作为|身为)(?![^。！？!?，,]*?(?:建议|希望|恳请|请求|呼吁|请|应当|应该))[^。！？!?，,]{0,30}[，,]"
                       # (我每天都经过湖边; not 我公司25万吨…项目, 我厅…: a body's own matter is the request's)
                       r"(?:(?:是[一1]?名|是个|我(?!们?(?:公司|单位|局|厅|委|市|县|区|旗|盟|镇|乡|村|院|校|所|中心|集团|企业|协会|小区|社区|街道|嘎查|苏木|学校|医院|厂))|每天|今年|全家|家里|经常|平时|常年|长期|天天)"
                       r"(?![^。！？!?，,]*?(?:建议|希望|恳请|请求|呼吁|请|应当|应该))[^。！？!?，,]{0,24}[，,])?"
                       r"(?=[^。！？!?]{0,80}(?:建议|希望|恳请|请求|呼吁|请|应当|应该))")  # (…，水库调度应当优先保障…)


_ONE_LEAD = re.compile(_OWN_LEAD.pattern[:_OWN_LEAD.pattern.index("(?:(?:是")] + r"(?=[^。！？!?]{0,80}(?:建议|希望|恳请|请求|呼吁|请|应当|应该))")


def without_own_lead(sentence: str) -> str:
    """``sentence`` without the clauses that say who writes before what it asks, or the writer's label
    before a colon (张三：本人认为…, 家长 某某 留言：…, 某小区业主（6栋502 某某）：…)."""
    for _ in range(2):  # (我是某村村民，家长 某某 留言：希望…: a clause, then a label)
        before = sentence
        if (m := _NAME_LABEL.match(sentence)) and m.group(1)[0] in SURNAMES and word_tags().get(m.group(1)) in (None, "nr"):
            sentence = sentence[m.end():]
        elif (m := _LABEL.match(sentence)) and not _LEAD_OPINION.search(m.group(0)) and not _LABEL_ASKS.search(m.group(0)):
            sentence = sentence[m.end():]
        # (the first clause alone when the second holds an opinion: 我是某村村民，我们认为，…)
        m = next((m for m in (_OWN_LEAD.match(sentence), _ONE_LEAD.match(sentence)) if m and not _LEAD_OPINION.search(m.group(0))), None)
        sentence = sentence[m.end():] if m else sentence
        if sentence == before:
            break
    return sentence


# Who writes before a colon opening the message (家长 某某 留言： / 某嘎查牧户某某，电话150****3321：), not a
# part of the draft nor anything asked or done (关于第五条： / 建议： / 删除：).
_LABEL = re.compile(r"[^。！？!?；;：:]{2,36}[：:]")
_LABEL_ASKS = re.compile(ASKS.pattern + r"|关于|对于|针对|增加|减少|删除|删去|保留|取消|提高|降低|扩大|缩小|禁止|允许|同意|反对|支持|不|无|没有")


# What a clause of who writes never holds: a part of the draft or an opinion (本人认为第五条不合理，建议…).
_LEAD_OPINION = re.compile(r"第[\d一二三四五六七八九十百零〇]+[章节条款项页篇部]|专栏|表\d|附件|认为|觉得|感到|意见|反对|同意|支持|不合理|不妥")


_NAME_LABEL = re.compile(r"([\u4e00-\u9fff]{2,4})[：:]")


@lru_cache(maxsize=1 << 16)  # (members share their edited sentences: each pair is judged once)
def grams(key: str) -> frozenset[str]:
    """The character bigrams of a sentence's key."""
    return frozenset(bigram_set(key))


@lru_cache(maxsize=1 << 16)
def lead_free_key(sentence: str) -> str:
    """A sentence's matching key without the clauses that say who writes (我家住在某小区，是一名护士，…),
    whatever follows them: to find a member's version of a template's sentence, not to judge it."""
    m = _MATCH_LEAD.match(sentence)
    return undotted(_DROP.sub("", sentence[m.end():] if m and not _LEAD_OPINION.search(m.group(0)) else sentence))


def undotted(key: str) -> str:
    """A key without the dot of a point's number (1.增加… / 1、增加…)."""
    return _POINT_DOT.sub("", key)


_POINT_DOT = re.compile(r"(?<=\d)\.(?=[\u4e00-\u9fff])")


_MATCH_LEAD = re.compile(_OWN_LEAD.pattern[:_OWN_LEAD.pattern.index("(?=")])


def closest(sentence: str, theirs: list[tuple[str, str]], least: float = 0.5) -> str | None:
    """The member's sentence that shares most character bigrams with ``sentence`` (over half, who writes
    set aside on both sides), or ``None`` when the member cut or rewrote it."""
    key = lead_free_key(sentence)
    mine, best, best_score = grams(key), None, least
    for _, other in theirs:
        other_key = lead_free_key(other)
        if not 0.5 * len(key) <= len(other_key) <= 2 * len(key):
            continue  # too short or too long to share half of the bigrams
        other_grams = grams(other_key)
        union = len(mine | other_grams)
        score = len(mine & other_grams) / union if union else 0.0
        if score > best_score:
            best, best_score = other, score
    return best


@lru_cache(maxsize=1 << 12)  # (once per template)
def referring(template: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The template's sentences that ask nothing but name parts of the draft, with the parts named (with
    ``()`` for the parts), or name a thing a request points back to (建议…将其列入… after 周氏宗祠建于…)."""
    sentences = sentence_keys(template).values()
    back = any(ASKS.search(s) and _BACK.search(s) for s in sentences)
    return tuple((sentence, refs) for sentence in sentences if not ASKS.search(sentence)
                 and ((refs := references(sentence)) or (back and _THING_NAMED.search(sentence))))


# A request pointing back to what was told before it (将其列入, 在该交叉口, 对该河段, 对上述问题).
_BACK = re.compile(r"(?:将|把|对|在|为|给)(?:其|该|此|上述|前述)")
_THING_NAMED = re.compile(r"[\u4e00-\u9fff]" + THING_WORDS)  # (the things object_named reads whole)


@lru_cache(maxsize=1 << 16)
def references(sentence: str) -> tuple[str, ...]:
    """The parts of the draft a sentence names (第27页, 第二章第二节 → 第2章、第2节, 表3), in order."""
    return tuple(_REFERENCE.findall(_reduce(sentence)))
