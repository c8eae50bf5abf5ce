"""What a campaign member's edited request asks for: another object, or two things exchanged.

A member of a form letter makes the letter their own, but the nouns of its request are the request: a
sentence that puts one noun for another (将阿尔茨海默病纳入… / 将帕金森病纳入…), or a few (餐饮门店…设置隔油池 /
洗车门店…设置沉淀池), and nothing else, asks for something else. So does a clause that holds the same words
with two things exchanged around what is said of each (按草场面积占六成、户籍人口占四成 / 按户籍人口占六成、
草场面积占四成), where a list only put in another order (渣土车、罐车 / 罐车、渣土车) would not.

>>> object_put("建议在条例中规定餐饮门店必须设置隔油池。", "建议在条例中规定洗车门店必须设置沉淀池。")
'餐饮 / 洗车；隔油池 / 沉淀池'
>>> exchanged("按草场面积占六成户籍人口占四成来算", "按户籍人口占六成草场面积占四成来算")
('草场面积占六成户籍人口', '户籍人口占六成草场面积')
>>> exchanged("加强渣土车和罐车管理", "加强罐车和渣土车管理") is None
True
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from consultagg.dedup._named import CJK_NAME as _CJK_NAME
from consultagg.dedup._typos import _read_alike, typo_pair
from consultagg.dedup._words import dictionary, function_words_only, word_tags
from consultagg.dedup.reduce import _reduce, _synonyms

__all__ = ["AT_LARGE", "exchanged", "object_put"]

# Words a member may put for one another in the request without asking for another thing: who is
# asked or spoken of at large, and the matter at large (相关部门 / 相关单位, 居民 / 住户, 问题 / 事情).
AT_LARGE = frozenset("部门 单位 机关 机构 人员 工作人员 群众 居民 住户 市民 村民 百姓 老百姓 大家 我们 当局 政府 领导 方面 问题 情况 "
                     "事情 事项 工作 地方 要求 请求".split())
# The most nouns a member's request may put for others and still be judged here (more is a rewording).
_MOST_PUT = 3


def object_put(sentence: str, other: str) -> str | None:
    """``A / B`` when ``other`` is ``sentence`` with a noun put for another where nothing else changed
    (将阿尔茨海默病纳入… / 将帕金森病纳入…, 对民办养老机构… / 对公办养老机构…), or up to three nouns (joined with
    ``；``): the request's object. Changes a character apart are one (渣土车 / 混凝土搅拌车). A typo, a synonym
    (``data/synonyms.txt``, folded by :func:`_reduce`), a word at large (:data:`AT_LARGE`) and the member's own
    place (我是…) stay a member's wording; so does a sentence with any other change."""
    a, b = _reduce(sentence), _reduce(other)
    if min(len(a), len(b)) < 8:
        return None
    changed = [op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"
               and not (op[0] != "replace" and (function_words_only(a[op[1]:op[2]] + b[op[3]:op[4]])
                                                or a[op[1]:op[2]] + b[op[3]:op[4]] in AT_LARGE))]  # (我们建议 / 建议)
    # (人口已 / 入口己: characters an OCR or a typo confuses, set aside before changes a character apart are joined)
    kept = [op for op in changed if not _confused(a[op[1]:op[2]], b[op[3]:op[4]])]
    ops = [op for op in _joined(kept) if not _confused(a[op[1]:op[2]], b[op[3]:op[4]])]  # (入园人 / 人园入, aligned apart)
    if not 1 <= len(ops) <= _MOST_PUT or any(op[0] != "replace" for op in ops):
        return None
    if len(kept) < len(changed) and any(op[2] - op[1] == op[4] - op[3] == 1 for op in ops):
        return None  # (a scan's text: a character put for another beside its confusions is one more, 时间 / 时问)
    shown = []
    for _, i1, i2, j1, j2 in ops:
        if (put := _noun_put(a, b, i1, i2, j1, j2)) is None:
            return None
        shown.append(put)
    return "；".join(shown)


def _confused(x: str, y: str) -> bool:
    """Whether ``y`` is ``x`` with characters an OCR or a typo confuses (人已 / 入己), each for its own."""
    return len(x) == len(y) > 0 and all(p == q or typo_pair(p, q) or _read_alike(p, q) for p, q in zip(x, y))


def _joined(ops: list[tuple]) -> list[tuple]:
    """Changes one character apart joined into one replacement (渣[土]车 / 混凝[土]搅拌车: one vehicle's name), when
    together they put words for others."""
    out: list[tuple] = []
    for op in ops:
        # (a replacement and what is put in or cut beside it, 渣[土]车 / 混凝[土]搅拌车, 苯胺 / 硝基苯; never two words
        # only put in, or only cut, 中 / 当中予以, which fillers are)
        if out and op[1] - out[-1][2] <= 1 and op[3] - out[-1][4] <= 1 \
                and op[2] - op[1] + out[-1][2] - out[-1][1] > 0 and op[4] - op[3] + out[-1][4] - out[-1][3] > 0:
            out[-1] = ("replace", out[-1][1], op[2], out[-1][3], op[4])
        else:
            out.append(op)
    return out


def _noun_put(a: str, b: str, i1: int, i2: int, j1: int, j2: int) -> str | None:
    """``A / B`` when ``a[i1:i2]`` and ``b[j1:j2]`` are nouns of the request, one put for the other."""
    if not (1 <= i2 - i1 <= 8 and 1 <= j2 - j1 <= 8) or not _CJK_NAME.fullmatch(a[i1:i2]) or not _CJK_NAME.fullmatch(b[j1:j2]):
        return None
    if i2 - i1 == j2 - j1 == 1 and (typo_pair(a[i1], b[j1]) or _read_alike(a[i1], b[j1])):
        return None  # 门诊 / 门珍: a typo (a character read alike, tones aside)
    (wa, after), (wb, _) = _words_over(a, i1, i2), _words_over(b, j1, j2)
    tags = word_tags()
    if i2 - i1 == j2 - j1 == 1 and (all(w in tags for w in wa) != all(w in tags for w in wb)):
        return None  # 资质 / 资贡: one character put for another that makes no word on one side, an OCR's or a typo
    wording = _synonyms()[1]  # (管理 / 治理, read 管理 / 解决 once folded: words of data/synonyms.txt carry no request)
    if not wa or not wb or any(w in AT_LARGE or w in _KIN or w in wording for w in wa + wb) \
            or not (all(map(_noun, wa + wb)) or (after and _noun(after) and after not in AT_LARGE)
                    # (散煤燃烧 / 油烟 before 整治: one pollutant or matter named for another, each opening with its noun)
                    or (_noun(wa[0]) and _noun(wb[0]) and min(len(wa[0]), len(wb[0])) >= 2)
                    # (隔油池 / 沉淀池 cut 隔 + 油池: a thing named by its last word, the head of a Chinese compound)
                    or (_headed(wa) and _headed(wb))):
        # (增加 / 提高: a verb put for another is _edit_difference's; 部门 / 单位: at large; 民营 / 公立 before
        # 幼儿园: what kind of it)
        return None
    if _OWN_BEFORE.search(a, 0, i1) or _OWN_BEFORE.search(b, 0, j1):
        return None  # (我是…小区居民: the member's own; 我们建议对… asks)
    if any(_SIGNED_BEFORE.search(s, max(0, i - 16), i) or s[i - 1:i] == "某" or (i <= 2 and _LABEL_AFTER.match(s, k))
           for s, i, k in ((a, i1, i2), (b, j1, j2))):
        return None  # (叫陈德明 / 姓名：杨帆 住址：…燕山街道 / 某电子企业 / 爪爪宠物医院意见：: who writes, as a form asks it)
    return f"{''.join(wa)} / {''.join(wb)}"


# The rest of a sender's name before its label (某宠物医院意见：建议…): the name opens the text.
_LABEL_AFTER = re.compile(r"[^，,。；;建议请望求应]{0,8}?意见")
# A form's fields on who writes, or a name given (姓名：… 住址：…, 叫某某, 联系人), closing right before a change.
_SIGNED_BEFORE = re.compile(r"(?:叫|名叫|姓名|住址|地址|联系人|署名|签名)[^建议请望求应]{0,14}$")
# (…，是一名护士，建议… once the clause of where the writer lives is set aside; 作为一名教师，…: who writes)
_OWN_BEFORE = re.compile(r"(?:我是|我们是|我家|家住|住在|居住在|来自|我在|本人是?|^是|(?:^|[，,])(?:作为|身为))[^，,。；;]{0,12}$")


# The sender's family (家母入住养老机构时… / 家父…): a member's own story, theirs to change.
_KIN = frozenset("家母 家父 父亲 母亲 爸爸 妈妈 爷爷 奶奶 姥姥 姥爷 外公 外婆 孩子 女儿 儿子 爱人 丈夫 妻子 老伴 公公 婆婆 岳父 岳母 "
                 "父母 家人 家里人 老人家".split())


def _words_over(s: str, i: int, j: int) -> tuple[list[str], str | None]:
    """The words of ``s`` (cut as the verifier cuts them) that cover ``s[i:j]``, and the word after them."""
    out, at = [], 0
    for w in dictionary()._get_tokenizer()(s):
        if at < j and at + len(w) > i:
            out.append(w)
        elif at >= j:
            return out, w
        at += len(w)
    return out, None


# Last characters that make a place or a facility of the words before them (自助售卖点, 充电站, 母婴室).
_FACILITY = frozenset("点站池场室棚间亭馆厂库所桩箱柜塔房廊台桥井渠塘坝")


def _headed(words: list[str]) -> bool:
    """Whether ``words`` name a thing by their last word (a noun of two characters or more: 隔 + 油池), or end
    in a facility's character after two more (自助 + 售卖 + 点, the last cut as a measure word)."""
    return (_noun(words[-1]) and len(words[-1]) >= 2) or (len("".join(words)) >= 3 and words[-1][-1] in _FACILITY)


def _noun(word: str) -> bool:
    """Whether ``word`` names a thing (a noun, a name, a word jieba does not know: 助餐, 阿尔茨海默)."""
    return word_tags().get(word, "n")[:1] in ("n", "b") and not function_words_only(word)


# What joins the things of a list (A和B / A、B / A或B): a list in another order asks the same.
_LIST_JOIN = re.compile(r"[和及与或跟同、,，/]|以及|还有|或者")


def exchanged(x: str, y: str) -> tuple[str, str] | None:
    """The spans of clauses ``x`` and ``y`` (punctuation dropped) in which two things are exchanged around what
    is said of them (A占六成B / B占六成A, 由燃煤调整为燃气 / 由燃气调整为燃煤), else ``None``. Things exchanged
    around a list's joining word only (A和B / B和A), or with nothing between them, are a list in another order
    or a phrase moved: that reading wins."""
    if x == y or len(x) != len(y) or sorted(x) != sorted(y):
        return None
    lo = next(k for k in range(len(x)) if x[k] != y[k])
    tail = next(k for k in range(len(x)) if x[-1 - k] != y[-1 - k])
    found = None
    # (the things may share their first or last characters, 燃煤 / 燃气, 渣土车 / 罐车: a little of the shared
    # start and end is tried as theirs)
    for p in range(lo, max(0, lo - 3) - 1, -1):  # (the tightest spans first: they are the ones shown)
        for s in range(tail, max(0, tail - 3) - 1, -1):
            mx, my = x[p:len(x) - s], y[p:len(y) - s]
            for n in range(1, len(mx)):
                for m in range(1, len(mx) - n + 1):
                    first, middle, second = mx[:n], mx[n:len(mx) - m], mx[len(mx) - m:]
                    if my != second + middle + first:
                        continue
                    if not middle or _LIST_JOIN.fullmatch(middle):
                        return None
                    if n + m >= 3:
                        found = found or (mx, my)
    return found
