"""Form letters whose senders tell their own story before the same request.

Members of a campaign often write a line of their own before the request the campaign shares
(岌屏县某村村民陈某：我家种了8亩水稻。请求条例允许… / 村民黄某：家里种了5亩玉米，老伴身体不好。请求条例允许…).
The request is the same; the story is who writes. :func:`same_request_own_story` says so only when the
shared request stands on its own (long enough, asking in words, pointing back at nothing before it)
and everything before it is about the sender: no request, no part of the draft named, and no other
village, estate or street of their own (甲村村民 / 乙村村民 asking for 村公墓 are two requests).

>>> same_request_own_story("某村村民陈某：我家种了8亩水稻。请求条例允许秋收后在距林缘100米以外的田块集中焚烧秸秆。",
...                        "某村村民黄某：家里种了5亩玉米，老伴身体不好。请求条例允许秋收后在距林缘100米以外的田块集中焚烧秸秆。")
True
>>> same_request_own_story("第三章未提及农村污水。建议增加农村生活污水收集处理设施建设的内容。",
...                        "第五章未提及农村污水。建议增加农村生活污水收集处理设施建设的内容。")
False
"""

from __future__ import annotations

import re

from consultagg.text.names import SURNAMES

__all__ = ["OUTER_PLACE", "same_request_own_story"]

# Sentences, and a sender's name lead (某村村民陈某：) as one of its own.
_PIECE = re.compile(r"[^。！？!?；;：:\n]+(?:[。！？!?；;\n]+|[：:](?=\S))?")
# Words that ask; what refers back to something told before (该路段, 此事, 上述问题).
_ASKS = re.compile(r"建议|请求|恳请|希望|要求|呼吁|(?<![申邀])请(?!问)|应当|应该|必须")
_POINTS_BACK = re.compile(r"该|此|这|上述|其|它|那|同样|以上|前述")
# What a sender tells of themselves, in the first person or as a form's fields (我家种了…, 今年72岁,
# 住某街18号, 提交人：…, 电话…); a line that only names them ends in a colon (某村村民陈某：). (居民十分担心…
# tells of others, and may carry the request's object: 拟新建的饲料加工厂距离居民区不足300米。)
_ABOUT_ME = re.compile(r"我|家里|家住|本人|住在|住[\u4e00-\u9fff]{1,12}\d|\d+岁|老伴|孩子|电话|手机|姓名|提交人|职业|工号|车牌|学号|房号|[：:]$")
# A sender named by what they are and their name (新能源车主严某某， / 某医院护士邹某某，): who writes.
_ROLE_NAME = re.compile(r"(?:车主|职工|护士|医生|村民|居民|业主|教师|家长|司机|员工|渔民|市民|工人|学生)([\u4e00-\u9fff]{2,3})(?=[，,。；;]|$)")
# A part of the draft named (第三章, 专栏2, 规划…): a story that names it may carry the request's object.
_DRAFT_NAMED = re.compile(r"第[一二三四五六七八九十百\d]+[章节条款项页篇]|专栏|附表|表\s*\d|规划|草案|条例|办法|方案|意见稿|细则")
# A village, an estate, a community or a street a sender names as theirs (not a building or a group within one).
OUTER_PLACE = re.compile(r"[^\W\d_我们的了是在和与及代表前后农城乡本该这那各全个]{2}(?:村|小区|社区|街道|镇|乡|苑|花园|家园)(?![民委])")
_MIN_REQUEST = 18  # characters of the shared request, reduced


def same_request_own_story(a: str, b: str, reduce=lambda s: re.sub(r"[\W_]", "", s)) -> bool:
    """Whether ``a`` and ``b`` end with one self-contained request and differ only in the sender's
    own story before it (see the module docstring); ``reduce`` compares two sentences."""
    pa, pb = _pieces(a), _pieces(b)
    k = 0
    while k < min(len(pa), len(pb)) and reduce(pa[-1 - k]) == reduce(pb[-1 - k]):
        k += 1
    if k == 0 or (k == len(pa) and k == len(pb)):
        return False
    request = "".join(pa[len(pa) - k:])
    if len(reduce(request)) < _MIN_REQUEST or not _ASKS.search(request) or _POINTS_BACK.search(request):
        return False
    story_a, story_b = pa[:len(pa) - k], pb[:len(pb) - k]
    if any(_ASKS.search(s) or _DRAFT_NAMED.search(s) or not (_ABOUT_ME.search(s) or _named(s)) for s in story_a + story_b):
        return False
    places_a = set(OUTER_PLACE.findall("".join(story_a))) - set(OUTER_PLACE.findall(request))
    places_b = set(OUTER_PLACE.findall("".join(story_b))) - set(OUTER_PLACE.findall(request))
    return not (places_a and places_b and places_a != places_b)


def _named(s: str) -> bool:
    return any(m.group(1)[0] in SURNAMES for m in _ROLE_NAME.finditer(s))


def _pieces(text: str) -> list[str]:
    return [p.strip() for p in _PIECE.findall(text or "") if p.strip()]
