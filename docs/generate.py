"""Write the pages of the site that are generated from the code, before a build: ``python docs/generate.py``.

The two profile pages (``docs/profiles/<name>.md``) come from the built-in rule profiles. MkDocs also
generates them in its hook (``docs/hooks/xingzheng_docs.py``, which replaces a stale file with fresh
content); Zensical, Material's successor, runs no MkDocs hooks and reads the files this script writes. So
the site builds with either, after this script:

    python docs/generate.py && mkdocs build --strict
    python docs/generate.py && zensical build --strict

The generated files are not committed (``.gitignore``). ``--check`` reports files that differ from what
would be written, and exits 1 if any does.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

DOCS = Path(__file__).resolve().parent


def _hook() -> ModuleType:
    """The MkDocs hook module, loaded from its file (the page renderers live there, shared by both builds)."""
    spec = importlib.util.spec_from_file_location("xingzheng_docs", DOCS / "hooks" / "xingzheng_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pages() -> dict[Path, str]:
    """Every generated page: its path under ``docs/`` and its text."""
    hook = _hook()
    return {DOCS / path: text for path, text in hook.generated_pages().items()}


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for path, text in pages().items():
        if check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(DOCS.parent)}")
    for path in stale:
        print(f"stale: {path.relative_to(DOCS.parent)} (run python docs/generate.py)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
