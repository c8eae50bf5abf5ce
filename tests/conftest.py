"""Shared fixtures: the real data in ../shared/data is optional and tests skip without it."""

from __future__ import annotations

from pathlib import Path

import pytest

try:  # property tests draw the same examples on every run, so the suite passes or fails alike on any
    # machine; HYPOTHESIS_PROFILE=explore draws new ones (a found failure is then kept as an @example)
    import os

    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("repeatable", derandomize=True)
    _hypothesis_settings.register_profile("explore", derandomize=False)
    _hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
except ImportError:  # (hypothesis is a test extra)
    pass

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; skips the test when it is absent."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip("../shared/data is not present")
    return path


@pytest.fixture(scope="session")
def seed_page() -> Path:
    """The OCR'd newspaper page ``../shared/seed/newspaper_page_ningxia.txt``; skips when absent."""
    path = SHARED / "seed" / "newspaper_page_ningxia.txt"
    if not path.is_file():
        pytest.skip("../shared/seed is not present")
    return path


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    """The demo consultation shipped inside the package."""
    from importlib import resources

    return Path(str(resources.files("consultagg.data").joinpath("demo")))


@pytest.fixture
def read_written(tmp_path):
    """``read_written(name, text, **kw)``: ``text`` (str or bytes) written to ``tmp_path / name`` and
    read back with :func:`consultagg.read_comments` (``kw`` passed on)."""
    import consultagg as ca

    def read(name: str, text: str | bytes, **kw):
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return ca.read_comments(path, **kw)

    return read


@pytest.fixture
def read_sheet(tmp_path):
    """``read_sheet(name, rows, **kw)``: ``rows`` (the header first) written as the one sheet of an
    ``.xlsx`` at ``tmp_path / name`` and read back with :func:`consultagg.read_comments`."""
    import consultagg as ca
    from openpyxl import Workbook

    def read(name: str, rows, **kw):
        wb = Workbook()
        for row in rows:
            wb.active.append(list(row))
        path = tmp_path / name
        wb.save(path)
        return ca.read_comments(path, **kw)

    return read


@pytest.fixture
def read_book(tmp_path):
    """``read_book(name, sheets, **kw)``: ``sheets`` (``{title: rows}``, the header first) written as the
    sheets of an ``.xlsx`` at ``tmp_path / name`` and read back with :func:`consultagg.read_comments`."""
    import consultagg as ca
    from openpyxl import Workbook

    def read(name: str, sheets: dict, **kw):
        wb = Workbook()
        wb.remove(wb.active)
        for title, rows in sheets.items():
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append(list(row))
        path = tmp_path / name
        wb.save(path)
        return ca.read_comments(path, **kw)

    return read


@pytest.fixture
def read_paragraphs(tmp_path):
    """``read_paragraphs(name, lines, **kw)``: ``lines`` written as the paragraphs of a Word document at
    ``tmp_path / name`` and read back with :func:`consultagg.read_comments`."""
    docx = pytest.importorskip("docx")
    import consultagg as ca

    def read(name: str, lines, **kw):
        d = docx.Document()
        for line in lines:
            d.add_paragraph(line)
        d.save(tmp_path / name)
        return ca.read_comments(tmp_path / name, **kw)

    return read


@pytest.fixture
def word_form():
    """``word_form(above, rows, below=())``: a Word document with the paragraphs ``above``, a table of
    ``rows`` (cell texts; empty ones left empty) and the paragraphs ``below``; returns the document
    and the table, for merging cells before it is saved."""
    docx = pytest.importorskip("docx")

    def build(above, rows, below=()):
        d = docx.Document()
        for line in above:
            d.add_paragraph(line)
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v:
                    t.cell(i, j).text = v
        for line in below:
            d.add_paragraph(line)
        return d, t

    return build


@pytest.fixture
def grouped():
    """``grouped(a, b)``: whether :class:`consultagg.NearDuplicateGrouper` with its defaults, fitted on
    ``[a, b]`` alone, puts the two texts in one group."""
    from consultagg import NearDuplicateGrouper

    def fit(a: str, b: str) -> bool:
        labels = NearDuplicateGrouper().fit([a, b]).labels_
        return bool(labels[0] == labels[1])

    return fit


@pytest.fixture
def needs_comments():
    """Skips the test when python-docx cannot write Word comments (``Document.add_comment``, 1.2 on);
    use with ``@pytest.mark.usefixtures("needs_comments")``."""
    from docx.document import Document

    if not hasattr(Document, "add_comment"):
        pytest.skip("building a document with comments needs python-docx >= 1.2")


@pytest.fixture
def read_commented(tmp_path, needs_comments):
    """``read_commented(name, paragraphs, **kw)``: a Word document of ``paragraphs`` at ``tmp_path / name``, each a
    string or ``(text, comment, author)`` for a paragraph carrying a Word comment, read back with
    :func:`consultagg.read_comments` (skipped where python-docx cannot write comments)."""
    import docx

    import consultagg as ca

    def read(name: str, paragraphs, **kw):
        d = docx.Document()
        for item in paragraphs:
            text, *note = (item,) if isinstance(item, str) else item
            p = d.add_paragraph(text)
            if note:
                d.add_comment(p.runs, text=note[0], author=note[1])
        d.save(tmp_path / name)
        return ca.read_comments(str(tmp_path / name), **kw)

    return read
