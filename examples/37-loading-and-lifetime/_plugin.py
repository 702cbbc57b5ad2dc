"""Load host libraries, then a plugin that calls the host, and say what happened.

Used by rtld_global.sh:
    python3 examples/37-loading-and-lifetime/_plugin.py [--global] HOST... PLUGIN
"""

# ANCHOR: load
import ctypes
import os
import sys

args = sys.argv[1:]
mode = ctypes.RTLD_GLOBAL if "--global" in args else ctypes.DEFAULT_MODE
*hosts, plugin_path = [arg for arg in args if arg != "--global"]

for host_path in hosts:
    host = ctypes.CDLL(host_path, mode=mode)
    name = "RTLD_GLOBAL" if mode == ctypes.RTLD_GLOBAL else "DEFAULT_MODE"
    print(f"  {os.path.basename(host_path)}: loaded with mode={name}")
try:
    plugin = ctypes.CDLL(plugin_path)  # the default mode: RTLD_LOCAL (and RTLD_NOW)
except OSError as error:
    print(f"  {os.path.basename(plugin_path)}: OSError: {error}")
else:
    plugin.plugin_run.argtypes = [ctypes.c_int]
    plugin.plugin_run.restype = ctypes.c_long
    print(f"  {os.path.basename(plugin_path)}: loaded, plugin_run(4) = {plugin.plugin_run(4)}")
# ANCHOR_END: load
