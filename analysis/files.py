"""Writing files safely: a file appears only when it is complete (write, then rename)."""
from __future__ import annotations

import io
import os
import tempfile


class atomic_output:
    """Context manager: a text file handle whose content replaces ``path`` only on success."""

    def __init__(self, path: str | os.PathLike, encoding: str = "utf-8", newline: str | None = ""):
        self.path = os.fspath(path)
        self.encoding = encoding
        self.newline = newline

    def __enter__(self) -> io.TextIOBase:
        folder = os.path.dirname(os.path.abspath(self.path))
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
        except OSError as exc:  # no such folder, not writable ...
            from .errors import InputError

            raise InputError(self.path, f"cannot write here: {exc.strerror or exc}") from None
        self.handle = open(fd, "w", encoding=self.encoding, newline=self.newline)
        return self.handle

    def __exit__(self, exc_type, exc, tb) -> None:
        self.handle.close()
        if exc_type is None:
            os.chmod(self.tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions
            os.replace(self.tmp, self.path)
        else:
            os.unlink(self.tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
