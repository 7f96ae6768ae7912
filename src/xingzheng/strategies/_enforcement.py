"""Hypothesis strategies for enforcement cases, officers and evidence logs.

Generated cases are valid records (they construct), not lawful ones: deadlines may be missed and
steps skipped, so that `check` meets every kind of finding. Their evidence logs match their fields.
Personal data (names, ID numbers, phones, addresses) is drawn from alphabets that no other generated
text uses, so that a test can look for it in a public view.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import attrs
from hypothesis import strategies as st

from xingzheng.model.enforcement import (
    AuxiliaryStaff,
    CaseSource,
    Closing,
    CollectiveDecision,
    Defence,
    EnforcementCase,
    EvidencePreservation,
    Execution,
    Hearing,
    HearingAnswer,
    HearingRequest,
    Investigation,
    Offence,
    Officer,
    Party,
    PartyKind,
    Payment,
    PenaltyDecision,
    PenaltyKind,
    PenaltyNotice,
    ProcedureKind,
    Publicity,
    RemedyKind,
    RemedyOutcome,
    RemedyPeriod,
    Service,
)
from xingzheng.model.evidence import EventKind, EvidenceEvent, EvidenceLog
from xingzheng.model.litigation import Litigation, LitigationOutcome
from xingzheng.model.review import LegalityReview, Reviewer, ReviewerRole, ReviewOpinion, SubjectKind

if TYPE_CHECKING:
    from xingzheng.rules import Profile

__all__ = [
    "PERSON_NAME_ALPHABET",
    "compliant_enforcement_cases",
    "enforcement_cases",
    "events",
    "evidence_logs",
    "id_numbers",
    "officers",
    "person_names",
    "phone_numbers",
]

SHANGHAI = ZoneInfo("Asia/Shanghai")
#: Characters of generated personal names and addresses; no other generated text uses them.
PERSON_NAME_ALPHABET = "甲乙丙丁戊己庚辛壬癸"
_OFFICER_ALPHABET = "东南西北中春夏秋冬"
_ACTOR = "执法系统"


def person_names() -> st.SearchStrategy[str]:
    """A person's name (2–3 characters from `PERSON_NAME_ALPHABET`)."""
    return st.text(alphabet=PERSON_NAME_ALPHABET, min_size=2, max_size=3)


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    """An 18-digit resident ID number of a plausible form (region, birth date, serial, check)."""
    region = draw(st.sampled_from(["120116", "120101", "110105", "310104"]))
    birth = draw(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2005, 12, 31)))
    serial = draw(st.integers(min_value=0, max_value=999))
    check = draw(st.sampled_from("0123456789X"))
    return f"{region}{birth:%Y%m%d}{serial:03d}{check}"


@st.composite
def phone_numbers(draw: st.DrawFn) -> str:
    """A mainland mobile number."""
    second = draw(st.sampled_from("3456789"))
    rest = draw(st.integers(min_value=0, max_value=999_999_999))
    return f"1{second}{rest:09d}"


@st.composite
def officers(draw: st.DrawFn, on: dt.date | None = None) -> Officer:
    """An officer; with ``on``, the certificate may or may not be valid on that day."""
    number = draw(st.integers(min_value=1, max_value=99_999_999))
    valid_from = draw(st.none() | st.dates(min_value=dt.date(2010, 1, 1), max_value=dt.date(2024, 12, 31)))
    valid_until = None
    if valid_from is not None and draw(st.booleans()):
        valid_until = valid_from + dt.timedelta(days=draw(st.integers(min_value=0, max_value=3650)))
    return Officer(
        name=draw(st.text(alphabet=_OFFICER_ALPHABET, min_size=2, max_size=3)),
        certificate_number=f"ZF{number:08d}",
        certificate_valid_from=valid_from,
        certificate_valid_until=valid_until,
        training_year=on.year if on is not None and draw(st.booleans()) else None,
        training_hours=draw(st.integers(min_value=0, max_value=80)),
        warning_education_hours=draw(st.integers(min_value=0, max_value=40)),
        direct_interest=draw(st.integers(min_value=0, max_value=9)) == 0,
    )


def _text(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    """Any text the boundary accepts in a one-line field: no control, surrogate or line-separator
    character, NFC (issue 22)."""
    return st.text(
        st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")), min_size=min_size, max_size=max_size
    ).map(lambda s: unicodedata.normalize("NFC", s))


@st.composite
def events(draw: st.DrawFn) -> EvidenceEvent:
    """One unchained event (hash empty): kind, an aware instant, actor and a payload of string pairs."""
    instant = draw(
        st.datetimes(
            min_value=dt.datetime(2016, 1, 1),
            max_value=dt.datetime(2026, 12, 31),
            timezones=st.just(SHANGHAI),
        )
    )
    payload = draw(
        st.lists(st.tuples(_text(1, 8), _text(0, 12)), max_size=4).map(tuple)
    )
    return EvidenceEvent(
        kind=draw(st.sampled_from(EventKind)),
        at=instant,
        actor=draw(_text(1, 8)),
        payload=payload,
    )


@st.composite
def evidence_logs(draw: st.DrawFn, min_size: int = 0, max_size: int = 8) -> EvidenceLog:
    """A well-chained log of generated events, in time order."""
    drafts = draw(st.lists(events(), min_size=min_size, max_size=max_size))
    log = EvidenceLog()
    for draft in sorted(drafts, key=lambda e: e.at):
        log = log.append(draft.kind, draft.at, draft.actor, draft.payload)
    return log


def _later(draw: st.DrawFn, after: dt.date, max_days: int = 120) -> dt.date:
    return after + dt.timedelta(days=draw(st.integers(min_value=0, max_value=max_days)))


@st.composite
def _parties(draw: st.DrawFn) -> Party:
    kind = draw(st.sampled_from(PartyKind))
    address = draw(st.none() | st.text(alphabet=PERSON_NAME_ALPHABET, min_size=4, max_size=8))
    return Party(
        kind=kind,
        organisation_name="天津市滨海新区某某商贸有限公司" if kind is PartyKind.ORGANISATION else None,
        person_name=draw(person_names()) if kind is PartyKind.CITIZEN or draw(st.booleans()) else None,
        id_number=draw(st.none() | id_numbers()),
        phone=draw(st.none() | phone_numbers()),
        address=address,
    )


@st.composite
def enforcement_cases(
    draw: st.DrawFn,
    min_date: dt.date = dt.date(2016, 1, 1),
    max_date: dt.date = dt.date(2025, 6, 30),
) -> EnforcementCase:
    """A valid enforcement case whose evidence log matches its fields, stopped at a random stage.

    Dates run forward from the act; gaps are random, so deadlines are sometimes missed. With
    ``max_date`` past the calendar's coverage some deadlines cannot be judged (``CAL.coverage``).
    """
    committed = draw(st.dates(min_value=min_date, max_value=max_date))
    ended = _later(draw, committed, 60) if draw(st.booleans()) else None
    party = draw(_parties())
    leaked = draw(st.sampled_from(["", party.id_number or "", party.phone or ""]))
    offence = Offence(
        committed_on=committed,
        ended_on=ended,
        description=f"违法经营，举报电话{leaked}" if leaked else "违法经营",
        life_health_or_financial_safety=draw(st.booleans()),
        harmful_consequences=draw(st.booleans()),
    )
    case = EnforcementCase(
        case_number=f"ZF-{committed.year}-{draw(st.integers(min_value=1, max_value=9999)):04d}",
        agency="大港街道综合执法大队",
        source=draw(st.sampled_from(CaseSource)),
        party=party,
        offence=offence,
        major_public_interest=draw(st.booleans()),
        major_rights=draw(st.booleans()),
        complex_case=draw(st.booleans()),
        complex_or_major_violation=draw(st.booleans()),
        auxiliary_staff=tuple(
            draw(
                st.lists(
                    st.builds(
                        AuxiliaryStaff,
                        name=person_names(),
                        role=st.just("协助调查"),
                        took_part_on=st.none() | st.just(committed),
                        decided=st.integers(min_value=0, max_value=9).map(lambda n: n == 0),
                    ),
                    max_size=2,
                )
            )
        ),
    )
    clock = [dt.datetime(committed.year, committed.month, committed.day, 8, tzinfo=SHANGHAI)]

    def at(day: dt.date) -> dt.datetime:
        # Instants never go backwards: the later of the stage day and the last instant, plus a minute.
        base = dt.datetime(day.year, day.month, day.day, 9, tzinfo=SHANGHAI)
        clock[0] = max(base, clock[0] + dt.timedelta(minutes=1))
        return clock[0]

    stages = draw(st.integers(min_value=0, max_value=12))
    day = (ended or committed) + dt.timedelta(days=draw(st.integers(min_value=0, max_value=900)))
    case = case._record("discovered_on", day, at(day), _ACTOR)
    if stages < 1:
        return case
    day = _later(draw, day, 30)
    case = case._record("filed_on", day, at(day), _ACTOR)
    for officer in draw(st.lists(officers(on=day), max_size=3, unique_by=lambda o: o.certificate_number)):
        case = case._record("officers", (*case.officers, officer), at(day), _ACTOR)
    if stages < 2:
        return case
    day = _later(draw, day, 20)
    case = case._record(
        "investigation",
        Investigation(started_on=day, certificates_shown=draw(st.booleans())),
        at(day),
        _ACTOR,
    )
    if draw(st.booleans()):
        registered = _later(draw, day, 5)
        decided = _later(draw, registered, 15) if draw(st.booleans()) else None
        preservation = EvidencePreservation(registered_on=registered, decided_on=decided)
        case = case._record("evidence_preservations", (preservation,), at(registered), _ACTOR)
    if stages < 3:
        return case
    fine = draw(st.integers(min_value=0, max_value=20_000))
    day = _later(draw, day, 60)
    notice = PenaltyNotice(
        served_on=day,
        intended_penalty=f"罚款{fine}元",
        intended_fine_yuan=fine,
        facts_reasons_basis=draw(st.booleans()),
        rights_stated=True,
        hearing_right_stated=draw(st.none() | st.booleans()),
    )
    case = case._record("notice", notice, at(day), _ACTOR)
    if draw(st.booleans()):
        defence = Defence(on=_later(draw, day, 6), waived=draw(st.booleans()), heard=draw(st.booleans()))
        case = case._record("defence", defence, at(defence.on), _ACTOR)
    if stages >= 4 and draw(st.booleans()):
        requested = _later(draw, day, 8)
        answer = draw(st.none() | st.sampled_from(HearingAnswer))
        request = HearingRequest(
            requested_on=requested,
            answer=answer,
            answer_reason="逾期提出" if answer is not None and answer.value != "accepted" else None,
        )
        case = case._record("hearing_request", request, at(requested), _ACTOR)
        notified = _later(draw, requested, 5)
        hearing = Hearing(
            notified_on=notified,
            held_on=_later(draw, notified, 15),
            presider_is_investigator=draw(st.booleans()),
            public=draw(st.booleans()),
            closed_reason=draw(st.none() | st.just("涉及商业秘密")),
            party_present=draw(st.none() | st.booleans()),
        )
        case = case._record("hearing", hearing, at(hearing.held_on), _ACTOR)
        day = hearing.held_on
    if stages < 5:
        return case
    if draw(st.booleans()):
        requested = _later(draw, day, 5)
        completed = _later(draw, requested, 15)
        review = LegalityReview(
            subject_kind=SubjectKind.ENFORCEMENT_DECISION,
            requested_on=requested,
            materials_complete_on=requested,
            reviewers=(
                Reviewer(
                    role=ReviewerRole.LEGAL_OFFICE,
                    name="法制审核员",
                    first_time=draw(st.booleans()),
                    legal_qualification=draw(st.none() | st.booleans()),
                ),
            ),
            opinion=draw(st.sampled_from(ReviewOpinion)),
            completed_on=completed,
        )
        case = case._record("legal_review", review, at(completed), _ACTOR)
        day = completed
    if draw(st.booleans()):
        collective = CollectiveDecision(decided_on=_later(draw, day, 5))
        case = case._record("collective_decision", collective, at(collective.decided_on), _ACTOR)
    if stages < 6:
        return case
    procedure = draw(st.sampled_from(ProcedureKind))
    kinds = tuple(draw(st.lists(st.sampled_from(PenaltyKind), max_size=3, unique=True)))
    decided_fine = draw(st.integers(min_value=0, max_value=20_000)) if PenaltyKind.FINE in kinds else 0
    decided = _later(draw, day, 120)
    decision = PenaltyDecision(
        decided_on=decided,
        procedure=procedure,
        penalties=kinds,
        fine_yuan=decided_fine,
        large_amount=draw(st.booleans()),
        social_impact=draw(st.booleans()),
        states_remedies=draw(st.booleans()),
        sealed=draw(st.booleans()),
        filed_with_agency_on=_later(draw, decided, 5) if draw(st.booleans()) else None,
        hearing_right=draw(st.none() | st.booleans()),
        amended_per_review=draw(st.none() | st.booleans()),
        reconsideration_first_told=draw(st.none() | st.booleans()),
    )
    case = case._record("decision", decision, at(decided), _ACTOR)
    if stages < 7:
        return case
    served = _later(draw, decided, 15)
    case = case._record(
        "service",
        Service(
            served_on=served, on_the_spot=draw(st.booleans()), party_present=draw(st.none() | st.booleans())
        ),
        at(served),
        _ACTOR,
    )
    if draw(st.booleans()):
        begun = _later(draw, served, 30)
        remedy = RemedyPeriod(
            kind=draw(st.sampled_from(RemedyKind)),
            started_on=begun,
            ended_on=_later(draw, begun, 60) if draw(st.booleans()) else None,
            outcome=draw(st.none() | st.sampled_from(RemedyOutcome)),
        )
        case = case._record("remedies", (remedy,), at(begun), _ACTOR)
        if remedy.kind is RemedyKind.LITIGATION and draw(st.booleans()):
            litigation = Litigation(
                outcome=draw(st.none() | st.sampled_from(LitigationOutcome)),
                head_appeared=draw(st.none() | st.booleans()),
            )
            case = attrs.evolve(case, litigation=litigation)
    if stages >= 8 and decided_fine > 0:
        paid = _later(draw, served, 40)
        payment = Payment(
            paid_on=paid,
            amount_yuan=decided_fine,
            surcharge_yuan=draw(st.integers(min_value=0, max_value=decided_fine)),
        )
        case = case._record("payments", (payment,), at(paid), _ACTOR)
    if stages >= 9:
        published = _later(draw, served, 10)
        changed = _later(draw, published, 30) if draw(st.booleans()) else None
        withdrawn = _later(draw, changed, 10) if changed is not None and draw(st.booleans()) else None
        publicity = Publicity(
            published_on=published,
            changed_on=changed,
            withdrawn_on=withdrawn,
            reasons_published=draw(st.none() | st.booleans()),
        )
        case = case._record("publicity", publicity, at(published), _ACTOR)
    if stages >= 10:
        executed = _later(draw, served, 60)
        case = case._record("execution", Execution(executed_on=executed), at(executed), _ACTOR)
        if stages >= 11:
            closed = _later(draw, executed, 30)
            archived = _later(draw, closed, 30) if stages >= 12 else None
            case = case._record(
                "closing", Closing(closed_on=closed, archived_on=archived), at(closed), _ACTOR
            )
    return case


# --- compliant cases ---------------------------------------------------------------------------------


def _profile_of(profile: object) -> Profile:
    from xingzheng.rules import Profile, load_profile

    if isinstance(profile, Profile):
        return profile
    return load_profile(str(profile) if profile is not None else "national")


class _Limits:
    """The profile's periods, counted with the default calendar (the same numbers `check` reads)."""

    def __init__(self, profile: Profile) -> None:
        from xingzheng.calendar import default_calendar

        self.profile = profile
        self.calendar = default_calendar()

    def last_day(self, key: str, start: dt.date, cap: int) -> dt.date:
        """The last day within ``key``'s period from ``start`` (at most ``cap`` days later; ``cap`` without one)."""
        from xingzheng.calendar import deadline

        value = self.profile.find(key, start)
        limit = start + dt.timedelta(days=cap)
        if value is None:
            return limit
        return min(deadline(start, value.period(), self.calendar).due, limit)

    def earliest_hearing(self, notified: dt.date) -> dt.date:
        """The first hearing day for which a notice on ``notified`` is early enough (E5)."""
        from xingzheng.calendar import latest_notice_day

        value = self.profile.find("enforcement.hearing_notice_period.min", notified)
        held = notified + dt.timedelta(days=1)
        if value is None:
            return held
        while latest_notice_day(held, value.period(), self.calendar) < notified:
            held += dt.timedelta(days=1)
        return held

    def floor(self, key: str, on: dt.date, default: int) -> int:
        value = self.profile.find(key, on)
        return int(value.value) if value is not None else default


def _between(draw: st.DrawFn, first: dt.date, last: dt.date) -> dt.date:
    if last <= first:
        return first
    return first + dt.timedelta(days=draw(st.integers(min_value=0, max_value=(last - first).days)))


def _crew(draw: st.DrawFn, limits: _Limits, on: dt.date, acting: dt.date) -> tuple[Officer, ...]:
    """Certified officers enough for the profile on ``acting`` (at least two), each with the training and
    warning-education hours it requires on ``on`` (the training of ``on``'s year, or none recorded)."""
    training = limits.floor("enforcement.training_hours.min", on, 0)
    warning = limits.floor("enforcement.warning_education_hours.min", on, 0)
    count = max(2, limits.floor("enforcement.officers.min", acting, 2))
    numbers = draw(
        st.lists(
            st.integers(min_value=1, max_value=99_999_999), min_size=count, max_size=count + 1, unique=True
        )
    )
    return tuple(
        Officer(
            name=draw(st.text(alphabet=_OFFICER_ALPHABET, min_size=2, max_size=3)),
            certificate_number=f"ZF{number:08d}",
            certificate_valid_from=draw(st.none() | st.just(dt.date(2010, 1, 1))),
            training_year=draw(st.none() | st.just(on.year)),
            training_hours=draw(st.integers(min_value=training, max_value=training + 40)),
            warning_education_hours=draw(st.integers(min_value=warning, max_value=warning + 20)),
        )
        for number in numbers
    )


@st.composite
def compliant_enforcement_cases(
    draw: st.DrawFn,
    profile: object = "national",
    min_date: dt.date = dt.date(2016, 6, 1),
    max_date: dt.date = dt.date(2024, 12, 31),
) -> EnforcementCase:
    """A general-procedure case that meets every duty of ``profile`` (a `Profile` or a name), on time.

    Every stage is recorded, from discovery to archiving, with dates inside the profile's periods (read
    on the day that starts each clock, counted with the default calendar): two or more certified
    officers who show their certificates and have their training hours; a complete notice telling the
    hearing right; a hearing held as the party asked, in public, notified early enough and presided by a
    non-investigator; a passed legal review and, for a complex case, a collective decision before the
    decision; service on the spot or within the limit; payment, publication of a decision with social
    impact, execution and closing. The evidence log is built from the stages (`with_evidence_log`).
    `check` finds no error and no warning in it (tests/test_enforcement_compliant.py). Dates stay
    within the calendar's coverage for the default ``max_date``.
    """
    from xingzheng.model.enforcement.writing import with_evidence_log

    limits = _Limits(_profile_of(profile))
    committed = draw(st.dates(min_value=min_date, max_value=max_date))
    ended = _later(draw, committed, 30) if draw(st.booleans()) else None
    discovered = _later(draw, ended or committed, 300)
    filed = _later(draw, discovered, 5)
    started = _later(draw, filed, 3)
    crew = _crew(draw, limits, filed, started)
    party = draw(_parties())
    source = draw(st.sampled_from(CaseSource))
    investigation = Investigation(started_on=started, ended_on=_later(draw, started, 10))
    preservations: tuple[EvidencePreservation, ...] = ()
    if draw(st.booleans()):
        registered = _later(draw, started, 2)
        decided = _between(
            draw, registered, limits.last_day("enforcement.evidence_decision_period.max", registered, 10)
        )
        preservations = (EvidencePreservation(registered_on=registered, decided_on=decided, items="账册"),)
    fine = draw(st.integers(min_value=100, max_value=50_000))
    notified = _later(draw, investigation.ended_on or started, 10)
    notice = PenaltyNotice(
        served_on=notified,
        intended_penalty=f"罚款{fine}元",
        intended_fine_yuan=fine,
        facts_reasons_basis=True,
        rights_stated=True,
        hearing_right_stated=True,
    )
    day = notified
    defence = None
    if draw(st.booleans()):
        defence = Defence(on=_later(draw, notified, 2), waived=draw(st.booleans()), heard=True)
        day = max(day, defence.on)
    request = hearing = None
    if draw(st.booleans()):
        requested = _between(
            draw, notified, limits.last_day("enforcement.hearing_request_period.max", notified, 2)
        )
        request = HearingRequest(requested_on=requested, answer=HearingAnswer.ACCEPTED)
        hearing_notified = _later(draw, requested, 2)
        held = limits.earliest_hearing(hearing_notified) + dt.timedelta(days=draw(st.integers(0, 5)))
        hearing = Hearing(notified_on=hearing_notified, held_on=held, public=True, party_present=True)
        day = max(day, held)
    reviewed = _later(draw, day, 5)
    review = LegalityReview(
        subject_kind=SubjectKind.ENFORCEMENT_DECISION,
        requested_on=day,
        materials_complete_on=day,
        reviewers=(
            Reviewer(
                role=ReviewerRole.LEGAL_OFFICE,
                name="法制审核员",
                first_time=draw(st.booleans()),
                legal_qualification=True,
            ),
        ),
        opinion=ReviewOpinion.LAWFUL,
        completed_on=reviewed,
    )
    complex_case = draw(st.booleans())
    collective = CollectiveDecision(decided_on=_later(draw, reviewed, 2)) if complex_case else None
    decided = _later(draw, collective.decided_on if collective else reviewed, 3)
    decided = min(decided, limits.last_day("enforcement.decision_period.max", filed, 400))
    decided = max(decided, collective.decided_on if collective else reviewed)
    kinds = (PenaltyKind.FINE, PenaltyKind.WARNING) if draw(st.booleans()) else (PenaltyKind.FINE,)
    social = draw(st.booleans())
    decision = PenaltyDecision(
        decided_on=decided,
        procedure=ProcedureKind.GENERAL,
        penalties=kinds,
        fine_yuan=fine,
        large_amount=draw(st.booleans()),
        social_impact=social,
        document_number=f"罚决字〔{decided.year}〕{draw(st.integers(1, 999))}号",
    )
    present = draw(st.booleans())
    served = (
        decided
        if present
        else _between(draw, decided, limits.last_day("enforcement.service_period.max", decided, 5))
    )
    service = Service(served_on=served, on_the_spot=present, party_present=present)
    paid = _between(draw, served, limits.last_day("enforcement.payment_period.max", served, 10))
    payments = (Payment(paid_on=paid, amount_yuan=fine),)
    publicity = None
    if social:
        published = _between(
            draw, decided, limits.last_day("enforcement.publication_period.max", decided, 14)
        )
        publicity = Publicity(published_on=published, url="https://example.gov.cn/cf")
    remedies: tuple[RemedyPeriod, ...] = ()
    if draw(st.booleans()):
        begun = _later(draw, served, 20)
        remedies = (
            RemedyPeriod(
                kind=draw(st.sampled_from(RemedyKind)),
                started_on=begun,
                ended_on=_later(draw, begun, 60),
                outcome=RemedyOutcome.UPHELD,
            ),
        )
    executed = _later(draw, paid, 5)
    closed = _later(draw, executed, 10)
    auxiliaries = (
        (AuxiliaryStaff(name=draw(person_names()), role="协助调查", took_part_on=started),)
        if draw(st.booleans())
        else ()
    )
    case = EnforcementCase(
        case_number=f"ZF-{committed.year}-{draw(st.integers(min_value=1, max_value=9999)):04d}",
        agency="大港街道综合执法大队",
        source=source,
        source_detail="12345 热线转办" if source is CaseSource.OTHER else None,
        party=party,
        offence=Offence(committed_on=committed, ended_on=ended, description="违法经营"),
        discovered_on=discovered,
        filed_on=filed,
        officers=crew,
        investigation=investigation,
        evidence_preservations=preservations,
        notice=notice,
        defence=defence,
        hearing_request=request,
        hearing=hearing,
        complex_case=complex_case,
        complex_or_major_violation=complex_case,
        major_public_interest=draw(st.booleans()),
        legal_review=review,
        collective_decision=collective,
        decision=decision,
        service=service,
        remedies=remedies,
        payments=payments,
        publicity=publicity,
        execution=Execution(executed_on=executed),
        closing=Closing(closed_on=closed, archived_on=_later(draw, closed, 10)),
        auxiliary_staff=auxiliaries,
    )
    return with_evidence_log(case, _ACTOR)
