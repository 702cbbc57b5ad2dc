import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("raw_bytes"))


# ANCHOR: PrimeList
class PrimeList(ctypes.Structure):
    _fields_ = [
        ("count", ctypes.c_uint32),
        ("primes", ctypes.c_uint32 * 0),  # a flexible array member: no room of its own
    ]


lib.primes_below.argtypes = [ctypes.c_uint32, ctypes.POINTER(PrimeList), ctypes.c_size_t]
lib.primes_below.restype = ctypes.c_ssize_t
# ANCHOR_END: PrimeList

# ANCHOR: ask
found = PrimeList()
print("sizeof(found):", ctypes.sizeof(found))
needed = lib.primes_below(100, found, ctypes.sizeof(found))  # too small: nothing written
print("primes_below(100) needs", needed, "bytes; count is still", found.count)
# ANCHOR_END: ask

# ANCHOR: resize
before = ctypes.addressof(found)
ctypes.resize(found, needed)  # grow found's own memory block
print("sizeof(found) after resize:", ctypes.sizeof(found))
print("moved to a new block:", ctypes.addressof(found) != before)
print("primes_below again:", lib.primes_below(100, found, ctypes.sizeof(found)))
# ANCHOR_END: resize

# ANCHOR: read
start = ctypes.addressof(found) + PrimeList.primes.offset
primes = (ctypes.c_uint32 * found.count).from_address(start)  # an array of the real length
print(found.count, "primes:", list(primes[:10]), "...", list(primes[-3:]))
try:
    found.primes[0]
except IndexError as e:
    print("found.primes[0]:", e, "(the field's type still has 0 elements)")
try:
    ctypes.resize(found, 2)
except ValueError as e:
    print("resize(found, 2):", e)
# ANCHOR_END: read
