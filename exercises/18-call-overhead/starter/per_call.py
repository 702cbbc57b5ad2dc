"""Exercise (chapter 18): measure what one ctypes call costs, in nanoseconds.

Check your work with `just exercise chapter-18`.
"""

# ANCHOR: starter
import time


def per_call_ns(function, args, calls=100_000):
    """The average time of one call function(*args), in nanoseconds, over `calls` calls."""
    start = time.perf_counter_ns()
    for _ in range(calls):
        function(*args)
    elapsed = time.perf_counter_ns() - start
    # TODO: this is the time of all the calls together.
    return elapsed


# ANCHOR_END: starter
