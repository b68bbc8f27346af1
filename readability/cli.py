"""Command line: ``python -m readability check [--max-level B1] [--lang nl]
[--format text|json] [--content-type NAME] PATH... | -``.

Exit codes: 0 every input passes, 1 any input does not pass (blocked, or "human_check": a
text in the grey zone needs a person's B1 check before it may be published, so it does
not pass on its own), 2 usage or input error (unreadable file, binary file, invalid
UTF-8), with a one-line message on stderr. The JSON output's ``verdict`` tells a block
from a human check.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from readability.cefr import LEVELS
from readability.engine import analyze
from readability.policy import PRESETS, Policy


class InputError(Exception):
    """An input that cannot be read as UTF-8 text."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line on stderr, exit 2
        raise InputError(f"usage error: {message}")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m readability", description="Dutch B1 readability check")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="check files (or - for stdin)")
    c.error = p.error  # type: ignore[method-assign]
    c.add_argument("paths", nargs="+", metavar="PATH")
    c.add_argument("--max-level", default=None, type=str.upper, choices=LEVELS)
    c.add_argument("--lang", default="nl")
    c.add_argument("--format", default="text", choices=("text", "json"))
    c.add_argument("--content-type", default=None, choices=sorted(PRESETS))
    return p


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start})") from None


def _read(path: str, stdin) -> str:
    if path == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
        return _decode(data.encode("utf-8") if isinstance(data, str) else data, "stdin")
    try:
        with open(path, "rb") as fh:
            return _decode(fh.read(), path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror or exc})") from None


def _format_text(path: str, report) -> str:
    verdict = {"pass": "OK", "human_check": "B1-TOETS DOOR EEN MENS"}.get(
        report.verdict, "GEBLOKKEERD"
    )
    level = report.level or "onbekend"
    lines = [f"{path}: niveau {level}, {verdict} ({report.word_count} woorden)"]
    for note in report.notes:
        lines.append(f"  let op: {note}")
    for f in report.findings:
        where = f"blok {f.block}, " if f.block is not None else ""
        lines.append(f"  [{f.severity}] {where}{f.start}-{f.end} {f.rule}: {f.message}")
        if f.excerpt:
            lines.append(f'      "{f.excerpt[:120]}"')
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, stdin=None, stdout=None, stderr=None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
        texts = [(path, _read(path, stdin)) for path in args.paths]
    except InputError as exc:
        print(f"readability: {exc}", file=stderr)
        return 2
    overrides = {"max_level": args.max_level} if args.max_level else {}
    if args.content_type:
        policy = Policy.for_content_type(args.content_type, **overrides)
    else:
        policy = Policy(**overrides)
    results = []
    for path, text in texts:
        if path.lower().endswith((".html", ".htm")) and "<" not in text:
            text = f"<p>{text}</p>"  # still HTML: parse entities the HTML way
        results.append((path, analyze(text, lang=args.lang, policy=policy)))
    if args.format == "json":
        payload = [
            {
                "path": path,
                "level": r.level,
                "score": r.score,
                "passes": r.passes,
                "verdict": r.verdict,
                "findings": [f.to_dict() for f in r.findings],
            }
            for path, r in results
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=stdout)
    else:
        for path, r in results:
            print(_format_text(path, r), file=stdout)
    return 0 if all(r.passes for _, r in results) else 1
