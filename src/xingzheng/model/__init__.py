"""What happened: the four procedures as frozen attrs records, their value objects and events.

`model` imports neither `io` nor `cli` (ARCHITECTURE.md).
"""

from __future__ import annotations

from xingzheng.model._public import CONFIDENTIAL, PERSONAL, public_dict, scrub_text

__all__ = ["CONFIDENTIAL", "PERSONAL", "public_dict", "scrub_text"]
