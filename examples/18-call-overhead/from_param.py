"""What argtypes add to every call: one from_param conversion per declared argument."""

import ctypes
import timeit

# ANCHOR: from_param
# With argtypes = (c_int, c_int), ctypes runs this for each argument
# of each call:
print(repr(ctypes.c_int.from_param(5)))

calls = 200_000
timer = timeit.Timer(lambda: ctypes.c_int.from_param(5))
seconds = min(timer.repeat(number=calls, repeat=5))
print(f"c_int.from_param(5) on its own: {seconds / calls * 1e9:.0f} ns")
# ANCHOR_END: from_param
