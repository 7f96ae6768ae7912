"""Record format versions: what each ``schema_version`` this release reads becomes in the current one.

`loads` reads every version in `READ_VERSIONS` and migrates an older record to `SCHEMA_VERSION` before
structuring it; `dumps` writes `SCHEMA_VERSION` only. A migration is a pure function from a record's dict
at version ``v`` (tags included) to its dict at ``v + 1``, registered per kind; a kind with no migration
for a step keeps its fields as they are (the step only added optional fields). Migrations never drop a
field: a renamed or split field is carried into its new names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["READ_VERSIONS", "SCHEMA_VERSION", "migrate", "register_migration"]

#: The version of the record format written into every record (``"schema_version"``).
SCHEMA_VERSION = 2
#: The versions `loads` reads (older ones are migrated to `SCHEMA_VERSION` first).
READ_VERSIONS: tuple[int, ...] = (1, 2)

Migration = Callable[[dict[str, Any]], dict[str, Any]]

# (kind, from_version) -> the steps to from_version + 1, applied in the order registered.
_MIGRATIONS: dict[tuple[str, int], list[Migration]] = {}


def register_migration(kind: str, from_version: int, step: Migration) -> None:
    """Add a step that turns a ``kind`` record of ``from_version`` into one of ``from_version + 1``.

    Several steps may be registered for one kind and version (each about its own fields); they run in the
    order registered.
    """
    _MIGRATIONS.setdefault((kind, from_version), []).append(step)


def migrate(data: Mapping[str, Any]) -> dict[str, Any]:
    """A record's dict (with ``kind`` and a readable ``schema_version``) brought to `SCHEMA_VERSION`.

    The input is not changed; every field is kept (renamed or split fields under their new names). A
    dict already at `SCHEMA_VERSION` comes back as an equal copy.

    Raises:
        ValueError: the dict has no readable ``schema_version`` or no ``kind`` (`loads` reports both as a
            `LoadError` before it migrates).
    """
    version = data.get("schema_version")
    kind = data.get("kind")
    if type(version) is not int or version not in READ_VERSIONS or type(kind) is not str:
        raise ValueError(f"cannot migrate a record with kind {kind!r} and schema_version {version!r}")
    record = dict(data)
    while version < SCHEMA_VERSION:
        for step in _MIGRATIONS.get((kind, version), ()):
            record = step(record)
        version += 1
        record["schema_version"] = version
    return record


# --- the steps (one function per kind and concern; keep this table at the end of the file) -------------


_OPINIONS_V1 = {"合法": "lawful", "不合法": "unlawful", "应当予以修改": "must_be_amended"}


def _review_opinion_v1(record: dict[str, Any]) -> dict[str, Any]:
    """Version 1 wrote a review's ``opinion`` as its Chinese name; version 2 writes English snake case.

    Every ``"opinion"`` key of the record's objects (a document's or a decision's ``legality_review``, a
    review itself) holding one of the old values gets the new one; everything else is copied unchanged
    (an evidence event's recorded fields are a list of pairs, never an object, and are left alone).
    """

    def walk(value: Any) -> Any:
        if type(value) is dict:
            out = {key: walk(item) for key, item in value.items()}
            opinion = out.get("opinion")
            if type(opinion) is str and opinion in _OPINIONS_V1:
                out["opinion"] = _OPINIONS_V1[opinion]
            return out
        if type(value) is list:
            return [walk(item) for item in value]
        return value

    result: dict[str, Any] = walk(record)
    return result


for _kind in ("normative_document", "major_decision", "enforcement_case", "legality_review"):
    register_migration(_kind, 1, _review_opinion_v1)


def _major_decision_1_groups(record: dict[str, Any]) -> dict[str, Any]:
    """Issue 17: ``affects_specific_groups`` ("enterprises, specific groups or industries") split into
    ``touches_enterprises``, ``touches_industry`` and ``touches_specific_groups``, each given its value;
    the version-1 ``exploratory_reform`` meant "an exploratory reform on which the state has no clear
    rule", so a true one also sets ``no_clear_national_rule``."""
    out = dict(record)
    if "affects_specific_groups" in out:
        value = out.pop("affects_specific_groups")
        for name in ("touches_enterprises", "touches_industry", "touches_specific_groups"):
            out.setdefault(name, value)
    if out.get("exploratory_reform") is True:
        out.setdefault("no_clear_national_rule", True)
    return out


register_migration("major_decision", 1, _major_decision_1_groups)


def _enforcement_case_1_source(record: dict[str, Any]) -> dict[str, Any]:
    """Issue 21: version 1 wrote the 8890 hotline case source as ``"8890"``; version 2 writes
    ``"hotline_8890"`` (English snake case like every other enum value). Only the case's own top-level
    ``source`` is a `CaseSource`; the evidence log's payloads are left alone (they are hashed)."""
    out = dict(record)
    if out.get("source") == "8890":
        out["source"] = "hotline_8890"
    return out


register_migration("enforcement_case", 1, _enforcement_case_1_source)
