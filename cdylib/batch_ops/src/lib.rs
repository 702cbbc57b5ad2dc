//! `batch_ops`: the functions Part IV measures.
//!
//! One element per call (`add_f64`) against one array per call (`batch_add_f64`), a
//! pointer argument (`increment`), a caller-owned output buffer (`format_value`),
//! sorting with a native or a caller-supplied comparator, and a busy loop for the
//! thread benchmarks. Every function that takes a pointer checks it for NULL and
//! returns a negative error value instead of touching it.

use core::ffi::{c_char, c_int, c_long};

/// Returned when a pointer argument is NULL.
pub const ERR_NULL: c_int = -1;
/// Returned when the caller's buffer is too small for the result.
pub const ERR_TOO_SMALL: c_int = -2;
/// Returned when the comparator was not a consistent ordering and the sort gave up.
pub const ERR_BAD_COMPARATOR: c_int = -3;

// ANCHOR: add_i32
/// Adds two C ints, wrapping on overflow: the smallest useful call, to time the
/// call itself.
#[unsafe(no_mangle)]
pub extern "C" fn add_i32(a: c_int, b: c_int) -> c_int {
    a.wrapping_add(b)
}
// ANCHOR_END: add_i32

// ANCHOR: add_f64
/// Adds two doubles: the function a per-element Python loop calls N times.
#[unsafe(no_mangle)]
pub extern "C" fn add_f64(a: f64, b: f64) -> f64 {
    a + b
}
// ANCHOR_END: add_f64

// ANCHOR: batch_add_f64
/// `out[i] = a[i] + b[i]` for `i` in `0..n`: the same work in one call.
/// Returns 0, or `ERR_NULL` if a pointer is NULL while `n > 0`.
///
/// # Safety
/// `a` and `b` must point to `n` readable doubles and `out` to `n` writable
/// doubles; `out` must not overlap `a` or `b` (pass a third array, as
/// `np.add(a, b, out=c)` would).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn batch_add_f64(
    a: *const f64,
    b: *const f64,
    out: *mut f64,
    n: usize,
) -> c_int {
    if n == 0 {
        return 0;
    }
    if a.is_null() || b.is_null() || out.is_null() {
        return ERR_NULL;
    }
    // SAFETY: non-NULL, and the caller guarantees n elements each and no overlap
    // with out.
    let (a, b, out) = unsafe {
        (
            core::slice::from_raw_parts(a, n),
            core::slice::from_raw_parts(b, n),
            core::slice::from_raw_parts_mut(out, n),
        )
    };
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU just said it has AVX2, the only requirement of add_avx2.
        unsafe { add_avx2(a, b, out) };
        return 0;
    }
    add_slices(a, b, out);
    0
}

/// The loop itself. Slices of equal length let the compiler drop bounds checks and
/// use packed SIMD additions (SSE2 `addpd` on any x86-64).
#[inline(always)]
fn add_slices(a: &[f64], b: &[f64], out: &mut [f64]) {
    for ((o, x), y) in out.iter_mut().zip(a).zip(b) {
        *o = x + y;
    }
}

/// The same loop compiled for AVX2: four doubles per `vaddpd` instead of two.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn add_avx2(a: &[f64], b: &[f64], out: &mut [f64]) {
    add_slices(a, b, out);
}
// ANCHOR_END: batch_add_f64

// ANCHOR: increment
/// Adds one to `*value` in place. Returns 0, or `ERR_NULL` for a NULL pointer.
///
/// # Safety
/// `value` must be NULL or point to a writable `int`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn increment(value: *mut c_int) -> c_int {
    if value.is_null() {
        return ERR_NULL;
    }
    // SAFETY: not NULL, and the caller guarantees it points to a writable int.
    unsafe { *value = (*value).wrapping_add(1) };
    0
}
// ANCHOR_END: increment

// ANCHOR: format_value
/// Writes `value` in decimal, NUL-terminated, into the caller's buffer of `size`
/// bytes. Returns the number of characters written (without the NUL), `ERR_NULL`
/// for a NULL buffer, or `ERR_TOO_SMALL` (writing nothing) if the text and its NUL
/// do not fit.
///
/// # Safety
/// `buf` must be NULL or point to `size` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn format_value(value: c_long, buf: *mut c_char, size: usize) -> c_int {
    if buf.is_null() {
        return ERR_NULL;
    }
    let text = value.to_string();
    if text.len() + 1 > size {
        return ERR_TOO_SMALL;
    }
    // SAFETY: buf holds size >= text.len() + 1 writable bytes (checked just above).
    unsafe {
        let digits = text.as_ptr().cast::<c_char>();
        core::ptr::copy_nonoverlapping(digits, buf, text.len());
        *buf.add(text.len()) = 0;
    }
    text.len() as c_int
}
// ANCHOR_END: format_value

// ANCHOR: compare_f64
/// The native comparator for doubles, `qsort`-style: negative, zero or positive as
/// `*a` is below, equal to or above `*b`. Pass it where `sort_f64_with` wants a
/// comparator. Returns 0 if either pointer is NULL.
///
/// # Safety
/// `a` and `b` must each be NULL or point to a readable double.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn compare_f64(a: *const f64, b: *const f64) -> c_int {
    if a.is_null() || b.is_null() {
        return 0;
    }
    // SAFETY: both non-NULL and readable, as the caller guarantees.
    let (a, b) = unsafe { (*a, *b) };
    a.total_cmp(&b) as c_int
}
// ANCHOR_END: compare_f64

// ANCHOR: sort_f64_with
/// Sorts `data[0..n]` in place, asking `compare` (a `qsort`-style comparator, which
/// may be a Python function wrapped by ctypes) for every comparison. Returns 0,
/// `ERR_NULL` for a NULL array (with `n > 0`) or comparator, or
/// `ERR_BAD_COMPARATOR` if the comparator is not a consistent order (the sort
/// stops; the array then holds the same values in some order).
///
/// # Safety
/// `data` must point to `n` writable doubles; `compare` must be safe to call with
/// two pointers into that array.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sort_f64_with(
    data: *mut f64,
    n: usize,
    compare: Option<unsafe extern "C" fn(*const f64, *const f64) -> c_int>,
) -> c_int {
    let Some(compare) = compare else {
        return ERR_NULL;
    };
    if n == 0 {
        return 0;
    }
    if data.is_null() {
        return ERR_NULL;
    }
    // SAFETY: non-NULL, n writable doubles (caller's guarantee).
    let data = unsafe { core::slice::from_raw_parts_mut(data, n) };
    // The standard sort may panic on an inconsistent order; a panic must not cross
    // into C.
    let sorted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // SAFETY: x and y are references into data, the contract of `compare`.
        data.sort_unstable_by(|x, y| unsafe { compare(x, y) }.cmp(&0));
    }));
    if sorted.is_ok() {
        0
    } else {
        ERR_BAD_COMPARATOR
    }
}
// ANCHOR_END: sort_f64_with

// ANCHOR: sort_f64
/// Sorts `data[0..n]` in place with Rust's own comparison: no function pointer at
/// all. Returns 0, or `ERR_NULL` for a NULL array with `n > 0`.
///
/// # Safety
/// `data` must point to `n` writable doubles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sort_f64(data: *mut f64, n: usize) -> c_int {
    if n == 0 {
        return 0;
    }
    if data.is_null() {
        return ERR_NULL;
    }
    // SAFETY: non-NULL, n writable doubles (caller's guarantee).
    let data = unsafe { core::slice::from_raw_parts_mut(data, n) };
    data.sort_unstable_by(f64::total_cmp);
    0
}
// ANCHOR_END: sort_f64

// ANCHOR: new_doubles
/// Allocates `n` doubles, each set to `value`, for the caller to own. Returns NULL
/// if `n` is 0 or the memory is not available. Give it back with
/// `free_doubles(ptr, n)`.
#[unsafe(no_mangle)]
pub extern "C" fn new_doubles(n: usize, value: f64) -> *mut f64 {
    let mut v: Vec<f64> = Vec::new();
    if n == 0 || v.try_reserve_exact(n).is_err() {
        return core::ptr::null_mut();
    }
    v.resize(n, value); // writes every element: the pages are really in use
    Box::into_raw(v.into_boxed_slice()).cast::<f64>()
}
// ANCHOR_END: new_doubles

// ANCHOR: free_doubles
/// Frees what `new_doubles(n, ...)` returned. NULL is ignored.
///
/// # Safety
/// `ptr` must be NULL or come from `new_doubles` with the same `n`, and not be
/// freed yet.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn free_doubles(ptr: *mut f64, n: usize) {
    if ptr.is_null() {
        return;
    }
    // SAFETY: ptr and n describe a boxed slice made by new_doubles (caller's
    // guarantee).
    drop(unsafe { Box::from_raw(core::ptr::slice_from_raw_parts_mut(ptr, n)) });
}
// ANCHOR_END: free_doubles

// ANCHOR: busy_work
/// Spins for `iterations` steps of a pseudo-random sequence and returns where it
/// ended: CPU work with no memory traffic, for the thread benchmarks.
#[unsafe(no_mangle)]
pub extern "C" fn busy_work(iterations: u64) -> u64 {
    let mut x: u64 = 1;
    for _ in 0..iterations {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
    }
    x
}
// ANCHOR_END: busy_work

#[cfg(test)]
mod tests {
    use super::*;
    use core::ptr::{null, null_mut};

    #[test]
    fn add_i32_adds_and_wraps() {
        assert_eq!(add_i32(5, 7), 12);
        assert_eq!(add_i32(c_int::MAX, 1), c_int::MIN);
    }

    #[test]
    fn add_f64_adds() {
        assert_eq!(add_f64(1.5, 2.25), 3.75);
    }

    #[test]
    fn batch_add_adds_every_element_of_odd_lengths() {
        for n in [1usize, 3, 4, 7, 8, 33, 1000] {
            let a: Vec<f64> = (0..n).map(|i| i as f64).collect();
            let b: Vec<f64> = (0..n).map(|i| 0.5 * i as f64).collect();
            let mut out = vec![0.0; n];
            // SAFETY: three distinct vectors of n elements.
            let status = unsafe { batch_add_f64(a.as_ptr(), b.as_ptr(), out.as_mut_ptr(), n) };
            assert_eq!(status, 0);
            assert!(out.iter().enumerate().all(|(i, &o)| o == 1.5 * i as f64));
        }
    }

    #[test]
    fn batch_add_rejects_null_and_accepts_empty() {
        let mut out = [0.0];
        // SAFETY: NULL is checked before any access; n = 0 touches nothing.
        unsafe {
            assert_eq!(
                batch_add_f64(null(), [1.0].as_ptr(), out.as_mut_ptr(), 1),
                ERR_NULL
            );
            assert_eq!(
                batch_add_f64([1.0].as_ptr(), null(), out.as_mut_ptr(), 1),
                ERR_NULL
            );
            assert_eq!(
                batch_add_f64([1.0].as_ptr(), [1.0].as_ptr(), null_mut(), 1),
                ERR_NULL
            );
            assert_eq!(batch_add_f64(null(), null(), null_mut(), 0), 0);
        }
    }

    #[test]
    fn increment_adds_one_and_rejects_null() {
        let mut v: c_int = 41;
        // SAFETY: a valid int, then NULL (checked).
        unsafe {
            assert_eq!(increment(&mut v), 0);
            assert_eq!(increment(null_mut()), ERR_NULL);
        }
        assert_eq!(v, 42);
    }

    #[test]
    fn format_value_fits_or_refuses() {
        let mut buf = [0 as c_char; 8];
        // SAFETY: buf has 8 bytes; the other calls are NULL or too small (checked).
        unsafe {
            assert_eq!(format_value(-1234, buf.as_mut_ptr(), buf.len()), 5);
            assert_eq!(format_value(1234567, buf.as_mut_ptr(), 7), ERR_TOO_SMALL);
            assert_eq!(format_value(1, null_mut(), 8), ERR_NULL);
        }
        let text: Vec<u8> = buf
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        assert_eq!(text, b"-1234");
    }

    #[test]
    fn compare_orders_and_tolerates_null() {
        // SAFETY: pointers to locals, or NULL (checked).
        unsafe {
            assert!(compare_f64(&1.0, &2.0) < 0);
            assert_eq!(compare_f64(&2.0, &2.0), 0);
            assert!(compare_f64(&3.0, &2.0) > 0);
            assert_eq!(compare_f64(null(), &2.0), 0);
        }
    }

    unsafe extern "C" fn inconsistent(_: *const f64, _: *const f64) -> c_int {
        -1 // "less" both ways round: not an order
    }

    #[test]
    fn sorts_agree_and_errors_are_reported() {
        let mut a = vec![3.0, -1.0, 2.5, 0.0, 2.5];
        let mut b = a.clone();
        // SAFETY: valid vectors; NULL arguments are checked before use.
        unsafe {
            assert_eq!(sort_f64(a.as_mut_ptr(), a.len()), 0);
            assert_eq!(sort_f64_with(b.as_mut_ptr(), b.len(), Some(compare_f64)), 0);
            assert_eq!(sort_f64(null_mut(), 3), ERR_NULL);
            assert_eq!(sort_f64_with(null_mut(), 3, Some(compare_f64)), ERR_NULL);
            assert_eq!(sort_f64_with(b.as_mut_ptr(), b.len(), None), ERR_NULL);
        }
        assert_eq!(a, vec![-1.0, 0.0, 2.5, 2.5, 3.0]);
        assert_eq!(a, b);
        let mut many: Vec<f64> = (0..200).map(|i| ((i * 37) % 101) as f64).collect();
        // SAFETY: a valid vector; the comparator is a plain function.
        let status = unsafe { sort_f64_with(many.as_mut_ptr(), many.len(), Some(inconsistent)) };
        assert!(status == 0 || status == ERR_BAD_COMPARATOR);
    }

    #[test]
    fn new_and_free_doubles_round_trip() {
        assert!(new_doubles(0, 1.0).is_null());
        let p = new_doubles(1000, 2.5);
        assert!(!p.is_null());
        // SAFETY: p holds 1000 doubles from new_doubles; freed once; NULL is
        // ignored.
        unsafe {
            assert_eq!(*p.add(999), 2.5);
            free_doubles(p, 1000);
            free_doubles(null_mut(), 5);
        }
    }

    #[test]
    fn new_doubles_returns_null_when_the_memory_is_not_available() {
        // More bytes than a Vec may hold, and more than any machine has: NULL, no
        // abort.
        assert!(new_doubles(usize::MAX, 1.0).is_null());
        assert!(new_doubles(isize::MAX as usize / 8, 1.0).is_null());
    }

    #[test]
    fn busy_work_is_deterministic() {
        assert_eq!(busy_work(0), 1);
        assert_eq!(busy_work(3), busy_work(3));
        assert_ne!(busy_work(3), busy_work(4));
    }
}
