//! The library of the chapter 9 exercise (the learner does not change it).

use core::ffi::c_int;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Mutex, MutexGuard};

/// The address and length of every array handed out and not given back yet.
static LIVE: Mutex<BTreeSet<(usize, usize)>> = Mutex::new(BTreeSet::new());
/// How often `free_squares` was given a pointer that is not a live array.
static BAD_FREES: AtomicI32 = AtomicI32::new(0);

fn live() -> MutexGuard<'static, BTreeSet<(usize, usize)>> {
    LIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

// ANCHOR: make_squares
/// A new array `[0, 1, 4, ..., (n-1)^2]` of `n` ints. The caller owns it and must give it
/// back to `free_squares`. Returns NULL if `n` is not positive.
#[unsafe(no_mangle)]
pub extern "C" fn make_squares(n: c_int) -> *mut c_int {
    if n <= 0 {
        return core::ptr::null_mut();
    }
    let values: Box<[c_int]> = (0..n).map(|i| i.wrapping_mul(i)).collect();
    let len = values.len();
    let ptr = Box::into_raw(values).cast::<c_int>();
    live().insert((ptr as usize, len));
    ptr
}
// ANCHOR_END: make_squares

// ANCHOR: free_squares
/// Frees an array from `make_squares`. Returns 0, or -1 without freeing anything if
/// `squares` is not a live array from `make_squares` (NULL, or already freed).
///
/// # Safety
/// Call it from Python with the pointer `make_squares` returned; nothing else frees it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn free_squares(squares: *mut c_int) -> c_int {
    let mut live = live();
    let Some(&(addr, len)) = live.iter().find(|(addr, _)| *addr == squares as usize) else {
        if !squares.is_null() {
            BAD_FREES.fetch_add(1, Ordering::Relaxed);
        }
        return -1;
    };
    live.remove(&(addr, len));
    let slice = core::ptr::slice_from_raw_parts_mut(squares, len);
    // SAFETY: (squares, len) came from Box::into_raw in make_squares and was still
    // registered, so this box has not been freed yet; we just unregistered it.
    drop(unsafe { Box::from_raw(slice) });
    0
}
// ANCHOR_END: free_squares

// ANCHOR: live_squares
/// How many arrays from `make_squares` have not been freed: the leak counter.
#[unsafe(no_mangle)]
pub extern "C" fn live_squares() -> c_int {
    c_int::try_from(live().len()).unwrap_or(c_int::MAX)
}
// ANCHOR_END: live_squares

// ANCHOR: bad_frees
/// How often `free_squares` was called with a pointer that was not live (a double free).
#[unsafe(no_mangle)]
pub extern "C" fn bad_frees() -> c_int {
    BAD_FREES.load(Ordering::Relaxed)
}
// ANCHOR_END: bad_frees
