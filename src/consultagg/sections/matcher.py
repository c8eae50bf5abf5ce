"""Map opinions to sections of the draft plan.

Three ways in, tried in this order:

1. explicit references — ``第三章第二节``, ``P12``, ``表3-1``, ``36`` in a 章节 column — resolved
   against the plan (:func:`consultagg.sections.references.resolve_reference`); citations that follow another
   document's title (《某某办法》第三章) are left alone;
2. quoted original wording (“……”) fuzzy-matched to the section that contains it;
3. otherwise text similarity: TF-IDF over jieba words (two characters or more) and over the
   character bigrams inside them, between the opinion and each section's heading path, own text
   and its children's text; a parent gives way to a child that scores nearly as well. Opinions
   written in everyday words (养老金, 房产证, 欠薪) are expanded with the planning vocabulary for
   the same matter (:data:`DOMAIN_EXPANSIONS`), at a reduced weight.

Similarity scores are calibrated to [0, 1] on the plan itself: the plan's own sentences, each
left out of its section, serve as pseudo-opinions whose right answer is known, and a logistic
model maps (similarity, gap to the best section) to the chance of being right. Below
``min_score`` an opinion gets no section (总体/未定位).

Examples
--------
>>> from consultagg.sections.plan import parse_plan
>>> from consultagg.sections.matcher import SectionMatcher
>>> plan = parse_plan("示例规划\\n第一章 水环境\\n1.黑臭水体治理。基本消除城市黑臭水体，加强排水管网建设。\\n"
...                   "2.饮用水安全。保护饮用水水源地，开展水源地规范化建设。\\n第二章 大气环境\\n"
...                   "3.臭氧污染防治。加强挥发性有机物治理，推进细颗粒物和臭氧协同控制。")
>>> m = SectionMatcher(plan, top_k=2)
>>> [[s.label for s, _ in row] for row in m.predict(["建议加快城市排水管网改造，消除黑臭水体",
...                                                 "第二章中臭氧协同控制的提法需调整"])]
[['1.'], ['第二章', '3.']]
"""

from __future__ import annotations

import re
import threading

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator

from consultagg.sections.references import (Reference, cited_beyond, match_quote, parse_references, reference_candidates,
                         resolve_reference)
from consultagg.records import Plan, Section, SectionMatch
from consultagg.text.ngrams import cjk_bigrams
from consultagg.text.segment import JiebaSegmenter
from consultagg.text._stateless import TextInputMixin

__all__ = ["DOMAIN_EXPANSIONS", "SectionMatcher"]

# Everyday words of letters and hotline messages → the words plans use for the same matter
# ("keys|expansion"). A message naming a key gets the expansion added to its query, bridging
# "my pension was not paid" and "健全多层次社会保障体系".
DOMAIN_EXPANSIONS = (
    "社保 养老金 养老保险 退休 医保 医疗保险 工伤 失业金 失业保险 生育保险 社保卡 低保"
    "|社会保障 养老保险 医疗保险 工伤保险 失业保险 社会救助 社会保险",
    "工资 欠薪 拖欠 劳动合同 农民工 辞退 解除劳动 劳动仲裁 加班 招聘 求职 下岗 用人单位 劳务"
    "|就业 劳动者 权益 劳动关系 工资 职业技能",
    "房产证 开发商 物业 小区 业主 廉租房 公租房 商品房 购房 楼盘 拆迁 棚户区 危房 电梯 停车 违建 装修"
    "|住房 房地产 保障性住房 城市更新 老旧小区 社区 城市治理",
    "学校 老师 教师 学生 幼儿园 招生 补课 中学 小学 学费 高考 中考 上学 入学 校长 教育局 班主任 师范"
    "|教育 义务教育 学前教育 教师 学校",
    "医院 医生 疫苗 看病 卫生院 诊所 患者 病人 手术 医疗 药品 住院 卫生室 疾控"
    "|医疗 卫生 公共卫生 健康 医药卫生体制",
    "污染 排污 噪音 噪声 垃圾 雾霾 废水 废气 粉尘 臭味 异味 排放 焚烧 油烟 扬尘 环保"
    "|污染防治 环境质量 生态环境 治理",
    "公交 公路 道路 高铁 修路 客运 车站 高速 火车 航线 出行 铁路 地铁"
    "|交通 基础设施 综合交通 交通强国",
    "停电 供电 自来水 水压 供水 停水 宽带 网络信号 燃气 天然气 水电"
    "|基础设施 能源 电力 水利 供水 通信",
    "计划生育 二胎 生育 托育"
    "|生育政策 人口 优生优育 托育服务",
    "老人 老年 敬老院 高龄 空巢"
    "|养老服务 老龄 人口老龄化 养老",
    "诈骗 治安 黑恶 打架 赌博 盗窃 信访 上访 非法集资 偷盗"
    "|社会治安 犯罪 信访 社会矛盾 稳定",
    "垄断 乱收费 收费 涨价 价格 消费者 假货 欺诈 售后 商家"
    "|市场 公平竞争 反垄断 市场监管 消费者权益",
    "审批 办事 办证 窗口 证书 政务 不作为 手续 效率 政府网站 一站式 跑腿"
    "|政务服务 政府职能 简政放权 营商环境",
    "村民 农村 扶贫 贫困 农民 耕地 土地承包 宅基地 村委 村干部 种植 养殖 农田"
    "|乡村 农村 农民 乡村振兴 脱贫 农业",
    "文化 体育 健身 纪念馆 图书馆 博物馆 古建筑 文物"
    "|公共文化 文化 全民健身 文物保护",
    "景区 旅游 游客"
    "|旅游 文化和旅游 消费",
    "安全隐患 事故 消防 食品安全 安全生产 矿山 塌方 滑坡 洪水 防疫"
    "|安全生产 公共安全 食品药品 应急 防灾减灾",
    "残疾人 残疾 孤儿 留守儿童 妇女"
    "|残疾人 社会福利 妇女儿童 关爱服务",
    "人才 职称 引进人才 高层次 博士 硕士 评审"
    "|人才 人才发展 人才评价",
    "企业 公司 创业 贷款 融资 个体户 小微"
    "|市场主体 民营企业 中小微企业 营商环境",
    "银行 贷款 理财 网贷 存款 保险公司"
    "|金融 金融风险 金融服务",
    "物价 菜价 猪肉 粮价"
    "|价格 消费 保供稳价",
)


def _expansion_table(expansions) -> tuple[tuple[tuple[str, ...], str], ...]:
    out = []
    for entry in expansions:
        keys, _, words = entry.partition("|")
        out.append((tuple(keys.split()), words))
    return tuple(out)
_SENTENCE = re.compile(r"[^。！？；;!?\n]+")
# The score of a citation placed where it cannot be sure (a level the draft lacks, pages across chapters): below
# 1.0, so that the tracker asks for it to be checked, above the ranked candidates of an ambiguous one.
UNSURE_REFERENCE = 0.9
# A quotation matched below this share of its wording, or found twice in the draft: to be checked.
UNSURE_QUOTE = 0.75


def _counts(docs: list[list[str]], vocab: dict[str, int]) -> sp.csr_matrix:
    rows, cols = [], []
    for i, toks in enumerate(docs):
        for t in toks:
            j = vocab.get(t)
            if j is not None:
                rows.append(i)
                cols.append(j)
    data = np.ones(len(rows))
    m = sp.csr_matrix((data, (rows, cols)), shape=(len(docs), len(vocab)))
    m.sum_duplicates()
    return m


def _tfidf(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    m = counts.astype(float).tocsr(copy=True)
    # Sublinear term frequency; a fractional count (a down-weighted expansion word) stays linear.
    tf = np.where(m.data >= 1.0, 1.0 + np.log(np.maximum(m.data, 1.0)), m.data)
    m.data = tf * idf[m.indices]
    m.eliminate_zeros()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.diags(1.0 / norms) @ m


class SectionMatcher(TextInputMixin, BaseEstimator):
    """Find the sections of a draft plan an opinion is about.

    Parameters
    ----------
    plan : Plan
        The parsed draft (:func:`consultagg.read_plan` / :func:`consultagg.sections.plan.parse_plan`).
    top_k : int, default=3
        Candidates returned per opinion, best first.
    segmenter : callable or None, default=None
        ``text -> list of words``; ``None`` uses :class:`consultagg.text.segment.JiebaSegmenter`.
    min_score : float, default=0.35
        Calibrated score below which a candidate is dropped; an opinion left with none is
        总体/未定位 (an empty list).
    char_weight : float, default=0.75
        Share of the similarity that comes from character bigrams (the rest from words).
    leaf_ratio : float, default=0.85
        A parent section is dropped when one of its descendants scores at least this share of
        the parent's similarity: the more specific place wins when it is nearly as good.
    expansions : sequence of str or None, default=None
        Query expansion, entries ``"key key …|plan words"``: an opinion containing a key gets
        the plan words added. ``None`` uses :data:`DOMAIN_EXPANSIONS` (everyday words of public
        services → planning vocabulary); ``()`` turns expansion off.
    expansion_weight : float, default=0.3
        Term count given to each expansion word (an opinion's own words count 1).

    Attributes
    ----------
    sections_ : tuple of Section
    words_vocab_, chars_vocab_ : dict
    word_matrix_, char_matrix_ : scipy.sparse matrix
        L2-normalised TF-IDF rows, one per section.
    calibration_ : ndarray of shape (3,)
        Intercept and weights (similarity, gap to the best) of the logistic calibration.
    n_pseudo_ : int
        Pseudo-opinions (left-out plan sentences) the calibration was fitted on.

    Examples
    --------
    >>> from consultagg.sections.plan import parse_plan
    >>> plan = parse_plan("一、总体要求\\n1.碳达峰行动。制定碳排放达峰行动方案，推动能源清洁低碳。\\n"
    ...                   "2.教育。推进义务教育优质均衡发展，发展普惠性学前教育。")
    >>> m = SectionMatcher(plan).fit()
    >>> best = m.predict_matches(["碳达峰行动方案应明确时间表"])[0][0]
    >>> best.section_id, best.method
    ('s1.1', 'similarity')
    """

    def __init__(self, plan: Plan | None = None, top_k: int = 3, *, segmenter=None,
                 min_score: float = 0.35, char_weight: float = 0.75, leaf_ratio: float = 0.85,
                 expansions=None, expansion_weight: float = 0.3):
        self.plan = plan
        self.top_k = top_k
        self.segmenter = segmenter
        self.min_score = min_score
        self.char_weight = char_weight
        self.leaf_ratio = leaf_ratio
        self.expansions = expansions
        self.expansion_weight = expansion_weight

    def __repr__(self, N_CHAR_MAX=700) -> str:
        n = len(self.plan.sections) if isinstance(self.plan, Plan) else None
        return f"SectionMatcher(plan=<{n} sections>, top_k={self.top_k}, min_score={self.min_score})"

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state.pop("_fit_lock", None)
        return state

    # ------------------------------------------------------------------------------- fitting
    def fit(self, X=None, y=None) -> "SectionMatcher":
        """Index the plan's sections and calibrate the similarity scores.

        ``X`` and ``y`` are ignored (the plan is given to the constructor).
        """
        if not isinstance(self.plan, Plan):
            raise TypeError(f"plan must be a consultagg Plan, got {type(self.plan).__name__}")
        if not 0.0 <= self.char_weight <= 1.0:
            raise ValueError("char_weight must be within [0, 1]")
        if self.top_k < 1:
            raise ValueError("top_k must be at least 1")
        seg = self.segmenter
        if seg is None:
            seg = JiebaSegmenter()
        self.segmenter_ = seg
        self.expansions_ = _expansion_table(DOMAIN_EXPANSIONS if self.expansions is None
                                            else self.expansions)
        secs = tuple(self.plan.sections)
        self.sections_ = secs
        self.index_ = {s.id: i for i, s in enumerate(secs)}
        self.parent_ = np.array([self.index_.get(s.parent_id, -1) for s in secs])
        self.descendants_ = [[] for _ in secs]
        for i in range(len(secs)):
            for j in self._chain(i)[1:]:
                self.descendants_[j].append(i)
        # The part each section contributes to itself and to every ancestor's document.
        own = [self._tokens(" ".join((s.title, s.title, s.text))) for s in secs]
        heads = [self._tokens(" ".join(t.split(" ", 1)[-1] for t in s.path[:-1])) for s in secs]
        own_w, own_c = [o[0] for o in own], [o[1] for o in own]
        head_w, head_c = [h[0] for h in heads], [h[1] for h in heads]
        doc_w = [list(head_w[i]) for i in range(len(secs))]
        doc_c = [list(head_c[i]) for i in range(len(secs))]
        for i in range(len(secs)):
            j = i
            while j >= 0:
                doc_w[j].extend(own_w[i])
                doc_c[j].extend(own_c[i])
                j = self.parent_[j]
        self.words_vocab_ = {t: k for k, t in enumerate(sorted({t for d in doc_w for t in d}))}
        self.chars_vocab_ = {t: k for k, t in enumerate(sorted({t for d in doc_c for t in d}))}
        cw, cc = _counts(doc_w, self.words_vocab_), _counts(doc_c, self.chars_vocab_)
        self.word_idf_, self.char_idf_ = self._idf(cw), self._idf(cc)
        self.word_matrix_ = _tfidf(cw, self.word_idf_)
        self.char_matrix_ = _tfidf(cc, self.char_idf_)
        self.quote_cache_: dict = {}
        self._calibrate(cw, cc)
        return self

    @staticmethod
    def _idf(counts: sp.csr_matrix) -> np.ndarray:
        n = counts.shape[0]
        df = np.bincount(counts.indices, minlength=counts.shape[1])
        return np.log((1.0 + n) / (1.0 + df)) + 1.0

    def _ensure_fitted(self) -> None:
        if not hasattr(self, "sections_"):
            lock = self.__dict__.setdefault("_fit_lock", threading.Lock())
            with lock:
                if not hasattr(self, "sections_"):
                    self.fit()

    def _tokens(self, text: str) -> tuple[list[str], list[str]]:
        """Content words, and character bigrams inside them (so stopwords add no bigrams)."""
        return self._split(self.segmenter_(text))

    @staticmethod
    def _split(words: list[str]) -> tuple[list[str], list[str]]:
        words = [w for w in words if len(w) > 1]
        return words, cjk_bigrams(" ".join(words))

    def _expansion(self, text: str) -> str:
        return " ".join(words for keys, words in self.expansions_ if any(k in text for k in keys))

    def _query(self, texts: list[str], tokens=None) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        if tokens is None:
            # Each distinct text once, in one batch when the segmenter offers it.
            distinct = list(dict.fromkeys(texts))
            seg = self.segmenter_
            lists = seg.segment_many(distinct) if hasattr(seg, "segment_many") else [seg(t) for t in distinct]
            by_text = dict(zip(distinct, lists))
            tokens = [by_text[t] for t in texts]
        elif len(tokens) != len(texts):
            raise ValueError("tokens must have one word list per text")
        toks = [self._split(words) for words in tokens]
        cw = _counts([t[0] for t in toks], self.words_vocab_)
        cc = _counts([t[1] for t in toks], self.chars_vocab_)
        extra = [self._expansion(t) for t in texts]
        if self.expansion_weight > 0 and any(extra):
            # Expansion words count less than the opinion's own words: they say what the
            # matter is, the opinion's words say which part of it.
            ex = [self._tokens(e) if e else ([], []) for e in extra]
            cw = cw + self.expansion_weight * _counts([e[0] for e in ex], self.words_vocab_)
            cc = cc + self.expansion_weight * _counts([e[1] for e in ex], self.chars_vocab_)
        return _tfidf(cw.tocsr(), self.word_idf_), _tfidf(cc.tocsr(), self.char_idf_)

    def _cosine(self, qw, qc, W, C) -> np.ndarray:
        w = self.char_weight
        return (1 - w) * (qw @ W.T).toarray() + w * (qc @ C.T).toarray()

    def _raw(self, texts: list[str], tokens=None) -> np.ndarray:
        """Cosine similarity of each text to each section (texts × sections)."""
        return self._cosine(*self._query(texts, tokens), self.word_matrix_, self.char_matrix_)

    @staticmethod
    def _features(raw: np.ndarray) -> np.ndarray:
        """Per (text, section): the similarity and its gap to the text's best section."""
        return np.stack([raw, raw.max(axis=1, keepdims=True) - raw], axis=-1)

    def _calibrate(self, cw: sp.csr_matrix, cc: sp.csr_matrix) -> None:
        """Fit P(right section | features) on plan sentences left out of their own section."""
        from sklearn.linear_model import LogisticRegression

        queries, owners = [], []
        for i, s in enumerate(self.sections_):
            sents = [t for t in _SENTENCE.findall(s.text) if len(t) >= 8]
            # Windows of one and of up to three sentences: opinions vary in length.
            for k in range(0, len(sents), 2):
                queries += [sents[k], "。".join(sents[k:k + 3])]
                owners += [i, i]
        step = max(1, len(queries) // 400)  # every step-th sentence: deterministic, bounded cost
        queries, owners = queries[::step], owners[::step]
        self.n_pseudo_ = len(queries)
        # Fallback for drafts too short to learn from: the map learned on a real 60-item plan.
        default = np.array([-1.5, 7.0, -5.5])
        if len(queries) < 20 or len(self.sections_) < 3:
            self.calibration_ = default  # too little text to learn from: a fixed, cautious map
            return
        X, y = [], []
        for q, g in zip(queries, owners):
            qw, qc = self._query([q])
            raw = self._cosine(qw, qc, self.word_matrix_, self.char_matrix_)
            chain = self._chain(g)
            words, grams = self._tokens(q)
            sw, sc = _counts([words], self.words_vocab_), _counts([grams], self.chars_vocab_)
            # Leave the sentence out of its section and of the sections above it.
            for j in chain:
                rw, rc = cw[j] - sw, cc[j] - sc
                rw.data, rc.data = np.maximum(rw.data, 0), np.maximum(rc.data, 0)
                raw[0, j] = self._cosine(qw, qc, _tfidf(rw, self.word_idf_),
                                         _tfidf(rc, self.char_idf_))[0, 0]
            feats = self._features(raw)[0]
            for j in np.argsort(-raw[0], kind="stable")[:5]:
                X.append(feats[j])
                y.append(int(j in chain))
        y = np.array(y)
        if y.min() == y.max():
            self.calibration_ = default
            return
        model = LogisticRegression(C=1.0).fit(np.array(X), y)
        self.calibration_ = np.concatenate([model.intercept_, model.coef_[0]])

    def _chain(self, i: int) -> list[int]:
        out = []
        while i >= 0:
            out.append(i)
            i = self.parent_[i]
        return out

    def _calibrated(self, raw: np.ndarray) -> np.ndarray:
        f = self._features(raw)
        z = self.calibration_[0] + f @ self.calibration_[1:]
        p = 1.0 / (1.0 + np.exp(-z))
        return np.where(raw > 0, p, 0.0)

    # ----------------------------------------------------------------------------- predicting
    def similarity(self, texts) -> np.ndarray:
        """Calibrated similarity of each text to every section, shape (n_texts, n_sections)."""
        self._ensure_fitted()
        texts = [t if isinstance(t, str) else t.text for t in texts]
        if not texts or not self.sections_:
            return np.zeros((len(texts), len(self.sections_)))
        return self._calibrated(self._raw(texts))

    def predict(self, texts) -> list[list[tuple[Section, float]]]:
        """Best-first candidate sections per opinion as ``(Section, score)``.

        Parameters
        ----------
        texts : sequence of str or Comment
            Opinions; a :class:`~consultagg.records.Comment`'s ``location`` is used too.

        Returns
        -------
        list of list of (Section, float)
            At most ``top_k`` per opinion; empty when nothing reaches ``min_score``.

        Examples
        --------
        >>> from consultagg.sections.plan import parse_plan
        >>> plan = parse_plan("一、水环境\\n1.黑臭水体。消除城市黑臭水体。\\n二、大气环境\\n2.扬尘。治理施工扬尘。")
        >>> [[s.label for s, _ in row] for row in SectionMatcher(plan).predict(["施工扬尘太大", "同意"])]
        [['2.'], []]
        """
        return [[(self.sections_[self.index_[m.section_id]], m.score) for m in row]
                for row in self.predict_matches(texts)]

    def predict_matches(self, texts, locations=None, *, tokens=None) -> list[list[SectionMatch]]:
        """Best-first :class:`~consultagg.records.SectionMatch` per opinion, with the method used.

        Parameters
        ----------
        texts : sequence of str or Comment
        locations : sequence of (str or None), optional
            Raw location strings (a 章节/条款 column), read more loosely than running text:
            ``三、（二）`` or ``36`` count there. Defaults to each Comment's ``location``.
        tokens : sequence of list of str, optional
            The texts already segmented by this matcher's segmenter (e.g. shared with topic
            clustering), so they are not segmented twice.

        Returns
        -------
        list of list of SectionMatch
            ``method`` is ``reference``, ``quote`` or ``similarity``; ``raw_reference`` keeps the
            citation as written.

        Examples
        --------
        >>> from consultagg.sections.plan import parse_plan
        >>> plan = parse_plan("一、总则\\n1.目标。地表水优良比例达到80%。\\n2.任务。治理黑臭水体。")
        >>> row = SectionMatcher(plan, top_k=1).predict_matches(["无"], locations=["第2条"])[0]
        >>> row[0].section_id, row[0].method, row[0].raw_reference
        ('s1.2', 'reference', '第2条')
        """
        self._ensure_fitted()
        texts = list(texts)
        if locations is None:
            locations = [None if isinstance(t, str) else t.location for t in texts]
        elif len(locations) != len(texts):
            raise ValueError("locations must have one entry per text")
        texts = [t if isinstance(t, str) else t.text for t in texts]
        if not texts:
            return []
        if not self.sections_:
            return [[] for _ in texts]  # a draft without headings: nothing to place opinions in
        sim = self._calibrated(self._raw(texts, tokens))
        return [self._one(t, loc, sim[i]) for i, (t, loc) in enumerate(zip(texts, locations))]

    def _one(self, text: str, location: str | None, sim: np.ndarray) -> list[SectionMatch]:
        refs = [r for r in parse_references(text or "") if r.kind != "quote"]
        if location:
            refs = parse_references(location, location=True) + refs
        refs = [r for r in refs if self._cites_plan(r.document)]
        out: list[SectionMatch] = []
        taken: set[int] = set()

        def add(i: int, score: float, method: str, raw: str | None = None) -> None:
            if i not in taken and score >= self.min_score and len(out) < self.top_k:
                taken.add(i)
                out.append(SectionMatch(self.sections_[i].id, round(float(score), 4), method, raw))

        for i, score, raw in self._references(refs, sim):
            add(i, score, "reference", raw)
        # A cited section with children: its best-matching parts come next.
        for m in list(out):
            i = self.index_[m.section_id]
            inside = [j for j in self.descendants_[i] if sim[j] >= self.min_score]
            for j in sorted(inside, key=lambda j: -sim[j]):
                add(j, sim[j], "similarity")
        if not out:
            for ref in parse_references(text or ""):
                if ref.kind == "quote" and not ref.proposed:
                    hits = self._quote(ref)
                    # (the same wording in two places: either may be meant, and that is to be checked)
                    tie = len(hits) > 1 and hits[1][1] >= hits[0][1] - 0.02
                    for s, c in hits:
                        add(self.index_[s.id], min(c, UNSURE_QUOTE) if tie else c, "quote", ref.raw)
        for i in self._ranked(sim):
            if len(out) >= self.top_k or sim[i] < self.min_score:
                break
            add(i, sim[i], "similarity")
        return out

    def _references(self, refs: list[Reference], sim: np.ndarray):
        """(section index, score, raw) for citations: unique ones 1.0, ambiguous ones ranked."""
        resolved = []
        for ref in refs:
            across = False
            if ref.kind == "page":
                # A page is a place, not a list of guesses: the section holding it comes first
                # and its best-matching parts follow (below).
                pages = reference_candidates(ref, self.plan)
                hit = resolve_reference(ref, self.plan, candidates=pages)
                cands = [self.index_[hit.id]] if hit is not None and hit.id in self.index_ else []
                across = len({s.id.split(".")[0] for s in pages}) > 1  # (parts of two chapters: the one with most lines)
            else:
                cands = [self.index_[s.id] for s in reference_candidates(ref, self.plan)
                         if s.id in self.index_]
            if cands:
                resolved.append((ref, cands, across))
        unique = {c[0] for _, c, _ in resolved if len(c) == 1}
        out = []
        for ref, cands, across in resolved:
            if len(cands) > 1:
                # Another citation may pin it down: 第三章 … 第二节 → the 第二节 of 第三章.
                inside = [c for c in cands if any(u in self._chain(c)[1:] for u in unique)]
                cands = inside or cands
            if len(cands) == 1:
                # (a cited level the draft lacks, 第四章第五节 → 第四章, or a page across chapters: placed, to be checked)
                unsure = across or cited_beyond(ref, self.plan)
                out.append((cands[0], UNSURE_REFERENCE if unsure else 1.0, ref.raw))
            else:
                ranked = sorted(cands, key=lambda c: -sim[c])
                out.extend((c, min(0.5 + 0.5 * sim[c], UNSURE_REFERENCE - 0.01), ref.raw) for c in ranked)  # (never sure)
        # The most specific citation first.
        out.sort(key=lambda t: (-t[1], -self.sections_[t[0]].depth))
        return out

    def _cites_plan(self, document: str | None) -> bool:
        """False for 《another document》第三章: only the draft's own title (or 规划 …) counts."""
        if not document or re.fullmatch(r"(本|该|此)?(规划|纲要|方案|草案|征求意见稿|文件|意见稿)", document):
            return True
        title = set(cjk_bigrams(self.plan.title))
        grams = set(cjk_bigrams(document))
        return bool(grams) and len(grams & title) / len(grams) >= 0.5

    def _quote(self, ref: Reference) -> list[tuple[Section, float]]:
        return match_quote(ref.quote or "", self.plan, min_score=0.6, cache=self.quote_cache_)

    def _ranked(self, sim: np.ndarray):
        """Sections by calibrated similarity, a parent skipped when a descendant is close."""
        for i in np.argsort(-sim, kind="stable"):
            kids = self.descendants_[i]
            if kids and max(sim[j] for j in kids) >= self.leaf_ratio * sim[i]:
                continue
            yield int(i)
