import ctypes
import sys

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.allocate_array.argtypes = [ctypes.c_int]
lib.allocate_array.restype = ctypes.c_void_p  # the whole address, as a Python int
lib.free_array.argtypes = [ctypes.c_void_p]
lib.free_array.restype = ctypes.c_int


# ANCHOR: cut
def cut_changes(address):
    """Whether restype c_int would have damaged this address: keep 32 bits, sign-extend."""
    return ctypes.c_int(address).value != address


small = lib.allocate_array(5)  # 20 bytes: malloc takes them from the interpreter's heap
big = lib.allocate_array(10_000_000)  # 40 MB: malloc maps pages of their own for it
print(f"allocate_array(5):          «{small:#x}», the cut changes it: «{cut_changes(small)}»")
print(f"allocate_array(10_000_000): «{big:#x}», the cut changes it: {cut_changes(big)}")
lib.free_array(small)
lib.free_array(big)
# ANCHOR_END: cut

# ANCHOR: pie
with open(sys.executable, "rb") as exe:  # its ELF header: type 3 is PIE, 2 a fixed address
    pie = exe.read(18)[16] == 3
print(f"this python3 is a position-independent executable (PIE): «{pie}»")
print("the cut changes the small array's address exactly when it is:", cut_changes(small) == pie)
# ANCHOR_END: pie
