"""Words for tests that hold a rule applied to a whole vocabulary against its per-form rule."""

from readability.lexicon import frequency_table


def words_of_every_band(common: int = 2_000, step: int = 30) -> list[str]:
    """The ``common`` most frequent Dutch words, every ``step``-th word after them down to
    the rarest band (compounds that need splitting, words right at the rare boundary), and
    a capitalised form of every seventh."""
    table = list(frequency_table("nl"))
    words = table[:common] + table[common::step]
    return words + [w.capitalize() for w in words[::7]]
