"""调查取证 — the investigation stage: the party, the officers, the offence, the investigation and evidence held."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

from xingzheng.errors import InvariantError, bilingual
from xingzheng.model._public import PERSONAL
from xingzheng.model.enforcement._base import (
    PartyKind,
    _is_date,
    _not_blank,
    _not_negative,
)
from xingzheng.model.values import check_date_order, to_str_tuple


def _to_dates(value: Iterable[dt.date]) -> tuple[dt.date, ...]:
    return tuple(value)


def _dates(instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    for day in value:
        _is_date(instance, attribute, day)


# --- value objects ---------------------------------------------------------------------------------


@attrs.frozen
class Party:
    """当事人 — the party: a citizen, or a legal person or other organisation.

    A company's name is public; a person's name, ID number, phone and address are personal data.

    Attributes:
        kind: citizen or organisation.
        organisation_name: the organisation's name (public; None for a citizen).
        person_name: the citizen's name, or the organisation's legal representative (personal).
        id_number: an ID number (personal).
        phone: a phone number (personal).
        address: the address (personal).
    """

    kind: PartyKind
    organisation_name: str | None = None
    person_name: str | None = attrs.field(default=None, metadata=PERSONAL)
    id_number: str | None = attrs.field(default=None, metadata=PERSONAL)
    phone: str | None = attrs.field(default=None, metadata=PERSONAL)
    address: str | None = attrs.field(default=None, metadata=PERSONAL)

    def __attrs_post_init__(self) -> None:
        if self.kind is PartyKind.CITIZEN and not (self.person_name or "").strip():
            raise InvariantError(
                bilingual("公民当事人须有姓名", "a citizen party needs a name"), "person_name"
            )
        if self.kind is PartyKind.ORGANISATION and not (self.organisation_name or "").strip():
            raise InvariantError(
                bilingual("组织当事人须有名称", "an organisation party needs a name"), "organisation_name"
            )


@attrs.frozen
class Officer:
    """执法人员 — an enforcement officer; name and certificate number are public (执法公示).

    Attributes:
        name: the officer's name.
        certificate_number: the enforcement certificate number (执法证号).
        certificate_valid_from: first day the certificate is valid (None: not recorded).
        certificate_valid_until: last day the certificate is valid (None: not recorded or open).
        training_year: the year the hours below were earned (None: not recorded).
        training_hours: class hours of topical legal training in that year (E11).
        warning_education_hours: class hours of warning education in that year (E11).
        direct_interest: whether the officer has a direct interest in the case (E18: must recuse).
        acted_on: the days the officer acted on the case (investigated, inspected, decided on the spot,
            served); empty: not recorded, and E2 then reads the days from the stages the officer is named in.
    """

    name: str = attrs.field(validator=_not_blank)
    certificate_number: str
    certificate_valid_from: dt.date | None = attrs.field(default=None, validator=_is_date)
    certificate_valid_until: dt.date | None = attrs.field(default=None, validator=_is_date)
    training_year: int | None = None
    training_hours: int = attrs.field(default=0, validator=_not_negative)
    warning_education_hours: int = attrs.field(default=0, validator=_not_negative)
    direct_interest: bool = False
    acted_on: tuple[dt.date, ...] = attrs.field(default=(), converter=_to_dates, validator=_dates)

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "certificate_valid_from", "certificate_valid_until")

    def certificate_valid_on(self, day: dt.date) -> bool:
        """Whether the certificate is recorded and valid on ``day``."""
        if not self.certificate_number.strip():
            return False
        if self.certificate_valid_from is not None and day < self.certificate_valid_from:
            return False
        return self.certificate_valid_until is None or day <= self.certificate_valid_until


@attrs.frozen
class Offence:
    """违法行为 — the violation: when it happened (and ended, for a continuing act) and what it concerns.

    Attributes:
        committed_on: the day the act occurred (or began).
        ended_on: for a continuous or continuing act, the day it ended (E9 counts from it).
        description: what happened (free text; ID and phone numbers are masked in public views).
        life_health_or_financial_safety: concerns citizens' life-and-health or financial safety (E9).
        harmful_consequences: had harmful consequences (E9, with the flag above: 5-year limitation).
    """

    committed_on: dt.date = attrs.field(validator=_is_date)
    ended_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    description: str = ""
    life_health_or_financial_safety: bool = False
    harmful_consequences: bool = False

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "committed_on", "ended_on")

    @property
    def limitation_starts_on(self) -> dt.date:
        """The day the limitation counts from: the end of a continuing act, else the act (Art. 36 ¶2)."""
        return self.ended_on or self.committed_on


@attrs.frozen
class Investigation:
    """调查取证 — the investigation or inspection.

    Attributes:
        started_on: the day it started.
        ended_on: the day it ended (None: ongoing).
        officer_certificates: certificate numbers of the officers who investigated (empty: all of the case's).
        certificates_shown: whether the officers showed their certificates (E2, Art. 55 ¶1).
    """

    started_on: dt.date = attrs.field(validator=_is_date)
    ended_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    officer_certificates: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)
    certificates_shown: bool = True

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "started_on", "ended_on")


@attrs.frozen
class EvidencePreservation:
    """先行登记保存 — evidence held by prior registration, and the decision on it (E14).

    Attributes:
        registered_on: the day the evidence was registered and held.
        decided_on: the day the decision on it was made (None: not yet).
        items: what is held.
    """

    registered_on: dt.date = attrs.field(validator=_is_date)
    decided_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    items: str = ""

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "registered_on", "decided_on")


@attrs.frozen
class AuxiliaryStaff:
    """执法辅助人员 — auxiliary staff who took part in the case; they assist and may not decide (E2).

    Their names are kept as personal data (they are not enforcement officers, whose names are public).

    Attributes:
        name: the person's name (personal).
        role: what they did (free text: 协助调查, 记录, 送达 …).
        took_part_on: the first day they took part (None: not recorded).
        decided: whether they made or signed the penalty decision (2021 Art. 42 ¶1: a penalty is imposed
            by officers with enforcement qualification).
    """

    name: str = attrs.field(validator=_not_blank, metadata=PERSONAL)
    role: str = ""
    took_part_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    decided: bool = False
