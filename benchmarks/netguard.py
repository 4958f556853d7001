"""Refuse network access while tools run: no extractor may fetch a page or a date."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn


class NetworkBlocked(OSError):
    """Raised by any attempt to open a network connection inside :func:`no_network`."""


def _refuse(*_args: Any, **_kwargs: Any) -> NoReturn:
    raise NetworkBlocked("network access is disabled while benchmarking")


@contextmanager
def no_network() -> Iterator[None]:
    """Patch socket connection and name resolution to raise; restore afterwards."""
    saved = (
        socket.socket.connect,
        socket.socket.connect_ex,
        socket.create_connection,
        socket.getaddrinfo,
    )
    socket.socket.connect = _refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = _refuse  # type: ignore[method-assign]
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
    try:
        yield
    finally:
        (
            socket.socket.connect,
            socket.socket.connect_ex,
            socket.create_connection,
            socket.getaddrinfo,
        ) = saved  # type: ignore[method-assign]
