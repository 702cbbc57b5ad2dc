# A line as a widely shared tutorial prints it: with typographic quotes instead of ".
# ANCHOR: compile
line = "lib = ctypes.CDLL(«./clibrary.so»)"
try:
    compile(line, "tutorial.py", "exec")
except SyntaxError as error:
    print(f"SyntaxError: {error.msg}")
# ANCHOR_END: compile
