import ctypes
import time

from workbook import library_path

math_ops = ctypes.CDLL(library_path("math_ops"))  # spin: xorshift steps
batch_ops = ctypes.CDLL(library_path("batch_ops"))  # busy_work: multiply-add steps
for function in (math_ops.spin, batch_ops.busy_work):
    function.argtypes = (ctypes.c_uint64,)
    function.restype = ctypes.c_uint64


# ANCHOR: cpu_time
def cpu_time_per_step(function, iterations):
    """The least CPU time per step of function(iterations), over five calls."""
    times = []
    for _ in range(5):
        start = time.thread_time()  # CPU time of this thread, not the clock on the wall
        function(iterations)
        times.append(time.thread_time() - start)
    return min(times) / iterations


# ANCHOR_END: cpu_time

# ANCHOR: compare
N = 16_000_000
spin_step = cpu_time_per_step(math_ops.spin, N)
busy_step = cpu_time_per_step(batch_ops.busy_work, N)
print(f"spin:      {spin_step * 1e9:.2f} ns per step (3 shifts and 3 xors, one after the other)")
print(f"busy_work: {busy_step * 1e9:.2f} ns per step (1 multiplication and 1 addition)")
print("a busy_work step costs less than a third of a spin step:", busy_step < spin_step / 3)
# ANCHOR_END: compare
