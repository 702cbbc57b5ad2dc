# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("callbacks"))
# ANCHOR_END: load

# ANCHOR: declare
# typedef int (*Visitor)(unsigned int prime, void *user_data);
VISITOR = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint, ctypes.c_void_p)
lib.visit_primes.argtypes = (ctypes.c_uint, VISITOR, ctypes.c_void_p)
lib.visit_primes.restype = ctypes.c_int
# ANCHOR_END: declare

# ANCHOR: all
found = []


def collect(prime, user_data):
    found.append(prime)
    return 0  # 0: go on


visitor = VISITOR(collect)  # a C function pointer that runs `collect`
count = lib.visit_primes(30, visitor, None)
print(f"{count} primes below 30: {found}")
# ANCHOR_END: all

# ANCHOR: stop
first = []


def first_three(prime, user_data):
    first.append(prime)
    return 1 if len(first) == 3 else 0  # non-zero: stop


count = lib.visit_primes(1_000_000, VISITOR(first_three), None)
print(f"stopped after {count}: {first}")
# ANCHOR_END: stop

# ANCHOR: null
try:
    lib.visit_primes(30, None, None)
except ctypes.ArgumentError as error:
    print(f"None as the visitor: ArgumentError: {error}")
print(f"visit_primes(30, NULL, NULL) = {lib.visit_primes(30, VISITOR(), None)}")
# ANCHOR_END: null
