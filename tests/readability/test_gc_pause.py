"""The collector is off only while an analysis runs, and its earlier state comes back."""

import gc
import threading

import pytest

from readability import analyze
from readability.gc_pause import paused_gc


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_collector_is_paused_inside_and_back_after(collector_on):
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer analysis still runs
    assert gc.isenabled()


def test_collector_comes_back_after_an_error(collector_on):
    with pytest.raises(RuntimeError), paused_gc():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_an_application_that_disabled_the_collector_keeps_it_off(collector_on):
    gc.disable()
    analyze("Wij betalen uw uitkering elke maand. Heeft u vragen? Bel ons.")
    assert not gc.isenabled()


def test_analysis_leaves_the_collector_on(collector_on):
    analyze("Wij betalen uw uitkering elke maand. Heeft u vragen? Bel ons.")
    assert gc.isenabled()


def test_threads_overlapping_leave_the_collector_on(collector_on):
    inside = threading.Barrier(2)
    seen = []

    def work():
        with paused_gc():
            inside.wait(timeout=10)
            seen.append(gc.isenabled())
            inside.wait(timeout=10)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [False, False]
    assert gc.isenabled()
