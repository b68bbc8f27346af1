"""A small placeholder sign-language video for the demo, made on the spot.

A few drawn frames encoded to WebM by the ffmpeg binary that the imageio-ffmpeg wheel
ships; nothing is downloaded. It is labelled "voorbeeldopname" wherever it is shown.
The read-aloud is not a placeholder: it is generated speech (translations/speech/).
"""

import math
import subprocess
import tempfile
from pathlib import Path

RATE = 8000


def sign_video_webm(seconds: int = 6) -> bytes | None:
    """A tiny WebM (VP9) of drawn frames, or None when no ffmpeg binary is available."""
    try:
        import imageio_ffmpeg
        from PIL import Image, ImageDraw

        ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError):
        return None
    width, height, fps = 320, 240, 4
    with tempfile.TemporaryDirectory() as folder:
        for frame in range(seconds * fps):
            image = Image.new("RGB", (width, height), (0, 134, 138))
            draw = ImageDraw.Draw(image)
            x = 60 + int(40 * math.sin(frame / fps * math.pi))
            draw.ellipse((x, 70, x + 60, 130), fill=(255, 255, 255))  # a "hand" moving
            draw.text((10, 10), "Voorbeeldopname gebarentaal", fill=(255, 255, 255))
            image.save(Path(folder) / f"frame{frame:03d}.png")
        target = Path(folder) / "gebarentaal.webm"
        result = subprocess.run(  # noqa: S603  (fixed arguments, binary from the wheel)
            [
                ffmpeg, "-loglevel", "error", "-y", "-framerate", str(fps),
                "-i", str(Path(folder) / "frame%03d.png"),
                "-c:v", "libvpx-vp9", "-b:v", "100k", "-pix_fmt", "yuv420p", str(target),
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )  # fmt: skip
        if result.returncode != 0 or not target.exists():
            return None
        return target.read_bytes()
