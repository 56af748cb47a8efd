"""Running the page: listen on loopback unless told otherwise, say where, stop on Ctrl+C."""

from __future__ import annotations

import ipaddress
import socket
import sys

from ..errors import ConfigError


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def listen(host: str, port: int) -> socket.socket:
    """A bound socket, so that a port in use is one line and exit 2 rather than a server's log."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise ConfigError(f"--host {host!r}: {e.strerror}") from None
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)  # before the address is printed: a client that reads it may connect at once
    except OSError as e:
        sock.close()
        raise ConfigError(f"cannot listen on {host}:{port}: {(e.strerror or str(e)).lower()}") from None
    sock.set_inheritable(True)
    return sock


def serve(app, host: str, port: int) -> None:
    import uvicorn

    sock = listen(host, port)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    print(f"claimcheck: serving http://{shown}:{bound}/ (Ctrl+C to stop)", flush=True)
    if not is_loopback(host):
        print(f"claimcheck: warning: {host} is reachable from other machines; anyone who can reach it can "
              "submit articles", file=sys.stderr, flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, server_header=False, proxy_headers=False,
                            lifespan="off", timeout_keep_alive=5)
    uvicorn.Server(config).run(sockets=[sock])
