"""Pause Python's cyclic garbage collector while one analysis runs.

An analysis builds tens of thousands of small, long-lived objects (words, sentences,
findings) and creates no reference cycles of note. With the collector on, every few
hundred allocations trigger a collection that walks the young objects, and the surviving
ones are walked again in the older generations: about a quarter of the time of a large
analysis. Reference counting still frees everything as usual; the collector runs again
as soon as the last running analysis is done.

The switch is process-wide, so a counter keeps it off while any thread is analysing and
restores the collector's earlier state (an application may have disabled it itself).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0
_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _was_enabled:
                gc.enable()
