"""Synthetic consultations with injected form-letter campaigns of known membership.

Every text is built from real sentences (citizen messages and bureau replies of the TipDM data in
``../shared/data``): background comments are mosaics of 3–7 sentences drawn from different
messages (distinct from each other), and each campaign is a template of 4–9 sentences sent by many
members with edits — synonym swaps, a name or place changed, punctuation changed, a sentence
inserted or deleted — and personal additions (short ones, and some of 200+ characters).

``make_corpus(n, seed)`` returns ``(texts, truth)``: ``truth[i]`` is the campaign id of text ``i``
or ``-1`` for background. Nothing of the data is written to disk.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "tipdm2020c"

SYNONYMS = [("建议", "提议"), ("加强", "强化"), ("尽快", "尽早"), ("希望", "期望"), ("相关", "有关"),
            ("部门", "单位"), ("解决", "处理"), ("严重", "十分"), ("问题", "情况"), ("影响", "干扰"),
            ("要求", "请求"), ("居民", "住户"), ("政府", "当局"), ("管理", "治理"), ("目前", "现在"),
            ("我们", "大家"), ("进行", "开展"), ("造成", "导致"), ("及时", "迅速"), ("保护", "保育")]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力国鹏"
PLACES = ["A1区", "A2区", "A3区", "A4区", "A5区", "A6区", "A7县", "A8县", "A9市"]
_SPLIT = re.compile(r"(?<=[。！？；!?])")


def load_sentences(data: Path = DATA) -> list[str]:
    """Distinct real sentences (8–120 characters) from the messages and replies."""
    import pandas as pd

    texts = []
    for name, cols in (("messages_fj3.xlsx", ["留言详情"]),
                       ("replies_fj4.xlsx", ["留言详情", "答复意见"])):
        df = pd.read_excel(data / name)
        for c in cols:
            texts.extend(df[c].dropna().astype(str).tolist())
    dev = data / "messages_labelled_dev.csv"
    if dev.exists():
        texts.extend(pd.read_csv(dev)["留言详情"].dropna().astype(str).tolist())
    seen, out = set(), []
    for t in texts:
        for s in _SPLIT.split(re.sub(r"\s+", "", t)):
            if 8 <= len(s) <= 120 and s not in seen:
                seen.add(s)
                out.append(s)
    return out


def _name(rng) -> str:
    return SURNAMES[rng.integers(len(SURNAMES))] + "".join(
        GIVEN[i] for i in rng.integers(len(GIVEN), size=rng.integers(1, 3)))


def _edit(template: list[str], pool: list[str], rng) -> str:
    sents = list(template)
    r = rng.random()
    if r < 0.15 and len(sents) > 4:                      # one sentence deleted
        del sents[rng.integers(1, len(sents))]
    elif r < 0.30:                                       # one sentence inserted
        sents.insert(int(rng.integers(1, len(sents) + 1)), pool[rng.integers(len(pool))])
    text = "".join(sents)
    for a, b in SYNONYMS:                                # synonym swaps
        if a in text and rng.random() < 0.25:
            text = text.replace(a, b, 1)
    if rng.random() < 0.3:                               # place changed
        for p in PLACES:
            if p in text:
                text = text.replace(p, PLACES[rng.integers(len(PLACES))], 1)
                break
    r = rng.random()                                     # punctuation and spacing
    if r < 0.3:
        text = text.replace("，", ",").replace("。", ". ")
    elif r < 0.5:
        text = text.replace("。", "！")
    r = rng.random()                                     # who sends it
    if r < 0.5:
        text = f"我是{PLACES[rng.integers(len(PLACES))]}居民{_name(rng)}。" + text
    elif r < 0.8:
        text += f"联系人：{_name(rng)}，电话1{rng.integers(3e9, 9e9)}"
    r = rng.random()                                     # personal additions
    if r < 0.12:
        own = []
        while sum(map(len, own)) < 200:
            own.append(pool[rng.integers(len(pool))])
        text += "另外，" + "".join(own)
    elif r < 0.35:
        text += pool[rng.integers(len(pool))]
    return text


def make_corpus(n: int, seed: int = 0, campaign_share: float = 0.3, pool: list[str] | None = None):
    """``n`` texts with campaigns covering about ``campaign_share`` of them; returns ``(texts, truth)``."""
    rng = np.random.default_rng(seed)
    pool = pool if pool is not None else load_sentences()
    n_camp_texts = int(n * campaign_share)
    sizes = []
    while sum(sizes) < n_camp_texts:
        # heavy-tailed sizes: most campaigns small, a few very large
        sizes.append(int(min(5 + rng.pareto(1.2) * 20, max(5, n_camp_texts // 10))))
    sizes[-1] -= sum(sizes) - n_camp_texts
    if sizes[-1] < 2:
        sizes.pop()
    texts, truth = [], []
    for cid, size in enumerate(sizes):
        template = [pool[i] for i in rng.integers(len(pool), size=rng.integers(4, 10))]
        for _ in range(size):
            texts.append(_edit(template, pool, rng))
            truth.append(cid)
    while len(texts) < n:
        # 3-7 sentences: with ~68k real sentences each is reused by many background texts at
        # N = 1M, and 2-sentence mosaics would then contain one another by chance.
        picks = rng.integers(len(pool), size=rng.integers(3, 8))
        texts.append("".join(pool[i] for i in picks))
        truth.append(-1)
    order = rng.permutation(len(texts))
    return [texts[i] for i in order], np.asarray(truth)[order]


def pairwise_scores(pred: np.ndarray, truth: np.ndarray) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 from group-size combinatorics (no n² pair list).

    ``truth < 0`` marks texts that belong to no true group (each is its own group).
    """
    truth = np.where(truth < 0, -1 - np.arange(truth.size), truth)

    def pairs(counts):
        counts = counts.astype(np.float64)
        return float((counts * (counts - 1) / 2).sum())

    _, t_inv = np.unique(truth, return_inverse=True)
    _, p_inv = np.unique(pred, return_inverse=True)
    joint = t_inv.astype(np.int64) * (p_inv.max() + 1) + p_inv
    tp = pairs(np.unique(joint, return_counts=True)[1])
    pp = pairs(np.bincount(p_inv))
    tt = pairs(np.bincount(t_inv))
    p = tp / pp if pp else 1.0
    r = tp / tt if tt else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
