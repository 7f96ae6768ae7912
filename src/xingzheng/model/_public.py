"""Public disclosure: a JSON-ready view of a record without confidential fields or personal data.

Fields are marked in their attrs metadata (DECISIONS.md): ``metadata={"personal": True}`` for a
person's name, ID number or phone; ``metadata={"confidential": True}`` for what is confidential by law.
Free text is scanned for ID and phone numbers, which are masked (a name inside free text cannot be
found by a pattern).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Any

import attrs

__all__ = ["CONFIDENTIAL", "PERSONAL", "public_dict", "scrub_text"]

#: Field metadata marking personal data of parties (never public).
PERSONAL = {"personal": True}
#: Field metadata marking content confidential by law (never public).
CONFIDENTIAL = {"confidential": True}

# 18-digit resident ID (last may be X), 15-digit old IDs, mainland mobiles, landlines with area code.
_ID = re.compile(r"(?<![0-9])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])")
_ID15 = re.compile(r"(?<![0-9])[1-9][0-9]{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}(?![0-9])")
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])")
_LANDLINE = re.compile(r"(?<![0-9])0[1-9][0-9]{1,2}[- ]?[0-9]{7,8}(?![0-9])")
_MASK = "＊＊＊"
_PATTERNS = (_ID, _ID15, _MOBILE, _LANDLINE)
# Full-width forms of what the patterns read (digits, X, +, -, space), folded one character to one, so
# that a position in the folded text is the same position in the original (issue 22).
_FOLD = str.maketrans(
    {**{chr(0xFF10 + i): str(i) for i in range(10)}, "Ｘ": "X", "ｘ": "x", "＋": "+", "－": "-", "\u3000": " "}
)


def scrub_text(text: str) -> str:
    """Mask ID numbers and phone numbers inside free text, written with half-width or full-width
    characters (``１３８１２３４５６７８``) or a mix of both."""
    folded = text.translate(_FOLD)
    if folded == text:
        for pattern in _PATTERNS:
            text = pattern.sub(_MASK, text)
        return text
    # The patterns run on the folded text, one after another as above; each match is blanked with
    # non-digits of its own length (as the mask is non-digits), and the same spans are masked in the
    # original.
    masked = [False] * len(text)
    for pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            masked[match.start() : match.end()] = [True] * (match.end() - match.start())
        folded = pattern.sub(lambda m: "＊" * len(m[0]), folded)
    out: list[str] = []
    for index, ch in enumerate(text):
        if not masked[index]:
            out.append(ch)
        elif index == 0 or not masked[index - 1]:
            out.append(_MASK)
    return "".join(out)


def _hidden(field: attrs.Attribute[Any]) -> bool:
    return bool(field.metadata.get("personal") or field.metadata.get("confidential"))


def public_dict(obj: Any) -> Any:
    """A JSON-ready public view of ``obj``: attrs classes as dicts without hidden fields, text scrubbed."""
    if attrs.has(type(obj)):
        out: dict[str, Any] = {}
        for field in attrs.fields(type(obj)):
            if _hidden(field):
                continue
            out[field.name] = public_dict(getattr(obj, field.name))
        return out
    if isinstance(obj, str):
        return scrub_text(obj)
    if isinstance(obj, enum.Enum):
        return public_dict(obj.value)
    if isinstance(obj, dt.datetime | dt.date):
        return obj.isoformat()
    if isinstance(obj, tuple | list | frozenset | set):
        return [public_dict(item) for item in obj]
    if isinstance(obj, dict):
        return {str(k): public_dict(v) for k, v in obj.items()}
    return obj
