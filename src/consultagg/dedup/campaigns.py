"""Whether a campaign member still asks what its template asks.

Members of a form-letter campaign make the letter their own: who they are, where they live, a
story, a word put for another, a sentence cut. None of that asks for anything else, and the
member's own text is shown as its own opinion. What does is a sentence of the template that asks
for something (建议, 请, 希望 …) written with another number, negation, direction, section or
order: such a member leaves the campaign and is kept as related to it (同题不同诉求), so that a
decision on the campaign never answers it.

Examples
--------
>>> t = "我们是北岭市居民。规划提出城市生活污水集中收集率目标为70%。建议将该目标调整为65%。"
>>> campaign_difference(t, t.replace("65%", "75%")).reason
'数值不同：65% / 75%'
"""

from __future__ import annotations

import re
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np

from consultagg.dedup._campaign_sentences import (ASKS as _ASKS, SENTENCE as _SENTENCE, closest as _closest, lead_free_key as _lead_free_key,
                                                  references as _refs_of, referring as _referring, sentence_keys as _sentence_keys,
                                                  without_own_lead as _without_own_lead)
from consultagg.dedup._named import object_named, place_kind_put as _place_kind_put
from consultagg.dedup._objects import AT_LARGE as _AT_LARGE, exchanged, object_put as _object_put
from consultagg.dedup._typos import typo_pair
from consultagg.dedup._words import load_dictionaries
from consultagg.dedup.minhash import _segments, isin_sorted
from consultagg.dedup.reduce import _CN_RUN, _DROP, _reduce, _synonyms
from consultagg.dedup.verify import _DIRECTION, _NEGATION, _NOT_NEGATION, _ORDER, Difference, request_difference
from consultagg.text.normalize import nfkc

__all__ = ["campaign_difference", "member_additions", "split_campaigns"]

# Members to judge closely before the work is spread over processes.
_PARALLEL_MEMBERS = 20_000
# What campaign members change as they make a letter their own (a word, a name, a place): only
# a number, a negation, a direction, a section or an order takes a member out of its campaign.
_PERSONAL_EDITS = ("文字不同", "文字增删")


# Requests added to a whole shorter text (此外，建议设立生态修复基金…): at least this many characters.
_ADDED_REQUEST = re.compile(r"建议|要求|应当|应该|请求|恳请|呼吁")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MIN_ADDED_CHARS = 20


def campaign_difference(template: str, member: str) -> Difference | None:
    """Whether a campaign member changed what the template asks for.

    A campaign member adds its own text, cuts sentences, and edits words; the additions are
    shown as the member's own opinion and a cut asks for nothing new. What makes the member
    another request is a sentence of the template that asks for something (建议, 请, 希望 …)
    written with another number, negation, direction, section or order: each such sentence not
    found verbatim in the member is compared with the member's closest sentence by
    :func:`request_difference` (``edits_only=True``). A word, a name or a place changed is how
    members make a letter their own and keeps them in the campaign.

    Examples
    --------
    >>> t = "我们是北岭市居民。规划提出城市生活污水集中收集率目标为70%。建议将该目标调整为65%。"
    >>> campaign_difference(t, "我是北岭市红星村村民，家里靠种地为生。" + t) is None
    True
    >>> campaign_difference(t, t.replace("65%", "75%")).reason
    '数值不同：65% / 75%'
    """
    return _campaign_difference(_asking_sentences(template), member, frozenset(_sentence_keys(template)), _referring(template),
                                _whole(template))


# A unit after a number (20亩 / 20公顷 is another amount; 5千米 / 5公里 the reduction reads alike).
_UNIT = r"(?:平方公里|平方千米|平方米|立方米|公顷|亩|公里|千米|厘米|毫米|米|万吨|吨|千克|公斤|毫克|微克|克|万元|亿元|元|分贝|升)"
_STRONG = re.compile(rf"(?<![A-Za-z\d.])\d+(?:\.\d+)?{_UNIT}?|{_CN_RUN}|{_NEGATION.pattern}|{_DIRECTION.pattern}")


def _spelled(mine: dict[str, str]) -> tuple[str, frozenset[int]]:
    """The member's sentence keys in a row (who writes set aside), and where each starts and ends in them."""
    keys = [_lead_free_key(sentence) for sentence in mine.values()]  # (who writes set aside, as in the template's)
    ends, at = {0}, 0
    for k in keys:
        at += len(k)
        ends.add(at)
    return "".join(keys), frozenset(ends)


@lru_cache(maxsize=1 << 12)  # (once per template)
def _whole(template: str) -> str:
    """A template's sentence keys in a row, who writes set aside (see :func:`_spelled`)."""
    return _spelled(_sentence_keys(template))[0]


def _spelled_out(key: str, joined: str, ends: frozenset[int]) -> bool:
    """Whether ``key`` is a run of whole sentences of the member (see :func:`_spelled`)."""
    at = joined.find(key)
    while key and at >= 0:
        if at in ends and at + len(key) in ends:
            return True
        at = joined.find(key, at + 1)
    return False


@lru_cache(maxsize=1 << 16)  # (a template's sentences, once for all its members)
def _strong_words(sentence: str) -> tuple[str, ...]:
    """Numbers (either script), negations and words of direction, in order: two sentences
    whose lists agree can differ in words only."""
    s = _NOT_NEGATION.sub("", nfkc(sentence))
    return tuple(_STRONG.findall(s)) + tuple(_BY_OR_TO.findall(s))


def _swapped_pieces(a: str, b: str) -> tuple[str, str] | None:
    """The first clauses that differ when ``b`` holds ``a``'s characters in another order inside its clauses."""
    ca, cb = ([_DROP.sub("", c) for c in re.split(r"[，,；;：:]", x) if _DROP.sub("", c)] for x in (a, b))
    if sorted(ca) == sorted(cb):
        return None
    return next(((x, y) for x, y in zip(ca, cb) if x != y), None)


# Words of direction one way and the other (verify's _DIRECTION, split where it turns): 加强 / 强化 go one way.
_DOWN_WORDS = frozenset("减少 减小 减低 降低 下调 调低 调减 缩小 缩减 缩短 放缓 推迟 延后 减弱 弱化 禁止 限制 反对 删除 删去 删掉 去掉 取消 "
                        "撤销 移出 剔除 调出 暂停 停止 放松 低于 从宽 从轻 减轻 下限".split())


def _turned(sentence: str, other: str) -> Difference | None:
    """``方向相反`` when a word of direction of one sentence is put the other way in the other (加重 / 减轻)."""
    # (and a limit's side, 作为上限 / 作为下限: the member's bound the other way)
    a, b = (Counter(_DIRECTION.findall(x) + _LIMIT.findall(x)) for x in (sentence, other))
    only_a, only_b = list((a - b).elements()), list((b - a).elements())
    if only_a and only_b and {w in _DOWN_WORDS for w in only_a} != {w in _DOWN_WORDS for w in only_b}:
        return Difference("different", f"方向相反：{'、'.join(only_a)} / {'、'.join(only_b)}")
    return None


_LIMIT = re.compile(r"上限|下限")


# A change by an amount or to it (提高200元 / 提高到200元): another request.
_BY_OR_TO = re.compile(r"(?:提高|降低|增加|减少|增长|下降|上调|下调|扩大|缩小|压减|削减|压缩|延长|缩短)(?:到|至)?(?=[\d一二三四五六七八九十两])")
_BY_OR_TO_SHOWN = re.compile(_BY_OR_TO.pattern + r"[\d.]+[%％]?[\u4e00-\u9fff]?")


def _asking_sentences(template: str) -> list[tuple[str, str]]:
    """The template's sentences that ask for something: (key, sentence)."""
    keys = _sentence_keys(template)
    asking = [(key, sentence) for key, sentence in keys.items() if _ASKS.search(sentence)]
    # (沙尘天气应纳入学校停课情形。 asks in no word of _ASKS: its sentences are the request)
    return asking or list(keys.items())


# An amount a request asks for (5000元, 65%, 3公里, 12个月), not a building, an age or a group a member names.
_QUANTITY = re.compile(r"\d+(?:\.\d+)?(?:%|元|万|亿|米|公里|千米|吨|公顷|小时|分钟|天|个月|倍|辆|人次)")


def _campaign_difference(asks, member: str, template_keys: frozenset[str], referring=(), whole: str = "") -> Difference | None:
    if not asks:
        return None
    mine = _sentence_keys(member)
    theirs = [(key, sentence) for key, sentence in mine.items() if key not in template_keys]
    # a part of the draft named in a sentence the request points back to (第27页表3所列… / 第72页…。建议统一表述)
    for sentence, refs in referring:
        # (a thing told of is matched more loosely: its story is told with other words, 梁架上的木雕 / 桥身上的石刻)
        if not theirs or (best := _closest(sentence, theirs, 0.5 if refs else 0.3)) is None:
            continue
        if refs and (other := _refs_of(best)) and other != refs:
            return Difference("different", f"章节不同：{'、'.join(refs)} / {'、'.join(other)}")
        if not refs and (named := object_named(sentence, best, _AT_LARGE, whole=True)):
            return Difference("different", f"对象不同：{named}")  # 周氏宗祠… / 永济古桥…。建议…将其列入…
    # (a sentence cut otherwise, 1.增加…；2.… over lines, is no sentence missing: the member's sentences in a row
    # spell it, from one's start to another's end; not a sentence that goes on, …宰杀区，并且每天消毒)
    joined, ends = _spelled(mine)
    if joined == whole:
        return None  # the template's words in its order, who writes aside, cut into sentences otherwise
    missing = [a for a in asks if a[0] not in mine and not _spelled_out(_lead_free_key(a[1]), joined, ends)]
    if not missing:
        return None
    # (a clause that asks for more opens with a word of _MORE_OPENING: only sentences holding one
    # can be the longer of two)
    longer = [other for other in mine.values() if _MORE_OPENING.search(other)]
    for _, sentence in missing:  # the template's request with a clause that asks for more after it
        for other in longer:
            if (added := _added_clause(sentence, other)) is not None:
                return Difference("expanded", f"补充了新的诉求：{added[:40]}")
        if _MORE_OPENING.search(sentence):  # (or the member's without the clause the template adds)
            for other in mine.values():
                if (added := _added_clause(other, sentence)) is not None:
                    return Difference("expanded", f"补充了新的诉求：{added[:40]}")
    # An edited asking sentence is among the member's sentences the template does not have.
    matched = False
    for _, sentence in missing:
        if (best := _closest(sentence, theirs)) is None:
            # (the sentence was cut or rewritten; or its object named in other words, 增设一处公共厕所，并配置母婴室 /
            # 增设一处自助售卖点，并配置遮阳棚, shares less than half its bigrams: the member's closest sentence that
            # asks, judged for nouns put for others alone)
            near = _closest(sentence, [(k, o) for k, o in theirs if _ASKS.search(o)], 0.3)
            if near is not None and (put := _object_put(_without_own_lead(sentence), _without_own_lead(near))):
                return Difference("different", f"对象不同：{put}")
            if near is not None and (turned := _turned(_without_own_lead(sentence), _without_own_lead(near))):
                return turned  # (建议扩大核心景区范围，将…纳入 / 建议缩小…，将…调出: the other way, its object told otherwise)
            continue
        matched = True
        # (who writes told before the request in the same sentence, 本人在某村生活了33年，建议…: theirs to change, and
        # what it asks judged without it)
        if (why := _sentence_difference(_without_own_lead(sentence), _without_own_lead(best))) is not None:
            return why
    if not matched and len(mine) <= 2 and len(missing) == 1:
        # a short member whose one request matches none of the template's sentences closely (经研究，我区
        # 提出如下意见：建议将…: a lead put to the one sentence): the whole member is its version of it
        said = "。".join(mine.values())
        if len(said) <= 2 * len(missing[0][1]) and (why := _sentence_difference(missing[0][1], said)) is not None:
            return why
    # an amount the template asks for put for another in a sentence the member reworded around it
    # (设置5000元上限 / …，个人记名卡不超过3000元): another request (one only dropped may be a rewording)
    wanted = Counter(n for _, sentence in missing for n in _QUANTITY.findall(_reduce(sentence)))
    # (read sentence by sentence: members share their sentences, so each is reduced once for a campaign)
    have = Counter(n for sentence in mine.values() for n in _QUANTITY.findall(_reduce(sentence))) if wanted else wanted
    if (lost := wanted - have) and (added := have - wanted):
        return Difference("different", f"数值不同：{'、'.join(lost.elements())[:40]} / {'、'.join(added.elements())[:40]}")
    return None


@lru_cache(maxsize=1 << 16)  # (members share their edited sentences: each pair is judged once)
def _sentence_difference(sentence: str, best: str) -> Difference | None:
    """Whether a member's sentence ``best``, closest to the template's asking ``sentence``, asks
    for something else: a clause that asks for more, another object or kind of place, or another
    number, negation, direction or order. A word changed is how members make a letter their own."""
    if (added := _added_clause(sentence, best)) is not None:
        return Difference("expanded", f"补充了新的诉求：{added[:40]}")  # …明细，并明确中途退园的退费办法
    if (cited := _other_document(sentence, best)) is not None:
        return Difference("different", f"对象不同：{cited}")  # 《实施细则》第二十六条 / 《条例》第二十六条
    if (named := object_named(sentence, best, _AT_LARGE)) and _edit_difference(sentence, best) is not None:  # (not a typo)
        return Difference("different", f"对象不同：{named}")  # 将萸川机场纳入… / 将芷陵机场纳入…
    if (put := _place_kind_put(sentence, best)) is not None:
        return Difference("different", f"对象不同：{put}")  # 建议对学校周边… / 建议对医院周边…
    if (put := _object_put(sentence, best)) is not None:
        return Difference("different", f"对象不同：{put}")  # 将阿尔茨海默病纳入… / 将帕金森病纳入…
    if (turned := _turned(sentence, best)) is not None:  # 建议加重 / 建议减轻, 延长 / 缩短: the other way
        return turned
    by_a, by_b = _BY_OR_TO_SHOWN.findall(_reduce(sentence)), _BY_OR_TO_SHOWN.findall(_reduce(best))  # (read alike: 1O% / 10%)
    if by_a != by_b and len(by_a) == len(by_b):  # 提高200元 / 提高到200元: by the amount, or to it
        return Difference("different", f"数值不同：{'、'.join(by_a)} / {'、'.join(by_b)}")
    ka, kb = _DROP.sub("", sentence), _DROP.sub("", best)
    if ka != kb and sorted(ka) == sorted(kb) and (pieces := _swapped_pieces(sentence, best)) \
            and not (len(ka) == len(kb) and all(x == y or typo_pair(x, y) for x, y in zip(ka, kb))):  # (自己 / 自已 and 已 / 己)
        return Difference("different", f"顺序对调：{pieces[0]} / {pieces[1]}")  # 上午对老年人…下午对中小学生 / 上午对中小学生…
    if (pieces := _swapped_pieces(sentence, best)) and (things := exchanged(*pieces)):
        return Difference("different", f"顺序对调：{things[0]} / {things[1]}")  # 按草场面积占六成、户籍人口占四成 / 按户籍人口占六成、…
    if _strong_words(sentence) == _strong_words(best) and not (_ORDER.search(sentence) and sorted(ka) == sorted(kb)):
        return None  # the same numbers, negations and directions, nothing swapped: words changed
    why = _edit_difference(sentence, best)
    if why is not None and why.kind == "different" and not why.reason.startswith(_PERSONAL_EDITS):
        return why
    return None


_TITLE = re.compile(r"《([^《》]{1,60})》")


def _other_document(sentence: str, other: str) -> str | None:
    """``《A》 / 《B》`` when the two sentences cite other documents in the same place: titles that, their brackets
    aside, share less than half their wording (《实施细则》 / 《条例》; 《某条例（草案）》 and 《某条例》 are one, and so
    are titles a word apart, 《中华人民共和国政府采购法》 / 《政府采购法》)."""
    a = [re.sub(r"[（(][^（）()]*[）)]", "", t) for t in _TITLE.findall(sentence)]
    b = [re.sub(r"[（(][^（）()]*[）)]", "", t) for t in _TITLE.findall(other)]
    pair = next(((x, y) for x, y in zip(a, b) if x not in y and y not in x
                 and SequenceMatcher(None, x, y, autojunk=False).ratio() < 0.5), None) if len(a) == len(b) else None
    return f"《{pair[0]}》 / 《{pair[1]}》" if pair else None


# A clause that asks for more after a request (，并明确中途退园的退费办法 / ，并且每天收市后全面消毒):
# at the start of what a member adds (_MORE), or anywhere in a text after a comma (_MORE_IN).
_MORE_CLAUSE = (r"(?:(?:并且?|同时|另外|此外|还要?|以及)[^。！？!?]{0,16}?|另请[将把]?[^。！？!?，,]{0,16}?)"
                r"(?:明确|增加|补充|规定|设置|建立|公开|公示|配套|落实|提高|"
                r"降低|取消|延长|缩短|消毒|检查|清理|整治|处罚|补贴|安装|建设|修建|开放|公布|实行|执行|开展|组织|提升|纳入|列入|"
                r"给予|减免|下浮|奖励|扶持)")  # (…，并在安全生产责任保险费率上给予不低于20%的下浮优惠)
_MORE = re.compile(r"^[，,；;]?\s*" + _MORE_CLAUSE)
_MORE_OPENING = re.compile(r"并|同时|另|此外|还|以及")
_MORE_IN = re.compile(r"[，,；;]\s*" + _MORE_CLAUSE)


def _added_clause(sentence: str, other: str) -> str | None:
    """The clause ``other`` adds at the end of ``sentence``'s request that asks for more, if any."""
    core = sentence.rstrip("。！!；; ")
    tail = core[-20:]  # (the request's end: its opening may be put another way, 我局建议将… / 建议将…)
    same_opening = other.startswith(core)
    at = other.find(tail) if len(tail) >= 8 or same_opening else -1
    if at < 0:
        return None
    added = other[at + len(tail):].rstrip("。！!；; ")
    if not same_opening and not _ASKS.search(added):
        return None  # (the request opened another way: what follows must ask in words, 另请将…)
    return added.lstrip("，,；; ") if _MORE.match(added) and len(_CJK.findall(added)) >= 6 else None


@lru_cache(maxsize=1 << 16)
def _edit_difference(sentence: str, other: str) -> Difference | None:
    """:func:`request_difference` of two sentences, edits only, once per pair: the members left
    over from a campaign are judged again against each new head, mostly on the same pairs."""
    return request_difference(sentence, other, edits_only=True)


def _keep_asks(texts, spans, heads: np.ndarray, members: np.ndarray) -> np.ndarray:
    """Whether each member holds every clause of its head's asking sentences unchanged.

    ``spans`` are the grouper's clauses of all texts (``consultagg.dedup.minhash.clause_spans``);
    ``heads`` and ``members`` index ``texts``. Vectorised: a member passes when each
    (member, required clause hash) pair is among the member's own clause hashes.
    """
    c_text, c_hash, c_begin = spans[0], spans[1], spans[2]
    req_of: dict[int, np.ndarray] = {}
    for h in np.unique(heads).tolist():
        lo, hi = np.searchsorted(c_text, [h, h + 1])
        asking = ([(m.start(), m.end()) for m in _SENTENCE.finditer(texts[h]) if _ASKS.search(m.group(0))]
                  or [(m.start(), m.end()) for m in _SENTENCE.finditer(texts[h])])  # (沙尘天气应纳入…: all of it)
        begins = c_begin[lo:hi]
        inside = np.zeros(hi - lo, dtype=bool)
        for a, b in asking:
            inside |= (begins >= a) & (begins < b)
        req_of[h] = np.unique(c_hash[lo:hi][inside])
    n_req = np.array([req_of[h].size for h in heads.tolist()], dtype=np.int64)
    if not n_req.any():
        return np.ones(members.size, dtype=bool)
    gold = np.uint64(0x9E3779B97F4A7C15)
    owner = np.repeat(np.arange(members.size), n_req)
    need = np.concatenate([req_of[h] for h in heads.tolist()]) ^ (members[owner].astype(np.uint64) * gold)
    is_member = np.zeros(len(texts), dtype=bool)
    is_member[members] = True
    sel = is_member[c_text]
    have = c_hash[sel] ^ (c_text[sel].astype(np.uint64) * gold)
    found = np.bincount(owner, weights=isin_sorted(need, have), minlength=members.size)
    return found >= n_req


def _first_round(jobs: list[tuple[str, list[str]]]) -> list[list[Difference | None]]:
    """Each template's members judged against it: ``jobs`` holds (template, member texts)."""
    out = []
    for template, members in jobs:
        asks, keys, referring, whole = _asking_sentences(template), frozenset(_sentence_keys(template)), _referring(template), _whole(template)
        out.append([_campaign_difference(asks, t, keys, referring, whole) for t in members])
    return out


def _judge_all(jobs, n_jobs: int) -> list[list[Difference | None]]:
    """:func:`_first_round` on ``n_jobs`` processes when the work pays for starting them."""
    n_members = sum(len(m) for _, m in jobs)
    if n_jobs <= 1 or n_members < _PARALLEL_MEMBERS or len(jobs) < 2:
        return _first_round(jobs)
    order = sorted(range(len(jobs)), key=lambda i: -len(jobs[i][1]))
    parts: list[list[int]] = [[] for _ in range(n_jobs)]
    load = [0] * n_jobs
    for i in order:  # the largest campaigns first, each to the least loaded process
        k = load.index(min(load))
        parts[k].append(i)
        load[k] += len(jobs[i][1])
    load_dictionaries()  # before the fork: the workers share them
    with ProcessPoolExecutor(max_workers=n_jobs) as pool:
        done = list(pool.map(_first_round, [[jobs[i] for i in part] for part in parts]))
    out: list[list[Difference | None]] = [[] for _ in jobs]
    for part, res in zip(parts, done):
        for i, r in zip(part, res):
            out[i] = r
    return out


def split_campaigns(texts, uniq, exact_of, cluster, rep, joined, min_campaign_size: int, spans=None,
                    n_jobs: int = 1):
    """Take out of each campaign the members that changed what its template asks for.

    Campaign clusters (``min_campaign_size`` texts or more, or made by a containment join) are
    checked member by member against the template (the cluster's id) with
    :func:`campaign_difference`; the members that differ are regrouped among themselves the same
    way (a counter-campaign stays a campaign). With ``spans`` (the grouper's clauses), members
    that keep every clause of the template's asking sentences pass without a closer look; the
    others are judged on ``n_jobs`` processes when there are many.
    Returns ``(cluster, rep, related)`` as :func:`consultagg.dedup.regroup.split_by_request` does.
    """
    m = uniq.size
    n_texts = np.bincount(cluster[np.searchsorted(uniq, exact_of)], minlength=m)
    joined_cluster = np.zeros(m, dtype=bool)
    joined_cluster[cluster[joined]] = True
    campaign = (n_texts >= min_campaign_size) | joined_cluster
    in_campaign = (cluster != np.arange(m)) & campaign[cluster]  # (the members as first clustered)
    members_of: dict[int, list[int]] = {}
    cluster, rep = cluster.copy(), rep.copy()
    related: list[tuple[int, int, str, str]] = []
    # A few texts joined only because one holds another (no template many sent): judged as a pair,
    # like texts that are not a campaign; a longer one that adds requests is an expanded version
    # (related, never answered as one with the shorter).
    small = joined_cluster & (n_texts < min_campaign_size)
    for u in np.flatnonzero((cluster != np.arange(m)) & small[cluster]).tolist():
        head = int(cluster[u])
        short, long_ = sorted((texts[uniq[head]], texts[uniq[u]]), key=len)
        why = request_difference(short, long_)
        added = long_.replace(short.strip(), "", 1).strip() if short.strip() in long_ else ""
        if why is None or not (why.kind == "expanded" or (
                _ADDED_REQUEST.search(added) and len(_CJK.findall(added)) >= _MIN_ADDED_CHARS)):
            continue  # a re-post retold or a story told longer stays with its copy
        cluster[u] = rep[u] = u
        if why.kind != "expanded":  # the whole shorter text and requests after it: say so
            why = Difference("expanded", f"补充了新的诉求：{added[:40]}{'…' if len(added) > 40 else ''}")
        related.append((int(uniq[head]), int(uniq[u]), why.kind, why.reason))
    checked = np.flatnonzero((cluster != np.arange(m)) & campaign[cluster])
    if spans is not None and checked.size:
        kept = _keep_asks(texts, spans, uniq[cluster[checked]], uniq[checked])
        # (a member that keeps the request but asks for more after it, …，并明确退费办法, is looked at;
        # each head's text is searched once)
        head_more = {h: bool(_MORE_IN.search(texts[uniq[h]])) for h in np.unique(cluster[checked]).tolist()}
        more = np.array([bool(_MORE_IN.search(texts[uniq[u]])) != head_more[int(cluster[u])]
                         for u in checked.tolist()], dtype=bool)
        # (and every member of a head naming parts of the draft outside its request: 第27页表3所列…。建议统一表述)
        refers = {h: bool(_referring(texts[uniq[h]])) for h in head_more}
        more |= np.array([refers[int(cluster[u])] for u in checked.tolist()], dtype=bool)
        checked = checked[~kept | more]
    for u in checked.tolist():
        members_of.setdefault(int(cluster[u]), []).append(u)
    heads = list(members_of)
    first = _judge_all([(texts[uniq[c]], [texts[uniq[u]] for u in members_of[c]]) for c in heads], n_jobs)
    copies = np.bincount(np.searchsorted(uniq, exact_of), minlength=m)  # (each distinct text's number of texts)
    for c, verdicts in zip(heads, first):
        head, pending = c, members_of[c]
        while pending:
            left = []
            if verdicts is None and copies[[head, *pending]].sum() < min_campaign_size:
                # the members left over, too few for a campaign: judged as near copies are, each against the
                # first of them (删除 / 保留, or another district and another matter, are never one campaign's edits)
                verdicts = [request_difference(texts[uniq[head]], texts[uniq[u]]) for u in pending]
            elif verdicts is None:  # the members left over, against the first of them
                verdicts = _first_round([(texts[uniq[head]], [texts[uniq[u]] for u in pending])])[0]
            for u, why in zip(pending, verdicts):
                if why is None:
                    cluster[u] = rep[u] = head
                else:
                    left.append(u)
                    related.append((int(uniq[head]), int(uniq[u]), why.kind, why.reason))
            if not left:
                break
            head, pending, verdicts = left[0], left[1:], None
            cluster[head] = rep[head] = head
    _swapped_members(texts, uniq, cluster, rep, in_campaign, related)
    return cluster, rep, related


def _swapped_members(texts, uniq, cluster, rep, in_campaign, related) -> None:
    """Members of one campaign that hold the same words in another order where order is the request
    (由市场监管部门牵头、生态环境部门配合 / 由生态环境部门牵头、市场监管部门配合): each is judged against the
    template alone, and a template that names neither order lets both pass; the one nearer the template
    stays, the others leave (``顺序对调``)."""
    by_key: dict[tuple[int, str], list[int]] = {}
    for u in np.flatnonzero(in_campaign & (cluster != np.arange(cluster.size))).tolist():
        t = texts[uniq[u]]
        if _ORDER.search(t):  # (only a text with a word of order can ask for one)
            by_key.setdefault((int(cluster[u]), "".join(sorted(_DROP.sub("", nfkc(t))))), []).append(u)
    for (head, _), same in by_key.items():
        if len(same) < 2:
            continue
        template = texts[uniq[head]]
        same.sort(key=lambda u: (-SequenceMatcher(None, template, texts[uniq[u]], autojunk=False).ratio(), u))
        keep = texts[uniq[same[0]]]
        for u in same[1:]:
            why = request_difference(keep, texts[uniq[u]])
            if why is not None and why.reason.startswith("顺序对调"):
                cluster[u] = rep[u] = u
                related.append((int(uniq[same[0]]), int(uniq[u]), why.kind, why.reason))


# Clauses judged at a time by member_additions.
_CLAUSE_SLICE = 1 << 21


def member_additions(texts, enc, spans, labels, group_rep, multi, min_addition_chars: int):
    """Each member's own text: its clauses that are neither template clauses nor light edits of one.

    Clause membership is vectorised; only clauses absent from the template are looked at one
    by one (character bigrams against the template, so a synonym swap is not an addition).
    """
    in_multi = np.zeros(labels.max() + 1, dtype=bool)
    in_multi[multi] = True
    gold = np.uint64(0x9E3779B97F4A7C15)
    c_text, c_hash, c_begin, c_end, c_kst, c_len = spans
    # The templates' clauses, salted by their text (each group only sees its own template).
    is_rep = np.zeros(len(texts), dtype=bool)
    is_rep[group_rep[multi]] = True
    of_rep = np.flatnonzero(is_rep[c_text])
    rep_keys = np.unique(c_hash[of_rep] ^ (c_text[of_rep].astype(np.uint64) * gold))
    del of_rep
    # Members' clauses absent from their template, a slice of clauses at a time: the per-clause
    # temporaries of a million texts never exist at once.
    found = []
    for a in range(0, c_text.size, _CLAUSE_SLICE):
        t = c_text[a:a + _CLAUSE_SLICE]
        g = labels[t]
        r = group_rep[g]
        cand = np.flatnonzero(in_multi[g] & (t != r))
        salted = c_hash[a + cand] ^ (r[cand].astype(np.uint64) * gold)
        found.append(a + cand[~isin_sorted(salted, rep_keys, table_sorted=True)])  # (rep_keys: np.unique's, sorted)
    sel = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
    c_text, c_begin, c_end, c_kst, c_len = (x[sel] for x in (c_text, c_begin, c_end, c_kst, c_len))
    salt = group_rep[labels[c_text]].astype(np.uint64) * gold
    # A light edit of a template clause keeps most of its character bigrams (salted by the
    # representative, so each group only sees its own template).
    reps = np.unique(group_rep[multi])
    key = enc.key

    def bigram(i):  # two key characters at i, i + 1 as one code (gathered, then widened)
        return (key[i].astype(np.uint64) << np.uint64(21)) | key[i + 1].astype(np.uint64)

    r_i, r_own = _segments(enc.koff[reps], np.maximum(enc.key_len[reps] - 1, 0))
    r_code = bigram(r_i) ^ (reps[r_own].astype(np.uint64) * gold)
    n_bi = np.maximum(c_len - 1, 0)
    q_i, q_own = _segments(c_kst, n_bi)
    q_code = bigram(q_i) ^ salt[q_own]
    hits = np.bincount(q_own, weights=isin_sorted(q_code, r_code), minlength=sel.size)
    idx = np.flatnonzero(hits < 0.6 * np.maximum(n_bi, 1))
    add_text: dict[int, str] = {}
    own_len = np.bincount(c_text[idx], weights=c_len[idx], minlength=len(texts))
    for i in idx.tolist():
        t = int(c_text[i])
        add_text[t] = add_text.get(t, "") + texts[t][c_begin[i]:c_end[i]]
    # (a long addition, or one that asks in words: 另外建议在小区东门增设路灯 is a request the office answers)
    add_own = {t: own_len[t] >= min_addition_chars or (bool(_OWN_ASK.search(a)) and len(_CJK.findall(a)) >= _MIN_OWN_ASK)
               for t, a in add_text.items()}
    return {t: a.strip() for t, a in add_text.items()}, add_own


_OWN_ASK = re.compile(r"建议|希望|要求|请求|恳请|呼吁|应当|应该|请(?!问|示)|"
                      # (or takes a stand against the letter, or on its measure: 但是我不同意禁止新建饭店, 已建成的宾馆不应
                      # 拆除, 500米太宽了，100米就够了; each an opinion the office answers, never with the campaign)
                      r"不同意|反对|不赞成|不支持|不认同|不应|不宜|没必要|不必要|就够了|即可|"
                      r"(?<![响适反供相效对回答顺呼感])应(?=[扩缩增减提降包保删调改纳取禁允限加])|"
                      r"太(?:宽|窄|大|小|高|低|多|少|严|松|远|近|长|短)了")
_MIN_OWN_ASK = 10
