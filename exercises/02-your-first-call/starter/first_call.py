"""Exercise (chapter 2): call add_numbers from the book's library.

Make add(a, b) return what the library's add_numbers(a, b) computes.
Check your work with `just exercise chapter-2`.
"""

# ANCHOR: starter
import ctypes

# TODO: this line cannot find the book's library. Load it the way Chapter 2 does.
lib = ctypes.CDLL("libclibrary.so")

# TODO: tell ctypes the signature of add_numbers (int add_numbers(int a, int b)).


def add(a, b):
    return lib.add_numbers(a, b)


# ANCHOR_END: starter
