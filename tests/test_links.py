"""Links between records (issue 23): `check_all` follows a reconsideration to the case it revoked (E10, linked) and
reports a link to a record not in the set; the worked example behaves as described."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import check, check_all, load, loads
from xingzheng.cli import main
from xingzheng.io import json_schema, kinds
from xingzheng.model import ReconsiderationOutcome
from xingzheng.strategies import disclosure_requests, petitions, reconsideration_cases

FOLDER = Path(__file__).resolve().parents[1] / "examples" / "remedies-2024"


def _records() -> dict[str, object]:
    return {p.stem: load(p) for p in sorted(FOLDER.glob("*.json"))}


def _codes(reports: tuple[object, ...], index: int) -> tuple[str, ...]:
    return reports[index].codes()  # type: ignore[attr-defined]


def test_the_revoked_published_decision_must_be_withdrawn_in_three_working_days() -> None:
    records = _records()
    case, reconsideration, petition = records["enforcement-case"], records["reconsideration-case"], records["petition"]
    chain = [petition, case, reconsideration]
    # Revoked 2024-05-31 (Friday): three working days end on Wednesday 2024-06-05.
    assert _codes(check_all(chain, as_of=dt.date(2024, 6, 5)), 1) == ()
    overdue = check_all(chain, as_of=dt.date(2024, 6, 6))
    assert _codes(overdue, 1) == ("E10.withdrawal-overdue-linked",)
    finding = overdue[1].findings[0]
    assert finding.severity.value == "error"
    assert "行政机关应当在三日内撤回行政处罚决定信息并公开说明理由" in finding.citation
    assert _codes(overdue, 0) == () and _codes(overdue, 2) == ()
    # The case checked alone knows nothing of the revocation.
    assert "E10.withdrawal-overdue-linked" not in check(case, as_of=dt.date(2024, 6, 6)).codes()
    publicity = case.publicity  # type: ignore[attr-defined]
    on_time = attrs.evolve(case, publicity=attrs.evolve(publicity, withdrawn_on=dt.date(2024, 6, 5), reasons_published=True))
    late = attrs.evolve(case, publicity=attrs.evolve(publicity, withdrawn_on=dt.date(2024, 6, 6), reasons_published=True))
    assert "E10.withdrawal-late-linked" not in _codes(check_all([on_time, reconsideration], as_of=dt.date(2024, 7, 1)), 0)
    assert "E10.withdrawal-late-linked" in _codes(check_all([late, reconsideration], as_of=dt.date(2024, 7, 1)), 0)
    # Served later: the decision takes effect on service (行政复议法 Art. 75 ¶2).
    served = attrs.evolve(reconsideration, decision=attrs.evolve(reconsideration.decision, served_on=dt.date(2024, 6, 3)))  # type: ignore[attr-defined]
    assert "E10.withdrawal-late-linked" not in _codes(check_all([late, served], as_of=dt.date(2024, 7, 1)), 0)
    upheld = attrs.evolve(reconsideration, decision=attrs.evolve(reconsideration.decision, outcome=ReconsiderationOutcome.UPHELD))  # type: ignore[attr-defined]
    assert _codes(check_all([case, upheld], as_of=dt.date(2024, 12, 31)), 0) == ()


def test_a_link_to_a_record_not_in_the_set_is_reported_not_guessed() -> None:
    records = _records()
    (alone,) = check_all([records["reconsideration-case"]])
    assert "LINK.not-found" in alone.codes()
    assert [f.severity.value for f in alone.findings if f.code == "LINK.not-found"] == ["warning"]
    (petition,) = check_all([records["petition"]])
    assert petition.codes() == ("LINK.not-found",)
    together = check_all([records["petition"], records["enforcement-case"]])
    assert together[0].codes() == ()


def test_the_cli_checks_the_folder_with_its_links(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(FOLDER), "--as-of", "2024-06-30", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    by_file = {Path(r["file"]).stem: r["report"] for r in out["reports"]}
    assert [f["code"] for f in by_file["enforcement-case"]["findings"]] == ["E10.withdrawal-overdue-linked"]
    assert by_file["petition"]["findings"] == [] and by_file["reconsideration-case"]["findings"] == []
    code = main(["upcoming", str(FOLDER / "reconsideration-case.json"), "--as-of", "2024-06-30", "--json"])
    items = json.loads(capsys.readouterr().out)["upcoming"]
    assert code == 0 and [(i["rule"], i["deadline"]["due"]) for i in items] == [("R8", "2024-08-02")]


@pytest.mark.parametrize("path", sorted(FOLDER.glob("*.json")), ids=lambda p: p.stem)
def test_the_examples_validate_and_load_as_version_1(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(json_schema(kinds()[data["kind"]]), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    validator.validate(data)
    assert loads(json.dumps({**data, "schema_version": 1})) == loads(json.dumps(data))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(reconsideration_cases(), petitions(), disclosure_requests()), max_size=4))
def test_check_all_adds_only_link_findings_to_each_records_own_check(records: list[object]) -> None:
    linked = check_all(records, as_of=dt.date(2026, 6, 30))
    assert len(linked) == len(records)
    for record, report in zip(records, linked, strict=True):
        own = check(record, as_of=dt.date(2026, 6, 30))
        assert report.findings[: len(own.findings)] == own.findings
        added = {f.code for f in report.findings[len(own.findings) :]}
        # No enforcement case is in these sets: every link is missing, and no withdrawal is judged.
        assert added <= {"LINK.not-found", "E10.no-rule"}
