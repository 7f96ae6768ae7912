"""`check`, `check_all`, the reports and the shared helpers of `checks/` (`_common`, `_clock`, `links`):
their observable behaviour pinned so that a changed comparison or word is caught (issue 22, mutation
testing; docs/testing.md)."""

from __future__ import annotations

import pytest

from xingzheng import check


def test_a_value_that_is_no_record_is_refused_in_both_languages() -> None:
    with pytest.raises(TypeError) as info:
        check(3.5)
    assert str(info.value) == "不是可检查的记录：float / not a record xingzheng can check: float"
