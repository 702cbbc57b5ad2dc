"""The book's examples, and the registry of what each one does on purpose.

An example is a script in ``examples/<chapter>/`` (``*.py`` or ``*.sh``; a name starting
with ``_`` marks a helper module, not an example) plus its expected output(s)
(:mod:`bookkit.transcript`). It runs against the Rust library and, when its chapter folder
has a C twin of every library it loads (``clibrary.c`` next to the script), against the C
library too: those are its variants.

``examples/registry.toml`` declares, per example, what the checks would otherwise reject:
each mask with the reason for it, deliberate crashes and exits, leaks and memory errors,
and the examples valgrind cannot run. Its header comment describes the fields.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from . import chapters, paths, transcript
from .chapters import Chapter
from .transcript import Expected

LOCAL_IMPORT = re.compile(r"^(?:from|import) (_\w+)", re.M)  # a chapter's helper module
LIBRARY_CALL = re.compile(r"""library_path\(\s*["'](\w+)["']""")


# ANCHOR: needs
def can_compile_32_bit() -> bool:
    probe = subprocess.run(
        ["gcc", "-m32", "-x", "c", "-", "-o", "/dev/null"],
        input=b"int main(void) { return 0; }",
        capture_output=True,
    )
    return probe.returncode == 0


def can_strace() -> bool:
    """strace is installed and may trace (a container can forbid ptrace)."""
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-o", "/dev/null", "true"], capture_output=True)
    return probe.returncode == 0


def can_make_locales() -> bool:
    """localedef and glibc's locale sources (Debian: the `locales` package) for de_DE."""
    sources = Path("/usr/share/i18n")
    return (
        shutil.which("localedef") is not None
        and (sources / "locales" / "de_DE").is_file()
        and any((sources / "charmaps").glob("UTF-8*"))
    )


# What an example may need beyond Python, Rust and a C compiler, declared as "needs gdb".
# An example whose needs are not met is skipped, with the hint, instead of failing.
NEEDS = {
    "gdb": (lambda: shutil.which("gdb") is not None, "apt install gdb"),
    "valgrind": (lambda: shutil.which("valgrind") is not None, "apt install valgrind"),
    "gcc -m32": (can_compile_32_bit, "apt install gcc-multilib"),
    "strace": (can_strace, "apt install strace"),
    "localedef": (can_make_locales, "apt install locales"),
}
# ANCHOR_END: needs


@cache
def has(need: str) -> bool:
    return NEEDS[need][0]()


def unmet(expected: Expected) -> list[str]:
    """The declared needs this machine lacks, each with how to install it."""
    return [f"{n} ({NEEDS[n][1]})" for n in expected.needs if not has(n)]


# --------------------------------------------------------------------------- registry


@dataclass(frozen=True)
class Mask:
    hides: str
    claim: str = ""
    asserted_by: str = ""


@dataclass(frozen=True)
class Leak:
    variants: tuple[str, ...]
    counters: dict[str, int] = field(default_factory=dict)  # library -> live allocations


@dataclass(frozen=True)
class MemoryFault:
    kind: str  # as in valgrind's XML: InvalidRead, FishyValue, ...
    variants: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """What examples/registry.toml says about one example (empty for most)."""

    page: str = ""
    masks: dict[str, Mask] = field(default_factory=dict)
    crash: str | None = None
    exit: int | None = None
    leak: Leak | None = None
    memory_error: MemoryFault | None = None
    memcheck_skip: str = ""


ENTRY_FIELDS = set(Entry.__dataclass_fields__)


class RegistryError(Exception):
    pass


def parse_registry(data: dict) -> dict[str, Entry]:
    entries = {}
    for key, raw in data.items():
        if unknown := set(raw) - ENTRY_FIELDS:
            raise RegistryError(f"{key}: unknown fields {sorted(unknown)}")
        try:
            masks = {name: Mask(**why) for name, why in raw.get("masks", {}).items()}
            leak = raw.get("leak")
            error = raw.get("memory_error")
            entries[key] = Entry(
                page=raw.get("page", ""),
                masks=masks,
                crash=raw.get("crash"),
                exit=raw.get("exit"),
                leak=Leak(tuple(leak["variants"]), dict(leak.get("counters", {})))
                if leak
                else None,
                memory_error=MemoryFault(error["kind"], tuple(error["variants"]))
                if error
                else None,
                memcheck_skip=raw.get("memcheck_skip", ""),
            )
        except (TypeError, KeyError) as e:
            raise RegistryError(f"{key}: {e}") from None
    return entries


@cache
def registry() -> dict[str, Entry]:
    return parse_registry(tomllib.loads(paths.REGISTRY.read_text(encoding="utf-8")))


# --------------------------------------------------------------------------- examples


@dataclass(frozen=True)
class Example:
    chapter: Chapter
    script: Path

    @property
    def key(self) -> str:
        """How the registry and every report name it: ``15-thread-safety/racy_counter.py``."""
        return f"{self.chapter.stem}/{self.script.name}"

    @property
    def rel(self) -> str:
        return paths.rel(self.script)

    @property
    def command(self) -> str:
        interpreter = "python3" if self.script.suffix == ".py" else "bash"
        return f"{interpreter} {self.rel}"

    @property
    def entry(self) -> Entry:
        return registry().get(self.key, Entry())

    @property
    def page(self) -> str:
        return self.entry.page or paths.rel(self.chapter.page)

    def libraries(self) -> list[str]:
        """The libraries the script loads, itself or through a helper module of its
        chapter's folder that it imports (`from _wrapped import Stats`)."""
        text = self.script.read_text(encoding="utf-8")
        found = set(LIBRARY_CALL.findall(text))
        for helper in LOCAL_IMPORT.findall(text):
            module = self.chapter.folder / f"{helper}.py"
            if module.is_file():
                found |= set(LIBRARY_CALL.findall(module.read_text(encoding="utf-8")))
        return sorted(found)

    def variants(self) -> list[str]:
        """Rust if every library it loads is a Rust crate; C if every one has a C twin."""
        libs = self.libraries()
        if not libs:
            return ["rust"]  # loads nothing from this book (a shell example, a pure-Python one)
        found = []
        if all((paths.CDYLIB / lib / "Cargo.toml").is_file() for lib in libs):
            found.append("rust")
        if all((self.chapter.folder / f"{lib}.c").is_file() for lib in libs):
            found.append("c")
        return found

    def test_id(self, variant: str) -> str:
        return f"{self.chapter.label}/{self.script.name}[{variant}]"

    # expected outputs

    def expected_files(self) -> dict[tuple[int, int], Path]:
        return transcript.versioned_files(self.script)

    def expected_path_for(self, version: tuple[int, int]) -> Path:
        return transcript.for_version(self.expected_files(), version)

    @property
    def expected_path(self) -> Path:
        """The expected output for the interpreter running this code."""
        return self.expected_path_for(sys.version_info[:2])

    @property
    def newest_expected_path(self) -> Path:
        """The expected output for the newest interpreter: the one the page shows."""
        return list(self.expected_files().values())[-1]

    def expected(self, path: Path | None = None) -> Expected:
        return transcript.parse(path or self.expected_path, self.command, set(NEEDS))

    def all_expected(self) -> list[Expected]:
        """Every expected output that exists, oldest interpreter first."""
        return [self.expected(p) for p in self.expected_files().values() if p.is_file()]

    def is_crash_demo(self) -> bool:
        try:
            return self.expected().ending[0] is not None
        except transcript.ExpectedFileError:
            return False


def examples(chapter: Chapter | None = None) -> list[Example]:
    found = []
    for ch in [chapter] if chapter else chapters.chapters():
        if ch.folder.is_dir():
            for script in sorted(ch.folder.iterdir()):
                if script.suffix in {".py", ".sh"} and not script.name.startswith("_"):
                    found.append(Example(ch, script))
    return found


def by_key() -> dict[str, Example]:
    return {ex.key: ex for ex in examples()}
