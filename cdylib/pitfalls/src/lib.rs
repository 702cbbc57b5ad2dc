//! `pitfalls`: small functions that are easy to call wrongly from Python.
//!
//! Each is correct on its own, and each is easy to call with a wrong name, a wrong
//! `restype`, wrong `argtypes` or a wrong free.

use core::ffi::{CStr, c_char, c_double, c_int, c_void};
use libc::{MAP_ANONYMOUS, MAP_FAILED, MAP_PRIVATE, PROT_READ, PROT_WRITE};
use std::sync::OnceLock;

// ANCHOR: high_page
/// Where this library keeps `greeting`'s text and `numbers_table`'s numbers: a page of its
/// own at 262 GiB, far above 4 GiB whatever the interpreter, at an address whose low 32
/// bits (0x8000_0000) have their top bit set. Chapter 7 explains why that address.
const HIGH_ADDRESS: usize = 0x41_8000_0000;
/// How many numbers `numbers_table` holds.
pub const TABLE_LEN: usize = 100;
const GREETING: &CStr = c"hello from the library";
const TABLE_OFFSET: usize = 256; // where the numbers start in the page, after the text

/// The page at `HIGH_ADDRESS`, mapped and filled on the first call and kept until the
/// process ends; NULL if the kernel will not put it there.
fn high_page() -> *mut u8 {
    static PAGE: OnceLock<usize> = OnceLock::new();
    let address = *PAGE.get_or_init(|| {
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
        let text = GREETING.to_bytes_with_nul();
        // SAFETY: the page is ours and writable; the text (23 bytes) fits before the table.
        unsafe { core::ptr::copy_nonoverlapping(text.as_ptr(), page.cast::<u8>(), text.len()) };
        let table = page.cast::<u8>().wrapping_add(TABLE_OFFSET).cast::<c_int>();
        for (i, value) in (1..=TABLE_LEN as c_int).enumerate() {
            // SAFETY: 256 + 4 * 100 bytes lie inside the 4096-byte page, aligned for ints.
            unsafe { table.add(i).write(value) };
        }
        HIGH_ADDRESS
    });
    address as *mut u8
}
// ANCHOR_END: high_page

// ANCHOR: greeting
/// A greeting that lives as long as the process, in the library's page at 0x41_8000_0000;
/// NULL if that page could not be mapped. Python must declare `restype = c_char_p`; the default
/// `c_int` cuts the address in half.
#[unsafe(no_mangle)]
pub extern "C" fn greeting() -> *const c_char {
    high_page().cast_const().cast()
}
// ANCHOR_END: greeting

/// The area of a rectangle, in whatever unit the sides are in.
#[unsafe(no_mangle)]
pub extern "C" fn area(width: c_double, height: c_double) -> c_double {
    width * height
}

/// Whole kibibytes in `bytes`: a 64-bit integer in, a 64-bit integer out.
#[unsafe(no_mangle)]
pub extern "C" fn kibibytes(bytes: i64) -> i64 {
    bytes / 1024
}

// ANCHOR: forgotten_export
/// The C calling convention but no `#[unsafe(no_mangle)]`: Rust gives the symbol a mangled,
/// crate-private name, so the shared library does not export `forgotten_export` at all.
/// Calling it from Python raises `AttributeError`; `nm -D` shows why.
pub extern "C" fn forgotten_export(a: c_int, b: c_int) -> c_int {
    a.wrapping_mul(b)
}
// ANCHOR_END: forgotten_export

// ANCHOR: exported
/// The same function, exported: this is the fix.
#[unsafe(no_mangle)]
pub extern "C" fn exported(a: c_int, b: c_int) -> c_int {
    a.wrapping_mul(b)
}
// ANCHOR_END: exported

// ANCHOR: make_numbers
/// A new array holding 1, 2, ..., `count`, allocated by the library; NULL when `count` is 0
/// or more than 1 000 000. Give it back with `free_numbers(pointer, count)`, exactly once.
#[unsafe(no_mangle)]
pub extern "C" fn make_numbers(count: usize) -> *mut c_int {
    if count == 0 || count > 1_000_000 {
        return core::ptr::null_mut();
    }
    let numbers: Box<[c_int]> = (1..=count as c_int).collect();
    Box::into_raw(numbers).cast::<c_int>()
}
// ANCHOR_END: make_numbers

// ANCHOR: free_numbers
/// Frees an array from `make_numbers`. NULL is ignored.
///
/// # Safety
/// `numbers` must be NULL or a pointer `make_numbers(count)` returned, with the same
/// `count`, not freed before. Freeing twice or reading after the free is undefined
/// behaviour.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn free_numbers(numbers: *mut c_int, count: usize) {
    if numbers.is_null() {
        return;
    }
    let slice = core::ptr::slice_from_raw_parts_mut(numbers, count);
    // SAFETY: the caller guarantees `numbers` came from `make_numbers(count)`, which
    // leaked a `Box<[c_int]>` of exactly `count` elements, and that it is freed only once.
    drop(unsafe { Box::from_raw(slice) });
}
// ANCHOR_END: free_numbers

/// The numbers 1, 2, ..., `TABLE_LEN` (100), kept by the library in its page at
/// 0x41_8000_0100 for as long as the process runs: read them, never free them. NULL if that
/// page could not be mapped.
#[unsafe(no_mangle)]
pub extern "C" fn numbers_table() -> *const c_int {
    let page = high_page();
    if page.is_null() {
        return core::ptr::null();
    }
    page.wrapping_add(TABLE_OFFSET).cast_const().cast()
}

// ANCHOR: sum_numbers
/// The sum of `count` ints at `numbers`; 0 when `numbers` is NULL.
///
/// # Safety
/// `numbers` must be NULL or point to `count` readable ints. The function can check NULL,
/// but not whether a non-NULL pointer is real: given a damaged pointer it reads wherever
/// that points, and may crash.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sum_numbers(numbers: *const c_int, count: usize) -> i64 {
    if numbers.is_null() {
        return 0;
    }
    let mut sum = 0;
    for i in 0..count {
        // SAFETY: not NULL, and the caller guarantees `count` readable ints.
        sum += i64::from(unsafe { *numbers.add(i) });
    }
    sum
}
// ANCHOR_END: sum_numbers

#[cfg(test)]
mod tests {
    use super::*;
    use core::ffi::CStr;

    #[test]
    fn greeting_is_a_c_string_at_the_high_address() {
        assert_eq!(greeting() as usize, HIGH_ADDRESS);
        // SAFETY: greeting() returns a NUL-terminated string in a page that is never unmapped.
        let text = unsafe { CStr::from_ptr(greeting()) };
        assert_eq!(text.to_str(), Ok("hello from the library"));
        // What a 32-bit C int makes of the address: negative, in the kernel's half.
        assert_eq!(greeting() as usize as u32 as i32, i32::MIN);
    }

    #[test]
    fn numbers_table_counts_to_100_in_the_same_page() {
        let table = numbers_table();
        assert_eq!(table as usize, HIGH_ADDRESS + TABLE_OFFSET);
        assert_eq!(numbers_table(), table);
        // SAFETY: TABLE_LEN ints in a page that is never unmapped.
        let values = unsafe { core::slice::from_raw_parts(table, TABLE_LEN) };
        assert_eq!(values[..3], [1, 2, 3]);
        assert_eq!(values[TABLE_LEN - 1], 100);
        // SAFETY: ten readable ints.
        assert_eq!(unsafe { sum_numbers(table, 10) }, 55);
        // The greeting's text is still intact in front of the table.
        // SAFETY: as in the greeting test.
        assert_eq!(unsafe { CStr::from_ptr(greeting()) }, GREETING);
    }

    #[test]
    fn area_multiplies() {
        assert_eq!(area(3.0, 4.5), 13.5);
    }

    #[test]
    fn kibibytes_handles_more_than_32_bits() {
        assert_eq!(kibibytes(5_000_000_000), 4_882_812);
        assert_eq!(kibibytes(1023), 0);
    }

    #[test]
    fn forgotten_and_exported_compute_the_same() {
        assert_eq!(forgotten_export(6, 7), 42);
        assert_eq!(exported(6, 7), 42);
    }

    #[test]
    fn make_numbers_counts_up_and_frees() {
        let numbers = make_numbers(5);
        assert!(!numbers.is_null());
        // SAFETY: make_numbers(5) returned 5 initialised ints.
        let values = unsafe { core::slice::from_raw_parts(numbers, 5) }.to_vec();
        assert_eq!(values, [1, 2, 3, 4, 5]);
        // SAFETY: five readable ints.
        assert_eq!(unsafe { sum_numbers(numbers, 5) }, 15);
        // SAFETY: the pointer came from make_numbers(5) and is freed once.
        unsafe { free_numbers(numbers, 5) };
    }

    #[test]
    fn make_numbers_refuses_zero_and_huge_counts() {
        assert!(make_numbers(0).is_null());
        assert!(make_numbers(1_000_001).is_null());
        // SAFETY: NULL is documented as ignored.
        unsafe { free_numbers(core::ptr::null_mut(), 3) };
        // SAFETY: NULL is documented as giving 0.
        assert_eq!(unsafe { sum_numbers(core::ptr::null(), 3) }, 0);
    }
}
