"""What a ctypes object keeps alive: its `_objects`, printed without the ids in it.

Used by kept_alive.py and kept_field.py.
"""


# ANCHOR: kept
def kept(obj):
    """obj._objects, ctypes' list of what obj keeps alive, with each id() shown as <id>."""

    def show(value):
        if isinstance(value, dict):
            items = [(repr(k) if isinstance(k, str) else "<id>", v) for k, v in value.items()]
            return "{" + ", ".join(f"{k}: {show(v)}" for k, v in items) + "}"
        if isinstance(value, tuple):
            return "(" + ", ".join(show(v) for v in value) + ")"
        if value is None or isinstance(value, bytes):
            return repr(value)
        return type(value).__name__  # a ctypes object: its type says enough

    return show(obj._objects)


def report(what, obj):
    print(f"{what:<34} {kept(obj)}")


# ANCHOR_END: kept
