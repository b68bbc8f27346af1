"""Process-local memos: a change in one worker reaches every worker."""

from django.core.cache import cache
from helder.memo import GenerationMemo


def test_forget_in_one_worker_drops_the_values_of_another():
    # Two memos with one name stand for the same memo in two worker processes.
    worker_a, worker_b = GenerationMemo("test-memo"), GenerationMemo("test-memo")
    worker_a.set("PW-1", "resolved")
    assert worker_a.get("PW-1") == "resolved"
    worker_b.forget()
    assert worker_a.get("PW-1") is None


def test_a_cleared_or_evicted_generation_starts_afresh():
    memo = GenerationMemo("test-memo")
    memo.set("PW-1", "resolved")
    cache.clear()
    assert memo.get("PW-1") is None


def test_memos_with_other_names_keep_their_values():
    tokens, letters = GenerationMemo("test-tokens"), GenerationMemo("test-letters")
    tokens.set("hash", "token")
    letters.forget()
    assert tokens.get("hash") == "token"


def test_current_gives_a_generation_and_its_values_together():
    memo = GenerationMemo("test-memo")
    memo.set("route", "page")
    generation, values = memo.current()
    assert values == {"route": "page"}
    memo.forget()
    new_generation, new_values = memo.current()
    assert new_generation != generation
    assert new_values == {}
