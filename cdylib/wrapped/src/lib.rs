//! `wrapped`: a small native API of the usual C shape, for chapter 36 to wrap in Python.
//!
//! Two kinds of opaque handle (`Stats`, a running minimum, maximum and mean; `Histogram`,
//! counts in equal bins), a function that takes an array and its length, and functions
//! that return their results through out-pointers and a status code.
//!
//! The library remembers every handle it hands out, so that `stats_free` and `hist_free`
//! can refuse a pointer that is not a live handle of their kind (a second free, or a
//! handle of the other kind) instead of freeing it twice, and count what they did: the
//! chapter checks that a wrapper frees each handle exactly once.

use core::ffi::c_int;
use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard};

// ANCHOR: errors
/// Success.
pub const WR_OK: c_int = 0;
/// A pointer argument is NULL.
pub const WR_NULL: c_int = -1;
/// No values yet: there is no minimum, maximum or mean.
pub const WR_EMPTY: c_int = -2;
/// Not a live handle of this kind: freed already, or never handed out as one.
pub const WR_NOT_LIVE: c_int = -3;
/// A value is NaN, or outside the histogram's range.
pub const WR_BAD_VALUE: c_int = -4;
// ANCHOR_END: errors

/// A running count, sum, minimum and maximum. Opaque: the header declares it only as
/// `typedef struct Stats Stats;`.
pub struct Stats {
    count: u64,
    sum: f64,
    min: f64,
    max: f64,
}

/// Counts in `bins` equal bins over `[lo, hi)`. Opaque.
pub struct Histogram {
    lo: f64,
    hi: f64,
    counts: Vec<u64>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Stats,
    Histogram,
}

/// Every live handle (its address) and its kind, and what the free functions did.
struct Registry {
    live: BTreeMap<usize, Kind>,
    freed: i64,
    refused: i64,
}

static REGISTRY: Mutex<Registry> = Mutex::new(Registry {
    live: BTreeMap::new(),
    freed: 0,
    refused: 0,
});

fn registry() -> MutexGuard<'static, Registry> {
    // A panic while holding the lock cannot leave the registry half-updated: keep going.
    REGISTRY
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn hand_out<T>(value: T, kind: Kind) -> *mut T {
    let ptr = Box::into_raw(Box::new(value));
    registry().live.insert(ptr as usize, kind);
    ptr
}

/// Frees `ptr` if it is a live handle of `kind`; counts the free or the refusal.
///
/// # Safety
/// Every handle registered as `kind` must have been made by `hand_out::<T>(_, kind)`.
unsafe fn take_back<T>(ptr: *mut T, kind: Kind) -> c_int {
    if ptr.is_null() {
        return WR_NULL;
    }
    let mut reg = registry();
    if reg.live.get(&(ptr as usize)) != Some(&kind) {
        reg.refused += 1;
        return WR_NOT_LIVE;
    }
    reg.live.remove(&(ptr as usize));
    reg.freed += 1;
    drop(reg);
    // SAFETY: the registry says `ptr` is a live handle of `kind`, so it came from
    // `Box::into_raw` in `hand_out::<T>`, and it is no longer in the registry: freed once.
    drop(unsafe { Box::from_raw(ptr) });
    WR_OK
}

// ANCHOR: stats_new
/// A new, empty `Stats`. The caller owns it and must give it back to `stats_free`.
#[unsafe(no_mangle)]
pub extern "C" fn stats_new() -> *mut Stats {
    let empty = Stats {
        count: 0,
        sum: 0.0,
        min: f64::INFINITY,
        max: f64::NEG_INFINITY,
    };
    hand_out(empty, Kind::Stats)
}

/// Frees a `Stats`. Returns `WR_OK`; `WR_NULL` for NULL; `WR_NOT_LIVE`, freeing nothing,
/// for a pointer that is not a live `Stats` (freed already, or a `Histogram`).
///
/// # Safety
/// Any pointer value is accepted: one that is not a live `Stats` is refused before it is
/// touched. After `WR_OK` the caller must not use `stats` again.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn stats_free(stats: *mut Stats) -> c_int {
    // SAFETY: a live Stats in the registry was made by `hand_out` in `stats_new`.
    unsafe { take_back(stats, Kind::Stats) }
}
// ANCHOR_END: stats_new

/// Adds one value. Returns `WR_OK`, `WR_NULL`, or `WR_BAD_VALUE` (adding nothing) for NaN.
///
/// # Safety
/// `stats` must be NULL or a live `Stats` from `stats_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn stats_push(stats: *mut Stats, value: f64) -> c_int {
    // SAFETY: `as_mut` checks for NULL; otherwise the caller promises a live Stats.
    let Some(stats) = (unsafe { stats.as_mut() }) else {
        return WR_NULL;
    };
    if value.is_nan() {
        return WR_BAD_VALUE;
    }
    stats.count += 1;
    stats.sum += value;
    stats.min = stats.min.min(value);
    stats.max = stats.max.max(value);
    WR_OK
}

/// Adds `values[0], ..., values[n - 1]`. Returns `WR_OK`; `WR_NULL` if `stats` is NULL, or
/// `values` is NULL and `n` is not 0; `WR_BAD_VALUE`, adding none of them, if one is NaN.
///
/// # Safety
/// `stats` must be NULL or a live `Stats`; `values` must be NULL or point to `n` doubles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn stats_push_many(stats: *mut Stats, values: *const f64, n: usize) -> c_int {
    // SAFETY: `as_mut` checks for NULL; otherwise the caller promises a live Stats.
    let Some(stats) = (unsafe { stats.as_mut() }) else {
        return WR_NULL;
    };
    if n == 0 {
        return WR_OK;
    }
    if values.is_null() {
        return WR_NULL;
    }
    // SAFETY: not NULL, and the caller promises `n` readable doubles.
    let values = unsafe { core::slice::from_raw_parts(values, n) };
    if values.iter().any(|v| v.is_nan()) {
        return WR_BAD_VALUE;
    }
    for &v in values {
        stats.count += 1;
        stats.sum += v;
        stats.min = stats.min.min(v);
        stats.max = stats.max.max(v);
    }
    WR_OK
}

/// How many values were added, or -1 (`WR_NULL`) if `stats` is NULL.
///
/// # Safety
/// `stats` must be NULL or a live `Stats` from `stats_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn stats_count(stats: *const Stats) -> i64 {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a live Stats.
    match unsafe { stats.as_ref() } {
        // At most one value per call: a u64 count below 2**63 for any real program.
        Some(stats) => i64::try_from(stats.count).unwrap_or(i64::MAX),
        None => i64::from(WR_NULL),
    }
}

// ANCHOR: stats_range
/// Writes the smallest and the largest value added so far to `*low` and `*high`.
/// Returns `WR_OK`; `WR_NULL` if any pointer is NULL; `WR_EMPTY`, writing nothing, if no
/// value was added.
///
/// # Safety
/// `stats` must be NULL or a live `Stats`; `low` and `high` NULL or writable doubles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn stats_range(stats: *const Stats, low: *mut f64, high: *mut f64) -> c_int {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a live Stats.
    let Some(stats) = (unsafe { stats.as_ref() }) else {
        return WR_NULL;
    };
    if low.is_null() || high.is_null() {
        return WR_NULL;
    }
    if stats.count == 0 {
        return WR_EMPTY;
    }
    // SAFETY: both are not NULL, and the caller promises writable doubles.
    unsafe {
        *low = stats.min;
        *high = stats.max;
    }
    WR_OK
}
// ANCHOR_END: stats_range

/// Writes the mean of the values added so far to `*mean`. Returns `WR_OK`, `WR_NULL`, or
/// `WR_EMPTY` (writing nothing) if no value was added.
///
/// # Safety
/// `stats` must be NULL or a live `Stats`; `mean` NULL or a writable double.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn stats_mean(stats: *const Stats, mean: *mut f64) -> c_int {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a live Stats.
    let Some(stats) = (unsafe { stats.as_ref() }) else {
        return WR_NULL;
    };
    if mean.is_null() {
        return WR_NULL;
    }
    if stats.count == 0 {
        return WR_EMPTY;
    }
    // SAFETY: not NULL, and the caller promises a writable double.
    unsafe { *mean = stats.sum / stats.count as f64 };
    WR_OK
}

/// A new `Histogram` of `bins` equal bins over `[lo, hi)`, or NULL if `bins` is 0 or more
/// than 1 000 000, or the range is empty or not finite. Give it back to `hist_free`.
#[unsafe(no_mangle)]
pub extern "C" fn hist_new(lo: f64, hi: f64, bins: u32) -> *mut Histogram {
    let range_ok = lo.is_finite() && hi.is_finite() && lo < hi;
    if bins == 0 || bins > 1_000_000 || !range_ok {
        return core::ptr::null_mut();
    }
    let counts = vec![0; bins as usize];
    hand_out(Histogram { lo, hi, counts }, Kind::Histogram)
}

/// Frees a `Histogram`: `WR_OK`, `WR_NULL`, or `WR_NOT_LIVE` (freeing nothing) for a
/// pointer that is not a live `Histogram`.
///
/// # Safety
/// Any pointer value is accepted: one that is not a live `Histogram` is refused before it
/// is touched. After `WR_OK` the caller must not use `hist` again.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hist_free(hist: *mut Histogram) -> c_int {
    // SAFETY: a live Histogram in the registry was made by `hand_out` in `hist_new`.
    unsafe { take_back(hist, Kind::Histogram) }
}

/// Counts `value` in its bin. Returns `WR_OK`, `WR_NULL`, or `WR_BAD_VALUE` for a value
/// outside `[lo, hi)` (or NaN).
///
/// # Safety
/// `hist` must be NULL or a live `Histogram` from `hist_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hist_add(hist: *mut Histogram, value: f64) -> c_int {
    // SAFETY: `as_mut` checks for NULL; otherwise the caller promises a live Histogram.
    let Some(hist) = (unsafe { hist.as_mut() }) else {
        return WR_NULL;
    };
    if value.is_nan() || value < hist.lo || value >= hist.hi {
        return WR_BAD_VALUE;
    }
    let bins = hist.counts.len();
    let at = ((value - hist.lo) / (hist.hi - hist.lo) * bins as f64) as usize;
    hist.counts[at.min(bins - 1)] += 1; // rounding can reach `bins` just below `hi`
    WR_OK
}

/// The count in bin `bin`, or -1 (`WR_NULL`) if `hist` is NULL, or -4 (`WR_BAD_VALUE`) if
/// there is no such bin.
///
/// # Safety
/// `hist` must be NULL or a live `Histogram` from `hist_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hist_bin(hist: *const Histogram, bin: u32) -> i64 {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a live Histogram.
    let Some(hist) = (unsafe { hist.as_ref() }) else {
        return i64::from(WR_NULL);
    };
    match hist.counts.get(bin as usize) {
        Some(&count) => i64::try_from(count).unwrap_or(i64::MAX),
        None => i64::from(WR_BAD_VALUE),
    }
}

// ANCHOR: counters
/// How many handles (of both kinds) are live: handed out and not freed.
#[unsafe(no_mangle)]
pub extern "C" fn handles_live() -> i64 {
    i64::try_from(registry().live.len()).unwrap_or(i64::MAX)
}

/// How many handles the free functions have freed.
#[unsafe(no_mangle)]
pub extern "C" fn handles_freed() -> i64 {
    registry().freed
}

/// How many times a free function was given a pointer that was not a live handle of its
/// kind, and refused it (a C library without a registry would have freed it again).
#[unsafe(no_mangle)]
pub extern "C" fn frees_refused() -> i64 {
    registry().refused
}
// ANCHOR_END: counters

#[cfg(test)]
mod tests {
    use super::*;
    use core::ptr::{null, null_mut};

    #[test]
    fn stats_push_count_range_mean() {
        let s = stats_new();
        let (mut low, mut high, mut mean) = (0.0, 0.0, 0.0);
        // SAFETY: `s` is live until stats_free; the out-pointers are locals.
        unsafe {
            assert_eq!(stats_count(s), 0);
            assert_eq!(stats_range(s, &mut low, &mut high), WR_EMPTY);
            assert_eq!(stats_mean(s, &mut mean), WR_EMPTY);
            assert_eq!(stats_push(s, 3.0), WR_OK);
            assert_eq!(stats_push(s, f64::NAN), WR_BAD_VALUE);
            let more = [1.0, 8.0];
            assert_eq!(stats_push_many(s, more.as_ptr(), 2), WR_OK);
            assert_eq!(stats_push_many(s, [f64::NAN].as_ptr(), 1), WR_BAD_VALUE);
            assert_eq!(stats_push_many(s, null(), 0), WR_OK);
            assert_eq!(stats_count(s), 3);
            assert_eq!(stats_range(s, &mut low, &mut high), WR_OK);
            assert_eq!(stats_mean(s, &mut mean), WR_OK);
            assert_eq!((low, high, mean), (1.0, 8.0, 4.0));
            assert_eq!(stats_free(s), WR_OK);
        }
    }

    #[test]
    fn null_pointers_are_refused() {
        let s = stats_new();
        let mut x = 0.0;
        // SAFETY: every pointer is NULL, a local, or the live `s`.
        unsafe {
            assert_eq!(stats_free(null_mut()), WR_NULL);
            assert_eq!(stats_push(null_mut(), 1.0), WR_NULL);
            assert_eq!(stats_push_many(null_mut(), null(), 0), WR_NULL);
            assert_eq!(stats_push_many(s, null(), 1), WR_NULL);
            assert_eq!(stats_count(null()), -1);
            assert_eq!(stats_range(null(), &mut x, &mut x), WR_NULL);
            assert_eq!(stats_range(s, null_mut(), &mut x), WR_NULL);
            assert_eq!(stats_mean(null(), &mut x), WR_NULL);
            assert_eq!(stats_mean(s, null_mut()), WR_NULL);
            assert_eq!(hist_free(null_mut()), WR_NULL);
            assert_eq!(hist_add(null_mut(), 0.5), WR_NULL);
            assert_eq!(hist_bin(null(), 0), -1);
            assert_eq!(stats_free(s), WR_OK);
        }
    }

    #[test]
    fn histogram_bins_and_bad_input() {
        assert!(hist_new(0.0, 1.0, 0).is_null());
        assert!(hist_new(1.0, 1.0, 4).is_null());
        assert!(hist_new(0.0, f64::NAN, 4).is_null());
        assert!(hist_new(0.0, f64::INFINITY, 4).is_null());
        let h = hist_new(0.0, 1.0, 4);
        // SAFETY: `h` is live until hist_free.
        unsafe {
            for v in [0.0, 0.3, 0.3, 0.999_999_999_999_999_9] {
                assert_eq!(hist_add(h, v), WR_OK);
            }
            assert_eq!(hist_add(h, 1.0), WR_BAD_VALUE);
            assert_eq!(hist_add(h, f64::NAN), WR_BAD_VALUE);
            let bins: Vec<i64> = (0..4).map(|i| hist_bin(h, i)).collect();
            assert_eq!(bins, [1, 2, 0, 1]);
            assert_eq!(hist_bin(h, 4), i64::from(WR_BAD_VALUE));
            assert_eq!(hist_free(h), WR_OK);
        }
    }

    #[test]
    fn frees_are_counted_and_double_frees_refused() {
        // Other tests run at the same time: compare only this test's own changes.
        let (freed, refused) = (handles_freed(), frees_refused());
        let s = stats_new();
        let h = hist_new(0.0, 1.0, 2);
        assert!(handles_live() >= 2);
        // SAFETY: the registry refuses the wrong kind and the second free before touching them.
        unsafe {
            assert_eq!(stats_free(h.cast()), WR_NOT_LIVE);
            assert_eq!(hist_free(s.cast()), WR_NOT_LIVE);
            assert_eq!(stats_free(s), WR_OK);
            assert_eq!(stats_free(s), WR_NOT_LIVE);
            assert_eq!(hist_free(h), WR_OK);
        }
        assert!(handles_freed() >= freed + 2);
        assert!(frees_refused() >= refused + 3);
    }
}
