//! Exercise (chapter 29): a `Vec` handed to Python through an out-parameter, and the free
//! function that gives it back. Check your work with `just exercise chapter-29`.

mod counting; // counts the bytes the allocator believes are in use; not part of the exercise

// ANCHOR: starter
use core::mem::ManuallyDrop;
use core::ptr::null_mut;

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
    let count = primes.len();
    if count > 0 {
        let mut primes = ManuallyDrop::new(primes);
        // SAFETY: as above.
        unsafe { out.write(primes.as_mut_ptr()) };
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
    // TODO: `collect` grew the vector as it went, so it usually has room for more primes
    // than it holds. This tells the allocator the block was `count` numbers long.
    // SAFETY: the caller promises an array from primes_below with its count.
    drop(unsafe { Vec::from_raw_parts(primes, count, count) });
}
// ANCHOR_END: starter
