"""Imports every procedure's checks so that they register with `xingzheng.checks`."""

from __future__ import annotations

# Each module below registers its checker and upcoming function on import.
# (Added as the procedures land.)
