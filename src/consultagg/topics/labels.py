"""Readable Chinese labels for topics: key phrases by class-based TF-IDF.

A key phrase should name what sets a topic apart (c-TF-IDF), be a noun or noun phrase a person
recognises (part-of-speech tags from jieba's own dictionary), and never be consultation
boilerplate (问题, 建议, 反映 …), a section reference (第三节, 专栏) or a vague word (太大, 较多, 以后).

A topic's name is cut from its members' wording around these phrases (:mod:`consultagg.topics.names`);
:func:`topic_name` (key phrases joined) is the fallback.

Examples
--------
>>> import numpy as np
>>> from consultagg.topics.labels import ctfidf_keywords
>>> ctfidf_keywords([["大气", "污染"], ["大气", "臭氧"], ["黄河", "水质"]], np.array([0, 0, 1]), 2,
...                 top_n=1)
[['大气'], ['水质']]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse

from consultagg.text.dictionary import word_tags
from consultagg.text.segment import load_domain_words

__all__ = ["CJK", "LABEL_STOPWORDS", "NOUN_TAGS", "ctfidf_keywords", "is_label_term", "label_term_matrix",
           "pos_tags", "topic_name"]

# Words that never make a topic label on their own: consultation boilerplate, vague quantities and
# times, generic actors, the administrative frame every opinion shares and the titles of the
# officials letters are addressed to (尊敬的X书记, X厅长您好; a title says nothing of the theme).
LABEL_STOPWORDS = frozenset("""
问题 建议 意见 反映 反应 内容 情况 方面 有关 相关 工作 部门 单位 政府 领导 同志 您好 你好 请问 谢谢 感谢
麻烦 希望 要求 请求 恳请 尽快 及时 进一步 加强 加快 推进 推动 完善 提高 提升 落实 实施 开展 进行 做好 实现
自治区 全区 全市 全省 我市 我区 本市 市里 区里 省里 国家 地方 有关部门 相关部门 规划 计划 方案 本规划 征求意见
征求意见稿 修改 补充 增加 删除 表述 文字 第一 第二 第三 专栏 章节 附件 附表 太大 太小 较多 较少 很多 很少 许多
一些 有些 所有 所列 以后 以前 之后 之前 现在 目前 当前 今年 去年 明年 每年 近年来 多次 一直 已经 还是 没有 不能
不是 可以 能够 需要 应该 应当 是否 怎么 如何 为什么 什么 这样 那样 我们 你们 他们 大家 本人 自己 老百姓 百姓
群众 市民 居民 网友 广大 人员 同学 时间 时候 地方 东西 事情 事件 原因 结果 过程 办法 措施 政策 规定 标准
发展 建设 管理 服务 保障 体系 机制 能力 水平 质量 重点 主要 重要 一定 严重 正常 影响 造成 导致 存在 出现 发生
解决 处理 回复 答复 说明 了解 知道 认为 觉得 表示 告诉 通知 文件 领导小组 关于 市民网友 来信 留言
人民 办理 生活 个人 公司 有限公司 工作人员 社会 经济 方式 信息 现场 事实 无法 依法 法律 相应 条件 费用 活动
目标 指标 数字 会同 新建 历史 力度 部署 先行 专业 成因 规范 执行 任务 要点 举措 形式 范围 领域 有效 全面
尊敬 书记 省长 市长 县长 区长 镇长 乡长 厅长 局长 处长 科长 部长
""".split())

# Section references and numbering: 第三节, 第五章, 第2条, (一), 专栏3.
_SECTION_REF = re.compile(r"^(?:第[一二三四五六七八九十百\d]+[章节条款篇部分项]?|专栏\d*|[（(]?[一二三四五六七八九十]+[）)、]?)$")
_MASKED_PLACE = re.compile(r"^(?:[A-Z]\d{0,3}[省市区县镇乡村].*|.{1,3}[省市县]|.{1,4}自治[区州县])$")
#: A Chinese character (shared with the topic namer).
CJK = re.compile(r"[\u3400-\u9fff]")
_ALNUM = re.compile(r"^[\dA-Za-z.%]+$")

# jieba's tags that name things: nouns, noun-verbs, abbreviations, idioms, organisation names.
NOUN_TAGS = frozenset({"n", "nz", "nt", "nw", "vn", "j", "l", "i", "ng", "nrt", "eng", "ns", "s"})
# Tags that never make a label: pronouns, adverbs, prepositions, conjunctions, particles,
# numerals, measure words, time words, adjectives, person names, interjections.
_BAD_TAGS = frozenset({"r", "d", "p", "c", "u", "uj", "ul", "uz", "uv", "ud", "ug", "m", "mq", "q",
                       "t", "tg", "f", "a", "ad", "ag", "an", "z", "zg", "y", "e", "o", "nr", "nrfg",
                       "b", "dg", "rr", "rz", "k", "h", "x"})


def _domain_words() -> frozenset[str]:
    return _frozen_domain_words(load_domain_words())


@lru_cache(maxsize=4)
def _frozen_domain_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(words)


def pos_tags() -> Mapping[str, str]:
    """Part-of-speech tag per word from jieba's dictionary (read once, read-only).

    Examples
    --------
    >>> pos_tags().get("医院")
    'n'
    """
    return word_tags()  # read once per process, shared with the duplicate verifier


def _word_factor(word: str, tags: Mapping[str, str], banned: frozenset[str]) -> float:
    """How well one word can stand in a label: 0 (never) to 1 (a noun)."""
    if len(word) < 2 or word in banned or word in LABEL_STOPWORDS or not CJK.search(word):
        return 0.0
    if _SECTION_REF.match(word) or _MASKED_PLACE.match(word) or _ALNUM.match(word):
        return 0.0
    tag = tags.get(word)
    if tag is None:
        # The shipped domain words name things; other unknown words are the HMM's guesses
        # (只降, 定为保守), often fragments.
        return 0.9 if word in _domain_words() else 0.4
    if tag in NOUN_TAGS:
        return 1.0
    if tag in _BAD_TAGS:
        return 0.0
    return 0.5  # verbs (整治, 治理) carry meaning but read worse than nouns


def is_label_term(term: str, *, banned: frozenset[str] = frozenset(),
                  tags: Mapping[str, str] | None = None) -> bool:
    """Whether a word may appear in a topic label.

    Examples
    --------
    >>> is_label_term("医院"), is_label_term("问题"), is_label_term("第三节"), is_label_term("较多")
    (True, False, False, False)
    """
    return _word_factor(term, pos_tags() if tags is None else tags, banned) > 0


def _grams(tokens: Sequence[str]) -> list[str]:
    grams = list(tokens)
    grams += [a + "\t" + b for a, b in zip(tokens, tokens[1:]) if a != b and len(a) + len(b) <= 8]
    return grams


def label_term_matrix(token_lists: Sequence[Sequence[str]], *, banned: frozenset[str] = frozenset(),
                      tags: Mapping[str, str] | None = None):
    """Documents x label terms (words and word pairs that may stand in a label).

    Returns ``(D, vocab, factor)``: a binary CSR matrix, the terms (pairs joined by a tab) and how
    well each term reads as a label (0-1). Computed once, it serves topics and subtopics alike.

    Examples
    --------
    >>> D, vocab, factor = label_term_matrix([["物业", "公司", "问题"], ["物业", "电梯"]])
    >>> sorted(len(v) for v in vocab)  # 物业, 电梯 and the pair 物业+电梯 (joined by a tab)
    [2, 2, 5]
    """
    from sklearn.feature_extraction.text import CountVectorizer

    tags = pos_tags() if tags is None else tags
    # Judge each distinct word once, then build phrases only from words that may stand in a label.
    factor_of: dict[str, float] = {}
    for doc in token_lists:
        for tok in doc:
            if tok not in factor_of:
                factor_of[tok] = _word_factor(tok, tags, banned)
    docs = [[t for t in doc if factor_of[t] > 0] for doc in token_lists]
    cv = CountVectorizer(analyzer=_grams, binary=True)
    try:
        D = cv.fit_transform(docs)
    except ValueError:  # no label word at all
        return sparse.csr_matrix((len(docs), 0)), np.array([], dtype=object), np.zeros(0)
    vocab = cv.get_feature_names_out()
    factor = np.empty(len(vocab))
    for j, term in enumerate(vocab):
        if "\t" in term:
            # A pair ending in a noun (黑臭水体, 物业公司) reads as a phrase; on a tie the shorter wins.
            fa, fb = (factor_of[x] for x in term.split("\t"))
            factor[j] = min(fa, fb, 1.0) * (1.0 if fb >= 1.0 else 0.8)
        else:
            factor[j] = factor_of[term]
    keep = np.flatnonzero(factor > 0)
    return D[:, keep].tocsr(), vocab[keep], factor[keep]


def ctfidf_keywords(token_lists: Sequence[Sequence[str]], labels: np.ndarray, n_topics: int, *,
                    weights: np.ndarray | None = None, top_n: int = 5,
                    banned: frozenset[str] = frozenset(), tags: Mapping[str, str] | None = None,
                    exclude: Sequence[Sequence[str]] | None = None,
                    matrix: tuple | None = None, texts: Sequence[str] | None = None) -> list[list[str]]:
    """Key phrases per cluster by class-based TF-IDF over words and adjacent-word pairs.

    Parameters
    ----------
    token_lists : sequence of list of str
    labels : array of int
        Cluster per document (``0..n_topics-1``; negative labels are ignored).
    n_topics : int
    weights : array of float, optional
        Weight per document (e.g. duplicate group size).
    top_n : int, default=5
    banned : frozenset of str
        Extra words never used (on top of :data:`LABEL_STOPWORDS`).
    tags : mapping of str to str, optional
        Part-of-speech table; defaults to jieba's dictionary (:func:`pos_tags`).
    exclude : sequence of list of str, optional
        Per cluster, phrases not to repeat (e.g. the parent topic's key phrases for subtopics).
    matrix : tuple, optional
        :func:`label_term_matrix` of the same documents (or its rows for them), computed once and
        reused across calls; ``token_lists`` is then ignored.
    texts : sequence of str, optional
        The documents themselves. A word pair then stands as a phrase only where some text of
        the cluster writes it without a break: 臭氧、油漆 gives no phrase 臭氧油漆.

    Returns
    -------
    list of list of str
        Best first; a phrase never repeats (or contains) a better one of the same cluster.

    Examples
    --------
    >>> ctfidf_keywords([["污染", "大气"], ["污染", "大气"], ["污染", "黄河"], ["污染", "黄河"]],
    ...                 np.array([0, 0, 1, 1]), 2, top_n=1)
    [['大气'], ['黄河']]
    """
    labels = np.asarray(labels, dtype=np.int64)
    n = len(token_lists) if matrix is None else matrix[0].shape[0]
    weights = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    if n == 0 or n_topics < 1:
        return [[] for _ in range(max(n_topics, 0))]
    if matrix is None:
        matrix = label_term_matrix(token_lists, banned=banned, tags=tags)
    D, vocab, factor = matrix
    if not len(vocab):
        return [[] for _ in range(n_topics)]
    valid = (labels >= 0) & (labels < n_topics)
    onehot = sparse.csr_matrix((weights[valid], (labels[valid], np.flatnonzero(valid))),
                               shape=(n_topics, n))
    F = np.asarray((onehot @ D).todense())  # weighted document frequency per class and term
    size = np.bincount(labels[valid], weights=weights[valid], minlength=n_topics)
    total = F.sum(axis=0)
    avg = float(np.mean(F.sum(axis=1))) or 1.0
    idf = np.log1p(avg / np.maximum(total, 1e-12))
    lengths = np.char.str_len(vocab.astype(str))
    out = []
    for t in range(n_topics):
        share = F[t] / max(size[t], 1e-12)
        score = share * idf * factor
        # In a large topic a label term must recur: a word seen once says nothing about the topic.
        score[F[t] < (2 if size[t] > 10 else 1)] = 0
        skip = set(exclude[t]) if exclude is not None and t < len(exclude) else set()
        cand = np.flatnonzero(score > 0)
        order = cand[np.lexsort((lengths[cand], -np.round(score[cand], 12)))]
        chosen: list[str] = []
        written = None  # the cluster's texts, joined once when a pair needs checking
        for j in order:
            if score[j] <= 0 or len(chosen) == top_n:
                break
            term = vocab[j].replace("\t", "")
            if term in skip or any(term in c or c in term for c in chosen):
                continue
            if texts is not None and "\t" in vocab[j]:
                if written is None:
                    written = "\n".join(texts[i] for i in np.flatnonzero(labels == t))
                if term not in written:
                    continue
            chosen.append(term)
        out.append(chosen)
    return out


def topic_name(key_phrases: Sequence[str], index: int, *, n_words: int = 3) -> str:
    """Short Chinese name from the best key phrases (``主题N`` when there are none).

    Examples
    --------
    >>> topic_name(["物业公司", "业主", "小区"], 0)
    '物业公司、业主、小区'
    >>> topic_name([], 4)
    '主题5'
    """
    return "、".join(key_phrases[:n_words]) or f"主题{index + 1}"

