//! `add_safe`: the library of the threads example in a popular Q&A on parallel ctypes calls,
//! under the Q&A's own name, so its Python code loads it as written (chapter 16).
//!
//! The Q&A's C version is `return a + b;`, which is undefined behaviour in C when the sum
//! does not fit in an `int`. This one wraps around instead, like the C twin's unsigned
//! arithmetic: `add_safe(INT_MAX, 1)` is `INT_MIN`, on every compiler.

use core::ffi::c_int;

// ANCHOR: add_safe
/// `a + b`, wrapping around on overflow (`INT_MAX + 1` gives `INT_MIN`). A pure function:
/// it reads only its arguments, so any number of threads may call it at once.
#[unsafe(no_mangle)]
pub extern "C" fn add_safe(a: c_int, b: c_int) -> c_int {
    a.wrapping_add(b)
}
// ANCHOR_END: add_safe

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_safe_adds() {
        assert_eq!(add_safe(0, 1), 1);
        assert_eq!(add_safe(4, 5), 9);
        assert_eq!(add_safe(-7, 3), -4);
    }

    #[test]
    fn add_safe_wraps_around_on_overflow() {
        assert_eq!(add_safe(c_int::MAX, 1), c_int::MIN);
        assert_eq!(add_safe(c_int::MIN, -1), c_int::MAX);
    }

    #[test]
    fn add_safe_is_safe_to_call_from_many_threads() {
        std::thread::scope(|s| {
            let handles: Vec<_> = (0..8)
                .map(|i| s.spawn(move || (0..10_000).all(|n| add_safe(i, n) == i + n)))
                .collect();
            assert!(handles.into_iter().all(|h| h.join().unwrap()));
        });
    }
}
