//! `kernels`: two compute-bound loops that NumPy runs slowly, on one core or on all.
//!
//! `fused_f64` evaluates `a*a + 2*a*b + b*b` in one pass, where NumPy makes five
//! temporary arrays; `mandelbrot` counts escape-time iterations per point, a loop whose
//! length depends on the element, which NumPy cannot vectorise. Both take a thread
//! count (0: one per core) and split the work with `std::thread::scope`; the caller
//! (ctypes' `CDLL`) releases the GIL for the whole call. Every function checks its
//! pointers, lengths and overlaps and returns a negative error value instead of
//! touching bad memory.

use core::ffi::c_int;
use std::num::NonZeroUsize;
use std::sync::{Mutex, PoisonError};
use std::thread;

/// Returned when a pointer argument is NULL while `n > 0`.
pub const ERR_NULL: c_int = -1;
/// Returned when the output array overlaps an input array.
pub const ERR_OVERLAP: c_int = -2;
/// Returned when `n` elements would not fit in the address space.
pub const ERR_TOO_LONG: c_int = -3;

/// Elements one thread takes at a time: small enough to spread the slow points of a
/// Mandelbrot image evenly, large enough that the bookkeeping is noise.
const BLOCK: usize = 4096;

/// The number of threads to use: `requested`, or one per core for 0, never more
/// than there are blocks of work.
fn thread_count(requested: usize, n: usize) -> usize {
    let wanted = if requested == 0 {
        thread::available_parallelism().map_or(1, NonZeroUsize::get)
    } else {
        requested
    };
    wanted.clamp(1, n.div_ceil(BLOCK).max(1))
}

/// Checks the arguments every kernel shares: NULL pointers, a length that fits, and an
/// output that overlaps no input. Returns 0 or the error value.
fn check<I, O>(inputs: &[*const I], out: *mut O, n: usize) -> c_int {
    let size = size_of::<I>().max(size_of::<O>());
    if n > isize::MAX as usize / size {
        return ERR_TOO_LONG;
    }
    if n == 0 {
        return 0;
    }
    if out.is_null() || inputs.iter().any(|p| p.is_null()) {
        return ERR_NULL;
    }
    let out_range = out as usize..out as usize + n * size_of::<O>();
    for &p in inputs {
        let start = p as usize;
        if start < out_range.end && out_range.start < start + n * size_of::<I>() {
            return ERR_OVERLAP;
        }
    }
    0
}

/// Runs `work(start, chunk)` over `out` in blocks of `BLOCK` elements, the blocks dealt
/// round-robin to `threads` scoped threads (the calling thread is one of them). If the
/// system refuses a thread, the calling thread does that share afterwards: no panic
/// crosses the boundary, no element is skipped.
fn split<T: Send>(out: &mut [T], threads: usize, work: impl Fn(usize, &mut [T]) + Sync) {
    if threads <= 1 {
        work(0, out);
        return;
    }
    let mut shares: Vec<Vec<(usize, &mut [T])>> = (0..threads).map(|_| Vec::new()).collect();
    for (i, chunk) in out.chunks_mut(BLOCK).enumerate() {
        shares[i % threads].push((i * BLOCK, chunk));
    }
    let shares: Vec<Mutex<_>> = shares.into_iter().map(Mutex::new).collect();
    let run = |share: &Mutex<Vec<(usize, &mut [T])>>| {
        let mut blocks = share.lock().unwrap_or_else(PoisonError::into_inner);
        for (start, chunk) in blocks.drain(..) {
            work(start, chunk);
        }
    };
    thread::scope(|scope| {
        for share in &shares[1..] {
            // a thread the system refuses leaves its share full, for the loop below
            let _ = thread::Builder::new().spawn_scoped(scope, || run(share));
        }
        run(&shares[0]);
    });
    shares.iter().for_each(run); // empty unless a thread could not start
}

// ANCHOR: fused
/// `out[i] = a[i]*a[i] + 2*a[i]*b[i] + b[i]*b[i]` for `i` in `0..n`, in one pass over
/// memory, on `threads` threads (0: one per core). Returns 0, or `ERR_NULL`,
/// `ERR_OVERLAP`, `ERR_TOO_LONG`.
///
/// # Safety
/// `a` and `b` must point to `n` readable doubles and `out` to `n` writable doubles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn fused_f64(
    a: *const f64,
    b: *const f64,
    out: *mut f64,
    n: usize,
    threads: usize,
) -> c_int {
    let status = check(&[a, b], out, n);
    if status != 0 || n == 0 {
        return status;
    }
    // SAFETY: non-NULL, n elements each as the caller guarantees, out overlaps neither.
    let (a, b, out) = unsafe {
        (
            core::slice::from_raw_parts(a, n),
            core::slice::from_raw_parts(b, n),
            core::slice::from_raw_parts_mut(out, n),
        )
    };
    split(out, thread_count(threads, n), |start, chunk| {
        let end = start + chunk.len();
        fused_block(&a[start..end], &b[start..end], chunk);
    });
    0
}

/// One block, with AVX2 (four doubles per instruction) when the CPU has it.
fn fused_block(a: &[f64], b: &[f64], out: &mut [f64]) {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU just said it has AVX2, the only requirement of fused_avx2.
        unsafe { fused_avx2(a, b, out) };
        return;
    }
    fused_slices(a, b, out);
}

/// The loop: each element is read once, computed in registers and written once.
/// Rust never fuses `x*y + z` into an FMA on its own, so the result is bit for bit
/// what NumPy computes.
#[inline(always)]
fn fused_slices(a: &[f64], b: &[f64], out: &mut [f64]) {
    for ((o, &x), &y) in out.iter_mut().zip(a).zip(b) {
        *o = x * x + 2.0 * x * y + y * y;
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn fused_avx2(a: &[f64], b: &[f64], out: &mut [f64]) {
    fused_slices(a, b, out);
}
// ANCHOR_END: fused

// ANCHOR: mandelbrot
/// For each point `c = re[i] + im[i]·j`, the number of iterations of `z = z² + c`
/// (from `z = 0`) before `|z| > 2`, or `max_iter` if it never escapes; on `threads`
/// threads (0: one per core). Returns 0, or `ERR_NULL`, `ERR_OVERLAP`, `ERR_TOO_LONG`.
///
/// # Safety
/// `re` and `im` must point to `n` readable doubles and `out` to `n` writable `uint32_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn mandelbrot(
    re: *const f64,
    im: *const f64,
    out: *mut u32,
    n: usize,
    max_iter: u32,
    threads: usize,
) -> c_int {
    let status = check(&[re, im], out, n);
    if status != 0 || n == 0 {
        return status;
    }
    // SAFETY: non-NULL, n elements each as the caller guarantees, out overlaps neither.
    let (re, im, out) = unsafe {
        (
            core::slice::from_raw_parts(re, n),
            core::slice::from_raw_parts(im, n),
            core::slice::from_raw_parts_mut(out, n),
        )
    };
    split(out, thread_count(threads, n), |start, chunk| {
        let end = start + chunk.len();
        mandelbrot_block(&re[start..end], &im[start..end], chunk, max_iter);
    });
    0
}

/// One block: `LANES` points at a time (AVX2 when the CPU has it), the rest one by one.
fn mandelbrot_block(re: &[f64], im: &[f64], out: &mut [u32], max_iter: u32) {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU just said it has AVX2, the only requirement of lanes_avx2.
        unsafe { lanes_avx2(re, im, out, max_iter) };
        return;
    }
    lanes(re, im, out, max_iter);
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn lanes_avx2(re: &[f64], im: &[f64], out: &mut [u32], max_iter: u32) {
    lanes(re, im, out, max_iter);
}

/// Points iterated side by side, four: one AVX2 register of doubles. A fixed number per
/// step lets the compiler keep them in SIMD registers. A point that escaped keeps its count and stops changing;
/// the group stops when all of its points have escaped.
const LANES: usize = 4;

#[inline(always)]
fn lanes(re: &[f64], im: &[f64], out: &mut [u32], max_iter: u32) {
    let done = out.len() - out.len() % LANES;
    for (g, o) in out[..done].chunks_exact_mut(LANES).enumerate() {
        let cr: [f64; LANES] = core::array::from_fn(|k| re[g * LANES + k]);
        let ci: [f64; LANES] = core::array::from_fn(|k| im[g * LANES + k]);
        o.copy_from_slice(&escape_times(cr, ci, max_iter));
    }
    for i in done..out.len() {
        out[i] = escape_time(re[i], im[i], max_iter);
    }
}

#[inline(always)]
fn escape_times(cr: [f64; LANES], ci: [f64; LANES], max_iter: u32) -> [u32; LANES] {
    let (mut x, mut y) = ([0.0f64; LANES], [0.0f64; LANES]);
    let mut counts = [max_iter; LANES];
    let mut running = [true; LANES];
    for i in 0..max_iter {
        for k in 0..LANES {
            let (x2, y2) = (x[k] * x[k], y[k] * y[k]);
            let escapes = running[k] && x2 + y2 > 4.0;
            counts[k] = if escapes { i } else { counts[k] };
            running[k] &= !escapes;
            // the same arithmetic as escape_time, kept only while the point runs
            let (nx, ny) = (x2 - y2 + cr[k], 2.0 * x[k] * y[k] + ci[k]);
            x[k] = if running[k] { nx } else { x[k] };
            y[k] = if running[k] { ny } else { y[k] };
        }
        if running.iter().all(|r| !r) {
            break;
        }
    }
    counts
}

/// One point: a loop whose length depends on the point, stopping as soon as it escapes.
fn escape_time(cr: f64, ci: f64, max_iter: u32) -> u32 {
    let (mut x, mut y) = (0.0f64, 0.0f64);
    for i in 0..max_iter {
        let (x2, y2) = (x * x, y * y);
        if x2 + y2 > 4.0 {
            return i;
        }
        y = 2.0 * x * y + ci;
        x = x2 - y2 + cr;
    }
    max_iter
}
// ANCHOR_END: mandelbrot

#[cfg(test)]
mod tests {
    use super::*;
    use core::ptr::{null, null_mut};

    #[test]
    fn fused_matches_the_formula_on_any_thread_count() {
        let n = 3 * BLOCK + 7;
        let a: Vec<f64> = (0..n).map(|i| i as f64 * 0.5).collect();
        let b: Vec<f64> = (0..n).map(|i| 1.0 - i as f64).collect();
        for threads in [0, 1, 2, 3, 64] {
            let mut out = vec![f64::NAN; n];
            // SAFETY: three vectors of n elements, distinct.
            let status = unsafe { fused_f64(a.as_ptr(), b.as_ptr(), out.as_mut_ptr(), n, threads) };
            assert_eq!(status, 0);
            for i in 0..n {
                let (x, y) = (a[i], b[i]);
                assert_eq!(
                    out[i],
                    x * x + 2.0 * x * y + y * y,
                    "threads={threads} i={i}"
                );
            }
        }
    }

    #[test]
    fn mandelbrot_counts_known_points() {
        // 0 and -1 never escape; 2+2j escapes after one step (z = c); 1 after three
        // (z = 0, 1, 2, 5: |5| > 2 is seen at i = 3).
        let re = [0.0, 2.0, 1.0, -1.0];
        let im = [0.0, 2.0, 0.0, 0.0];
        let mut out = [99u32; 4];
        // SAFETY: arrays of 4 elements, distinct.
        let status = unsafe { mandelbrot(re.as_ptr(), im.as_ptr(), out.as_mut_ptr(), 4, 50, 2) };
        assert_eq!(status, 0);
        assert_eq!(out, [50, 1, 3, 50]);
    }

    #[test]
    fn threads_agree_with_one_thread() {
        let n = 5 * BLOCK + 11;
        let re: Vec<f64> = (0..n).map(|i| -2.0 + 2.5 * i as f64 / n as f64).collect();
        let im: Vec<f64> = (0..n).map(|i| (i % 97) as f64 / 97.0).collect();
        let mut one = vec![0u32; n];
        let mut many = vec![0u32; n];
        // SAFETY: vectors of n elements, distinct.
        unsafe {
            assert_eq!(
                mandelbrot(re.as_ptr(), im.as_ptr(), one.as_mut_ptr(), n, 80, 1),
                0
            );
            assert_eq!(
                mandelbrot(re.as_ptr(), im.as_ptr(), many.as_mut_ptr(), n, 80, 0),
                0
            );
        }
        assert_eq!(one, many);
        for i in 0..n {
            assert_eq!(one[i], escape_time(re[i], im[i], 80), "point {i}");
        }
    }

    #[test]
    fn null_pointers_are_refused_and_empty_is_fine() {
        let x = [1.0f64];
        let mut out = [0.0f64];
        let mut counts = [0u32];
        // SAFETY: NULL is checked before any access; n = 0 touches nothing.
        unsafe {
            assert_eq!(
                fused_f64(null(), x.as_ptr(), out.as_mut_ptr(), 1, 1),
                ERR_NULL
            );
            assert_eq!(
                fused_f64(x.as_ptr(), null(), out.as_mut_ptr(), 1, 1),
                ERR_NULL
            );
            assert_eq!(
                fused_f64(x.as_ptr(), x.as_ptr(), null_mut(), 1, 1),
                ERR_NULL
            );
            assert_eq!(fused_f64(null(), null(), null_mut(), 0, 0), 0);
            assert_eq!(
                mandelbrot(null(), x.as_ptr(), counts.as_mut_ptr(), 1, 5, 1),
                ERR_NULL
            );
            assert_eq!(
                mandelbrot(x.as_ptr(), null(), counts.as_mut_ptr(), 1, 5, 1),
                ERR_NULL
            );
            assert_eq!(
                mandelbrot(x.as_ptr(), x.as_ptr(), null_mut(), 1, 5, 1),
                ERR_NULL
            );
            assert_eq!(mandelbrot(null(), null(), null_mut(), 0, 5, 0), 0);
        }
    }

    #[test]
    fn overlap_and_huge_lengths_are_refused() {
        let mut data = [1.0f64; 8];
        let p = data.as_mut_ptr();
        // SAFETY: the checks refuse these calls before touching memory.
        unsafe {
            assert_eq!(fused_f64(p, p.add(4), p.add(2), 4, 1), ERR_OVERLAP);
            assert_eq!(fused_f64(p, p.add(4), p, 4, 1), ERR_OVERLAP);
            assert_eq!(fused_f64(p, p, p.add(1), usize::MAX, 1), ERR_TOO_LONG);
            let counts = p.add(1).cast::<u32>(); // inside re's 2 doubles
            assert_eq!(mandelbrot(p, p.add(6), counts, 2, 5, 1), ERR_OVERLAP);
            assert_eq!(mandelbrot(p, p, counts, usize::MAX / 4, 5, 1), ERR_TOO_LONG);
        }
    }
}
