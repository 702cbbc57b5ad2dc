import ctypes
import weakref

from workbook import library_path

lib = ctypes.CDLL(library_path("raw_bytes"))
# ANCHOR: alive
lib.bytes_adler32.argtypes = [ctypes.c_void_p, ctypes.c_size_t]  # takes an address, too
lib.bytes_adler32.restype = ctypes.c_int64

data = b"an address is only a number"
freed = []


def fresh_buffer():
    buffer = ctypes.create_string_buffer(data, len(data))
    weakref.finalize(buffer, freed.append, "the buffer")  # say when it is freed
    return buffer


buffer = fresh_buffer()  # a name keeps the buffer alive
print("while it is alive:", lib.bytes_adler32(ctypes.addressof(buffer), len(data)))
del buffer
# ANCHOR_END: alive

# ANCHOR: temporary
freed.clear()
address = ctypes.addressof(fresh_buffer())  # nothing keeps the buffer: it is freed here
print("freed before the call:", freed == ["the buffer"])
print(f"from freed memory: «{lib.bytes_adler32(address, len(data))}»")
# ANCHOR_END: temporary
