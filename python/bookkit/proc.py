"""One way to run a child process, for examples, memcheck and exercises alike.

A child gets its own session, so that a timeout kills it *and everything it started*; its
result says how it ended, including the signal that killed it.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from . import paths


@dataclass
class Finished:
    stdout: bytes
    stderr: bytes | None  # None when merged into stdout
    returncode: int | None  # None: timed out (and killed)
    seconds: float

    @property
    def timed_out(self) -> bool:
        return self.returncode is None

    @property
    def signal_name(self) -> str | None:
        if self.returncode is not None and self.returncode < 0:
            return signal.Signals(-self.returncode).name
        return None

    @property
    def stderr_text(self) -> str:
        return (self.stderr or b"").decode("utf-8", errors="replace")


def no_core_dumps() -> None:
    """A crashing child should not leave a core file behind (run in the child)."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run(
    argv: list[str],
    *,
    cwd: Path = paths.ROOT,
    env: dict[str, str] | None = None,
    merge_stderr: bool = False,
    timeout: float = 60,
    core_dumps: bool = True,
) -> Finished:
    """Run argv in a new session; on timeout, kill it and everything it started."""
    start = time.monotonic()
    proc = subprocess.Popen(
        argv,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if merge_stderr else subprocess.PIPE,
        start_new_session=True,
        preexec_fn=None if core_dumps else no_core_dumps,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
        code = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        code = None
    return Finished(out, err, code, time.monotonic() - start)


def python_environment(lib_dir: Path | None = None, *, faulthandler: bool = True) -> dict[str, str]:
    """The environment of a Python child that loads the book's libraries.

    ``lib_dir`` points ``workbook.library_path`` at another folder (a C twin's build, an
    exercise's libraries); ``python3`` on PATH is the interpreter running this code, so a
    shell example's ``python3`` is the same one the Python examples use.
    """
    env = dict(os.environ)
    env.pop("WORKBOOK_LIB_DIR", None)
    if lib_dir is not None:
        env["WORKBOOK_LIB_DIR"] = str(lib_dir)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONUNBUFFERED"] = "1"  # output printed before a crash is not lost in a buffer
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if faulthandler:
        env["PYTHONFAULTHANDLER"] = "1"  # a crash prints the Python stack on stderr
    else:
        env.pop("PYTHONFAULTHANDLER", None)
    return env
