import ctypes

# ANCHOR: missing
try:
    ctypes.CDLL("./libnot_built_yet.so")
except OSError as error:
    print(f"OSError: {error}")
# ANCHOR_END: missing
