import ctypes
import multiprocessing

import numpy as np

from workbook import library_path

# ANCHOR: load
lib = ctypes.CDLL(library_path("math_ops"))  # module level: every worker runs it too
doubles = np.ctypeslib.ndpointer(dtype=np.float64, ndim=1, flags="C_CONTIGUOUS")
lib.square_array.argtypes = (doubles, doubles, ctypes.c_size_t)
lib.square_array.restype = ctypes.c_int
# ANCHOR_END: load


# ANCHOR: worker
def worker(chunk):
    output = np.empty_like(chunk)
    if lib.square_array(chunk, output, len(chunk)) != 0:
        raise RuntimeError("square_array got a NULL pointer")
    return output


# ANCHOR_END: worker

# ANCHOR: main
if __name__ == "__main__":
    data = np.arange(100_000, dtype=np.float64)
    chunks = np.array_split(data, 4)
    with multiprocessing.Pool(processes=2) as pool:
        results = pool.map(worker, chunks)
    final_result = np.concatenate(results)

    print(f"chunk sizes: {[len(c) for c in chunks]}")
    print(f"first and last: {final_result[:4]} ... {final_result[-1]}")
    print(f"equal to data ** 2: {np.array_equal(final_result, data**2)}")
# ANCHOR_END: main
