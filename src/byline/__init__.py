"""byline: a clean, dated archive of opinion columns."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
