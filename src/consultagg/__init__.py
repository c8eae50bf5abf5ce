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
    "JiebaSegmenter": "text.segment",
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
    "apply_group_decision": "rounds",
    "drafting_summary": "report",
    "extract_opinions": "extract",
    "merge_tracker": "rounds",
    "normalize_text": "text.normalize",
    "read_comments": "reading",
    "read_plan": "reading",
    "read_roster": "io.rosters",
    "read_tracker": "tracker",
    "routed_examples": "rounds",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str):
    if name == "plots":  # the charts submodule (ca.plots), imported on first use; matplotlib only when drawing
        return _importlib.import_module(".plots", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'consultagg' has no attribute {name!r}")
    value = getattr(_importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if _typing.TYPE_CHECKING:  # static analysers and IDEs see the eager imports
    from consultagg.dedup import NearDuplicateGrouper
    from consultagg.departments import DepartmentNormalizer
    from consultagg.errors import ConsultaggInputError
    from consultagg.extract import extract_opinions
    from consultagg.io.rosters import read_roster
    from consultagg.pipeline import ConsultationPipeline, analyse
    from consultagg.reading import read_comments, read_plan
    from consultagg.records import (Comment, CommentList, Department, DuplicateGroup, Opinion, Plan,
                                    RosterEntry, Section, SectionMatch, Source, Topic)
    from consultagg.report import drafting_summary
    from consultagg.result import ConsultationResult
    from consultagg.rounds import apply_group_decision, merge_tracker, routed_examples
    from consultagg.routing import UnitRouter
    from consultagg.sections import SectionMatcher
    from consultagg.text.normalize import normalize_text
    from consultagg.text.segment import JiebaSegmenter
    from consultagg.topics import TopicClusterer
    from consultagg.tracker import TrackerData, read_tracker
