"""Part IV's numbers: the committed results files are well-formed, and every number the
pages quote from them says what the file says.

A page quotes a measured number by following it with a marker naming the results file
(without .json) and the key, optionally with a divisor::

    a call costs 282 ns<!--bench_calls:untyped-->
    argtypes make it 2.15×<!--bench_calls:argtypes_slowdown--> slower
    about 5.5 million<!--bench_batch:to_ctypes_els/1e6--> elements a second

The key is looked up in ``derived`` first, then as ``results[key]["ns_per_item"]``
(``<case>__min`` quotes a case's fastest repeat instead of its median). The
number must equal the value rounded to as many decimals as the page shows. Re-running
``just bench`` changes the files; this test then lists every number to update, and
``python tests/test_bench_results.py`` rewrites them (read the sentences around them after).
"""

import json
import re

import benchkit
from bookkit import paths

RESULTS = paths.BOOK / "results"
PART_IV = ["18-call-overhead", "19-batching-and-conversion", "20-buffers-callbacks-cleanup",
           "21-alternatives"]  # fmt: skip
MARKED = re.compile(
    r"(?P<number>\d[\d,]*(?:\.\d+)?)(?P<unit> ?[^\s\d<]{0,6})<!--\s*(?P<file>bench_\w+):"
    r"(?P<key>\w+)(?:/(?P<divisor>[\d.e+]+))?\s*-->"
)
IMAGE = re.compile(r"!\[[^\]]*\]\((results/[^)]+)\)")


def result_files():
    """The results files of Part IV's benchmark scripts (other parts keep their own format)."""
    scripts = [s for stem in PART_IV for s in sorted((paths.EXAMPLES / stem).glob("bench_*.py"))]
    return [RESULTS / f"{s.stem}.json" for s in scripts]


def value_of(data, key):
    """derived[key], else results[key] in ns per item; `<case>__min`: its fastest repeat."""
    if key in data["derived"]:
        return data["derived"][key]
    if key in data["results"]:
        return data["results"][key]["ns_per_item"]
    case, _, fastest = key.rpartition("__")
    if fastest == "min" and case in data["results"]:
        r = data["results"][case]
        return min(r["repeats"]) * 1e9 / r["items"]
    raise KeyError(key)


def quoted_numbers(page):
    text = page.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        for m in MARKED.finditer(line):
            yield number, m


def test_committed_results_are_well_formed():
    files = result_files()
    assert len(files) >= 4, f"Part IV has only {len(files)} benchmark scripts"
    problems = []
    for path in files:
        if not path.is_file():
            problems.append(f"{path.name} is missing: run `just bench`")
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        problems += [f"{path.name}: {p}" for p in benchkit.validate(data)]
        if data.get("mode") != "full":
            problems.append(f"{path.name}: a smoke run was committed; run `just bench`")
    assert not problems, "\n".join(problems)


def test_numbers_in_the_pages_match_the_results_files():
    cache = {}
    wrong, quoted = [], 0
    for page in sorted(paths.BOOK.glob("*.md")):  # Part IV, and any other page quoting them
        for line, m in quoted_numbers(page):
            quoted += 1
            where = f"book/{page.name}:{line}"
            path = RESULTS / f"{m['file']}.json"
            if not path.is_file():
                wrong.append(f"{where}: no results file {path.name}")
                continue
            data = cache.setdefault(path, json.loads(path.read_text(encoding="utf-8")))
            try:
                value = value_of(data, m["key"]) / float(m["divisor"] or 1)
            except KeyError:
                wrong.append(f"{where}: {path.name} has no key {m['key']!r}")
                continue
            shown = m["number"].replace(",", "")
            decimals = len(shown.partition(".")[2])
            if f"{value:.{decimals}f}" != shown:
                wrong.append(
                    f"{where}: the page says {m['number']}{m['unit']} for {m['file']}:{m['key']},"
                    f" the results file says {value:.{decimals}f}"
                )
    assert quoted >= 20, f"Part IV quotes only {quoted} marked numbers; the test is not looking"
    assert not wrong, "the prose disagrees with book/results/:\n" + "\n".join(wrong)


def test_every_part_iv_page_quotes_results_and_shows_a_plot():
    problems = []
    for stem in PART_IV:
        page = paths.BOOK / f"{stem}.md"
        text = page.read_text(encoding="utf-8")
        if not any(True for _ in quoted_numbers(page)):
            problems.append(f"{page.name} quotes no measured number")
        images = IMAGE.findall(text)
        if not images:
            problems.append(f"{page.name} shows no plot from book/results/")
        for image in images:
            if not (paths.BOOK / image).is_file():
                problems.append(f"{page.name}: {image} does not exist (run `just bench`)")
        if "just bench" not in text:
            problems.append(f"{page.name} does not say how to re-run the measurements")
    assert not problems, "\n".join(problems)


def fresh_number(m):
    """The marked number `m` rewritten from its results file (unchanged if it cannot be)."""
    try:
        data = json.loads((RESULTS / f"{m['file']}.json").read_text(encoding="utf-8"))
        value = value_of(data, m["key"]) / float(m["divisor"] or 1)
    except (OSError, KeyError) as error:
        print(f"cannot update {m[0]!r}: {error!r}")
        return m[0]
    decimals = len(m["number"].partition(".")[2])
    return f"{value:.{decimals}f}" + m[0][len(m["number"]) :]


def update_pages():
    """Rewrite every marked number in Part IV's pages from book/results/, keeping the number
    of decimals each one shows. Run it after `just bench`, then re-read the sentences
    around the numbers: a claim like "slower" may no longer hold on your machine."""
    for stem in PART_IV:
        page = paths.BOOK / f"{stem}.md"
        text = page.read_text(encoding="utf-8")
        new = MARKED.sub(fresh_number, text)
        if new != text:
            page.write_text(new, encoding="utf-8")
            print(f"updated {paths.rel(page)}")


if __name__ == "__main__":
    update_pages()
