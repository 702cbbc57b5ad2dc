"""The checks `just exercise chapter-40` runs for wrapper.py."""

import importlib.util
import shutil
import sys

from checking import fail, step
from workbook import REPO, library_path

SCRATCH = REPO / "build" / "scratch" / "exercise-40"


def install(work, name, abi_version):
    """wrapper.py as the __init__.py of a package `name`, beside a copy of libshipped.so,
    in a folder of its own (as pip would lay it out), imported from there."""
    source = (work / "wrapper.py").read_text(encoding="utf-8")
    if "\nABI_VERSION = 1" not in source:
        fail("wrapper.py should keep its line `ABI_VERSION = 1`: the check edits it")
    folder = SCRATCH / work.name / name  # one per copy of the exercise: they may run at once
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    init = folder / "__init__.py"
    init.write_text(source.replace("\nABI_VERSION = 1", f"\nABI_VERSION = {abi_version}"))
    shutil.copy(library_path("shipped"), folder / "libshipped.so")
    spec = importlib.util.spec_from_file_location(
        name, init, submodule_search_locations=[str(folder)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # as `import` would: importlib.resources looks it up by name
    spec.loader.exec_module(module)
    return module


# ANCHOR: check
def check(work):
    step("installing wrapper.py with libshipped.so as a package, and calling mean()")
    package = install(work, "shipped_ok", 1)
    try:
        got = package.mean([1.0, 2.0, 3.0, 4.0])
    except Exception as error:  # noqa: BLE001 - anything the learner's wrapper raises
        fail(
            f"mean([1.0, 2.0, 3.0, 4.0]) raised {type(error).__name__}: {error}. The"
            " wrapper must load the libshipped.so in its own package folder: ask"
            " importlib.resources.files(__package__) where that is"
        )
    if got != 2.5:
        fail(f"mean([1.0, 2.0, 3.0, 4.0]) returned {got!r}, not 2.5")

    step("the same package, its wrapper now expecting ABI version 2; calling mean()")
    package = install(work, "shipped_newer_wrapper", 2)
    try:
        got = package.mean([1.0, 2.0, 3.0, 4.0])
    except package.AbiMismatchError as error:
        message = str(error)
    except Exception as error:  # noqa: BLE001
        fail(f"mean() raised {type(error).__name__}: {error}; expected an AbiMismatchError")
    else:
        fail(
            f"with ABI_VERSION = 2, mean() returned {got!r}: the wrapper called a library"
            " whose ABI version is 1 without checking shipped_abi_version() first"
        )
    if not issubclass(package.AbiMismatchError, ImportError):
        fail("AbiMismatchError should stay a subclass of ImportError")
    if "2" not in message or "1" not in message:
        fail(f"the message should name both versions, 2 and 1: {message!r}")
    if "install" not in message:
        fail(f"the message should say what to do (reinstall the package): {message!r}")


# ANCHOR_END: check
