"""信访事项 — a petition under the 信访工作条例 (in force from 2022-05-01).

Received, registered and sorted (W1), the petitioner told in writing (W2), routed into an administrative
procedure or handled (W3: a complaint resolvable by a penalty procedure becomes an `EnforcementCase`,
named here by its case number), handled within 60 (+30) days, reviewed and re-reviewed (W4; the hearing
time of a re-review is left out). Its days are calendar days, except Art. 23 ¶3's 5 working days.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from xingzheng.errors import InvariantError, ProcedureError, bilingual
from xingzheng.model._public import public_dict
from xingzheng.model.enforcement import Party
from xingzheng.model.values import check_date_order, non_empty

__all__ = [
    "HandlingExtension",
    "Petition",
    "PetitionForm",
    "PetitionReview",
    "PetitionRoute",
    "PetitionRouting",
]

W4_CITATION = "信访工作条例 第三十四条：“但延长期限不得超过30日，并告知信访人延期理由”"


class PetitionForm(enum.Enum):
    """信访形式 — how the petition came (Art. 17)."""

    ONLINE = "online"  # 信息网络
    LETTER = "letter"  # 书信
    PHONE = "phone"  # 电话
    FAX = "fax"  # 传真
    VISIT = "visit"  # 走访


class PetitionRoute(enum.Enum):
    """处理途径 — where the petition went (Art. 31)."""

    LITIGATION_OR_PROSECUTION = "litigation_or_prosecution"  # (一) 诉讼、检察、公安程序
    ARBITRATION = "arbitration"  # (二) 仲裁
    PARTY_APPEAL = "party_appeal"  # (三) 党员申诉、申请复审
    RECONSIDERATION = "reconsideration"  # (四) 行政复议
    OTHER_ADMINISTRATIVE = "other_administrative"  # (四) 行政裁决、确认、许可
    PENALTY_PROCEDURE = "penalty_procedure"  # (四) 行政处罚（EnforcementCase）
    INVESTIGATION = "investigation"  # (五) 申请查处违法行为：依法履行或者答复
    HANDLED = "handled"  # (六) 信访处理意见书 (W4: 60 + 30 days)


@attrs.frozen
class PetitionRouting:
    """导入程序或受理 — how the competent body took the petition on (W3, Art. 31).

    Attributes:
        route: the procedure it went into, or handled as a petition (31(六)).
        routed_on: the day it was routed or accepted (受理: W4 counts from it for 31(六)).
        enforcement_case: for a penalty procedure or an investigation, the case number of the
            `EnforcementCase` it became (the link; None: not recorded).
    """

    route: PetitionRoute
    routed_on: dt.date
    enforcement_case: str | None = None


@attrs.frozen
class HandlingExtension:
    """延长办理期限 — an extension of the handling period (W4, Art. 34).

    Attributes:
        days: how many days.
        decided_on: the day the head approved it.
        reason_told: whether the petitioner was told why (None: not recorded).
    """

    days: int
    decided_on: dt.date
    reason_told: bool | None = None

    def __attrs_post_init__(self) -> None:
        if self.days < 1:
            raise InvariantError(bilingual("延长天数须为正数", "an extension is a positive number of days"), "days")


@attrs.frozen
class PetitionReview:
    """复查或复核 — a review (Art. 35) or re-review (Art. 36) request and its opinion.

    Attributes:
        answer_received_on: the day the petitioner received the written answer being challenged.
        requested_on: the day the reviewing body received the request.
        opinion_on: the day of the opinion (None: not yet).
        hearing_from: the first day of a hearing (re-review only; its time is not counted).
        hearing_until: the last day of the hearing.
    """

    answer_received_on: dt.date
    requested_on: dt.date
    opinion_on: dt.date | None = None
    hearing_from: dt.date | None = None
    hearing_until: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "answer_received_on", "requested_on")
        check_date_order(self, "requested_on", "opinion_on")
        check_date_order(self, "hearing_from", "hearing_until")
        if (self.hearing_from is None) != (self.hearing_until is None):
            raise InvariantError(
                bilingual("听证的起止日期须同时记录", "a hearing needs both its first and its last day"),
                "hearing_until" if self.hearing_until is None else "hearing_from",
            )


@attrs.frozen
class Petition:
    """信访事项 — a petition (letters and visits).

    Attributes:
        petition_id: the register number, as issued.
        received_by: the body that received it.
        petitioner: the petitioner (a citizen's data are personal; an organisation's name is public).
        form: how it came.
        received_on: the day it was received.
        matter: what it is about (free text; ID and phone numbers masked in public).
        by_petition_office: received by a Party or government petition office (W1 applies).
        transferred_in: received by transfer or assignment from a petition office or a superior (W2 ¶3).
        identity_unclear: the petitioner's name or address is unclear (no written notice is due, W2).
        representatives: for a group visit, the number of representatives (W5; None: not a group visit).
        registered_on: the day it was registered.
        sorted_on: the day the petition office sorted it (W1).
        notified_on: the day the petitioner was told in writing (W2).
        objected_on: the day the body objected to a transfer outside its remit (W2 ¶3).
        routing: the procedure it went into, or its acceptance for handling (W3).
        extension: an extension of the handling period (W4).
        answered_on: the day the written answer (信访处理意见书) was given (W4).
        review: a review request and its opinion (复查, W4).
        re_review: a re-review request and its opinion (复核, W4).
    """

    petition_id: str = attrs.field(validator=non_empty)
    received_by: str
    petitioner: Party
    form: PetitionForm
    received_on: dt.date
    matter: str = ""
    by_petition_office: bool = False
    transferred_in: bool = False
    identity_unclear: bool = False
    representatives: int | None = None
    registered_on: dt.date | None = None
    sorted_on: dt.date | None = None
    notified_on: dt.date | None = None
    objected_on: dt.date | None = None
    routing: PetitionRouting | None = None
    extension: HandlingExtension | None = None
    answered_on: dt.date | None = None
    review: PetitionReview | None = None
    re_review: PetitionReview | None = None

    def __attrs_post_init__(self) -> None:
        for name in ("registered_on", "sorted_on", "notified_on", "objected_on", "answered_on"):
            check_date_order(self, "received_on", name)
        if self.representatives is not None and self.representatives < 1:
            raise InvariantError(
                bilingual("代表人数须为正数", "the number of representatives is positive"), "representatives"
            )
        if self.routing is not None and self.routing.routed_on < self.received_on:
            raise InvariantError(
                bilingual("routing.routed_on 早于 received_on", "routing.routed_on is before received_on"),
                "routing.routed_on",
            )
        if self.answered_on is not None and self.routing is not None and self.answered_on < self.routing.routed_on:
            raise InvariantError(
                bilingual("answered_on 早于 routing.routed_on", "answered_on is before routing.routed_on"), "answered_on"
            )

    # --- derived facts ---------------------------------------------------------------------------

    @property
    def reference_date(self) -> dt.date:
        """The day the petition is dated by (the rules in force then apply): its receipt."""
        return self.received_on

    @property
    def title(self) -> str:
        """A short label: the register number."""
        return self.petition_id

    @property
    def enforcement_case(self) -> str | None:
        """The case number of the `EnforcementCase` the petition became (W3), if recorded."""
        return None if self.routing is None else self.routing.enforcement_case

    def public_view(self) -> dict[str, Any]:
        """A JSON-ready public view: the petitioner's personal data left out, free text scrubbed."""
        view: dict[str, Any] = public_dict(self)
        return view

    # --- lifecycle -------------------------------------------------------------------------------

    def extend(self, days: int, decided_on: dt.date, *, reason_told: bool | None = True, profile: Any = None) -> Petition:
        """Extend the handling period; refused beyond the longest extension in force (W4: 不得超过) or twice.

        Raises:
            ProcedureError: W4, when ``days`` exceeds ``petition.handling_extension.max`` in force on
                ``decided_on``, the petition is not handled under Art. 31(六), or it was already extended
                or answered.
        """
        handled = self.routing is not None and self.routing.route is PetitionRoute.HANDLED
        if not handled or self.extension is not None or self.answered_on is not None:
            raise ProcedureError(
                bilingual(
                    "仅受理办理中的信访事项可延长一次办理期限",
                    "only a petition being handled under Art. 31(六) may be extended, once",
                ),
                "W4",
                W4_CITATION,
            )
        from xingzheng.rules import Profile, load_profile

        prof = profile if isinstance(profile, Profile) else load_profile(profile or "national")
        limit = prof.find("petition.handling_extension.max", decided_on)
        if limit is not None and days > limit.value:
            raise ProcedureError(
                bilingual(f"延长 {days} 日，超过最长 {limit.value} 日", f"an extension of {days} days exceeds the longest, {limit.value}"),
                "W4",
                W4_CITATION,
            )
        return attrs.evolve(self, extension=HandlingExtension(days, decided_on, reason_told))
