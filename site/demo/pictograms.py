"""Simple pictograms for the demo content, drawn with Pillow (nothing is downloaded)."""

import io
import math

from PIL import Image, ImageDraw, ImageFont

SIZE = 320
INK = (0, 75, 143)
PAPER = (255, 255, 255)
LINE = 16


def _canvas():
    image = Image.new("RGB", (SIZE, SIZE), PAPER)
    return image, ImageDraw.Draw(image)


def _glyph(draw, text):
    font = ImageFont.load_default(size=170)
    draw.text((SIZE / 2, SIZE / 2), text, fill=INK, font=font, anchor="mm")


def euro(draw):
    # The bundled font has no euro sign, so it is drawn from an arc and two bars.
    draw.ellipse((30, 30, 290, 290), outline=INK, width=LINE)
    draw.arc((115, 85, 245, 235), start=45, end=315, fill=INK, width=LINE)
    draw.line((90, 140, 190, 140), fill=INK, width=12)
    draw.line((90, 180, 190, 180), fill=INK, width=12)


def vraagteken(draw):
    draw.ellipse((30, 30, 290, 290), outline=INK, width=LINE)
    _glyph(draw, "?")


def kalender(draw):
    draw.rectangle((40, 60, 280, 280), outline=INK, width=LINE)
    draw.rectangle((40, 60, 280, 110), fill=INK)
    for row in range(3):
        for col in range(4):
            x, y = 65 + col * 55, 135 + row * 45
            draw.rectangle((x, y, x + 28, y + 24), fill=INK)


def brief(draw):
    draw.rectangle((30, 80, 290, 250), outline=INK, width=LINE)
    draw.line((30, 80, 160, 180, 290, 80), fill=INK, width=LINE, joint="curve")


def telefoon(draw):
    draw.rounded_rectangle((100, 30, 220, 290), radius=24, outline=INK, width=LINE)
    draw.ellipse((145, 240, 175, 270), fill=INK)


def huis(draw):
    draw.polygon([(160, 40), (290, 150), (30, 150)], outline=INK, width=LINE)
    draw.rectangle((70, 150, 250, 280), outline=INK, width=LINE)
    draw.rectangle((140, 200, 180, 280), fill=INK)


def gesprek(draw):
    draw.rounded_rectangle((20, 40, 200, 150), radius=30, outline=INK, width=LINE)
    draw.polygon([(60, 150), (100, 150), (50, 190)], fill=INK)
    draw.rounded_rectangle((120, 170, 300, 280), radius=30, fill=INK)


def klok(draw):
    draw.ellipse((30, 30, 290, 290), outline=INK, width=LINE)
    draw.line((160, 160, 160, 80), fill=INK, width=LINE)
    draw.line((160, 160, 220, 190), fill=INK, width=LINE)


def zon(draw):
    # A sun for holidays: a disc with eight rays.
    draw.ellipse((105, 105, 215, 215), fill=INK)
    for index in range(8):
        angle = math.pi * index / 4
        inner, outer = 85, 140
        draw.line(
            (
                160 + inner * math.cos(angle),
                160 + inner * math.sin(angle),
                160 + outer * math.cos(angle),
                160 + outer * math.sin(angle),
            ),
            fill=INK,
            width=LINE,
        )


def koffer(draw):
    # A work bag: a body, a handle and a clasp.
    draw.rounded_rectangle((40, 110, 280, 270), radius=18, outline=INK, width=LINE)
    draw.rounded_rectangle((120, 60, 200, 118), radius=14, outline=INK, width=LINE)
    draw.line((40, 170, 280, 170), fill=INK, width=LINE)
    draw.rectangle((145, 155, 175, 190), fill=INK)


PICTOGRAMS = {
    draw_fn.__name__: draw_fn
    for draw_fn in (euro, vraagteken, kalender, brief, telefoon, huis, gesprek, klok, zon, koffer)
}


def render_png(name: str) -> bytes:
    """The pictogram `name` as PNG bytes."""
    image, draw = _canvas()
    PICTOGRAMS[name](draw)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
