"""Issue 22: hostile text, sizes and dates at the boundary are refused (or normalised), never a later crash.

Every case goes through `loads`, `check`, `dumps` and the command line (a real subprocess, so that the
encoding of standard output is the real one): only `XingzhengError` subclasses may escape, and the CLI
never prints a traceback.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from xingzheng import Limits
from xingzheng.checks import check
from xingzheng.errors import LoadError, XingzhengError
from xingzheng.io import dumps, from_dict, load, loads
from xingzheng.model._public import scrub_text
from xingzheng.model.values import DocumentNumber, NormalisedNumber

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dagang-2020"
DOCUMENT = json.loads((EXAMPLES / "normative-document.json").read_text(encoding="utf-8"))
CASE = json.loads((EXAMPLES / "enforcement-case.json").read_text(encoding="utf-8"))


def _doc(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(DOCUMENT)
    data.update(changes)
    return data


def _case(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = copy.deepcopy(CASE)
    change(data)
    return data


def _text(data: dict[str, Any]) -> str:
    # ensure_ascii=True: a lone surrogate travels as the JSON escape "\ud800", as hostile input would.
    return json.dumps(data, ensure_ascii=True)


def _errors(text: str | bytes, **kwargs: Any) -> list[dict[str, object]]:
    with pytest.raises(LoadError) as info:
        loads(text, **kwargs)
    return info.value.errors()


def _codes(text: str | bytes, **kwargs: Any) -> set[tuple[object, object]]:
    return {(e["code"], e["path"]) for e in _errors(text, **kwargs)}


# --- refused ------------------------------------------------------------------------------------------

REFUSED: dict[str, tuple[str, tuple[str, str]]] = {
    "lone surrogate in the title": (_text(_doc(title="大港街\ud800办法")), ("text.surrogate", "$.title")),
    "low surrogate alone": (_text(_doc(title="\udfff")), ("text.surrogate", "$.title")),
    "NUL in the title": (_text(_doc(title="大港街\x00办法")), ("text.control", "$.title")),
    "terminal escape in the title": (_text(_doc(title="\x1b[31m大港街\x1b[0m")), ("text.control", "$.title")),
    "C1 CSI in the issuing body": (_text(_doc(issuing_body="大港街\x9b2J")), ("text.control", "$.issuing_body")),
    "DEL in the drafting unit": (_text(_doc(drafting_unit="司法所\x7f")), ("text.control", "$.drafting_unit")),
    "line break in the title": (_text(_doc(title="大港街\n办法")), ("text.control", "$.title")),
    "tab in the document number": (_text(_doc(document_number="港街发〔2020〕\t12号")), ("text.control", "$.document_number")),
    "line separator in the title": (_text(_doc(title="大港街\u2028办法")), ("text.control", "$.title")),
    "NUL in a multi-line field": (
        _text(_case(lambda d: d["decision"].__setitem__("summary", "罚款\x00"))),
        ("text.control", "$.decision.summary"),
    ),
    "surrogate in a key": (_text({**_doc(), "\ud800": 1}), ("text.surrogate", "$")),
    "control in a key": (_text({**_doc(), "a\x00": 1}), ("text.control", "$")),
    "year 0001": (_text(_doc(promulgated_on="0001-01-01")), ("date.range", "$.promulgated_on")),
    "year 9999": (_text(_doc(effective_on="9999-12-31")), ("date.range", "$.effective_on")),
    "the day before the PRC": (_text(_doc(promulgated_on="1949-09-30")), ("date.range", "$.promulgated_on")),
    "after 2100": (_text(_doc(effective_on="2101-01-01")), ("date.range", "$.effective_on")),
    "an instant in year 0001": (
        _text(_case(lambda d: d["evidence_log"]["events"][0].__setitem__("at", "0001-01-01T00:00:00+08:00"))),
        ("date.range", "$.evidence_log.events[0].at"),
    ),
    "payload value a number": (
        _text(_case(lambda d: d["evidence_log"]["events"][0]["payload"][0].__setitem__(1, 20210802))),
        ("type.string", "$.evidence_log.events[0].payload[0][1]"),
    ),
    "payload value a boolean": (
        _text(_case(lambda d: d["evidence_log"]["events"][0]["payload"][0].__setitem__(1, True))),
        ("type.string", "$.evidence_log.events[0].payload[0][1]"),
    ),
    "payload value null": (
        _text(_case(lambda d: d["evidence_log"]["events"][0]["payload"][0].__setitem__(1, None))),
        ("type.string", "$.evidence_log.events[0].payload[0][1]"),
    ),
    "a 300,000-character title": (_text(_doc(title="办" * 300_000)), ("too_long", "$.title")),
    "a 150,000-character summary": (
        _text(_case(lambda d: d["decision"].__setitem__("summary", "x" * 150_000))),
        ("too_long", "$.decision.summary"),
    ),
    "20,000 participants": (
        _text(_doc(consultations=[{**DOCUMENT["consultations"][0], "participants": ["甲"] * 20_000}])),
        ("too_many_items", "$.consultations[0].participants"),
    ),
    "a 10 MB title": (_text(_doc(title="x" * 10_000_000)), ("too_large", "$")),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_each_hostile_input_is_a_load_error_naming_its_field(name: str) -> None:
    text, expected = REFUSED[name]
    errors = _errors(text)
    assert expected in {(e["code"], e["path"]) for e in errors}, errors
    for error in errors:
        assert error["message"] and error["message_en"]
        # What errors() shows can be printed and written as UTF-8: no surrogate, no control character.
        json.dumps(error, ensure_ascii=False).encode("utf-8")
        assert not any(unicodedata.category(ch) in ("Cc", "Cs") for ch in json.dumps(error, ensure_ascii=False))


def test_the_same_refusals_from_from_dict_and_toml(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        from_dict(_doc(title="a\x00b"))
    assert info.value.errors()[0]["code"] == "text.control"
    (tmp_path / "bad.toml").write_text(
        'kind = "normative_document"\nschema_version = 1\ntitle = "a\\u0000b"\nissuing_body = "x"\n'
        'drafting_unit = "y"\npromulgated_on = 0001-01-01\n',
        encoding="utf-8",
    )
    with pytest.raises(LoadError) as info:
        load(tmp_path / "bad.toml")
    assert {(e["code"], e["path"]) for e in info.value.errors()} == {
        ("text.control", "$.title"),
        ("date.range", "$.promulgated_on"),
    }


def test_limits_are_configurable() -> None:
    text = _text(DOCUMENT)
    loads(text)  # the defaults take every real record
    assert ("too_large", "$") in _codes(text, limits=Limits(max_bytes=1000))
    assert ("too_long", "$.title") in _codes(text, limits=Limits(max_text_chars=5))
    assert ("too_many_items", "$.public_comment.channels") in _codes(text, limits=Limits(max_items=1))
    case = _text(CASE)
    assert ("too_many_events", "$.evidence_log.events") in _codes(case, limits=Limits(max_events=3))
    # An evidence log's events are counted against max_events only, not max_items.
    few_items = {path for _, path in _codes(case, limits=Limits(max_items=1))}
    assert "$.officers" in few_items and "$.evidence_log.events" not in few_items
    # max_bytes / max_depth keywords still win over limits (the old call form).
    assert ("too_large", "$") in _codes(text, max_bytes=1000, limits=Limits())
    with pytest.raises(XingzhengError):
        Limits(max_items=0)


def test_the_defaults_are_far_above_the_largest_real_record() -> None:
    import attrs

    from xingzheng.model.evidence import EventKind

    limits = Limits()
    sizes = {path.name: len(path.read_bytes()) for path in EXAMPLES.glob("*.json")}
    assert max(sizes.values()) * 100 < limits.max_bytes
    # The largest record that still reads like a real one (docs/reference/load-errors.md, "Limits"):
    # the worked case with 500 more logged events, each a 500-character note, and a long summary.
    case = load(EXAMPLES / "enforcement-case.json")
    log, at = case.evidence_log, case.evidence_log.events[-1].at
    for i in range(500):
        at += dt.timedelta(hours=1)
        log = log.append(EventKind.NOTE, at, "12010001", [("note", "调查询问笔录：" + "当事人陈述" * 100), ("page", str(i))])
    big = attrs.evolve(case, evidence_log=log, decision=attrs.evolve(case.decision, summary="处罚决定理由" * 800))
    text = dumps(big)
    assert 900_000 < len(text.encode("utf-8")) < limits.max_bytes / 4  # 1.0 MB, as the docs say
    assert loads(text) == big
    assert len(big.evidence_log.events) * 10 < limits.max_events


# --- accepted, normalised ------------------------------------------------------------------------------


def test_line_breaks_and_tabs_are_allowed_in_multi_line_fields() -> None:
    case = loads(_text(_case(lambda d: d["decision"].__setitem__("summary", "一、罚款\n二、\t没收\r\n"))))
    assert case.decision.summary == "一、罚款\n二、\t没收\r\n"


def test_text_is_nfc_on_load() -> None:
    decomposed = loads(_text(_doc(title="Cafe\u0301 管理办法")))
    composed = loads(_text(_doc(title="Caf\u00e9 管理办法")))
    assert decomposed.title == "Caf\u00e9 管理办法" and decomposed == composed and hash(decomposed.title) == hash(composed.title)


def test_a_full_width_document_number_has_one_identity_and_f1_names_the_normalisation() -> None:
    wide = loads(_text(_doc(document_number="港街发〔２０２０〕１２号")))
    narrow = loads(_text(_doc(document_number="港街发〔2020〕12号")))
    assert wide.document_number == narrow.document_number == "港街发〔2020〕12号"
    assert wide == narrow
    assert json.loads(dumps(wide))["document_number"] == "港街发〔2020〕12号"
    [f1] = [f for f in check(wide).findings if f.code.startswith("F1")]
    assert "２→2" in f1.message and "港街发〔２０２０〕１２号" in f1.message and "normalised" in f1.message_en
    assert not [f for f in check(narrow).findings if f.code.startswith("F1")]


def test_full_width_brackets_are_normalised_and_the_bracket_finding_stays() -> None:
    doc = loads(_text(_doc(document_number="港街发（２０２０）１２号")))
    assert doc.document_number == "港街发(2020)12号"
    [f1] = [f for f in check(doc).findings if f.code.startswith("F1")]
    assert "（→(" in f1.message and "〔〕" in f1.message  # what was normalised, and the bracket rule


def test_a_number_built_in_python_is_normalised_too() -> None:
    from xingzheng import NormativeDocument

    doc = NormativeDocument("t", "b", "d", document_number="港街发〔２０２０〕３号")
    assert doc.document_number == "港街发〔2020〕3号"
    assert isinstance(doc.document_number, NormalisedNumber)
    assert DocumentNumber.problem(doc.document_number) is not None
    assert DocumentNumber.problem("港街发〔2020〕3号") is None


def test_dates_at_the_ends_of_the_range_load() -> None:
    assert loads(_text(_doc(promulgated_on="1949-10-01", effective_on="2100-12-31"))).effective_on == dt.date(2100, 12, 31)


def test_a_payload_value_built_in_python_must_be_a_string() -> None:
    from xingzheng.model.evidence import EventKind, EvidenceLog

    at = dt.datetime(2021, 8, 2, 10, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    with pytest.raises(XingzhengError) as info:
        EvidenceLog().append(EventKind.NOTE, at, "12010001", [("amount", 500)])  # type: ignore[list-item]
    assert "payload" in str(getattr(info.value, "field", ""))


def test_the_scrubber_masks_full_width_and_mixed_numbers() -> None:
    assert scrub_text("电话１３８１２３４５６７８，身份证１２０１０１１９９００１０１１２３４") == "电话＊＊＊，身份证＊＊＊"
    assert scrub_text("电话０２２－２５９８１２３４。") == "电话＊＊＊。"
    assert scrub_text("１２０１０１１９８５０２０３６０１Ｘ") == "＊＊＊"
    assert scrub_text("120101１９９００１０１1234") == "＊＊＊"
    assert scrub_text("第１２号，共３页") == "第１２号，共３页"  # short numbers are not personal data


# --- the whole pipeline: loads, check, dumps, CLI --------------------------------------------------------


def _all_inputs() -> dict[str, str]:
    inputs = {name: text for name, (text, _) in REFUSED.items() if len(text) < 3_000_000}
    inputs["full-width number"] = _text(_doc(document_number="港街发〔２０２０〕１２号"))
    inputs["decomposed title"] = _text(_doc(title="Cafe\u0301"))
    inputs["multi-line summary"] = _text(_case(lambda d: d["decision"].__setitem__("summary", "一\n二\t三")))
    inputs["the edge days"] = _text(_doc(promulgated_on="1949-10-01", effective_on="2100-12-31"))
    return inputs


def test_only_xingzheng_errors_escape_loads_check_and_dumps() -> None:
    for name, text in _all_inputs().items():
        try:
            record = loads(text)
        except XingzhengError:
            continue
        except Exception as exc:  # what the test looks for
            pytest.fail(f"{name}: loads raised {type(exc).__name__}: {exc}")
        steps: list[Callable[[Any], object]] = [
            check,
            lambda r: check(r, as_of=dt.date(2021, 9, 30)),
            dumps,
        ]
        for step in steps:
            try:
                out = step(record)
            except XingzhengError:
                continue
            except Exception as exc:
                pytest.fail(f"{name}: {type(exc).__name__}: {exc}")
            if isinstance(out, str):
                out.encode("utf-8")  # dumps writes what UTF-8 can carry


def test_the_cli_never_prints_a_traceback(tmp_path: Path) -> None:
    for index, text in enumerate(_all_inputs().values()):
        (tmp_path / f"{index:02d}.json").write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    for argv in (
        ["check", str(tmp_path)],
        ["check", str(tmp_path), "--json"],
        ["upcoming", str(tmp_path), "--as-of", "2021-09-01", "--json"],
        ["check", str(tmp_path), "--max-text", "20", "--max-items", "2", "--max-events", "2", "--max-bytes", "100000"],
        ["check", str(tmp_path), "--max-items", "zero"],
    ):
        run = subprocess.run(
            [sys.executable, "-m", "xingzheng", *argv], capture_output=True, env=env, timeout=300, check=False
        )
        out, err = run.stdout.decode("utf-8"), run.stderr.decode("utf-8")
        assert "Traceback" not in out + err, (argv, err[-2000:])
        assert run.returncode == 2, (argv, run.returncode, err[-500:])
        if "--json" in argv:
            data = json.loads(out)
            assert data["unreadable"] and all(u["problems"] for u in data["unreadable"])


def _text_fields() -> set[str]:
    """The names of every text field (``str`` anywhere in its type) of the record classes."""
    import typing

    import attrs

    from xingzheng.io import kinds

    seen: set[type] = set()
    names: set[str] = set()

    def visit(cls: type) -> None:
        if cls in seen:
            return
        seen.add(cls)
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):  # type: ignore[arg-type]
            stack = [hints[field.name]]
            while stack:
                t = stack.pop()
                if t is str:
                    names.add(field.name)
                elif attrs.has(t):
                    visit(t)
                stack.extend(a for a in typing.get_args(t) if a is not Ellipsis)

    for cls in kinds().values():
        visit(cls)
    return names


def test_the_multi_line_table_names_text_fields_of_records() -> None:
    from xingzheng.io import MULTILINE_FIELDS
    from xingzheng.io._guard import NUMBER_FIELDS

    fields = _text_fields()
    assert fields >= MULTILINE_FIELDS, MULTILINE_FIELDS - fields
    assert fields >= NUMBER_FIELDS
    # Titles, names and numbers are one line.
    assert not {"title", "name", "case_number", "document_number", "issuing_body"} & MULTILINE_FIELDS
