//! `pointer_graphs`: pointers to pointers.
//!
//! Lists of strings in the shape of C's `argv` (counted, and NULL-terminated), a command
//! line that keeps the caller's strings instead of copying them (`cmdline_new`), a
//! NULL-terminated list of new strings handed out (`words_split` / `words_free`), and a
//! linked list of `Node`s built behind a `Node **` out-parameter (`list_from_values`),
//! walked, reversed in place and freed. `live_allocations` counts what is not freed yet.

use core::ffi::{CStr, c_char, c_int};
use core::ptr::{self, null, null_mut};
use core::sync::atomic::{AtomicI32, Ordering};
use std::ffi::CString;

/// A pointer argument (or a string in a list) is NULL.
pub const ERR_NULL: c_int = -1;
/// A count is negative.
pub const ERR_INVALID: c_int = -3;

static LIVE: AtomicI32 = AtomicI32::new(0);

// ANCHOR: live_allocations
/// How many nodes, word lists and command lines are not freed yet.
#[unsafe(no_mangle)]
pub extern "C" fn live_allocations() -> c_int {
    LIVE.load(Ordering::Relaxed)
}
// ANCHOR_END: live_allocations

/// The `argc` pointers at `argv`, each checked for NULL; None if `argc` < 0 or a
/// pointer is NULL (`argv` itself may be NULL only when `argc` is 0).
///
/// # Safety
/// `argv` must be NULL or point to `argc` readable pointers.
unsafe fn strings<'a>(argc: c_int, argv: *const *const c_char) -> Option<&'a [*const c_char]> {
    let n = usize::try_from(argc).ok()?;
    if n == 0 {
        return Some(&[]);
    }
    if argv.is_null() {
        return None;
    }
    // SAFETY: not NULL, and the caller promises `argc` readable pointers.
    let list = unsafe { core::slice::from_raw_parts(argv, n) };
    list.iter().all(|s| !s.is_null()).then_some(list)
}

// ANCHOR: argv_count
/// How many strings come before the NULL that ends `list` (the shape of `argv` and
/// `environ`), or `ERR_NULL` if `list` itself is NULL.
///
/// # Safety
/// `list` must be NULL or point to readable pointers, the last of which is NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn argv_count(list: *const *const c_char) -> c_int {
    if list.is_null() {
        return ERR_NULL;
    }
    let mut n = 0;
    // SAFETY: every pointer up to and including the NULL is readable (the caller's
    // promise), and the loop stops at the NULL.
    while !unsafe { *list.add(n) }.is_null() {
        n += 1;
    }
    c_int::try_from(n).unwrap_or(c_int::MAX)
}
// ANCHOR_END: argv_count

// ANCHOR: argv_join
/// Joins `argv[0]` to `argv[argc - 1]` with single spaces into `out`, cut to fit and
/// NUL-terminated like `snprintf`. Returns the length of the whole joined string (so
/// `out` NULL with `capacity` 0 asks for it), `ERR_NULL` if `argv` or one of its strings
/// is NULL, or `out` is NULL with `capacity` > 0, `ERR_INVALID` if `argc` < 0. The
/// strings are read during the call only.
///
/// # Safety
/// `argv` must be NULL or point to `argc` pointers, each NULL or a NUL-terminated string;
/// `out` must be NULL or point to `capacity` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn argv_join(
    argc: c_int,
    argv: *const *const c_char,
    out: *mut c_char,
    capacity: usize,
) -> isize {
    if argc < 0 {
        return ERR_INVALID as isize;
    }
    // SAFETY: the caller's promise, passed on.
    let Some(list) = (unsafe { strings(argc, argv) }) else {
        return ERR_NULL as isize;
    };
    if out.is_null() && capacity > 0 {
        return ERR_NULL as isize;
    }
    let mut joined = Vec::new();
    for (i, &s) in list.iter().enumerate() {
        if i > 0 {
            joined.push(b' ');
        }
        // SAFETY: not NULL (checked by `strings`), and NUL-terminated (the caller's promise).
        joined.extend_from_slice(unsafe { CStr::from_ptr(s) }.to_bytes());
    }
    if capacity > 0 {
        let kept = joined.len().min(capacity - 1);
        // SAFETY: `kept + 1 <= capacity` writable bytes (the caller's promise), and
        // `joined` is our own allocation, so the two do not overlap.
        unsafe {
            ptr::copy_nonoverlapping(joined.as_ptr().cast::<c_char>(), out, kept);
            out.add(kept).write(0);
        }
    }
    joined.len() as isize // a Vec never holds more than isize::MAX bytes
}
// ANCHOR_END: argv_join

// ANCHOR: CommandLine
/// A parsed command line. It keeps the caller's string pointers, not copies, the way
/// `getopt`'s `optarg` points into `argv`: the strings must outlive it.
pub struct CommandLine {
    args: Vec<*const c_char>,
}

/// A command line over `argv[0]` to `argv[argc - 1]`, or NULL if `argc` < 0 or a
/// pointer is NULL. The caller frees it with `cmdline_free`.
///
/// # Safety
/// `argv` must be NULL or point to `argc` pointers, each NULL or a NUL-terminated string,
/// and those strings must stay valid and unchanged until `cmdline_free`. (The array of
/// pointers itself may go: it is copied.)
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cmdline_new(argc: c_int, argv: *const *const c_char) -> *mut CommandLine {
    // SAFETY: the caller's promise, passed on.
    let Some(list) = (unsafe { strings(argc, argv) }) else {
        return null_mut();
    };
    LIVE.fetch_add(1, Ordering::Relaxed);
    Box::into_raw(Box::new(CommandLine {
        args: list.to_vec(),
    }))
}

/// The value of the last `--name=value` argument: a pointer into the caller's own
/// string, just after the `=`. NULL if there is none, or `cl` or `name` is NULL.
///
/// # Safety
/// `cl` must be NULL or a live command line whose strings are still valid; `name` must be
/// NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cmdline_option(
    cl: *const CommandLine,
    name: *const c_char,
) -> *const c_char {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a live command line.
    let Some(cl) = (unsafe { cl.as_ref() }) else {
        return null();
    };
    if name.is_null() {
        return null();
    }
    // SAFETY: not NULL; the caller promises a NUL-terminated string.
    let name = unsafe { CStr::from_ptr(name) }.to_bytes();
    let mut found = null();
    for &arg in &cl.args {
        // SAFETY: the strings cmdline_new was given are still valid (the caller's promise).
        let text = unsafe { CStr::from_ptr(arg) }.to_bytes();
        let rest = text.strip_prefix(b"--").and_then(|t| t.strip_prefix(name));
        if rest.is_some_and(|r| r.first() == Some(&b'=')) {
            // SAFETY: "--" + name + "=" lie inside the string, so this stays inside it.
            found = unsafe { arg.add(2 + name.len() + 1) };
        }
    }
    found
}

/// Destroys a command line (not the strings, which were never its own). NULL is ignored.
///
/// # Safety
/// `cl` must be NULL or come from `cmdline_new`, and not be used or freed again.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cmdline_free(cl: *mut CommandLine) {
    if !cl.is_null() {
        // SAFETY: from Box::into_raw in cmdline_new, freed once (the caller's promise).
        drop(unsafe { Box::from_raw(cl) });
        LIVE.fetch_sub(1, Ordering::Relaxed);
    }
}
// ANCHOR_END: CommandLine

// ANCHOR: words_split
/// The words of `text` (split at spaces, empty words skipped), as a new NULL-terminated
/// list of new strings. NULL if `text` is NULL. Free it with `words_free`.
///
/// # Safety
/// `text` must be NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn words_split(text: *const c_char) -> *mut *mut c_char {
    if text.is_null() {
        return null_mut();
    }
    // SAFETY: not NULL; the caller promises a NUL-terminated string.
    let bytes = unsafe { CStr::from_ptr(text) }.to_bytes();
    let mut list: Vec<*mut c_char> = bytes
        .split(|&b| b == b' ')
        .filter(|word| !word.is_empty())
        .map(|word| {
            CString::new(word)
                .expect("no NUL inside a C string")
                .into_raw()
        })
        .collect();
    list.push(null_mut()); // the terminator: the list's length is not stored anywhere
    LIVE.fetch_add(1, Ordering::Relaxed);
    Box::into_raw(list.into_boxed_slice()).cast::<*mut c_char>()
}

/// Frees a list from `words_split`: every string, then the list. NULL is ignored.
///
/// # Safety
/// `words` must be NULL or come from `words_split`, unchanged, and not be freed again.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn words_free(words: *mut *mut c_char) {
    if words.is_null() {
        return;
    }
    // SAFETY: a list from words_split: NULL-terminated, so argv_count finds its length.
    let n = unsafe { argv_count(words.cast::<*const c_char>()) } as usize;
    // SAFETY: the boxed slice of n + 1 pointers words_split made (the caller's promise).
    let list = unsafe { Box::from_raw(ptr::slice_from_raw_parts_mut(words, n + 1)) };
    for &word in &list[..n] {
        // SAFETY: each string came from CString::into_raw and is freed once, here.
        drop(unsafe { CString::from_raw(word) });
    }
    LIVE.fetch_sub(1, Ordering::Relaxed);
}
// ANCHOR_END: words_split

// ANCHOR: Node
/// One node of a singly linked list: a struct that points to its own type.
#[repr(C)]
pub struct Node {
    pub value: i32,
    /// The next node, or NULL at the end.
    pub next: *mut Node,
}
// ANCHOR_END: Node

// ANCHOR: list_from_values
/// Builds a list of `n` new nodes holding `values` in order and writes its first node to
/// `*out` (NULL for an empty list): the caller's `Node *` is the out-parameter. Returns 0,
/// or `ERR_NULL` if `out` is NULL or `values` is NULL with `n` > 0 (`*out` is then
/// untouched, or NULL). The caller frees the list with `list_free`.
///
/// # Safety
/// `values` must be NULL or point to `n` readable `int32_t`s; `out` must be NULL or
/// point to a writable `Node *`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn list_from_values(
    values: *const i32,
    n: usize,
    out: *mut *mut Node,
) -> c_int {
    // SAFETY: `as_mut` checks for NULL; otherwise the caller promises a writable pointer.
    let Some(out) = (unsafe { out.as_mut() }) else {
        return ERR_NULL;
    };
    *out = null_mut();
    if n == 0 {
        return 0;
    }
    if values.is_null() {
        return ERR_NULL;
    }
    // SAFETY: not NULL, and the caller promises `n` readable values.
    let values = unsafe { core::slice::from_raw_parts(values, n) };
    let mut head = null_mut();
    for &value in values.iter().rev() {
        head = Box::into_raw(Box::new(Node { value, next: head }));
        LIVE.fetch_add(1, Ordering::Relaxed);
    }
    *out = head;
    0
}
// ANCHOR_END: list_from_values

// ANCHOR: list_sum
/// What `list_sum` returns for a list that runs in a circle.
pub const LIST_CYCLE: i64 = i64::MIN;

/// The sum of the values from `head` to the NULL at the end (0 for an empty list), or
/// `LIST_CYCLE` if the list never ends: a second pointer runs two nodes for each one of
/// the first, and on a circle it comes round and meets it (Floyd's method).
///
/// # Safety
/// `head` must be NULL or point to a readable `Node` whose `next` pointers each are NULL
/// or point to a readable `Node` (Python's or the library's).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn list_sum(head: *const Node) -> i64 {
    let (mut node, mut hare) = (head, head);
    let mut sum = 0;
    // SAFETY: NULL or a readable Node, the caller's promise.
    while let Some(current) = unsafe { node.as_ref() } {
        sum += i64::from(current.value);
        node = current.next;
        for _ in 0..2 {
            // SAFETY: as above.
            hare = unsafe { hare.as_ref() }.map_or(null(), |h| h.next);
        }
        if !node.is_null() && node == hare {
            return LIST_CYCLE;
        }
    }
    sum
}
// ANCHOR_END: list_sum

// ANCHOR: list_reverse
/// Reverses the list that `*head` starts, in place, and points `*head` at its new first
/// node (the old last one): `head` is both an input and an output. Returns 0, or
/// `ERR_NULL` if `head` is NULL.
///
/// # Safety
/// `head` must be NULL or point to a writable `Node *` that starts a NULL-terminated
/// list of writable nodes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn list_reverse(head: *mut *mut Node) -> c_int {
    // SAFETY: `as_mut` checks for NULL; otherwise the caller promises a writable pointer.
    let Some(head) = (unsafe { head.as_mut() }) else {
        return ERR_NULL;
    };
    let (mut previous, mut node) = (null_mut(), *head);
    // SAFETY: each node is NULL or writable (the caller's promise).
    while let Some(current) = unsafe { node.as_mut() } {
        let next = current.next;
        current.next = previous;
        previous = node;
        node = next;
    }
    *head = previous;
    0
}
// ANCHOR_END: list_reverse

// ANCHOR: list_free
/// Frees every node of a list from `list_from_values`. NULL (an empty list) is ignored.
///
/// # Safety
/// `head` must be NULL or the first node of a list from `list_from_values` (reversed or
/// not), and no node may be used or freed again.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn list_free(head: *mut Node) {
    let mut node = head;
    while !node.is_null() {
        // SAFETY: each node came from Box::into_raw in list_from_values, freed once.
        let boxed = unsafe { Box::from_raw(node) };
        node = boxed.next;
        LIVE.fetch_sub(1, Ordering::Relaxed);
    }
}
// ANCHOR_END: list_free

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_and_terminated_lists() {
        let list = [c"prog".as_ptr(), c"--name=ada".as_ptr(), null()];
        let mut out = [0 as c_char; 8];
        // SAFETY: a NULL-terminated list of strings and 8 writable bytes; then NULL cases.
        unsafe {
            assert_eq!(argv_count(list.as_ptr()), 2);
            assert_eq!(argv_count(null()), ERR_NULL);
            assert_eq!(argv_join(2, list.as_ptr(), null_mut(), 0), 15);
            assert_eq!(argv_join(2, list.as_ptr(), out.as_mut_ptr(), 8), 15);
            assert_eq!(CStr::from_ptr(out.as_ptr()).to_bytes(), b"prog --");
            assert_eq!(
                argv_join(3, list.as_ptr(), null_mut(), 0),
                ERR_NULL as isize
            );
            assert_eq!(argv_join(1, null(), null_mut(), 0), ERR_NULL as isize);
            assert_eq!(
                argv_join(-1, list.as_ptr(), null_mut(), 0),
                ERR_INVALID as isize
            );
            assert_eq!(argv_join(0, null(), out.as_mut_ptr(), 8), 0);
            assert_eq!(
                argv_join(1, list.as_ptr(), null_mut(), 8),
                ERR_NULL as isize
            );
        }
    }

    #[test]
    fn command_line_points_into_the_callers_strings() {
        let args = [c"prog".as_ptr(), c"--name=ada".as_ptr(), c"--name".as_ptr()];
        // SAFETY: three strings that outlive the command line; then NULL cases.
        unsafe {
            let cl = cmdline_new(3, args.as_ptr());
            let value = cmdline_option(cl, c"name".as_ptr());
            assert_eq!(value, args[1].add(7), "a pointer into args[1], not a copy");
            assert!(cmdline_option(cl, c"nam".as_ptr()).is_null());
            assert!(cmdline_option(cl, null()).is_null());
            assert!(cmdline_option(null(), c"name".as_ptr()).is_null());
            cmdline_free(cl);
            cmdline_free(null_mut());
            assert!(cmdline_new(1, null()).is_null());
            assert!(cmdline_new(-1, args.as_ptr()).is_null());
            let empty = cmdline_new(0, null());
            assert!(cmdline_option(empty, c"name".as_ptr()).is_null());
            cmdline_free(empty);
        }
    }

    #[test]
    fn words_split_is_null_terminated() {
        // SAFETY: a NUL-terminated string; the list is freed once; NULL is refused.
        unsafe {
            let words = words_split(c" to be  or".as_ptr());
            assert_eq!(argv_count(words.cast()), 3);
            assert_eq!(CStr::from_ptr(*words.add(2)).to_bytes(), b"or");
            words_free(words);
            words_free(null_mut());
            assert!(words_split(null()).is_null());
        }
    }

    #[test]
    fn linked_list_out_parameter_walk_reverse_free() {
        let values = [3, 1, 4, 1, 5];
        let mut head: *mut Node = null_mut();
        // SAFETY: 5 readable values and a writable head; the list is freed once.
        unsafe {
            assert_eq!(list_from_values(values.as_ptr(), 5, &mut head), 0);
            assert_eq!(list_sum(head), 14);
            assert_eq!(list_reverse(&mut head), 0);
            assert_eq!((*head).value, 5);
            assert_eq!(list_sum(head), 14);
            assert!(
                live_allocations() >= 5,
                "other tests, in other threads, add their own"
            );
            list_free(head);
            assert_eq!(list_from_values(null(), 2, &mut head), ERR_NULL);
            assert!(head.is_null());
            assert_eq!(list_from_values(values.as_ptr(), 5, null_mut()), ERR_NULL);
            assert_eq!(list_sum(null()), 0);
            assert_eq!(list_reverse(null_mut()), ERR_NULL);
            list_free(null_mut());
        }
    }

    #[test]
    fn list_sum_detects_a_cycle() {
        let mut a = Node {
            value: 1,
            next: null_mut(),
        };
        let mut b = Node {
            value: 2,
            next: &mut a,
        };
        a.next = &mut b;
        // SAFETY: two readable nodes that point at each other.
        assert_eq!(unsafe { list_sum(&a) }, LIST_CYCLE);
        let mut c = Node {
            value: 7,
            next: null_mut(),
        };
        c.next = &mut c;
        // SAFETY: one node that points at itself.
        assert_eq!(unsafe { list_sum(&c) }, LIST_CYCLE);
    }
}
