"""Form letters whose senders tell their own story before the same request.

Members of a campaign often write a line of their own before the request the campaign shares
(岌屏县某村村民陈某：我家种了8亩水稻。请求条例允许… / 村民黄某：家里种了5亩玉米，老伴身体不好。请求条例允许…).
The request is the same; the story is who writes. :func:`same_request_own_story` says so only when the
shared request stands on its own (long enough, asking in words, pointing back at nothing before it)
and everything before it is about the sender: no request, no part of the draft named, and no other
village, estate or street of their own (甲村村民 / 乙村村民 asking for 村公墓 are two requests). Who writes
may be named first (万某某，某镇种粮大户，…), tell their own years and days after saying who they are
(我是某公司驾驶员某某。开渣土车八年了。), give a telephone closing the text, or end their line in the
request's first clauses (…某大学学生，建议条例增加一条：…); a sentence that takes a side or names what
the request is about (原址要建设停车场 / 我镇某工业集中区…滞后) is never the sender's story.

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

__all__ = ["INNER_LEVEL", "OUR_PLACE", "OUTER_PLACE", "OWN_PLACE", "own_place_asked", "places_reduced_away", "request_after_story", "same_request_own_story"]

# Sentences, and a sender's name lead (某村村民陈某：) as one of its own.
_PIECE = re.compile(r"[^。！？!?；;：:\n]+(?:[。！？!?；;\n]+|[：:](?=\S))?")
# Words that ask; what refers back to something told before (该路段, 此事, 上述问题).
_ASKS = re.compile(r"建议|请求|恳请|希望|要求|呼吁|(?<![申邀])请(?!问)|应当|应该|必须")
_POINTS_BACK = re.compile(r"该|此|这|上述|其|它|那|同样|以上|前述")
# What a sender tells of themselves, in the first person or as a form's fields (我家种了…, 今年72岁,
# 住某街18号, 提交人：…, 电话…); a line that only names them ends in a colon (某村村民陈某：). (居民十分担心…
# tells of others, and may carry the request's object: 拟新建的饲料加工厂距离居民区不足300米。)
_ABOUT_ME = re.compile(r"我|家里|家住|本人|住在|住[\u4e00-\u9fff]{1,12}\d|\d+岁|老伴|孩子|电话|手机|姓名|提交人|职业|工号|车牌|学号|房号|[：:]$|"
                       # 作为某团队成员，… / a masked telephone (188****0517)
                       r"^作为|\d{3}[*＊]{4}\d{4}")
# A sender named by what they are and their name (新能源车主严某某， / 某医院护士邹某某，): who writes.
_ROLE_NAME = re.compile(r"(?:车主|职工|护士|医生|村民|居民|业主|教师|家长|司机|驾驶员|员工|渔民|市民|工人|学生)([\u4e00-\u9fff]{2,3})(?=[，,。；;]|$)")
# A sender named first, then who they are (万某某，某镇种粮大户，… / 芮某某，退休教师，…).
_NAME_FIRST = re.compile(r"([\u4e00-\u9fff]{2,3})[，,](?=[^，,。]{2,})")
# A line that only says how to reach the sender, closing the text (联系电话：135****6621).
_CONTACT_END = re.compile(r"(?:联系)?(?:电话|手机|联系方式)[：:]?|[\d*＊\-－ ]{7,}[。.]?")
# A part of the draft named (第三章, 专栏2, 规划…): a story that names it may carry the request's object.
_DRAFT_NAMED = re.compile(r"第[一二三四五六七八九十百\d]+[章节条款项页篇]|专栏|附表|表\s*\d|规划|草案|条例|办法|方案|意见稿|细则")
# A village, an estate, a community or a street a sender names as theirs (not a building or a group within one).
# (王村 / 李村 after 我是: a village of one character and 村, as many are named)
OUTER_PLACE = re.compile(r"(?:(?<=我是|住在|来自|家住)[^\W\d_我们的了是在和与及代表前后农城乡本该这那各全个]|"
                         r"[^\W\d_我们的了是在和与及代表前后农城乡本该这那各全个]{2})(?:村|小区|社区|街道|镇|乡|苑|花园|家园)(?![民委])")
# A place of the writer's own that a request speaks of (我们村, 村口, 小区门口): whose place it is matters.
OUR_PLACE = re.compile(r"我们(?:这)?(?:村|小区|社区|街道|镇|乡|班|组|栋|幢|楼|单元)|本(?:村|小区|社区|镇|乡|班|组|栋|楼|单元)|"
                        r"这(?:个)?(?:栋|幢|班|组)|村里|小区里|镇上|"
                        r"村[口头尾内中]|全村|小区(?:门口|内|里面)|社区(?:内|里)|镇区|镇里|"
                        r"村(?:公墓|卫生室|小学|幼儿园|广场|活动室|文化室|集体|道路)")  # 村口的垃圾收集点 / 村公墓旁: the village's own
# A village, an estate, a class, a group or a building a sender names as theirs.
OWN_PLACE = re.compile(OUTER_PLACE.pattern + r"|[\d一二三四五六七八九十大中小]{1,3}(?:班|组|栋|幢|号楼|单元)")  # (大二班, 3栋)
# A class, a group or a building within a place, not the place itself.
INNER_LEVEL = re.compile(r"[班组栋幢楼]|单元")
# Who writes, in so many words (我是…, 本人…, 作为…成员, a name with a role, a masked telephone).
_WHO_WRITES = re.compile(r"^(?:我是|我叫|我系|本人|作为)|\d{3}[*＊]{4}\d{4}|" + _ROLE_NAME.pattern)
# A sender's own years and days, told (开货车十年了 / 去年垫了… / 上个月在…等了四个小时), and what takes a side or wants.
_OWN_TIME = re.compile(r"[\d一二三四五六七八九十几多两]+年了|多年|去年|前年|上个?月|上周|这几年")
_SIDE = re.compile(r"要|应|须|支持|反对|同意|赞成|禁止|允许|取消|保留|建设|纳入|增加|减少|不宜|别")
_MIN_REQUEST = 18  # characters of the shared request, reduced


def _bare(s: str) -> str:
    """``s`` without punctuation and spaces: two sentences compared as written."""
    return re.sub(r"[\W_]", "", s)


def same_request_own_story(a: str, b: str, reduce=_bare) -> bool:
    """Whether ``a`` and ``b`` end with one self-contained request and differ only in the sender's
    own story before it (see the module docstring); ``reduce`` compares two sentences."""
    pa, pb = _pieces(a), _pieces(b)
    while pa and pb and _CONTACT_END.fullmatch(pa[-1]) and _CONTACT_END.fullmatch(pb[-1]):
        pa, pb = pa[:-1], pb[:-1]  # 联系电话：135****6621 / 152****0387 closing both: how to reach each sender
    k = 0
    while k < min(len(pa), len(pb)) and reduce(pa[-1 - k]) == reduce(pb[-1 - k]):
        k += 1
    if k == 0 or (k == len(pa) and k == len(pb)):
        return False
    story_a, story_b = pa[:len(pa) - k], pb[:len(pb) - k]
    shared = "".join(pa[len(pa) - k:])  # the request's own sentences
    request, extended = shared, False
    if story_a and story_b:  # the story's last sentence may end in the request's first clauses (…研二学生，建议条例增加一条：)
        ca, cb = re.split(r"(?<=[，,])", story_a[-1]), re.split(r"(?<=[，,])", story_b[-1])
        j = 0
        while j < min(len(ca), len(cb)) and _bare(ca[-1 - j]) == _bare(cb[-1 - j]):
            j += 1
        # (only after who writes, in so many words: 我镇某工业集中区…滞后， / 图1…有误， before a shared clause are its object)
        if j and (ca[:-j] or cb[:-j]) and all(not c[:-j] or _WHO_WRITES.search("".join(c[:-j])) for c in (ca, cb)):
            story_a = story_a[:-1] + (["".join(ca[:-j])] if ca[:-j] else [])
            story_b = story_b[:-1] + (["".join(cb[:-j])] if cb[:-j] else [])
            request, extended = "".join(ca[-j:]) + request, True
    # (the request's own sentences long enough without the clauses moved from the story: 建议在学校门口施划斑马线。 after
    # 本人系某镇中心小学教师，学校门口没有人行横道。 asks about the writer's own school)
    if len(reduce(shared)) < _MIN_REQUEST or not _ASKS.search(request) or _points_out(request):
        return False
    if not (_told(story_a) and _told(story_b)):
        return False
    if not OUR_PLACE.search(request):
        return True  # (the writers' own towns told, a request about no place of theirs: 某镇种粮大户 / 另一镇种粮大户)
    # (the request speaks of a place of their own, 我们村 / 本班: the places they name must be the same)
    # (at the level the request speaks of when who writes was cut from its first clauses, 我是某幼儿园大二班的家长，我们班
    # 教室…: 我们村 compares villages, 本班 classes; else villages and estates only, a group or a building being who writes)
    levels = {bool(INNER_LEVEL.search(w)) for w in OUR_PLACE.findall(request)} if extended else {False}
    places_a, places_b = ({p for p in OWN_PLACE.findall("".join(story)) if bool(INNER_LEVEL.search(p[-2:])) in levels}
                          - set(OWN_PLACE.findall(request)) for story in (story_a, story_b))
    return not (places_a and places_b and places_a != places_b)


def request_after_story(text: str) -> str:
    """The request of a form letter after its sender's own story (我今年75岁，老伴…不便。建议在社区推行…), from its
    first sentence that asks: when every sentence before it is the sender's own (:func:`_told`) and the request stands
    on its own, pointing back at nothing and speaking of no place of the sender's; else ``""``. A candidate key only:
    :func:`same_request_own_story` judges each pair it proposes.

    >>> request_after_story("我今年69岁，子女都在外地。建议在社区推行家庭医生上门服务，费用纳入医保报销。")
    '建议在社区推行家庭医生上门服务，费用纳入医保报销。'
    >>> request_after_story("我是甲村村民。建议在村口设置垃圾收集点。"), request_after_story("建议增加路灯。")
    ('', '')
    """
    pieces = _pieces(text)
    first = next((k for k, p in enumerate(pieces) if _ASKS.search(p)), 0)
    request = "".join(pieces[first:])
    if not first or not _told(pieces[:first]) or _points_out(request) or OUR_PLACE.search(request):
        return ""
    return request if len(_bare(request)) >= _MIN_REQUEST else ""


# A place the request says is the writers' own, in so many words (我们村, 本小区, 村口, 村里; not 小区内 at large).
_MINE = re.compile(r"我们(?:这)?(?:村|小区|社区|街道|镇|乡|班|组|栋|幢|楼|单元)|本(?:村|小区|社区|镇|乡|班|组|栋|楼|单元)|村[口头尾内中]|全村|村里")


def places_reduced_away(a: str, b: str, ra: str, rb: str, reduce) -> tuple[str, str] | None:
    """The writers' own places, ``(a's, b's)``, when two texts that reduce alike (``ra``, ``rb``) ask about a place of
    their own (我们村, 村口) and named different places in what the reduction set aside (我是石埠村村民。 /
    我是云溪村村民。): two villages' requests. None otherwise."""
    mine = _MINE.findall(ra)
    if not mine:
        return None
    levels = {bool(INNER_LEVEL.search(w)) for w in mine}
    lost_a, lost_b = ({reduce(p) for p in OWN_PLACE.findall(t) if bool(INNER_LEVEL.search(p[-2:])) in levels and reduce(p) not in r}
                      for t, r in ((a, ra), (b, rb)))
    return ("、".join(sorted(lost_a - lost_b)), "、".join(sorted(lost_b - lost_a))) if lost_a and lost_b and lost_a != lost_b else None


def _points_out(request: str) -> bool:
    """Whether the request points at something told before it (该路段, 此事, 上述问题); a pointer at what the
    request itself named first (…转运调配场，请求将该转运场…) points inside it."""
    for m in _POINTS_BACK.finditer(request):
        named = request[m.end():m.end() + 2]
        if m.group(0) not in ("该", "此", "这", "其") or not re.fullmatch(r"[\u4e00-\u9fff]{2}", named) or named not in request[:m.start()]:
            return True
    return False


def _told(story: list[str]) -> bool:
    """Whether every sentence of ``story`` is the sender's own: none asks or names the draft, and each says who
    writes or, after the first that does, tells of the sender's own years and days (开渣土车八年了。 / 上个月在…排了
    四个小时。), taking no side and wanting nothing."""
    if any(_ASKS.search(s) or _DRAFT_NAMED.search(s) for s in story):
        return False
    return all(_about(s) or (k and _about(story[0]) and _OWN_TIME.search(s) and not _SIDE.search(s)) for k, s in enumerate(story))


def _about(s: str) -> bool:
    return bool(_ABOUT_ME.search(s) or _named(s))


def _named(s: str) -> bool:
    if (first := _NAME_FIRST.match(s)) and (first.group(1)[0] in SURNAMES or first.group(1)[:2] in ("欧阳", "司马", "上官", "诸葛")) \
            and not re.search(r"[村镇乡区县市街路局厅委会司组]$", first.group(1)):
        return True  # 万某某，某镇种粮大户，…: the sender's name first
    return any(m.group(1)[0] in SURNAMES for m in _ROLE_NAME.finditer(s))


def _pieces(text: str) -> list[str]:
    return [p.strip() for p in _PIECE.findall(text or "") if p.strip()]


def own_place_asked(a: str, b: str, kept: str, both: bool = False) -> bool:
    """Whether the sentences set aside as framing name other places of the writers' own (我是桂岭镇
    石门村村民 / 龙潭村村民) while the request speaks of that place (我们村): another request."""
    # at the level the request speaks of: 我们小区 compares estates, 我们班 / 这栋 classes and buildings
    levels = {bool(INNER_LEVEL.search(w)) for w in OUR_PLACE.findall(kept)}
    if not levels:
        return False
    own_a = [p for p in OWN_PLACE.findall(a) if bool(INNER_LEVEL.search(p[-2:])) in levels]
    own_b = [p for p in OWN_PLACE.findall(b) if bool(INNER_LEVEL.search(p[-2:])) in levels]
    if both and not (own_a and own_b):
        return False  # (with ``both``: one writer naming the place and the other not is no other place)
    return any(p not in b for p in own_a) or any(p not in a for p in own_b)
