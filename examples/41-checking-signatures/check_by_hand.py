"""A signature checker small enough to read: the header's declarations, parsed with
pycparser, against the argtypes and restype this script gives its functions."""

import ctypes
import re

from pycparser import c_ast, c_parser

from workbook import REPO, library_path

# ANCHOR: bindings
lib = ctypes.CDLL(library_path("clibrary"))
lib.add_numbers.argtypes = [ctypes.c_int, ctypes.c_int]
lib.add_numbers.restype = ctypes.c_int
lib.average.argtypes = [ctypes.c_double, ctypes.c_double]
lib.average.restype = ctypes.c_int  # planted: the header says double
lib.sum_doubles.argtypes = [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t]
lib.sum_doubles.restype = ctypes.c_double
lib.scale_doubles.argtypes = [ctypes.POINTER(ctypes.c_double), ctypes.c_int, ctypes.c_double]
lib.scale_doubles.restype = ctypes.c_int  # planted above: n is a size_t, not an int
# ANCHOR_END: bindings


# ANCHOR: parse
def declarations(header_text):
    """Every function the header declares: name -> pycparser's FuncDecl."""
    code = re.sub(r"//[^\n]*|/\*.*?\*/", "", header_text, flags=re.S)  # no comments
    code = re.sub(r"^\s*#.*$", "", code, flags=re.M)  # no #include, #define...
    prelude = "typedef unsigned long size_t;\n"  # what <stddef.h> would have said
    tree = c_parser.CParser().parse(prelude + code)
    return {
        node.name: node.type
        for node in tree.ext
        if isinstance(node, c_ast.Decl) and isinstance(node.type, c_ast.FuncDecl)
    }


# ANCHOR_END: parse


# ANCHOR: compare
SCALARS = {"void": None, "int": ctypes.c_int, "unsigned int": ctypes.c_uint,
           "double": ctypes.c_double, "size_t": ctypes.c_size_t, "char": ctypes.c_char}  # fmt: skip


def expected(node):
    """The ctypes type that says what the C type `node` says."""
    if isinstance(node, c_ast.PtrDecl):
        target = expected(node.type)
        if target is None:
            return ctypes.c_void_p
        return ctypes.c_char_p if target is ctypes.c_char else ctypes.POINTER(target)
    return SCALARS[" ".join(node.type.names)]  # a TypeDecl of an IdentifierType


def spelled(node):
    """The C type as the header writes it."""
    if isinstance(node, c_ast.PtrDecl):
        return spelled(node.type) + " *"
    return " ".join(node.quals + node.type.names)


def named(ctype):
    return "None" if ctype is None else ctype.__name__


def mismatch(function, decl):
    """The first way `function`'s argtypes/restype disagree with `decl`, or None."""
    name = function.__name__
    if function.restype is not expected(decl.type):
        return f"`{name}` returns {spelled(decl.type)}, restype says {named(function.restype)}"
    params = [p.type for p in decl.args.params if spelled(p.type) != "void"]
    for i, (param, said) in enumerate(zip(params, function.argtypes, strict=True), 1):
        if said is not expected(param):
            return f"`{name}` parameter {i} is {spelled(param)}, argtypes says {named(said)}"
    return None


# ANCHOR_END: compare

# ANCHOR: check
header = declarations((REPO / "cdylib" / "clibrary" / "clibrary.h").read_text())
print(f"clibrary.h declares {len(header)} functions")
for name in ["add_numbers", "average", "sum_doubles", "scale_doubles"]:
    print(f"{name:>13}:", mismatch(getattr(lib, name), header[name]) or "agrees")
# ANCHOR_END: check
