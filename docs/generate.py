"""Write the pages of the site that are generated from the code, before a build: ``python docs/generate.py``.

The two profile pages (``docs/profiles/<name>.md``) come from the built-in rule profiles. MkDocs also
generates them in its hook (``docs/hooks/xingzheng_docs.py``, which replaces a stale file with fresh
content); Zensical, Material's successor, runs no MkDocs hooks and reads the files this script writes. So
the site builds with either, after this script:

    python docs/generate.py && mkdocs build --strict
    python docs/generate.py && zensical build --strict

The generated files are not committed (``.gitignore``). ``--check`` reports files that differ from what
would be written, and exits 1 if any does.

The pages also hold markers (``<!-- xingzheng:rule-table … -->``, command outputs, examples) and inline
numbers (``{{ value … }}``) that the MkDocs hook renders. ``--render DIR`` writes the whole site's sources
to ``DIR`` (inside the repository) with every marker rendered, and ``mkdocs.rendered.yml`` at the root
(``mkdocs.yml`` reading ``DIR``, with no hooks), so that a build that runs no hooks shows the same tables
and numbers:

    python docs/generate.py --render build/docs && zensical build --strict -f mkdocs.rendered.yml
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


def render(target: Path) -> Path:
    """Write every source page to ``target`` with its markers rendered, and ``mkdocs.rendered.yml``; return it."""
    import shutil

    hook = _hook()
    if target.exists():
        shutil.rmtree(target)
    for source in sorted(DOCS.rglob("*")):
        relative = source.relative_to(DOCS)
        if source.is_dir() or relative.parts[0] in ("hooks", "__pycache__") or source.name == "generate.py":
            continue
        out = target / relative
        out.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix == ".md":
            out.write_text(hook.render_markdown(source.read_text(encoding="utf-8"), relative.as_posix()), encoding="utf-8")
        else:
            shutil.copyfile(source, out)
    for path, text in hook.generated_pages().items():  # fresh, whatever is on disk
        out = target / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(hook.render_markdown(text, path), encoding="utf-8")
    config = (DOCS.parent / "mkdocs.yml").read_text(encoding="utf-8")
    # Relative to the root, where the config lies (Zensical wants its docs below the config's folder).
    docs_dir = target.relative_to(DOCS.parent).as_posix()
    config = config.replace("docs_dir: docs\n", f"docs_dir: {docs_dir}\n", 1)
    config = config.replace("hooks:\n  - docs/hooks/xingzheng_docs.py\n", "", 1)
    if f"docs_dir: {docs_dir}" not in config or "xingzheng_docs.py" in config:
        raise SystemExit("docs/generate.py: mkdocs.yml no longer has the docs_dir / hooks lines it rewrites")
    yml = DOCS.parent / "mkdocs.rendered.yml"
    yml.write_text(config, encoding="utf-8")
    return yml


def main(argv: list[str]) -> int:
    if "--render" in argv:
        index = argv.index("--render")
        if index + 1 >= len(argv):
            print("usage: python docs/generate.py --render DIR", file=sys.stderr)
            return 2
        yml = render(Path(argv[index + 1]).resolve())
        print(f"wrote {yml}")
        return 0
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
