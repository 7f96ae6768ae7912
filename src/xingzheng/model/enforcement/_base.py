"""Shared pieces of an enforcement case: the penalty-law sources, validators and the enums (kinds, sources)."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from xingzheng.errors import InvariantError, bilingual

#: Citation sources of the two penalty-law texts (file names in ``laws/``).
PENALTY_LAW_2017 = "administrative-penalty-law-2017.md"
PENALTY_LAW_2021 = "administrative-penalty-law-2021.md"


# --- validators and converters ---------------------------------------------------------------------


def _not_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvariantError(
            bilingual(f"{attribute.name} 应为整数", f"{attribute.name} must be an integer"), attribute.name
        )
    if value < 0:
        raise InvariantError(
            bilingual(
                f"{attribute.name} 不能为负数：{value}", f"{attribute.name} must not be negative: {value}"
            ),
            attribute.name,
        )


def _not_blank(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvariantError(
            bilingual(f"{attribute.name} 不能为空", f"{attribute.name} must not be empty"), attribute.name
        )


def _is_date(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvariantError(
            bilingual(f"{attribute.name} 应为日期", f"{attribute.name} must be a date"), attribute.name
        )


# --- enums -----------------------------------------------------------------------------------------


class CaseSource(enum.Enum):
    """案件来源 — where a case came from (an open list: OTHER with a detail; seed 二(五) ¶1; Art. 54, 27).

    The JSON values are English snake case like every other enum; ``label`` is the Chinese name. Format
    version 1 wrote the 8890 hotline as ``"8890"``: `loads` still reads it (``CaseSource("8890")`` is
    `HOTLINE_8890`).
    """

    GRID = "grid"  # 网格化
    HOTLINE_8890 = "hotline_8890"  # 8890便民服务平台
    PETITION = "petition"  # 信访
    COMPLAINT = "complaint"  # 举报投诉
    INSPECTION = "inspection"  # 监督检查
    TRANSFER = "transfer"  # 移送
    OTHER = "other"  # 其他

    @property
    def label(self) -> str:
        """The Chinese name (``网格化``, ``8890便民服务平台``, ``信访``…)."""
        return _SOURCE_LABELS[self]

    @classmethod
    def _missing_(cls, value: object) -> CaseSource | None:
        # Format version 1 wrote the hotline as "8890"; it is read as the member it named.
        return cls.HOTLINE_8890 if value == CASE_SOURCE_V1_HOTLINE else None


#: The value format version 1 wrote for `CaseSource.HOTLINE_8890`.
CASE_SOURCE_V1_HOTLINE = "8890"

_SOURCE_LABELS: dict[CaseSource, str] = {
    CaseSource.GRID: "网格化",
    CaseSource.HOTLINE_8890: "8890便民服务平台",
    CaseSource.PETITION: "信访",
    CaseSource.COMPLAINT: "举报投诉",
    CaseSource.INSPECTION: "监督检查",
    CaseSource.TRANSFER: "移送",
    CaseSource.OTHER: "其他",
}


class PartyKind(enum.Enum):
    """当事人类型 — a citizen, or a legal person or other organisation."""

    CITIZEN = "citizen"  # 公民
    ORGANISATION = "organisation"  # 法人或者其他组织


class ProcedureKind(enum.Enum):
    """程序 — summary (当场, 简易程序) or general (普通程序 / 一般程序) procedure."""

    SUMMARY = "summary"
    GENERAL = "general"


class PenaltyKind(enum.Enum):
    """处罚种类 — kinds of administrative penalty (行政处罚法 Art. 9)."""

    WARNING = "warning"  # 警告、通报批评
    FINE = "fine"  # 罚款
    CONFISCATION = "confiscation"  # 没收违法所得、没收非法财物
    QUALIFICATION_LOWERED = "qualification_lowered"  # 降低资质等级
    LICENCE_REVOKED = "licence_revoked"  # 暂扣、吊销许可证件
    SUSPENSION = "suspension"  # 责令停产停业
    CLOSURE = "closure"  # 责令关闭
    EMPLOYMENT_RESTRICTION = "employment_restriction"  # 限制从业
    DETENTION = "detention"  # 行政拘留
    OTHER = "other"


#: Kinds that are heavy penalties by themselves (Art. 63 ¶1(三)(四); 2017 Art. 42 ¶1).
HEAVY_KINDS = frozenset(
    {
        PenaltyKind.QUALIFICATION_LOWERED,
        PenaltyKind.LICENCE_REVOKED,
        PenaltyKind.SUSPENSION,
        PenaltyKind.CLOSURE,
        PenaltyKind.EMPLOYMENT_RESTRICTION,
    }
)


class RemedyKind(enum.Enum):
    """救济 — reconsideration or litigation (the surcharge is not counted meanwhile, Art. 73 ¶3)."""

    RECONSIDERATION = "reconsideration"  # 行政复议
    LITIGATION = "litigation"  # 行政诉讼


class RemedyOutcome(enum.Enum):
    """复议或诉讼结果 — what a reconsideration or a court did to the decision (E10: withdrawal, Art. 48 ¶2)."""

    UPHELD = "upheld"  # 维持
    CHANGED = "changed"  # 变更
    REVOKED = "revoked"  # 撤销
    CONFIRMED_UNLAWFUL = "confirmed_unlawful"  # 确认违法
    VOID = "void"  # 确认无效


#: Outcomes after which a published decision is withdrawn (2021 Art. 48 ¶2: 变更、撤销、确认违法或者确认无效).
WITHDRAWING_OUTCOMES = frozenset(
    {RemedyOutcome.CHANGED, RemedyOutcome.REVOKED, RemedyOutcome.CONFIRMED_UNLAWFUL, RemedyOutcome.VOID}
)


class HearingAnswer(enum.Enum):
    """对听证申请的答复 — the agency's answer to a hearing request (E5, E12)."""

    ACCEPTED = "accepted"  # 受理，组织听证
    DECLINED_LATE = "declined_late"  # 以逾期提出为由不予组织
    DECLINED = "declined"  # 以其他理由不予组织（记录理由）
