"""``bookkit``: the one command line of the book's machinery. The Justfile calls it.

bookkit build                       the Rust libraries and the C twins
bookkit chapters                    the chapters, numbered as in the book
bookkit run chapter-2 [--impl c]    run a chapter's examples, compare with the book
bookkit bless [chapter-2 ...]       rewrite expected outputs from real runs
bookkit memcheck [chapter-2 ...]    the examples under valgrind memcheck
bookkit test-pythons [--list]       the example suite under every CPython here
bookkit exercises list|run|reset|verify|sync
bookkit anchors                     ANCHOR regions no page includes
bookkit signatures [script.py ...]  every argtypes/restype checked against the C headers
bookkit results update              rewrite the numbers the pages quote from book/results/
bookkit preprocess captions|trim    the mdBook preprocessors book.toml names
"""

from __future__ import annotations

import argparse
import os
import sys

from . import build, chapters, markdown, paths


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bookkit", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="build the Rust libraries and the C twins")
    sub.add_parser("chapters", help="list the chapters")
    run = sub.add_parser("run", help="run one chapter's examples and compare with the book")
    run.add_argument("chapter", help="chapter-N, as numbered in the book")
    run.add_argument("--impl", choices=["rust", "c"], default="rust")
    bless = sub.add_parser("bless", help="rewrite expected outputs from real runs")
    bless.add_argument("chapters", nargs="*")
    mem = sub.add_parser("memcheck", help="the examples under valgrind memcheck")
    mem.add_argument("chapters", nargs="*", help="chapter-N (default: all)")
    mem.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    mem.add_argument("-v", "--verbose", action="store_true")
    py = sub.add_parser("test-pythons", help="the example suite under every CPython here")
    py.add_argument("--list", action="store_true", help="only list the interpreters")
    ex = sub.add_parser("exercises", help="the exercises")
    ex_sub = ex.add_subparsers(dest="action", required=True)
    ex_sub.add_parser("list", help="every exercise with its status")
    ex_run = ex_sub.add_parser("run", help="check your working copy")
    ex_run.add_argument("chapter", nargs="?", default="next")
    ex_reset = ex_sub.add_parser("reset", help="restore the starter")
    ex_reset.add_argument("chapter")
    ex_verify = ex_sub.add_parser("verify", help="every starter fails, every solution passes")
    ex_verify.add_argument("names", nargs="*")
    ex_sub.add_parser("sync", help="write exercises/Cargo.toml and .gitignore from info.toml")
    sub.add_parser("anchors", help="list the ANCHOR regions no page includes")
    sig = sub.add_parser("signatures", help="check every argtypes/restype against the headers")
    sig.add_argument("scripts", nargs="*", help="scripts to check (default: the whole book)")
    res = sub.add_parser("results", help="the measured numbers the pages quote")
    res.add_argument("action", choices=["update", "compare", "scripts"])
    res.add_argument("runs", nargs="*", help="compare: two run folders (default: the last two)")
    # Listed for --help only: main() hands `bench ...` to results.bench, which parses its own
    # options (argparse's REMAINDER would drop a leading --option).
    sub.add_parser("bench", help="measure every number the book quotes", add_help=False)
    pre = sub.add_parser("preprocess", help="an mdBook preprocessor (book.toml)")
    pre.add_argument("which", choices=["captions", "trim"])
    pre.add_argument("rest", nargs="*")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["bench"]:
        from . import results

        return results.bench(argv[1:])
    args = parser().parse_args(argv)
    try:
        return dispatch(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `bookkit chapters | head`
        return 0
    except chapters.UnknownChapter as e:
        print(e, file=sys.stderr)
        return 2


def dispatch(args: argparse.Namespace) -> int:
    if args.command == "build":
        build.everything()
        return 0
    if args.command == "chapters":
        print(chapters.listing())
        return 0
    if args.command == "run":
        from . import runner

        return runner.cmd_run(args.chapter, args.impl)
    if args.command == "bless":
        from . import runner

        return runner.cmd_bless(args.chapters)
    if args.command == "memcheck":
        from . import memcheck

        return memcheck.main(args.chapters, args.jobs, args.verbose)
    if args.command == "test-pythons":
        from . import pythons

        return pythons.main(["--list"] if args.list else [])
    if args.command == "exercises":
        return exercises_command(args)
    if args.command == "anchors":
        unused = markdown.unused_anchors(anchor_files())
        print("\n".join(unused) or "every ANCHOR region is included by a page")
        return 1 if unused else 0
    if args.command == "signatures":
        from . import signatures

        return signatures.main(args.scripts)
    if args.command == "results":
        from . import results

        if args.action == "compare":
            return results.compare(args.runs)
        if args.action == "scripts":
            print("\n".join(paths.rel(s) for s in results.scripts()))
            return 0
        return results.update_pages()
    if args.command == "preprocess":
        from . import preprocess

        return preprocess.main(args.which, args.rest)
    raise AssertionError(args.command)


def exercises_command(args: argparse.Namespace) -> int:
    from . import exercises

    try:
        if args.action == "list":
            return exercises.cmd_list()
        if args.action == "run":
            return exercises.cmd_run(args.chapter)
        if args.action == "reset":
            return exercises.cmd_reset(args.chapter)
        if args.action == "sync":
            return exercises.cmd_sync()
        return exercises.cmd_verify(args.names)
    except (exercises.SetupError, exercises.InfoError) as error:
        print(f"The exercise harness could not start: {error}", file=sys.stderr)
        return 3


def anchor_files() -> list:
    """The hand-written files that may hold ANCHOR comments. The generated C headers are
    left out: cbindgen's writer anchors every declaration, so pages can pick any of them.
    So are build folders (setuptools copies chapter 40's wrapper into cdylib/shipped/build/)."""
    from . import exercises

    # A learner's working copy repeats its starter's anchors; pages include the starter.
    copies = {ex.working(f).resolve() for ex in exercises.exercises() for f in ex.files}
    found = []
    for folder in (paths.EXAMPLES, paths.EXERCISES, paths.CDYLIB, paths.ROOT / "python"):
        for path in sorted(folder.rglob("*")):
            parts = set(path.relative_to(paths.ROOT).parts)
            if not path.is_file() or {"target", "__pycache__", "build"} & parts:
                continue
            if path.suffix == ".h" and path.parent.parent == paths.CDYLIB:
                continue
            if path.resolve() in copies:
                continue
            if path.suffix in {".py", ".sh", ".rs", ".c", ".h", ".toml", ".md"}:
                found.append(path)
    return found + [paths.ROOT / "README.md", paths.ROOT / "Justfile"]


if __name__ == "__main__":
    sys.exit(main())
