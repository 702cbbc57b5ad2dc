"""bookkit: the machinery that builds and checks the ctypes workbook.

One model of the book, used by every command (`bookkit --help`, which the Justfile calls)
and by the tests in ``tests/``:

- :mod:`bookkit.paths`     where things are (the checkout, build/, the book's folders)
- :mod:`bookkit.chapters`  parts and chapters, read from ``book/SUMMARY.md`` alone
- :mod:`bookkit.examples`  the examples, their libraries and variants, and
  ``examples/registry.toml`` (every mask with its reason, every deliberate demo)
- :mod:`bookkit.transcript` ``.out`` files: parse, mask, compare, render, bless
- :mod:`bookkit.markdown`  includes, anchors and fences, for the preprocessor and the checks
- :mod:`bookkit.build`     the Rust libraries and the C twins
- :mod:`bookkit.proc`      one way to run a child process: its environment, timeout, crash
- :mod:`bookkit.runner`    run an example against a library and compare it with the book
- :mod:`bookkit.memcheck`  the examples under valgrind
- :mod:`bookkit.headers`   the cbindgen headers, read with pycparser
- :mod:`bookkit.boundary`  boundary inputs for every exported function, in a forked worker
- :mod:`bookkit.exercises` the exercise harness (`just exercise`, `verify-exercises`)
- :mod:`bookkit.preprocess` the mdBook preprocessors named in ``book.toml``
- :mod:`bookkit.results`   the measured numbers the pages quote from ``book/results/``
- :mod:`bookkit.pythons`   the example suite under every CPython on the machine
- :mod:`bookkit.rendered`  the HTML book, built once for the tests that read it

The reader-facing helpers stay outside: ``workbook`` (find a built library), ``benchkit``
(time a benchmark) and ``checking`` (what an exercise's check uses).
"""
