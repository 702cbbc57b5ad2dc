//! `callbacks`: Rust functions that take C function pointers and call them.
//!
//! A C function pointer may be NULL, so each parameter is an `Option<extern "C" fn ...>`:
//! the same size and ABI as a plain pointer, with `None` for NULL.

use core::ffi::{c_char, c_int, c_uint, c_void};
use std::sync::Mutex;

// ANCHOR: visit_primes
/// Called once per result; return 0 to go on, anything else to stop. `None` is NULL.
pub type Visitor = Option<extern "C" fn(prime: c_uint, user_data: *mut c_void) -> c_int>;

/// Calls `visit(prime, user_data)` for every prime below `limit`, in order, until `visit`
/// returns non-zero. Returns how many primes were visited, or -1 when `visit` is NULL.
/// `user_data` is passed through untouched.
#[unsafe(no_mangle)]
pub extern "C" fn visit_primes(limit: c_uint, visit: Visitor, user_data: *mut c_void) -> c_int {
    let Some(visit) = visit else { return -1 };
    let mut visited = 0;
    for n in 2..limit {
        if (2..n).take_while(|d| d * d <= n).all(|d| n % d != 0) {
            visited += 1;
            if visit(n, user_data) != 0 {
                break;
            }
        }
    }
    visited
}
// ANCHOR_END: visit_primes

// ANCHOR: set_logger
/// Receives each message `log_message` is given. `None` is NULL.
pub type Logger = Option<extern "C" fn(text: *const c_char)>;

static LOGGER: Mutex<Logger> = Mutex::new(None);

/// Remembers `logger` (or forgets it, when NULL) for later calls of `log_message`.
/// The library keeps only the pointer: the caller must keep the function alive.
#[unsafe(no_mangle)]
pub extern "C" fn set_logger(logger: Logger) {
    *LOGGER.lock().unwrap_or_else(|e| e.into_inner()) = logger;
}

/// Passes `text` to the remembered logger. Returns 1 if a logger was called, 0 if none is set.
#[unsafe(no_mangle)]
pub extern "C" fn log_message(text: *const c_char) -> c_int {
    let logger = *LOGGER.lock().unwrap_or_else(|e| e.into_inner());
    match logger {
        Some(log) => {
            log(text);
            1
        }
        None => 0,
    }
}
// ANCHOR_END: set_logger

// ANCHOR: compare_ints
/// A `qsort` comparator for `int`s, ascending: negative, zero or positive.
/// Returns 0 if either pointer is NULL (qsort never passes NULL; a direct caller might).
///
/// # Safety
/// `a` and `b` must each be NULL or point to a readable `int` (qsort guarantees this).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn compare_ints(a: *const c_void, b: *const c_void) -> c_int {
    if a.is_null() || b.is_null() {
        return 0;
    }
    // SAFETY: not NULL (checked above); the caller (qsort) passes pointers to two ints.
    let (a, b) = unsafe { (*a.cast::<c_int>(), *b.cast::<c_int>()) };
    c_int::from(a > b) - c_int::from(a < b)
}
// ANCHOR_END: compare_ints

#[cfg(test)]
mod tests {
    use super::*;
    use core::ffi::CStr;

    extern "C" fn collect(prime: c_uint, user_data: *mut c_void) -> c_int {
        // SAFETY: the tests pass a `*mut Vec<c_uint>` as user_data.
        let found = unsafe { &mut *user_data.cast::<Vec<c_uint>>() };
        found.push(prime);
        c_int::from(found.len() == 5) // stop after five
    }

    #[test]
    fn visit_primes_visits_in_order_and_stops_when_asked() {
        let mut found: Vec<c_uint> = Vec::new();
        let data = (&mut found as *mut Vec<c_uint>).cast::<c_void>();
        assert_eq!(visit_primes(10, Some(collect), data), 4);
        assert_eq!(found, [2, 3, 5, 7]);
        found.clear();
        assert_eq!(visit_primes(100, Some(collect), data), 5);
        assert_eq!(found, [2, 3, 5, 7, 11]);
    }

    #[test]
    fn visit_primes_rejects_a_null_visitor() {
        assert_eq!(visit_primes(10, None, core::ptr::null_mut()), -1);
    }

    static LOGGED: Mutex<Vec<String>> = Mutex::new(Vec::new());

    extern "C" fn remember(text: *const c_char) {
        // SAFETY: log_message passes on the C string the test gave it.
        let text = unsafe { CStr::from_ptr(text) }
            .to_string_lossy()
            .into_owned();
        LOGGED.lock().unwrap().push(text);
    }

    #[test]
    fn log_message_calls_the_logger_only_when_set() {
        set_logger(None);
        assert_eq!(log_message(c"dropped".as_ptr()), 0);
        set_logger(Some(remember));
        assert_eq!(log_message(c"kept".as_ptr()), 1);
        set_logger(None);
        assert_eq!(*LOGGED.lock().unwrap(), ["kept"]);
    }

    #[test]
    fn compare_ints_orders_like_qsort_wants() {
        let (one, two) = (1, 2);
        let p = |x: &c_int| (x as *const c_int).cast::<c_void>();
        // SAFETY: both pointers point to live ints.
        unsafe {
            assert_eq!(compare_ints(p(&one), p(&two)), -1);
            assert_eq!(compare_ints(p(&two), p(&one)), 1);
            assert_eq!(compare_ints(p(&one), p(&one)), 0);
        }
    }

    #[test]
    fn compare_ints_treats_null_as_equal_instead_of_reading_it() {
        let one: c_int = 1;
        let p = (&one as *const c_int).cast::<c_void>();
        // SAFETY: each call passes NULL or a pointer to a live int.
        unsafe {
            assert_eq!(compare_ints(core::ptr::null(), p), 0);
            assert_eq!(compare_ints(p, core::ptr::null()), 0);
            assert_eq!(compare_ints(core::ptr::null(), core::ptr::null()), 0);
        }
    }
}
