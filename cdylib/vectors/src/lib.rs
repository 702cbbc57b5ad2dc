//! `vectors`: a Rust `Vec` handed to Python, three ways.
//!
//! The same result, the Collatz sequence of a number, leaves the library
//!
//! 1. through an out-parameter (`uint64_t **`) plus a length: `collatz_into` / `collatz_free`;
//! 2. as a returned `{ ptr, len, cap }` struct: `collatz_vec` / `vec_u64_free`;
//! 3. in a buffer the caller allocated, after asking how long it must be: `collatz_fill`.
//!
//! `runs_encode` hands out a vector of structs, `table_new` a table of doubles for NumPy.
//! `live_vectors` counts what was handed out and not freed yet.

use core::ffi::c_int;
use core::mem::ManuallyDrop;
use core::ptr::{null_mut, slice_from_raw_parts_mut};
use core::sync::atomic::{AtomicI32, Ordering};

// ANCHOR: errors
/// Success.
pub const VEC_OK: c_int = 0;
/// A pointer argument was NULL.
pub const VEC_NULL_POINTER: c_int = -1;
/// 0 has no Collatz sequence: it never reaches 1.
pub const VEC_BAD_START: c_int = -2;
/// A number of the sequence does not fit in 64 bits.
pub const VEC_OVERFLOW: c_int = -3;
// ANCHOR_END: errors

static LIVE_VECTORS: AtomicI32 = AtomicI32::new(0);

// ANCHOR: collatz
/// The Collatz sequence of `start`: halve an even number, triple an odd one and add 1,
/// until the sequence reaches 1. `collatz(6)` is `[6, 3, 10, 5, 16, 8, 4, 2, 1]`.
fn collatz(start: u64) -> Result<Vec<u64>, c_int> {
    if start == 0 {
        return Err(VEC_BAD_START);
    }
    let mut sequence = Vec::new(); // grows as it goes: capacity 4, 8, 16, ...
    let mut n = start;
    loop {
        sequence.push(n);
        if n == 1 {
            return Ok(sequence);
        }
        n = if n.is_multiple_of(2) {
            n / 2
        } else {
            n.checked_mul(3)
                .and_then(|m| m.checked_add(1))
                .ok_or(VEC_OVERFLOW)?
        };
    }
}
// ANCHOR_END: collatz

// ANCHOR: collatz_into
/// Way 1. Writes the address of a new array holding the sequence to `*out` and its length
/// to `*len`. Returns `VEC_OK`, or an error code with `*out` set to NULL and `*len` to 0.
/// Give the array back with `collatz_free(*out, *len)`.
///
/// # Safety
/// `out` and `len` must each be NULL or point to writable memory of their type.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn collatz_into(start: u64, out: *mut *mut u64, len: *mut usize) -> c_int {
    if out.is_null() || len.is_null() {
        return VEC_NULL_POINTER;
    }
    let (array, n, code) = match collatz(start) {
        Ok(sequence) => {
            // A boxed slice has no spare capacity: its length is all collatz_free needs.
            let boxed: Box<[u64]> = sequence.into_boxed_slice();
            let n = boxed.len();
            LIVE_VECTORS.fetch_add(1, Ordering::Relaxed);
            (Box::into_raw(boxed).cast::<u64>(), n, VEC_OK)
        }
        Err(code) => (null_mut(), 0, code),
    };
    // SAFETY: neither is NULL (checked above); the caller promises both are writable.
    unsafe {
        out.write(array);
        len.write(n);
    }
    code
}
// ANCHOR_END: collatz_into

// ANCHOR: collatz_free
/// Frees an array from `collatz_into`. NULL is ignored.
///
/// # Safety
/// `values` must be NULL, or an array `collatz_into` wrote to `*out`, with the length it
/// wrote to `*len`, not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn collatz_free(values: *mut u64, len: usize) {
    if values.is_null() {
        return;
    }
    // SAFETY: the caller promises `values` and `len` are a Box<[u64]> from collatz_into.
    drop(unsafe { Box::from_raw(slice_from_raw_parts_mut(values, len)) });
    LIVE_VECTORS.fetch_sub(1, Ordering::Relaxed);
}
// ANCHOR_END: collatz_free

// ANCHOR: VecU64
/// A `Vec<u64>` taken apart into the three fields a `Vec` keeps: where its numbers are, how
/// many there are, and how many fit in the memory it allocated.
#[repr(C)]
#[derive(Debug)]
pub struct VecU64 {
    pub ptr: *mut u64,
    pub len: usize,
    pub cap: usize,
}
// ANCHOR_END: VecU64

// ANCHOR: collatz_vec
/// Way 2. The sequence as a `VecU64`, returned by value. `ptr` is NULL if `start` is 0
/// or the sequence overflows. Give it back with `vec_u64_free`.
#[unsafe(no_mangle)]
pub extern "C" fn collatz_vec(start: u64) -> VecU64 {
    match collatz(start) {
        Ok(sequence) => {
            LIVE_VECTORS.fetch_add(1, Ordering::Relaxed);
            let mut sequence = ManuallyDrop::new(sequence); // Rust will not free it
            VecU64 {
                ptr: sequence.as_mut_ptr(),
                len: sequence.len(),
                cap: sequence.capacity(),
            }
        }
        Err(_) => VecU64 {
            ptr: null_mut(),
            len: 0,
            cap: 0,
        },
    }
}

/// Frees a vector from `collatz_vec`. A NULL `ptr` is ignored.
///
/// # Safety
/// `v` must be what `collatz_vec` returned, unchanged, and not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn vec_u64_free(v: VecU64) {
    if v.ptr.is_null() {
        return;
    }
    // SAFETY: the caller promises these are the parts of a Vec<u64> from collatz_vec: its
    // pointer, its length, and the capacity its memory was allocated with.
    drop(unsafe { Vec::from_raw_parts(v.ptr, v.len, v.cap) });
    LIVE_VECTORS.fetch_sub(1, Ordering::Relaxed);
}
// ANCHOR_END: collatz_vec

// ANCHOR: collatz_fill
/// Way 3. Writes the sequence into the caller's `buffer`, which has room for `capacity`
/// numbers, and returns the length of the whole sequence: the room it needs. Writes at most
/// `capacity` numbers, so a caller asks first (NULL and 0), then calls again with a buffer
/// that large. Returns a negative error code if `start` is 0, the sequence overflows, or
/// `buffer` is NULL while `capacity` is not 0.
///
/// # Safety
/// `buffer` must be NULL or point to `capacity` writable `uint64_t`s.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn collatz_fill(start: u64, buffer: *mut u64, capacity: usize) -> isize {
    if buffer.is_null() && capacity != 0 {
        return VEC_NULL_POINTER as isize;
    }
    let sequence = match collatz(start) {
        Ok(sequence) => sequence,
        Err(code) => return code as isize,
    };
    let written = sequence.len().min(capacity);
    if written > 0 {
        // SAFETY: `buffer` is not NULL (capacity > 0), the caller promises room for
        // `capacity` numbers, and `written <= capacity`.
        unsafe { core::ptr::copy_nonoverlapping(sequence.as_ptr(), buffer, written) };
    }
    sequence.len() as isize // a Vec never holds more than isize::MAX bytes
}
// ANCHOR_END: collatz_fill

// ANCHOR: Run
/// `count` repetitions of `byte`. 8 bytes: `byte`, 3 bytes of padding, `count`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    pub byte: u8,
    pub count: u32,
}
// ANCHOR_END: Run

// ANCHOR: runs_encode
/// Run-length encodes the `n` bytes at `data`: writes the address of a new array of runs
/// to `*out` and returns how many runs it holds. No data gives 0 runs and a NULL `*out`.
/// Returns `VEC_NULL_POINTER` if `out` is NULL, or `data` is NULL while `n` is not 0.
/// Give the array back with `runs_free(*out, count)`.
///
/// # Safety
/// `data` must be NULL or point to `n` readable bytes; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn runs_encode(data: *const u8, n: usize, out: *mut *mut Run) -> isize {
    if out.is_null() {
        return VEC_NULL_POINTER as isize;
    }
    // SAFETY: not NULL (checked above); the caller promises it is writable.
    unsafe { out.write(null_mut()) };
    if n == 0 {
        return 0;
    }
    if data.is_null() {
        return VEC_NULL_POINTER as isize;
    }
    // SAFETY: not NULL, and the caller promises `n` readable bytes.
    let bytes = unsafe { core::slice::from_raw_parts(data, n) };
    let mut runs: Vec<Run> = Vec::new();
    for &byte in bytes {
        match runs.last_mut() {
            Some(run) if run.byte == byte && run.count < u32::MAX => run.count += 1,
            _ => runs.push(Run { byte, count: 1 }),
        }
    }
    let runs: Box<[Run]> = runs.into_boxed_slice(); // no spare capacity, as in way 1
    let count = runs.len();
    LIVE_VECTORS.fetch_add(1, Ordering::Relaxed);
    // SAFETY: as above.
    unsafe { out.write(Box::into_raw(runs).cast::<Run>()) };
    count as isize
}

/// Frees an array of runs from `runs_encode`. NULL is ignored.
///
/// # Safety
/// `runs` must be NULL, or an array from `runs_encode` with the count it returned, not
/// freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn runs_free(runs: *mut Run, count: usize) {
    if runs.is_null() {
        return;
    }
    // SAFETY: the caller promises `runs` and `count` are a Box<[Run]> from runs_encode.
    drop(unsafe { Box::from_raw(slice_from_raw_parts_mut(runs, count)) });
    LIVE_VECTORS.fetch_sub(1, Ordering::Relaxed);
}
// ANCHOR_END: runs_encode

// ANCHOR: table_new
/// A `Vec<f64>` taken apart, like `VecU64`.
#[repr(C)]
#[derive(Debug)]
pub struct VecF64 {
    pub ptr: *mut f64,
    pub len: usize,
    pub cap: usize,
}

/// The largest table `table_new` makes: 2^20 cells, 8 MiB of doubles.
pub const TABLE_MAX_CELLS: usize = 1_048_576;

/// A `rows` x `cols` multiplication table, one row after the other: the cell in row `r`,
/// column `c` (counting from 0) holds `(r + 1) * (c + 1)`. `ptr` is NULL if the table is
/// empty or has more than `TABLE_MAX_CELLS` cells. Give it back with `vec_f64_free`.
#[unsafe(no_mangle)]
pub extern "C" fn table_new(rows: usize, cols: usize) -> VecF64 {
    let empty = VecF64 {
        ptr: null_mut(),
        len: 0,
        cap: 0,
    };
    let cells = match rows.checked_mul(cols) {
        Some(cells) if cells > 0 && cells <= TABLE_MAX_CELLS => cells,
        _ => return empty,
    };
    let mut table = Vec::new();
    if table.try_reserve_exact(cells).is_err() {
        return empty; // out of memory: an error value, not an abort
    }
    for r in 1..=rows {
        for c in 1..=cols {
            table.push((r * c) as f64);
        }
    }
    LIVE_VECTORS.fetch_add(1, Ordering::Relaxed);
    let mut table = ManuallyDrop::new(table);
    VecF64 {
        ptr: table.as_mut_ptr(),
        len: table.len(),
        cap: table.capacity(),
    }
}

/// Frees a table from `table_new`. A NULL `ptr` is ignored.
///
/// # Safety
/// `v` must be what `table_new` returned, unchanged, and not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn vec_f64_free(v: VecF64) {
    if v.ptr.is_null() {
        return;
    }
    // SAFETY: the caller promises these are the parts of a Vec<f64> from table_new.
    drop(unsafe { Vec::from_raw_parts(v.ptr, v.len, v.cap) });
    LIVE_VECTORS.fetch_sub(1, Ordering::Relaxed);
}
// ANCHOR_END: table_new

/// How many vectors this library handed out that were not freed yet.
#[unsafe(no_mangle)]
pub extern "C" fn live_vectors() -> c_int {
    LIVE_VECTORS.load(Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::ptr::null;
    use std::sync::{Mutex, MutexGuard};

    const SIX: [u64; 9] = [6, 3, 10, 5, 16, 8, 4, 2, 1];

    /// The tests run in parallel and share the counter: each holds this lock while it
    /// allocates, so that each can check the counter is back where it started.
    static COUNTER: Mutex<()> = Mutex::new(());

    fn counter() -> MutexGuard<'static, ()> {
        COUNTER
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    #[test]
    fn collatz_into_and_free() {
        let _serial = counter();
        let before = live_vectors();
        let mut out: *mut u64 = null_mut();
        let mut len = 0;
        // SAFETY: valid out-pointers; the array is read within its length and freed once.
        unsafe {
            assert_eq!(collatz_into(6, &mut out, &mut len), VEC_OK);
            assert_eq!(core::slice::from_raw_parts(out, len), SIX);
            collatz_free(out, len);
            assert_eq!(collatz_into(0, &mut out, &mut len), VEC_BAD_START);
            assert!(out.is_null() && len == 0);
            assert_eq!(collatz_into(u64::MAX, &mut out, &mut len), VEC_OVERFLOW);
            assert_eq!(collatz_into(6, null_mut(), &mut len), VEC_NULL_POINTER);
            assert_eq!(collatz_into(6, &mut out, null_mut()), VEC_NULL_POINTER);
            collatz_free(null_mut(), 3);
        }
        assert_eq!(live_vectors(), before);
    }

    #[test]
    fn collatz_vec_and_free() {
        let _serial = counter();
        let before = live_vectors();
        let v = collatz_vec(6);
        // SAFETY: the parts of a live Vec, read within len, then freed once; NULL is ignored.
        unsafe {
            assert_eq!(core::slice::from_raw_parts(v.ptr, v.len), SIX);
            assert!(v.cap >= v.len);
            vec_u64_free(v);
            let failed = collatz_vec(0);
            assert!(failed.ptr.is_null() && failed.len == 0 && failed.cap == 0);
            vec_u64_free(failed);
            vec_u64_free(VecU64 {
                ptr: null_mut(),
                len: 5,
                cap: 9,
            });
        }
        assert!(collatz_vec(u64::MAX).ptr.is_null());
        assert_eq!(live_vectors(), before);
    }

    #[test]
    fn collatz_fill_asks_then_fills() {
        let _serial = counter();
        let before = live_vectors();
        let mut buffer = [0u64; 9];
        // SAFETY: NULL with capacity 0 (the question), then a buffer of 4 and of 9.
        unsafe {
            assert_eq!(collatz_fill(6, null_mut(), 0), 9);
            assert_eq!(collatz_fill(6, buffer.as_mut_ptr(), 4), 9);
            assert_eq!(buffer[..4], SIX[..4]);
            assert_eq!(buffer[4], 0);
            assert_eq!(collatz_fill(6, buffer.as_mut_ptr(), 9), 9);
            assert_eq!(buffer, SIX);
            assert_eq!(collatz_fill(6, null_mut(), 9), VEC_NULL_POINTER as isize);
            assert_eq!(collatz_fill(0, null_mut(), 0), VEC_BAD_START as isize);
            assert_eq!(collatz_fill(u64::MAX, null_mut(), 0), VEC_OVERFLOW as isize);
        }
        assert_eq!(live_vectors(), before);
    }

    #[test]
    fn runs_encode_and_free() {
        let _serial = counter();
        let before = live_vectors();
        let data = b"aaabccccd";
        let mut out: *mut Run = null_mut();
        // SAFETY: 9 readable bytes and a writable out-pointer; NULL cases are refused.
        unsafe {
            let count = runs_encode(data.as_ptr(), data.len(), &mut out);
            assert_eq!(count, 4);
            let runs = core::slice::from_raw_parts(out, 4);
            assert_eq!(
                runs[0],
                Run {
                    byte: b'a',
                    count: 3
                }
            );
            assert_eq!(
                runs[2],
                Run {
                    byte: b'c',
                    count: 4
                }
            );
            runs_free(out, 4);
            assert_eq!(runs_encode(data.as_ptr(), 0, &mut out), 0);
            assert!(out.is_null());
            assert_eq!(runs_encode(null(), 3, &mut out), VEC_NULL_POINTER as isize);
            assert_eq!(
                runs_encode(data.as_ptr(), 3, null_mut()),
                VEC_NULL_POINTER as isize
            );
            runs_free(null_mut(), 4);
        }
        assert_eq!(size_of::<Run>(), 8);
        assert_eq!(live_vectors(), before);
    }

    #[test]
    fn table_new_and_free() {
        let _serial = counter();
        let before = live_vectors();
        let t = table_new(2, 3);
        // SAFETY: the parts of a live Vec, read within len, then freed once.
        unsafe {
            assert_eq!(
                core::slice::from_raw_parts(t.ptr, t.len),
                [1.0, 2.0, 3.0, 2.0, 4.0, 6.0]
            );
            vec_f64_free(t);
            vec_f64_free(VecF64 {
                ptr: null_mut(),
                len: 1,
                cap: 1,
            });
        }
        assert!(table_new(0, 3).ptr.is_null());
        assert!(table_new(usize::MAX, 2).ptr.is_null());
        assert!(table_new(TABLE_MAX_CELLS + 1, 1).ptr.is_null());
        assert_eq!(live_vectors(), before);
    }

    #[test]
    fn live_vectors_counts_what_is_not_freed_yet() {
        let _serial = counter();
        let before = live_vectors();
        let a = collatz_vec(6);
        let b = table_new(2, 2);
        assert_eq!(live_vectors(), before + 2);
        // SAFETY: each freed once, as returned.
        unsafe {
            vec_u64_free(a);
            vec_f64_free(b);
        }
        assert_eq!(live_vectors(), before);
    }
}
