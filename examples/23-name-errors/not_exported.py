# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pitfalls"))
# ANCHOR_END: load

# ANCHOR: call
for name in ["forgotten_export", "exported"]:
    try:
        function = getattr(lib, name)
        print(f"{name}(6, 7) = {function(6, 7)}")
    except AttributeError as error:
        print(f"AttributeError: {error}")
# ANCHOR_END: call
