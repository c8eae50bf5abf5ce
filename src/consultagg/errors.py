"""The library's own exception for input it cannot read, shared by the readers and their limits.

>>> from consultagg.errors import ConsultaggInputError
>>> issubclass(ConsultaggInputError, ValueError)
True
"""

from __future__ import annotations

__all__ = ["ConsultaggInputError"]


class ConsultaggInputError(ValueError):
    """Input that cannot be read as it stands; the message names the file, sheet, row and column."""
