#ifndef POINTER_GRAPHS_H
#define POINTER_GRAPHS_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// A pointer argument (or a string in a list) is NULL.
#define ERR_NULL -1

// A count is negative.
#define ERR_INVALID -3

// What `list_sum` returns for a list that runs in a circle.
#define LIST_CYCLE INT64_MIN

// ANCHOR: CommandLine
// A parsed command line. It keeps the caller's string pointers, not copies, the way
// `getopt`'s `optarg` points into `argv`: the strings must outlive it.
typedef struct CommandLine CommandLine;
// ANCHOR_END: CommandLine

// ANCHOR: Node
// One node of a singly linked list: a struct that points to its own type.
typedef struct Node {
  int32_t value;
  // The next node, or NULL at the end.
  struct Node *next;
} Node;
// ANCHOR_END: Node

// ANCHOR: live_allocations
// How many nodes, word lists and command lines are not freed yet.
int live_allocations(void);
// ANCHOR_END: live_allocations

// ANCHOR: argv_count
// How many strings come before the NULL that ends `list` (the shape of `argv` and
// `environ`), or `ERR_NULL` if `list` itself is NULL.
//
// # Safety
// `list` must be NULL or point to readable pointers, the last of which is NULL.
int argv_count(const char *const *list);
// ANCHOR_END: argv_count

// ANCHOR: argv_join
// Joins `argv[0]` to `argv[argc - 1]` with single spaces into `out`, cut to fit and
// NUL-terminated like `snprintf`. Returns the length of the whole joined string (so
// `out` NULL with `capacity` 0 asks for it), `ERR_NULL` if `argv` or one of its strings
// is NULL, or `out` is NULL with `capacity` > 0, `ERR_INVALID` if `argc` < 0. The
// strings are read during the call only.
//
// # Safety
// `argv` must be NULL or point to `argc` pointers, each NULL or a NUL-terminated string;
// `out` must be NULL or point to `capacity` writable bytes.
ptrdiff_t argv_join(int argc, const char *const *argv, char *out, size_t capacity);
// ANCHOR_END: argv_join

// ANCHOR: cmdline_new
// A command line over `argv[0]` to `argv[argc - 1]`, or NULL if `argc` < 0 or a
// pointer is NULL. The caller frees it with `cmdline_free`.
//
// # Safety
// `argv` must be NULL or point to `argc` pointers, each NULL or a NUL-terminated string,
// and those strings must stay valid and unchanged until `cmdline_free`. (The array of
// pointers itself may go: it is copied.)
struct CommandLine *cmdline_new(int argc, const char *const *argv);
// ANCHOR_END: cmdline_new

// ANCHOR: cmdline_option
// The value of the last `--name=value` argument: a pointer into the caller's own
// string, just after the `=`. NULL if there is none, or `cl` or `name` is NULL.
//
// # Safety
// `cl` must be NULL or a live command line whose strings are still valid; `name` must be
// NULL or a NUL-terminated string.
const char *cmdline_option(const struct CommandLine *cl, const char *name);
// ANCHOR_END: cmdline_option

// ANCHOR: cmdline_free
// Destroys a command line (not the strings, which were never its own). NULL is ignored.
//
// # Safety
// `cl` must be NULL or come from `cmdline_new`, and not be used or freed again.
void cmdline_free(struct CommandLine *cl);
// ANCHOR_END: cmdline_free

// ANCHOR: words_split
// The words of `text` (split at spaces, empty words skipped), as a new NULL-terminated
// list of new strings. NULL if `text` is NULL. Free it with `words_free`.
//
// # Safety
// `text` must be NULL or a NUL-terminated string.
char **words_split(const char *text);
// ANCHOR_END: words_split

// ANCHOR: words_free
// Frees a list from `words_split`: every string, then the list. NULL is ignored.
//
// # Safety
// `words` must be NULL or come from `words_split`, unchanged, and not be freed again.
void words_free(char **words);
// ANCHOR_END: words_free

// ANCHOR: list_from_values
// Builds a list of `n` new nodes holding `values` in order and writes its first node to
// `*out` (NULL for an empty list): the caller's `Node *` is the out-parameter. Returns 0,
// or `ERR_NULL` if `out` is NULL or `values` is NULL with `n` > 0 (`*out` is then
// untouched, or NULL). The caller frees the list with `list_free`.
//
// # Safety
// `values` must be NULL or point to `n` readable `int32_t`s; `out` must be NULL or
// point to a writable `Node *`.
int list_from_values(const int32_t *values, size_t n, struct Node **out);
// ANCHOR_END: list_from_values

// ANCHOR: list_sum
// The sum of the values from `head` to the NULL at the end (0 for an empty list), or
// `LIST_CYCLE` if the list never ends: a second pointer runs two nodes for each one of
// the first, and on a circle it comes round and meets it (Floyd's method).
//
// # Safety
// `head` must be NULL or point to a readable `Node` whose `next` pointers each are NULL
// or point to a readable `Node` (Python's or the library's).
int64_t list_sum(const struct Node *head);
// ANCHOR_END: list_sum

// ANCHOR: list_reverse
// Reverses the list that `*head` starts, in place, and points `*head` at its new first
// node (the old last one): `head` is both an input and an output. Returns 0, or
// `ERR_NULL` if `head` is NULL.
//
// # Safety
// `head` must be NULL or point to a writable `Node *` that starts a NULL-terminated
// list of writable nodes.
int list_reverse(struct Node **head);
// ANCHOR_END: list_reverse

// ANCHOR: list_free
// Frees every node of a list from `list_from_values`. NULL (an empty list) is ignored.
//
// # Safety
// `head` must be NULL or the first node of a list from `list_from_values` (reversed or
// not), and no node may be used or freed again.
void list_free(struct Node *head);
// ANCHOR_END: list_free

#endif  /* POINTER_GRAPHS_H */
