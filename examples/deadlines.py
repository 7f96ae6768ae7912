"""Compute deadlines the Civil Code's way: working days, calendar days rolled off rest days, months.

Every period comes from a rule profile (with its citation), never from a number typed here. Run::

    python examples/deadlines.py
"""

from __future__ import annotations

import datetime as dt

from xingzheng import deadline, default_calendar, latest_notice_day, load_profile


def main() -> None:
    calendar = default_calendar()
    dagang = load_profile("tianjin-binhai-dagang")
    national = load_profile("national")

    # A normative document's comment period (seed: at least 7 working days), opened before National Day.
    opened = dt.date(2020, 9, 28)
    comment = dagang.get("normative_document.comment_period.min", on=opened)
    closes = deadline(opened, comment.period(), calendar)
    print(f"征求意见 / comment period: {comment.text()}")
    print(f"  opened {opened}, may close no earlier than {closes.due}")
    assert calendar.workdays_between(opened, closes.due) == comment.value

    # A major decision's comment period (713号令 Art. 15: at least 30 days), rolled off the holiday.
    opened = dt.date(2020, 9, 3)
    decision_comment = national.get("major_decision.comment_period.min", on=opened)
    closes = deadline(opened, decision_comment.period(), calendar)
    print(
        f"重大行政决策征求意见 / decision comment period: {decision_comment.value} {decision_comment.unit.value}"
    )
    print(closes.explain())

    # A hearing request in a penalty case: the unit changed on 2021-07-15 (3 days -> 5 working days).
    for notified in (dt.date(2020, 9, 29), dt.date(2021, 9, 29)):
        limit = national.get("enforcement.hearing_request_period.max", on=notified)
        due = deadline(notified, limit.period(), calendar).due
        print(f"听证申请 / hearing request, notified {notified}: {limit.period()} -> by {due}")

    # "7 working days before the hearing": the latest day to notify the party (neither day counted).
    hearing = dt.date(2022, 10, 20)
    notice = national.get("enforcement.hearing_notice_period.min", on=hearing)
    print(
        f"听证通知 / hearing on {hearing}: notify by {latest_notice_day(hearing, notice.period(), calendar)}"
    )

    # A review clock of 15 working days from the materials-complete date, and how many have passed.
    complete = dt.date(2020, 4, 28)
    ceiling = dagang.get("normative_document.review_period.max", on=complete)
    due = deadline(complete, ceiling.period(), calendar).due
    as_of = dt.date(2020, 5, 8)
    print(f"审核时限 / review ceiling {ceiling.period()}: due {due}; "
          f"{calendar.workdays_between(complete, as_of)} working days used by {as_of}")  # fmt: skip


if __name__ == "__main__":
    main()
