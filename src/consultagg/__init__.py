"""consultagg: turn the comments of a policy consultation into decisions.

Examples
--------
>>> import consultagg as ca
>>> result = ca.analyse([{"提出单位": "水利厅", "意见内容": "建议强化黄河水资源刚性约束。"}])
>>> result.to_records()[0]["department"]
'水利厅'
"""

from .dedup import NearDuplicateGrouper
from .departments import DepartmentNormalizer
from .extract import extract_opinions
from .ingest import ConsultaggInputError, read_comments, read_plan
from .normalize import normalize_text
from .pipeline import ConsultationPipeline, analyse
from .records import (Comment, CommentList, Department, DuplicateGroup, Opinion, Plan, RosterEntry,
                      Section, SectionMatch, Source, Topic)
from .result import ConsultationResult
from .routing import UnitRouter
from .sections import SectionMatcher
from .segment import JiebaSegmenter
from .topics import TopicClusterer
from .tracker import (TrackerData, apply_group_decision, drafting_summary, merge_tracker, read_tracker,
                      routed_examples)

__version__ = "0.1.0"

__all__ = [
    "Comment",
    "CommentList",
    "ConsultaggInputError",
    "ConsultationPipeline",
    "ConsultationResult",
    "Department",
    "DepartmentNormalizer",
    "DuplicateGroup",
    "JiebaSegmenter",
    "NearDuplicateGrouper",
    "Opinion",
    "Plan",
    "RosterEntry",
    "Section",
    "SectionMatch",
    "SectionMatcher",
    "Source",
    "Topic",
    "TopicClusterer",
    "TrackerData",
    "UnitRouter",
    "__version__",
    "analyse",
    "apply_group_decision",
    "drafting_summary",
    "extract_opinions",
    "merge_tracker",
    "normalize_text",
    "read_comments",
    "read_plan",
    "read_tracker",
    "routed_examples",
]
