//! The library of the chapter 8 exercise (the learner does not change it).

use core::ffi::c_int;

// ANCHOR: fill_cubes
/// Writes the cubes 0, 1, 8, 27, ... into `out`: at most `capacity` values, and never more
/// than 12 (the library has no more). Stores how many it wrote in `*count`.
/// Returns 0, or -1 without writing anything if a pointer is NULL or `capacity` < 0.
///
/// # Safety
/// `out` must point to `capacity` writable ints, `count` to one writable int.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn fill_cubes(out: *mut c_int, capacity: c_int, count: *mut c_int) -> c_int {
    if out.is_null() || count.is_null() || capacity < 0 {
        return -1;
    }
    let n = capacity.min(12);
    for i in 0..n {
        // SAFETY: i < capacity, and the caller promises `capacity` writable ints.
        unsafe { *out.add(i as usize) = i * i * i };
    }
    // SAFETY: not NULL (checked above); the caller promises a writable int.
    unsafe { *count = n };
    0
}
// ANCHOR_END: fill_cubes
