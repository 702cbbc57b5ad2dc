"""Chapter 37's scratch library: `answer()` returns a number fixed when it is compiled.

Used by rebuilt.py and dlclose_crash.py: `build(folder, 2)` writes answer.rs so that
answer() returns 2, compiles it with rustc into folder/libanswer.so, and returns that path.
"""

# ANCHOR: build
import subprocess
from pathlib import Path

SOURCE = """\
#[unsafe(no_mangle)]
pub extern "C" fn answer() -> i32 {{
    {answer}
}}
"""


def build(folder: Path, answer: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    source, library = folder / "answer.rs", folder / "libanswer.so"
    source.write_text(SOURCE.format(answer=answer))
    compile_it = ["rustc", "--edition", "2024", "--crate-type", "cdylib", "-o", library, source]
    subprocess.run(compile_it, check=True)
    return library.resolve()  # an absolute path, as ctypes.CDLL wants it


# ANCHOR_END: build
