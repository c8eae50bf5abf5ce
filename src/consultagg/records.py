"""Plain records passed between the stages.

Every record is a frozen dataclass holding data only: no stage logic lives here.
Records are JSON-serialisable through :func:`dataclasses.asdict` (tuples become lists).

Examples
--------
>>> from consultagg.records import Comment, Source
>>> c = Comment(id="C-1", text="建议增加黄河流域生态保护内容。", department="自治区发改委",
...             source=Source(file="letters.xlsx", row=2))
>>> c.department
'自治区发改委'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Comment",
    "CommentList",
    "Department",
    "DuplicateGroup",
    "Opinion",
    "Plan",
    "RosterEntry",
    "Section",
    "SectionMatch",
    "Source",
    "Topic",
]


@dataclass(frozen=True)
class Source:
    """Where an opinion came from.

    Attributes
    ----------
    file : str or None
        File name (or ``"<dicts>"``, ``"<DataFrame>"``, ``"<text>"`` for in-memory input).
    sheet : str or None
        Worksheet name for xlsx input.
    row : int or None
        1-based row number as a person sees it in the spreadsheet or CSV (header included).
    paragraph : int or None
        1-based paragraph number for letters and minutes.
    span : tuple of int or None
        ``(start, end)`` character offsets inside the source text.
    """

    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    paragraph: int | None = None
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Comment:
    """One opinion as submitted: verbatim text plus where and from whom.

    ``department`` and ``location`` are kept raw, as written; the normalised forms are
    computed by the stages and stored on :class:`Opinion`.
    """

    id: str
    text: str
    department: str | None = None
    speaker: str | None = None
    location: str | None = None
    proposed_change: str | None = None
    title: str | None = None
    source: Source = field(default_factory=Source)
    meta: dict[str, Any] = field(default_factory=dict, hash=False)


class CommentList(list):
    """A ``list`` of :class:`Comment` that also carries what reading found.

    Attributes
    ----------
    empty_rows : list of str
        Places (``"file.xlsx 第7行"``) where a row or letter held no opinion text; reported, not lost.
    no_opinion_units : list of str
        Units whose reply said 无意见 (a roster state, not an opinion).
    notes : list of str
        Other remarks from reading (encoding used, sheets skipped, headers mapped …).
    unread_files : list of (str, str)
        Files found in a folder that could not be read (``.doc``, ``.wps``, ``.pdf`` …), with the
        reason: a unit whose letter is among them replied, it was not late.
    skipped : list of (str, str, str)
        ``(file, text, reason)`` for every piece of a letter that is neither an opinion nor an
        opinion's context (salutation, closing, signature, contact line, quoted e-mail …).
    """

    def __init__(self, items=(), *, empty_rows=(), no_opinion_units=(), notes=(), unread_files=(), skipped=()):
        super().__init__(items)
        self.empty_rows = list(empty_rows)
        self.no_opinion_units = list(no_opinion_units)
        self.notes = list(notes)
        self.unread_files = [tuple(x) for x in unread_files]
        self.skipped = [tuple(x) for x in skipped]

    def extend_from(self, other: "CommentList | list") -> None:
        """Append another batch, keeping its report."""
        self.extend(other)
        for name in ("empty_rows", "no_opinion_units", "notes", "unread_files", "skipped"):
            getattr(self, name).extend(getattr(other, name, ()))


@dataclass(frozen=True)
class Department:
    """A normalised department (提出单位).

    Attributes
    ----------
    name : str
        The 规范化简称 shown in the tracker (e.g. ``自治区发展改革委``).
    full_name : str
        Canonical full name (``宁夏回族自治区发展和改革委员会``) or ``name`` when unknown.
    raw : str
        The name as written.
    category : str
        单位类别: 政府部门 / 人大 / 政协 / 盟市 / 专家 / 公众 / 企业 / 其他.
    level, region, system : str or None
        Administrative level (国家/省级/地市级/县级), region, and system
        (government / party / 人大 / 政协 / court / group).
    confidence : float
        1.0 for an exact alias hit, lower for fuzzy matches, 0.0 for unknown names.
    known : bool
        False when the name passed through unchanged.
    """

    name: str
    full_name: str = ""
    raw: str = ""
    category: str = "其他"
    level: str | None = None
    region: str | None = None
    system: str | None = None
    colloquial: str | None = None
    matched_alias: str | None = None
    confidence: float = 0.0
    known: bool = False


@dataclass(frozen=True)
class Section:
    """A heading of the draft plan and the text under it.

    Attributes
    ----------
    id : str
        Stable id within the plan, e.g. ``"s3.2"`` (assigned in document order).
    label : str
        The heading number as written: ``第三章``, ``（一）``, ``36.``, ``专栏1``.
    kind : str
        Heading family: 篇 / 章 / 节 / 一、 / （一） / 1. / （1） / ① / 专栏 / 表 / 图 / 附件.
    title : str
        Heading text without its number.
    ordinal : int or None
        Number at its level (36 for ``36.``, 10 for ``十、``).
    depth : int
        1 for top-level headings.
    path : tuple of str
        Display labels from the root, e.g. ``("第三章 …", "第二节 …")``.
    parent_id : str or None
    text : str
        The section's own text (body paragraphs under the heading, not its children).
    line : int or None
        1-based line of the heading in the source.
    """

    id: str
    label: str
    kind: str
    title: str
    ordinal: int | None = None
    depth: int = 1
    path: tuple[str, ...] = ()
    parent_id: str | None = None
    text: str = ""
    line: int | None = None


@dataclass(frozen=True)
class Plan:
    """A parsed draft: title and sections in document order."""

    title: str
    sections: tuple[Section, ...] = ()
    source: str | None = None
    preamble: str = ""
    report: tuple[str, ...] = ()
    pages: tuple[tuple[int, int, int], ...] = ()  # (page, first line, last line) when pages are marked


@dataclass(frozen=True)
class SectionMatch:
    """One candidate section for an opinion."""

    section_id: str | None
    score: float
    method: str  # "reference" | "quote" | "similarity" | "none"
    raw_reference: str | None = None


#: What the tracker and the summaries call each kind of :class:`DuplicateGroup` (``single`` is not one).
GROUP_KIND_NAMES = {"exact": "完全重复", "near": "近似重复", "campaign": "批量提交"}


@dataclass(frozen=True)
class DuplicateGroup:
    """Opinions that say the same thing.

    ``kind`` is ``exact``, ``near``, ``campaign`` or ``single``. ``members`` are indices (into the
    texts a grouper fitted, or into a result's opinions); ``representative`` is one of them (the
    most complete text). ``additions[i]`` is the text member ``members[i]`` adds to ``template``;
    ``own_opinion[i]`` flags an addition long enough to be an opinion of its own ("template + own
    opinion"). A result keeps ``template`` for near-copies and campaigns and ``additions`` for
    campaigns only. ``related`` lists the groups that share this one's wording but were kept
    apart by what differs (another number, direction, section or object; or wording to check), each
    with the reason in Chinese: ``((3, "数值不同：65% / 75%"),)``. They are never answered as one.
    """

    id: int
    kind: str
    members: tuple[int, ...]
    representative: int
    template: str = ""
    additions: tuple[str, ...] = ()
    own_opinion: tuple[bool, ...] = ()
    related: tuple[tuple[int, str], ...] = ()

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class Topic:
    """A topic: a readable label, its key phrases and its size (submissions)."""

    id: int
    name: str
    key_phrases: tuple[str, ...] = ()
    size: int = 0
    n_distinct: int = 0
    representatives: tuple[int, ...] = ()
    seeded: bool = False
    #: Why the topics are fewer than asked for (too few opinions), in Chinese; empty otherwise.
    note: str = ""
    #: Share of the topic's opinions (by weight) whose text holds its name: below a half, the name is
    #: one theme among several, and the summary does not call the topic one where opinions gather
    #: (1.0 for a seed topic, whose name is the office's heading and whose members hold its keywords).
    name_share: float = 1.0


#: Units that are many writers, each writing for themselves (the first is the one the tracker shows).
PUBLIC_NAMES = ("社会公众", "公众", "网友", "群众", "市民", "居民", "匿名")
#: Appended to 提出单位 in the tracker when the reader could only guess the unit (from a file name).
UNIT_GUESS_MARK = "（待核实）"
#: A roster unit without a reply found while files of unknown unit could not be read (never said silent).
UNSEEN = "未见来函"

@dataclass(frozen=True)
class RosterEntry:
    """A consulted unit and whether it replied (有意见 / 无意见 / 未反馈)."""

    department: str
    # 有意见 / 无意见 / 未反馈 / 未能读取 (its letter is a file that could not be read) / 未见来函 (no reply found
    # while files whose unit is unknown could not be read: it may have sent one of them)
    state: str
    n_opinions: int = 0


@dataclass(frozen=True)
class Opinion:
    """One tracker row: a comment with everything the pipeline derived for it.

    Decision fields (``disposition`` …) are empty in a first round and carried over by merge.
    """

    comment: Comment
    department: Department
    group_id: int
    is_representative: bool
    topic_id: int
    topic_weak: bool = False
    section_id: str | None = None
    section_path: str = ""
    section_score: float = 0.0
    section_method: str = "none"
    owner: str | None = None
    owner_confidence: float = 0.0
    comment_type: str = ""
    original_text: str = ""
    page_line: str = ""
    disposition: str = ""
    reason: str = ""
    revision_note: str = ""
    remarks: str = ""
    own_addition: str = ""  # a campaign member's own text beyond the shared template
    addition_topic_id: int | None = None  # topic of that addition, clustered as an opinion of its own
    subtopic_id: int | None = None  # subtopic within topic_id (ConsultationResult.subtopics)
