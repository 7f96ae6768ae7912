"""The package surface: every exported name resolves, and `import xingzheng` stays light."""

from __future__ import annotations

import subprocess
import sys

import xingzheng


def test_every_exported_name_resolves() -> None:
    missing = [name for name in xingzheng.__all__ if not hasattr(xingzheng, name)]
    assert missing == []
    assert sorted(xingzheng.__all__) == sorted(set(xingzheng.__all__))


def test_import_does_not_load_the_heavy_rooms() -> None:
    # Structural, not a timing: the converter (cattrs), the models and the profiles load on first use.
    code = (
        "import sys, xingzheng; "
        "heavy = [m for m in ('cattrs', 'xingzheng.io', 'xingzheng.model', 'xingzheng.rules', 'xingzheng.checks') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""
