"""What the benchmarks and the tests that start servers and clusters share: a free port on the
loopback address, and the end of a process started in a group of its own, children included."""

from __future__ import annotations

import os
import signal
import socket
import subprocess


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def end_group(process: subprocess.Popen[bytes]) -> None:
    """Kill a process started here and all of its children (it leads a process group of its own)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()
