"""Every citation of every built-in profile is true: its quote occurs in the named place of the named text.

Quotes are compared after NFKC with all whitespace removed (DECISIONS.md). Law files are split by their
article headings (第X条), paragraphs and items; 115号 by its sections （一）…（十二）; for the seed the quote
must occur in the whole report. Fails, never skips, in CI when ../shared is missing (conftest).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from conftest import shared_path
from xingzheng.rules import Citation, Profile, builtin_profile_names, load_profile
from xingzheng.rules._model import ARTICLE_PLACE, SECTION_PLACE, normalise_quote, zh_numeral

_ARTICLE_HEAD = re.compile(r"^第([零〇一二三四五六七八九十百]+)条[\s\u3000]")
_ITEM_HEAD = re.compile(r"^[（(]([一二三四五六七八九十]+)[）)]")
_SECTION_HEAD = re.compile(r"^（([一二三四五六七八九十]+)）")

# Article = list of paragraphs; paragraph = (its own text, {item: text}).
Article = list[tuple[str, dict[str, str]]]


def _body(text: str) -> str:
    if "<!-- INFO END -->" in text:
        return text.split("<!-- INFO END -->", 1)[1]
    return text.split("\n---\n", 1)[1]


@cache
def articles(file_name: str) -> dict[str, Article]:
    """The articles of a law file by their Chinese number, each split into paragraphs and items."""
    text = _body(shared_path("laws", file_name).read_text(encoding="utf-8"))
    found: dict[str, Article] = {}
    current: Article | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            current = None
            continue
        head = _ARTICLE_HEAD.match(line)
        if head:
            current = found.setdefault(head.group(1), [])
            current.append((line[head.end() :], {}))
            continue
        if current is None:
            continue
        item = _ITEM_HEAD.match(unicodedata.normalize("NFKC", line))
        if item and current:
            current[-1][1][item.group(1)] = line
        else:
            current.append((line, {}))
    return found


@cache
def sections(file_name: str) -> dict[str, str]:
    """The numbered sections （一）…（十二） of 115号."""
    text = _body(shared_path("laws", file_name).read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    current: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        head = _SECTION_HEAD.match(line)
        if head:
            current = head.group(1)
            found[current] = line
        elif re.match(r"^[一二三四五六七八九十]+、", line) or line == "国务院办公厅":
            current = None
        elif current is not None and line:
            found[current] += line
    return found


def cited_text(citation: Citation) -> str:
    """The text of the place a citation names (raises AssertionError if the place does not exist)."""
    if citation.source == "seed":
        return shared_path("sources", "dagang-2020-rule-of-law-report.txt").read_text(encoding="utf-8")
    section = SECTION_PLACE.match(citation.place)
    if section:
        found = sections(citation.source)
        assert section["section"] in found, f"{citation.source} has no section {citation.place}"
        return found[section["section"]]
    match = ARTICLE_PLACE.match(citation.place)
    assert match is not None, f"unparsable place {citation.place!r}"
    number = zh_numeral(int(match["article"]))
    article = articles(citation.source).get(number)
    assert article is not None, f"{citation.source} has no 第{number}条"
    paragraphs = article
    if match["paragraph"]:
        index = int(match["paragraph"]) - 1
        assert index < len(article), f"{citation.source} 第{number}条 has no paragraph {match['paragraph']}"
        paragraphs = [article[index]]
    if match["item"]:
        items = [p[1][match["item"]] for p in paragraphs if match["item"] in p[1]]
        assert items, f"{citation.source} {citation.place}: no item ({match['item']})"
        return items[0]
    return "".join(text + "".join(items.values()) for text, items in paragraphs)


def all_citations(profile: Profile) -> Iterator[tuple[str, Citation]]:
    for parameter in profile.own_parameters:
        for value in parameter.values:
            for citation in value.citations:
                yield f"{parameter.key}@{value.since}", citation
    for entry in profile.own_rules:
        for state in entry.values:
            for citation in state.citations:
                yield f"{entry.rule}@{state.since}", citation
            for spec in state.findings:
                if spec.words is not None:
                    yield f"{spec.code}@{state.since}:words", spec.words


CASES = [
    pytest.param(name, where, citation, id=f"{name}:{where}:{citation.source}:{citation.place}")
    for name in builtin_profile_names()
    for where, citation in all_citations(load_profile(name))
]


@pytest.mark.parametrize(("profile", "where", "citation"), CASES)
def test_quote_occurs_in_the_named_place(profile: str, where: str, citation: Citation) -> None:
    if citation.source == "GB/T 9704-2012":
        assert citation.quote == "", "GB/T 9704-2012 is not in laws/: it is cited by name, with no quote"
        return
    assert citation.quote.strip(), f"{profile} {where}: empty quote"
    text = cited_text(citation)
    assert normalise_quote(citation.quote) in normalise_quote(text), (
        f"{profile} {where}: {citation.quote!r} not found in {citation.source} {citation.place}"
    )


def test_there_are_many_citations() -> None:
    assert len(CASES) > 150


def test_the_only_quote_free_citation_is_the_standard() -> None:
    for name in builtin_profile_names():
        for where, citation in all_citations(load_profile(name)):
            assert citation.quote or citation.source == "GB/T 9704-2012", f"{name} {where}"


def test_the_article_parser_finds_known_articles() -> None:
    penalty = articles("administrative-penalty-law-2021.md")
    assert len(penalty) == 86
    assert "五日内提出" in penalty["六十四"][0][1]["一"]
    assert len(penalty["五十七"]) == 2  # items belong to the first paragraph
    old = articles("administrative-penalty-law-2017.md")
    assert "三日内提出" in old["四十二"][0][1]["一"]
    assert len(old["三十八"]) == 3
    assert len(sections("normative-document-legality-review-opinion-2018-115.md")) == 12
    decision = articles("major-decision-procedure-regulation-2019.md")
    assert "不少于7个工作日" in decision["二十六"][1][0]


@pytest.mark.parametrize("number", [1, 10, 11, 20, 26, 64, 85, 100, 101, 110, 204])
def test_zh_numeral_round_trip(number: int) -> None:
    expected = {1: "一", 10: "十", 11: "十一", 20: "二十", 26: "二十六", 64: "六十四", 85: "八十五",
                100: "一百", 101: "一百零一", 110: "一百一十", 204: "二百零四"}
    assert zh_numeral(number) == expected[number]


def test_shared_is_found(shared: Path) -> None:
    assert (shared / "laws" / "README.md").exists()
