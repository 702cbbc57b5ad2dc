# strtod takes its decimal point from the locale, Rust's parse does not: the one difference left.
# ANCHOR: setup
set -euo pipefail
locales=build/scratch/locales  # a scratch folder inside the checkout
mkdir -p "$locales"
localedef -i de_DE -f UTF-8 "$locales/de_DE.UTF-8"  # compile a German locale from glibc's sources
export LOCPATH=$PWD/$locales                         # and let setlocale find it there
# ANCHOR_END: setup

# ANCHOR: run
echo "Rust library:"
python3 examples/26-errors-and-panics/_parse_in_locale.py
echo "C twin:"
WORKBOOK_LIB_DIR=build/c/26-errors-and-panics python3 examples/26-errors-and-panics/_parse_in_locale.py
# ANCHOR_END: run
