"""Ending the server's child processes (pygeoapi, the TinyDB server) the same way everywhere."""

from __future__ import annotations

import subprocess


def end_process(process: subprocess.Popen, seconds: float = 10.0) -> None:
    """Ask a child process to stop and wait for it; killed if it has not ended after ``seconds``."""
    process.terminate()
    try:
        process.wait(seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
