"""Listening sockets for the reference portal, without importing the portal itself."""

from __future__ import annotations

import socket


def listen(host: str, port: int) -> socket.socket:
    """A listening socket whose connections get TCP_NODELAY.

    asyncio only disables Nagle on sockets whose ``proto`` is ``IPPROTO_TCP``;
    uvicorn's own sockets have proto 0, so every keep-alive reply whose body is
    written separately from its headers waits ~40 ms for a delayed ACK.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock
