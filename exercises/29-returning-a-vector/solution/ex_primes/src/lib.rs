//! Exercise (chapter 29): a `Vec` handed to Python through an out-parameter, and the free
//! function that gives it back. Check your work with `just exercise chapter-29`.

mod counting; // counts the bytes the allocator believes are in use; not part of the exercise

// ANCHOR: solution
use core::ptr::{null_mut, slice_from_raw_parts_mut};

fn is_prime(n: u32) -> bool {
    n >= 2
        && (2..)
            .take_while(|d| d * d <= n)
            .all(|d| !n.is_multiple_of(d))
}

/// The primes below `limit` (at most 100,000): writes the address of a new array to `*out`
/// and returns how many primes it holds, or -1 if `out` is NULL or `limit` is too large
/// (then `*out` is NULL, as it is when there are no primes). Give the array back with
/// `primes_free(*out, count)`.
///
/// # Safety
/// `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn primes_below(limit: u32, out: *mut *mut u32) -> isize {
    if out.is_null() {
        return -1;
    }
    // SAFETY: not NULL (checked above); the caller promises it is writable.
    unsafe { out.write(null_mut()) };
    if limit > 100_000 {
        return -1;
    }
    let primes: Vec<u32> = (2..limit).filter(|&n| is_prime(n)).collect();
    // A boxed slice has exactly `count` numbers: the spare capacity goes back here.
    let primes: Box<[u32]> = primes.into_boxed_slice();
    let count = primes.len();
    if count > 0 {
        // SAFETY: as above.
        unsafe { out.write(Box::into_raw(primes).cast::<u32>()) };
    }
    count as isize
}

/// Frees an array from `primes_below`. NULL is ignored.
///
/// # Safety
/// `primes` must be NULL or an array from `primes_below`, with the count it returned, not
/// freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn primes_free(primes: *mut u32, count: usize) {
    if primes.is_null() {
        return;
    }
    // SAFETY: the caller promises a Box<[u32]> of `count` numbers from primes_below.
    drop(unsafe { Box::from_raw(slice_from_raw_parts_mut(primes, count)) });
}
// ANCHOR_END: solution
