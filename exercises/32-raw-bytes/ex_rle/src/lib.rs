//! The library of the chapter 32 exercise (the learner does not change it).

use core::ffi::c_int;
use core::ptr;
use core::sync::atomic::{AtomicI32, Ordering};

static LIVE: AtomicI32 = AtomicI32::new(0);

// ANCHOR: functions
/// Inverts each of `len` bytes (`b` becomes `255 - b`), in place. Returns 0, or -1 if
/// `data` is NULL and `len` is not 0.
///
/// # Safety
/// `data` must be NULL or point to `len` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bytes_invert(data: *mut u8, len: usize) -> c_int {
    if len == 0 {
        return 0;
    }
    if data.is_null() {
        return -1;
    }
    // SAFETY: not NULL, and the caller promises `len` writable bytes.
    for byte in unsafe { core::slice::from_raw_parts_mut(data, len) } {
        *byte = !*byte;
    }
    0
}

/// Run-length encodes `len` bytes into (count, byte) pairs. Returns a new buffer of
/// `*out_len` bytes for `bytes_free`, or NULL if `out_len` is NULL or `data` is NULL
/// with `len` > 0.
///
/// # Safety
/// `data` must be NULL or point to `len` readable bytes; `out_len` must be NULL or point
/// to a writable `size_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rle_encode(data: *const u8, len: usize, out_len: *mut usize) -> *mut u8 {
    // SAFETY: `as_mut` checks for NULL; otherwise the caller promises a writable size_t.
    let Some(out_len) = (unsafe { out_len.as_mut() }) else {
        return ptr::null_mut();
    };
    *out_len = 0;
    let bytes: &[u8] = match (data.is_null(), len) {
        (_, 0) => &[],
        (true, _) => return ptr::null_mut(),
        // SAFETY: not NULL, and the caller promises `len` readable bytes.
        (false, _) => unsafe { core::slice::from_raw_parts(data, len) },
    };
    let mut encoded = Vec::new();
    for run in bytes.chunk_by(|a, b| a == b) {
        for piece in run.chunks(255) {
            encoded.extend_from_slice(&[piece.len() as u8, piece[0]]);
        }
    }
    let boxed = encoded.into_boxed_slice();
    *out_len = boxed.len();
    LIVE.fetch_add(1, Ordering::Relaxed);
    Box::into_raw(boxed).cast::<u8>()
}

/// Gives back a buffer from `rle_encode`, with the length it reported. NULL is ignored.
///
/// # Safety
/// `data` must be NULL or come from `rle_encode` with that `len`, not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bytes_free(data: *mut u8, len: usize) {
    if !data.is_null() {
        // SAFETY: the boxed slice of `len` bytes rle_encode made (the caller's promise).
        drop(unsafe { Box::from_raw(ptr::slice_from_raw_parts_mut(data, len)) });
        LIVE.fetch_sub(1, Ordering::Relaxed);
    }
}

/// How many buffers from `rle_encode` are not given back yet.
#[unsafe(no_mangle)]
pub extern "C" fn live_buffers() -> c_int {
    LIVE.load(Ordering::Relaxed)
}
// ANCHOR_END: functions
