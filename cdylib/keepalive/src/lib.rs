//! `keepalive`: a struct whose fields point into memory that Python owns.
//!
//! The library only reads through the pointers, during the call. Whether the memory is
//! still there is the caller's business: chapter 38 shows what ctypes keeps alive for a
//! struct field and what it does not.

use core::ffi::{CStr, c_char};

// ANCHOR: Job
/// A piece of work: a name and a block of bytes, both owned by the caller.
#[repr(C)]
pub struct Job {
    /// A NUL-terminated name, or NULL.
    pub name: *const c_char,
    /// `len` bytes to work on (NULL is allowed when `len` is 0).
    pub data: *const u8,
    pub len: usize,
}

/// Error value: `job` is NULL.
pub const JOB_NULL: i64 = -1;
/// Error value: the field the function reads is NULL (and `len` is not 0).
pub const JOB_NULL_FIELD: i64 = -2;
// ANCHOR_END: Job

// ANCHOR: job_checksum
/// The sum of the job's bytes, `data[0] + ... + data[len - 1]`: it reads every byte.
/// Returns `JOB_NULL` or `JOB_NULL_FIELD` instead of reading through a NULL pointer.
///
/// # Safety
/// `job` must be NULL or point to a `Job` whose `data` points to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn job_checksum(job: *const Job) -> i64 {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a readable Job.
    let Some(job) = (unsafe { job.as_ref() }) else {
        return JOB_NULL;
    };
    if job.len == 0 {
        return 0;
    }
    if job.data.is_null() {
        return JOB_NULL_FIELD;
    }
    // SAFETY: not NULL, and the caller promises `len` readable bytes behind it.
    let bytes = unsafe { core::slice::from_raw_parts(job.data, job.len) };
    // At most 255 * len: an i64 holds that for any len below 2**55 bytes.
    bytes.iter().map(|&b| i64::from(b)).sum()
}
// ANCHOR_END: job_checksum

/// The length of the job's name in bytes, or `JOB_NULL` / `JOB_NULL_FIELD`.
///
/// # Safety
/// `job` must be NULL or point to a `Job` whose `name` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn job_name_length(job: *const Job) -> i64 {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a readable Job.
    let Some(job) = (unsafe { job.as_ref() }) else {
        return JOB_NULL;
    };
    if job.name.is_null() {
        return JOB_NULL_FIELD;
    }
    // SAFETY: not NULL, and the caller promises a NUL-terminated string.
    let name = unsafe { CStr::from_ptr(job.name) };
    i64::try_from(name.to_bytes().len()).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::ptr::null;

    #[test]
    fn checksum_reads_every_byte_and_refuses_null() {
        let data = [1u8, 2, 3, 250];
        let job = Job {
            name: null(),
            data: data.as_ptr(),
            len: data.len(),
        };
        let empty = Job {
            name: null(),
            data: null(),
            len: 0,
        };
        let broken = Job {
            name: null(),
            data: null(),
            len: 4,
        };
        // SAFETY: each Job points at what its len says, or is refused before reading.
        unsafe {
            assert_eq!(job_checksum(&job), 256);
            assert_eq!(job_checksum(&empty), 0);
            assert_eq!(job_checksum(&broken), JOB_NULL_FIELD);
            assert_eq!(job_checksum(null()), JOB_NULL);
        }
    }

    #[test]
    fn name_length_and_null() {
        let job = Job {
            name: c"frame-7".as_ptr(),
            data: null(),
            len: 0,
        };
        let unnamed = Job {
            name: null(),
            data: null(),
            len: 0,
        };
        // SAFETY: a NUL-terminated name; NULL name and NULL job are refused.
        unsafe {
            assert_eq!(job_name_length(&job), 7);
            assert_eq!(job_name_length(&unnamed), JOB_NULL_FIELD);
            assert_eq!(job_name_length(null()), JOB_NULL);
        }
    }
}
