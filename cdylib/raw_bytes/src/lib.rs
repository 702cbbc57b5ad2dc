//! `raw_bytes`: bytes that are not text, and text that is not bytes.
//!
//! A checksum over a byte slice (`bytes_adler32`), a slice changed in place (`bytes_xor`),
//! a run-length encoding returned as a boxed byte buffer (`rle_encode` / `bytes_free`),
//! wide strings written into the caller's buffer and returned (`wide_reverse`,
//! `wide_reversed` / `wide_free`), and a struct whose size depends on its contents
//! (`primes_below` fills a `PrimeList`). `live_buffers` counts what was handed out and not
//! yet given back.

use core::ffi::c_int;
use core::mem::offset_of;
use core::ptr;
use core::sync::atomic::{AtomicI32, Ordering};

use libc::wchar_t;

/// A pointer argument is NULL.
pub const ERR_NULL: isize = -1;
/// An argument is outside what the function allows.
pub const ERR_INVALID: isize = -3;
/// A pointer is not aligned as its type requires.
pub const ERR_MISALIGNED: isize = -4;

static LIVE_BUFFERS: AtomicI32 = AtomicI32::new(0);

// ANCHOR: live_buffers
/// How many buffers from `rle_encode` and `wide_reversed` are not given back yet.
#[unsafe(no_mangle)]
pub extern "C" fn live_buffers() -> c_int {
    LIVE_BUFFERS.load(Ordering::Relaxed)
}
// ANCHOR_END: live_buffers

/// The bytes at `data`, or None for NULL with a length that is not 0.
///
/// # Safety
/// `data` must be NULL or point to `len` readable bytes that outlive the slice.
unsafe fn slice<'a>(data: *const u8, len: usize) -> Option<&'a [u8]> {
    if len == 0 {
        return Some(&[]); // from_raw_parts needs a non-NULL pointer, even for 0 bytes
    }
    // SAFETY: checked for NULL; the caller promises `len` readable bytes.
    (!data.is_null()).then(|| unsafe { core::slice::from_raw_parts(data, len) })
}

// ANCHOR: bytes_adler32
/// The Adler-32 checksum of `len` bytes (zlib's, `zlib.adler32` in Python), or -1 if
/// `data` is NULL and `len` is not 0. Embedded zero bytes are data like any other.
///
/// # Safety
/// `data` must be NULL or point to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bytes_adler32(data: *const u8, len: usize) -> i64 {
    // SAFETY: the caller's promise, passed on.
    let Some(bytes) = (unsafe { slice(data, len) }) else {
        return -1;
    };
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in bytes {
        a = (a + u32::from(byte)) % 65521;
        b = (b + a) % 65521;
    }
    i64::from((b << 16) | a)
}
// ANCHOR_END: bytes_adler32

// ANCHOR: bytes_xor
/// XORs each of `len` bytes with `key`, in place. Returns 0, or -1 if `data` is NULL and
/// `len` is not 0.
///
/// # Safety
/// `data` must be NULL or point to `len` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bytes_xor(data: *mut u8, len: usize, key: u8) -> c_int {
    if len == 0 {
        return 0;
    }
    if data.is_null() {
        return -1;
    }
    // SAFETY: not NULL, and the caller promises `len` writable bytes that nothing else
    // uses during the call.
    let bytes = unsafe { core::slice::from_raw_parts_mut(data, len) };
    for byte in bytes {
        *byte ^= key;
    }
    0
}
// ANCHOR_END: bytes_xor

// ANCHOR: rle_encode
/// Run-length encodes `len` bytes: each run of up to 255 equal bytes becomes two bytes,
/// (count, byte). Returns a new buffer of `*out_len` bytes, which the caller passes to
/// `bytes_free` with that length. Returns NULL (and sets `*out_len` to 0) if `out_len`
/// is NULL, `data` is NULL with `len` > 0, or memory runs out. An empty input gives a
/// valid pointer to 0 bytes, which goes to `bytes_free` too.
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
    // SAFETY: the caller's promise, passed on.
    let Some(bytes) = (unsafe { slice(data, len) }) else {
        return ptr::null_mut();
    };
    let mut encoded: Vec<u8> = Vec::new();
    if encoded.try_reserve(len.saturating_mul(2)).is_err() {
        return ptr::null_mut(); // the worst case, reserved up front: no abort on a full heap
    }
    for run in bytes.chunk_by(|a, b| a == b) {
        for piece in run.chunks(255) {
            encoded.extend_from_slice(&[piece.len() as u8, piece[0]]);
        }
    }
    // A boxed slice has exactly `len` bytes of capacity, so `len` is all bytes_free needs.
    let boxed: Box<[u8]> = encoded.into_boxed_slice();
    *out_len = boxed.len();
    LIVE_BUFFERS.fetch_add(1, Ordering::Relaxed);
    Box::into_raw(boxed).cast::<u8>()
}
// ANCHOR_END: rle_encode

// ANCHOR: bytes_free
/// Gives back a buffer from `rle_encode`. NULL is ignored.
///
/// # Safety
/// `data` must be NULL, or a pointer `rle_encode` returned, with the `len` it wrote to
/// `*out_len`, not freed before. Rust's allocator needs the size back: a wrong `len` is
/// undefined behaviour.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bytes_free(data: *mut u8, len: usize) {
    if data.is_null() {
        return;
    }
    // SAFETY: the caller promises this is the boxed slice of `len` bytes rle_encode made.
    drop(unsafe { Box::from_raw(ptr::slice_from_raw_parts_mut(data, len)) });
    LIVE_BUFFERS.fetch_sub(1, Ordering::Relaxed);
}
// ANCHOR_END: bytes_free

/// The `wchar_t`s before the terminating 0, or None for NULL.
///
/// # Safety
/// `text` must be NULL or point to a 0-terminated array of `wchar_t` that outlives the
/// slice.
unsafe fn wide<'a>(text: *const wchar_t) -> Option<&'a [wchar_t]> {
    if text.is_null() {
        return None;
    }
    let mut n = 0;
    // SAFETY: every unit up to and including the terminator is readable (the caller's
    // promise), and the loop stops at the terminator.
    while unsafe { *text.add(n) } != 0 {
        n += 1;
    }
    // SAFETY: the `n` units before the terminator, just read.
    Some(unsafe { core::slice::from_raw_parts(text, n) })
}

// ANCHOR: wide_reverse
/// Writes `text` reversed, unit by unit, and a terminating 0 into `out`, if `capacity`
/// (in `wchar_t`s) has room for both; otherwise writes nothing. Returns the length of the
/// reversed text without the 0, so a call with `out` NULL and `capacity` 0 asks how much
/// room to make. `ERR_NULL` if `text` is NULL, or `out` is NULL with `capacity` > 0.
///
/// # Safety
/// `text` must be NULL or a 0-terminated `wchar_t` string; `out` must be NULL or point
/// to `capacity` writable `wchar_t`s that do not overlap `text`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wide_reverse(
    text: *const wchar_t,
    out: *mut wchar_t,
    capacity: usize,
) -> isize {
    // SAFETY: the caller's promise, passed on.
    let Some(units) = (unsafe { wide(text) }) else {
        return ERR_NULL;
    };
    if out.is_null() && capacity > 0 {
        return ERR_NULL;
    }
    if capacity > units.len() {
        for (i, &unit) in units.iter().rev().enumerate() {
            // SAFETY: i < units.len() < capacity, and the caller promises `capacity` units.
            unsafe { out.add(i).write(unit) };
        }
        // SAFETY: units.len() < capacity, as above.
        unsafe { out.add(units.len()).write(0) };
    }
    units.len() as isize // a slice never holds more than isize::MAX bytes
}
// ANCHOR_END: wide_reverse

// ANCHOR: wide_reversed
/// A new 0-terminated wide string: `text` reversed. The caller passes it to `wide_free`.
/// NULL if `text` is NULL.
///
/// # Safety
/// `text` must be NULL or a 0-terminated `wchar_t` string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wide_reversed(text: *const wchar_t) -> *mut wchar_t {
    // SAFETY: the caller's promise, passed on.
    let Some(units) = (unsafe { wide(text) }) else {
        return ptr::null_mut();
    };
    let reversed: Box<[wchar_t]> = units.iter().rev().copied().chain([0]).collect();
    LIVE_BUFFERS.fetch_add(1, Ordering::Relaxed);
    Box::into_raw(reversed).cast::<wchar_t>()
}

/// Gives back a string from `wide_reversed`. NULL is ignored.
///
/// # Safety
/// `text` must be NULL or come from `wide_reversed`, unchanged and not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wide_free(text: *mut wchar_t) {
    // SAFETY: the caller promises a string from wide_reversed: 0-terminated.
    let Some(units) = (unsafe { wide(text) }) else {
        return;
    };
    let whole = ptr::slice_from_raw_parts_mut(text, units.len() + 1); // with its terminator
    // SAFETY: exactly the boxed slice wide_reversed made (the caller's promise).
    drop(unsafe { Box::from_raw(whole) });
    LIVE_BUFFERS.fetch_sub(1, Ordering::Relaxed);
}
// ANCHOR_END: wide_reversed

// ANCHOR: PrimeList
/// A count followed by that many primes: a struct whose size depends on its contents.
/// `primes` is a C flexible array member: `size_of::<PrimeList>()` is 4, and the
/// primes live in the bytes after it.
#[repr(C)]
pub struct PrimeList {
    pub count: u32,
    pub primes: [u32; 0],
}

/// The largest `limit` `primes_below` accepts.
pub const PRIMES_LIMIT: u32 = 1 << 20;
// ANCHOR_END: PrimeList

// ANCHOR: primes_below
/// The primes below `limit`, written into `*out` if its `capacity` bytes (the header
/// included) are enough; otherwise nothing is written. Returns the number of bytes the
/// whole list needs, so a call with `out` NULL and `capacity` 0 asks for the size.
/// `ERR_NULL` if `out` is NULL with `capacity` > 0, `ERR_MISALIGNED` if `out` is not
/// 4-byte aligned, `ERR_INVALID` if `limit` is above `PRIMES_LIMIT`.
///
/// # Safety
/// `out` must be NULL or point to `capacity` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn primes_below(limit: u32, out: *mut PrimeList, capacity: usize) -> isize {
    if limit > PRIMES_LIMIT {
        return ERR_INVALID;
    }
    if out.is_null() && capacity > 0 {
        return ERR_NULL;
    }
    if !out.is_aligned() {
        return ERR_MISALIGNED;
    }
    let primes = sieve(limit);
    let needed = offset_of!(PrimeList, primes) + primes.len() * size_of::<u32>();
    if !out.is_null() && capacity >= needed {
        // SAFETY: `needed` <= `capacity` writable bytes (the caller's promise), aligned.
        unsafe {
            (&raw mut (*out).count).write(primes.len() as u32);
            let first = (&raw mut (*out).primes).cast::<u32>();
            ptr::copy_nonoverlapping(primes.as_ptr(), first, primes.len());
        }
    }
    needed as isize
}

/// The primes below `limit` (the sieve of Eratosthenes).
fn sieve(limit: u32) -> Vec<u32> {
    let n = limit as usize;
    let mut composite = vec![false; n];
    let mut primes = Vec::new();
    for i in 2..n {
        if !composite[i] {
            primes.push(i as u32);
            for multiple in (i * i..n).step_by(i) {
                composite[multiple] = true;
            }
        }
    }
    primes
}
// ANCHOR_END: primes_below

#[cfg(test)]
mod tests {
    use super::*;
    use core::ptr::{null, null_mut};

    #[test]
    fn adler32_counts_every_byte() {
        let data = b"Wikipedia";
        // SAFETY: 9 readable bytes; 0 bytes at NULL; NULL with a length (refused).
        unsafe {
            assert_eq!(bytes_adler32(data.as_ptr(), data.len()), 0x11E6_0398);
            assert_eq!(bytes_adler32(b"a\0b".as_ptr(), 3), 0x0188_00C4);
            assert_eq!(bytes_adler32(null(), 0), 1);
            assert_eq!(bytes_adler32(null(), 5), -1);
        }
    }

    #[test]
    fn xor_changes_the_bytes_in_place() {
        let mut data = *b"abc";
        // SAFETY: 3 writable bytes; NULL with and without a length.
        unsafe {
            assert_eq!(bytes_xor(data.as_mut_ptr(), 3, 0x20), 0);
            assert_eq!(bytes_xor(null_mut(), 3, 1), -1);
            assert_eq!(bytes_xor(null_mut(), 0, 1), 0);
        }
        assert_eq!(&data, b"ABC");
    }

    #[test]
    fn rle_round_trip_and_free() {
        let data = [0u8, 0, 0, b'A', b'B', b'B'];
        let mut n = 99;
        let before = live_buffers();
        // SAFETY: 6 readable bytes and a writable length; the buffer is freed with it.
        unsafe {
            let p = rle_encode(data.as_ptr(), data.len(), &mut n);
            assert_eq!(live_buffers(), before + 1);
            assert_eq!(core::slice::from_raw_parts(p, n), [3, 0, 1, b'A', 2, b'B']);
            bytes_free(p, n);
            bytes_free(null_mut(), 0);
            assert!(rle_encode(null(), 4, &mut n).is_null());
            assert_eq!(n, 0);
            assert!(rle_encode(data.as_ptr(), 6, null_mut()).is_null());
            let empty = rle_encode(null(), 0, &mut n);
            assert!(!empty.is_null() && n == 0);
            bytes_free(empty, n);
        }
        let long = [7u8; 300];
        // SAFETY: as above.
        unsafe {
            let p = rle_encode(long.as_ptr(), long.len(), &mut n);
            assert_eq!(core::slice::from_raw_parts(p, n), [255, 7, 45, 7]);
            bytes_free(p, n);
        }
    }

    fn units(s: &str) -> Vec<wchar_t> {
        s.chars().map(|c| c as wchar_t).chain([0]).collect()
    }

    #[test]
    fn wide_reverse_asks_then_writes() {
        let text = units("café ☕");
        let mut out = [7 as wchar_t; 8];
        // SAFETY: a 0-terminated string and 8 writable units; then NULL cases.
        unsafe {
            assert_eq!(wide_reverse(text.as_ptr(), null_mut(), 0), 6);
            assert_eq!(wide_reverse(text.as_ptr(), out.as_mut_ptr(), 6), 6);
            assert_eq!(out[0], 7, "too small: nothing written");
            assert_eq!(wide_reverse(text.as_ptr(), out.as_mut_ptr(), 8), 6);
            assert_eq!(wide_reverse(null(), out.as_mut_ptr(), 8), ERR_NULL);
            assert_eq!(wide_reverse(text.as_ptr(), null_mut(), 8), ERR_NULL);
        }
        assert_eq!(&out[..7], &units("☕ éfac")[..]);
    }

    #[test]
    fn wide_reversed_and_free() {
        let text = units("ab😀");
        // SAFETY: a 0-terminated string; the result is freed once; NULL is refused.
        unsafe {
            let r = wide_reversed(text.as_ptr());
            assert_eq!(wide(r).unwrap(), &units("😀ba")[..3]);
            wide_free(r);
            wide_free(null_mut());
            assert!(wide_reversed(null()).is_null());
        }
    }

    #[test]
    fn primes_below_asks_then_fills() {
        let mut words = [0u32; 8]; // 32 bytes, 4-byte aligned
        let out = words.as_mut_ptr().cast::<PrimeList>();
        // SAFETY: 32 writable aligned bytes; NULL and misaligned pointers are refused.
        unsafe {
            assert_eq!(primes_below(20, null_mut(), 0), 4 + 8 * 4);
            assert_eq!(primes_below(20, out, 32), 36, "too small: nothing written");
            assert_eq!(words[0], 0);
            assert_eq!(primes_below(12, out, 32), 4 + 5 * 4);
            assert_eq!(primes_below(12, null_mut(), 32), ERR_NULL);
            assert_eq!(primes_below(12, out.byte_add(1), 31), ERR_MISALIGNED);
            assert_eq!(primes_below(PRIMES_LIMIT + 1, out, 32), ERR_INVALID);
        }
        assert_eq!(words[..6], [5, 2, 3, 5, 7, 11]);
        assert_eq!(sieve(0), []);
        assert_eq!(sieve(PRIMES_LIMIT).len(), 82025);
    }
}
