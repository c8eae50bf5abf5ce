"""The sections stage: the draft plan's structure, the references opinions make, and matching."""

from consultagg.sections.matcher import DOMAIN_EXPANSIONS, SectionMatcher
from consultagg.sections.plan import page_map, page_of_line, parse_plan, section_path
from consultagg.sections.references import (Reference, match_quote, original_wording, page_line_of,
                                            parse_references, reference_candidates, resolve_reference)

__all__ = ["DOMAIN_EXPANSIONS", "Reference", "SectionMatcher", "match_quote", "original_wording", "page_line_of",
           "page_map", "page_of_line", "parse_plan", "parse_references", "reference_candidates",
           "resolve_reference", "section_path"]
