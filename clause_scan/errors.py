"""Errors with stable codes: the ``code`` values are part of the report contract."""

from __future__ import annotations

from pathlib import Path


class ClauseScanError(Exception):
    """Base class: a document could not be read or scanned; ``code`` says why."""

    code = "error"

    def __init__(self, path: Path | str | None, message: str) -> None:
        self.path = str(path) if path is not None else None
        self.message = message
        super().__init__(f"{path}: {message}" if path is not None else message)


class NotFound(ClauseScanError):
    code = "not_found"


class UnsupportedType(ClauseScanError):
    code = "unsupported_type"


class NotAPdf(ClauseScanError):
    code = "not_a_pdf"


class Corrupt(ClauseScanError):
    code = "corrupt"


class Encrypted(ClauseScanError):
    code = "encrypted"


class Empty(ClauseScanError):
    code = "empty"


class NoTextLayer(ClauseScanError):
    code = "no_text_layer"


class TooLarge(ClauseScanError):
    code = "too_large"


class Timeout(ClauseScanError):
    code = "timeout"


ERROR_CODES: tuple[str, ...] = tuple(
    cls.code
    for cls in (
        NotFound,
        UnsupportedType,
        NotAPdf,
        Corrupt,
        Encrypted,
        Empty,
        NoTextLayer,
        TooLarge,
        Timeout,
    )
)
