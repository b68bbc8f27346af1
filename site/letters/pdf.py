"""PDF/A-2b from the Word letter, with LibreOffice (Debian's libreoffice-writer-nogui).

LibreOffice lays out the same .docx the caseworker can download, so the PDF and the
Word file cannot drift apart. Starting LibreOffice takes seconds, so each worker process
keeps one running: a unoserver (LibreOffice's UNO bridge behind a small XML-RPC server)
started on first use on free loopback ports, with its own profile directory. Conversions
in one process are serialised (one LibreOffice does one document at a time); a crashed
instance is started again once. The document travels over loopback XML-RPC; unoserver
writes it to a temporary file for LibreOffice and deletes it after the conversion. That
file lives in a private (0700) folder in memory (/dev/shm) where the system has one, so a
letter does not reach a disk.

`HELDER_LETTERS_UNOSERVER = "host:port"` points at a shared unoserver instead.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from xmlrpc.client import Binary, Fault, ServerProxy

from django.conf import settings

PDF_FILTER_OPTIONS = [
    "SelectPdfVersion=2",  # PDF/A-2b
    "UseTaggedPDF=true",  # structure for screen readers
    "ExportBookmarks=false",
]
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's python3-uno lives here
START_TIMEOUT = 60


class PdfUnavailable(RuntimeError):
    """LibreOffice is missing or does not answer. Dutch message for the caller."""

    message = "Een PDF maken lukt nu niet. Probeer het later opnieuw, of download het Word-bestand."


class _Server:
    def __init__(self):
        self.lock = threading.Lock()
        self.process: subprocess.Popen | None = None
        self.address: tuple[str, int] | None = None
        self.profile: str | None = None
        self.scratch: str | None = None
        self.pid = None

    def client(self) -> ServerProxy:
        external = getattr(settings, "HELDER_LETTERS_UNOSERVER", "")
        if external:
            host, _, port = external.rpartition(":")
            return ServerProxy(f"http://{host}:{port}", allow_none=True)
        if self.process is None or self.process.poll() is not None or self.pid != os.getpid():
            self._start()
        host, port = self.address
        return ServerProxy(f"http://{host}:{port}", allow_none=True)

    def _start(self) -> None:
        self.stop()
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None or not Path(SYSTEM_PYTHON).exists():
            raise PdfUnavailable(
                "LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"
            )
        port, uno_port = _free_port(), _free_port()
        self.profile = tempfile.mkdtemp(prefix="helder-lo-")
        in_memory = "/dev/shm" if os.path.isdir("/dev/shm") else None
        self.scratch = tempfile.mkdtemp(prefix="helder-letters-", dir=in_memory)
        env = {**os.environ, "PYTHONPATH": _unoserver_path(), "HOME": self.profile}
        self.process = subprocess.Popen(
            [
                SYSTEM_PYTHON,
                "-m",
                "unoserver.server",
                "--interface",
                "127.0.0.1",
                "--port",
                str(port),
                "--uno-port",
                str(uno_port),
                "--executable",
                soffice,
                "--user-installation",
                self.profile,
                "--temp-dir",
                self.scratch,
                "--quiet",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.pid = os.getpid()
        self.address = ("127.0.0.1", port)
        deadline = time.monotonic() + START_TIMEOUT
        proxy = ServerProxy(f"http://127.0.0.1:{port}", allow_none=True)
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                proxy.info()
                return
            except (OSError, Fault):
                time.sleep(0.2)
        self.stop()
        raise PdfUnavailable("LibreOffice did not start")

    def stop(self) -> None:
        if self.process is not None and self.pid == os.getpid():
            # unoserver stops LibreOffice on SIGTERM, but LibreOffice's launcher (oosplash)
            # ignores it and would stay behind: end the whole process group after that.
            for sig in (signal.SIGTERM, signal.SIGKILL):
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(self.process.pid, sig)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self.process.wait(timeout=5)
        self.process = None
        for folder in (self.profile, self.scratch):
            if folder:
                shutil.rmtree(folder, ignore_errors=True)
        self.profile = self.scratch = None


_server = _Server()
atexit.register(_server.stop)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _unoserver_path() -> str:
    """A folder with only the unoserver package, for Debian's Python (which has `uno`)."""
    import unoserver

    package = Path(unoserver.__file__).resolve().parent
    tag = hashlib.sha256(str(package).encode()).hexdigest()[:12]
    folder = Path(tempfile.gettempdir()) / f"helder-unoserver-{os.getuid()}-{tag}"
    folder.mkdir(exist_ok=True)
    for source in [package, *package.parent.glob("unoserver-*.dist-info")]:
        link = folder / source.name
        if not link.exists():
            with contextlib.suppress(FileExistsError):
                link.symlink_to(source)
    return str(folder)


def docx_to_pdf(docx: bytes) -> bytes:
    """The letter as PDF/A-2b. Raises PdfUnavailable when LibreOffice cannot do it."""
    with _server.lock:
        for attempt in (1, 2):
            try:
                # unoserver API 3: inpath, indata, outpath, convert_to, filtername,
                # filter_options, update_index, infiltername.
                result = _server.client().convert(
                    None,
                    Binary(docx),
                    None,
                    "pdf",
                    "writer_pdf_Export",
                    PDF_FILTER_OPTIONS,
                    True,  # PAGE and NUMPAGES fields are laid out again
                    "MS Word 2007 XML",
                )
                return result.data if hasattr(result, "data") else bytes(result)
            except (OSError, Fault) as error:
                if attempt == 2 or getattr(settings, "HELDER_LETTERS_UNOSERVER", ""):
                    raise PdfUnavailable(type(error).__name__) from None
                _server.stop()  # start a fresh LibreOffice and try once more
    raise PdfUnavailable("unreachable")


def warm_up() -> None:
    """Start LibreOffice now (e.g. in a gunicorn post_fork hook) instead of on first use."""
    with _server.lock:
        _server.client()


if __name__ == "__main__":  # pragma: no cover - manual check: python -m helder.letters.pdf in.docx
    sys.stdout.buffer.write(docx_to_pdf(Path(sys.argv[1]).read_bytes()))
