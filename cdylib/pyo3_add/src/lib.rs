//! `pyo3_add`: chapter 21's `add_i32` and `batch_add_f64`, as a Python extension module.
//!
//! The module calls the very functions `batch_ops` exports for ctypes, so what chapter 42
//! measures is the binding, not the arithmetic. PyO3 writes the glue CPython needs: the
//! `PyInit_pyo3_add` entry point, and for each `#[pyfunction]` the code that checks and
//! converts its Python arguments into the Rust parameter types, raising `TypeError` or
//! `OverflowError` where they do not fit.
//!
//! `maturin build` (see `pyproject.toml`) builds it into `pyo3_add.abi3.so`; `just build`
//! puts that file into `build/pyo3/`.

use pyo3::buffer::PyBuffer;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

// ANCHOR: add_i32
/// add_i32(a, b) -> int: a + b, as 32-bit C ints (wrapping on overflow).
///
/// PyO3 converts each argument to an `i32` and raises `OverflowError` for a Python int
/// outside -2**31..2**31 instead of truncating it as ctypes does.
#[pyfunction]
fn add_i32(a: i32, b: i32) -> i32 {
    batch_ops::add_i32(a, b)
}
// ANCHOR_END: add_i32

// ANCHOR: batch_add_f64
/// batch_add_f64(a, b, out) -> None: out[i] = a[i] + b[i].
///
/// Takes any object with the buffer protocol holding C doubles (a float64 NumPy array,
/// `array.array("d")`, a memoryview), contiguous, with `out` writable, all three of one
/// length, and `out` overlapping neither input. The addition runs with the GIL released.
#[pyfunction]
fn batch_add_f64(
    py: Python<'_>,
    a: PyBuffer<f64>, // extraction checks: buffer protocol, items are C doubles
    b: PyBuffer<f64>,
    out: PyBuffer<f64>,
) -> PyResult<()> {
    check_arrays(&a, &b, &out)?;
    let n = out.item_count();
    // Addresses as integers: raw pointers are not Send, so they cannot cross `detach`.
    let (pa, pb, pout) = (
        a.buf_ptr() as usize,
        b.buf_ptr() as usize,
        out.buf_ptr() as usize,
    );
    let status = py.detach(|| {
        // SAFETY: check_arrays made sure that the three buffers hold n contiguous doubles
        // each, that `out` is writable and that it overlaps neither input. The PyBuffer
        // views stay alive until this function returns, and while they exist the exporter
        // (NumPy) refuses to resize or free the memory, with or without the GIL.
        unsafe { batch_ops::batch_add_f64(pa as *const f64, pb as *const f64, pout as *mut f64, n) }
    });
    match status {
        0 => Ok(()),
        error => Err(PyValueError::new_err(format!(
            "batch_add_f64 returned {error}"
        ))),
    }
}
// ANCHOR_END: batch_add_f64

// ANCHOR: checks
/// What `batch_ops::batch_add_f64`'s `# Safety` section asks of its caller, checked.
fn check_arrays(a: &PyBuffer<f64>, b: &PyBuffer<f64>, out: &PyBuffer<f64>) -> PyResult<()> {
    if ![a, b, out].iter().all(|x| x.is_c_contiguous()) {
        return Err(PyValueError::new_err("a, b and out must be contiguous"));
    }
    if out.readonly() {
        return Err(PyValueError::new_err("out is read-only"));
    }
    let (na, nb, n) = (a.item_count(), b.item_count(), out.item_count());
    if na != n || nb != n {
        let lengths = format!("{na}, {nb} and {n} items");
        return Err(PyValueError::new_err(format!(
            "a, b and out must have one length, not {lengths}"
        )));
    }
    if overlaps(out, a) || overlaps(out, b) {
        return Err(PyValueError::new_err("out overlaps a or b"));
    }
    Ok(())
}
// ANCHOR_END: checks

/// Whether the bytes of two buffers share an address.
fn overlaps(x: &PyBuffer<f64>, y: &PyBuffer<f64>) -> bool {
    ranges_overlap(
        x.buf_ptr() as usize,
        x.len_bytes(),
        y.buf_ptr() as usize,
        y.len_bytes(),
    )
}

/// Whether `[x, x + x_len)` and `[y, y + y_len)` share a byte.
fn ranges_overlap(x: usize, x_len: usize, y: usize, y_len: usize) -> bool {
    x_len > 0 && y_len > 0 && x < y.saturating_add(y_len) && y < x.saturating_add(x_len)
}

// ANCHOR: module
/// The module itself: `import pyo3_add` runs the `PyInit_pyo3_add` this generates.
#[pymodule]
mod pyo3_add {
    #[pymodule_export]
    use super::{add_i32, batch_add_f64};
}
// ANCHOR_END: module

#[cfg(test)]
mod tests {
    use super::*;
    use pyo3::types::PyAnyMethods;

    #[test]
    fn ranges_that_touch_do_not_overlap() {
        assert!(!ranges_overlap(0, 8, 8, 8));
        assert!(ranges_overlap(0, 9, 8, 8));
        assert!(ranges_overlap(8, 8, 0, 16));
        assert!(!ranges_overlap(0, 0, 0, 8)); // empty buffers overlap nothing
        assert!(!ranges_overlap(usize::MAX - 1, 8, 0, 8)); // no overflow at the top
    }

    #[test]
    fn add_i32_wraps_like_batch_ops() {
        assert_eq!(add_i32(5, 7), 12);
        assert_eq!(add_i32(i32::MAX, 1), i32::MIN);
    }

    /// The Python-facing checks, through an embedded interpreter (`cargo test` links
    /// libpython, since nothing sets PYO3_BUILD_EXTENSION_MODULE there).
    #[test]
    fn batch_add_f64_checks_its_buffers() {
        Python::initialize();
        Python::attach(|py| {
            let array = py.import("array").unwrap();
            let make =
                |values: &[f64]| array.call_method1("array", ("d", values.to_vec())).unwrap();
            let (a, b, out) = (make(&[1.0, 2.0]), make(&[10.0, 20.0]), make(&[0.0, 0.0]));
            let buf = |x: &Bound<'_, PyAny>| PyBuffer::<f64>::get(x).unwrap();
            batch_add_f64(py, buf(&a), buf(&b), buf(&out)).unwrap();
            let sums: Vec<f64> = out.call_method0("tolist").unwrap().extract().unwrap();
            assert_eq!(sums, [11.0, 22.0]);

            let short = make(&[0.0]);
            let err = batch_add_f64(py, buf(&a), buf(&b), buf(&short)).unwrap_err();
            assert!(err.to_string().contains("one length"), "{err}");
            let err = batch_add_f64(py, buf(&a), buf(&b), buf(&a)).unwrap_err();
            assert!(err.to_string().contains("overlaps"), "{err}");
            let ints = array.call_method1("array", ("i", vec![1, 2])).unwrap();
            assert!(PyBuffer::<f64>::get(&ints).is_err()); // not C doubles
        });
    }
}
