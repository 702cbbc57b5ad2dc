import ctypes
import multiprocessing

from workbook import library_path

lib = None  # each worker process loads its own copy


def load_library():
    global lib
    lib = ctypes.CDLL(library_path("math_ops"))
    lib.square.argtypes = (ctypes.c_int,)
    lib.square.restype = ctypes.c_int


# ANCHOR: counter
class Square:
    """A function that counts how often it is pickled: once for every task sent to a worker."""

    pickled = 0

    def __call__(self, x):
        return lib.square(x)

    def __reduce__(self):  # pickle calls this to learn how to rebuild the object
        Square.pickled += 1
        return (Square, ())


# ANCHOR_END: counter

# ANCHOR: main
if __name__ == "__main__":
    numbers = range(1, 11)
    with multiprocessing.Pool(processes=2, initializer=load_library) as pool:
        for chunksize in (None, 1, 10):
            Square.pickled = 0
            results = pool.map(Square(), numbers, chunksize=chunksize)
            print(f"chunksize={chunksize!s:4}  tasks sent for 10 numbers: {Square.pickled}")
    print(results)
# ANCHOR_END: main
