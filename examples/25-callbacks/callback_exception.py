# ANCHOR: load
import ctypes
import sys

from workbook import library_path

lib = ctypes.CDLL(library_path("callbacks"))
VISITOR = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint, ctypes.c_void_p)
lib.visit_primes.argtypes = (ctypes.c_uint, VISITOR, ctypes.c_void_p)
lib.visit_primes.restype = ctypes.c_int
# ANCHOR_END: load

# ANCHOR: hook
# Python reports an exception it cannot raise through sys.unraisablehook. Its default
# prints a traceback on stderr; this one prints one line on stdout.
sys.unraisablehook = lambda u: print(f"  [{u.err_msg}: {u.exc_value!r}]")
# ANCHOR_END: hook

# ANCHOR: raise
seen = []


def fussy(prime, user_data):
    if prime == 5:
        raise ValueError("five is right out")
    seen.append(prime)
    return 0


count = lib.visit_primes(12, VISITOR(fussy), None)
# What the native loop received from the failed callback is undefined: «garbage».
print(f"visited «{count}», seen «{seen}»")
# Whatever it read next, the loop had counted 5 before calling the callback: 2, 3 and 5.
print(f"the loop counted 5 as visited: {count >= 3}")
# ANCHOR_END: raise


# ANCHOR: fixed
def visit_primes(limit, callback):
    """Call callback(prime) for each prime below limit; exceptions stop and propagate."""
    errors = []

    def visit(prime, user_data):
        try:
            return callback(prime, user_data)
        except BaseException as error:
            errors.append(error)
            return 1  # stop the native loop

    count = lib.visit_primes(limit, VISITOR(visit), None)
    if errors:
        raise errors[0]
    return count


seen.clear()
try:
    visit_primes(12, fussy)
except ValueError as error:
    print(f"ValueError: {error}, after seeing {seen}")
# ANCHOR_END: fixed
