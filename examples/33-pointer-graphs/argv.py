import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pointer_graphs"))

# ANCHOR: signatures
StringList = ctypes.POINTER(ctypes.c_char_p)  # const char *const *: a pointer to pointers
lib.argv_count.argtypes = [StringList]
lib.argv_join.argtypes = [ctypes.c_int, StringList, ctypes.c_char_p, ctypes.c_size_t]
lib.argv_join.restype = ctypes.c_ssize_t
# ANCHOR_END: signatures

# ANCHOR: build
args = ["grep", "--count", "naïve", "notes.txt"]
argv = (ctypes.c_char_p * (len(args) + 1))(*[a.encode() for a in args])  # one more slot
print("argv[4]:", argv[len(args)])  # never set: ctypes zeroed it, so the list ends in NULL
print("argv_count:", lib.argv_count(argv))
# ANCHOR_END: build

# ANCHOR: join
needed = lib.argv_join(len(args), argv, None, 0)
out = ctypes.create_string_buffer(needed + 1)
lib.argv_join(len(args), argv, out, len(out))
print(f"argv_join: {needed} bytes, {out.value.decode()!r}")
# ANCHOR_END: join

# ANCHOR: kept
print("argv._objects:", argv._objects)  # the bytes objects the array keeps alive
element, kept = argv[2], argv._objects["2"]
print("argv[2] is a new copy of the kept bytes:", element == kept and element is not kept)
# ANCHOR_END: kept
