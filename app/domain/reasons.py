"""Why a file operation failed, in the plain words every message of ours uses."""

from __future__ import annotations


def os_reason(exc: OSError) -> str:
    """The OS's reason, lower case ("permission denied", "is a directory", "no space left
    on device"); the message around it names the file."""
    return exc.strerror.lower() if exc.strerror else str(exc)
