"""The value classes of rule profiles: units, bounds, citations, dated parameter values and rule entries.

A parameter is one legal number (a comment period, a fine limit) with a dated history; each dated value
carries its own unit and citations, because they change with it (DECISIONS.md, "Rule profiles"). A rule
value says what applies through closed vocabularies (`SCOPE_TAGS`, `RULE_EXCEPTIONS`) and
``refuses_step``, never through the wording of its citations.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, get_args

import attrs

from xingzheng.errors import InvariantError, bilingual

if TYPE_CHECKING:
    from xingzheng.calendar import Period

__all__ = [
    "FINDING_SEVERITIES",
    "IMPERATIVES",
    "NARROWING_TAGS",
    "NOT_IMPERATIVE",
    "RULE_EXCEPTIONS",
    "SCOPE_TAGS",
    "SOURCE_TITLES",
    "Binds",
    "Bound",
    "Citation",
    "FindingSpec",
    "Number",
    "Parameter",
    "ParameterValue",
    "ResolvedValue",
    "RuleEntry",
    "RuleException",
    "RuleValue",
    "ScopeTag",
    "Unit",
    "holds_imperative",
    "normalise_quote",
]

#: A legal number: TOML gives ``int`` or ``float``; a reform may pass a ``Decimal``.
Number = int | float | Decimal

#: Short titles of the citable texts, by file name in ``laws/`` (plus the seed and GB/T 9704-2012).
SOURCE_TITLES: dict[str, str] = {
    "administrative-compulsion-law-2011.md": "行政强制法",
    "administrative-licensing-law-2019.md": "行政许可法（2019）",
    "administrative-penalty-law-2017.md": "行政处罚法（2017年修正）",
    "administrative-penalty-law-2021.md": "行政处罚法（2021年修订）",
    "administrative-reconsideration-law-2023.md": "行政复议法（2023）",
    "civil-code-general-part-periods-2020.md": "民法典",
    "government-information-disclosure-regulation-2019.md": "政府信息公开条例（2019）",
    "major-decision-procedure-regulation-2019.md": "重大行政决策程序暂行条例（国务院令第713号）",
    "normative-document-legality-review-opinion-2018-115.md": "国办发〔2018〕115号",
    "petition-work-regulation-2022.md": "信访工作条例",
    "regulation-filing-review-regulation-2024.md": "法规规章备案审查条例",
    "rule-making-procedure-regulation-2017.md": "规章制定程序条例",
    "seed": "大港街2020年法治政府建设情况报告",
    "GB/T 9704-2012": "GB/T 9704-2012 党政机关公文格式",
}

#: A scope tag of a rule value: how far the rule reaches where that differs between texts or profiles.
ScopeTag = Literal[
    "general-procedure-only",
    "heavier-penalty-only",
    "unconditional",
    "mandatory",
    "high-public-concern-only",
    "comment-required",
    "feedback-required",
    "enterprises",
    "street-offices",
    "adoption-explanation",
    "bans-penalties",
    "bans-licences",
    "bans-compulsory-measures",
    "per-calendar-year",
]

#: Each scope tag and what it makes the checks do (the closed vocabulary the loader accepts).
SCOPE_TAGS: Mapping[str, str] = MappingProxyType(
    {
        "general-procedure-only": "only in the general procedure (一般程序): a summary-procedure case is not judged by it",
        "heavier-penalty-only": "only where a heavier penalty (较重的行政处罚) is given",
        "unconditional": "every step the rule lists is required, without the national conditions",
        "mandatory": "what the national text leaves to discretion (可以) is required on the grounds it states",
        "high-public-concern-only": "its requirements (and its number) bind matters of high public concern only",
        "comment-required": "a matter within its scope must be put to public comment",
        "feedback-required": "feedback on which opinions were adopted, and why, must be published",
        "enterprises": "enterprises and industry associations / chambers are among those to be heard",
        "street-offices": "binds a street office (街道办事处), which the national text does not name",
        "adoption-explanation": "the publication explains how public and expert opinions were adopted",
        "bans-penalties": "a normative document may not create an administrative penalty",
        "bans-licences": "a normative document may not create an administrative licence",
        "bans-compulsory-measures": "a normative document may not create an administrative compulsory measure",
        "per-calendar-year": "its numbers are read per calendar year (a floor of hours met within each year)",
    }
)

#: Scope tags that narrow a rule's reach (the others add a duty or extend its reach). A child entry keeps
#: its parent's widening tags (a local profile adds duties, never removes one: `Profile.rule`); a child
#: that narrows where its parent does not is reported by `Profile.lint`.
NARROWING_TAGS: frozenset[str] = frozenset({"general-procedure-only", "heavier-penalty-only", "high-public-concern-only"})

#: A stated exception to a rule.
RuleException = Literal["exploratory-reform"]

#: Each exception and what it allows (the closed vocabulary the loader accepts).
RULE_EXCEPTIONS: Mapping[str, str] = MappingProxyType(
    {
        "exploratory-reform": "an exploratory reform with no clear national rule may go to discussion with its legal risk stated",
    }
)

if set(SCOPE_TAGS) != set(get_args(ScopeTag)) or set(RULE_EXCEPTIONS) != set(get_args(RuleException)):
    raise AssertionError("the vocabularies and their Literal types disagree")  # pragma: no cover

#: The one citation source that names a text outside ``laws/`` and the seed, with no quote (F1).
STANDARD_SOURCE = "GB/T 9704-2012"

# Places (documented in the package docstring):
#   law articles   "Art. 64", "Art. 26 ¶2", "Art. 42 ¶1(一)", "Art. 64(二)"  (item without ¶: any paragraph)
#   115号 sections  "（五）"
#   seed           "一 ¶3", "二(一)2", "二(五) ¶2"
#   GB/T 9704-2012 "§7.2.5"
ARTICLE_PLACE = re.compile(r"^Art\. (?P<article>[1-9][0-9]*)(?: ¶(?P<paragraph>[1-9][0-9]*))?(?:\((?P<item>[一二三四五六七八九十]+)\))?$")
SECTION_PLACE = re.compile(r"^（(?P<section>[一二三四五六七八九十]+)）$")
SEED_PLACE = re.compile(r"^[一二三四五六七八九十]+(?:\([一二三四五六七八九十]+\))?(?:[0-9]+)?(?: ¶[1-9][0-9]*)?$")
STANDARD_PLACE = re.compile(r"^§[0-9]+(?:\.[0-9]+)*$")

_ZH_DIGITS = "零一二三四五六七八九"


def zh_numeral(number: int) -> str:
    """Write 1–999 the way article headings do: 1 一, 10 十, 15 十五, 26 二十六, 101 一百零一."""
    if not 0 < number < 1000:
        raise ValueError(number)
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    text = ""
    if hundreds:
        text += _ZH_DIGITS[hundreds] + "百"
        if rest and tens == 0:
            text += "零"
    if tens:
        text += ("" if tens == 1 and not hundreds else _ZH_DIGITS[tens]) + "十"
    if units:
        text += _ZH_DIGITS[units]
    return text


def normalise_quote(text: str) -> str:
    """Normalise text for comparing a quote with its source: NFKC, then every whitespace removed."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace() and ch != "\u200b")


class Unit(enum.Enum):
    """计量单位 — the unit of a parameter value."""

    WORKING_DAYS = "working_days"
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"
    HOURS = "hours"
    COUNT = "count"
    YUAN = "yuan"
    PERCENT = "percent"

    @property
    def label_zh(self) -> str:
        """The unit in Chinese, written after the number (7个工作日, 30日, 3个月, 2年)."""
        return _UNIT_ZH[self]


_UNIT_ZH = {
    Unit.WORKING_DAYS: "个工作日",
    Unit.DAYS: "日",
    Unit.MONTHS: "个月",
    Unit.YEARS: "年",
    Unit.HOURS: "学时/小时",
    Unit.COUNT: "人/次",
    Unit.YUAN: "元",
    Unit.PERCENT: "%",
}


class Bound(enum.Enum):
    """上限或下限 — whether a parameter is a floor (at least) or a ceiling (at most)."""

    FLOOR = "floor"
    CEILING = "ceiling"


class Binds(enum.Enum):
    """约束对象 — whom a parameter binds: an agency's duty or a party's time limit."""

    AGENCY = "agency"
    PARTY = "party"


def _to_citations(value: Iterable[Citation]) -> tuple[Citation, ...]:
    return tuple(value)


def _to_parameter_values(value: Iterable[ParameterValue]) -> tuple[ParameterValue, ...]:
    return tuple(value)


def _to_rule_values(value: Iterable[RuleValue]) -> tuple[RuleValue, ...]:
    return tuple(value)


def _to_names(value: Iterable[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _check_names(vocabulary: Mapping[str, str]) -> Any:
    def check(instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
        for name in value:
            _known(name, vocabulary, attribute.name)
        if len(set(value)) != len(value):
            raise InvariantError(bilingual(f"重复的名称：{value!r}", f"a name is repeated: {value!r}"), attribute.name)

    return check


def _known(name: str, vocabulary: Mapping[str, str], field: str) -> None:
    if name not in vocabulary:
        choices = ", ".join(vocabulary)
        raise InvariantError(
            bilingual(f"未知的 {field} 值 {name!r}（应为 {choices} 之一）", f"unknown {field} value {name!r} (one of {choices})"),
            field,
        )


def _check_number(instance: object, attribute: attrs.Attribute[Number], value: Number) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise InvariantError(bilingual(f"不是数值：{value!r}", f"not a number: {value!r}"), attribute.name)
    finite = value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)
    if not finite or value < 0:
        raise InvariantError(
            bilingual(f"数值必须为非负有限数：{value!r}", f"the value must be finite and not negative: {value!r}"),
            attribute.name,
        )


def _check_ascending(instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    dates = [item.since for item in value]
    if any(later <= earlier for earlier, later in itertools.pairwise(dates)):
        raise InvariantError(
            bilingual("历史值的生效日期必须严格递增", "the dates of a history must strictly increase"), attribute.name
        )


_Dated = TypeVar("_Dated", "ParameterValue", "RuleValue")


def _value_on(values: tuple[_Dated, ...], on: dt.date) -> _Dated | None:
    """The last of a history (ascending by ``since``) whose ``since`` is not after ``on``, or None."""
    current: _Dated | None = None
    for value in values:
        if value.since > on:
            break
        current = value
    return current


@attrs.frozen
class Citation:
    """引用 — where a value or rule comes from: a text, a place in it, and its exact wording.

    Attributes:
        source: a file name in ``laws/`` (``"administrative-penalty-law-2021.md"``), ``"seed"`` for the
            seed report, or ``"GB/T 9704-2012"`` (F1 only, with no quote).
        place: the article, paragraph and item (``"Art. 64(一)"``, ``"Art. 26 ¶2"``,
            ``"Art. 42 ¶1(一)"``), a section of 115号 (``"（五）"``), or a seed place (``"一 ¶3"``,
            ``"二(一)2"``).
        quote: the wording, copied from the text (compared after NFKC with all whitespace removed).
    """

    source: str
    place: str
    quote: str = ""

    @property
    def title(self) -> str:
        """The short title of the cited text."""
        return SOURCE_TITLES.get(self.source, self.source)

    def place_zh(self) -> str:
        """The place written the Chinese way: ``"Art. 42 ¶1(一)"`` → ``"第四十二条第一款第（一）项"``."""
        match = ARTICLE_PLACE.match(self.place)
        if match is None:
            return self.place
        text = f"第{zh_numeral(int(match['article']))}条"
        if match["paragraph"]:
            text += f"第{zh_numeral(int(match['paragraph']))}款"
        if match["item"]:
            text += f"第（{match['item']}）项"
        return text

    def text(self) -> str:
        """A one-line human citation: title, place and (if any) the quoted wording."""
        head = f"{self.title} {self.place_zh()}"
        return f"{head}：“{self.quote}”" if self.quote else head


#: The severities a finding code may have in the data (the same values as `xingzheng.checks.Severity`).
FINDING_SEVERITIES: tuple[str, ...] = ("error", "warning", "info")

#: Words that bind: an ``error`` finding's quoted binding words must hold one of them (DECISIONS.md, "The four
#: procedures": 应当 / 不得 / 必须, or an unconditional imperative). 一律 ("without exception") and 不得 forms
#: are imperative; 可以 never is. 不少于 / 不超过 state a bound with no discretion (with 一般 it binds where
#: no exception is recorded); 要 and 应 are the directive verbs of 115号 and the seed (docs/decisions.md,
#: issue 17); 不再给予 ("no penalty shall be given", 行政处罚法 Art. 36) forbids outright (issue 18).
#: A new entry here needs a line in docs/decisions.md saying why it binds.
IMPERATIVES: tuple[str, ...] = ("应当", "不得", "必须", "一律", "不少于", "不超过", "不再给予", "要", "应")

#: Words holding 要 or 应 that bind nobody (重要 "important", 相应 "corresponding", …): removed from a quote
#: before it is searched for the single-character imperatives 要 ("要在书面征求意见的基础上", 115号 and the
#: seed's directive verb) and 应 ("应在制定行政规范性文件后", "应严格按照", the seed's).
NOT_IMPERATIVE: tuple[str, ...] = (
    "重要", "需要", "主要", "要求", "必要", "纪要", "要素", "摘要", "要点", "只要", "概要", "要件",
    "相应", "适应", "对应", "反应", "供应", "响应", "应用", "应对", "答应", "应急",
)


def holds_imperative(quote: str) -> bool:
    """Whether ``quote`` holds one of `IMPERATIVES` (要 and 应 only outside the words of `NOT_IMPERATIVE`)."""
    for word in NOT_IMPERATIVE:
        quote = quote.replace(word, "")
    return any(word in quote for word in IMPERATIVES)

FINDING_CODE = re.compile(r"^[A-Z]+[0-9]*\.[a-z0-9]+(?:-[a-z0-9]+)*$")


def _check_severity(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in FINDING_SEVERITIES:
        raise InvariantError(
            bilingual(f"未知的严重程度 {value!r}（应为 error、warning 或 info）", f"unknown severity {value!r} (error, warning or info)"),
            attribute.name,
        )


def _check_code(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not FINDING_CODE.match(value):
        raise InvariantError(
            bilingual(f"发现代码格式无效：{value!r}（应为 规则编号.短名称）", f"invalid finding code {value!r} (RULE.kebab-name)"),
            attribute.name,
        )


@attrs.frozen
class FindingSpec:
    """发现条目 — one finding code a rule may give: its severity, who is bound, the binding words, when.

    The severity of every finding `check` reports comes from these entries (never from the code that
    emits it), so the docs' table of rules and the checks cannot disagree. An ``error`` needs the words
    that bind the duty-holder, quoted from the text (``words``), holding one of `IMPERATIVES`.

    Attributes:
        code: the finding code (``"D6.discussed-without-review"``); it starts with its rule's ID.
        severity: ``"error"``, ``"warning"`` or ``"info"``.
        binds: who is bound, ``"中文 / English"`` (``"决策机关 / decision body"``); empty for a fact
            (``info``) that binds nobody.
        when: the conditions under which the code is given, ``"中文 / English"``.
        words: the binding words, quoted from the text with their place (the citation test checks them).
        reading: the library's reading where the text does not settle the question (may be empty).
    """

    code: str = attrs.field(validator=_check_code)
    severity: str = attrs.field(validator=_check_severity)
    binds: str = ""
    when: str = ""
    words: Citation | None = None
    reading: str = ""

    def __attrs_post_init__(self) -> None:
        if self.severity != "error":
            return
        quote = self.words.quote if self.words is not None else ""
        if not holds_imperative(quote):
            raise InvariantError(
                bilingual(
                    f"{self.code} 为错误，但其约束用语未含“应当”“不得”“必须”“一律”：{quote!r}",
                    f"{self.code} is an error, but its binding words hold none of 应当 / 不得 / 必须 / 一律: {quote!r}",
                ),
                "words",
            )

    @property
    def rule(self) -> str:
        """The rule ID the code starts with."""
        return self.code.split(".", 1)[0]


def _to_finding_specs(value: Iterable[FindingSpec]) -> tuple[FindingSpec, ...]:
    specs = tuple(value)
    codes = [spec.code for spec in specs]
    if len(set(codes)) != len(codes):
        raise InvariantError(bilingual(f"重复的发现代码：{codes!r}", f"a finding code is repeated: {codes!r}"), "findings")
    return specs


@attrs.frozen
class ParameterValue:
    """参数历史值 — one dated value of a parameter, with its own unit and citations.

    Attributes:
        since: the first day this value is in force (it holds until the next value's ``since``).
        value: the number.
        unit: its unit (working days, days, months, …).
        citations: where it comes from.
        note: why this date, or anything else a reader must know (may be empty).
    """

    since: dt.date
    value: Number = attrs.field(validator=_check_number)
    unit: Unit
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_to_citations)
    note: str = ""


@attrs.frozen
class Parameter:
    """法定参数 — one legal number with its rule, meaning, bound, whom it binds and dated history.

    Attributes:
        key: the flat key, ``<subject>.<concept>[.min|.max]``.
        rule: the rule ID of DOMAIN.md's catalogue (``"N7"``).
        description_zh: what the number is, in Chinese.
        description_en: the same in English.
        bound: floor (at least) or ceiling (at most).
        binds: an agency's duty or a party's time limit.
        general: True where the text says 一般 ("generally"): a departure needs a recorded reason.
        exception: the stated exception, ``"中文 / English"`` (empty when none is stated).
        condition: when the parameter applies at all, ``"中文 / English"`` (empty: always).
        values: the dated history, oldest first.
        note: anything else a reader must know (may be empty).
    """

    key: str
    rule: str
    description_zh: str
    description_en: str
    bound: Bound
    binds: Binds
    general: bool = False
    exception: str = ""
    condition: str = ""
    values: tuple[ParameterValue, ...] = attrs.field(
        default=(), converter=_to_parameter_values, validator=_check_ascending
    )
    note: str = ""

    def value_on(self, on: dt.date) -> ParameterValue | None:
        """The value in force on ``on`` (the last one whose ``since`` is not after it), or None."""
        return _value_on(self.values, on)


@attrs.frozen
class RuleValue:
    """规则历史状态 — whether a rule is in force from a date, where, and on what basis.

    Attributes:
        since: the first day of this state.
        in_force: whether the rule is enforced from ``since`` (False: not checked, an info finding).
        scope: where or to whom it applies, ``"中文 / English"`` (may be empty).
        citations: where it comes from (empty only when not in force, or for F1's standard).
        note: why this date, or anything else a reader must know (may be empty).
        refuses_step: True where a lifecycle guard refuses the step that would break the rule (raises
            `ProcedureError`) instead of ``check`` reporting a finding; read for E6 by
            `EnforcementCase.decide`.
        exceptions: the stated exceptions the checks honour, from `RULE_EXCEPTIONS`.
        scope_tags: how far the rule reaches, from `SCOPE_TAGS`; the free-text ``scope`` says the same
            for readers.
        findings: the finding codes the rule gives from this date on, each with its severity, who is
            bound and the binding words (`FindingSpec`). A code not listed here is looked up in the
            earlier states of the entry, then in the parent profile (`Profile.finding_spec`).
    """

    since: dt.date
    in_force: bool
    scope: str = ""
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_to_citations)
    note: str = ""
    refuses_step: bool = False
    exceptions: tuple[str, ...] = attrs.field(
        default=(), converter=_to_names, validator=_check_names(RULE_EXCEPTIONS)
    )
    scope_tags: tuple[str, ...] = attrs.field(default=(), converter=_to_names, validator=_check_names(SCOPE_TAGS))
    findings: tuple[FindingSpec, ...] = attrs.field(default=(), converter=_to_finding_specs)

    def has_tag(self, tag: ScopeTag) -> bool:
        """Whether this state carries the scope tag (an unknown tag raises `InvariantError`)."""
        _known(tag, SCOPE_TAGS, "scope_tags")
        return tag in self.scope_tags

    def has_exception(self, name: RuleException) -> bool:
        """Whether this state carries the exception (an unknown name raises `InvariantError`)."""
        _known(name, RULE_EXCEPTIONS, "exceptions")
        return name in self.exceptions


@attrs.frozen
class RuleEntry:
    """规则条目 — a rule ID a profile enforces, with its dated history.

    Attributes:
        rule: the rule ID (``"E3"``).
        title_zh: a short title in Chinese.
        title_en: the same in English.
        values: the dated history, oldest first.
    """

    rule: str
    title_zh: str
    title_en: str
    values: tuple[RuleValue, ...] = attrs.field(default=(), converter=_to_rule_values, validator=_check_ascending)

    def value_on(self, on: dt.date) -> RuleValue | None:
        """The state in force on ``on``, or None before the first one."""
        return _value_on(self.values, on)


@attrs.frozen
class ResolvedValue:
    """生效参数值 — the value of a parameter in force on a date, as a profile resolves it.

    Attributes:
        key: the parameter key.
        value: the number.
        unit: its unit.
        since: the day this value took effect.
        citations: where it comes from.
        parameter: the parameter (rule, descriptions, bound, binds, 一般, exception, condition).
        profile: the name of the profile that supplied it (a child may fall back to its parent).
        note: the value's note (may be empty).
    """

    key: str
    value: Number
    unit: Unit
    since: dt.date
    citations: tuple[Citation, ...]
    parameter: Parameter
    profile: str
    note: str = ""

    def period(self) -> Period:
        """The value as a calendar `Period` (working days, days, months or years).

        Raises:
            InvariantError: the unit is not a unit of time the calendar counts, or the value is not a
                positive whole number.
        """
        from xingzheng.calendar import Period

        count = int(self.value)
        if count != self.value or count < 1:
            raise InvariantError(
                bilingual(f"{self.key} 的值不是正整数：{self.value}", f"{self.key} is not a positive whole number: {self.value}"),
                "value",
            )
        if self.unit is Unit.WORKING_DAYS:
            return Period.workdays(count)
        if self.unit is Unit.DAYS:
            return Period.days(count)
        if self.unit is Unit.MONTHS:
            return Period.months(count)
        if self.unit is Unit.YEARS:
            return Period.years(count)
        raise InvariantError(
            bilingual(f"{self.key} 的单位不是期间：{self.unit.value}", f"{self.key} is not a period: {self.unit.value}"),
            "unit",
        )

    def text(self) -> str:
        """One line: value, unit, and the first citation."""
        cite = self.citations[0].text() if self.citations else ""
        return f"{self.key} = {self.value}{self.unit.label_zh}（{self.since.isoformat()} 起）{cite}"
