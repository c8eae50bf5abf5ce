"""How a request is asked, in one wording: 我局认为条例应当… / 我们建议应当把… / 建议应当… / 建议… .

Copies put a writer's 认为, the draft's name and a modal verb (应当, 应, 要, 需要) in front of what they ask or
leave them out; what they ask is the same. Applied to texts already reduced (:func:`~consultagg.dedup.reduce._reduce`:
应该 is 应当 there, punctuation gone), only to tell that two texts that differ are still one request: two texts
whose asked forms are equal say the same thing.

>>> asked_alike("我局认为条例应当对投放点设置标准作出统一规定") == asked_alike("建议对投放点设置标准作出统一规定")
True
>>> asked_alike("建议不应当收费") == asked_alike("建议收费")
False
"""

from __future__ import annotations

import re

from consultagg.dedup.reduce import _FILLER_SPAN, _MIN_CORE

__all__ = ["asked_alike", "asked_the_same"]

# Who asks (我局认为 / 我们业委会经讨论一致认为 / 我建议), then a place in the draft (第40条), the draft as the
# subject (条例 / 在方案中) and a modal (应当 / 应 / 要 / 需要): one 建议 and the place. The draft's name goes only
# before a modal (建议条例明确… and 建议方案明确… may be two drafts); nothing goes before a negation.
_ASKED = re.compile(r"(?:(?:我们?|我[局委厅办院司部区县市镇乡村校所]|我单位|本单位|我们?公司)[^，,。；;：:不没别无有]{0,10}?(?:认为|建议)(?:建议)?"
                    r"|建议|^(?=(?:本|该)?(?:条例|规划|方案|办法|草案|细则)(?:中|里)?(?:应当|应|要|需要)))"
                    r"(?P<at>第[\d一二三四五六七八九十百]+[条章节款项](?:第[\d一二三四五六七八九十]+[款项节])?)?"
                    r"(?:(?:(?:在)?(?:本|该)?(?:条例|规划|方案|办法|草案|细则)(?:中|里)?)?(?:应当|应|要|需要))?(?![不没别])")


# Words that only say that something is asked or thought (建议, 认为, 我们, 应当, 能够, 做到), 虚词 of a verb's
# result (建立起, 安装上, 打个折), a list's 和 and the 有 of 有…义务: aside, for the equality of two texts only
# (a negation stays: 不应当, 没有).
_ASKING_WORD = re.compile(r"建议|认为|我们|应当|应(?![用急对])|能够|(?<=[立装挂])(?:起|上)(?!来|去|下|级|面|述|报|班|岗|市|涨|升)|"
                          r"里面|之中|当中|(?<=[打给])个(?=[折])|做到|(?<=[\u4e00-\u9fff])和(?=[\u4e00-\u9fff])|(?<![没只])有(?=[\u4e00-\u9fff]{0,6}(?:义务|责任|权利))")


_UP_TO = re.compile(r"到(?=\d)")


def asked_alike(s: str) -> str:
    """``s`` with the way it asks (who thinks so, the draft as subject, a modal) as one 建议."""
    return _ASKED.sub(lambda m: "建议" + (m.group("at") or ""), s)


def asked_the_same(ra: str, rb: str) -> bool:
    """Whether two reduced texts say the same once the way they ask (:func:`asked_alike`) and the 虚词 a
    copy adds or drops (``_FILLER_SPAN``) are aside, their numbers the same (1到3年 is not 13年)."""
    # (到 before a number says up to: 提高到200元 is not 提高200元, so it is kept out of the 虚词 dropped)
    x, y = (_FILLER_SPAN.sub("", _ASKING_WORD.sub("", asked_alike(_UP_TO.sub("至", r)))) for r in (ra, rb))
    return x == y and len(x) >= _MIN_CORE and re.findall(r"\d+(?:\.\d+)?", ra) == re.findall(r"\d+(?:\.\d+)?", rb)
