# A line copied from a page whose word processor turned " into “ and ”.
# ANCHOR: compile
line = "lib = ctypes.CDLL(“./clibrary.so”)"
try:
    compile(line, "tutorial.py", "exec")
except SyntaxError as error:
    print(f"SyntaxError: {error.msg}")
# ANCHOR_END: compile
