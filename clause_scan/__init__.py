"""clause-scan: find AI replica, alteration and synthetic-performer clauses and check their consent."""

from __future__ import annotations

__version__ = "0.1.0"
