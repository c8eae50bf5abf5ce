"""MkDocs hooks for the documentation site (``hooks:`` in mkdocs.yml).

The docstrings are numpydoc and cross-reference with Sphinx roles (:class:`~consultagg.Comment`),
which Markdown renders as the role's name followed by code. This hook turns each role into an
optional cross-reference for mkdocs-autorefs: a link where the object is rendered on the site,
plain code where it is not (an optional reference never fails the strict build).
"""

from __future__ import annotations

import re

_ROLE = re.compile(r":(?:py:)?(?P<role>class|func|meth|mod|attr|data|exc|obj|const)"
                   r":<code>(?P<tilde>~?)(?P<target>[\w.]+?)(?P<parens>\(\))?</code>")


def _reference(match: re.Match) -> str:
    target = match["target"]
    shown = target.rsplit(".", 1)[-1] if match["tilde"] else target.lstrip(".")
    if match["role"] in ("func", "meth"):
        shown += "()"
    identifier = target.lstrip(".")
    return f'<autoref identifier="{identifier}" optional><code>{shown}</code></autoref>'


def on_page_content(html: str, **kwargs) -> str:
    """Sphinx roles in rendered docstrings become optional cross-references."""
    return _ROLE.sub(_reference, html) if ":<code>" in html else html
