import ctypes
import multiprocessing

from workbook import library_path

# ANCHOR: worker
lib = None  # each worker process loads its own copy


def load_library():
    global lib
    lib = ctypes.CDLL(library_path("math_ops"))
    lib.square.argtypes = (ctypes.c_int,)
    lib.square.restype = ctypes.c_int


def worker(x):
    return lib.square(x)


# ANCHOR_END: worker

# ANCHOR: main
if __name__ == "__main__":
    with multiprocessing.Pool(processes=2, initializer=load_library) as pool:
        results = pool.map(worker, range(1, 11))
    print(results)
# ANCHOR_END: main
