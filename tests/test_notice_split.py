"""The split of `calendar/notice.py` into `notice.py`, `_notice_model.py` and `_notice_text.py`: every name
importable from `xingzheng.calendar.notice` before stays importable (the same objects), the reference page
renders the same members in the same order, the dependencies run one way, and the modules stay lazy."""

from __future__ import annotations

import ast
import pickle
import re
import subprocess
import sys
from pathlib import Path

import xingzheng
from _notice_support import notice_texts
from xingzheng.calendar import notice

ROOT = Path(__file__).resolve().parents[1]
CALENDAR = ROOT / "src" / "xingzheng" / "calendar"

# The public names `dir(xingzheng.calendar.notice)` listed before the split, less the typing and stdlib
# helpers it imported (Any, Iterable, dt, re…) and `HolidayName` (imported there, defined in `_names`).
BEFORE = {
    "Arrangement", "CalendarView", "ExtendHoliday", "ExtensibleCalendar", "FESTIVAL_NAMES",
    "FestivalArrangement", "MAX_BLOCK_DAYS", "MAX_WORKDAY_DISTANCE", "NoticeNote", "ReplaceFestival",
    "calendar_with_notices", "merge_notices", "parse_notice",
}  # fmt: skip
# The reference page's order before the split (members_order: source, all defined in one file).
DOC_ORDER = [
    "CalendarView", "ExtensibleCalendar", "FestivalArrangement", "ReplaceFestival", "ExtendHoliday",
    "NoticeNote", "Arrangement", "parse_notice", "merge_notices", "calendar_with_notices",
]  # fmt: skip


def test_every_name_importable_before_the_split_still_is() -> None:
    assert {name for name in dir(notice) if not name.startswith("_")} >= BEFORE
    assert notice.FESTIVAL_NAMES[:7] == ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
    assert (notice.MAX_BLOCK_DAYS, notice.MAX_WORKDAY_DISTANCE) == (31, 14)
    for name in set(notice.__all__) - {"CalendarView", "ExtensibleCalendar"}:  # protocols: not top level
        assert getattr(xingzheng, name) is getattr(notice, name), name


def test_the_reference_page_lists_every_public_name_in_the_order_it_had() -> None:
    page = (ROOT / "docs" / "reference" / "calendar.md").read_text(encoding="utf-8")
    block = page.split("::: xingzheng.calendar.notice\n", 1)[1].split("\n\n", 1)[0]
    listed = re.findall(r"^\s+- (\w+)$", block, flags=re.MULTILINE)
    assert listed == DOC_ORDER
    assert sorted(listed) == sorted(notice.__all__)


def _imports(path: Path) -> set[str]:
    """The `xingzheng.calendar` modules a file imports at its top level."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("xingzheng.calendar"):
            found.add(node.module if node.module != "xingzheng.calendar" else node.names[0].name)
    return found


def test_dependencies_run_one_way_and_no_file_is_over_800_lines() -> None:
    assert _imports(CALENDAR / "_notice_model.py") == {"_notice_lunar", "xingzheng.calendar._names"}
    assert _imports(CALENDAR / "_notice_text.py") == {"_notice_lunar", "xingzheng.calendar._notice_model"}
    assert _imports(CALENDAR / "notice.py") == {
        "_notice_lunar",
        "xingzheng.calendar._notice_model",
        "xingzheng.calendar._notice_text",
    }
    for name in ("notice.py", "_notice_model.py", "_notice_text.py"):
        assert len((CALENDAR / name).read_text(encoding="utf-8").splitlines()) < 800, name


def test_the_notice_modules_load_only_when_used() -> None:
    code = (
        "import sys, xingzheng\n"
        "print(sorted(m for m in sys.modules if 'notice' in m))\n"
        "xingzheng.parse_notice\n"
        "print(sorted(m for m in sys.modules if 'notice' in m))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    before, after = out.splitlines()
    assert before == "[]"
    assert after == str(
        [
            "xingzheng.calendar._notice_lunar",
            "xingzheng.calendar._notice_model",
            "xingzheng.calendar._notice_text",
            "xingzheng.calendar.notice",
        ]
    )


def test_an_arrangement_pickles_and_the_old_path_resolves_its_classes() -> None:
    annual, amendment = notice_texts(2020)[:2]  # the 2020 Spring Festival extension
    for arrangement in (notice.parse_notice(annual), notice.parse_notice(amendment)):
        assert pickle.loads(pickle.dumps(arrangement)) == arrangement
    assert any(isinstance(c, notice.ExtendHoliday) for c in notice.parse_notice(amendment).changes)
    # A pickle written before the split names `xingzheng.calendar.notice.<class>` (protocol 0 spells the
    # module out on its own line): it still resolves to the same class.
    for name in ("Arrangement", "FestivalArrangement", "ReplaceFestival", "ExtendHoliday", "NoticeNote"):
        cls = getattr(notice, name)
        data = pickle.dumps(cls, protocol=0)
        old = data.replace(f"{cls.__module__}\n".encode(), b"xingzheng.calendar.notice\n")
        assert old != data
        assert pickle.loads(old) is cls
