//! `clibrary`: the Rust twin of `clibrary.c`, the C library of Parts I and II.
//!
//! Every function here is exported with the C calling convention under its plain name, so
//! `ctypes.CDLL("libclibrary.so").add_numbers` finds it. The generated header
//! `clibrary.h` is the C signature ctypes must match.

use core::ffi::{c_double, c_int, c_uint, c_void};
use libc::{MAP_ANONYMOUS, MAP_FAILED, MAP_PRIVATE, PROT_READ, PROT_WRITE};
use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard, OnceLock};

// ANCHOR: add_numbers
/// Adds two C ints. Wraps around on overflow, as the C version does in practice
/// (in C, signed overflow is undefined behaviour; in Rust, `wrapping_add` defines it).
#[unsafe(no_mangle)]
pub extern "C" fn add_numbers(a: c_int, b: c_int) -> c_int {
    a.wrapping_add(b)
}
// ANCHOR_END: add_numbers

// ANCHOR: average
/// The mean of two doubles: the book's example of a function whose arguments and
/// result are not `int`, so ctypes' defaults get it wrong.
#[unsafe(no_mangle)]
pub extern "C" fn average(a: c_double, b: c_double) -> c_double {
    (a + b) / 2.0
}
// ANCHOR_END: average

// ANCHOR: get_unsigned_value
/// Returns its argument unchanged: an `unsigned int` round trip.
#[unsafe(no_mangle)]
pub extern "C" fn get_unsigned_value(input_val: c_uint) -> c_uint {
    input_val
}
// ANCHOR_END: get_unsigned_value

// ANCHOR: modify_value
/// Sets `*num` to 99: the caller's memory, changed in place. A NULL `num` is ignored.
///
/// # Safety
/// `num` must be NULL or point to a writable, aligned `int` that nothing else is using.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn modify_value(num: *mut c_int) {
    if num.is_null() {
        return;
    }
    // SAFETY: not NULL (checked above); the caller promises it points to a writable int.
    unsafe { *num = 99 };
}
// ANCHOR_END: modify_value

// ANCHOR: registry
/// Every array this library handed out and has not freed yet: address -> length.
/// It lets `free_array` rebuild the exact `Box<[c_int]>` it gave away, count live
/// arrays (`live_arrays`), and refuse pointers it never handed out.
static LIVE: Mutex<BTreeMap<usize, usize>> = Mutex::new(BTreeMap::new());

fn live() -> MutexGuard<'static, BTreeMap<usize, usize>> {
    // A panic while holding the lock cannot leave the map half-updated: keep using it.
    LIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// `[first, first + 1, ...]`, `size` of them, or `None` if the memory is not available:
/// `try_reserve_exact` reports that where a plain `collect` would abort the process.
fn counting_from(first: c_int, size: c_int) -> Option<Vec<c_int>> {
    let mut values = Vec::new();
    values.try_reserve_exact(usize::try_from(size).ok()?).ok()?;
    values.extend((0..size).map(|i| first.wrapping_add(i)));
    Some(values)
}

/// Gives up ownership of `values` to the caller, remembering its length for `free_array`.
fn hand_out(values: Vec<c_int>) -> *mut c_int {
    let boxed: Box<[c_int]> = values.into_boxed_slice();
    let len = boxed.len();
    let ptr = Box::into_raw(boxed).cast::<c_int>();
    live().insert(ptr as usize, len);
    ptr
}
// ANCHOR_END: registry

// ANCHOR: allocate_array
/// A new array `[1, 2, ..., size]` that the caller owns and must give back to
/// `free_array`. Returns NULL if `size` is zero or negative, or the memory is not available.
#[unsafe(no_mangle)]
pub extern "C" fn allocate_array(size: c_int) -> *mut c_int {
    match counting_from(1, size) {
        Some(values) if size > 0 => hand_out(values),
        _ => core::ptr::null_mut(),
    }
}
// ANCHOR_END: allocate_array

// ANCHOR: get_array
/// A new array `[0, 1, ..., size - 1]` that the caller owns and must give back to
/// `free_array`. Returns NULL if `size` is zero or negative, or the memory is not available.
#[unsafe(no_mangle)]
pub extern "C" fn get_array(size: c_int) -> *mut c_int {
    match counting_from(0, size) {
        Some(values) if size > 0 => hand_out(values),
        _ => core::ptr::null_mut(),
    }
}
// ANCHOR_END: get_array

// ANCHOR: free_array
/// Frees an array from `allocate_array` or `get_array`. Returns 0 when it freed `arr`
/// (or `arr` is NULL), and -1 without touching memory when `arr` is not a live array
/// of this library: already freed (a double free), or allocated by someone else.
///
/// # Safety
/// `arr` must not have been freed by anything but this function (for example by
/// libc's `free`): then the address may be reused and the bookkeeping is wrong.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn free_array(arr: *mut c_int) -> c_int {
    if arr.is_null() {
        return 0;
    }
    let Some(len) = live().remove(&(arr as usize)) else {
        return -1;
    };
    let slice = core::ptr::slice_from_raw_parts_mut(arr, len);
    // SAFETY: `arr` and `len` come from `Box::into_raw` in `hand_out` and were still
    // registered, so nobody freed this box yet; removing the entry makes us its only owner.
    drop(unsafe { Box::from_raw(slice) });
    0
}
// ANCHOR_END: free_array

// ANCHOR: live_arrays
/// How many arrays from `allocate_array` / `get_array` are not freed yet: the leak counter.
#[unsafe(no_mangle)]
pub extern "C" fn live_arrays() -> c_int {
    c_int::try_from(live().len()).unwrap_or(c_int::MAX)
}
// ANCHOR_END: live_arrays

// ANCHOR: array_above_4gib
/// Where `array_above_4gib` keeps its array: 258 GiB, far above 4 GiB, at an address whose
/// low 32 bits (0x8000_0000) have their top bit set.
const HIGH_ADDRESS: usize = 0x40_8000_0000;

/// The array `[1, 2, 3, 4, 5]` at 0x40_8000_0000, on every machine and under every
/// interpreter: the library maps a page of its own there on the first call and keeps it
/// until the process ends (never free it). NULL if the kernel will not put the page there.
#[unsafe(no_mangle)]
pub extern "C" fn array_above_4gib() -> *const c_int {
    static ARRAY: OnceLock<usize> = OnceLock::new();
    let address = *ARRAY.get_or_init(|| {
        let wanted = HIGH_ADDRESS as *mut c_void;
        let (read_write, private) = (PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS);
        // SAFETY: a new anonymous mapping of one page (4 KiB on x86-64). Without MAP_FIXED
        // the address is only a hint: nothing that is already mapped can be replaced.
        let page = unsafe { libc::mmap(wanted, 4096, read_write, private, -1, 0) };
        if page != wanted {
            if page != MAP_FAILED {
                // SAFETY: the page the kernel put elsewhere, mapped just above, unused.
                unsafe { libc::munmap(page, 4096) };
            }
            return 0;
        }
        let array = page.cast::<c_int>();
        for (i, value) in (1..=5).enumerate() {
            // SAFETY: the page is ours, writable, and holds far more than 5 ints.
            unsafe { array.add(i).write(value) };
        }
        HIGH_ADDRESS
    });
    address as *const c_int
}
// ANCHOR_END: array_above_4gib

// ANCHOR: fill_array
/// How many values `fill_array` writes.
pub const FILL_COUNT: c_int = 5;

/// Writes `0, 10, 20, 30, 40` into `arr` and 5 into `*count`; returns 0.
/// Returns -1 (writing nothing) if `arr` or `count` is NULL, and -2 if `capacity`
/// is less than 5: then nothing is written to `arr` and `*count` is the size needed.
///
/// # Safety
/// `arr` must be NULL or point to at least `capacity` writable ints; `count` must be
/// NULL or point to one writable int.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn fill_array(arr: *mut c_int, capacity: c_int, count: *mut c_int) -> c_int {
    if arr.is_null() || count.is_null() {
        return -1;
    }
    // SAFETY: `count` is not NULL; the caller promises it points to a writable int.
    let count = unsafe { &mut *count };
    *count = FILL_COUNT;
    if capacity < FILL_COUNT {
        return -2;
    }
    // SAFETY: `arr` is not NULL and the caller promises `capacity` (>= 5) writable ints.
    let values = unsafe { core::slice::from_raw_parts_mut(arr, FILL_COUNT as usize) };
    for (i, slot) in (0..).zip(values.iter_mut()) {
        *slot = i * 10;
    }
    0
}
// ANCHOR_END: fill_array

// ANCHOR: sum_doubles
/// The sum of `n` doubles. Returns NaN if `values` is NULL and `n` is not 0.
///
/// # Safety
/// `values` must be NULL or point to `n` readable, aligned doubles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sum_doubles(values: *const c_double, n: usize) -> c_double {
    if n == 0 {
        return 0.0;
    }
    if values.is_null() {
        return c_double::NAN;
    }
    // SAFETY: not NULL, and the caller promises `n` readable doubles.
    unsafe { core::slice::from_raw_parts(values, n) }
        .iter()
        .sum()
}
// ANCHOR_END: sum_doubles

// ANCHOR: scale_doubles
/// Multiplies `n` doubles by `factor`, in place. Returns 0, or -1 if `values` is NULL
/// and `n` is not 0.
///
/// # Safety
/// `values` must be NULL or point to `n` writable, aligned doubles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn scale_doubles(values: *mut c_double, n: usize, factor: c_double) -> c_int {
    if n == 0 {
        return 0;
    }
    if values.is_null() {
        return -1;
    }
    // SAFETY: not NULL, and the caller promises `n` writable doubles.
    for v in unsafe { core::slice::from_raw_parts_mut(values, n) } {
        *v *= factor;
    }
    0
}
// ANCHOR_END: scale_doubles

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_numbers_adds_and_wraps() {
        assert_eq!(add_numbers(5, 7), 12);
        assert_eq!(add_numbers(-5, 5), 0);
        assert_eq!(add_numbers(c_int::MAX, 1), c_int::MIN);
    }

    #[test]
    fn average_of_two_doubles() {
        assert_eq!(average(3.0, 4.0), 3.5);
        assert_eq!(average(-1.0, 1.0), 0.0);
    }

    #[test]
    fn get_unsigned_value_round_trips_the_extremes() {
        assert_eq!(get_unsigned_value(0), 0);
        assert_eq!(get_unsigned_value(c_uint::MAX), 4_294_967_295);
    }

    #[test]
    fn modify_value_sets_99_and_ignores_null() {
        let mut n: c_int = 10;
        // SAFETY: a valid, writable int.
        unsafe { modify_value(&mut n) };
        assert_eq!(n, 99);
        // SAFETY: NULL is documented as ignored.
        unsafe { modify_value(core::ptr::null_mut()) };
    }

    fn read(ptr: *mut c_int, n: usize) -> Vec<c_int> {
        // SAFETY: the tests only pass arrays of at least `n` ints from this library.
        unsafe { core::slice::from_raw_parts(ptr, n) }.to_vec()
    }

    #[test]
    fn allocate_get_and_free_arrays() {
        let a = allocate_array(5);
        let g = get_array(4);
        assert_eq!(read(a, 5), [1, 2, 3, 4, 5]);
        assert_eq!(read(g, 4), [0, 1, 2, 3]);
        // SAFETY: both came from this library and are freed once.
        assert_eq!(unsafe { free_array(a) }, 0);
        // SAFETY: as above.
        assert_eq!(unsafe { free_array(g) }, 0);
    }

    #[test]
    fn sizes_below_one_give_null() {
        assert!(allocate_array(0).is_null());
        assert!(allocate_array(-3).is_null());
        assert!(get_array(0).is_null());
        assert!(get_array(c_int::MIN).is_null());
    }

    // ANCHOR: free_array_test
    #[test]
    fn free_array_refuses_double_frees_and_foreign_pointers() {
        let a = get_array(3);
        // SAFETY: from get_array, freed once by free_array.
        assert_eq!(unsafe { free_array(a) }, 0);
        // SAFETY: the registry no longer knows `a`, so nothing is dereferenced.
        assert_eq!(unsafe { free_array(a) }, -1, "a double free is refused");
        let mut mine: c_int = 7;
        // SAFETY: a pointer this library never handed out: refused, not touched.
        assert_eq!(unsafe { free_array(&mut mine) }, -1);
        assert_eq!(mine, 7);
        // SAFETY: NULL is documented as a no-op.
        assert_eq!(unsafe { free_array(core::ptr::null_mut()) }, 0);
    }
    // ANCHOR_END: free_array_test

    #[test]
    fn live_arrays_counts_what_is_not_freed() {
        // Other tests run in parallel threads and share the registry: look only at ours.
        let ptrs: Vec<*mut c_int> = (1..=10).map(|n| get_array(n)).collect();
        assert!(ptrs.iter().all(|p| live().contains_key(&(*p as usize))));
        assert!(live_arrays() >= 10);
        for p in ptrs {
            // SAFETY: each came from get_array and is freed once.
            assert_eq!(unsafe { free_array(p) }, 0);
            assert!(!live().contains_key(&(p as usize)));
        }
    }

    #[test]
    fn array_above_4gib_is_at_its_address_and_the_same_every_time() {
        let array = array_above_4gib();
        assert_eq!(array as usize, HIGH_ADDRESS);
        assert_eq!(array_above_4gib(), array);
        // SAFETY: five ints in the library's own page, which is never unmapped.
        let values = unsafe { core::slice::from_raw_parts(array, 5) };
        assert_eq!(values, [1, 2, 3, 4, 5]);
        // What a 32-bit C int makes of the address: negative, in the kernel's half.
        assert_eq!(array as usize as u32 as i32, i32::MIN);
    }

    #[test]
    fn fill_array_fills_a_big_enough_buffer() {
        let mut buf = [-1; 10];
        let mut count = 0;
        // SAFETY: 10 writable ints and one writable count.
        let rc = unsafe { fill_array(buf.as_mut_ptr(), 10, &mut count) };
        assert_eq!((rc, count), (0, 5));
        assert_eq!(buf, [0, 10, 20, 30, 40, -1, -1, -1, -1, -1]);
    }

    #[test]
    fn fill_array_refuses_short_buffers_and_null() {
        let mut buf = [-1; 3];
        let mut count = 0;
        // SAFETY: 3 writable ints, and we say so.
        let rc = unsafe { fill_array(buf.as_mut_ptr(), 3, &mut count) };
        assert_eq!((rc, count, buf), (-2, 5, [-1, -1, -1]));
        // SAFETY: NULL pointers are documented as refused.
        let rc = unsafe { fill_array(core::ptr::null_mut(), 10, &mut count) };
        assert_eq!(rc, -1);
        // SAFETY: as above.
        let rc = unsafe { fill_array(buf.as_mut_ptr(), 3, core::ptr::null_mut()) };
        assert_eq!((rc, buf), (-1, [-1, -1, -1]));
    }

    #[test]
    fn sum_and_scale_doubles() {
        let mut v = [1.0, 2.0, 3.5];
        // SAFETY: three doubles.
        assert_eq!(unsafe { sum_doubles(v.as_ptr(), 3) }, 6.5);
        // SAFETY: three writable doubles.
        assert_eq!(unsafe { scale_doubles(v.as_mut_ptr(), 3, 2.0) }, 0);
        assert_eq!(v, [2.0, 4.0, 7.0]);
    }

    #[test]
    fn sum_and_scale_doubles_handle_null_and_empty() {
        // SAFETY: NULL with n = 0 reads nothing; NULL with n > 0 is refused.
        unsafe {
            assert_eq!(sum_doubles(core::ptr::null(), 0), 0.0);
            assert!(sum_doubles(core::ptr::null(), 4).is_nan());
            assert_eq!(scale_doubles(core::ptr::null_mut(), 0, 2.0), 0);
            assert_eq!(scale_doubles(core::ptr::null_mut(), 4, 2.0), -1);
        }
    }
}
