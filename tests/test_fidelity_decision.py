"""Fidelity of major decisions, second pass: lawful records that used to get an error.

The worked example of the seed report (`examples/dagang-2020/major-decision.json`, a street office under
the Dagang profile) is the base; its dates are 2020's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs

from xingzheng import Severity, check
from xingzheng.checks import Report
from xingzheng.io import loads
from xingzheng.model.decision import BodyKind, DecisionHearing, MajorDecision

DAGANG = "tianjin-binhai-dagang"
D = dt.date
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "dagang-2020" / "major-decision.json"


def codes(report: Report, severity: Severity | None = None) -> set[str]:
    return {f.code for f in report.findings if severity is None or f.severity is severity}


def example() -> MajorDecision:
    decision = loads(EXAMPLE.read_text(encoding="utf-8"))
    assert isinstance(decision, MajorDecision)
    return decision


def test_the_worked_example_has_no_error() -> None:
    assert codes(check(example(), profile=DAGANG), Severity.ERROR) == set()
    assert codes(check(example()), Severity.ERROR) == set()


def test_a_hearing_is_public_participation() -> None:
    # 713号令 Art. 14 ¶2: "听取意见可以采取座谈会、听证会、实地走访…等多种方式" — a hearing (Art. 16, in 第二节
    # 公众参与) hears the public. A matter of no special concern, heard at a hearing on Mon 11 May 2020 only:
    # materials sent Sun 3 May (4–10 May lie between, 7 days), the participant list published Thu 30 April.
    hearing = DecisionHearing(D(2020, 5, 11), materials_sent_on=D(2020, 5, 3), participant_list_published_on=D(2020, 4, 30))
    heard = attrs.evolve(
        example(),
        high_public_concern=False,
        touches_enterprises=False,
        touches_specific_groups=False,
        public_participation=None,
        hearing=hearing,
    )
    for profile in (DAGANG, "national"):
        report = check(heard, profile=profile)
        assert "D5.public-participation-missing" not in codes(report), profile
        assert codes(report, Severity.ERROR) == set(), profile
    # Neither a hearing nor any other participation: the statutory step is missing.
    unheard = attrs.evolve(heard, hearing=None)
    assert "D5.public-participation-missing" in codes(check(unheard, profile=DAGANG), Severity.ERROR)
    # Not to be disclosed by law (Art. 14 ¶1 依法不予公开的决策事项除外): no participation needed.
    confidential = attrs.evolve(unheard, confidential=True)
    assert "D5.public-participation-missing" not in codes(check(confidential, profile=DAGANG))


def test_a_county_government_heard_at_a_hearing_only() -> None:
    # The same under Art. 2 (a county-level government, discussed at an executive meeting).
    from xingzheng.model.decision import MeetingKind

    base = example()
    assert base.discussion is not None
    county = attrs.evolve(
        base,
        body_kind=BodyKind.COUNTY_OR_HIGHER_GOVERNMENT,
        high_public_concern=False,
        touches_enterprises=False,
        touches_specific_groups=False,
        public_participation=None,
        hearing=DecisionHearing(D(2020, 5, 11), materials_sent_on=D(2020, 5, 3), participant_list_published_on=D(2020, 4, 30)),
        discussion=attrs.evolve(base.discussion, meeting_kind=MeetingKind.EXECUTIVE),
    )
    assert codes(check(county), Severity.ERROR) == set()


def test_a_street_office_is_bound_by_713_only_where_the_profile_adopts_it() -> None:
    import pytest

    from xingzheng import ProcedureError

    # 713号令 Art. 2 (county-level and higher governments) and Art. 42 (参照: their departments and township
    # governments) name no street office; the seed adopts the regulation for 大港街 (二(一)2). Under the
    # national profile the rules are applied as if it were bound, and a breach is a warning, not an error.
    base = example()
    assert base.body_kind is BodyKind.STREET_OFFICE and base.discussion is not None
    silent_head = attrs.evolve(base, discussion=attrs.evolve(base.discussion, head_spoke_last=False))
    national = check(silent_head)
    assert "D11.street-office-not-named" in codes(national, Severity.INFO)
    assert "D7.head-did-not-speak-last" in codes(national, Severity.WARNING)
    assert codes(national, Severity.ERROR) == set()
    assert "D7.head-did-not-speak-last" in codes(check(silent_head, profile=DAGANG), Severity.ERROR)
    # A county-level government under the national profile: the error.
    from xingzheng.model.decision import MeetingKind

    executive = attrs.evolve(base.discussion, head_spoke_last=False, meeting_kind=MeetingKind.EXECUTIVE)
    county = attrs.evolve(base, body_kind=BodyKind.COUNTY_OR_HIGHER_GOVERNMENT, discussion=executive)
    assert "D7.head-did-not-speak-last" in codes(check(county), Severity.ERROR)
    # No review: the national profile refuses nothing for a street office (D6 a warning); the seed refuses.
    undecided = attrs.evolve(base, legality_review=None, discussion=None)
    meeting = base.discussion
    made = undecided.to_discussion(meeting, profile="national")
    assert "D6.discussed-without-lawful-opinion" in codes(check(made), Severity.WARNING)
    with pytest.raises(ProcedureError) as info:
        undecided.to_discussion(meeting, profile=DAGANG)
    assert info.value.rule == "D6"
    # Under the seed (its D11 from 2020-01-01 names street offices) nothing is said of the scope.
    assert "D11.street-office-not-named" not in codes(check(base, profile=DAGANG))


def test_an_exploratory_reform_discussed_without_a_review_lacks_no_opinion_among_its_materials() -> None:
    from xingzheng.model.decision import DiscussionMaterial

    # 713号令 Art. 25 ¶2: "对国家尚无明确规定的探索性改革决策事项，可以明示法律风险，提交决策机关讨论" — with no
    # review there is no opinion for Art. 29 (五) to list. A county government, national profile, 12 June 2020.
    base = example()
    assert base.discussion is not None
    from xingzheng.model.decision import MeetingKind

    meeting = attrs.evolve(
        base.discussion, meeting_kind=MeetingKind.EXECUTIVE, materials=(DiscussionMaterial.DRAFT,)
    )
    reform = attrs.evolve(
        base,
        body_kind=BodyKind.COUNTY_OR_HIGHER_GOVERNMENT,
        legality_review=None,
        discussion=meeting,
        exploratory_reform=True,
        no_clear_national_rule=True,
        legal_risk_statement="国家尚无明确规定，存在被认定违法的风险",
    )
    report = check(reform)
    assert "D6.exploratory-reform-exception" in codes(report, Severity.INFO)
    assert "D12.materials-incomplete" not in codes(report)
    assert codes(report, Severity.ERROR) == set()
    # With an opinion given and not submitted, the materials are incomplete.
    reviewed = attrs.evolve(base, body_kind=BodyKind.COUNTY_OR_HIGHER_GOVERNMENT, discussion=meeting)
    assert "D12.materials-incomplete" in codes(check(reviewed), Severity.ERROR)
