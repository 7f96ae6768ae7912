"""The evidence-log events of each stage: which event kind records which field, and the payload it carries."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from xingzheng.model.evidence import EventKind

# Lifecycle: the event kind each stage field records, and the payload key holding its date.
STAGE_EVENTS: dict[str, tuple[EventKind, str]] = {
    "discovered_on": (EventKind.DISCOVERED, "discovered_on"),
    "filed_on": (EventKind.FILED, "filed_on"),
    "investigation": (EventKind.INVESTIGATED, "started_on"),
    "notice": (EventKind.NOTIFIED, "served_on"),
    "defence": (EventKind.DEFENCE, "on"),
    "hearing_request": (EventKind.HEARING_REQUESTED, "requested_on"),
    "hearing": (EventKind.HEARING, "held_on"),
    "legal_review": (EventKind.LEGAL_REVIEW, "requested_on"),
    "collective_decision": (EventKind.COLLECTIVE_DECISION, "decided_on"),
    "decision": (EventKind.DECIDED, "decided_on"),
    "service": (EventKind.SERVED, "served_on"),
    "publicity": (EventKind.PUBLISHED, "published_on"),
    "execution": (EventKind.EXECUTED, "executed_on"),
    "closing": (EventKind.CLOSED, "closed_on"),
}
#: Repeated stages: field → (event kind, payload key identifying the item). A ``NOTE`` is never a stage.
REPEATED_EVENTS: dict[str, tuple[EventKind, str]] = {
    "officers": (EventKind.OFFICER_ASSIGNED, "certificate_number"),
    "evidence_preservations": (EventKind.EVIDENCE_PRESERVED, "registered_on"),
    "payments": (EventKind.PAID, "paid_on"),
    "remedies": (EventKind.REMEDY, "started_on"),
}


def _text(value: object) -> str | None:
    # The commonest exact types first (`check` reads a payload per stage of every case); each answer is
    # the one the general tests below give for that type.
    cls = type(value)
    if cls is str:
        return value  # type: ignore[return-value]
    if cls is dt.date:
        return value.isoformat()  # type: ignore[attr-defined,no-any-return]
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | str):
        return str(value)
    if isinstance(value, tuple) and all(isinstance(v, str | enum.Enum) for v in value):
        return ",".join(str(v.value) if isinstance(v, enum.Enum) else v for v in value)
    return None


def payload_of(value: object, name: str = "value") -> tuple[tuple[str, str], ...]:
    """The event payload recording a stage: its scalar public fields as ``(key, value)`` strings.

    Personal and confidential fields are left out (a log may be shown to auditors); a plain date is
    recorded under ``name``.
    """
    names = _public_fields(type(value))
    if names is None:
        text = _text(value)
        return ((name, text),) if text is not None else ()
    pairs: list[tuple[str, str]] = []
    for field in names:
        text = _text(getattr(value, field))
        if text is not None:
            pairs.append((field, text))
    return tuple(pairs)


def payload_value(value: object, name: str, key: str) -> str | None:
    """``dict(payload_of(value, name)).get(key)``, without building the payload."""
    names = _public_fields(type(value))
    if names is None:
        return _text(value) if key == name else None
    return _text(getattr(value, key)) if key in names else None


_PUBLIC: dict[type, tuple[str, ...] | None] = {}


def _public_fields(cls: type) -> tuple[str, ...] | None:
    """The names of an attrs class's fields a payload carries (None for a class that is not attrs'), cached."""
    try:
        return _PUBLIC[cls]
    except KeyError:
        pass
    names: tuple[str, ...] | None = None
    if attrs.has(cls):
        names = tuple(
            f.name for f in attrs.fields(cls) if not (f.metadata.get("personal") or f.metadata.get("confidential"))
        )
    if len(_PUBLIC) < 1024:
        _PUBLIC[cls] = names
    return names
