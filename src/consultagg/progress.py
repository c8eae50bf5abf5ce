"""Progress bars and stage timings, without a callback threaded through every stage.

A run opens a reporter with :func:`reporting`; the stages it calls mark their work with
:func:`stage`, whose handle advances a bar (:meth:`Stage.update`) or names the step under way
(:meth:`Stage.step`). Without a reporter nothing is shown, and every stage's time still goes to the
standard :mod:`logging` logger ``consultagg`` (the pipeline's stages at ``INFO``, the steps inside
them at ``DEBUG``). The library never configures logging itself: an application that wants the
timings attaches a handler (the command line does so for ``-v``).

The reporter lives in a :class:`contextvars.ContextVar`, so concurrent runs in threads or asyncio
tasks each see their own, and worker processes see none.

Examples
--------
>>> import logging
>>> from consultagg.progress import reporting, stage
>>> seen = []
>>> with reporting(seen.append):
...     with stage("主题聚类", total=2) as st:
...         st.update(2)
>>> seen
['主题聚类…']
"""

from __future__ import annotations

import contextvars
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["logger", "reporting", "stage", "Stage", "TQDM_HINT"]

logger = logging.getLogger("consultagg")
logger.addHandler(logging.NullHandler())

TQDM_HINT = "progress bars need tqdm: pip install 'consultagg[progress]'"

_CURRENT: contextvars.ContextVar[_Reporter | None] = contextvars.ContextVar("consultagg_progress", default=None)


class _Reporter:
    """What a run shows: tqdm bars (``bars``) or one message per stage (``messages``)."""

    def __init__(self, bars: bool, messages: Callable[[str], Any] | None):
        self.bars = bars
        self.messages = messages
        self._tqdm = None
        if bars:
            try:
                from tqdm.auto import tqdm
            except ImportError as exc:  # pragma: no cover - depends on the environment
                raise ImportError(TQDM_HINT) from exc
            self._tqdm = tqdm
        self.depth = 0

    def open(self, desc: str, total: int | None, unit: str, announce: bool):
        if self._tqdm is not None and total != 0:
            return self._tqdm(total=total, desc=desc, unit=unit, leave=self.depth == 0, position=self.depth,
                              dynamic_ncols=True, mininterval=0.2)
        if self.messages is not None and announce:
            self.messages(desc + "…")
        return None


class Stage:
    """The handle of one stage: advance its bar, name its step, read its elapsed time."""

    __slots__ = ("desc", "level", "_bar", "_t0", "_step_t0", "_step")

    def __init__(self, desc: str, bar, level: int = logging.DEBUG):
        self.desc = desc
        self.level = level
        self._bar = bar
        self._t0 = self._step_t0 = time.perf_counter()
        self._step: str | None = None

    def update(self, n: int = 1) -> None:
        """Advance the bar by ``n`` items (nothing without a bar)."""
        if self._bar is not None and n:
            self._bar.update(n)

    def step(self, name: str) -> None:
        """Start the named step of a stage counted in steps; the previous step's time is logged."""
        now = time.perf_counter()
        if self._step is not None:
            self.update(1)
            logger.log(self.level, "%s / %s: %.3f s", self.desc, self._step, now - self._step_t0)
        self._step, self._step_t0 = name, now
        if self._bar is not None:
            self._bar.set_postfix_str(name, refresh=False)

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self._t0

    def _close(self) -> None:
        if self._step is not None:
            self.step("")
            self._step = None
        if self._bar is not None:
            if self._bar.total is not None and self._bar.n < self._bar.total:
                self._bar.update(self._bar.total - self._bar.n)
            self._bar.close()


@contextmanager
def reporting(progress: bool | Callable[[str], Any] | None) -> Iterator[None]:
    """Show the stages run inside this block.

    Parameters
    ----------
    progress : bool, callable or None
        ``True``: a tqdm bar per stage (``pip install 'consultagg[progress]'``; in a notebook
        ``tqdm.auto`` draws widgets when ipywidgets is installed). A callable: called with a short
        Chinese message as each pipeline stage starts (the command line prints it to stderr).
        ``None`` or ``False``: nothing is shown. A reporter already active (an outer run) is kept
        when ``progress`` is ``None``.

    Examples
    --------
    >>> from consultagg.progress import reporting, stage
    >>> with reporting(print):
    ...     with stage("识别重复意见"):
    ...         pass
    识别重复意见…
    """
    if progress is None and _CURRENT.get() is not None:
        yield
        return
    if progress is None or progress is False:
        rep = None
    elif progress is True:
        rep = _Reporter(True, None)
    elif callable(progress):
        rep = _Reporter(False, progress)
    else:
        raise TypeError(f"progress must be True, False, None or a callable taking a message, got {progress!r}")
    token = _CURRENT.set(rep)
    try:
        yield
    finally:
        _CURRENT.reset(token)


@contextmanager
def stage(desc: str, *, total: int | None = None, unit: str = "条", level: int = logging.DEBUG,
          announce: bool = True) -> Iterator[Stage]:
    """Time a stage, log the time to the ``consultagg`` logger and show it to the active reporter.

    Parameters
    ----------
    desc : str
        The stage's name as the office reads it (``分词``, ``识别重复意见`` …).
    total : int, optional
        Items (or steps) the bar counts to.
    unit : str, default="条"
    level : int, default=logging.DEBUG
        The level the stage's time and its steps' times are logged at (the pipeline's own
        stages use ``INFO``).
    announce : bool, default=True
        Send ``desc`` to a message reporter (inner stages of a pipeline stage pass False).

    Examples
    --------
    >>> from consultagg.progress import stage
    >>> with stage("分词", total=3) as st:
    ...     st.update(3)
    >>> st.elapsed >= 0
    True
    """
    rep = _CURRENT.get()
    bar = rep.open(desc, total, unit, announce) if rep is not None else None
    handle = Stage(desc, bar, level)
    if rep is not None:
        rep.depth += 1
    try:
        yield handle
    finally:
        if rep is not None:
            rep.depth -= 1
        handle._close()
        logger.log(level, "%s: %.3f s", desc, handle.elapsed)
