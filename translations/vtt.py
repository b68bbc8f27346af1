"""A WebVTT captions file must really be captions: the WEBVTT header and at least one cue."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CUE_TIMING = re.compile(
    r"^(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}\s+-->\s+(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}", re.MULTILINE
)
MAX_BYTES = 1_000_000


def webvtt_problem(data: bytes) -> str | None:
    """The Dutch reason why `data` is not usable as captions, or None when it is."""
    if len(data) > MAX_BYTES:
        return _("Het bestand met ondertiteling is te groot. Het mag maximaal 1 MB zijn.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _("Sla het bestand met ondertiteling op als UTF-8 en probeer het opnieuw.")
    first_line = text.split("\n", 1)[0].rstrip("\r")
    # The spec allows text after "WEBVTT" only after a space or tab.
    if not (first_line == "WEBVTT" or first_line.startswith(("WEBVTT ", "WEBVTT\t"))):
        return _(
            "Dit is geen goed bestand met ondertiteling. "
            "De eerste regel moet WEBVTT zijn. Kies een .vtt-bestand."
        )
    if not CUE_TIMING.search(text):
        return _(
            "Er staat geen ondertiteling in dit bestand. "
            "Zet in het bestand minstens één tijd met tekst, "
            "bijvoorbeeld: 00:00.000 --> 00:04.000."
        )
    return None


CUE_TAG = re.compile(r"<[^>]*>")


def caption_text(file) -> str:
    """The words a viewer reads in the captions, cue after cue, without timings and tags."""
    if not file:
        return ""
    try:
        data = _read(file)
    except (OSError, ValueError):
        return ""
    text = data.decode("utf-8-sig", errors="replace") if isinstance(data, bytes) else data
    words = []
    # A cue is the lines after its timing line. Blocks without one (the header, NOTE,
    # STYLE, REGION) show nothing; a timing line right under "WEBVTT" does start a cue.
    for cue in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = cue.strip().split("\n")
        timing = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if timing is None:
            continue
        words += [CUE_TAG.sub("", line).strip() for line in lines[timing + 1 :]]
    return " ".join(word for word in words if word)


def _read(file) -> bytes | str:
    """The file's first bytes, leaving the field file as it was (open, closed or not saved)."""
    if not getattr(file, "_committed", True):
        return _peek(file.file)
    with file.storage.open(file.name, "rb") as handle:
        return handle.read(MAX_BYTES + 1)


def _peek(file) -> bytes | str:
    """The first bytes of an open file, its position left where it was."""
    position = file.tell() if hasattr(file, "tell") else None
    file.seek(0)
    data = file.read(MAX_BYTES + 1)
    if position is not None:
        file.seek(position)
    return data


def validate_webvtt(file):
    if not file:
        return
    data = _peek(file)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if problem := webvtt_problem(data):
        raise ValidationError(problem, code="invalid_webvtt")
