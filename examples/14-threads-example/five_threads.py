# ANCHOR: all
import ctypes
import threading

from workbook import library_path

math_lib = ctypes.CDLL(library_path("math_ops"))
math_lib.square.argtypes = (ctypes.c_int,)
math_lib.square.restype = ctypes.c_int
math_lib.safe_add.argtypes = (ctypes.c_int, ctypes.c_int)
math_lib.safe_add.restype = ctypes.c_int


def worker(number):
    squared_value = math_lib.square(number)
    final_result = math_lib.safe_add(squared_value, 10)
    name = threading.current_thread().name
    # One write per line (the newline inside it), so two threads cannot splice their lines.
    print(f"Thread {name} (Input: {number}): {number}² + 10 = {final_result}\n", end="")


threads = []
for i in range(1, 6):
    t = threading.Thread(target=worker, args=(i,), name=f"CalculatorThread-{i}")
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print()  # the summary is a paragraph of its own: it must come after every thread's line
print("All threads have completed their calculations.")
print("Threads still running:", sum(t.is_alive() for t in threads))
# ANCHOR_END: all
