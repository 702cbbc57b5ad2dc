import ctypes
import multiprocessing
import pickle

from workbook import library_path

lib = ctypes.CDLL(library_path("math_ops"))
lib.square.argtypes = (ctypes.c_int,)
lib.square.restype = ctypes.c_int

# ANCHOR: pickle
number = ctypes.c_int(5)
print(f"a c_int pickles: {pickle.loads(pickle.dumps(number))}")
for name, obj in [
    ("pointer(c_int)", ctypes.pointer(number)),
    ("c_char_p", ctypes.c_char_p(b"hello")),
    ("lib.square", lib.square),
]:
    try:
        pickle.dumps(obj)
        print(f"{name}: pickled")
    except ValueError as error:
        print(f"{name}: ValueError: {error}")
# ANCHOR_END: pickle

# ANCHOR: pool
if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        try:
            pool.map(lib.square, range(1, 11))  # the function itself must travel
        except ValueError as error:
            print(f"pool.map(lib.square, ...): ValueError: {error}")
# ANCHOR_END: pool
