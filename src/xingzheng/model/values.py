"""Value objects shared by the procedures: document numbers, consultations, publications, meetings.

Construction refuses impossible facts only (an end before its start inside one value); whether a fact is
lawful is for `xingzheng.check` (ARCHITECTURE.md, "three kinds of invariant").
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import attrs

from xingzheng.errors import InvariantError, bilingual
from xingzheng.model._public import PERSONAL

__all__ = [
    "Consultation",
    "ConsultationMethod",
    "ConsulteeKind",
    "DocumentNumber",
    "NormalisedNumber",
    "Person",
    "Publication",
    "PublicationChannel",
    "check_date_order",
    "non_empty",
    "to_channels",
    "to_consultations",
    "to_document_number",
    "to_str_tuple",
]


def to_str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    """Converter: any iterable of strings to a tuple (a bare string is one item, not its characters)."""
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def check_date_order(obj: object, earlier: str, later: str, *, prefix: str = "") -> None:
    """Raise `InvariantError` naming ``later`` when both dates are set and ``later`` precedes ``earlier``."""
    start: dt.date | None = getattr(obj, earlier)
    end: dt.date | None = getattr(obj, later)
    if start is not None and end is not None and end < start:
        name = f"{prefix}{later}"
        raise InvariantError(
            bilingual(
                f"{name}（{end.isoformat()}）早于 {prefix}{earlier}（{start.isoformat()}）",
                f"{name} ({end.isoformat()}) is before {prefix}{earlier} ({start.isoformat()})",
            ),
            name,
        )


def non_empty(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Validator: raise `InvariantError` naming the attribute when the text is blank."""
    if not value.strip():
        raise InvariantError(
            bilingual(f"{attribute.name} 不能为空", f"{attribute.name} must not be empty"), attribute.name
        )


# --- 发文字号 -------------------------------------------------------------------------------------

_WRONG_BRACKETS = (("【", "】"), ("[", "]"), ("(", ")"), ("（", "）"), ("〈", "〉"), ("<", ">"), ("{", "}"))
_NUMBER = re.compile(r"^(?P<code>[^〔〕\s]+)〔(?P<year>[0-9]+)〕(?P<serial>.*)$")
_SERIAL = re.compile(r"^(?P<first>第)?(?P<digits>[0-9]+)号$")
# 令号: 国务院令第713号, 司法部令第1号, 天津市人民政府令第12号 (no year bracket; 令 before 第).
_ORDER_NUMBER = re.compile(r"[^〔〕\[\]【】()（）\s]+令第[0-9]+号")


def _check_issuer_code(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if (
        not value.strip()
        or any(ch in value for ch in "〔〕【】[]()（）第")
        or any(ch.isspace() for ch in value)
    ):
        raise InvariantError(
            bilingual(
                f"机关代字不合规：{value!r}（不得为空，不得含括号、空白或“第”）",
                f"issuer code not valid: {value!r} (must not be empty nor contain brackets, spaces or 第)",
            ),
            attribute.name,
        )


def _check_year(instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not 1000 <= value <= 9999:
        raise InvariantError(
            bilingual(f"年份须为四位数：{value!r}", f"the year must have four digits: {value!r}"),
            attribute.name,
        )


def _check_serial(instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or value < 1:
        raise InvariantError(
            bilingual(
                f"序号须为正整数：{value!r}", f"the serial number must be a positive integer: {value!r}"
            ),
            attribute.name,
        )


class NormalisedNumber(str):
    """A document number as read at the boundary: NFKC of what was written, remembering what that was.

    It is equal to (and hashes as) the normalised text, so ``港街发〔２０２０〕３号`` and ``港街发〔2020〕3号``
    are one number; `DocumentNumber.problem` reads ``as_written`` so that the F1 finding still names
    what was normalised. Written back (``dumps``), it is the normalised text.

    Attributes:
        as_written: the number as the input wrote it (after NFC).
    """

    as_written: str

    @classmethod
    def of(cls, text: str) -> str:
        """The NFKC form of ``text``: a `NormalisedNumber` when that differs from ``text``, else ``text``."""
        normal = unicodedata.normalize("NFKC", text)
        if normal == text:
            return text
        number = cls(normal)
        number.as_written = text
        return number

    def changes(self) -> str:
        """What the normalisation changed, e.g. ``"２→2、０→0"`` (each character once, in order)."""
        seen: dict[str, str] = {}
        for ch in self.as_written:
            normal = unicodedata.normalize("NFKC", ch)
            if normal != ch and ch not in seen:
                seen[ch] = normal
        return "、".join(f"{a}→{b}" for a, b in seen.items())

    def __reduce__(self) -> tuple[object, ...]:  # pickles (multiprocessing) keep what was written
        return (NormalisedNumber.of, (self.as_written,))


def to_document_number(value: str | None) -> str | None:
    """Converter of a document-number field: `NormalisedNumber.of` (None stays None)."""
    if value is None or unicodedata.is_normalized("NFKC", value):
        return value
    return NormalisedNumber.of(value)


# A text of this form passes every step of `DocumentNumber.parse` (tests/test_model_values.py checks it).
_CONFORMING = re.compile(r"[^\s〔〕【】\[\]()（）〈〉<>{}第]+〔[1-9][0-9]{3}〕[1-9][0-9]*号")


@attrs.frozen
class DocumentNumber:
    """发文字号 — a document number in the GB/T 9704-2012 §7.2.5 form 机关代字〔年份〕序号号.

    Written with hexagonal brackets 〔〕, the year in full, the serial number without leading zeros and
    without 第, e.g. ``津港街发〔2020〕3号``. 令号 such as 国务院令第713号 are not document numbers.

    Attributes:
        issuer_code: the issuing body's code (机关代字), e.g. ``津港街发``.
        year: the year, four digits.
        serial: the serial number (序号), from 1.
    """

    issuer_code: str = attrs.field(validator=_check_issuer_code)
    year: int = attrs.field(validator=_check_year)
    serial: int = attrs.field(validator=_check_serial)

    def __str__(self) -> str:
        return f"{self.issuer_code}〔{self.year}〕{self.serial}号"

    @classmethod
    def parse(cls, text: str) -> DocumentNumber:
        """Read a document number strictly; each usual mistake gets its own `InvariantError` message.

        Raises:
            InvariantError: other brackets (【】 [] () （）), 第 before the serial, a padded serial (03号),
                a two-digit year, a 令号 such as 国务院令第713号 (not a document number), a missing 号, or
                any other deviation.
        """
        value = text.strip()
        if _ORDER_NUMBER.fullmatch(value):
            raise InvariantError(
                bilingual(
                    f"令号（如 国务院令第713号）不是发文字号（机关代字〔年份〕序号号）：{text!r}",
                    f"an order number (令号, e.g. 国务院令第713号) is not a document number "
                    f"(issuer-code〔year〕serial号): {text!r}",
                ),
                "document_number",
            )
        for left, right in _WRONG_BRACKETS:
            if left in value or right in value:
                raise InvariantError(
                    bilingual(
                        f"发文字号的年份应使用六角括号〔〕，不得使用 {left}{right}：{text!r}",
                        f"the year of a document number takes hexagonal brackets 〔〕, not {left}{right}: {text!r}",
                    ),
                    "document_number",
                )
        match = _NUMBER.match(value)
        if match is None:
            raise InvariantError(
                bilingual(
                    f"发文字号应写作 机关代字〔年份〕序号号：{text!r}",
                    f"a document number is written issuer-code〔year〕serial号: {text!r}",
                ),
                "document_number",
            )
        year_text = match["year"]
        if len(year_text) != 4:
            raise InvariantError(
                bilingual(
                    f"发文字号的年份应写全四位（如 2020，不写 {year_text}）：{text!r}",
                    f"the year of a document number is written in full (2020, not {year_text}): {text!r}",
                ),
                "document_number",
            )
        serial = _SERIAL.match(match["serial"])
        if serial is None:
            raise InvariantError(
                bilingual(
                    f"发文字号的序号应为阿拉伯数字加“号”：{text!r}",
                    f"the serial of a document number is Arabic digits followed by 号: {text!r}",
                ),
                "document_number",
            )
        if serial["first"]:
            raise InvariantError(
                bilingual(
                    f"发文字号的序号前不加“第”：{text!r}",
                    f"a document number has no 第 before its serial: {text!r}",
                ),
                "document_number",
            )
        digits = serial["digits"]
        if digits.startswith("0"):
            raise InvariantError(
                bilingual(
                    f"发文字号的序号不编虚位（写 {int(digits)}号，不写 {digits}号）：{text!r}",
                    f"the serial of a document number has no leading zeros ({int(digits)}号, not {digits}号): {text!r}",
                ),
                "document_number",
            )
        return cls(issuer_code=match["code"], year=int(year_text), serial=int(digits))

    @classmethod
    def problem(cls, text: str) -> InvariantError | None:
        """The error `parse` would raise for ``text``, or None when it conforms.

        A `NormalisedNumber` (full-width digits or brackets normalised at the boundary) never conforms:
        its error names what was normalised, and adds `parse`'s error for the normalised text, if any.
        """
        if type(text) is str and _CONFORMING.fullmatch(text):  # the common case, without building the
            return None  # value (a property test checks that every such text parses)
        error: InvariantError | None = None
        try:
            cls.parse(text)
        except InvariantError as exc:
            error = exc
        if not isinstance(text, NormalisedNumber):
            return error
        zh = f"发文字号含全角或兼容字符，已规范化（{text.changes()}）：{text.as_written!r} 读作 {str(text)!r}"
        en = (
            f"the document number was written with full-width or compatibility characters, normalised "
            f"({text.changes()}): {text.as_written!r} read as {str(text)!r}"
        )
        if error is not None:
            more_zh, _, more_en = str(error).partition(" / ")
            zh, en = f"{zh}；{more_zh}", f"{en}; {more_en}"
        return InvariantError(bilingual(zh, en), "document_number")


# --- 听取意见 ---------------------------------------------------------------------------------------


class ConsultationMethod(enum.Enum):
    """听取意见的方式 — how opinions are heard."""

    SYMPOSIUM = "symposium"  # 座谈会
    EXPERT_PANEL = "expert_panel"  # 论证会
    HEARING = "hearing"  # 听证会
    FIELD_VISIT = "field_visit"  # 实地走访
    WRITTEN = "written"  # 书面征求意见
    ONLINE = "online"  # 网络征求意见
    QUESTIONNAIRE = "questionnaire"  # 问卷调查
    OTHER = "other"


class ConsulteeKind(enum.Enum):
    """听取意见的对象 — whose opinions were heard."""

    ENTERPRISES = "enterprises"  # 企业代表
    INDUSTRY_ASSOCIATIONS = "industry_associations"  # 行业协会商会
    PEOPLES_ORGANISATIONS = "peoples_organisations"  # 人民团体
    SOCIAL_ORGANISATIONS = "social_organisations"  # 社会组织
    PUBLIC_REPRESENTATIVES = "public_representatives"  # 群众代表
    INTERESTED_PARTIES = "interested_parties"  # 利害关系人
    EXPERTS = "experts"  # 专家
    LEGAL_ADVISERS = "legal_advisers"  # 法律顾问
    GOVERNMENT_LAWYERS = "government_lawyers"  # 公职律师
    DEPARTMENTS = "departments"  # 有关部门
    OTHER = "other"


def _to_consultees(value: Iterable[ConsulteeKind]) -> tuple[ConsulteeKind, ...]:
    return tuple(value)


@attrs.frozen
class Consultation:
    """征求意见 — one consultation: a symposium, expert panel, field visit, written consultation, ….

    Attributes:
        method: how opinions were heard.
        held_on: the day it was held (or written consultation sent).
        ended_on: the last day, for a consultation over several days (None: one day).
        consultees: whose opinions were heard.
        participants: the organisations (or officers) taking part; a company's name is public.
        summary: what was said, free text (ID and phone numbers are masked in public views).
    """

    method: ConsultationMethod
    held_on: dt.date
    ended_on: dt.date | None = None
    consultees: tuple[ConsulteeKind, ...] = attrs.field(default=(), converter=_to_consultees)
    participants: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)
    summary: str | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "held_on", "ended_on")


def to_consultations(value: Iterable[Consultation]) -> tuple[Consultation, ...]:
    """Converter: consultations to a tuple."""
    return tuple(value)


# --- 公开 ----------------------------------------------------------------------------------------


class PublicationChannel(enum.Enum):
    """公开渠道 — where something was published (an open list)."""

    GOVERNMENT_WEBSITE = "government_website"  # 政府网站
    GAZETTE = "gazette"  # 政府公报
    PRESS_CONFERENCE = "press_conference"  # 新闻发布会
    NEWSPAPER = "newspaper"  # 报刊
    RADIO = "radio"  # 广播
    TELEVISION = "television"  # 电视
    NEW_MEDIA = "new_media"  # 政务新媒体
    NOTICE_BOARD = "notice_board"  # 公告栏
    OTHER = "other"


def to_channels(value: Iterable[PublicationChannel]) -> tuple[PublicationChannel, ...]:
    """Converter: publication channels to a tuple."""
    return tuple(value)


@attrs.frozen
class Publication:
    """公开 — a publication of a document or decision.

    Attributes:
        published_on: the day it was published.
        channels: where.
        url: where it can be read, if online.
    """

    published_on: dt.date
    channels: tuple[PublicationChannel, ...] = attrs.field(default=(), converter=to_channels)
    url: str | None = None


@attrs.frozen
class Person:
    """自然人 — a private person named in a record (personal data: never public).

    Attributes:
        name: the person's name.
        id_number: the ID number, if recorded.
        phone: the phone number, if recorded.
    """

    name: str = attrs.field(metadata=PERSONAL, validator=non_empty)
    id_number: str | None = attrs.field(default=None, metadata=PERSONAL)
    phone: str | None = attrs.field(default=None, metadata=PERSONAL)
