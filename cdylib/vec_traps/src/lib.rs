//! `vec_traps`: the `len` versus `capacity` trap of `Vec::from_raw_parts`, made visible.
//!
//! Rust's allocator interface is sized: `dealloc` is told the layout (size and alignment)
//! of the block it frees, and must be told the one the block was allocated with. This
//! library's global allocator passes every call on to the system allocator and keeps a
//! count of the bytes it believes are in use: `alloc` adds the size it is asked for,
//! `dealloc` subtracts the size it is told. A free function that rebuilds a `Vec` with the
//! wrong capacity tells it the wrong size, and the count shows it.

use core::alloc::{GlobalAlloc, Layout};
use core::ptr::null_mut;
use core::sync::atomic::{AtomicUsize, Ordering};
use std::alloc::System;

// ANCHOR: allocator
/// The system allocator, plus a running total of the bytes it was told about.
struct Counting;

static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call goes to `System` unchanged, which upholds GlobalAlloc's contract;
// the counter is only arithmetic on the side.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's layout, passed on as GlobalAlloc::alloc requires.
        let block = unsafe { System.alloc(layout) };
        if !block.is_null() {
            LIVE_BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        }
        block
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        // SAFETY: the caller promises `block` came from `alloc` with this same layout.
        unsafe { System.dealloc(block, layout) };
        LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes this library's allocator handed out, minus the bytes it was told came back.
#[unsafe(no_mangle)]
pub extern "C" fn live_bytes() -> usize {
    LIVE_BYTES.load(Ordering::Relaxed)
}
// ANCHOR_END: allocator

/// `evens_into(n, ...)` refuses an `n` above this (-2): at most 100,000 numbers.
pub const EVENS_MAX: u64 = 100_000;

// ANCHOR: evens_into
/// The even numbers below `n`, built the way a producer often builds a result: in a
/// `Vec::with_capacity(n)`, then filled with fewer numbers (`n / 2`, rounded up). Writes
/// the array's address to `*out` (NULL for `n == 0`) and returns its length, or -1 if `out`
/// is NULL, -2 if `n > EVENS_MAX`. The array has spare capacity, so no free function that
/// gets only the length can free it correctly, not even `evens_free`: that is the trap.
///
/// # Safety
/// `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn evens_into(n: u64, out: *mut *mut u64) -> isize {
    if out.is_null() {
        return -1;
    }
    // SAFETY: not NULL (checked above); the caller promises it is writable.
    unsafe { out.write(null_mut()) };
    if n > EVENS_MAX {
        return -2;
    }
    if n == 0 {
        return 0; // an empty Vec allocates nothing: nothing to hand out
    }
    let mut evens = Vec::with_capacity(n as usize); // room for n numbers...
    evens.extend((0..n).step_by(2)); // ...and about n / 2 of them
    let len = evens.len();
    let mut evens = core::mem::ManuallyDrop::new(evens);
    // SAFETY: as above.
    unsafe { out.write(evens.as_mut_ptr()) };
    len as isize
}
// ANCHOR_END: evens_into

// ANCHOR: evens_into_exact
/// The same numbers, with the spare capacity given back before they leave:
/// `into_boxed_slice` leaves exactly `len` numbers, so the length is all a free needs.
///
/// # Safety
/// `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn evens_into_exact(n: u64, out: *mut *mut u64) -> isize {
    if out.is_null() {
        return -1;
    }
    // SAFETY: not NULL (checked above); the caller promises it is writable.
    unsafe { out.write(null_mut()) };
    if n > EVENS_MAX {
        return -2;
    }
    if n == 0 {
        return 0;
    }
    let mut evens = Vec::with_capacity(n as usize);
    evens.extend((0..n).step_by(2));
    let evens: Box<[u64]> = evens.into_boxed_slice(); // the spare capacity goes here
    let len = evens.len();
    // SAFETY: as above.
    unsafe { out.write(Box::into_raw(evens).cast::<u64>()) };
    len as isize
}
// ANCHOR_END: evens_into_exact

// ANCHOR: evens_free
/// Frees an array of evens the way the Rust FFI Omnibus's vector example frees one:
/// `Vec::from_raw_parts(values, len, len)`, the length given as the capacity. NULL is
/// ignored.
///
/// # Safety
/// `values` must be NULL or an array from `evens_into_exact` with the length it returned,
/// not freed before. An array from `evens_into` breaks this contract: its capacity is not
/// its length, and `Vec::from_raw_parts` then deallocates with the wrong layout, which is
/// undefined behaviour (chapter 29 shows it in a process of its own).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn evens_free(values: *mut u64, len: usize) {
    if values.is_null() {
        return;
    }
    // SAFETY: the caller promises an allocation of exactly `len` u64s (see # Safety).
    drop(unsafe { Vec::from_raw_parts(values, len, len) });
}
// ANCHOR_END: evens_free

// ANCHOR: VecU64
/// A `Vec<u64>` taken apart, as in `vectors`: pointer, length, capacity.
#[repr(C)]
#[derive(Debug)]
pub struct VecU64 {
    pub ptr: *mut u64,
    pub len: usize,
    pub cap: usize,
}

/// The even numbers below `n` as a `VecU64`: capacity `n`, length `n / 2` rounded up.
/// `ptr` is NULL if `n` is 0 or above `EVENS_MAX`. Free it with `evens_vec_free`.
#[unsafe(no_mangle)]
pub extern "C" fn evens_vec(n: u64) -> VecU64 {
    if n == 0 || n > EVENS_MAX {
        return VecU64 {
            ptr: null_mut(),
            len: 0,
            cap: 0,
        };
    }
    let mut evens = Vec::with_capacity(n as usize);
    evens.extend((0..n).step_by(2));
    let mut evens = core::mem::ManuallyDrop::new(evens);
    VecU64 {
        ptr: evens.as_mut_ptr(),
        len: evens.len(),
        cap: evens.capacity(),
    }
}

/// Frees a vector from `evens_vec`, with its own three numbers. A NULL `ptr` is ignored.
///
/// # Safety
/// `v` must be what `evens_vec` returned, unchanged, and not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn evens_vec_free(v: VecU64) {
    if v.ptr.is_null() {
        return;
    }
    // SAFETY: the caller promises the parts of a Vec<u64> from evens_vec.
    drop(unsafe { Vec::from_raw_parts(v.ptr, v.len, v.cap) });
}
// ANCHOR_END: VecU64

// ANCHOR: evens_contains_swapped
/// Whether `target` is among the numbers of `v`, a vector from `evens_vec`, which it
/// frees. Written with the two sizes of `Vec::from_raw_parts` swapped, a mistake no compiler
/// catches (both are `usize`): the `Vec` it builds claims `cap` numbers in room for `len`.
/// A NULL `ptr` gives `false`.
///
/// # Safety
/// `v` must come from `evens_vec`, unchanged, not freed before, and have no spare capacity
/// (`len == cap`). `evens_vec(n)` returns such a vector only for `n == 1`, so nearly every
/// call with one is undefined behaviour: chapter 29 makes that call in a process of its own.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn evens_contains_swapped(v: VecU64, target: u64) -> bool {
    if v.ptr.is_null() {
        return false;
    }
    // SAFETY: none, unless len == cap (see # Safety): length and capacity are swapped.
    let numbers = unsafe { Vec::from_raw_parts(v.ptr, v.cap, v.len) };
    numbers.contains(&target)
}
// ANCHOR_END: evens_contains_swapped

#[cfg(test)]
mod tests {
    use super::*;

    // One test: the counter counts every allocation in this test binary, and tests that
    // run in parallel would move it while another one reads it.
    #[test]
    fn the_allocator_is_told_the_sizes_from_raw_parts_is_given() {
        let mut out: *mut u64 = null_mut();
        let start = live_bytes();
        // SAFETY: writable out-pointers; each array is read within its length and freed
        // with the layout it was allocated with.
        unsafe {
            assert_eq!(evens_into(10, &mut out), 5);
            assert_eq!(core::slice::from_raw_parts(out, 5), [0, 2, 4, 6, 8]);
            assert_eq!(live_bytes() - start, 80); // capacity 10, not length 5
            drop(Vec::from_raw_parts(out, 5, 10)); // the layout it was allocated with
            assert_eq!(live_bytes(), start);

            assert_eq!(evens_into_exact(10, &mut out), 5);
            assert_eq!(live_bytes() - start, 40);
            evens_free(out, 5); // correct here: capacity == length
            assert_eq!(live_bytes(), start);

            assert_eq!(evens_into(0, &mut out), 0);
            assert!(out.is_null());
            assert_eq!(evens_into(EVENS_MAX + 1, &mut out), -2);
            assert_eq!(evens_into(10, null_mut()), -1);
            assert_eq!(evens_into_exact(EVENS_MAX + 1, &mut out), -2);
            assert_eq!(evens_into_exact(10, null_mut()), -1);
            evens_free(null_mut(), 5);

            let v = evens_vec(10);
            assert_eq!((v.len, v.cap), (5, 10));
            assert_eq!(live_bytes() - start, 80);
            evens_vec_free(v);
            assert_eq!(live_bytes(), start);
            assert!(evens_vec(0).ptr.is_null());
            assert!(evens_vec(EVENS_MAX + 1).ptr.is_null());
            evens_vec_free(evens_vec(0));

            // Sound only when swapping changes nothing, len == cap: evens_vec(1) is [0].
            let one = evens_vec(1);
            assert_eq!((one.len, one.cap), (1, 1));
            assert!(evens_contains_swapped(one, 0));
            assert_eq!(live_bytes(), start);
            let null = VecU64 {
                ptr: null_mut(),
                len: 3,
                cap: 7,
            };
            assert!(!evens_contains_swapped(null, 0));
        }
        assert_eq!(live_bytes(), start);
    }
}
