"""The budget under which an uploaded file is examined.

Whatever reads a file's structure (pypdf counting pages and extracting text, Pillow decoding an
image, reading an Office zip) runs through `examine()`: in a child process forked for the one
file, with a CPU-time and an address-space limit and a wall-clock deadline. A small hostile file
(one page of a million compressed text operators, a decompression bomb) then costs the server at
most that budget, and whatever goes wrong in the child comes back as a form error in the
visitor's language, never a 500. The cheap checks (size, type by the first bytes, honeypot, rate
limit) run before, in the web process, so a refused submission forks nothing.

The child is forked rather than started afresh: Django, pypdf and Pillow are already loaded, so
the cost is a few milliseconds. It touches no database or socket it inherited and leaves with
`os._exit`, so nothing of the parent is closed or flushed twice.
"""

from __future__ import annotations

import gc
import io
import json
import logging
import os
import resource
import selectors
import signal
import time
import warnings
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# Pillow's limits, set here rather than left to defaults another library may loosen.
IMAGE_MAX_PIXELS = 40_000_000  # a warning above this, DecompressionBombError above twice this
PNG_MAX_TEXT_CHUNK = 1024 * 1024  # one zTXt, iTXt or iCCP chunk, once inflated
PNG_MAX_TEXT_MEMORY = 8 * 1024 * 1024  # all the text chunks of one PNG, once inflated
# The most a child may hand back (a re-encoded image, the text of a document).
RESULT_MAX_BYTES = 64 * 1024 * 1024
# The share of the CPU budget after which a child stops reading more text and returns what it has.
SOFT_SHARE = 0.75

# The first bytes of the kinds of file accepted anywhere: the type is decided by content, not name.
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")  # JPEG, PNG, GIF; WebP below

children_started = 0  # lets a test prove that a refused form parsed nothing
_cpu_seconds: float | None = None  # set in a child: its CPU budget


def kind_by_magic(head: bytes) -> str:
    """The kind of a file by its first twelve bytes ("pdf", "zip", "image", or "" for none), before anything parses it."""
    if head.startswith(PDF_MAGIC):
        return "pdf"
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    return ""


def limit_pillow() -> None:
    """Set Pillow's limits for every image and chunk; WeasyPrint's import loosens one of them."""
    from PIL import Image, ImageFile, PngImagePlugin

    Image.MAX_IMAGE_PIXELS = IMAGE_MAX_PIXELS
    PngImagePlugin.MAX_TEXT_CHUNK = PNG_MAX_TEXT_CHUNK
    PngImagePlugin.MAX_TEXT_MEMORY = PNG_MAX_TEXT_MEMORY
    # True makes Pillow accept truncated images and skip over-large chunks silently (WeasyPrint
    # sets it on import, for the whole process): an upload is refused instead.
    ImageFile.LOAD_TRUNCATED_IMAGES = False


def nearly_spent() -> bool:
    """In a child: has it used most of its CPU budget? Readers of long texts stop then, keeping what they read."""
    return _cpu_seconds is not None and time.process_time() > _cpu_seconds * SOFT_SHARE


def too_complex() -> ValidationError:
    message = _(
        "This file is too complex to check; save it again in a simpler form (for example, print it to PDF) and retry."
    )
    return ValidationError(message, code="too_complex")


def unreadable() -> ValidationError:
    return ValidationError(_("This file cannot be read; it may be damaged."), code="unreadable")


def examine(work: Callable[[bytes], dict], data: bytes, budget: tuple[int, int, int] | None = None) -> dict:
    """`work(data)` run in a child within the budget: its dict of str, int, float, bool, None or bytes values
    (or lists and dicts of them). `budget` is (CPU seconds, memory MB, wall seconds) where a caller reads
    larger files than the settings' FILE_CHECK_* are for.

    A ValidationError raised by `work` is raised here with its messages; a budget exceeded or any
    other failure becomes a ValidationError saying so."""
    global children_started
    _load_readers()
    read_end, write_end = os.pipe()
    # The child's garbage collector leaves the parent's objects alone: otherwise it would walk (and
    # copy, page by page) the whole parent's heap and spend the file's CPU budget on it.
    gc.freeze()
    try:
        pid = os.fork()
    except OSError as error:  # too many processes, no memory: the server is overloaded, not the file bad
        gc.unfreeze()
        os.close(read_end)
        os.close(write_end)
        logger.warning("No child process for a file check: %s", error)
        raise ValidationError(_("The server is too busy to check the file just now; try again in a minute.")) from None
    cpu, memory, wall = budget or (settings.FILE_CHECK_CPU_SECONDS, settings.FILE_CHECK_MEMORY_MB,
                                   settings.FILE_CHECK_WALL_SECONDS)  # fmt: skip
    if pid == 0:
        _child(work, data, read_end, write_end, cpu, memory)  # never returns
    gc.unfreeze()
    children_started += 1
    os.close(write_end)
    payload = None
    try:
        payload = _read_until(read_end, time.monotonic() + wall)
    finally:
        os.close(read_end)
        if payload is None:
            os.kill(pid, signal.SIGKILL)
        try:
            status = os.waitpid(pid, 0)[1]
        except ChildProcessError:  # reaped already by a SIGCHLD handler of the server's
            status = 0
    if payload is None or os.WIFSIGNALED(status):
        logger.info("A file check went over its budget (%s)", "deadline" if payload is None else f"status {status}")
        raise too_complex()
    return _decode(payload)


def open_pdf(data: bytes):
    """In a child: a pypdf reader of `data`, decrypted if it opens without a password; or ValidationError.

    A PDF protected only against printing or copying (an owner password and an empty user
    password, often set by scanners) is read like any other; one that needs a password to open
    is refused, since nobody could check what it says."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValidationError(_("This PDF is protected by a password; upload it without one."))
    except DependencyError as error:  # an encryption the installed libraries cannot undo
        raise ValidationError(_("This PDF is protected by a password; upload it without one.")) from error
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as error:
        raise ValidationError(_("This PDF cannot be read; it may be damaged.")) from error
    return reader


def _load_readers() -> None:
    """Import pypdf and Pillow's plugins here, once per process, so that no child spends its budget on it."""
    import pypdf  # noqa: F401
    from PIL import Image

    Image.init()


# --- the child ------------------------------------------------------------------------------------


def _child(work: Callable[[bytes], dict], data: bytes, read_end: int, write_end: int, cpu: int, memory: int) -> None:
    global _cpu_seconds
    code = 1
    try:
        os.close(read_end)
        # Hold nothing of the server's: its sockets, its database connections, the pipes of other
        # threads' children (whose parents wait for the last writer to close them).
        os.closerange(3, write_end)
        os.closerange(write_end + 1, _max_fd())
        for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT, signal.SIGUSR1, signal.SIGUSR2):
            signal.signal(number, signal.SIG_DFL)  # not the web server's handlers: it is their worker
        logging.disable(logging.CRITICAL)  # a library's complaints about a broken file are not news
        warnings.simplefilter("ignore")
        _cpu_seconds = cpu
        _limit(cpu, memory * 1024 * 1024)
        limit_pillow()
        try:
            outcome = {"result": work(data)}
        except ValidationError as error:
            outcome = {"refused": error.messages, "code": error.code or ""}
        except MemoryError:
            outcome = {"over_budget": True}
        except Exception as error:  # noqa: BLE001 - whatever a library raises on a hostile file is told, not a 500
            outcome = {"failed": f"{type(error).__name__}: {str(error)[:200]}"}
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(_encode(outcome))
        code = 0
    finally:
        os._exit(code)


def _limit(cpu_seconds: int, memory_bytes: int) -> None:
    """CPU seconds and address space for this child; SIGXCPU ends it when the CPU time is spent."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    # The child starts with the parent's mappings (a web worker may already hold hundreds of
    # megabytes of address space), so the budget is what it may add to them.
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    limit = _address_space() + memory_bytes
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _max_fd() -> int:
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return soft if soft != resource.RLIM_INFINITY else 65536


def _address_space() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


# --- between them: a JSON header line, then the bytes values in order -------------------------------


def _encode(outcome: dict) -> bytes:
    blobs: list[bytes] = []
    result = outcome.get("result")
    if isinstance(result, dict):
        plain = {}
        for key, value in result.items():
            if isinstance(value, bytes):
                blobs.append(value)
                plain[key] = {"blob": len(value)}
            else:
                plain[key] = value
        outcome = {**outcome, "result": plain}
    return json.dumps(outcome).encode() + b"\n" + b"".join(blobs)


def _decode(payload: bytes) -> dict:
    header, _newline, rest = payload.partition(b"\n")
    try:
        outcome = json.loads(header)
    except ValueError:
        outcome = {"failed": "no answer"}
    if "refused" in outcome:
        raise ValidationError(outcome["refused"], code=outcome.get("code") or None)
    if "over_budget" in outcome:
        logger.info("A file check ran out of memory")
        raise too_complex()
    if "result" not in outcome:
        logger.info("A file could not be read: %s", outcome.get("failed"))
        raise unreadable()
    result, offset = outcome["result"], 0
    for key, value in result.items():
        if isinstance(value, dict) and "blob" in value:
            result[key] = rest[offset : offset + value["blob"]]
            offset += value["blob"]
    return result


def _read_until(fd: int, deadline: float) -> bytes | None:
    """Everything the child writes before it closes the pipe, or None if it takes too long or too much."""
    chunks, size = [], 0
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                return None
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > RESULT_MAX_BYTES:
                return None
            chunks.append(chunk)
