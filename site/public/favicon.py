"""/favicon.ico: the header's "H" on a teal tile, drawn with Pillow (the SVG is static/favicon.svg).

Browsers ask for /favicon.ico on every site, whatever the page links to; without it each
visit logs a 404. Drawn once per process and served with a long cache lifetime.
"""

import functools
import io

from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from PIL import Image, ImageDraw

TEAL = (0, 104, 107)
WHITE = (255, 255, 255)
# The letter H on a 40 x 40 grid, as in the header's logo: two posts and a bar.
H_PARTS = [(11, 9, 16, 31), (24, 9, 29, 31), (16, 18, 24, 22)]


@functools.cache
def favicon_ico() -> bytes:
    scale = 4
    image = Image.new("RGBA", (40 * scale, 40 * scale), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, 40 * scale - 1, 40 * scale - 1), radius=8 * scale, fill=TEAL)
    for left, top, right, bottom in H_PARTS:
        draw.rectangle(
            (left * scale, top * scale, right * scale - 1, bottom * scale - 1), fill=WHITE
        )
    buffer = io.BytesIO()
    image.save(buffer, format="ICO", sizes=[(16, 16), (32, 32), (48, 48)])
    return buffer.getvalue()


@require_safe
@cache_control(public=True, max_age=7 * 24 * 3600)
def favicon(request):
    return HttpResponse(favicon_ico(), content_type="image/x-icon")
