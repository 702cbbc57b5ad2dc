//! The library of the chapter 7 exercise (the learner does not change it).

use core::ffi::c_int;

static PRIMES: [c_int; 10] = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29];

// ANCHOR: primes_table
/// A pointer to the library's own table of primes, and its length in `*count`.
/// The table belongs to the library and lives as long as it is loaded: never free it.
/// Returns NULL (and writes nothing) if `count` is NULL.
///
/// # Safety
/// `count` must be NULL or point to a writable C int.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn primes_table(count: *mut c_int) -> *const c_int {
    if count.is_null() {
        return core::ptr::null();
    }
    // SAFETY: not NULL (checked above); the caller promises a writable int.
    unsafe { *count = PRIMES.len() as c_int };
    PRIMES.as_ptr()
}
// ANCHOR_END: primes_table
