"""consultagg: turn the comments of a policy consultation into decisions.

Public names are imported on first use, so ``import consultagg`` stays light (worker processes
that only need the segmenter do not load scikit-learn or openpyxl).

Examples
--------
>>> import consultagg as ca
>>> result = ca.analyse([{"提出单位": "水利厅", "意见内容": "建议强化黄河水资源刚性约束。"}])
>>> result.to_records()[0]["department"]
'水利厅'
"""

import importlib as _importlib
import typing as _typing

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "Comment": "records",
    "CommentList": "records",
    "ConsultaggInputError": "errors",
    "ConsultationPipeline": "pipeline",
    "ConsultationResult": "result",
    "Department": "records",
    "DepartmentNormalizer": "departments",
    "DuplicateGroup": "records",
    "JiebaSegmenter": "segment",
    "NearDuplicateGrouper": "dedup",
    "Opinion": "records",
    "Plan": "records",
    "RosterEntry": "records",
    "Section": "records",
    "SectionMatch": "records",
    "SectionMatcher": "sections",
    "Source": "records",
    "Topic": "records",
    "TopicClusterer": "topics",
    "TrackerData": "tracker",
    "UnitRouter": "routing",
    "analyse": "pipeline",
    "apply_group_decision": "tracker",
    "drafting_summary": "tracker",
    "extract_opinions": "extract",
    "merge_tracker": "tracker",
    "normalize_text": "normalize",
    "read_comments": "ingest",
    "read_plan": "ingest",
    "read_roster": "roster",
    "read_tracker": "tracker",
    "routed_examples": "tracker",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'consultagg' has no attribute {name!r}")
    value = getattr(_importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if _typing.TYPE_CHECKING:  # static analysers and IDEs see the eager imports
    from .dedup import NearDuplicateGrouper
    from .departments import DepartmentNormalizer
    from .extract import extract_opinions
    from .ingest import ConsultaggInputError, read_comments, read_plan
    from .normalize import normalize_text
    from .pipeline import ConsultationPipeline, analyse
    from .records import (Comment, CommentList, Department, DuplicateGroup, Opinion, Plan, RosterEntry,
                          Section, SectionMatch, Source, Topic)
    from .result import ConsultationResult
    from .roster import read_roster
    from .routing import UnitRouter
    from .sections import SectionMatcher
    from .segment import JiebaSegmenter
    from .topics import TopicClusterer
    from .tracker import (TrackerData, apply_group_decision, drafting_summary, merge_tracker,
                          read_tracker, routed_examples)
