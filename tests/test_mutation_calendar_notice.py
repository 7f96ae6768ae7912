"""Tests that kill mutants of the State Council notice importer (calendar/notice.py, _notice_lunar.py).

Issue 22 (mutation testing, docs/testing.md): each test asserts behaviour a caller can observe, on the
reference notices in ../shared/calendar-notices.
"""

from __future__ import annotations

import datetime as dt

from _notice_support import read_notice
from xingzheng.calendar.notice import parse_notice


def test_the_2020_notice_header_and_blocks() -> None:
    a = parse_notice(read_notice("2020.md"))
    assert a.year == 2020
    assert a.document_number == "国办发明电〔2019〕16号"
    assert a.signed_on == dt.date(2019, 11, 21)
    assert a.issuer == "国务院办公厅"
    assert a.title == "国务院办公厅关于2020年部分节假日安排的通知"
    assert a.festivals_announced == ("元旦", "春节", "清明节", "劳动节", "端午节", "国庆节", "中秋节")
    assert not a.is_amendment
    assert [b.item for b in a.blocks] == ["一", "二", "三", "四", "五", "六"]
    assert a.blocks[5].festivals == ("国庆节", "中秋节")
    assert a.adjusted_workdays == (
        dt.date(2020, 1, 19), dt.date(2020, 2, 1), dt.date(2020, 4, 26), dt.date(2020, 5, 9),
        dt.date(2020, 6, 28), dt.date(2020, 9, 27), dt.date(2020, 10, 10),
    )
