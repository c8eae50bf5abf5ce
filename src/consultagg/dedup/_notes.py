"""A re-post's note on its own history, put before or after the text it repeats.

``上个月已经留言，至今未回复，请尽快处理。`` or ``【重复留言】【至今未处理】``: the note tells when the text
was sent before and what came of it, and asks for nothing but an answer. Judged on the reduced texts
(:func:`~consultagg.dedup.reduce._reduce`) of two near-copies, the note is the span one text adds at
its start or end; it retells when every word it has beyond the words of a re-post's history is a
word of the text it repeats (a note that names a new thing, 另外东门的路灯也坏了, does not).

>>> import re
>>> asks, directions = re.compile("建议|请(?!问)"), re.compile("增加|删除")
>>> retells("上个月已经留言至今未回复请尽快解决", "竹篁村通组公路被山体滑坡冲毁请交通部门尽快抢修", asks, directions)
True
>>> retells("之前反映过另外东门路灯坏了", "西门路灯坏了请尽快修", asks, directions)
False
"""

from __future__ import annotations

import re

from consultagg.text.dictionary import standard_tokenizer

__all__ = ["retells"]

# A word a note on a re-post's history holds; a span without one is no such note.
_HINT = re.compile(r"留言|反映|投诉|来信|来电|提交|发帖|跟帖|回复|答复|回音|办结|受理|转办|转交|催办|追问|再问|重复|再次|第几次|顶|"
                   r"至今|改善|好转|进展|动静|上次|此前|之前|前次|重新发|再发|重发|重新发布|错别字|补发|没人管|没人理|没有人管|过去了|"
                   r"希望领导看到")
# Asking for an answer or for the matter to be dealt with (请尽快处理, 希望早日给予答复): no new request.
_REPLY_PLEA = re.compile(r"(?:请|希望|恳请|盼|望)(?:相关部门|有关部门|领导|有人)?(?:务必|一定)?(?:尽快|早日|及时|马上|抓紧|赶紧)?(?:给予|予以|给)?"
                         r"(?:解决|处理|回复|答复|落实|办理|回应|个说法|个答复|看到|重视|关注)")
# The words a note on the history is told in (times, counts, what became of the report).
_NOTE_WORDS = re.compile(
    r"\d+|第几次|[几多一两二三四五]次|首次|第一次|之前|此前|以前|上次|前次|上个?月|上周|前几天|前段时间|去年|今年|当时|后来|之后|至今|"
    r"到现在|现在|目前|一直|仍然|依然|还是|已经|曾经|没有|改善|好转|变化|进展|动静|结果|如何|怎么样|情况|问题|此事|这件事|"
    r"尽快|早日|及时|马上|抓紧|谢谢|置顶|加急|紧急|研究|显示|收到|状态|编号|平台|热线|网上|留言板|时间|日期|任何人|任何|"
    r"联系|看过|来看|整改|解决|处理|回复|答复|回应|回音|办结|受理|转办|转交|转给|转到|催办|追问|再问|重复|再次|留言|反映|投诉|"
    r"来信|来电|提交|发帖|跟帖|请问|希望|补充|备注|说明|办理|落实|下文|消息|答应|承诺|表示|有用|没用|同一|分别|如下|相关部门|有关部门|"
    r"通过|经由|位置|地点|地址|那个|这个|就是|说的|说过|编辑|修改|修正|错别字|重新|发布|一遍|系统|提示|失败|"
    r"补发|此条|一条|网络|中断|不知道|是否|成功|过去|领导|看到|看见|"
    r"[年月日号次个多仍还都也又再已曾没未无不顶催盼能有说会称的了过是这我们后但可却人管用改修问请等就在给让被把对向从只转前和及第于见来发为条时]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def retells(added: str, other: str, asks: re.Pattern, directions: re.Pattern) -> bool:
    """Whether ``added`` only tells a re-post's history: a word of the history, no request but for
    an answer (``asks``), no word of direction (``directions``), and no word of its own that
    ``other`` does not hold."""
    if not _HINT.search(added):
        return False
    rest = _REPLY_PLEA.sub("", added)
    if asks.search(rest) or directions.search(rest):
        return False
    words = standard_tokenizer().lcut(_NOTE_WORDS.sub(" ", rest), HMM=False)
    return all(w in other for w in words if _CJK.search(w))
