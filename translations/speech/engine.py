"""espeak-ng turns text into a WAV; a Debian encoder makes it small enough to serve.

Ogg/Opus (opusenc, from opus-tools) is about a tenth of the WAV at speech quality and
plays in every current browser; MP3 (lame) is the second choice; WAV when neither is
installed. All three are Debian packages that dev.py installs.
"""

import io
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

ESPEAK = "espeak-ng"
# espeak-ng's voice for each site language.
VOICES = {"nl": "nl", "en": "en-gb", "ar": "ar", "tr": "tr", "pl": "pl", "uk": "uk"}
# Words per minute: espeak-ng's default (175) is fast for readers who listen to learn.
DEFAULT_RATE = 150


class SpeechUnavailable(RuntimeError):
    """espeak-ng is not installed, has no voice for the language, or failed."""


@dataclass(frozen=True)
class Audio:
    data: bytes
    extension: str
    mime_type: str
    duration: float  # seconds


def available() -> bool:
    return shutil.which(ESPEAK) is not None


def voice_for(language: str) -> str:
    try:
        return VOICES[language]
    except KeyError:
        raise SpeechUnavailable(f"no espeak-ng voice configured for {language!r}") from None


def _run(command, *, stdin=None, timeout):
    try:
        result = subprocess.run(  # noqa: S603  (fixed program, arguments built here)
            command, input=stdin, capture_output=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SpeechUnavailable(f"{command[0]} failed: {error}") from error
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip()[:200]
        raise SpeechUnavailable(f"{command[0]} exited with {result.returncode}: {message}")
    return result


def wav(text: str, language: str) -> bytes:
    """The text spoken by espeak-ng, as WAV bytes (16-bit mono, 22,050 Hz)."""
    if not available():
        raise SpeechUnavailable("espeak-ng is not installed")
    rate = getattr(settings, "HELDER_SPEECH_RATE", DEFAULT_RATE)
    # A generous limit: espeak-ng speaks a 3,000-word page in about a second.
    timeout = 30 + len(text) / 200
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "speech.wav"
        _run(
            [ESPEAK, "-v", voice_for(language), "-s", str(rate), "-b", "1", "-w", str(target)],
            stdin=text.encode("utf-8"),
            timeout=timeout,
        )
        return target.read_bytes()


def wav_duration(data: bytes) -> float:
    with wave.open(io.BytesIO(data)) as sound:
        return sound.getnframes() / sound.getframerate()


def _encode(data: bytes, command, suffix: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "in.wav", Path(folder) / f"out{suffix}"
        source.write_bytes(data)
        _run([*command, str(source), str(target)], timeout=60 + len(data) / 100_000)
        return target.read_bytes()


def compress(data: bytes) -> tuple[bytes, str, str]:
    """(bytes, extension, MIME type): Ogg/Opus, else MP3, else the WAV itself."""
    if shutil.which("opusenc"):
        encoded = _encode(
            data, ["opusenc", "--quiet", "--speech", "--bitrate", "24", "--comp", "3"], ".ogg"
        )
        return encoded, "ogg", "audio/ogg"
    if shutil.which("lame"):
        return (
            _encode(data, ["lame", "--quiet", "-m", "m", "-b", "48"], ".mp3"),
            "mp3",
            "audio/mpeg",
        )
    return data, "wav", "audio/wav"


def synthesize(text: str, language: str) -> Audio:
    """Speak `text` in `language`; raises SpeechUnavailable when it cannot."""
    raw = wav(text, language)
    duration = wav_duration(raw)
    data, extension, mime_type = compress(raw)
    return Audio(data, extension, mime_type, duration)
