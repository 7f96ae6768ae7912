"""Helpers of the tests that read the documentation's prose (`test_docs_claims*.py`): pages, sentences, laws."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SHARED = ROOT.parent / "shared"


def _page(name: str) -> str:
    path = ROOT / name if name == "README.md" else DOCS / name
    return path.read_text(encoding="utf-8")


def _pages() -> list[Path]:
    """README.md and the hand-written pages (not the changelog, a history; not the generated profile pages)."""
    generated = DOCS / "profiles"  # written by `python docs/generate.py`, from the profiles themselves
    pages = sorted(
        p
        for p in DOCS.rglob("*.md")
        if "hooks" not in p.parts and generated not in p.parents and p.name != "changelog.md"
    )
    return [ROOT / "README.md", *pages]


def _one(pattern: str, text: str) -> re.Match[str]:
    """The single match of ``pattern`` (multi-line prose: any whitespace between words)."""
    found = list(re.finditer(pattern.replace(" ", r"\s+"), text))
    assert len(found) == 1, f"expected one sentence matching {pattern!r}, found {len(found)}"
    return found[0]


def _shared(path: str) -> Path:
    target = SHARED / path
    if not target.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{target} is missing (CI must have ../shared)")
        pytest.skip(f"{target} is not available here")
    return target


def _table_rows(text: str) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        if line.startswith("|") and not re.match(r"^\|\s*-", line):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def _number(text: str) -> int:
    return int(text.replace(",", ""))


_CN_NUMERALS = "零一二三四五六七八九"


def _article_zh(n: int) -> str:
    """``第八十五条`` for 85, as the texts number their articles (十条, 一百零五条, 一百一十条)."""
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = f"{_CN_NUMERALS[hundreds]}百" if hundreds else ""
    if tens:
        out += "十" if tens == 1 and not hundreds else f"{_CN_NUMERALS[tens]}十"
    elif hundreds and ones:
        out += "零"
    if ones:
        out += _CN_NUMERALS[ones]
    return f"第{out}条"


def _article(law_file: Path, n: int) -> list[list[str]]:
    """The paragraphs (款) of article ``n``, each a list of its lines: the paragraph's own, then its items (项)."""
    text = law_file.read_text(encoding="utf-8")
    heading = re.search(rf"^{_article_zh(n)}[ \u3000]", text, re.MULTILINE)
    assert heading is not None, f"{law_file.name} has no {_article_zh(n)}"
    following = re.search(
        r"^第[零一二三四五六七八九十百]+条[ \u3000]|^#", text[heading.end() :], re.MULTILINE
    )
    body = text[heading.start() : heading.end() + following.start()] if following else text[heading.start() :]
    paragraphs: list[list[str]] = []
    for line in (raw.strip() for raw in body.splitlines()):
        if not line:
            continue
        if re.match(r"^[（(][一二三四五六七八九十]+[）)]", line) and paragraphs:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return paragraphs


#: Every law the prose names before an article number, and its file (the year picks the penalty law's text).
_CITED_LAWS = {
    "民法典": "civil-code-general-part-periods-2020.md",
    "行政处罚法": "administrative-penalty-law-2021.md",
    "行政处罚法 2017": "administrative-penalty-law-2017.md",
    "行政复议法": "administrative-reconsideration-law-2023.md",
    "行政强制法": "administrative-compulsion-law-2011.md",
    "行政许可法": "administrative-licensing-law-2019.md",
    "政府信息公开条例": "government-information-disclosure-regulation-2019.md",
    "信访工作条例": "petition-work-regulation-2022.md",
    "713号令": "major-decision-procedure-regulation-2019.md",
    "重大行政决策程序暂行条例": "major-decision-procedure-regulation-2019.md",
    "全国年节及纪念日放假办法": "holiday-regulation-2024-art2.md",
}


_WORDS = {"two": 2, "three": 3, "five": 5, "seven": 7, "ten": 10, "fifteen": 15, "twenty": 20}
