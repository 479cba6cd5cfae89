"""Writing files that hold personal data: owner-only (0600), never half-written, clear errors.

Every writer of plaintext (exports, letters, batches) goes through ``writing``: the data goes to
``NAME.part`` next to the target (never to the system temp folder), created 0600 whatever the
umask, flushed to disk, then renamed over the target. On any failure the ``.part`` is removed and
the error becomes one sentence a user can act on (disk full, read-only medium, no permission).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from caseapp.errors import BadInput

PRIVATE_MODE = 0o600


def storage_error(exc: OSError) -> BadInput:
    """The one-line message for a failed write, by cause (never says "damaged")."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return BadInput("The disk is full. Nothing was written; free some space and try again.")
    if code == errno.EROFS:
        return BadInput(
            "The disk or stick is read-only (write-protected). Nothing was written there."
        )
    if code in (errno.EACCES, errno.EPERM):
        return BadInput("You have no permission to write there. Choose another folder.")
    if code == errno.ENOENT:
        return BadInput("The folder does not exist. Choose another folder.")
    return BadInput("The file cannot be written there. Choose another folder.")


def open_private(path: Path) -> BinaryIO:
    """Create (or truncate) ``path`` for writing, readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    with contextlib.suppress(AttributeError, OSError):  # Windows has no fchmod
        os.fchmod(fd, PRIVATE_MODE)  # an existing file keeps its mode otherwise
    return os.fdopen(fd, "wb")


def fsync_dir(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


@contextlib.contextmanager
def writing(path: Path) -> Iterator[BinaryIO]:
    """Write ``path`` through ``path.part`` (0600) and rename it into place when the block ends.

    Raises ``BadInput`` with the cause (disk full, read-only, no permission) if it cannot be
    written; the ``.part`` never survives a failure that Python sees.
    """
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        handle = open_private(partial)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise storage_error(exc) from None
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise storage_error(exc) from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()


def write_private(path: Path, data: bytes) -> None:
    """Write a whole file at once with the same discipline as ``writing``."""
    with writing(path) as handle:
        handle.write(data)
