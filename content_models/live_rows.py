"""A live row changes only through the gate.

Wagtail and wagtail-localize write into the database row of a page or snippet before they
publish it: the create view inserts a new page as live, wagtail-localize saves translated
fields into the existing (live) translation before its publish runs. The row is what
citizens see (the rendered page, search, the sitemap), so those writes must not depend on
the gate refusing in time.

Models citizens read mix in `GuardedRow`. Its `save()` asks the guard installed by
`content_models.gate.install()`; this module imports no model, so models.py can use it.
"""

_guard = None


def install(guard):
    """`guard(obj, save_kwargs)` may change `obj.live` or narrow `save_kwargs['update_fields']`."""
    global _guard
    _guard = guard


class GuardedRow:
    def save(self, *args, **kwargs):
        if _guard is not None:
            _guard(self, kwargs)
        return super().save(*args, **kwargs)
