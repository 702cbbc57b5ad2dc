"""What argtypes add to every call: one from_param conversion per declared argument."""

import ctypes

from workbook import library_path

# ANCHOR: from_param
# With argtypes = (c_int, c_int), ctypes runs this for each argument
# of each call:
print(repr(ctypes.c_int.from_param(5)))


class CountedInt(ctypes.c_int):
    """A c_int that counts how often ctypes asks it to convert an argument."""

    conversions = 0

    @classmethod
    def from_param(cls, value):
        cls.conversions += 1
        return ctypes.c_int.from_param(value)


add = ctypes.CDLL(library_path("batch_ops"))["add_i32"]
add.argtypes = (CountedInt, CountedInt)
add.restype = ctypes.c_int
answers = {add(5, 7) for _ in range(1000)}
print(f"1000 calls of add(5, 7) returned {answers}: {CountedInt.conversions} from_param calls")
# ANCHOR_END: from_param
