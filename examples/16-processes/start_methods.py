# ANCHOR: all
import ctypes
import multiprocessing

from workbook import library_path


def worker(x):
    return lib.square(x)  # `lib` is the global the main block below creates


if __name__ == "__main__":
    lib = ctypes.CDLL(library_path("math_ops"))  # loaded in the parent only
    lib.square.argtypes = (ctypes.c_int,)
    lib.square.restype = ctypes.c_int

    for method in ["fork", "forkserver", "spawn"]:
        context = multiprocessing.get_context(method)
        try:
            with context.Pool(processes=2) as pool:
                print(f"{method:10}: {pool.map(worker, range(1, 6))}")
        except NameError as error:  # raised in a worker, re-raised here
            print(f"{method:10}: NameError: {error}")
# ANCHOR_END: all
