"""What maturin built: one file, for every CPython from 3.11 on, that does not link libpython."""

import ctypes
import importlib.machinery
import subprocess
import sys

from workbook import EXTENSIONS, extension_module

# ANCHOR: tags
(wheel,) = (EXTENSIONS / "wheels").glob("pyo3_add-*.whl")
name, version, python_tag, abi_tag, platform_tag = wheel.stem.split("-")
print(f"wheel: {name} {version}, python tag {python_tag}, ABI tag {abi_tag}")
print(f"platform tag: {platform_tag.split('_')[0]}, for one OS (glibc) and CPU (x86_64)")
module = EXTENSIONS / "pyo3_add.abi3.so"
print(f"module file: {module.name}")
print(f"this CPython imports *.abi3.so: {'.abi3.so' in importlib.machinery.EXTENSION_SUFFIXES}")
print(f"this CPython is 3.11 or newer, as cp311 asks: {sys.version_info >= (3, 11)}")
# ANCHOR_END: tags

# ANCHOR: linking
dynamic = subprocess.run(["readelf", "-d", module], capture_output=True, text=True).stdout
needed = [line.split("[")[1].rstrip("]") for line in dynamic.splitlines() if "(NEEDED)" in line]
print(f"libraries it needs: {', '.join(needed)}")
print(f"links libpython: {any('python' in lib for lib in needed)}")
symbols = subprocess.run(["nm", "-D", module], capture_output=True, text=True).stdout.split()
python_api = sorted({s for s in symbols if s.startswith(("Py", "_Py"))} - {"PyInit_pyo3_add"})
print(f"C API functions it leaves for the interpreter to provide: {len(python_api)}, e.g.")
print(f"  {', '.join(s for s in python_api if s.startswith('PyLong'))}")
# ANCHOR_END: linking

# ANCHOR: entry
entry = ctypes.PyDLL(str(module)).PyInit_pyo3_add  # an extension module is a shared library
print(f"PyInit_pyo3_add, the C function `import` calls, is exported: {entry is not None}")
pyo3_add = extension_module("pyo3_add")
print(f"imported: {pyo3_add.__name__}, add_i32(5, 7) = {pyo3_add.add_i32(5, 7)}")
# ANCHOR_END: entry
