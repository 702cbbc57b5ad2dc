"""Builds the Rust library with cargo and puts it inside the package, beside the wrapper."""

import sys
import sysconfig

from setuptools import setup
from setuptools.command.bdist_wheel import bdist_wheel
from setuptools_rust import Binding, RustExtension, Strip, build_rust

# The file name the wrapper looks for: libshipped.so on Linux.
SUFFIX = {"win32": ".dll", "darwin": ".dylib"}.get(sys.platform, ".so")


# ANCHOR: plain_name
class build_rust_library(build_rust):
    """Name the library libshipped.so, not libshipped.cpython-311-x86_64-linux-gnu.so: it is
    not an extension module, and no interpreter's ABI is part of it."""

    def get_dylib_ext_path(self, ext, target_fname):
        path = super().get_dylib_ext_path(ext, target_fname)
        return path.removesuffix(sysconfig.get_config_var("EXT_SUFFIX")) + SUFFIX


class bdist_wheel_any_python(bdist_wheel):
    """Tag the wheel py3-none-<platform>: any Python 3, no Python ABI, this platform only."""

    def get_tag(self):
        _, _, platform = super().get_tag()
        return "py3", "none", platform


# ANCHOR_END: plain_name

# ANCHOR: setup
setup(
    rust_extensions=[
        RustExtension(
            "shipped.libshipped",  # where the library goes: shipped/libshipped.so
            path="Cargo.toml",
            binding=Binding.NoBinding,  # a plain cdylib: the wrapper brings its own (ctypes)
            strip=Strip.Debug,  # ship the symbols, not the debug info
        )
    ],
    cmdclass={"build_rust": build_rust_library, "bdist_wheel": bdist_wheel_any_python},
)
# ANCHOR_END: setup
