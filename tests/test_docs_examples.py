"""The documentation's code runs: every example in docs/ and the README, and every script in examples/.

- each ```python block of a page runs, in page order, in one namespace per page (cwd: the repository);
- each ```pycon block is a doctest: its outputs must match, so a number shown on the site is the
  number the code gives;
- a block preceded by the line ``<!-- docs-test: skip -->`` is not run (keep that rare);
- each ``examples/*.py`` runs as a subprocess and must exit 0;
- the Civil Code and other articles quoted on the concepts pages occur in the texts of ``laws/``.

The generated parts of the site (rule tables, command output) are checked by ``mkdocs build --strict``,
which fails on any error of ``docs/hooks/xingzheng_docs.py``.
"""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples"
LAWS = ROOT.parent / "shared" / "laws"

_FENCE = re.compile(
    r"(?P<skip><!--\s*docs-test:\s*skip\s*-->\s*\n)?^(?P<indent>[ \t]*)```(?P<lang>python|pycon)[^\n]*\n(?P<body>.*?)^(?P=indent)```",
    re.MULTILINE | re.DOTALL,
)


def _pages() -> list[Path]:
    pages = sorted(p for p in DOCS.rglob("*.md") if "hooks" not in p.relative_to(DOCS).parts)
    return [*pages, ROOT / "README.md"]


def _blocks(page: Path) -> list[tuple[int, str, str, bool]]:
    """``(line, lang, code, skip)`` for each python / pycon block of the page."""
    text = page.read_text(encoding="utf-8")
    found = []
    for match in _FENCE.finditer(text):
        indent = match["indent"]
        body = "".join(
            line[len(indent) :] if line.startswith(indent) else line
            for line in match["body"].splitlines(True)
        )
        line = text.count("\n", 0, match.start("body")) + 1
        found.append((line, match["lang"], body, match["skip"] is not None))
    return found


PAGES = [p for p in _pages() if _blocks(p)]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_page_code_runs(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs:{page.name}"}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for line, lang, code, skip in _blocks(page):
        if skip:
            continue
        where = f"{page.relative_to(ROOT)}:{line}"
        if lang == "python":
            try:
                exec(compile(code, where, "exec"), namespace)
            except Exception as exc:
                pytest.fail(f"{where}: the example raised {type(exc).__name__}: {exc}")
        else:
            test = parser.get_doctest(code, namespace, where, str(page), line)
            report: list[str] = []
            result = runner.run(test, out=report.append, clear_globs=False)
            namespace.update(test.globs)  # DocTest works on a copy: carry its names to the next block
            assert result.failed == 0, f"{where}: {result.failed} doctest example(s) failed:\n" + "".join(
                report
            )


def test_docs_have_examples() -> None:
    # Guards the extraction itself: the pages keep their examples.
    assert len(PAGES) >= 4
    assert sum(len(_blocks(p)) for p in PAGES) >= 15


SCRIPTS = sorted(EXAMPLES.glob("*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_example_script_runs(script: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, str(script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, f"{script.name} exited {result.returncode}:\n{result.stderr}"
    assert result.stdout.strip(), f"{script.name} printed nothing"


def test_examples_exist() -> None:
    names = {p.name for p in SCRIPTS}
    assert {"deadlines.py", "calendar_supplement.py"} <= names


def _normalise(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def test_quoted_articles_match_the_laws() -> None:
    if not LAWS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{LAWS} is missing (CI must have ../shared)")
        pytest.skip(f"{LAWS} is not available here")
    corpus = _normalise("".join(p.read_text(encoding="utf-8") for p in LAWS.glob("*.md")))
    quotes = []
    for page in (DOCS / "concepts").glob("*.md"):
        for line in page.read_text(encoding="utf-8").splitlines():
            if line.startswith("> 第") or line.startswith("> 按照") or line.startswith("> 期间"):
                quotes.append((page.name, line[2:]))
    assert len(quotes) >= 8
    for name, quote in quotes:
        assert _normalise(quote) in corpus, f"{name}: not found in laws/: {quote}"
