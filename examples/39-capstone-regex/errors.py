import re

from rxwrap import Regex, RegexError

TEXT = "Watson said hello hello"

# ANCHOR: errors
for pattern in [r"(\d+", r"(\w+) \1", r"said(?= hello)"]:
    try:
        Regex(pattern)
    except RegexError as error:
        print(f"Regex({pattern!r}) raised RegexError:")
        print("    " + str(error).replace("\n", "\n    "))
    try:
        print(f"  re.search finds {re.search(pattern, TEXT).group()!r}")
    except re.error as error:
        print(f"  re refuses it too: {error}")
# ANCHOR_END: errors

# ANCHOR: catch
try:
    Regex("[z-a]")
except ValueError as error:  # RegexError is a ValueError
    print("caught as ValueError:", type(error).__name__, "-", str(error).splitlines()[-1])
# ANCHOR_END: catch
