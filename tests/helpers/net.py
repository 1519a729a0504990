"""Ports on this machine's loopback for real servers started by tests."""

from __future__ import annotations

import socket


def free_port() -> int:
    """Return a TCP port that is free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
