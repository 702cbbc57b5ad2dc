"""Building what the examples load: the Rust libraries (cargo) and the C twins (cc)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from workbook import library_filename

from . import chapters, paths
from .chapters import Chapter


class BuildError(SystemExit):
    pass


def run_build(cmd: list[str], cwd: Path = paths.ROOT) -> None:
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise BuildError(f"build failed: {' '.join(cmd)}")


def rust(packages: list[str] | None = None) -> None:
    """cargo build --release: every library crate, or the named ones."""
    selection = [f"-p={p}" for p in packages or []]
    run_build(["cargo", "build", "--release", "--quiet", *selection], cwd=paths.CDYLIB)


def c_library(chapter: Chapter, source: Path) -> Path:
    """examples/02-your-first-call/clibrary.c -> build/c/02-your-first-call/libclibrary.so,
    named the way `library_path` looks for it on this platform."""
    return c_folder(chapter) / library_filename(source.stem)


def c_folder(chapter: Chapter) -> Path:
    return paths.BUILD_C / chapter.stem


def c_twins(chapter: Chapter) -> list[Path]:
    return sorted(chapter.folder.glob("*.c")) if chapter.folder.is_dir() else []


def c(chapter: Chapter | None = None) -> None:
    """Compile every C twin (of one chapter, or of all): examples/<chapter>/<lib>.c ->
    build/c/<chapter>/lib<lib>.so, unless it is newer than its source."""
    for ch in [chapter] if chapter else chapters.chapters():
        for source in c_twins(ch):
            target = c_library(ch, source)
            if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            # ANCHOR: cc
            flags = ["-shared", "-fPIC", "-O2", "-g", "-pthread", "-Wall"]
            run_build(["cc", *flags, "-o", str(target), str(source)])
            # ANCHOR_END: cc


def everything(chapter_list: list[Chapter] | None = None) -> None:
    rust()
    for ch in chapter_list or [None]:
        c(ch)
