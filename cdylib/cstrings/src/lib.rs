//! `cstrings`: C strings across the boundary.
//!
//! Strings in (`byte_length`, `char_count`, `wide_length`), a caller's buffer filled
//! (`greet`), an owned string handed out and taken back (`greeting` / `free_greeting`),
//! and a static string that is never freed (`library_version`). `live_strings` counts
//! the owned strings not yet given back, so a test can prove nothing leaks.

use core::ffi::{CStr, c_char, c_int, c_long};
use core::sync::atomic::{AtomicI32, Ordering};
use std::ffi::CString;

use libc::wchar_t;

// ANCHOR: byte_length
/// The number of bytes before the terminating NUL (C's `strlen`), or -1 for NULL.
///
/// # Safety
/// `s` must be NULL or point to a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn byte_length(s: *const c_char) -> c_long {
    if s.is_null() {
        return -1;
    }
    // SAFETY: not NULL; the caller promises a NUL-terminated string.
    let bytes = unsafe { CStr::from_ptr(s) }.to_bytes();
    c_long::try_from(bytes.len()).unwrap_or(c_long::MAX)
}
// ANCHOR_END: byte_length

// ANCHOR: char_count
/// The number of Unicode characters in a UTF-8 string; -1 for NULL, -2 if the bytes
/// are not UTF-8.
///
/// # Safety
/// `s` must be NULL or point to a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn char_count(s: *const c_char) -> c_long {
    if s.is_null() {
        return -1;
    }
    // SAFETY: not NULL; the caller promises a NUL-terminated string.
    match unsafe { CStr::from_ptr(s) }.to_str() {
        Ok(text) => c_long::try_from(text.chars().count()).unwrap_or(c_long::MAX),
        Err(_) => -2,
    }
}
// ANCHOR_END: char_count

// ANCHOR: wide_length
/// The number of `wchar_t` units before the terminating 0 (C's `wcslen`), or -1 for NULL.
///
/// # Safety
/// `s` must be NULL or point to a 0-terminated array of `wchar_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wide_length(s: *const wchar_t) -> c_long {
    if s.is_null() {
        return -1;
    }
    let mut n: usize = 0;
    // SAFETY: the caller promises a 0-terminated array, so every unit up to and
    // including the terminator is readable.
    while unsafe { *s.add(n) } != 0 {
        n += 1;
    }
    c_long::try_from(n).unwrap_or(c_long::MAX)
}
// ANCHOR_END: wide_length

fn greeting_bytes(name: &CStr) -> Vec<u8> {
    [b"Hello, ", name.to_bytes(), b"!"].concat()
}

// ANCHOR: greet
/// Writes `Hello, <name>!` and a NUL into `buf`, which holds `size` bytes: like C's
/// `snprintf`, it truncates to `size - 1` bytes and returns the length of the whole
/// greeting, so a return value >= `size` means "too small". `greet(name, NULL, 0)`
/// only asks for the length. Returns -1 if `name` is NULL, or `buf` is NULL and `size` is not 0.
///
/// # Safety
/// `name` must be NULL or a NUL-terminated string; `buf` must be NULL or point to
/// `size` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn greet(name: *const c_char, buf: *mut c_char, size: usize) -> c_long {
    if name.is_null() || (buf.is_null() && size > 0) {
        return -1;
    }
    // SAFETY: not NULL; the caller promises a NUL-terminated string.
    let text = greeting_bytes(unsafe { CStr::from_ptr(name) });
    if size > 0 {
        let n = text.len().min(size - 1);
        // SAFETY: `buf` is not NULL and holds `size` bytes; we write n + 1 <= size of them.
        let out = unsafe { core::slice::from_raw_parts_mut(buf.cast::<u8>(), n + 1) };
        out[..n].copy_from_slice(&text[..n]);
        out[n] = 0;
    }
    c_long::try_from(text.len()).unwrap_or(c_long::MAX)
}
// ANCHOR_END: greet

// ANCHOR: greeting
static LIVE_STRINGS: AtomicI32 = AtomicI32::new(0);

/// A new string `Hello, <name>!` that the caller owns and must give back to
/// `free_greeting` (not to libc's `free`). Returns NULL if `name` is NULL.
///
/// # Safety
/// `name` must be NULL or point to a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn greeting(name: *const c_char) -> *mut c_char {
    if name.is_null() {
        return core::ptr::null_mut();
    }
    // SAFETY: not NULL; the caller promises a NUL-terminated string.
    let text = greeting_bytes(unsafe { CStr::from_ptr(name) });
    // `name` ended at its first NUL, so `text` holds none: `CString::new` cannot fail.
    let Ok(owned) = CString::new(text) else {
        return core::ptr::null_mut();
    };
    LIVE_STRINGS.fetch_add(1, Ordering::Relaxed);
    owned.into_raw() // ownership leaves Rust: the caller must hand it back
}
// ANCHOR_END: greeting

// ANCHOR: free_greeting
/// Frees a string from `greeting`. NULL is ignored.
///
/// # Safety
/// `s` must be NULL or a pointer `greeting` returned that has not been freed yet.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn free_greeting(s: *mut c_char) {
    if s.is_null() {
        return;
    }
    // SAFETY: the caller promises `s` came from `CString::into_raw` in `greeting` and
    // is freed only once; `from_raw` takes ownership back and the drop frees it.
    drop(unsafe { CString::from_raw(s) });
    LIVE_STRINGS.fetch_sub(1, Ordering::Relaxed);
}
// ANCHOR_END: free_greeting

// ANCHOR: live_strings
/// How many strings from `greeting` have not been given back yet: the leak counter.
#[unsafe(no_mangle)]
pub extern "C" fn live_strings() -> c_int {
    LIVE_STRINGS.load(Ordering::Relaxed)
}
// ANCHOR_END: live_strings

// ANCHOR: library_version
/// A string that lives as long as the library: the caller reads it and never frees it.
#[unsafe(no_mangle)]
pub extern "C" fn library_version() -> *const c_char {
    c"cstrings 1.0".as_ptr()
}
// ANCHOR_END: library_version

#[cfg(test)]
mod tests {
    use super::*;
    use core::ptr::{null, null_mut};

    #[test]
    fn lengths_in_bytes_characters_and_wide_units() {
        // SAFETY: NUL-terminated literals, or NULL, which every function refuses.
        unsafe {
            assert_eq!(byte_length(c"café".as_ptr()), 5);
            assert_eq!(byte_length(null()), -1);
            assert_eq!(char_count(c"café".as_ptr()), 4);
            assert_eq!(char_count(c"caf\xe9".as_ptr()), -2, "Latin-1 is not UTF-8");
            assert_eq!(char_count(null()), -1);
            let wide: Vec<wchar_t> = "café😀\0".chars().map(|c| c as wchar_t).collect();
            assert_eq!(wide_length(wide.as_ptr()), 5);
            assert_eq!(wide_length(null()), -1);
        }
    }

    #[test]
    fn greet_fills_truncates_and_reports_the_length() {
        let mut buf = [b'x' as c_char; 32];
        // SAFETY: a NUL-terminated name and a 32-byte buffer.
        let n = unsafe { greet(c"Ada".as_ptr(), buf.as_mut_ptr(), buf.len()) };
        assert_eq!(n, 11);
        // SAFETY: greet NUL-terminated the buffer.
        assert_eq!(unsafe { CStr::from_ptr(buf.as_ptr()) }, c"Hello, Ada!");
        buf = [b'x' as c_char; 32];
        // SAFETY: 8 bytes, and we say so: 7 bytes and a NUL are written.
        let n = unsafe { greet(c"Ada".as_ptr(), buf.as_mut_ptr(), 8) };
        assert_eq!(n, 11);
        // SAFETY: NUL-terminated at index 7.
        assert_eq!(unsafe { CStr::from_ptr(buf.as_ptr()) }, c"Hello, ");
        assert_eq!(buf[8], b'x' as c_char, "nothing written past size");
    }

    #[test]
    fn greet_asks_for_the_size_and_refuses_null() {
        // SAFETY: NULL buffer with size 0 only asks for the length; the rest are refused.
        unsafe {
            assert_eq!(greet(c"Ada".as_ptr(), null_mut(), 0), 11);
            assert_eq!(greet(null(), null_mut(), 0), -1);
            assert_eq!(greet(c"Ada".as_ptr(), null_mut(), 10), -1);
        }
    }

    #[test]
    fn greeting_hands_out_and_takes_back_an_owned_string() {
        // SAFETY: a NUL-terminated name; the result is freed once below.
        let s = unsafe { greeting(c"José".as_ptr()) };
        // SAFETY: greeting returns a NUL-terminated string.
        assert_eq!(unsafe { CStr::from_ptr(s) }, c"Hello, José!");
        // SAFETY: from greeting, freed once. NULL is ignored.
        unsafe {
            free_greeting(s);
            free_greeting(null_mut());
            assert!(greeting(null()).is_null());
        }
        // Other tests run in parallel, so only check the counter is sane.
        assert!(live_strings() >= 0);
    }

    #[test]
    fn library_version_is_static() {
        // SAFETY: a pointer to a static C string literal.
        let version = unsafe { CStr::from_ptr(library_version()) };
        assert_eq!(version, c"cstrings 1.0");
    }
}
