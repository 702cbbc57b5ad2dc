"""Building what the examples load: the Rust libraries (cargo), the C twins (cc) and the
PyO3 extension module of chapter 42 (maturin)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
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
    """cargo build --release: every library crate (and the PyO3 module), or the named ones."""
    # pyo3_add is an extension module, which maturin builds (below), not a library to load.
    selection = [f"-p={p}" for p in packages or []] or ["--workspace", "--exclude=pyo3_add"]
    run_build(["cargo", "build", "--release", "--quiet", *selection], cwd=paths.CDYLIB)
    if not packages:
        pyo3_module()


def pyo3_module() -> None:
    """cdylib/pyo3_add -> build/pyo3/pyo3_add.abi3.so, unless it is newer than its sources:
    `maturin build` makes the wheel, and the module file is taken out of it, so that every
    interpreter's venv imports the same abi3 build (`workbook.extension_module`)."""
    crate = paths.CDYLIB / "pyo3_add"
    sources = [crate / "Cargo.toml", crate / "pyproject.toml", *crate.glob("src/*.rs"),
               *(paths.CDYLIB / "batch_ops").glob("src/*.rs")]  # fmt: skip
    target = paths.BUILD_PYO3 / "pyo3_add.abi3.so"
    if target.exists() and target.stat().st_mtime >= max(s.stat().st_mtime for s in sources):
        return
    wheels = paths.BUILD_PYO3 / "wheels"
    shutil.rmtree(wheels, ignore_errors=True)
    maturin = shutil.which("maturin", path=str(Path(sys.executable).parent)) or "maturin"
    # ANCHOR: maturin
    run_build([maturin, "build", "--release", "--quiet", "--manifest-path",
               str(crate / "Cargo.toml"), "--interpreter", sys.executable, "--out", str(wheels),
               "--target-dir", str(paths.CDYLIB / "target" / "maturin")])  # fmt: skip
    # ANCHOR_END: maturin
    (wheel,) = wheels.glob("pyo3_add-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        target.write_bytes(archive.read("pyo3_add/pyo3_add.abi3.so"))


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
