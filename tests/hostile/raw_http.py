"""Local HTTP servers for the fetch tests: they answer with raw bytes, so
that a reply can be broken, slowed or inflated on purpose."""
from __future__ import annotations

import socketserver
import ssl
import threading


def read_request(sock) -> bytes | None:
    """The request's head (up to the blank line), or None if the client left."""
    request = b""
    while b"\r\n\r\n" not in request:
        data = sock.recv(4096)
        if not data:
            return None
        request += data
    return request


def serve(handler: type[socketserver.BaseRequestHandler], address: str = "127.0.0.1",
          tls: ssl.SSLContext | None = None) -> socketserver.ThreadingTCPServer:
    """A threaded server on `address` and a free port (HTTPS with `tls`), already serving."""
    server = socketserver.ThreadingTCPServer((address, 0), handler)
    server.daemon_threads = True
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
