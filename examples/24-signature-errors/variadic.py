import ctypes
import ctypes.util

# ANCHOR: load
libc = ctypes.CDLL(ctypes.util.find_library("c"))
# int snprintf(char *buffer, size_t size, const char *format, ...);
# argtypes lists the fixed arguments only; nothing can describe the "...".
libc.snprintf.argtypes = (ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p)
libc.snprintf.restype = ctypes.c_int
buffer = ctypes.create_string_buffer(64)


def show(fmt, argument, garbage=False):
    """Format one argument with C's snprintf and print what it wrote."""
    try:
        libc.snprintf(buffer, len(buffer), fmt, argument)
        text = buffer.value.decode()
        print(f"{fmt.decode():5} {argument!r:24} -> {f'«{text}»' if garbage else text}")
        return text
    except ctypes.ArgumentError as error:
        print(f"{fmt.decode():5} {argument!r:24} -> ArgumentError: {error}")


# ANCHOR_END: load


# ANCHOR: right
show(b"%d", 42)
show(b"%s", b"bytes")
show(b"%f", ctypes.c_double(2.5))
show(b"%lld", ctypes.c_int64(5_000_000_000))
# ANCHOR_END: right

# ANCHOR: wrong
show(b"%f", 2.5)  # a Python float: ctypes will not guess
show(b"%s", "text")  # a str goes out as wchar_t *: "t", then a 0 byte
text = show(b"%f", 3, garbage=True)  # an int, where printf reads a double
print(f"{'':34}3.000000? {text == '3.000000'}")
show(b"%lld", 5_000_000_000)  # an int goes out as a 32-bit C int: 5_000_000_000 % 2**32
# ANCHOR_END: wrong

# ANCHOR: printf
libc.printf.argtypes = (ctypes.c_char_p,)
libc.printf(b"printf: %d apples\n", 3)
libc.fflush(None)  # C's stdout has its own buffer; flush it before Python prints again
print("print:  after printf")
# ANCHOR_END: printf
