"""The site's sources rendered for builds that run no MkDocs hooks (Zensical): nothing left unrendered.

`docs/generate.py --render DIR` writes every page with its markers (rule tables, command outputs,
examples) and inline numbers (``{{ value … }}``) rendered by the same code as the MkDocs hook.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _generate() -> object:
    spec = importlib.util.spec_from_file_location("docs_generate", ROOT / "docs" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rendering_leaves_no_marker_and_writes_a_config_without_hooks() -> None:
    generate = _generate()
    target = ROOT / "build" / "docs-test-render"
    try:
        yml = generate.render(target)  # type: ignore[attr-defined]
        pages = sorted(target.rglob("*.md"))
        assert len(pages) > 20
        for page in pages:
            text = page.read_text(encoding="utf-8")
            # Markers other than the docs-test ones (kept for the example runner) are all rendered.
            assert not re.search(r"^<!--\s*xingzheng:(?!docs-test)", text, re.MULTILINE), page
            # Inline numbers are rendered, except where a page quotes the syntax in inline code.
            assert not re.search(r"(?<!`)\{\{\s*(value|value_zh|cite)\s", text), page
        assert (target / "profiles" / "national.md").is_file()
        rules = (target / "procedures" / "normative-documents.md").read_text(encoding="utf-8")
        assert "N3.comment-period-too-short" in rules  # the generated finding table
        config = yml.read_text(encoding="utf-8")
        assert "docs_dir: build/docs-test-render" in config and "hooks:" not in config
    finally:
        import shutil

        shutil.rmtree(target, ignore_errors=True)
        (ROOT / "mkdocs.rendered.yml").unlink(missing_ok=True)
