"""Find the shared libraries this book builds, on Linux, macOS and Windows.

Every example loads its library with ``ctypes.CDLL(library_path("clibrary"))``.
This module only answers "which file is that?": the ctypes part stays in the example.
"""

import importlib.util
import os
import sys
from pathlib import Path


# ANCHOR: filename
def library_filename(name: str) -> str:
    """The file name a C toolchain gives the shared library `name` on this platform."""
    if sys.platform == "win32":
        return f"{name}.dll"  # clibrary.dll
    if sys.platform == "darwin":
        return f"lib{name}.dylib"  # libclibrary.dylib
    return f"lib{name}.so"  # libclibrary.so (Linux and the other Unixes)


# ANCHOR_END: filename


# ANCHOR: path
REPO = Path(__file__).resolve().parent.parent
RUST_LIBRARIES = REPO / "cdylib" / "target" / "release"


def library_path(name: str) -> str:
    """The absolute path of the built library `name`.

    By default that is the Rust library cargo built. Set WORKBOOK_LIB_DIR to load the
    library from another folder instead, e.g. the C twin under build/c/<chapter>/.
    """
    folder = Path(os.environ.get("WORKBOOK_LIB_DIR", RUST_LIBRARIES))
    path = folder.resolve() / library_filename(name)
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist: build the libraries with `just build`")
    return str(path)


# ANCHOR_END: path


# ANCHOR: extension
EXTENSIONS = REPO / "build" / "pyo3"


def extension_module(name: str):
    """Import the PyO3 extension module `name` that `just build` put into build/pyo3/.

    Installed from its wheel, it would be a plain `import name`. The book imports the one
    file instead, `build/pyo3/<name>.abi3.so`, so that every interpreter's venv uses the
    same build: abi3 means one file serves CPython 3.11 and later.
    """
    path = EXTENSIONS / f"{name}.abi3.so"
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist: build it with `just build`")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)  # runs PyInit_<name>, as `import` would
    return module


# ANCHOR_END: extension
