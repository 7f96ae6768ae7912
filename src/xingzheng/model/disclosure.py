"""依申请公开 — a request for government information (政府信息公开条例 2019, chapter 4).

The reply clock (G2) counts working days from the day the request counts as received, which the channel
fixes (G4, Art. 31); it counts again from the day a corrected request is received (G3, Art. 30); and the
time spent consulting a third party or another organ is left out (Art. 33 ¶3), recorded here as the
consultations' intervals. The counting itself is in `xingzheng.checks.disclosure` (it needs the calendar).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any

import attrs

from xingzheng.errors import InvariantError, ProcedureError, bilingual
from xingzheng.model._public import PERSONAL, public_dict
from xingzheng.model.enforcement import Party
from xingzheng.model.values import check_date_order, non_empty

__all__ = [
    "G2_CITATION",
    "ConsultedKind",
    "CorrectionRequest",
    "DelayedReply",
    "DisclosureConsultation",
    "DisclosureReply",
    "DisclosureRequest",
    "ReplyExtension",
    "ReplyKind",
    "SubmissionChannel",
]

#: Where the extension limit comes from (read by the `extend` guard's error).
G2_CITATION = "政府信息公开条例（2019） 第三十三条第二款：“延长的期限最长不得超过20个工作日”"


class SubmissionChannel(enum.Enum):
    """提交方式 — how the request was handed in; the channel fixes the day it counts as received (G4)."""

    IN_PERSON = "in_person"  # 当面提交：提交之日 (Art. 31(一))
    SIGNED_POST = "signed_post"  # 邮寄：行政机关签收之日 (Art. 31(二))
    ORDINARY_POST = "ordinary_post"  # 平常信函等无需签收的邮寄：确认之日 (Art. 31(二))
    INTERNET = "internet"  # 互联网渠道：双方确认之日 (Art. 31(三))
    FAX = "fax"  # 传真：双方确认之日 (Art. 31(三))


class ReplyKind(enum.Enum):
    """答复类型 — what the reply says (Art. 35–39)."""

    ALREADY_PUBLIC = "already_public"  # 已经主动公开，告知获取方式 (36(一))
    DISCLOSED = "disclosed"  # 予以公开 (36(二))
    PARTLY_DISCLOSED = "partly_disclosed"  # 区分处理，部分公开 (37)
    REFUSED = "refused"  # 不予公开并说明理由 (36(三))
    NOT_HELD = "not_held"  # 经检索没有，信息不存在 (36(四))
    NOT_RESPONSIBLE = "not_responsible"  # 不属于本机关负责公开 (36(五))
    REPEATED = "repeated"  # 重复申请，不予重复处理 (36(六))
    SPECIAL_RULES = "special_rules"  # 依照有关法律、行政法规的特别规定办理 (36(七))
    NOT_AN_INFORMATION_REQUEST = "not_an_information_request"  # 以申请形式信访、投诉、举报 (39)
    NOT_PROCESSED = "not_processed"  # 数量、频次明显超过合理范围，理由不合理，不予处理 (35)


class ConsultedKind(enum.Enum):
    """被征求意见方 — whom the agency consulted (the time is left out of the reply period, Art. 33 ¶3)."""

    THIRD_PARTY = "third_party"  # 第三方 (Art. 32)
    CO_PRODUCER = "co_producer"  # 共同制作的行政机关 (Art. 34)
    OTHER_ORGAN = "other_organ"  # 其他机关（如保密行政管理部门，Art. 17 ¶3、Art. 33 ¶3）


@attrs.frozen
class CorrectionRequest:
    """补正 — the one-time notice asking the applicant to correct an unclear request (G3, Art. 30).

    Attributes:
        notified_on: the day the notice was given.
        matters: what is to be corrected, and the period allowed.
        corrected_on: the day the agency received the corrected request; the reply period counts from it
            (None: not received).
        deemed_abandoned: the applicant did not correct in time without good reason: the request is deemed
            abandoned and not processed further.
    """

    notified_on: dt.date
    matters: str | None = None
    corrected_on: dt.date | None = None
    deemed_abandoned: bool = False

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "notified_on", "corrected_on")
        if self.deemed_abandoned and self.corrected_on is not None:
            raise InvariantError(
                bilingual(
                    "已收到补正的申请，不能同时视为放弃申请",
                    "a corrected request was received: the request cannot also be deemed abandoned",
                ),
                "deemed_abandoned",
            )


@attrs.frozen
class DisclosureConsultation:
    """征求意见 — a consultation of a third party or another organ (G5, Art. 32–34).

    The days after ``sent_on`` up to the opinion (``answered_on``) are left out of the reply period
    (Art. 33 ¶3); see `xingzheng.checks.disclosure` for how an unanswered consultation ends. The consulted
    side's 15 working days count from the day it received the request for opinions (Art. 32, 34:
    自收到征求意见书之日起), ``received_on``, which may be later than ``sent_on`` (a letter by post).

    Attributes:
        kind: a third party, a co-producing organ, or another organ.
        consulted: who was consulted (a third party may be a person: personal data, never public).
        sent_on: the day the request for opinions (征求意见书) was sent.
        written: whether the third party was consulted in writing (Art. 32: 书面征求).
        answered_on: the day the opinion was received (None: none received).
        consents: whether the consulted side agreed to disclosure (None: not recorded or no opinion).
        received_on: the day the consulted side received the request for opinions (None: not recorded; its
            15 working days are then counted from ``sent_on``, and a late opinion is left out of the reply
            period up to the day it came).
    """

    kind: ConsultedKind
    consulted: str = attrs.field(metadata=PERSONAL)
    sent_on: dt.date
    written: bool = True
    answered_on: dt.date | None = None
    consents: bool | None = None
    received_on: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "sent_on", "answered_on")
        check_date_order(self, "sent_on", "received_on")
        check_date_order(self, "received_on", "answered_on")


@attrs.frozen
class ReplyExtension:
    """延长答复期限 — the extension of the reply period (G2, Art. 33 ¶2).

    Attributes:
        working_days: how many working days the period is extended by.
        decided_on: the day the extension was decided.
        approved_by_head: whether the head of the disclosure office approved it (None: not recorded).
        notified_on: the day the applicant was told (None: not recorded).
        reason: why.
    """

    working_days: int
    decided_on: dt.date
    approved_by_head: bool | None = None
    notified_on: dt.date | None = None
    reason: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.working_days < 1:
            raise InvariantError(
                bilingual("延长的工作日数须为正数", "an extension is a positive number of working days"),
                "working_days",
            )
        check_date_order(self, "decided_on", "notified_on")


@attrs.frozen
class DelayedReply:
    """延迟答复 — a reasonable later reply period the agency set and told the applicant (G2, Art. 35).

    Where the number or frequency of requests clearly exceeds a reasonable range and the agency finds the
    applicant's reasons reasonable but cannot reply within Art. 33's period, it may set a reasonable period
    for a delayed reply and tell the applicant (Art. 35). The reply is then due by the later of ``reply_by``
    and Art. 33's period.

    Attributes:
        reply_by: the last day of the reasonable period the agency set.
        notified_on: the day the applicant was told (None: not recorded).
        reason: why (free text).
    """

    reply_by: dt.date
    notified_on: dt.date | None = None
    reason: str | None = None


@attrs.frozen
class DisclosureReply:
    """答复 — the agency's reply to the request (Art. 33, 36).

    Attributes:
        kind: what the reply says.
        replied_on: the day the reply was given.
        on_the_spot: given on the spot (当场答复, Art. 33 ¶1).
        reasons: the reasons (for a refusal, Art. 36(三)).
        reconsideration_first_told: for a refusal, whether the applicant was told to apply for
            reconsideration first (行政复议法 Art. 23, R3; None: not recorded).
    """

    kind: ReplyKind
    replied_on: dt.date
    on_the_spot: bool = False
    reasons: str | None = None
    reconsideration_first_told: bool | None = None


def _to_consultations(value: Iterable[DisclosureConsultation]) -> tuple[DisclosureConsultation, ...]:
    return tuple(value)


@attrs.frozen
class DisclosureRequest:
    """政府信息公开申请 — a request for government information (依申请公开).

    Attributes:
        request_id: the agency's identifier of the request (its register number), as issued.
        agency: the agency asked.
        applicant: who asked (a citizen's name, ID and contacts are personal; an organisation's name is public).
        channel: how it was handed in (G4).
        submitted_on: the day the applicant handed it in, posted or sent it.
        information: the information asked for (free text; ID and phone numbers are masked in public).
        signed_for_on: for a signed-for post, the day the agency signed for it (the receipt day).
        arrived_on: for an ordinary letter, the day it arrived (the office confirms with the applicant the
            same day, Art. 31(二)).
        confirmed_on: for an ordinary letter, the internet or fax, the day of confirmation (the receipt day).
        correction: the correction notice and the corrected request (G3).
        consultations: third parties and organs consulted (G5; their time is left out of the count).
        extension: the extension of the reply period (G2).
        reply: the reply (None: not yet).
        delayed_reply: a reasonable later reply period set and told under Art. 35 (G2).
    """

    request_id: str = attrs.field(validator=non_empty)
    agency: str
    applicant: Party
    channel: SubmissionChannel
    submitted_on: dt.date
    information: str = ""
    signed_for_on: dt.date | None = None
    arrived_on: dt.date | None = None
    confirmed_on: dt.date | None = None
    correction: CorrectionRequest | None = None
    consultations: tuple[DisclosureConsultation, ...] = attrs.field(default=(), converter=_to_consultations)
    extension: ReplyExtension | None = None
    reply: DisclosureReply | None = None
    delayed_reply: DelayedReply | None = None

    def __attrs_post_init__(self) -> None:
        for name in ("signed_for_on", "arrived_on", "confirmed_on"):
            check_date_order(self, "submitted_on", name)
        check_date_order(self, "arrived_on", "confirmed_on")
        if self.correction is not None:
            self._after_submission(self.correction.notified_on, "correction.notified_on")
        for index, item in enumerate(self.consultations):
            self._after_submission(item.sent_on, f"consultations[{index}].sent_on")
        if self.extension is not None:
            self._after_submission(self.extension.decided_on, "extension.decided_on")
        if self.reply is not None:
            self._after_submission(self.reply.replied_on, "reply.replied_on")
        if self.delayed_reply is not None:
            self._after_submission(self.delayed_reply.reply_by, "delayed_reply.reply_by")
            if self.delayed_reply.notified_on is not None:
                self._after_submission(self.delayed_reply.notified_on, "delayed_reply.notified_on")

    def _after_submission(self, day: dt.date, field: str) -> None:
        if day < self.submitted_on:
            _before(self.submitted_on, day, field)

    # --- derived facts ---------------------------------------------------------------------------

    @property
    def received_on(self) -> dt.date | None:
        """The day the request counts as received (G4, Art. 31), or None when the day it needs is not recorded."""
        channel = self.channel
        if channel is SubmissionChannel.IN_PERSON:
            return self.submitted_on
        if channel is SubmissionChannel.SIGNED_POST:
            return self.signed_for_on
        return self.confirmed_on

    @property
    def clock_starts_on(self) -> dt.date | None:
        """The day the reply period counts from (not counted itself): the receipt of the request, or of the
        corrected request after a correction notice (G3); None while a correction is awaited or abandoned."""
        if self.correction is not None:
            return self.correction.corrected_on
        return self.received_on

    @property
    def reference_date(self) -> dt.date:
        """The day the request is dated by (the rules in force then apply): its receipt, else its submission."""
        received = self.received_on
        return received if received is not None else self.submitted_on

    @property
    def title(self) -> str:
        """A short label: the request's identifier."""
        return self.request_id

    def public_view(self) -> dict[str, Any]:
        """A JSON-ready public view: the applicant's and consulted persons' personal data left out."""
        view: dict[str, Any] = public_dict(self)
        return view

    # --- lifecycle -------------------------------------------------------------------------------

    def extend(
        self,
        working_days: int,
        decided_on: dt.date,
        *,
        approved_by_head: bool | None = True,
        notified_on: dt.date | None = None,
        reason: str | None = None,
        profile: Any = None,
    ) -> DisclosureRequest:
        """Extend the reply period; refused beyond the longest extension in force (G2: 不得超过) or twice.

        Raises:
            ProcedureError: G2, when ``working_days`` exceeds the profile's ``disclosure.reply_extension.max``
                in force on ``decided_on``, or the period was already extended, or the reply is given.
        """
        if self.reply is not None or self.extension is not None:
            raise ProcedureError(
                bilingual(
                    "已答复或已延长过答复期限，不能再延长",
                    "the reply is given or the period was already extended: no further extension",
                ),
                "G2",
                G2_CITATION,
            )
        limit = _extension_limit(profile, decided_on)
        if limit is not None and working_days > limit:
            raise ProcedureError(
                bilingual(
                    f"延长 {working_days} 个工作日，超过最长 {limit} 个工作日",
                    f"an extension of {working_days} working days exceeds the longest, {limit}",
                ),
                "G2",
                G2_CITATION,
            )
        extension = ReplyExtension(working_days, decided_on, approved_by_head, notified_on, reason)
        return attrs.evolve(self, extension=extension)

    def answer(
        self,
        kind: ReplyKind,
        on: dt.date,
        *,
        reasons: str | None = None,
        reconsideration_first_told: bool | None = None,
        on_the_spot: bool = False,
    ) -> DisclosureRequest:
        """Record the reply (a new record; a reply already given is not replaced)."""
        if self.reply is not None:
            raise ProcedureError(
                bilingual("已答复", "the request has already been answered"), "G2", G2_CITATION
            )
        reply = DisclosureReply(kind, on, on_the_spot, reasons, reconsideration_first_told)
        return attrs.evolve(self, reply=reply)


def _before(start: dt.date, day: dt.date, field: str) -> None:
    raise InvariantError(
        bilingual(
            f"{field}（{day.isoformat()}）早于 {start.isoformat()}",
            f"{field} ({day.isoformat()}) is before {start.isoformat()}",
        ),
        field,
    )


def _extension_limit(profile: Any, on: dt.date) -> int | None:
    """The longest extension in force on ``on`` (None: no rule in force then)."""
    from xingzheng.rules import Profile, load_profile

    prof = profile if isinstance(profile, Profile) else load_profile(profile or "national")
    value = prof.find("disclosure.reply_extension.max", on)
    return None if value is None else int(value.value)
