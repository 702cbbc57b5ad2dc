import ctypes
import threading
import time

from workbook import library_path

TIMEOUT_MS = 3000


# ANCHOR: meet
def arrive(lib, met):
    met.append(lib.rendezvous(2, TIMEOUT_MS))  # 1: the other thread arrived too; 0: timed out


for loader in [ctypes.CDLL, ctypes.PyDLL]:
    lib = loader(library_path("math_ops"))
    lib.rendezvous.argtypes = (ctypes.c_uint32, ctypes.c_uint32)
    lib.rendezvous.restype = ctypes.c_int
    lib.rendezvous_reset()

    met = []
    threads = [threading.Thread(target=arrive, args=(lib, met)) for _ in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - start

    together = "both calls were inside the library at once" if met == [1, 1] else "they never met"
    print(f"{loader.__name__:5}: rendezvous returned {sorted(met)}: {together} ({seconds:.2f} s)")
# ANCHOR_END: meet
