"""Hypothesis strategies for valid records of each public class (needs the ``test`` extra).

Example:
    >>> from xingzheng.strategies import normative_documents  # doctest: +SKIP
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised only without the test extra
    raise ImportError(
        "xingzheng.strategies 需要 Hypothesis：pip install 'xingzheng[test]' / "
        "xingzheng.strategies needs Hypothesis: pip install 'xingzheng[test]'"
    ) from exc

__all__: list[str] = []
