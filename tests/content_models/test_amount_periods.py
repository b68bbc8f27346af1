import datetime
from decimal import Decimal

from content_models.amount_periods import Period, amount_on, period_problems

D = datetime.date


def period(amount, start, end=None):
    return Period(amount=Decimal(amount), start=start, end=end)


JAN = period("1401.50", D(2027, 1, 1), D(2027, 6, 30))
JUL = period("1432.10", D(2027, 7, 1))


def test_periods_that_follow_each_other_are_fine():
    assert period_problems([JUL, JAN]) == []


def test_an_overlap_is_named_on_the_later_period():
    late_end = period("1401.50", D(2027, 1, 1), D(2027, 7, 15))
    [(index, field, message)] = period_problems([late_end, JUL])
    assert (index, field) == (1, "start")
    assert "valt samen" in message


def test_an_open_period_before_another_overlaps():
    [(index, field, _message)] = period_problems([period("1", D(2027, 1, 1)), JUL])
    assert (index, field) == (1, "start")


def test_a_gap_names_the_day_the_period_should_start():
    [(index, field, message)] = period_problems([JAN, period("1432.10", D(2027, 8, 1))])
    assert (index, field) == (1, "start")
    assert "1 juli 2027" in message


def test_negative_amount_and_end_before_start():
    problems = period_problems([period("-5", D(2027, 3, 1), D(2027, 2, 1))])
    assert {(i, f) for i, f, _m in problems} == {(0, "amount"), (0, "end")}


def test_the_amount_on_a_day_and_the_coming_one():
    before = amount_on([JAN, JUL], D(2026, 12, 31))
    assert before.current is None and before.coming == JAN
    last_day = amount_on([JAN, JUL], D(2027, 6, 30))
    assert last_day.current == JAN and last_day.coming == JUL
    first_day = amount_on([JAN, JUL], D(2027, 7, 1))
    assert first_day.current == JUL and first_day.coming is None
