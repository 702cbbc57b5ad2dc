//! The library of the chapter 33 exercise (the learner does not change it).

use core::ffi::c_int;
use core::ptr::null_mut;
use core::sync::atomic::{AtomicI32, Ordering};

static LIVE: AtomicI32 = AtomicI32::new(0);

// ANCHOR: functions
/// One node of a singly linked list.
#[repr(C)]
pub struct Node {
    pub value: i32,
    pub next: *mut Node,
}

/// Builds a list of the `n` values and writes its first node to `*out` (NULL when `n`
/// is 0). Returns 0, or -1 if `out` is NULL or `values` is NULL with `n` > 0. The caller
/// frees the list with `list_free`.
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
        return -1;
    };
    *out = null_mut();
    if n == 0 {
        return 0;
    }
    if values.is_null() {
        return -1;
    }
    // SAFETY: not NULL, and the caller promises `n` readable values.
    let values = unsafe { core::slice::from_raw_parts(values, n) };
    for &value in values.iter().rev() {
        *out = Box::into_raw(Box::new(Node { value, next: *out }));
        LIVE.fetch_add(1, Ordering::Relaxed);
    }
    0
}

/// Frees every node of a list from `list_from_values`. NULL is ignored.
///
/// # Safety
/// `head` must be NULL or the first node of a list from `list_from_values`, not freed
/// before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn list_free(head: *mut Node) {
    let mut node = head;
    while !node.is_null() {
        // SAFETY: each node came from Box::into_raw and is freed once, here.
        node = unsafe { Box::from_raw(node) }.next;
        LIVE.fetch_sub(1, Ordering::Relaxed);
    }
}

/// How many nodes are not freed yet.
#[unsafe(no_mangle)]
pub extern "C" fn live_nodes() -> c_int {
    LIVE.load(Ordering::Relaxed)
}
// ANCHOR_END: functions
