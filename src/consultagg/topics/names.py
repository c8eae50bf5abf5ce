"""Topic names a clerk writes into the 起草说明: a short phrase taken word for word from the members.

A name is cut from the members' own clauses around the topic's key phrases (黄河入河排污口整治,
老旧小区加装电梯), written by as many members as possible, with no place, organ or boilerplate word
in it, and unique among the topics of one fit (:func:`verbatim_name`, :func:`name_topics`). When
nothing verbatim qualifies, the key phrases joined (:func:`~consultagg.topics.labels.topic_name`)
stand in.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from consultagg.data import load_regions
from consultagg.text.segment import JiebaSegmenter
from consultagg.topics.labels import CJK, LABEL_STOPWORDS, NOUN_TAGS, pos_tags, topic_name

__all__ = ["NAME_FORBIDDEN", "SCATTERED", "TopicName", "describe_topics", "name_topics", "verbatim_name"]


# -- verbatim names ---------------------------------------------------------------------------
# A name is what a clerk writes into the 起草说明 (黄河入河排污口整治, 老旧小区加装电梯): a short phrase
# the members themselves wrote, not a list of keywords.

#: Never inside a name, even as part of a longer word: the consultation's boilerplate.
NAME_FORBIDDEN = ("建议", "意见", "问题", "规划", "加强", "进一步")
# Words a name never holds (a phrase ends before them): boilerplate, how letters address and sign.
_NAME_BREAK = frozenset("""
建议 意见 问题 规划 加强 进一步 征求意见 征求意见稿 反馈意见 修改意见 具体意见 总体意见 希望 要求 请求 恳请 请问
反映 反应 您好 你好 谢谢 感谢 尊敬 领导 同志 书记 省长 市长 县长 区长 镇长 乡长 厅长 局长 处长 科长 部长 主任
网友 市民 市民网友 本人 我 我们 你 你们 他 他们 她 它 大家 自己 贵 来函 收悉 经研究 特此 函复 如下 以下 以上
""".split())
# Words a name does not begin or end with (they may stand inside: 月牙湖湿地的保护): function words,
# modal and boilerplate verbs, vague frames, verb complements.
_NAME_EDGE = frozenset("""
的 地 得 之 和 与 及 以及 或 或者 并 并且 而 而且 但 但是 对 对于 在 将 把 被 让 使 由 从 向 为 为了 以 按 按照
于 给 跟 同 等 等等 了 着 过 是 有 也 都 还 又 再 就 才 只 很 太 更 最 较 要 应 应当 应该 需 需要 须 必须 可 可以
能 能够 会 该 本 此 这 那 其 其他 中 上 下 内 外 里 后 前 时 加快 推进 推动 完善 提高 提升 落实 实施 开展 进行
做好 实现 加大 强化 切实 积极 大力 着力 尽快 及时 认真 明确 增加 补充 修改 删除 调整 支持 鼓励 注重 重视 做到
确保 保证 严格 一定 一些 各 各类 各种 各地 相关 有关 关于 其中 目前 当前 现在 今后 以后 已经 正在 没有 不 无 未
非 个 项 条 次 年 月 日 工作 情况 方面 内容 事情 东西 时候 时间 地方 方式 形式 范围 领域 表述 问题 部分 建设
是不是 能不能 有没有 会不会 要不要 出来 起来 下来 上来 下去 上去 进来 进去 过来 过去 回来 回去 一下 一起
听说 觉得 认为 看到 知道 发现 就是 还是
""".split())
# Words that make a phrase a sentence (补贴明年就要取消, 只能又烧回煤炉子): adverbs, modal verbs,
# time words, prepositions, aspect particles. A name never holds one.
_CLAUSE_WORDS = frozenset("""
已经 一定 必须 特别 一直 非常 比较 甚至 原来 不断 不敢 当然 其实 终于 几乎 似乎 正是 就是 首先 实际上 更加 仍然
通常 越来越 逐渐 却是 经常 真是 尤其 也许 竟然 不再 曾经 真的 难道 到底 最终 立刻 至少 难以 只好 一旦 再次 更是
早已 很快 常常 永远 毕竟 必然 究竟 不必 大约 尚未 依然 从来 至今 恐怕 大概 仅仅 早就 赶快 居然 即将 就要 马上
尽量 的确 并未 或许 尽快 一律 从未 只能 可能 应该 应当 需要 能够 可以 不能 没有 还是 还要 也要 都要 不要 不会
不得 不让 不是 一下子 好几年 几年 多次 多年 一些 有的 很多 许多
""".split())
_CLAUSE_TAGS = frozenset({"t", "tg", "p", "m", "mq", "q", "y", "e", "o", "ul", "uz", "ug", "uv", "ud"})
# Joining words a name may hold (臭氧与细颗粒物协同控制), though jieba tags some as prepositions.
_JOINERS = frozenset({"和", "与", "及", "以及", "或", "同"})
# Parts of speech a name does not begin or end with: prepositions, conjunctions, particles,
# pronouns, numerals, measure words, time and direction words, interjections, punctuation.
_EDGE_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "uv", "ud", "ug", "r", "rr", "rz", "m", "mq",
                        "q", "t", "tg", "f", "y", "e", "o", "x", "zg", "k", "h", "dg"})
# A place: masked codes (A市, A3区), a name with its level (北岭市, 青原自治区, 东湾村), scope words.
_PLACE_WORD = re.compile(
    r"^(?:[A-Z]\d{0,3}[省市区县镇乡村].*|.{2,5}(?:省|市|县|自治区|自治州|自治县|自治旗|地区|盟|旗)"
    r"|自治区|全区|全市|全省|全县|全盟|我市|我区|我省|我县|本市|本区|本省|本县|盟市|各盟市|地级市|县级市|市县|"
    r"区县|旗县|市辖区)$")
_NOT_PLACE = re.compile(r"(?:城市|都市|超市|夜市|集市|菜市|门市|股市|楼市|车市|早市|花市|上市|街市|贫困地区|"
                        r"边远地区|农村地区|城市地区)$")
_CODE_IN_NAME = re.compile(r"[A-Z]\d*[省市区县镇乡村]")
# The level written after a place name (北岭 + 市, 青原 + 自治区, 东湾 + 村).
_PLACE_SUFFIX = frozenset({"省", "市", "县", "盟", "旗", "镇", "乡", "村", "自治区", "自治州", "自治县"})
# An organ or department: 生态环境厅, 环保局, 发改委, 人民政府, 有关部门 (not 布局, 餐厅, 业委会).
_ORGAN_WORD = re.compile(r"(?:厅|局|委|委员会|常委会|政府|部门|办公室|人大|政协|党委|机关|单位|处室|科室)$")
_NOT_ORGAN = re.compile(r"(?:大厅|餐厅|客厅|展厅|舞厅|歌厅|门厅|饭厅|营业厅|布局|格局|结局|全局|大局|骗局|时局|"
                        r"开局|残局|僵局|终局|变局|棋局|饭局|赌局|出局|定局)$")
_BARE_ORGAN = frozenset({"部门", "厅", "局", "委", "单位", "机关", "办公室", "主管部门", "管理部门", "行政部门",
                         "委员会", "办"})
_LEVEL_CHAR = re.compile("[省市县盟旗镇乡村]|自治区")
_CLAUSE_SPLIT = re.compile(r"[^\w]+|_+")
_CJK2 = re.compile(r"[\u3400-\u9fff].*[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    """Names, short names and aliases of the shipped regions (宁夏回族自治区, 宁夏, 银川 …)."""
    return frozenset(w for row in load_regions() for w in (row[0], row[1], *row[4]) if w and len(w) >= 2)


def _any_of(words) -> re.Pattern | None:
    words = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words))) if words else None


@lru_cache(maxsize=1)
def _region_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(any region word, any region word of three characters or more: inside a word it is one)."""
    words = _region_words()
    return _any_of(words), _any_of(w for w in words if len(w) >= 3)


@lru_cache(maxsize=1)
def _default_tokenize():
    return JiebaSegmenter().tokens


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE_SPLIT.split(text) if len(c) >= 2]


def _aligned(clause: str, words: Sequence[str]) -> list[tuple[str, int]]:
    """``(word, start)`` per word found in order in ``clause``; a word not found is left out."""
    out, pos = [], 0
    for w in words:
        at = clause.find(w, pos) if w else -1
        if at < 0:
            continue
        out.append((w, at))
        pos = at + len(w)
    return out


def _learn_places(clause_words: Sequence[list[tuple[str, int]]], tags: Mapping[str, str]) -> set[str]:
    """Place names the texts write with their level: 北岭 (北岭市), 青原 (青原 + 自治区), 东湾 (东湾 + 村).

    Learnt from the texts themselves, so made-up or unlisted places (a 市 jieba does not know) are
    recognised wherever else they are written without the level (北岭能源化工基地).
    """
    found: set[str] = set()
    for words in clause_words:
        for k, (w, at) in enumerate(words):
            if len(w) >= 3 and w[-1] in "省市县" and tags.get(w) is None and not _NOT_PLACE.search(w):
                found.add(w[:-1])  # the segmenter joins a two-character name and its 市 (北岭市)
            elif w.endswith("自治区") and len(w) > 3:
                found.add(w[:-3])
            elif len(w) >= 3 and w[-1] == "区" and tags.get(w) == "ns":
                found.add(w[:-1])  # 西山区 (a district the dictionary knows; 园区, 社区 and 保护区 are no places)
            # A place name is short (2-3 characters); the HMM may glue the level of the place before
            # it to it (北岭 + 市灵泉 + 县).
            if k + 1 < len(words) and 2 <= len(w) <= 3 and tags.get(w) in (None, "ns"):
                nxt, nat = words[k + 1]
                level = nxt in _PLACE_SUFFIX or (tags.get(nxt) is None and nxt[0] in "省市县")
                if nat == at + len(w) and level:
                    found.add(w[1:] if w[0] in "省市县" and len(w) == 3 else w)
    return {p for p in found if len(p) >= 2 and CJK.search(p) and p[0] not in "各全本我该省市县区"}


class _Namer:
    """Cuts name candidates out of texts; caches words per clause and the verdict per word."""

    def __init__(self, tokenize, places, memo):
        self.tokenize = tokenize
        self.tags = pos_tags()
        self.memo = memo
        self.places: set[str] = set(places)
        self._kind: dict[str, tuple[bool, bool, bool]] = {}
        self._place_re = _any_of(self.places)

    def words(self, clause: str) -> list[tuple[str, int]]:
        got = self.memo.get(clause)
        if got is None:
            got = self.memo[clause] = _aligned(clause, self.tokenize(clause))
        return got

    def learn(self, texts) -> None:
        clauses = [c for t in texts for c in _clauses(t) if _LEVEL_CHAR.search(c) or "区" in c]
        new = _learn_places([self.words(c) for c in clauses], self.tags) - self.places
        if new:
            self.places |= new
            self._place_re = _any_of(self.places)
            self._kind.clear()

    def kind(self, w: str) -> tuple[bool, bool, bool]:
        """``(breaks, place, edge)``: the word ends a phrase; it is a place; a name may begin or end
        with it."""
        got = self._kind.get(w)
        if got is not None:
            return got
        tag = self.tags.get(w)
        _, inside = _region_patterns()
        if w in self.places or w in _region_words():
            place = True
        elif _PLACE_WORD.match(w) and not _NOT_PLACE.search(w):
            place = tag in (None, "ns") or w.endswith("自治区")
        else:
            place = inside.search(w) is not None
        organ = tag == "nt" or bool(_ORGAN_WORD.search(w) and not _NOT_ORGAN.search(w))
        breaks = (place or organ or w in _NAME_BREAK or tag in ("r", "rr", "rz") or w in _CLAUSE_WORDS
                  or (tag in _CLAUSE_TAGS and w not in _JOINERS) or (tag == "d" and len(w) == 1)
                  or any(f in w for f in NAME_FORBIDDEN))
        edge = not (w in _NAME_EDGE or (w in LABEL_STOPWORDS and tag not in NOUN_TAGS)
                    or tag in _EDGE_TAGS or (tag in ("d", "a", "v") and len(w) == 1)
                    or (not CJK.search(w) and not w.isalpha()))
        got = self._kind[w] = (breaks, place, edge)
        return got

    def runs(self, words: list[tuple[str, int]]) -> list[list[tuple[str, int, bool]]]:
        """Split a clause's words at breaks (gaps, places, organs, boilerplate, adverbs) into runs.

        Each kept word carries whether a name may begin or end with it.
        """
        runs: list[list[tuple[str, int, bool]]] = []
        cur: list[tuple[str, int, bool]] = []
        end = None
        after_place = False
        for k, (w, at) in enumerate(words):
            breaks, place, edge = self.kind(w)
            # The word before a bare organ word names the organ (生态环境 + 部门, 水利 + 厅), the one
            # after a place its level (河川 + 市西).
            breaks = (breaks or (k + 1 < len(words) and words[k + 1][0] in _BARE_ORGAN
                                 and words[k + 1][1] == at + len(w))
                      or (after_place and (w in _PLACE_SUFFIX
                                           or (self.tags.get(w) is None and w[0] in "省市县区"))))
            after_place = place
            if breaks or (end is not None and at != end):
                if cur:
                    runs.append(cur)
                cur = []
            if not breaks:
                cur.append((w, at, edge))
            end = at + len(w)
        if cur:
            runs.append(cur)
        return runs

    def name_ok(self, name: str) -> bool:
        regions, _ = _region_patterns()
        return (_CJK2.search(name) is not None and not any(f in name for f in NAME_FORBIDDEN)
                and not _CODE_IN_NAME.search(name) and not regions.search(name)
                and (self._place_re is None or not self._place_re.search(name)))

    def phrases(self, text: str, keys, max_len: int) -> tuple[set[str], str]:
        """``(phrases, runs)`` of one text: the word runs holding a key phrase that may name a topic,
        and the runs themselves joined by a line break (where a name may be found at all)."""
        found: set[str] = set()
        spans: list[str] = []
        for clause in _clauses(text):
            if not any(k in clause for k in keys):  # a name always holds a key phrase
                continue
            for run in self.runs(self.words(clause)):
                spans.append(clause[run[0][1]:run[-1][1] + len(run[-1][0])])
                for a in range(len(run)):
                    if not run[a][2]:
                        continue
                    start = run[a][1]
                    for b in range(a, len(run)):
                        stop = run[b][1] + len(run[b][0])
                        if stop - start > max_len:
                            break
                        if run[b][2] and stop - start >= 2:
                            found.add(clause[start:stop])
        return {c for c in found if any(k in c for k in keys)}, "\n".join(spans)

    def candidates(self, texts, weights, keys, key_weight, *, min_len, max_len, min_share, limit=50,
                   exact=60):
        """Ranked verbatim phrases ``[(phrase, share)]`` of one topic's (sampled) members, best first.

        A member supports a phrase where it writes it outside a place's or an organ's name and
        boilerplate (生态环境厅 does not support 生态环境).
        """
        total = float(sum(weights)) or 1.0
        parsed: dict[str, tuple[set[str], str]] = {}
        first: dict[str, float] = {}  # support where the phrase itself was cut out
        for text, w in zip(texts, weights):
            if text not in parsed:
                parsed[text] = self.phrases(text, keys, max_len)
            for c in parsed[text][0]:
                first[c] = first.get(c, 0.0) + w
        if not first:
            return []

        def coverage(c):  # the two best key phrases the phrase holds: a name names one or two things
            return sum(sorted((wk for k, wk in zip(keys, key_weight) if k in c), reverse=True)[:2])

        def length_class(c):  # min_len characters and more, then one fewer, then shorter still
            return 0 if len(c) >= min_len else (1 if len(c) == min_len - 1 else 2)

        # The most promising of each length class are counted again wherever a member writes them,
        # also inside a longer word (污水处理 in 污水处理厂).
        shortlist: dict[int, list[str]] = {}
        for c in sorted(first, key=lambda c: (-round(first[c] * coverage(c), 9), len(c), c)):
            group = shortlist.setdefault(length_class(c), [])
            if len(group) < exact and self.name_ok(c):
                group.append(c)
        runs = [(parsed[t][1], t, w) for t, w in zip(texts, weights)]
        shortlisted = [c for group in shortlist.values() for c in group]
        # Where the members write it at all (what a reader checks) decides whether it reaches
        # min_share; where they write it as a phrase of its own (not inside 生态环境厅) scores it.
        written = {c: sum(w for _, t, w in runs if c in t) / total for c in shortlisted}
        share = {c: sum(w for r, _, w in runs if c in r) / total for c in shortlisted}

        def rank(c):
            # In at least min_share of the members first, longer classes before shorter; below it by score.
            cls = length_class(c) if written[c] >= min_share - 1e-9 else 3
            return cls, -round(share[c] * coverage(c), 9), len(c), c

        return [(c, written[c]) for c in sorted(shortlisted, key=rank)[:limit]]


def _sample(texts: Sequence[str], weights: np.ndarray, max_docs: int) -> tuple[list[str], np.ndarray]:
    """At most ``max_docs`` members: the heaviest, then a fixed pseudo-random order (not the input's)."""
    if len(texts) <= max_docs:
        return list(texts), np.asarray(weights, dtype=float)
    order = sorted(range(len(texts)),
                   key=lambda i: (-weights[i], zlib.crc32(texts[i].encode("utf-8")), texts[i]))[:max_docs]
    return [texts[i] for i in order], np.asarray([weights[i] for i in order], dtype=float)


def _prepare(key_phrases, other_phrases, n_keys):
    keys = [k for k in dict.fromkeys(key_phrases) if k][:n_keys]
    others = set(other_phrases)
    # The best phrase counts most; a phrase other topics also lead with says less about this one.
    key_weight = [(1.0 - 0.6 * r / max(n_keys, 1)) * (0.5 if k in others else 1.0)
                  for r, k in enumerate(keys)]
    return keys, key_weight


def verbatim_name(texts: Sequence[str], key_phrases: Sequence[str], *,
                  weights: Sequence[float] | None = None, taken: Sequence[str] | frozenset[str] = (),
                  other_phrases: Sequence[str] = (), index: int = 0, tokenize=None,
                  places: Sequence[str] = (), min_share: float = 0.2, min_len: int = 4,
                  max_len: int = 12, n_keys: int = 10, max_docs: int = 500) -> str:
    """A topic's name: a short phrase its members wrote, covering its key phrases.

    Candidates are runs of whole words inside the members' clauses (split at punctuation) that
    hold one of the top key phrases, at most ``max_len`` characters long, neither beginning nor
    ending with a function or boilerplate word (的, 和, 对, 在, 将, 要, 应, 加快 …) and holding no
    region (青原自治区, A市, 北岭市, a shipped region name, a place the texts write with its level),
    organ (生态环境厅, 环保局, 政府, 部门), boilerplate (:data:`NAME_FORBIDDEN`: 建议, 意见, 问题,
    规划, 加强, 进一步) or word that makes a sentence of it (adverbs, modal verbs, time words,
    prepositions: 补贴明年就要取消 is no name).

    A candidate scores (weight of the members that write it as a phrase of its own, not inside an
    organ's name: 生态环境厅 does not count for 生态环境) x (the one or two key phrases it covers,
    the best weighing most, one that another topic leads with half). Ranked first are those written
    (anywhere) by at least ``min_share`` of the members: ``min_len`` characters and more, then one
    fewer, then shorter still (a grab-bag topic may have no longer phrase that a fifth of its
    members write); then the others by score. On a tie the shorter, then the text itself, wins.

    Parameters
    ----------
    texts : sequence of str
        The topic's members.
    key_phrases : sequence of str
        Its key phrases, best first (e.g. from :func:`~consultagg.topics.labels.ctfidf_keywords`).
    weights : sequence of float, optional
        Weight per member (submissions behind it); one each by default.
    taken : collection of str
        Names other topics already hold; the next best candidate is taken instead, and when
        every candidate is taken, the best one and a distinguishing key phrase (…及X).
    other_phrases : sequence of str
        Other topics' leading key phrases: covering one of them counts half.
    index : int, default=0
        The topic's position, for the fallback name ``主题N``.
    tokenize : callable, optional
        ``text -> list of words`` keeping every word (default:
        :meth:`consultagg.JiebaSegmenter.tokens`).
    places : sequence of str
        Extra place names never to use; places the texts write with their level are added
        (北岭 from 北岭市, 东湾 from 东湾村).
    min_share : float, default=0.2
    min_len, max_len : int, default=4, 12
        Characters.
    n_keys : int, default=10
        Key phrases considered (the first ones given).
    max_docs : int, default=500
        Members read: the heaviest, then a fixed pseudo-random order (never the input order).

    Returns
    -------
    str
        The phrase; when nothing verbatim qualifies (a topic of one very short opinion), the
        keyword name of :func:`topic_name`.

    Examples
    --------
    >>> texts = ["建议加快北岭市老旧小区加装电梯进度", "老旧小区加装电梯审批太慢",
    ...          "支持老旧小区加装电梯", "加装电梯的费用分摊没有标准"]
    >>> verbatim_name(texts, ["加装电梯", "老旧小区", "费用"])
    '老旧小区加装电梯'
    >>> verbatim_name(texts, ["加装电梯", "老旧小区"], taken={"老旧小区加装电梯"})
    '加装电梯'
    >>> verbatim_name(["支持！"], ["支持"])
    '支持'
    """
    return name_topics([texts], [key_phrases], weights=None if weights is None else [weights],
                       taken=taken, other_phrases=other_phrases, first_index=index, tokenize=tokenize,
                       places=places, min_share=min_share, min_len=min_len, max_len=max_len,
                       n_keys=n_keys, max_docs=max_docs)[0]


#: A topic whose members share no phrase: the name a clerk gives it (其他（交通、旅游等）).
SCATTERED = "其他"
# Below this many members any phrase one of them writes reaches a fifth: never scattered.
_MIN_SCATTERED = 5


class TopicName(NamedTuple):
    """A topic's name, the share of its members (by weight) who write it, and whether it is a
    scattered topic's ``其他（A、B等）`` (no phrase written by ``min_share`` of the members)."""

    name: str
    share: float
    scattered: bool = False

    @property
    def note(self) -> str:
        """The Chinese note the tracker shows for a scattered topic; empty otherwise."""
        if not self.scattered:
            return ""
        return (f"主题不集中：没有哪个词语出现在五分之一以上的意见中（最常见的只占{self.share:.0%}），"
                f"名称只列出最常见的用语，请人工归类或调整主题数")


def name_topics(texts: Sequence[Sequence[str]], key_phrases: Sequence[Sequence[str]], **kwargs) -> list[str]:
    """Names of several topics, unique among them: the names of :func:`describe_topics`.

    Examples
    --------
    >>> a = ["老旧小区加装电梯审批慢", "老旧小区加装电梯要补贴"]
    >>> b = ["老旧小区加装电梯噪声扰民", "电梯噪声影响休息"]
    >>> name_topics([a, b], [["加装电梯", "老旧小区"], ["电梯噪声", "加装电梯"]])
    ['老旧小区加装电梯', '电梯噪声']
    """
    return [d.name for d in describe_topics(texts, key_phrases, **kwargs)]


def describe_topics(texts: Sequence[Sequence[str]], key_phrases: Sequence[Sequence[str]], *,
                weights: Sequence[Sequence[float]] | None = None,
                fixed: Sequence[str | None] | None = None, taken: Sequence[str] | frozenset[str] = (),
                other_phrases: Sequence[str] = (), first_index: int = 0, tokenize=None,
                places: Sequence[str] = (), min_share: float = 0.2, min_len: int = 4,
                max_len: int = 12, n_keys: int = 10, max_docs: int = 500,
                memo: dict | None = None) -> list[TopicName]:
    """Names of several topics, unique among them: :func:`verbatim_name` for each, in order.

    A topic of at least five members none of whose candidate phrases is written by ``min_share``
    of them is *scattered* (a grab-bag of unrelated messages): naming it after its most common
    word would say that it is about that word. It is named ``其他（A、B等）`` after its two most
    common phrases, and :attr:`TopicName.note` says why.

    Parameters
    ----------
    texts : sequence of sequence of str
        Members per topic.
    key_phrases : sequence of sequence of str
        Key phrases per topic, best first.
    weights : sequence of sequence of float, optional
        Weight per member per topic.
    fixed : sequence of str or None, optional
        A name per topic that stays (a seed's name, a kept name); ``None`` names the topic.
        Fixed names are never given to another topic.
    taken : collection of str
        Names held elsewhere (e.g. the parent topic's, for subtopics).
    other_phrases : sequence of str
        Key phrases of topics outside this list; each topic also sees the others' here.
    first_index : int, default=0
        Position of the first topic, for fallback names ``主题N``.
    memo : dict, optional
        ``clause -> aligned words``, shared between calls on the same texts (e.g. subtopics).

    Other parameters are those of :func:`verbatim_name`.

    Returns
    -------
    list of TopicName

    Examples
    --------
    >>> a = ["老旧小区加装电梯审批慢", "老旧小区加装电梯要补贴"]
    >>> d = describe_topics([a], [["加装电梯", "老旧小区"]])[0]
    >>> d.name, d.share, d.scattered
    ('老旧小区加装电梯', 1.0, False)
    >>> mixed = ["公交车太少", "景区门票太贵", "公园没有厕所", "道路坑洼不平", "学校周边拥堵", "菜价太高"]
    >>> describe_topics([mixed], [["公交车", "门票", "公园"]])[0].name
    '其他（公园、门票等）'
    """
    n_t = len(texts)
    namer = _Namer(tokenize or _default_tokenize(), places, {} if memo is None else memo)
    fixed = list(fixed) if fixed is not None else [None] * n_t
    samples = []
    for j in range(n_t):
        members = ["" if t is None else str(t) for t in texts[j]]
        w = np.ones(len(members)) if weights is None else np.asarray(weights[j], dtype=float)
        samples.append(_sample(members, w, max_docs))
    # Place names the texts write with their level, learnt once from every topic's members.
    namer.learn(t for members, _ in samples for t in members)
    used = set(taken) | {f for f in fixed if f}
    names: list[TopicName] = []
    for j in range(n_t):
        members, w = samples[j]
        total = float(w.sum()) or 1.0
        if fixed[j]:
            names.append(TopicName(fixed[j], float(sum(wi for x, wi in zip(members, w) if fixed[j] in x) / total)))
            continue
        others = set(other_phrases) | {k for i, ks in enumerate(key_phrases) if i != j for k in ks[:3]}
        keys, key_weight = _prepare(key_phrases[j], others, n_keys)
        cands = (namer.candidates(members, w, keys, key_weight, min_len=min_len, max_len=max_len,
                                  min_share=min_share) if keys and members else [])
        if len(members) >= _MIN_SCATTERED and (not cands or max(share for _, share in cands) < min_share - 1e-9):
            # (no phrase a fifth of them write, or none that may name a topic at all: never a key phrase that is a place)
            common = sorted(cands, key=lambda cs: (-cs[1], len(cs[0]), cs[0])) or \
                [(k, 0.0) for k in key_phrases[j] if namer.name_ok(k)][:2] or [("意见", 0.0)]
            words = list(dict.fromkeys(c for c, _ in common if len(c) <= 6))[:2] or [common[0][0]]
            name = base = f"{SCATTERED}（{'、'.join(words)}等）"
            k = 2
            while name in used:
                name, k = f"{base}{k}", k + 1
            used.add(name)
            names.append(TopicName(name, float(common[0][1]), True))
            continue
        name = next((c for c, _ in cands if c not in used), None)
        if name is None and cands:
            best = cands[0][0]
            extra = [k for k in keys if k not in best and namer.name_ok(k)]
            name = next((f"{best}及{k}" for k in extra if f"{best}及{k}" not in used), None)
        if name is None:
            name = topic_name(list(key_phrases[j]), first_index + j)
            base, k = name, 2
            while name in used:
                name, k = f"{base}{k}", k + 1
        used.add(name)
        names.append(TopicName(name, float(sum(wi for x, wi in zip(members, w) if name in x) / total)))
    return names
